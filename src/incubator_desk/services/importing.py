"""Import tenants and quarterly figures from the operators' own .xlsx and .csv sheets.

Reading a file gives a `Sheet` (the header row found below any title rows, and the data
rows); `plan_import` checks every row against the database and reports it as created,
updated, unchanged or rejected (with row, column and reason) without writing anything;
`apply_import` then writes the valid rows in one unit of work, or nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from ..core.errors import ServiceError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ..core.periods import Period, PeriodError, add_months, period_text
from ..core.vocabularies import AuditAction, ListingStatus, LookupCategory, PersonRole, Stage
from ..db import Database
from ..models import (
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Person,
    StageChange,
    Tag,
    Tenant,
    tenant_tags,
    utcnow,
)
from . import creditcode, graduation
from . import tenants as svc
from .tenants.checks import NEGATIVE as MUST_NOT_BE_NEGATIVE

Progress = Callable[[int, int], None]
HEADER_SCAN_ROWS = 20
MAX_ROWS = 200_000
FEN = Decimal("0.01")


class ImportKind(StrEnum):
    TENANTS = "tenants"
    FIGURES = "figures"


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


OUTCOME_LABELS = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("import", "created"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("import", "updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("import", "unchanged"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("import", "rejected"),
}


class ImportFileError(ServiceError):
    """The file cannot be read as a sheet at all; nothing was written."""

    context = "import"


class ImportCancelled(ServiceError):
    context = "import"


_t = Translator("import")


# --- Columns ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnSpec:
    """A column the importer knows: its key, how to read it, and the headers that name it."""

    key: str
    # text, code, date, money, int, bool, stage, listing, industry, tech_field, regtype,
    # tags or period
    kind: str
    zh: str  # the header the export writes in Chinese
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.key, self.zh, *self.aliases)


_ID_COLUMNS = (
    ColumnSpec(
        "credit_code",
        "code",
        "统一社会信用代码",
        ("信用代码", "社会信用代码", "统一信用代码", "uscc", "credit code", "creditcode"),
        True,
    ),
    ColumnSpec(
        "name_zh",
        "text",
        "企业名称",
        ("公司名称", "企业全称", "名称", "单位名称", "中文名称", "name", "company", "company name"),
    ),
)

TENANT_COLUMNS: tuple[ColumnSpec, ...] = (
    *_ID_COLUMNS,
    ColumnSpec("name_en", "text", "英文名称", ("英文名", "english name", "name (english)")),
    ColumnSpec(
        "founded_on", "date", "成立日期", ("注册日期", "成立时间", "founded", "founding date")
    ),
    ColumnSpec("registered_capital", "money", "注册资本", ("注册资金", "capital")),
    ColumnSpec("industry", "industry", "行业", ("所属行业", "行业领域", "行业分类")),
    ColumnSpec("tech_field", "tech_field", "技术领域", ("所属技术领域", "technology field")),
    ColumnSpec(
        "registration_type", "regtype", "登记注册类型", ("注册类型", "企业类型", "企业性质")
    ),
    ColumnSpec("park_address", "text", "园区地址", ("入驻地址", "地址", "房号", "address")),
    ColumnSpec(
        "entry_date", "date", "入孵日期", ("入驻日期", "入孵时间", "入园日期", "entry date")
    ),
    ColumnSpec(
        "planned_graduation_on", "date", "计划毕业日期", ("预计毕业日期", "planned graduation")
    ),
    ColumnSpec("stage", "stage", "阶段", ("孵化阶段", "状态", "孵化状态")),
    ColumnSpec(
        "high_tech_enterprise",
        "bool",
        "高新技术企业",
        ("是否高新技术企业", "高企", "国家高新技术企业", "high-tech enterprise", "hte"),
    ),
    ColumnSpec("high_tech_since", "date", "高企认定日期", ("高新认定日期", "高新技术企业认定日期")),
    ColumnSpec("listing_status", "listing", "上市状态", ("上市情况", "listing")),
    ColumnSpec("listing_date", "date", "上市日期", ("挂牌日期",)),
    ColumnSpec("tags", "tags", "标签", ("tag",)),
    ColumnSpec("notes", "text", "备注", ("说明", "note")),
    ColumnSpec(
        "contact_name", "text", "联系人", ("联系人姓名", "负责人", "contact", "contact name")
    ),
    ColumnSpec(
        "phone", "text", "电话", ("联系电话", "手机", "手机号", "手机号码", "电话号码", "tel")
    ),
    ColumnSpec("email", "text", "邮箱", ("电子邮箱", "电子邮件", "e-mail", "mail")),
)

FIGURE_COLUMNS: tuple[ColumnSpec, ...] = (
    *_ID_COLUMNS,
    ColumnSpec("period", "period", "期间", ("报告期", "季度", "统计期", "quarter"), True),
    ColumnSpec("staff_total", "int", "员工人数", ("从业人员", "员工总数", "职工总数", "staff")),
    ColumnSpec("staff_rd", "int", "研发人员", ("研发人员数", "r&d staff")),
    ColumnSpec("staff_phd", "int", "博士", ("博士人数", "phd")),
    ColumnSpec("staff_master", "int", "硕士", ("硕士人数", "master")),
    ColumnSpec("staff_bachelor", "int", "本科", ("本科人数", "bachelor")),
    ColumnSpec("staff_college", "int", "大专及以上", ("大专以上", "大专及以上人数")),
    ColumnSpec("staff_returnees", "int", "留学人员", ("海归", "留学归国人员", "returnees")),
    ColumnSpec("fresh_graduates_hired", "int", "吸纳应届毕业生", ("应届毕业生", "应届毕业生人数")),
    ColumnSpec("revenue", "money", "营业收入", ("收入", "总收入", "销售收入", "income")),
    ColumnSpec("net_profit", "money", "净利润", ("利润", "profit")),
    ColumnSpec("export_value", "money", "出口额", ("出口总额", "出口", "export")),
    ColumnSpec("rd_spend", "money", "研发投入", ("研发经费", "研发费用", "研发支出", "r&d spend")),
    ColumnSpec("taxes_paid", "money", "上缴税费", ("纳税额", "税收", "实缴税费", "taxes")),
    ColumnSpec(
        "invention_applications", "int", "发明专利申请", ("发明专利申请数", "当年发明专利申请")
    ),
    ColumnSpec("invention_grants", "int", "发明专利授权", ("发明专利授权数",)),
    ColumnSpec("utility_models", "int", "实用新型", ("实用新型专利",)),
    ColumnSpec("designs", "int", "外观设计", ("外观设计专利",)),
    ColumnSpec("software_copyrights", "int", "软件著作权", ("软著", "软件著作权数")),
    ColumnSpec(
        "valid_invention_patents", "int", "有效发明专利", ("拥有有效发明专利", "有效发明专利数")
    ),
    ColumnSpec("ic_layouts", "int", "集成电路布图", ("集成电路布图设计",)),
    ColumnSpec("tech_contracts_count", "int", "技术合同数", ("技术合同项数",)),
    ColumnSpec("tech_contracts_value", "money", "技术合同金额", ("技术合同成交额",)),
    ColumnSpec(
        "investment_received",
        "money",
        "获得投资",
        ("获得投资额", "融资金额", "当期获得投资", "investment"),
    ),
    ColumnSpec("investor", "text", "投资方", ("投资机构", "投资人")),
    ColumnSpec("investment_round", "text", "投资轮次", ("轮次", "融资轮次", "round")),
    ColumnSpec("awards", "text", "获奖情况", ("获奖", "奖项")),
    ColumnSpec("notes", "text", "备注", ("说明", "note")),
)

COLUMNS = {ImportKind.TENANTS: TENANT_COLUMNS, ImportKind.FIGURES: FIGURE_COLUMNS}

_UNIT = re.compile(
    r"[(\[]\s*(?:单位[:：]?\s*)?"
    r"(万元|千元|元|万|千|人民币元|yuan|cny|rmb|10k yuan|thousand yuan)\s*[)\]]\s*$"
)
_FACTORS = {
    "万元": 10_000,
    "万": 10_000,
    "10k yuan": 10_000,
    "千元": 1_000,
    "千": 1_000,
    "thousand yuan": 1_000,
}


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return re.sub(r"[\s_\-*:：]+", "", folded)


def split_header(header: Any) -> tuple[str, int]:
    """The header without its unit suffix, and the factor to yuan ("营业收入（万元）" → 10000)."""
    text = unicodedata.normalize("NFKC", str(header if header is not None else "")).strip()
    text = text.replace("\n", "")
    m = _UNIT.search(text.lower())
    if not m:
        return text, 1
    return text[: m.start()].strip(), _FACTORS.get(m.group(1), 1)


def _alias_table(specs: Sequence[ColumnSpec]) -> dict[str, str]:
    table: dict[str, str] = {}
    for spec in specs:
        for h in spec.headers:
            table.setdefault(_norm(h), spec.key)
    return table


def recognise(kind: ImportKind, header: Any) -> str | None:
    base, _ = split_header(header)
    if not base:
        return None
    return _alias_table(COLUMNS[kind]).get(_norm(base))


def spec_of(kind: ImportKind, key: str) -> ColumnSpec:
    return next(s for s in COLUMNS[kind] if s.key == key)


# --- Reading files ------------------------------------------------------------------------------


@dataclass
class Sheet:
    """A file read into cells: its header row (and where it was) and the rows under it."""

    path: Path
    header_row: int  # 1-based row number of the header in the file
    headers: list[str]
    rows: list[list[Any]]
    encoding: str = ""  # for CSV: the encoding that was detected

    def row_number(self, index: int) -> int:
        return self.header_row + 1 + index


NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "import", "“{name}” cannot be read as a spreadsheet: {reason}. Nothing was imported."
)
OLD_XLS = QT_TRANSLATE_NOOP(
    "import",
    "“{name}” is an old Excel 97–2003 (.xls) file. Open it in Excel or WPS and save it as "
    ".xlsx, then import that. Nothing was imported.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "import",
    "No header row was recognised in the first {rows} rows of “{name}”: a sheet of {what} "
    "needs a column such as {examples}. Nothing was imported.",
)
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "import",
    "“{name}” is neither UTF-8 nor GBK text. Save it from Excel as “CSV UTF-8” or as .xlsx. "
    "Nothing was imported.",
)
EMPTY = QT_TRANSLATE_NOOP("import", "“{name}” has no rows. Nothing was imported.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "import", "“{name}” has more than {limit} rows: split it into several files."
)


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            NOT_A_SHEET, name=path.name, reason=str(exc) or type(exc).__name__
        ) from exc
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        rows: list[list[Any]] = []
        for row in ws.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise ImportFileError(TOO_MANY, name=path.name, limit=MAX_ROWS)
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason=str(exc)) from exc
    finally:
        wb.close()


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding found: UTF-8 (with or without BOM) or GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # GB18030 is a superset of GBK: a GBK file always decodes, and stray GB18030 chars too.
    return data.decode("gb18030"), "gbk"


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason="binary data")
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as exc:
        raise ImportFileError(BAD_ENCODING, name=path.name) from exc
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError(TOO_MANY, name=path.name, limit=MAX_ROWS)
    return rows, encoding


def read_sheet(path: str | Path, kind: ImportKind) -> Sheet:
    """Read a .xlsx or .csv file and find its header row. Raises ImportFileError."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason="no such file")
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason=exc.strerror or str(exc)) from exc
    encoding = ""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(OLD_XLS, name=path.name)
    if head.startswith(b"PK") or path.suffix.lower() in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    else:
        raw, encoding = _read_csv(path)
    raw = [r for r in raw]
    if not any(any(_blank(c) is False for c in r) for r in raw):
        raise ImportFileError(EMPTY, name=path.name)
    best, best_score = -1, 0
    for i, row in enumerate(raw[:HEADER_SCAN_ROWS]):
        score = sum(1 for c in row if not _blank(c) and recognise(kind, c))
        if score > best_score:
            best, best_score = i, score
    if best < 0 or best_score < 2:
        what = (
            _t(QT_TRANSLATE_NOOP("import", "tenants"))
            if kind == ImportKind.TENANTS
            else _t(QT_TRANSLATE_NOOP("import", "quarterly figures"))
        )
        examples = (
            "企业名称 / name, 统一社会信用代码 / credit_code"
            if kind == ImportKind.TENANTS
            else "统一社会信用代码 / credit_code, 期间 / period, 营业收入 / revenue"
        )
        raise ImportFileError(
            NO_HEADER, rows=HEADER_SCAN_ROWS, name=path.name, what=what, examples=examples
        )
    headers = ["" if _blank(c) else str(c).strip() for c in raw[best]]
    rows = []
    for r in raw[best + 1 :]:
        rows.append(list(r) + [None] * (len(headers) - len(r)))
    return Sheet(path, best + 1, headers, rows, encoding)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def auto_mapping(kind: ImportKind, sheet: Sheet) -> dict[int, str]:
    """Column index → column key for every header recognised (first occurrence wins)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(sheet.headers):
        key = recognise(kind, h)
        if key and key not in taken:
            mapping[i] = key
            taken.add(key)
    return mapping


# --- Reading values -----------------------------------------------------------------------------

NOT_A_DATE = QT_TRANSLATE_NOOP("import", "“{value}” is not a date (use 2024-03-15).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("import", "“{value}” is not a number.")
NOT_WHOLE = QT_TRANSLATE_NOOP("import", "“{value}” is not a whole number.")
NOT_YES_NO = QT_TRANSLATE_NOOP("import", "“{value}” is not yes/no (是/否).")
UNKNOWN_STAGE = QT_TRANSLATE_NOOP(
    "import", "“{value}” is not a stage (苗圃, 在孵, 加速, 毕业, 退出 or the English names)."
)
UNKNOWN_LISTING = QT_TRANSLATE_NOOP(
    "import", "“{value}” is not a listing status (无, 新三板, 上市, 被收购, 合并)."
)
UNKNOWN_LOOKUP = QT_TRANSLATE_NOOP(
    "import", "“{value}” is not in the list of {list}: add it in Settings or correct it."
)
NEGATIVE = QT_TRANSLATE_NOOP("import", "A negative amount is not allowed here.")
REQUIRED = QT_TRANSLATE_NOOP("import", "This column is required.")
CODE_KEY = QT_TRANSLATE_NOOP(
    "import", "A credit code is required: it identifies the tenant on every later import."
)
SAME_AS_ROW = QT_TRANSLATE_NOOP("import", "The same {what} as row {row}.")
NO_TENANT = QT_TRANSLATE_NOOP(
    "import", "No tenant has this {what}: import or create the tenant first."
)
BAD_PERIOD = QT_TRANSLATE_NOOP("import", "“{value}” is not a quarter such as 2026Q3.")
INVESTMENT_DIFFERS = QT_TRANSLATE_NOOP(
    "import",
    "The quarter already has investments totalling {total}; correct them in the tenant's "
    "figures instead.",
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "import", "The file has no {column} column: map one in the mapping step."
)

_STAGES = {
    **{s.value: s for s in Stage},
    "pre-incubation": Stage.PRE_INCUBATION,
    "preincubation": Stage.PRE_INCUBATION,
    "苗圃": Stage.PRE_INCUBATION,
    "预孵化": Stage.PRE_INCUBATION,
    "创业苗圃": Stage.PRE_INCUBATION,
    "在孵": Stage.INCUBATING,
    "孵化": Stage.INCUBATING,
    "孵化中": Stage.INCUBATING,
    "孵化器": Stage.INCUBATING,
    "加速": Stage.ACCELERATING,
    "加速器": Stage.ACCELERATING,
    "加速中": Stage.ACCELERATING,
    "毕业": Stage.GRADUATED,
    "已毕业": Stage.GRADUATED,
    "退出": Stage.EXITED,
    "已退出": Stage.EXITED,
    "迁出": Stage.EXITED,
}
_LISTING = {
    **{s.value: s for s in ListingStatus},
    "": ListingStatus.NONE,
    "无": ListingStatus.NONE,
    "否": ListingStatus.NONE,
    "未上市": ListingStatus.NONE,
    "新三板": ListingStatus.QUOTED,
    "挂牌": ListingStatus.QUOTED,
    "已挂牌": ListingStatus.QUOTED,
    "上市": ListingStatus.LISTED,
    "已上市": ListingStatus.LISTED,
    "被收购": ListingStatus.ACQUIRED,
    "收购": ListingStatus.ACQUIRED,
    "合并": ListingStatus.MERGED,
    "被合并": ListingStatus.MERGED,
}
_YES = {"是", "yes", "y", "true", "1", "√", "✓", "有", "已认定", "t"}
_NO = {"否", "no", "n", "false", "0", "×", "无", "", "未认定", "f"}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日", "%Y-%m-%d %H:%M:%S")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_INJECTION_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def text_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    # An export neutralises formula-like text with a leading apostrophe: take it off again.
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):
        text = text[1:]
    return text


class _Bad(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_value(value)
    if not text:
        return None
    m = _ISO_DATE.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise _Bad(_t(NOT_A_DATE, value=text[:40])) from None
    folded = unicodedata.normalize("NFKC", text)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(folded, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{5}(\.0+)?", folded):  # an Excel day number that lost its format
        serial = int(float(folded))
        if 20_000 <= serial <= 80_000:
            return dt.date(1899, 12, 30) + dt.timedelta(days=serial)
    raise _Bad(_t(NOT_A_DATE, value=text[:40]))


def parse_decimal(value: Any, factor: int = 1) -> Decimal | None:
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise _Bad(_t(NOT_A_NUMBER, value=value))
        return None
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    else:
        text = unicodedata.normalize("NFKC", text_value(value))
        cleaned = re.sub(r"[,\s¥￥元]", "", text)
        if not cleaned or cleaned in ("-", "—"):
            return None
        negative = cleaned.startswith("(") and cleaned.endswith(")")
        if negative:
            cleaned = "-" + cleaned[1:-1]
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise _Bad(_t(NOT_A_NUMBER, value=text[:40])) from None
        if not amount.is_finite():
            raise _Bad(_t(NOT_A_NUMBER, value=text[:40]))
    return (amount * factor).quantize(FEN, rounding=ROUND_HALF_UP)


def parse_int(value: Any) -> int | None:
    amount = parse_decimal(value)
    if amount is None:
        return None
    if amount != amount.to_integral_value():
        raise _Bad(_t(NOT_WHOLE, value=text_value(value)[:40]))
    return int(amount)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _norm(text_value(value))
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _Bad(_t(NOT_YES_NO, value=text_value(value)[:40]))


# --- Planning -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    column: str  # the header as the file has it ("" when the row as a whole is wrong)
    message: str


@dataclass
class RowReport:
    row: int  # the row number in the file, as Excel shows it
    outcome: Outcome
    label: str  # name or credit code, for people to find the row
    problems: list[Problem] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # column keys that change on update


@dataclass
class ImportPlan:
    kind: ImportKind
    sheet: Sheet
    mapping: dict[int, str]
    reports: list[RowReport]
    _payloads: list[Any] = field(default_factory=list, repr=False)
    _limits: dict[int | None, int] = field(default_factory=dict, repr=False)

    def counts(self) -> dict[Outcome, int]:
        out = {o: 0 for o in Outcome}
        for r in self.reports:
            out[r.outcome] += 1
        return out

    def summary(self) -> str:
        c = self.counts()
        return (
            f"created {c[Outcome.CREATED]}, updated {c[Outcome.UPDATED]}, "
            f"unchanged {c[Outcome.UNCHANGED]}, rejected {c[Outcome.REJECTED]}"
        )

    @property
    def writable(self) -> int:
        c = self.counts()
        return c[Outcome.CREATED] + c[Outcome.UPDATED]


@dataclass
class _TenantRow:
    report: RowReport
    values: dict[str, Any]  # column key → parsed value, only the mapped columns
    existing_id: int | None


@dataclass
class _FigureRow:
    report: RowReport
    tenant_id: int
    year: int
    quarter: int
    values: dict[str, Any]
    snapshot_id: int | None
    investment: tuple[Decimal, str, str] | None


class _Lookups:
    def __init__(self, s: Session) -> None:
        self.by: dict[LookupCategory, dict[str, int]] = {c: {} for c in LookupCategory}
        self.names: dict[LookupCategory, str] = {
            LookupCategory.INDUSTRY: _t(QT_TRANSLATE_NOOP("import", "industries")),
            LookupCategory.TECH_FIELD: _t(QT_TRANSLATE_NOOP("import", "technology fields")),
            LookupCategory.REGISTRATION_TYPE: _t(QT_TRANSLATE_NOOP("import", "registration types")),
        }
        for item in s.scalars(select(LookupItem)):
            table = self.by[item.category]
            for key in (item.code, item.name_zh, item.name_en):
                if key:
                    table.setdefault(_norm(key), item.id)

    def find(self, category: LookupCategory, value: Any) -> int | None:
        text = text_value(value)
        if not text:
            return None
        found = self.by[category].get(_norm(text))
        if found is None:
            raise _Bad(_t(UNKNOWN_LOOKUP, value=text[:40], list=self.names[category]))
        return found


_LOOKUP_KIND = {
    "industry": LookupCategory.INDUSTRY,
    "tech_field": LookupCategory.TECH_FIELD,
    "regtype": LookupCategory.REGISTRATION_TYPE,
}


def _parse(spec: ColumnSpec, value: Any, factor: int, lookups: _Lookups) -> Any:
    kind = spec.kind
    if kind in ("text", "code"):
        return text_value(value)
    if kind == "date":
        return parse_date(value)
    if kind == "money":
        amount = parse_decimal(value, factor)
        if amount is not None and amount < 0 and spec.key not in svc.SIGNED_FIGURES:
            raise _Bad(_t(NEGATIVE))
        return amount
    if kind == "int":
        number = parse_int(value)
        if number is not None and number < 0:
            raise _Bad(translate("errors", MUST_NOT_BE_NEGATIVE))
        return number
    if kind == "bool":
        return None if _blank(value) else parse_bool(value)
    if kind == "stage":
        text = text_value(value)
        if not text:
            return None
        stage = _STAGES.get(_norm(text)) or _STAGES.get(text.strip().lower())
        if stage is None:
            raise _Bad(_t(UNKNOWN_STAGE, value=text[:40]))
        return stage
    if kind == "listing":
        text = text_value(value)
        status = _LISTING.get(_norm(text))
        if status is None:
            raise _Bad(_t(UNKNOWN_LISTING, value=text[:40]))
        return status
    if kind in _LOOKUP_KIND:
        return lookups.find(_LOOKUP_KIND[kind], value)
    if kind == "tags":
        return sorted(set(svc.split_tags(text_value(value))))
    if kind == "period":
        text = text_value(value)
        if not text:
            return None
        try:
            period = Period.parse_quarter(unicodedata.normalize("NFKC", text))
        except PeriodError:
            raise _Bad(_t(BAD_PERIOD, value=text[:40])) from None
        return period.year, period.quarter
    raise AssertionError(kind)


def _column_plan(
    kind: ImportKind, sheet: Sheet, mapping: dict[int, str]
) -> list[tuple[int, ColumnSpec, str, int]]:
    """Per mapped column: index, spec, header and unit factor (worked out once per sheet)."""
    out = []
    for index, key in mapping.items():
        header = sheet.headers[index] if index < len(sheet.headers) else key
        out.append((index, spec_of(kind, key), header, split_header(header)[1]))
    return out


def _read_row(
    columns: list[tuple[int, ColumnSpec, str, int]],
    row: list[Any],
    lookups: _Lookups,
) -> tuple[dict[str, Any], list[Problem]]:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    width = len(row)
    for index, spec, header, factor in columns:
        try:
            values[spec.key] = _parse(spec, row[index] if index < width else None, factor, lookups)
        except _Bad as bad:
            problems.append(Problem(header, bad.message))
    return values, problems


def _header_of(mapping: dict[int, str], sheet: Sheet, key: str) -> str:
    for index, k in mapping.items():
        if k == key:
            return sheet.headers[index] or key
    return key


_TENANT_DIRECT = (
    "name_zh",
    "name_en",
    "founded_on",
    "registered_capital",
    "park_address",
    "entry_date",
    "planned_graduation_on",
    "high_tech_enterprise",
    "high_tech_since",
    "listing_status",
    "listing_date",
    "notes",
)
_TENANT_IDS = {
    "industry": "industry_id",
    "tech_field": "tech_field_id",
    "registration_type": "registration_type_id",
}


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def plan_import(
    db: Database,
    kind: ImportKind,
    sheet: Sheet,
    mapping: dict[int, str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> ImportPlan:
    """Check every row against the database; write nothing."""
    mapping = dict(auto_mapping(kind, sheet) if mapping is None else mapping)
    if kind == ImportKind.TENANTS:
        return _plan_tenants(db, sheet, mapping, progress, cancelled, today)
    return _plan_figures(db, sheet, mapping, progress, cancelled, today)


def _tick(progress: Progress | None, cancelled: Callable[[], bool] | None, i: int, n: int) -> None:
    if cancelled is not None and i % 200 == 0 and cancelled():
        raise ImportCancelled(QT_TRANSLATE_NOOP("import", "The import was cancelled."))
    if progress is not None and (i % 200 == 0 or i == n):
        progress(i, n)


def _nonblank_rows(sheet: Sheet) -> list[tuple[int, list[Any]]]:
    return [(i, r) for i, r in enumerate(sheet.rows) if any(not _blank(c) for c in r)]


def _plan_tenants(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    today: dt.date | None,
) -> ImportPlan:
    plan = ImportPlan(ImportKind.TENANTS, sheet, mapping, [])
    columns = _column_plan(ImportKind.TENANTS, sheet, mapping)
    keys = set(mapping.values())
    rows = _nonblank_rows(sheet)
    with db.read() as s:
        lookups = _Lookups(s)
        parsed = []
        codes: list[str] = []
        for n, (i, row) in enumerate(rows):
            _tick(progress, cancelled, n, len(rows) * 2)
            values, problems = _read_row(columns, row, lookups)
            parsed.append((i, values, problems))
            if values.get("credit_code"):
                codes.append(creditcode.normalise(values["credit_code"]))
        existing: dict[str, Tenant] = {}
        tags_of: dict[int, list[str]] = {}
        people_of: dict[int, list[tuple[str, str, str]]] = {}
        for chunk in _chunks(sorted(set(codes))):
            found = list(s.scalars(select(Tenant).where(Tenant.credit_code.in_(chunk))))
            for t in found:
                assert t.credit_code is not None
                existing[t.credit_code] = t
            found_ids = [t.id for t in found]
            if not found_ids:
                continue
            for tid, name in s.execute(
                select(tenant_tags.c.tenant_id, Tag.name)
                .join(Tag, Tag.id == tenant_tags.c.tag_id)
                .where(tenant_tags.c.tenant_id.in_(found_ids))
            ):
                tags_of.setdefault(tid, []).append(name)
            for tid, name, phone, email in s.execute(
                select(Person.tenant_id, Person.name, Person.phone, Person.email).where(
                    Person.tenant_id.in_(found_ids), Person.archived_at.is_(None)
                )
            ):
                people_of.setdefault(tid, []).append((name, phone, email))
        seen: dict[str, int] = {}
        for n, (i, values, problems) in enumerate(parsed):
            _tick(progress, cancelled, len(rows) + n, len(rows) * 2)
            number = sheet.row_number(i)
            label = str(values.get("name_zh") or values.get("credit_code") or "")
            report = RowReport(number, Outcome.REJECTED, label[:80], problems)
            plan.reports.append(report)
            data = svc.TenantInput()
            for key in _TENANT_DIRECT:
                if key in values and values[key] is not None:
                    setattr(data, key, values[key])
            for key, attr in _TENANT_IDS.items():
                if key in values:
                    setattr(data, attr, values[key])
            data.credit_code = values.get("credit_code") or ""
            if "tags" in values:
                data.tags = values["tags"]
            current = None
            if data.credit_code:
                current = existing.get(creditcode.normalise(data.credit_code))
            if current is not None and "name_zh" not in values:
                data.name_zh = current.name_zh
            header_errors = svc.validate_tenant(data, today)
            for key, message in header_errors.items():
                column = {v: k for k, v in _TENANT_IDS.items()}.get(key, key)
                if not any(p.column == _header_of(mapping, sheet, column) for p in problems):
                    problems.append(Problem(_header_of(mapping, sheet, column), message))
            if not data.credit_code and "credit_code" not in header_errors:
                problems.append(Problem(_header_of(mapping, sheet, "credit_code"), _t(CODE_KEY)))
            person = svc.PersonInput(
                name=values.get("contact_name") or "",
                phone=values.get("phone") or "",
                email=values.get("email") or "",
            )
            if person.name or person.phone or person.email:
                if not person.name:
                    person.name = data.name_zh  # a company phone without a contact name
                for key, message in svc.validate_person(person).items():
                    column = {"name": "contact_name"}.get(key, key)
                    problems.append(Problem(_header_of(mapping, sheet, column), message))
            if data.credit_code and data.credit_code in seen and not problems:
                problems.append(
                    Problem(
                        _header_of(mapping, sheet, "credit_code"),
                        _t(
                            SAME_AS_ROW,
                            what=_t(QT_TRANSLATE_NOOP("import", "credit code")),
                            row=seen[data.credit_code],
                        ),
                    )
                )
            if problems:
                continue
            seen[data.credit_code] = number
            values["_data"] = data
            has_person = bool(person.name or person.phone or person.email)
            values["_person"] = person if has_person else None
            if current is None:
                report.outcome = Outcome.CREATED
                plan._payloads.append(_TenantRow(report, values, None))
                continue
            report.changed = _tenant_changes(
                current,
                data,
                values,
                keys,
                tags_of.get(current.id, []),
                people_of.get(current.id, []),
            )
            report.outcome = Outcome.UPDATED if report.changed else Outcome.UNCHANGED
            if report.changed:
                plan._payloads.append(_TenantRow(report, values, current.id))
    if progress is not None:
        progress(1, 1)
    return plan


def _tenant_changes(
    t: Tenant,
    data: svc.TenantInput,
    values: dict[str, Any],
    keys: set[str],
    tags: list[str],
    people: list[tuple[str, str, str]],
) -> list[str]:
    changed = []
    for key in _TENANT_DIRECT:
        if (
            key in keys
            and values.get(key) not in (None, "")
            and getattr(t, key) != getattr(data, key)
        ):
            changed.append(key)
    for key, attr in _TENANT_IDS.items():
        if (
            key in keys
            and getattr(data, attr) is not None
            and getattr(t, attr) != getattr(data, attr)
        ):
            changed.append(key)
    if "stage" in keys and values.get("stage") is not None and values["stage"] != t.stage:
        changed.append("stage")
    if "tags" in keys and sorted(tags) != sorted(data.tags):
        changed.append("tags")
    person: svc.PersonInput | None = values.get("_person")
    if person is not None:
        match = next((p for p in people if p[0] == person.name), None)
        if match is None:
            changed.append("contact_name")
        else:
            if person.phone and match[1] != person.phone:
                changed.append("phone")
            if person.email and match[2] != person.email:
                changed.append("email")
    return changed


def _plan_figures(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    today: dt.date | None,
) -> ImportPlan:
    plan = ImportPlan(ImportKind.FIGURES, sheet, mapping, [])
    columns = _column_plan(ImportKind.FIGURES, sheet, mapping)
    keys = set(mapping.values())
    rows = _nonblank_rows(sheet)
    figure_keys = [k for k in svc.FIGURE_FIELDS if k in keys]
    with db.read() as s:
        lookups = _Lookups(s)
        parsed = []
        codes: set[str] = set()
        names: set[str] = set()
        for n, (i, row) in enumerate(rows):
            _tick(progress, cancelled, n, len(rows) * 2)
            values, problems = _read_row(columns, row, lookups)
            parsed.append((i, values, problems))
            if values.get("credit_code"):
                codes.add(creditcode.normalise(values["credit_code"]))
            elif values.get("name_zh"):
                names.add(values["name_zh"])
        by_code: dict[str, int] = {}
        by_name: dict[str, int] = {}
        for chunk in _chunks(sorted(codes)):
            for code, tid in s.execute(
                select(Tenant.credit_code, Tenant.id).where(Tenant.credit_code.in_(chunk))
            ):
                by_code[code or ""] = tid
        for chunk in _chunks(sorted(names)):
            for name, tid in s.execute(
                select(Tenant.name_zh, Tenant.id).where(Tenant.name_zh.in_(chunk))
            ):
                by_name[name] = tid
        wanted = sorted(set(by_code.values()) | set(by_name.values()))
        snaps: dict[tuple[int, int, int], KpiSnapshot] = {}
        invest: dict[tuple[int, int, int], Decimal] = {}
        for chunk in _chunks(wanted):
            for k in s.scalars(select(KpiSnapshot).where(KpiSnapshot.tenant_id.in_(chunk))):
                snaps[(k.tenant_id, k.year, k.quarter)] = k
            for tid, y, q, total in s.execute(
                select(
                    InvestmentReceived.tenant_id,
                    InvestmentReceived.year,
                    InvestmentReceived.quarter,
                    func.sum(InvestmentReceived.amount),
                )
                .where(InvestmentReceived.tenant_id.in_(chunk))
                .group_by(
                    InvestmentReceived.tenant_id,
                    InvestmentReceived.year,
                    InvestmentReceived.quarter,
                )
            ):
                invest[(tid, y, q)] = total
        seen: dict[tuple[int, int, int], int] = {}
        for n, (i, values, problems) in enumerate(parsed):
            _tick(progress, cancelled, len(rows) + n, len(rows) * 2)
            number = sheet.row_number(i)
            label = str(values.get("name_zh") or values.get("credit_code") or "")
            period = values.get("period")
            if period:
                label = f"{label} {period_text(*period)}"
            report = RowReport(number, Outcome.REJECTED, label[:80], problems)
            plan.reports.append(report)
            tenant_id = None
            code = creditcode.normalise(values.get("credit_code") or "")
            if code:
                tenant_id = by_code.get(code)
                if tenant_id is None:
                    problems.append(
                        Problem(
                            _header_of(mapping, sheet, "credit_code"),
                            _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "credit code"))),
                        )
                    )
            elif values.get("name_zh"):
                tenant_id = by_name.get(values["name_zh"])
                if tenant_id is None:
                    problems.append(
                        Problem(
                            _header_of(mapping, sheet, "name_zh"),
                            _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "name"))),
                        )
                    )
            else:
                problems.append(Problem(_header_of(mapping, sheet, "credit_code"), _t(REQUIRED)))
            if "period" not in keys:
                problems.append(Problem("", _t(MISSING_COLUMN, column="期间 / period")))
            elif period is None and not any(
                p.column == _header_of(mapping, sheet, "period") for p in problems
            ):
                problems.append(Problem(_header_of(mapping, sheet, "period"), _t(REQUIRED)))
            figures = {k: values.get(k) for k in figure_keys}
            if period is not None:
                for key, message in svc.validate_figures(
                    figures, period[0], period[1], today
                ).items():
                    column = (
                        _header_of(mapping, sheet, key)
                        if key != "period"
                        else _header_of(mapping, sheet, "period")
                    )
                    if not any(p.column == column for p in problems):
                        problems.append(Problem(column, message))
            if tenant_id is not None and period is not None:
                key3 = (tenant_id, period[0], period[1])
                if key3 in seen and not problems:
                    problems.append(
                        Problem(
                            "",
                            _t(
                                SAME_AS_ROW,
                                what=_t(QT_TRANSLATE_NOOP("import", "tenant and quarter")),
                                row=seen[key3],
                            ),
                        )
                    )
            if problems or tenant_id is None or period is None:
                continue
            seen[key3] = number
            snap = snaps.get(key3)
            investment = None
            amount = values.get("investment_received")
            if amount:
                have = invest.get(key3)
                if have is None:
                    investment = (
                        amount,
                        values.get("investor") or "",
                        values.get("investment_round") or "",
                    )
                elif have != amount:
                    report.problems.append(
                        Problem(
                            _header_of(mapping, sheet, "investment_received"),
                            _t(INVESTMENT_DIFFERS, total=f"{have:,.2f}"),
                        )
                    )
                    continue
            extra: dict[str, Any] = {k: values[k] or "" for k in ("awards", "notes") if k in keys}
            payload = _FigureRow(
                report,
                tenant_id,
                period[0],
                period[1],
                {**figures, **extra},
                snap.id if snap else None,
                investment,
            )
            if snap is None:
                report.outcome = Outcome.CREATED
            else:
                # An empty cell leaves the stored figure alone.
                report.changed = [
                    k
                    for k, v in payload.values.items()
                    if v not in (None, "") and getattr(snap, k) != v
                ]
                if investment is not None:
                    report.changed.append("investment_received")
                report.outcome = Outcome.UPDATED if report.changed else Outcome.UNCHANGED
            if report.outcome != Outcome.UNCHANGED or investment is not None:
                plan._payloads.append(payload)
    if progress is not None:
        progress(1, 1)
    return plan


# --- Writing ------------------------------------------------------------------------------------


def apply_import(
    db: Database,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[Outcome, int]:
    """Write the plan's valid rows in one unit of work (all of them, or none on any error)."""
    summary = f"import {plan.kind.value} from {plan.sheet.path.name}: {plan.summary()}"
    plan._limits = _limits(db) if plan.kind == ImportKind.TENANTS else {}
    with db.uow(summary=summary) as uow:
        if plan.kind == ImportKind.TENANTS:
            _write_tenants(db, uow.session, plan, progress, cancelled)
        else:
            _write_figures(uow.session, plan, progress, cancelled)
        if cancelled is not None and cancelled():
            raise ImportCancelled(QT_TRANSLATE_NOOP("import", "The import was cancelled."))
        uow.audit(AuditAction.IMPORT, plan.kind.value, None, summary[:500])
        uow.commit()
    svc.invalidate_search(db)
    return plan.counts()


