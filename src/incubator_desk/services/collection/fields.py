"""The rows of a collection workbook: one declared list per kind of round.

A `SheetField` is one figure a tenant fills in: the key the import knows it by, its label
in Chinese and English (the workbook shows both, whatever the window's language), how it is
read (whole number, amount, text, one of a list, yes/no, date) and its unit. The workbook's
rows, its data validation, the reference column and the reading back all come from the list,
so a field added to a list appears everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.money import MoneyUnit
from ..importing.columns import FIGURE_COLUMNS, ColumnSpec
from ..tenants import SIGNED_FIGURES

# How a field's cell is read and validated.
KINDS = ("int", "money", "decimal", "text", "choice", "bool", "date")


@dataclass(frozen=True)
class SheetField:
    """One row of a collection workbook."""

    key: str  # the import column key (or the annual return's field key)
    zh: str
    en: str
    kind: str  # one of KINDS
    unit: MoneyUnit | None = None  # for "money": the unit the tenant writes amounts in
    unit_zh: str = ""  # shown in the unit column: 人, 件, 万元…
    choices: tuple[str, ...] = ()  # for "choice": the values offered (Chinese as stored)
    suggestions: bool = False  # the choices are suggestions: other text is accepted too
    choice_labels: tuple[tuple[str, str], ...] = ()  # stored value → the choice as shown
    signed: bool = False  # a money field that may be negative (a loss)
    section_zh: str = ""  # a heading row above the field, when it starts a new section
    section_en: str = ""
    max_length: int = 0  # for "text": at most this many characters (0: 2,000)
    hint: str = ""  # what a code looks like ("four digits, e.g. 6513"), in English

    @property
    def header(self) -> str:
        """The column header the import reads the field under (with its money unit)."""
        if self.kind == "money" and self.unit is not None:
            return f"{self.zh}（{_UNIT_TEXT[self.unit]}）"
        return self.zh


_UNIT_TEXT = {MoneyUnit.YUAN: "元", MoneyUnit.THOUSAND: "千元", MoneyUnit.TEN_THOUSAND: "万元"}


def unit_text(unit: MoneyUnit) -> str:
    return _UNIT_TEXT[unit]


# --- the quarterly figures -----------------------------------------------------------------

# English labels of the quarterly figures, and the unit shown beside counts.
_QUARTERLY_EN = {
    "staff_total": ("Staff, total", "人"),
    "staff_rd": ("of whom R&D staff", "人"),
    "staff_phd": ("of whom PhD holders", "人"),
    "staff_master": ("of whom master's degree holders", "人"),
    "staff_bachelor": ("of whom bachelor's degree holders", "人"),
    "staff_college": ("of whom college (大专) or above", "人"),
    "staff_returnees": ("of whom returnees from study abroad", "人"),
    "fresh_graduates_hired": ("Fresh graduates hired this quarter", "人"),
    "revenue": ("Revenue", ""),
    "net_profit": ("Net profit (a loss as a negative number)", ""),
    "export_value": ("Exports", ""),
    "rd_spend": ("R&D spending", ""),
    "taxes_paid": ("Taxes paid", ""),
    "invention_applications": ("Invention patent applications", "件"),
    "invention_grants": ("Invention patents granted", "件"),
    "utility_models": ("Utility model patents", "件"),
    "designs": ("Design patents", "件"),
    "software_copyrights": ("Software copyrights", "件"),
    "valid_invention_patents": ("Valid invention patents held", "件"),
    "ic_layouts": ("Integrated-circuit layouts", "件"),
    "tech_contracts_count": ("Technology contracts", "项"),
    "tech_contracts_value": ("Technology contracts, value", ""),
    "investment_received": ("Investment received this quarter", ""),
    "investor": ("Investor", ""),
    "investment_round": ("Round", ""),
    "awards": ("Awards", ""),
    "notes": ("Notes", ""),
}
_SECTIONS = {
    "staff_total": ("人员", "Staff"),
    "revenue": ("经营", "Business"),
    "invention_applications": ("知识产权与技术合同", "Intellectual property and contracts"),
    "investment_received": ("融资", "Financing"),
    "awards": ("其他", "Other"),
}
INVESTMENT_ROUNDS = ("种子轮", "天使轮", "Pre-A轮", "A轮", "B轮", "C轮及以后", "战略投资")
QUARTERLY_UNIT = MoneyUnit.TEN_THOUSAND  # tenants write quarterly amounts in 万元


def _quarterly_field(spec: ColumnSpec) -> SheetField:
    en, unit_zh = _QUARTERLY_EN[spec.key]
    section_zh, section_en = _SECTIONS.get(spec.key, ("", ""))
    kind = {"int": "int", "money": "money"}.get(spec.kind, "text")
    choices: tuple[str, ...] = ()
    if spec.key == "investment_round":
        kind, choices = "choice", INVESTMENT_ROUNDS
    return SheetField(
        spec.key,
        spec.zh,
        en,
        kind,
        unit=QUARTERLY_UNIT if kind == "money" else None,
        unit_zh=unit_text(QUARTERLY_UNIT) if kind == "money" else unit_zh,
        choices=choices,
        suggestions=bool(choices),
        signed=spec.key in SIGNED_FIGURES,
        section_zh=section_zh,
        section_en=section_en,
        max_length={"investor": 200, "investment_round": 40}.get(spec.key, 0),
    )


QUARTERLY_FIELDS: tuple[SheetField, ...] = tuple(
    _quarterly_field(spec)
    for spec in FIGURE_COLUMNS
    if spec.key not in ("credit_code", "name_zh", "period")
)
