"""One tenant's collection workbook: the form a tenant fills in, and the marker that finds it again.

The form sheet (填报 Return) shows the tenant's name and credit code, then one row per field:
label in Chinese and English, unit, last period's value for reference, an empty cell to fill
in (the only unlocked cells, yellow) and a hint. The sheet is protected without a password:
the protection keeps labels and references from being typed over by accident, not a secret
(anyone can lift it in Excel or WPS with 审阅 → 撤销工作表保护 / Review → Unprotect Sheet).
Column G (hidden) holds each row's field key, so the reading back never depends on row
numbers. A very hidden sheet holds the marker: the round (kind and period) and the tenant
(credit code), a hint that the reading compares with the credit code cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from ...core.money import MoneyUnit, to_unit
from ...core.periods import Period
from ..spreadsheets import Workbook
from .fields import SheetField, unit_text

FORMAT = "incubator-desk-collection"
FORMAT_VERSION = 1
FORM_TITLE = "填报 Return"
INSTRUCTIONS_TITLE = "填报说明 Instructions"
MARKER_TITLE = "_round"
LISTS_TITLE = "_lists"

# Form layout: where things are (1-based rows and columns).
COL_NO, COL_LABEL, COL_UNIT, COL_LAST, COL_VALUE, COL_HINT, COL_KEY = 1, 2, 3, 4, 5, 6, 7
ROW_NAME, ROW_CODE, ROW_PERIOD = 3, 4, 5
HEADER_ROW = 8
KEY_CODE, KEY_PERIOD, KEY_NAME = "_credit_code", "_period", "_name"
MAX_FORM_ROWS = 300  # rows of the form sheet the reading looks at
MAX_LIST_FORMULA = 250  # a list validation's inline text; longer lists go on the lists sheet

FILL_INPUT = "FFF2CC"
FILL_LAST = "EDEDED"
FILL_HEAD = "DDEBF7"
FILL_SECTION = "F2F2F2"

# Characters Windows refuses in file names, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
MAX_NAME_CHARS = 80


def file_name(name: str, credit_code: str, period: Period) -> str:
    """`深圳云帆科技有限公司_914403001922038216_2026Q3.xlsx`: safe on Windows, Chinese kept."""
    clean = _FORBIDDEN.sub("", name)
    clean = re.sub(r"\s+", " ", clean).strip(" .")[:MAX_NAME_CHARS].strip(" .")
    if not clean or _RESERVED.match(clean):
        clean = f"_{clean}"
    return f"{clean}_{credit_code}_{period.label}.xlsx"


@dataclass(frozen=True)
class FormTenant:
    """What the workbook says about the tenant."""

    tenant_id: int
    name: str
    credit_code: str
    last: Mapping[str, Any]  # field key → last period's value (amounts in yuan)


@dataclass(frozen=True)
class FormRound:
    """What the workbook says about the round."""

    kind: str  # RoundKind value
    period: Period
    incubator: str
    fields: Sequence[SheetField]
    due: dt.date | None = None


def period_title(period: Period) -> tuple[str, str]:
    """The form's title in Chinese and English."""
    if period.quarter:
        return (
            f"{period.year}年第{period.quarter}季度 在孵企业经营数据填报表",
            f"Quarterly figures {period.label}",
        )
    return f"{period.year}年度 在孵企业统计数据填报表", f"Annual statistics return {period.year}"


