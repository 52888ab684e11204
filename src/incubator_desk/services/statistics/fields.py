"""The per-tenant fields of the Torch return (火炬统计), declared once, in the return's order.

The tenant window's statistics tab, the import and export columns, the return workbook and
the collection workbooks all read this list, so a field is added, labelled or validated in one
place. Each field names where its value lives (`Source`):

- TENANT: a column of the tenant record; most are kept in the tenant form (read only here),
  the taxpayer type and the GB/T 4754 class are edited with the return's other figures;
- COMPUTED: worked out from other records (mentors, graduation, space held);
- QUALIFICATION: a recognition and its certificate (the High-Tech Enterprise flag and date
  stay on the tenant, where the graduation rules read them);
- FOUNDER: the tenant's main founder (its first founder, co-founder or legal representative);
- ANNUAL: a figure for the year, per tenant (`models.AnnualReturn`).

Money is kept in yuan and written in the return in 千元 (`RETURN_UNIT`); `parse` reads what a
person typed or a cell held, in the unit given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import MoneyUnit, from_unit, to_fen
from ...core.vocabularies import FounderType, QualificationKind, Sex, TaxpayerType

_t = Translator("statistics")
_e = Translator("errors")

RETURN_UNIT = MoneyUnit.THOUSAND  # the return's money unit, 千元


class FieldKind(StrEnum):
    INT = "int"  # a count (people, patents, contracts)
    MONEY = "money"  # yuan, exact; 千元 in the return
    AREA = "area"  # m², two decimals
    TEXT = "text"
    CODE = "code"  # an identifier (credit code, certificate number, GB/T 4754 class)
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # one value of `choices`


class Source(StrEnum):
    TENANT = "tenant"
    COMPUTED = "computed"
    QUALIFICATION = "qualification"
    FOUNDER = "founder"
    ANNUAL = "annual"


class Group(StrEnum):
    IDENTITY = "identity"
    QUALIFICATIONS = "qualifications"
    FOUNDER = "founder"
    MONEY = "money"
    STAFF = "staff"
    IP = "ip"
    TECHNOLOGY = "technology"


GROUP_LABELS: dict[Group, str] = {
    Group.IDENTITY: QT_TRANSLATE_NOOP("statistics", "Company"),
    Group.QUALIFICATIONS: QT_TRANSLATE_NOOP("statistics", "Qualifications"),
    Group.FOUNDER: QT_TRANSLATE_NOOP("statistics", "Founder"),
    Group.MONEY: QT_TRANSLATE_NOOP("statistics", "Money and financing"),
    Group.STAFF: QT_TRANSLATE_NOOP("statistics", "Staff at year end"),
    Group.IP: QT_TRANSLATE_NOOP("statistics", "Intellectual property"),
    Group.TECHNOLOGY: QT_TRANSLATE_NOOP("statistics", "Technology contracts and programmes"),
}

# The return's Chinese for each choice, and the English (translated) label.
CHOICE_ZH: dict[str, str] = {
    TaxpayerType.GENERAL: "一般纳税人",
    TaxpayerType.SMALL_SCALE: "小规模纳税人",
    FounderType.STUDENT: "大学生",
    FounderType.RESEARCHER: "科技人员",
    FounderType.RETURNEE: "留学人员",
    FounderType.SERIAL: "连续创业者",
    FounderType.EXECUTIVE: "大企业高管",
    FounderType.OTHER: "其他",
    Sex.FEMALE: "女",
    Sex.MALE: "男",
}
CHOICE_EN: dict[str, str] = {
    TaxpayerType.GENERAL: QT_TRANSLATE_NOOP("statistics", "General taxpayer"),
    TaxpayerType.SMALL_SCALE: QT_TRANSLATE_NOOP("statistics", "Small-scale taxpayer"),
    FounderType.STUDENT: QT_TRANSLATE_NOOP("statistics", "University student"),
    FounderType.RESEARCHER: QT_TRANSLATE_NOOP("statistics", "Researcher"),
    FounderType.RETURNEE: QT_TRANSLATE_NOOP("statistics", "Returnee from study abroad"),
    FounderType.SERIAL: QT_TRANSLATE_NOOP("statistics", "Serial founder"),
    FounderType.EXECUTIVE: QT_TRANSLATE_NOOP("statistics", "Former executive of a large firm"),
    FounderType.OTHER: QT_TRANSLATE_NOOP("statistics", "Other"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("statistics", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("statistics", "Male"),
}


@dataclass(frozen=True)
class StatField:
    """One field of the per-tenant return.

    `part_of` names the figure this one is "of which" (其中): never above it. `quarterly`
    names the quarterly figure (`KpiSnapshot`) the return falls back on when the year's
    figure was not entered. `required`: the pre-export check lists the tenant when missing.
    """

    key: str
    zh: str  # the return's label
    en: str  # marked for translation, context "statistics"
    kind: FieldKind
    source: Source
    group: Group
    unit: str = ""  # as the return writes it: 人, 件, 项, 千元, m²
    choices: tuple[str, ...] = ()
    part_of: str | None = None
    quarterly: str | None = None
    qualification: QualificationKind | None = None
    attribute: str = ""  # the column it is kept in, when not `key`
    signed: bool = False  # money that may be negative (net profit)
    required: bool = False
    max_length: int = 60
    pattern: str = ""  # a CODE's form (regular expression, whole value)
    hint: str = ""  # what the pattern expects, marked for translation

    @property
    def editable(self) -> bool:
        """Entered with the return (tab, import, collection), not kept elsewhere."""
        return self.source in (Source.ANNUAL, Source.QUALIFICATION, Source.FOUNDER) or (
            self.source is Source.TENANT and self.key in TENANT_EDITABLE
        )

    @property
    def column(self) -> str:
        return self.attribute or self.key

    def label(self) -> str:
        """The English label translated into the user's language."""
        return _t(self.en)

    def heading(self) -> str:
        """The return's header: the Chinese label with its unit, "总收入（千元）"."""
        return f"{self.zh}（{self.unit}）" if self.unit else self.zh

    def choice_label(self, value: str | None) -> str:
        return _t(CHOICE_EN[value]) if value else ""


