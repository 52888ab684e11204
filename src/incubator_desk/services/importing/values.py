"""Reading the values of cells: text, dates, amounts in their unit, yes/no, stages, lists."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ...core.money import MoneyUnit, from_unit
from ...core.periods import Period, PeriodError
from ...core.text import fold
from ...core.vocabularies import ListingStatus, LookupCategory, Stage
from ...models import LookupAlias, LookupItem
from ..spreadsheets import FORMULA_PREFIXES
from ..tenants import SIGNED_FIGURES, split_tags
from ..tenants.checks import MAX_MONEY, TOO_BIG, control_problem
from ..tenants.checks import NEGATIVE as MUST_NOT_BE_NEGATIVE
from .columns import ColumnSpec, ImportKind, spec_of, split_header
from .lists import ListChoice, PendingEntry, Unknown, UnknownValue, ValueKey
from .plan import Problem
from .reading import Sheet, blank

FEN = Decimal("0.01")

_t = Translator("import")

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
TOO_LARGE = QT_TRANSLATE_NOOP("import", "“{value}” is too large to be right here.")
BAD_PERIOD = QT_TRANSLATE_NOOP("import", "“{value}” is not a quarter such as 2026Q3.")

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


def text_value(value: Any) -> str:
    """A cell as trimmed text ("" when empty), without the export's formula apostrophe."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    # An export neutralises formula-like text with a leading apostrophe: take it off again.
    if text.startswith("'") and text[1:].startswith(FORMULA_PREFIXES):
        text = text[1:]
    return text


class CellError(Exception):
    """A cell that cannot be read as its column's kind of value; the message says why."""

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
            raise CellError(_t(NOT_A_DATE, value=text[:40])) from None
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
    raise CellError(_t(NOT_A_DATE, value=text[:40]))


