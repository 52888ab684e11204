"""Periods people type (quarters and years) and month arithmetic: one grammar for every layer.

Accepted, with any spacing: ``2026Q3``, ``2026 q3``, ``2026-3``, ``2026/3``, ``2026第3季度``,
``2026年第三季度``, ``2026年3季度``, ``2026三季度`` and a whole year, ``2026`` or ``2026年``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import clock
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP, translate

NOT_A_PERIOD = QT_TRANSLATE_NOOP(
    "errors",
    "“{value}” is not a period: write a quarter such as 2026Q3 or a year such as 2026.",
)
NOT_A_QUARTER = QT_TRANSLATE_NOOP(
    "errors", "“{value}” is not a quarter: write it as 2026Q3 (or 2026-3, 2026第3季度)."
)
NOT_A_MONTH = QT_TRANSLATE_NOOP(
    "errors", "“{value}” is not a month: write it as 2026-11 (or 2026/11, 2026年11月)."
)
FIRST_YEAR, LAST_YEAR = 1990, 2200
_MONTH = re.compile(r"\s*(?P<year>\d{4})\s*(?:[-/.]|年)\s*(?P<month>\d{1,2})\s*月?\s*")

_NUMERALS = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_GRAMMAR = re.compile(
    r"""\s*(?P<year>\d{4})
        (?:(?P<sep>\s*年?\s*(?:[-/Qq]|第)?\s*)(?P<quarter>[1-4一二三四])\s*(?P<suffix>季度|季)?
         |\s*年)?\s*""",
    re.VERBOSE,
)


class PeriodError(ValidationError, ValueError):
    """Text that is not a period; a ValidationError on the field "period"."""

    def __init__(self, template: str, value: str) -> None:
        super().__init__({"period": translate("errors", template, value=value)})
        self.value = value


@dataclass(frozen=True, order=True)
class Period:
    """A quarter (``2026Q3``) or a whole year (``2026``)."""

    year: int
    quarter: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        """The period `text` names; PeriodError (a ValidationError) otherwise."""
        raw = "" if text is None else str(text)
        m = _GRAMMAR.fullmatch(raw)
        # "2026-3" and "2026三季度" name a quarter; "20263" names nothing.
        joined = m is not None and m["quarter"] and not (m["sep"] or m["suffix"])
        if not m or joined or not FIRST_YEAR <= int(m["year"]) <= LAST_YEAR:
            raise PeriodError(NOT_A_PERIOD, raw)
        quarter = _NUMERALS[m["quarter"]] if m["quarter"] else None
        return cls(int(m["year"]), quarter)

    @classmethod
    def parse_quarter(cls, text: str) -> Period:
        """Like `parse`, but a whole year is refused: the text must name one quarter."""
        period = cls.parse(text)
        if period.quarter is None:
            raise PeriodError(NOT_A_QUARTER, str(text))
        return period

    @classmethod
    def of(cls, day: dt.date) -> Period:
        """The quarter `day` falls in."""
        return cls(*quarter_of(day))

    @property
    def label(self) -> str:
        return f"{self.year}Q{self.quarter}" if self.quarter else str(self.year)

    def __str__(self) -> str:
        return self.label

    @property
    def quarters(self) -> list[tuple[int, int]]:
        if self.quarter:
            return [(self.year, self.quarter)]
        return [(self.year, q) for q in (1, 2, 3, 4)]

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, (self.quarter - 1) * 3 + 1 if self.quarter else 1, 1)

    @property
    def end(self) -> dt.date:
        if self.quarter:
            return quarter_end(self.year, self.quarter)
        return dt.date(self.year, 12, 31)

    def previous(self) -> Period:
        if self.quarter is None:
            return Period(self.year - 1)
        return Period(*previous_quarter(self.year, self.quarter))


def parse_month(text: str) -> dt.date:
    """The first day of the month `text` names (``2026-11``, ``2026/11``, ``2026.11``,
    ``2026年11月``); PeriodError (a ValidationError on "period") otherwise."""
    raw = "" if text is None else str(text)
    m = _MONTH.fullmatch(raw)
    if not m or not 1 <= int(m["month"]) <= 12 or not FIRST_YEAR <= int(m["year"]) <= LAST_YEAR:
        raise PeriodError(NOT_A_MONTH, raw)
    return dt.date(int(m["year"]), int(m["month"]), 1)


def period_text(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def last_complete_quarter(today: dt.date | None = None) -> tuple[int, int]:
    return previous_quarter(*quarter_of(today or clock.today()))


def quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; the 31st becomes the last day of a shorter month."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from `start` to `end` (0 during the first month, or when end < start)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from `first`'s month to `last`'s, inclusive."""
    out: list[dt.date] = []
    day = first.replace(day=1)
    while day <= last:
        out.append(day)
        day = add_months(day, 1)
    return out