TENANT_EDITABLE = frozenset({"taxpayer_type", "industry_code"})

_T, _C, _Q, _F, _A = (
    Source.TENANT,
    Source.COMPUTED,
    Source.QUALIFICATION,
    Source.FOUNDER,
    Source.ANNUAL,
)
_K = FieldKind
_G = Group


def _f(
    key: str, zh: str, en: str, kind: FieldKind, source: Source, group: Group, **kw: object
) -> StatField:
    return StatField(key, zh, en, kind, source, group, **kw)  # type: ignore[arg-type]


# The per-tenant table (科技企业孵化器在孵（毕业）企业情况表), in the return's column order.
# fmt: off
FIELDS: tuple[StatField, ...] = (
    _f("name", "企业名称", QT_TRANSLATE_NOOP("statistics", "Company name"), _K.TEXT, _T, _G.IDENTITY, attribute="name_zh", max_length=200),
    _f("credit_code", "统一社会信用代码", QT_TRANSLATE_NOOP("statistics", "Credit code"), _K.CODE, _T, _G.IDENTITY, required=True),
    _f("founded_on", "成立日期", QT_TRANSLATE_NOOP("statistics", "Founded"), _K.DATE, _T, _G.IDENTITY, required=True),
    _f("entry_date", "入孵日期", QT_TRANSLATE_NOOP("statistics", "Entry date"), _K.DATE, _T, _G.IDENTITY, required=True),
    _f("registered_capital", "注册资本", QT_TRANSLATE_NOOP("statistics", "Registered capital"), _K.MONEY, _T, _G.IDENTITY, unit="千元"),
    _f("registration_type", "登记注册类型", QT_TRANSLATE_NOOP("statistics", "Registration type"), _K.TEXT, _T, _G.IDENTITY),
    _f("industry_code", "行业代码（GB/T 4754）", QT_TRANSLATE_NOOP("statistics", "Industry class (GB/T 4754)"), _K.CODE, _T, _G.IDENTITY, required=True, max_length=4, pattern=r"\d{4}", hint=QT_TRANSLATE_NOOP("statistics", "four digits, e.g. 6513")),
    _f("sector", "国民经济行业门类", QT_TRANSLATE_NOOP("statistics", "Sector (GB/T 4754)"), _K.TEXT, _T, _G.IDENTITY),
    _f("industry", "所属行业", QT_TRANSLATE_NOOP("statistics", "Industry"), _K.TEXT, _T, _G.IDENTITY),
    _f("tech_field", "技术领域", QT_TRANSLATE_NOOP("statistics", "Technology field"), _K.TEXT, _T, _G.IDENTITY, required=True),
    _f("taxpayer_type", "纳税人类型", QT_TRANSLATE_NOOP("statistics", "Taxpayer type"), _K.CHOICE, _T, _G.IDENTITY, choices=tuple(TaxpayerType), required=True),
    _f("has_mentor", "是否有创业导师", QT_TRANSLATE_NOOP("statistics", "Has a mentor"), _K.BOOL, _C, _G.IDENTITY),
    _f("graduated", "是否毕业", QT_TRANSLATE_NOOP("statistics", "Graduated"), _K.BOOL, _C, _G.IDENTITY),
    _f("graduated_on", "毕业时间", QT_TRANSLATE_NOOP("statistics", "Graduated on"), _K.DATE, _C, _G.IDENTITY),
    _f("area_m2", "占用孵化场地面积", QT_TRANSLATE_NOOP("statistics", "Area occupied"), _K.AREA, _C, _G.IDENTITY, unit="m²"),
    # Qualifications
    _f("high_tech", "是否高新技术企业", QT_TRANSLATE_NOOP("statistics", "High-Tech Enterprise"), _K.BOOL, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.HIGH_TECH, attribute="high_tech_enterprise"),
    _f("high_tech_no", "高新技术企业证书编号", QT_TRANSLATE_NOOP("statistics", "High-Tech Enterprise certificate no."), _K.CODE, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.HIGH_TECH, attribute="certificate_no", max_length=30, pattern=r"[A-Z]{2}\d{9,12}", hint=QT_TRANSLATE_NOOP("statistics", "two letters and the digits, e.g. GR202344201234")),
    _f("high_tech_on", "高新技术企业认定日期", QT_TRANSLATE_NOOP("statistics", "High-Tech Enterprise since"), _K.DATE, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.HIGH_TECH, attribute="high_tech_since"),
    _f("tech_sme", "是否科技型中小企业", QT_TRANSLATE_NOOP("statistics", "Tech-based SME"), _K.BOOL, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.TECH_SME),
    _f("tech_sme_no", "科技型中小企业入库登记编号", QT_TRANSLATE_NOOP("statistics", "Tech-based SME registration no."), _K.CODE, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.TECH_SME, attribute="certificate_no", max_length=30, pattern=r"\d{10,20}", hint=QT_TRANSLATE_NOOP("statistics", "the digits of the registration number")),
    _f("innovative_sme", "是否创新型中小企业", QT_TRANSLATE_NOOP("statistics", "Innovative SME"), _K.BOOL, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.INNOVATIVE_SME),
    _f("specialised_sme", "是否专精特新中小企业", QT_TRANSLATE_NOOP("statistics", "Specialised and innovative SME"), _K.BOOL, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.SPECIALISED_SME),
    _f("little_giant", "是否专精特新“小巨人”企业", QT_TRANSLATE_NOOP("statistics", "\"Little giant\""), _K.BOOL, _Q, _G.QUALIFICATIONS, qualification=QualificationKind.LITTLE_GIANT),
    # Founder
    _f("founder_type", "创业者类型", QT_TRANSLATE_NOOP("statistics", "Founder type"), _K.CHOICE, _F, _G.FOUNDER, choices=tuple(FounderType), required=True),
    _f("founder_sex", "创业者性别", QT_TRANSLATE_NOOP("statistics", "Founder's sex"), _K.CHOICE, _F, _G.FOUNDER, choices=tuple(Sex), attribute="sex", required=True),
    # Money and financing for the year
    _f("revenue", "总收入", QT_TRANSLATE_NOOP("statistics", "Revenue"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="revenue", required=True),
    _f("net_profit", "净利润", QT_TRANSLATE_NOOP("statistics", "Net profit"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="net_profit", signed=True),
    _f("taxes_paid", "实际上缴税费", QT_TRANSLATE_NOOP("statistics", "Taxes paid"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="taxes_paid"),
    _f("export_value", "出口总额", QT_TRANSLATE_NOOP("statistics", "Exports"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="export_value"),
    _f("rd_spend", "研究开发经费支出", QT_TRANSLATE_NOOP("statistics", "R&D spending"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="rd_spend", required=True),
    _f("investment_received", "当年获得天使及风险投资额", QT_TRANSLATE_NOOP("statistics", "Angel and venture investment received"), _K.MONEY, _A, _G.MONEY, unit="千元", quarterly="investment"),
    _f("investment_from_incubator", "其中：孵化器自有基金投资额", QT_TRANSLATE_NOOP("statistics", "of which from the incubator's own fund"), _K.MONEY, _A, _G.MONEY, unit="千元", part_of="investment_received"),
    _f("bank_loans", "当年获得银行贷款额", QT_TRANSLATE_NOOP("statistics", "Bank loans received"), _K.MONEY, _A, _G.MONEY, unit="千元"),
    _f("government_grants", "当年获得政府资助额", QT_TRANSLATE_NOOP("statistics", "Government grants received"), _K.MONEY, _A, _G.MONEY, unit="千元"),
    # Staff at year end
    _f("staff_total", "从业人员数", QT_TRANSLATE_NOOP("statistics", "Staff"), _K.INT, _A, _G.STAFF, unit="人", quarterly="staff_total", required=True),
    _f("staff_phd", "其中：博士", QT_TRANSLATE_NOOP("statistics", "of whom doctorates"), _K.INT, _A, _G.STAFF, unit="人", quarterly="staff_phd", part_of="staff_total"),
    _f("staff_master", "其中：硕士", QT_TRANSLATE_NOOP("statistics", "of whom masters"), _K.INT, _A, _G.STAFF, unit="人", quarterly="staff_master", part_of="staff_total"),
    _f("staff_college", "其中：大专及以上", QT_TRANSLATE_NOOP("statistics", "of whom college and above"), _K.INT, _A, _G.STAFF, unit="人", quarterly="staff_college", part_of="staff_total"),
    _f("staff_returnees", "其中：留学归国人员", QT_TRANSLATE_NOOP("statistics", "of whom returnees from study abroad"), _K.INT, _A, _G.STAFF, unit="人", quarterly="staff_returnees", part_of="staff_total"),
    _f("staff_talent", "其中：入选各级人才计划人数", QT_TRANSLATE_NOOP("statistics", "of whom in talent programmes"), _K.INT, _A, _G.STAFF, unit="人", part_of="staff_total"),
    _f("graduates_hired", "当年吸纳应届毕业生数", QT_TRANSLATE_NOOP("statistics", "New graduates hired this year"), _K.INT, _A, _G.STAFF, unit="人", quarterly="fresh_graduates_hired"),
    # Intellectual property
    _f("ip_applications", "当年知识产权申请数", QT_TRANSLATE_NOOP("statistics", "IP applications this year"), _K.INT, _A, _G.IP, unit="件"),
    _f("ip_applications_invention", "其中：发明专利申请数", QT_TRANSLATE_NOOP("statistics", "of which invention patents (applied)"), _K.INT, _A, _G.IP, unit="件", quarterly="invention_applications", part_of="ip_applications"),
    _f("ip_grants", "当年知识产权授权数", QT_TRANSLATE_NOOP("statistics", "IP granted this year"), _K.INT, _A, _G.IP, unit="件"),
    _f("ip_grants_invention", "其中：发明专利授权数", QT_TRANSLATE_NOOP("statistics", "of which invention patents (granted)"), _K.INT, _A, _G.IP, unit="件", quarterly="invention_grants", part_of="ip_grants"),
    _f("ip_valid", "拥有有效知识产权数", QT_TRANSLATE_NOOP("statistics", "Valid IP held"), _K.INT, _A, _G.IP, unit="件"),
    _f("ip_valid_invention", "其中：有效发明专利数", QT_TRANSLATE_NOOP("statistics", "of which invention patents (held)"), _K.INT, _A, _G.IP, unit="件", quarterly="valid_invention_patents", part_of="ip_valid"),
    _f("software_copyrights", "软件著作权", QT_TRANSLATE_NOOP("statistics", "Software copyrights"), _K.INT, _A, _G.IP, unit="件", quarterly="software_copyrights"),
    _f("ic_layouts", "集成电路布图设计", QT_TRANSLATE_NOOP("statistics", "Integrated-circuit layouts"), _K.INT, _A, _G.IP, unit="件", quarterly="ic_layouts"),
    _f("plant_varieties", "植物新品种", QT_TRANSLATE_NOOP("statistics", "Plant varieties"), _K.INT, _A, _G.IP, unit="件"),
    _f("foreign_patents_bought", "购买国外专利", QT_TRANSLATE_NOOP("statistics", "Foreign patents bought"), _K.INT, _A, _G.IP, unit="件"),
    # Technology contracts, programmes, awards
    _f("tech_contracts_count", "技术合同交易数", QT_TRANSLATE_NOOP("statistics", "Technology contracts"), _K.INT, _A, _G.TECHNOLOGY, unit="项", quarterly="tech_contracts_count"),
    _f("tech_contracts_value", "技术合同交易额", QT_TRANSLATE_NOOP("statistics", "Technology contracts' value"), _K.MONEY, _A, _G.TECHNOLOGY, unit="千元", quarterly="tech_contracts_value"),
    _f("national_programmes", "当年承担国家级科技计划项目数", QT_TRANSLATE_NOOP("statistics", "National science programmes undertaken"), _K.INT, _A, _G.TECHNOLOGY, unit="项"),
    _f("provincial_awards", "当年获省级以上奖励数", QT_TRANSLATE_NOOP("statistics", "Provincial or higher awards"), _K.INT, _A, _G.TECHNOLOGY, unit="项"),
)
# fmt: on

FIELD_BY_KEY: dict[str, StatField] = {f.key: f for f in FIELDS}
# What a tenant reports for a year (the tab, import columns, collection workbooks).
EDITABLE_FIELDS: tuple[StatField, ...] = tuple(f for f in FIELDS if f.editable)
ANNUAL_FIELDS: tuple[StatField, ...] = tuple(f for f in FIELDS if f.source is Source.ANNUAL)


def field(key: str) -> StatField:
    """The field named `key`; KeyError for a key the list does not declare (a bug)."""
    return FIELD_BY_KEY[key]


@cache
def _choice_lookup(key: str) -> dict[str, str]:
    """Everything a cell may hold for a choice → its value: the value, Chinese and English."""
    out: dict[str, str] = {}
    for value in FIELD_BY_KEY[key].choices:
        for text in (value, CHOICE_ZH[value], CHOICE_EN[value]):
            out[text.strip().lower()] = value
    return out


_TRUE = {"是", "有", "y", "yes", "true", "1", "√", "✓", "x"}
_FALSE = {"否", "无", "n", "no", "false", "0", ""}


def _bad(f: StatField, text: str, **params: object) -> ValidationError:
    return ValidationError({f.key: _e(text, field=f.label(), **params)})


def parse(f: StatField, raw: object, unit: MoneyUnit = MoneyUnit.YUAN) -> object:
    """`raw` (typed text or a spreadsheet cell) as the field's value; None when empty.

    Money typed in `unit` comes back in yuan, to the fen. Raises ValidationError keyed by
    the field, with a message that names it.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = raw.strip() if isinstance(raw, str) else raw
    if f.kind in (FieldKind.INT, FieldKind.MONEY, FieldKind.AREA):
        if isinstance(text, bool):
            raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field}: enter a number."))
        try:
            number = (
                Decimal(str(text).replace(",", "").replace("，", ""))
                if not isinstance(text, Decimal)
                else text
            )
        except InvalidOperation:
            raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field}: enter a number.")) from None
        if not number.is_finite():
            raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field}: enter a number."))
        if number < 0 and not f.signed:
            raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field} cannot be negative."))
        if f.kind is FieldKind.INT:
            if number != number.to_integral_value():
                raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field}: enter a whole number."))
            if number > 10_000_000:
                raise _bad(
                    f, QT_TRANSLATE_NOOP("errors", "{field}: {value} is too large."), value=number
                )
            return int(number)
        if f.kind is FieldKind.AREA:
            return number.quantize(Decimal("0.01"))
        yuan = to_fen(from_unit(number, unit))
        if abs(yuan) >= Decimal("1e13"):
            raise _bad(
                f, QT_TRANSLATE_NOOP("errors", "{field}: {value} is too large."), value=number
            )
        return yuan
    if f.kind is FieldKind.BOOL:
        if isinstance(text, bool):
            return text
        word = str(text).strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise _bad(f, QT_TRANSLATE_NOOP("errors", "{field}: write 是 or 否 (yes or no)."))
    if f.kind is FieldKind.DATE:
        if isinstance(text, dt.datetime):
            return text.date()
        if isinstance(text, dt.date):
            return text
        s = str(text).replace("/", "-").replace(".", "-")
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s) or re.fullmatch(
            r"(\d{4})年(\d{1,2})月(\d{1,2})日", s
        )
        try:
            if m is None:
                raise ValueError(s)
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise _bad(
                f, QT_TRANSLATE_NOOP("errors", "{field}: enter a date as 2026-03-31.")
            ) from None
    if f.kind is FieldKind.CHOICE:
        value = _choice_lookup(f.key).get(str(text).strip().lower())
        if value is None:
            options = "、".join(CHOICE_ZH[c] for c in f.choices)
            raise _bad(
                f, QT_TRANSLATE_NOOP("errors", "{field}: choose one of {options}."), options=options
            )
        return value
    s = str(text).strip()
    if isinstance(text, float | int | Decimal) and not isinstance(text, bool):
        s = str(int(text)) if text == int(text) else str(text)  # a code read as a number
    if f.kind is FieldKind.CODE:
        s = re.sub(r"\s+", "", s).upper()
        if f.pattern and not re.fullmatch(f.pattern, s):
            raise _bad(
                f,
                QT_TRANSLATE_NOOP("errors", "{field}: “{value}” is not valid ({hint})."),
                value=s,
                hint=_t(f.hint),
            )
    if len(s) > f.max_length:
        raise _bad(
            f, QT_TRANSLATE_NOOP("errors", "{field}: at most {n} characters."), n=f.max_length
        )
    return s


def parse_all(raw: Mapping[str, object], unit: MoneyUnit = MoneyUnit.YUAN) -> dict[str, object]:
    """Every editable field present in `raw`, parsed; one ValidationError naming every bad
    field (the parts-of-a-whole check included)."""
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for key, cell in raw.items():
        f = FIELD_BY_KEY.get(key)
        if f is None or not f.editable:
            raise ValueError(f"{key!r} is not a field entered with the return")
        try:
            values[key] = parse(f, cell, unit)
        except ValidationError as exc:
            errors.update(exc.fields)
    errors.update({k: v for k, v in relation_errors(values).items() if k not in errors})
    if errors:
        raise ValidationError(errors)
    return values


def relation_errors(values: Mapping[str, object]) -> dict[str, str]:
    """Field → message for each "of which" figure above its whole, and each qualification
    number or date given without the qualification."""
    errors: dict[str, str] = {}
    for f in FIELDS:
        part, whole = values.get(f.key), values.get(f.part_of) if f.part_of else None
        if (
            f.part_of
            and isinstance(part, int | Decimal)
            and isinstance(whole, int | Decimal)
            and part > whole
        ):
            errors[f.key] = _e(
                QT_TRANSLATE_NOOP(
                    "errors", "{field} ({part}) cannot be more than {whole_field} ({whole})."
                ),
                field=f.label(),
                part=part,
                whole_field=FIELD_BY_KEY[f.part_of].label(),
                whole=whole,
            )
    for held, details in (
        ("high_tech", ("high_tech_no", "high_tech_on")),
        ("tech_sme", ("tech_sme_no",)),
    ):
        for key in details:
            if values.get(key) and values.get(held) is False:
                errors[key] = _e(
                    QT_TRANSLATE_NOOP("errors", "{field} is given, but {held} is “no”."),
                    field=FIELD_BY_KEY[key].label(),
                    held=FIELD_BY_KEY[held].label(),
                )
    return errors


__all__ = [
    "ANNUAL_FIELDS",
    "CHOICE_EN",
    "CHOICE_ZH",
    "EDITABLE_FIELDS",
    "FIELDS",
    "FIELD_BY_KEY",
    "GROUP_LABELS",
    "RETURN_UNIT",
    "TENANT_EDITABLE",
    "FieldKind",
    "Group",
    "Source",
    "StatField",
    "field",
    "parse",
    "parse_all",
    "relation_errors",
]
