"""Quarterly figures summed over a period: which add up (flows), which are read at its end."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ...core import periods
from ...core.periods import Period
from ...models import KpiSnapshot

ZERO = Decimal(0)

# Figures of a quarter that add up over a period (flows) and those read at its end (stocks).
FLOWS = (
    "revenue",
    "net_profit",
    "export_value",
    "rd_spend",
    "taxes_paid",
    "invention_applications",
    "invention_grants",
    "utility_models",
    "software_copyrights",
    "tech_contracts_count",
    "tech_contracts_value",
    "fresh_graduates_hired",
)
STOCKS = (
    "staff_total",
    "staff_rd",
    "staff_phd",
    "staff_master",
    "staff_bachelor",
    "staff_college",
    "staff_returnees",
    "valid_invention_patents",
    "ic_layouts",
)
MONEY = {"revenue", "net_profit", "export_value", "rd_spend", "taxes_paid", "tech_contracts_value"}
SNAP = KpiSnapshot.__table__


def last_complete_quarter(today: dt.date | None = None) -> Period:
    return Period(*periods.last_complete_quarter(today))


@dataclass(frozen=True)
class Figures:
    """A tenant's (or the portfolio's) figures for a period; None: nothing recorded."""

    values: dict[str, Decimal | None]
    quarters: tuple[str, ...]

    def get(self, key: str) -> Decimal | None:
        return self.values.get(key)

    @property
    def empty(self) -> bool:
        return not self.quarters


def number_or_none(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def figures_from(rows: Sequence[Any]) -> Figures:
    """Figures from snapshot rows (ordered by quarter): flows summed, stocks at the last."""
    values: dict[str, Decimal | None] = {}
    for key in FLOWS:
        present = [Decimal(v) for r in rows if (v := getattr(r, key)) is not None]
        values[key] = sum(present, ZERO) if present else None
    for key in STOCKS:
        present = [Decimal(v) for r in rows if (v := getattr(r, key)) is not None]
        values[key] = present[-1] if present else None
    return Figures(values, tuple(f"{r.year}Q{r.quarter}" for r in rows))


def snapshots(s: Any, tenant_id: int) -> list[Any]:
    """A tenant's snapshot rows (plain rows: usable after the session closes), by quarter."""
    return list(
        s.execute(
            select(SNAP).where(SNAP.c.tenant_id == tenant_id).order_by(SNAP.c.year, SNAP.c.quarter)
        )
    )


def in_period(rows: Sequence[Any], period: Period) -> list[Any]:
    wanted = set(period.quarters)
    return [r for r in rows if (r.year, r.quarter) in wanted]


def growth(now: Decimal | None, before: Decimal | None) -> float | None:
    """Relative change from `before` to `now`; None when it cannot be computed."""
    if now is None or before is None or before == 0:
        return None
    return float((now - before) / abs(before))


@dataclass(frozen=True)
class YearFigures:
    year: int
    revenue: Decimal | None
    rd_spend: Decimal | None
    staff_total: Decimal | None
    quarters: tuple[str, ...]


def yearly_figures(rows: Sequence[Any]) -> list[YearFigures]:
    by_year: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_year[r.year].append(r)
    out = []
    for year in sorted(by_year):
        f = figures_from(by_year[year])
        out.append(
            YearFigures(year, f.get("revenue"), f.get("rd_spend"), f.get("staff_total"), f.quarters)
        )
    return out