def instructions(form: FormRound) -> list[tuple[str, str]]:
    """The instructions, each in Chinese and in English."""
    money_units = sorted(
        {unit_text(f.unit) for f in form.fields if f.kind == "money" and f.unit is not None}
    )
    unit = "、".join(money_units) or "元"
    unit_en = ", ".join(_UNIT_EN[u] for u in money_units) or "yuan"
    period = form.period
    span = f"{period.start.isoformat()} – {period.end.isoformat()}"
    lines = [
        (
            f"本表收集贵公司 {period.label} 期间（{span}）的数据，请在黄色单元格中填写。",
            f"This workbook collects your company's figures for {period.label} ({span}): "
            "fill in the yellow cells.",
        ),
        (
            "灰色一列是上一期报送的数据，仅供参考，不会被修改。",
            "The grey column shows what you reported last period, for reference only.",
        ),
        (
            f"金额单位为{unit}；人数、件数请填写整数；没有的请填 0，不清楚的请留空。",
            f"Amounts are in {unit_en}; head counts and numbers of patents are whole "
            "numbers; write 0 for none and leave a cell empty if you do not know.",
        ),
        (
            "请直接填写数字，不要使用公式，不要在数字后面加单位或文字。",
            "Type numbers only: no formulas, no units or words after a number.",
        ),
        (
            "有下拉列表的单元格请从列表中选择。",
            "Where a cell has a drop-down list, choose from it.",
        ),
        (
            "请不要修改企业名称、统一社会信用代码和表格结构；工作表已保护（无密码），"
            "只是为了防止误改。",
            "Do not change the company name, credit code or layout; the sheet is "
            "protected without a password only to prevent accidental changes.",
        ),
        (
            "文件名可以修改；填好后保存为 .xlsx 格式（不要另存为 .xls 或 .csv），发回孵化器。",
            "You may rename the file; save it as .xlsx (not .xls or .csv) and send it back "
            "to the incubator.",
        ),
    ]
    if form.due is not None:
        lines.append(
            (
                f"请于 {form.due.isoformat()} 前发回。",
                f"Please send it back by {form.due.isoformat()}.",
            )
        )
    return lines


_UNIT_EN = {"元": "yuan", "千元": "thousand yuan", "万元": "ten thousand yuan (万元)"}


