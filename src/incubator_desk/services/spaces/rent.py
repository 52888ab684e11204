"""What one allocation costs in one month: the days held, list and agreed rent pro rata by day,
and the rent subsidy by the policy in force on each of those days.

The rent roll and the bills both read `month_rent`, so the two can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ...core.money import to_fen
from ...core.periods import add_months
from .policies import subsidy_percent


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of `month`'s month."""
    first = month.replace(day=1)
    return first, add_months(first, 1) - dt.timedelta(days=1)


@dataclass(frozen=True)
class Span:
    """Consecutive days with the same value (a subsidy percent, a rate)."""

    start: dt.date
    end: dt.date
    value: Decimal

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def spans(start: dt.date, end: dt.date, value_on: Callable[[dt.date], Decimal]) -> list[Span]:
    """The days from `start` to `end` grouped into runs of equal `value_on(day)`."""
    out: list[Span] = []
    day = start
    while day <= end:
        value = value_on(day)
        if out and out[-1].value == value and out[-1].end + dt.timedelta(days=1) == day:
            last = out[-1]
            out[-1] = Span(last.start, day, value)
        else:
            out.append(Span(day, day, value))
        day += dt.timedelta(days=1)
    return out


@dataclass(frozen=True)
class MonthRent:
    """One allocation's rent for one month.

    Each amount is worked out exactly and rounded to the fen once: rent = monthly × days held ÷
    days in the month; subsidy = Σ monthly × days at a percent ÷ days in the month × percent.
    """

    month: dt.date  # its first day
    start: dt.date  # the first and last day held within the month
    end: dt.date
    days_in_month: int
    list_rent: Decimal
    agreed_rent: Decimal
    subsidy_spans: tuple[Span, ...]  # the subsidy percent on each day held
    subsidy: Decimal

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def rent_due(self) -> Decimal:
        return self.agreed_rent - self.subsidy

    @property
    def subsidy_percent(self) -> Decimal:
        """The percent on the first day held (the subsidy may step within the month)."""
        return self.subsidy_spans[0].value


def month_rent(
    month: dt.date,
    held_from: dt.date,
    held_to: dt.date | None,
    monthly_list: Decimal,
    monthly_agreed: Decimal,
    steps: list[dict[str, Any]] | None,
    override: Decimal | None,
    subsidy_since: dt.date,
) -> MonthRent | None:
    """The rent of an allocation held from `held_from` to `held_to` (inclusive; None: open)
    for `month`, with the subsidy of `steps` counted from `subsidy_since` (the tenant's entry)
    day by day; None if it is not held in that month."""
    first, last = month_bounds(month)
    start = max(held_from, first)
    end = min(held_to or last, last)
    if end < start:
        return None
    dim = Decimal(last.day)
    days = Decimal((end - start).days + 1)
    runs = spans(start, end, lambda day: subsidy_percent(steps, override, subsidy_since, day))
    subsidy = sum(
        (monthly_agreed * Decimal(r.days) / dim * r.value / 100 for r in runs), Decimal(0)
    )
    return MonthRent(
        month=first,
        start=start,
        end=end,
        days_in_month=last.day,
        list_rent=to_fen(monthly_list * days / dim),
        agreed_rent=to_fen(monthly_agreed * days / dim),
        subsidy_spans=tuple(runs),
        subsidy=to_fen(subsidy),
    )


__all__ = ["MonthRent", "Span", "month_bounds", "month_rent", "spans"]