def parse_decimal(value: Any, unit: MoneyUnit = MoneyUnit.YUAN) -> Decimal | None:
    """An amount written in `unit`, in yuan to the fen; None when the cell is empty."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise CellError(_t(NOT_A_NUMBER, value=value))
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
            raise CellError(_t(NOT_A_NUMBER, value=text[:40])) from None
    if not amount.is_finite():
        raise CellError(_t(NOT_A_NUMBER, value=text_value(value)[:40]))
    if amount.adjusted() >= MAX_DIGITS:  # before arithmetic that would overflow
        raise CellError(_t(TOO_LARGE, value=text_value(value)[:40]))
    return from_unit(amount, unit).quantize(FEN, rounding=ROUND_HALF_UP)


def parse_int(value: Any) -> int | None:
    amount = parse_decimal(value)
    if amount is None:
        return None
    if amount != amount.to_integral_value():
        raise CellError(_t(NOT_WHOLE, value=text_value(value)[:40]))
    return int(amount)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = fold(text_value(value))
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(_t(NOT_YES_NO, value=text_value(value)[:40]))


LIST_NAMES = {
    LookupCategory.INDUSTRY: QT_TRANSLATE_NOOP("import", "industries"),
    LookupCategory.TECH_FIELD: QT_TRANSLATE_NOOP("import", "technology fields"),
    LookupCategory.REGISTRATION_TYPE: QT_TRANSLATE_NOOP("import", "registration types"),
    LookupCategory.SECTOR: QT_TRANSLATE_NOOP("import", "sectors (GB/T 4754)"),
}


class LookupNames:
    """The entries of the lists, found by code, name in either language or other name.

    A value found nowhere is collected in `unknown` (with how many rows have it), and is
    then read as `choices` says for it, else as `unknown_policy` says.
    """

    def __init__(
        self,
        s: Session,
        unknown_policy: Unknown = Unknown.REJECT,
        choices: Mapping[ValueKey, ListChoice] | None = None,
    ) -> None:
        self.by: dict[LookupCategory, dict[str, int]] = {c: {} for c in LookupCategory}
        self.policy = unknown_policy
        self.choices = dict(choices or {})
        self.unknown: dict[ValueKey, UnknownValue] = {}
        for item in s.scalars(select(LookupItem)):
            table = self.by[item.category]
            for key in (item.code, item.name_zh, item.name_en):
                if key:
                    table.setdefault(fold(key), item.id)
        for alias in s.scalars(select(LookupAlias)):
            self.by[alias.category].setdefault(fold(alias.alias), alias.item_id)
        self.known = {item_id for table in self.by.values() for item_id in table.values()}

    def find(
        self, category: LookupCategory, value: Any, column: str = ""
    ) -> int | PendingEntry | None:
        text = text_value(value)
        if not text:
            return None
        key = fold(text)
        found = self.by[category].get(key)
        if found is not None:
            return found
        seen = self.unknown.get((category, key))
        choice = self.choices.get((category, key), self.policy)
        if isinstance(choice, int) and choice not in self.known:
            choice = self.policy  # the entry chosen for it is gone
        if seen is None:
            self.unknown[(category, key)] = UnknownValue(category, text, column, 1, choice)
        else:
            seen.rows += 1
        if isinstance(choice, int):
            return choice
        if choice == Unknown.ADD:
            return PendingEntry(category, key)
        raise CellError(_t(UNKNOWN_LOOKUP, value=text[:40], list=_t(LIST_NAMES[category])))


_LOOKUP_KIND = {
    "industry": LookupCategory.INDUSTRY,
    "tech_field": LookupCategory.TECH_FIELD,
    "regtype": LookupCategory.REGISTRATION_TYPE,
    "sector": LookupCategory.SECTOR,
}
MAX_DIGITS = 15  # a number with more digits before the point is refused before any arithmetic
MAX_COUNT = 1_000_000_000  # a count (staff, patents…) beyond it is a typing slip


def parse_cell(
    spec: ColumnSpec, value: Any, unit: MoneyUnit, lookups: LookupNames, header: str = ""
) -> Any:
    """The value of a cell in the column `spec`; CellError when it cannot be read."""
    kind = spec.kind
    if isinstance(value, str) and (problem := control_problem(value)):
        raise CellError(problem)
    if kind in ("text", "code"):
        return text_value(value)
    if kind == "date":
        return parse_date(value)
    if kind == "money":
        amount = parse_decimal(value, unit)
        if amount is not None and amount < 0 and spec.key not in SIGNED_FIGURES:
            raise CellError(_t(NEGATIVE))
        if amount is not None and abs(amount) >= MAX_MONEY:
            raise CellError(translate("errors", TOO_BIG))
        return amount
    if kind == "int":
        number = parse_int(value)
        if number is not None and number < 0:
            raise CellError(translate("errors", MUST_NOT_BE_NEGATIVE))
        if number is not None and number > MAX_COUNT:
            raise CellError(_t(TOO_LARGE, value=text_value(value)[:40]))
        return number
    if kind == "bool":
        return None if blank(value) else parse_bool(value)
    if kind == "stage":
        text = text_value(value)
        if not text:
            return None
        stage = _STAGES.get(fold(text)) or _STAGES.get(text.strip().lower())
        if stage is None:
            raise CellError(_t(UNKNOWN_STAGE, value=text[:40]))
        return stage
    if kind == "listing":
        text = text_value(value)
        status = _LISTING.get(fold(text))
        if status is None:
            raise CellError(_t(UNKNOWN_LISTING, value=text[:40]))
        return status
    if kind in _LOOKUP_KIND:
        return lookups.find(_LOOKUP_KIND[kind], value, header)
    if kind == "tags":
        return sorted(set(split_tags(text_value(value))))
    if kind == "stat":
        from ..statistics import field, parse

        cell = text_value(value) if isinstance(value, str) else value  # a leading ' taken off
        try:
            return parse(field(spec.key), cell, unit)
        except ValidationError as bad:
            raise CellError(next(iter(bad.fields.values()))) from None
    if kind == "period":
        text = text_value(value)
        if not text:
            return None
        try:
            period = Period.parse_quarter(unicodedata.normalize("NFKC", text))
        except PeriodError:
            raise CellError(_t(BAD_PERIOD, value=text[:40])) from None
        return period.year, period.quarter
    raise AssertionError(kind)


Column = tuple[int, ColumnSpec, str, MoneyUnit]


def column_plan(kind: ImportKind, sheet: Sheet, mapping: dict[int, str]) -> list[Column]:
    """Per mapped column: index, spec, header and money unit (worked out once per sheet)."""
    out = []
    for index, key in mapping.items():
        header = sheet.headers[index] if index < len(sheet.headers) else key
        out.append((index, spec_of(kind, key), header, split_header(header)[1]))
    return out


def read_row(
    columns: list[Column], row: Sequence[Any], lookups: LookupNames
) -> tuple[dict[str, Any], list[Problem]]:
    """Column key → value for every mapped column, and the problems of the cells that failed."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    width = len(row)
    for index, spec, header, unit in columns:
        try:
            values[spec.key] = parse_cell(
                spec, row[index] if index < width else None, unit, lookups, header
            )
        except CellError as bad:
            problems.append(Problem(header, bad.message))
    return values, problems