def write_workbook(
    path: Path,
    form: FormRound,
    tenant: FormTenant,
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Write the tenant's workbook to `path` (whole or not at all); False if cancelled."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    book = Workbook()
    sheet = book.sheet(FORM_TITLE)
    ws = sheet.ws
    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    bold = Font(bold=True)
    unlocked = Protection(locked=False)

    zh_title, en_title = period_title(form.period)
    sheet.cell(1, COL_NO, f"{form.incubator}  {zh_title}" if form.incubator else zh_title)
    ws.cell(1, COL_NO).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=COL_NO, end_row=1, end_column=COL_HINT)
    sheet.cell(2, COL_NO, en_title)
    ws.cell(2, COL_NO).font = Font(italic=True, color="595959")
    ws.merge_cells(start_row=2, start_column=COL_NO, end_row=2, end_column=COL_HINT)
    for row, (label, value, key) in {
        ROW_NAME: ("企业名称 Company", tenant.name, KEY_NAME),
        ROW_CODE: ("统一社会信用代码 Credit code", tenant.credit_code, KEY_CODE),
        ROW_PERIOD: ("报送期间 Period", form.period.label, KEY_PERIOD),
    }.items():
        sheet.cell(row, COL_NO, label).font = bold
        ws.merge_cells(start_row=row, start_column=COL_NO, end_row=row, end_column=COL_UNIT)
        sheet.cell(row, COL_LAST, value).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=row, start_column=COL_LAST, end_row=row, end_column=COL_HINT)
        sheet.cell(row, COL_KEY, key)
    note = "请只填写黄色单元格，说明见“填报说明”工作表。 Fill in the yellow cells only; see the "
    note += "Instructions sheet."
    sheet.cell(6, COL_NO, note).font = Font(color="C00000")
    ws.merge_cells(start_row=6, start_column=COL_NO, end_row=6, end_column=COL_HINT)

    previous = form.period.previous().label
    heads = (
        "序号\nNo.",
        "项目\nItem",
        "单位\nUnit",
        f"上期 {previous}\n(参考 for reference)",
        f"本期 {form.period.label}\n(请填写 fill in)",
        "说明\nNotes",
    )
    for col, text in enumerate(heads, start=1):
        c = sheet.cell(HEADER_ROW, col, text)
        c.font = bold
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor=FILL_HEAD)
        c.border = box
    ws.row_dimensions[HEADER_ROW].height = 34

    validations = _Validations(book, sheet)
    row = HEADER_ROW
    for number, f in enumerate(form.fields, start=1):
        if f.section_zh:
            row += 1
            c = sheet.cell(row, COL_NO, f"{f.section_zh}  {f.section_en}")
            c.font = bold
            c.fill = PatternFill("solid", fgColor=FILL_SECTION)
            ws.merge_cells(start_row=row, start_column=COL_NO, end_row=row, end_column=COL_HINT)
        row += 1
        sheet.cell(row, COL_NO, number).alignment = Alignment(horizontal="center")
        sheet.cell(row, COL_LABEL, f"{f.zh}\n{f.en}").alignment = wrap
        sheet.cell(row, COL_UNIT, f.unit_zh).alignment = Alignment(horizontal="center")
        last = sheet.cell(row, COL_LAST, _reference(f, tenant.last.get(f.key)))
        last.fill = PatternFill("solid", fgColor=FILL_LAST)
        last.number_format = _number_format(f)
        value = ws.cell(row, COL_VALUE)
        value.fill = PatternFill("solid", fgColor=FILL_INPUT)
        value.protection = unlocked
        value.number_format = _number_format(f)
        if f.kind in ("text",):
            value.alignment = wrap
        sheet.cell(row, COL_HINT, _hint(f)).alignment = wrap
        sheet.cell(row, COL_KEY, f.key)
        for col in range(COL_NO, COL_HINT + 1):
            ws.cell(row, col).border = box
        ws.row_dimensions[row].height = 30
        validations.add(f, value.coordinate)

    for letter, width in zip("ABCDEFG", (6, 36, 8, 18, 18, 34, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["G"].hidden = True
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # people may widen a column to read it
    ws.protection.formatRows = False
    ws.sheet_view.zoomScale = 110
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    guide = book.sheet(INSTRUCTIONS_TITLE)
    guide.cell(1, 1, f"{zh_title} / {en_title}").font = Font(bold=True, size=13)
    line = 2
    for zh, en in instructions(form):
        for text, colour in ((zh, "000000"), (en, "595959")):
            line += 1
            c = guide.cell(line, 1, text)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = Font(color=colour)
            # Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
            guide.ws.row_dimensions[line].height = 16 * _lines(text, GUIDE_WIDTH)
        line += 1
    guide.ws.column_dimensions["A"].width = GUIDE_WIDTH
    guide.ws.page_setup.fitToWidth = 1
    guide.ws.page_setup.fitToHeight = 0
    guide.ws.sheet_properties.pageSetUpPr.fitToPage = True
    guide.ws.protection.sheet = True

    marker = book.sheet(MARKER_TITLE)
    facts: tuple[tuple[str, object], ...] = (
        ("format", FORMAT),
        ("format_version", FORMAT_VERSION),
        ("kind", form.kind),
        ("period", form.period.label),
        ("credit_code", tenant.credit_code),
        ("tenant_id", tenant.tenant_id),
    )
    for i, (fact, said) in enumerate(facts, start=1):
        marker.cell(i, 1, fact)
        marker.cell(i, 2, said)
    marker.ws.sheet_state = "veryHidden"
    marker.ws.protection.sheet = True
    return book.save(path, cancelled)


GUIDE_WIDTH = 80  # characters of the instructions' column


def _lines(text: str, width: int) -> int:
    """About how many lines `text` takes in a column `width` characters wide (a Chinese
    character is as wide as two Latin ones)."""
    size = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return max(1, -(-size // (width - 4)))


def _reference(f: SheetField, value: Any) -> Any:
    """Last period's value as the form shows it: amounts in the field's unit."""
    if value is None:
        return None
    if f.kind == "money" and isinstance(value, Decimal | int):
        unit = f.unit or MoneyUnit.YUAN
        shown = to_unit(Decimal(value), unit, 6).normalize()
        return shown if shown != shown.to_integral_value() else int(shown)
    if f.kind == "bool" and isinstance(value, bool):
        return "是" if value else "否"
    if f.kind == "choice" and f.choice_labels:
        return dict(f.choice_labels).get(str(value), value)
    if isinstance(value, Enum):
        return value.value
    return value


def _number_format(f: SheetField) -> str:
    if f.kind == "int":
        return "0"
    if f.kind in ("money", "decimal"):
        return "#,##0.00"
    if f.kind == "date":
        return "yyyy-mm-dd"
    return "@"


def _hint(f: SheetField) -> str:
    if f.kind == "int":
        return "整数，≥ 0  Whole number, ≥ 0"
    if f.kind == "money":
        if f.signed:
            return f"单位{f.unit_zh}，亏损填负数  In {f.unit_zh}; a loss as < 0"
        return f"单位{f.unit_zh}，≥ 0  In {f.unit_zh}, ≥ 0"
    if f.kind == "decimal":
        return "数字，≥ 0  Number"
    if f.kind == "choice":
        return "从下拉列表选择  Choose from the list"
    if f.kind == "bool":
        return "是 / 否  Yes / no"
    if f.kind == "date":
        return "日期，如 2026-03-15  A date"
    if f.hint:
        return f"文字  Text: {f.hint}"
    return "文字  Text"


class _Validations:
    """Data validation for each input cell, by the field's kind (one rule per kind)."""

    def __init__(self, book: Workbook, sheet: Any) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        self._dv = DataValidation
        self.book = book
        self.ws = sheet.ws
        self.rules: dict[Any, Any] = {}
        self.lists_sheet: Any = None
        self.list_column = 0

    def _rule(self, key: Any, **kw: Any) -> Any:
        rule = self.rules.get(key)
        if rule is None:
            rule = self._dv(allow_blank=True, showErrorMessage=True, showInputMessage=True, **kw)
            self.ws.add_data_validation(rule)
            self.rules[key] = rule
        return rule

    def add(self, f: SheetField, coordinate: str) -> None:
        if f.kind == "int":
            rule = self._rule(
                "int",
                type="whole",
                operator="between",
                formula1="0",
                formula2="1000000000",
                errorTitle="整数 Whole number",
                error="请填写不小于 0 的整数。Write a whole number, 0 or more.",
            )
        elif f.kind in ("money", "decimal") and not f.signed:
            rule = self._rule(
                "money",
                type="decimal",
                operator="between",
                formula1="0",
                formula2="1000000000000",
                errorTitle="数字 Number",
                error="请填写不小于 0 的数字，不带单位。Write a number, 0 or more, without units.",
            )
        elif f.kind in ("money", "decimal"):
            rule = self._rule(
                "signed",
                type="decimal",
                operator="between",
                formula1="-1000000000000",
                formula2="1000000000000",
                errorTitle="数字 Number",
                error="请填写数字，不带单位。Write a number without units.",
            )
        elif f.kind == "bool":
            rule = self._rule(
                "bool",
                type="list",
                formula1='"是,否"',
                errorTitle="是 / 否 Yes / no",
                error="请选择“是”或“否”。Choose 是 (yes) or 否 (no).",
            )
        elif f.kind == "choice":
            rule = self._choice_rule(f)
        elif f.kind == "date":
            rule = self._rule(
                "date",
                type="date",
                operator="between",
                formula1="DATE(1950,1,1)",
                formula2="DATE(2200,12,31)",
                errorTitle="日期 Date",
                error="请填写日期，如 2026-03-15。Write a date such as 2026-03-15.",
            )
        else:
            limit = f.max_length or 2000
            rule = self._rule(
                ("text", limit),
                type="textLength",
                operator="lessThanOrEqual",
                formula1=str(limit),
                errorTitle="文字过长 Too long",
                error=f"最多 {limit} 个字。At most {limit} characters.",
            )
        rule.add(coordinate)

    def _choice_rule(self, f: SheetField) -> Any:
        inline = ",".join(f.choices)
        # Suggestions let other text through with a notice; a vocabulary does not.
        style = "information" if f.suggestions else "stop"
        if len(inline) <= MAX_LIST_FORMULA and not any("," in c or '"' in c for c in f.choices):
            formula = f'"{inline}"'
        else:
            formula = self._list_range(f.choices)
        return self._rule(
            ("choice", f.key),
            type="list",
            formula1=formula,
            errorStyle=style,
            errorTitle="请从列表选择 Choose from the list",
            error="请从下拉列表中选择。Choose a value from the drop-down list.",
        )

    def _list_range(self, choices: Sequence[str]) -> str:
        from openpyxl.utils import get_column_letter

        if self.lists_sheet is None:
            self.lists_sheet = self.book.sheet(LISTS_TITLE)
            self.lists_sheet.ws.sheet_state = "hidden"
            self.lists_sheet.ws.protection.sheet = True
        self.list_column += 1
        col = self.list_column
        for i, choice in enumerate(choices, start=1):
            self.lists_sheet.cell(i, col, choice)
        letter = get_column_letter(col)
        return f"'{LISTS_TITLE}'!${letter}$1:${letter}${len(choices)}"