def _limits(db: Database) -> dict[int | None, int]:
    """Incubation limit in months per industry (None: no industry), by the graduation rules.

    Read before the writing transaction opens.
    """
    rules = graduation.rules(db)
    with db.read() as s:
        ids = list(
            s.scalars(select(LookupItem.id).where(LookupItem.category == LookupCategory.INDUSTRY))
        )
    return {
        item_id: graduation.incubation_limit_months(db, item_id, rules) for item_id in (None, *ids)
    }


def _write_tenants(
    db: Database,
    s: Session,
    plan: ImportPlan,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    limits = plan._limits

    def planned(data: svc.TenantInput) -> dt.date | None:
        if data.planned_graduation_on:
            return data.planned_graduation_on
        if data.entry_date is None:
            return None
        months = limits.get(data.industry_id, limits[None])
        return add_months(data.entry_date, months)

    all_tags = sorted({t for p in plan._payloads for t in p.values["_data"].tags})
    tag_ids: dict[str, int] = {}
    if all_tags:
        for chunk in _chunks(all_tags):
            found = s.execute(select(Tag.name, Tag.id).where(Tag.name.in_(chunk)))
            tag_ids.update({name: tag_id for name, tag_id in found})
        for name in all_tags:
            if name not in tag_ids:
                tag = Tag(name=name)
                s.add(tag)
                s.flush()
                tag_ids[name] = tag.id
    creates = [p for p in plan._payloads if p.existing_id is None]
    updates = [p for p in plan._payloads if p.existing_id is not None]
    total = len(plan._payloads)
    done = 0
    now = utcnow()
    today = dt.date.today()
    for chunk in _chunks(creates, 1000):
        if cancelled is not None and cancelled():
            raise ImportCancelled(QT_TRANSLATE_NOOP("import", "The import was cancelled."))
        rows = []
        for p in chunk:
            data: svc.TenantInput = p.values["_data"]
            rows.append(
                {
                    **{k: getattr(data, k) for k in _TENANT_DIRECT},
                    "credit_code": data.credit_code,
                    "industry_id": data.industry_id,
                    "tech_field_id": data.tech_field_id,
                    "registration_type_id": data.registration_type_id,
                    "planned_graduation_on": planned(data),
                    "stage": p.values.get("stage") or Stage.INCUBATING,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        ids = list(
            s.execute(
                insert(Tenant).returning(Tenant.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        links, people, changes = [], [], []
        for p, tenant_id in zip(chunk, ids, strict=True):
            data = p.values["_data"]
            links += [{"tenant_id": tenant_id, "tag_id": tag_ids[t]} for t in data.tags]
            person: svc.PersonInput | None = p.values.get("_person")
            if person is not None:
                people.append(
                    {
                        "tenant_id": tenant_id,
                        "name": person.name,
                        "phone": person.phone,
                        "email": person.email,
                        "role": PersonRole.CONTACT,
                        "is_primary_contact": True,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            changes.append(
                {
                    "tenant_id": tenant_id,
                    "from_stage": None,
                    "to_stage": p.values.get("stage") or Stage.INCUBATING,
                    "changed_on": data.entry_date or today,
                    "reason": _t(
                        QT_TRANSLATE_NOOP("import", "Imported from {name}"),
                        name=plan.sheet.path.name,
                    )[:1000],
                    "operator_id": db.operator_id,
                    "recorded_at": now,
                }
            )
        if links:
            s.execute(insert(tenant_tags), links)
        if people:
            s.execute(insert(Person), people)
        s.execute(insert(StageChange), changes)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    for chunk in _chunks(updates, 500):
        if cancelled is not None and cancelled():
            raise ImportCancelled(QT_TRANSLATE_NOOP("import", "The import was cancelled."))
        loaded = {
            t.id: t
            for t in s.scalars(
                select(Tenant)
                .where(Tenant.id.in_([p.existing_id for p in chunk]))
                .options(selectinload(Tenant.tags), selectinload(Tenant.people))
            )
        }
        for p in chunk:
            t = loaded[p.existing_id]
            data = p.values["_data"]
            changed = set(p.report.changed)
            for key in _TENANT_DIRECT:
                if key in changed:
                    setattr(t, key, getattr(data, key))
            for key, attr in _TENANT_IDS.items():
                if key in changed:
                    setattr(t, attr, getattr(data, attr))
            if changed & {"entry_date", "industry"} and "planned_graduation_on" not in changed:
                data.planned_graduation_on = None
                t.planned_graduation_on = planned(data)
            if "tags" in changed:
                t.tags = [s.get(Tag, tag_ids[n]) for n in data.tags]  # type: ignore[misc]
            if "stage" in changed:
                s.add(
                    StageChange(
                        tenant_id=t.id,
                        from_stage=t.stage,
                        to_stage=p.values["stage"],
                        changed_on=today,
                        reason=_t(
                            QT_TRANSLATE_NOOP("import", "Imported from {name}"),
                            name=plan.sheet.path.name,
                        )[:1000],
                        operator_id=db.operator_id,
                    )
                )
                t.stage = p.values["stage"]
                if t.stage == Stage.GRADUATED and t.graduated_on is None:
                    t.graduated_on = today
            person = p.values.get("_person")
            if person is not None and changed & {"contact_name", "phone", "email"}:
                match = next(
                    (x for x in t.people if x.archived_at is None and x.name == person.name), None
                )
                if match is None:
                    s.add(
                        Person(
                            tenant_id=t.id,
                            name=person.name,
                            phone=person.phone,
                            email=person.email,
                            role=PersonRole.CONTACT,
                        )
                    )
                else:
                    if person.phone:
                        match.phone = person.phone
                    if person.email:
                        match.email = person.email
        s.flush()
        done += len(chunk)
        if progress is not None:
            progress(done, total)


def _write_figures(
    s: Session, plan: ImportPlan, progress: Progress | None, cancelled: Callable[[], bool] | None
) -> None:
    total = len(plan._payloads)
    now = utcnow()
    creates = [p for p in plan._payloads if p.snapshot_id is None]
    updates = [p for p in plan._payloads if p.snapshot_id is not None]
    done = 0
    unnamed = _t(QT_TRANSLATE_NOOP("import", "(investor not named)"))
    for chunk in _chunks(creates, 1000):
        if cancelled is not None and cancelled():
            raise ImportCancelled(QT_TRANSLATE_NOOP("import", "The import was cancelled."))
        s.execute(
            insert(KpiSnapshot),
            [
                {
                    "tenant_id": p.tenant_id,
                    "year": p.year,
                    "quarter": p.quarter,
                    "awards": "",
                    "notes": "",
                    **p.values,
                    "created_at": now,
                    "updated_at": now,
                }
                for p in chunk
            ],
        )
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    for chunk in _chunks(updates, 500):
        loaded = {
            k.id: k
            for k in s.scalars(
                select(KpiSnapshot).where(KpiSnapshot.id.in_([p.snapshot_id for p in chunk]))
            )
        }
        for p in chunk:
            snap = loaded[p.snapshot_id]
            for key in p.report.changed:
                if key in p.values:
                    setattr(
                        snap,
                        key,
                        p.values[key]
                        if p.values[key] is not None or key not in ("awards", "notes")
                        else "",
                    )
        s.flush()
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    investments = [p for p in plan._payloads if p.investment is not None]
    if investments:
        s.execute(
            insert(InvestmentReceived),
            [
                {
                    "tenant_id": p.tenant_id,
                    "year": p.year,
                    "quarter": p.quarter,
                    "amount": p.investment[0],
                    "investor": (p.investment[1] or unnamed)[:200],
                    "round": p.investment[2][:40],
                    "created_at": now,
                    "updated_at": now,
                }
                for p in investments
                if p.investment is not None
            ],
        )


def run_import(
    db: Database,
    kind: ImportKind,
    path: str | Path,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read, plan and (unless dry_run) write: what the command line does."""
    sheet = read_sheet(path, kind)
    plan = plan_import(db, kind, sheet, progress=progress)
    if not dry_run and plan.writable:
        apply_import(db, plan, progress=progress)
    return plan


def report_lines(plan: ImportPlan) -> list[str]:
    """The per-row report as text lines (the command line prints these)."""
    lines = []
    for r in plan.reports:
        if r.outcome == Outcome.REJECTED:
            for p in r.problems:
                where = f", column {p.column}" if p.column else ""
                lines.append(f"row {r.row}{where}: rejected: {r.label}: {p.message}")
        else:
            extra = f" ({', '.join(r.changed)})" if r.changed else ""
            lines.append(f"row {r.row}: {r.outcome.value}: {r.label}{extra}")
    return lines


__all__ = [
    "COLUMNS",
    "ColumnSpec",
    "ImportFileError",
    "ImportKind",
    "ImportPlan",
    "Outcome",
    "Problem",
    "RowReport",
    "Sheet",
    "apply_import",
    "auto_mapping",
    "plan_import",
    "read_sheet",
    "recognise",
    "report_lines",
    "run_import",
    "split_header",
]
