"""The figures behind the dashboard's charts, each counted by the database: occupancy per
floor (per building when there are many floors), tenants entering, graduating and exiting per
year, and funding approved and paid per year.

The tenants by stage come with the dashboard's own figures (`overview`); these are read beside
them, off the UI thread, in a few GROUP BY queries whatever the number of tenants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select

from ...core import clock
from ...core.vocabularies import CommitteeDecisionKind, DisbursementStatus, Stage, UnitStatus
from ...db import Store
from ...models import (
    Allocation,
    Building,
    CommitteeDecision,
    Disbursement,
    Floor,
    StageChange,
    Tenant,
    Unit,
)
from ..spaces.allocations import held_on
from ..spaces.lettable import lettable_clause

YEARS = 6  # the years the yearly charts show, this one included
MAX_FLOORS = 12  # more floors than this, and occupancy is shown per building


@dataclass(frozen=True)
class AreaOccupancy:
    """One floor's (or building's) lettable and let area on the day."""

    name: str
    lettable_area: Decimal
    occupied_area: Decimal

    @property
    def share(self) -> float:
        return float(self.occupied_area / self.lettable_area) if self.lettable_area else 0.0


@dataclass(frozen=True)
class YearFlow:
    """Tenants who entered, graduated and exited in one year."""

    year: int
    entered: int
    graduated: int
    exited: int


@dataclass(frozen=True)
class YearMoney:
    """Funding approved by the committee and paid out in one year."""

    year: int
    approved: Decimal
    paid: Decimal


@dataclass(frozen=True)
class DashboardCharts:
    """What the charts add to `overview`, at one date. The last year runs to `on` only."""

    on: dt.date
    areas: list[AreaOccupancy]
    entered: dict[int, int]  # tenants by the year they entered
    left: dict[Stage, dict[int, int]]  # graduated and exited, by year
    money: list[YearMoney]

    @property
    def years(self) -> list[int]:
        return list(range(self.on.year - YEARS + 1, self.on.year + 1))

    @property
    def flows(self) -> list[YearFlow]:
        """Per year: tenants entered, graduated and exited."""
        return [
            YearFlow(
                y,
                self.entered.get(y, 0),
                self.left.get(Stage.GRADUATED, {}).get(y, 0),
                self.left.get(Stage.EXITED, {}).get(y, 0),
            )
            for y in self.years
        ]


def _areas(
    lettable: dict[tuple[int, str, int, int, str], Decimal], occupied: dict[int, Decimal]
) -> list[AreaOccupancy]:
    """Per floor, named with its building; per building when the floors are too many."""
    cent = Decimal("0.01")
    if len(lettable) <= MAX_FLOORS:
        return [
            AreaOccupancy(
                f"{bname} {fname or level}", area, occupied.get(fid, Decimal(0)).quantize(cent)
            )
            for (_bid, bname, fid, level, fname), area in lettable.items()
        ]
    per: dict[int, list[Any]] = {}
    for (bid, bname, fid, _level, _fname), area in lettable.items():
        entry = per.setdefault(bid, [bname, Decimal(0), Decimal(0)])
        entry[1] += area
        entry[2] += occupied.get(fid, Decimal(0))
    return [AreaOccupancy(n, a, o.quantize(cent)) for n, a, o in per.values()]


def _year(col: Any) -> Any:
    return func.extract("year", col)


def dashboard_charts(db: Store, on: dt.date | None = None) -> DashboardCharts:
    """What the charts need besides `overview`, on `on` (today): the last YEARS years."""
    on = on or clock.today()
    first = dt.date(on.year - YEARS + 1, 1, 1)
    with db.read() as s:
        live = and_(lettable_clause(), Unit.status != UnitStatus.RETIRED)
        floor_key = (Building.id, Building.name, Unit.floor_id, Floor.level, Floor.name)
        lettable = {
            (bid, bname, fid, level, fname): Decimal(str(area or 0))
            for bid, bname, fid, level, fname, area in s.execute(
                select(*floor_key, func.coalesce(func.sum(Unit.area_m2), 0))
                .join(Unit, Unit.building_id == Building.id)
                .join(Floor, Floor.id == Unit.floor_id)
                .where(live)
                .group_by(*floor_key)
                .order_by(Building.name, Building.id, Floor.level)
            )
        }
        taken = (
            select(
                Unit.id,
                Unit.floor_id,
                Unit.area_m2,
                Unit.desk_count,
                func.sum(Allocation.desks).label("d"),
            )
            .join(Allocation, Allocation.unit_id == Unit.id)
            .where(live, held_on(on))
            .group_by(Unit.id, Unit.floor_id, Unit.area_m2, Unit.desk_count)
            .subquery()
        )
        # As on the dashboard's card: an open-desk area counts in proportion to the desks let.
        share = case(
            (
                and_(taken.c.d.is_not(None), taken.c.desk_count > 0),
                taken.c.area_m2 * taken.c.d / taken.c.desk_count,
            ),
            else_=taken.c.area_m2,
        )
        occupied = {
            fid: Decimal(str(area or 0))
            for fid, area in s.execute(
                select(taken.c.floor_id, func.coalesce(func.sum(share), 0)).group_by(
                    taken.c.floor_id
                )
            )
        }
        # Archived tenants are hidden everywhere: left out by id, so that counting the
        # entries reads the entry-date index alone, not every tenant's row.
        archived = select(Tenant.id).where(Tenant.archived_at.is_not(None))
        entered = {
            int(year): int(n)
            for year, n in s.execute(
                select(_year(Tenant.entry_date), func.count())
                .where(Tenant.entry_date.between(first, on), Tenant.id.not_in(archived))
                .group_by(_year(Tenant.entry_date))
            )
            if year is not None
        }
        left: dict[Stage, dict[int, int]] = {Stage.GRADUATED: {}, Stage.EXITED: {}}
        for stage, year, n in s.execute(
            select(
                StageChange.to_stage,
                _year(StageChange.changed_on),
                func.count(func.distinct(StageChange.tenant_id)),
            )
            .where(
                StageChange.to_stage.in_(tuple(left)),
                StageChange.changed_on.between(first, on),
                StageChange.tenant_id.not_in(archived),
            )
            .group_by(StageChange.to_stage, _year(StageChange.changed_on))
        ):
            left[Stage(stage)][int(year)] = int(n)
        approved: dict[Any, Any] = dict(
            s.execute(
                select(
                    _year(CommitteeDecision.meeting_date),
                    func.coalesce(func.sum(CommitteeDecision.amount_approved), 0),
                )
                .where(
                    CommitteeDecision.decision == CommitteeDecisionKind.APPROVED,
                    CommitteeDecision.meeting_date.between(first, on),
                )
                .group_by(_year(CommitteeDecision.meeting_date))
            ).all()
        )
        paid: dict[Any, Any] = dict(
            s.execute(
                select(_year(Disbursement.paid_on), func.coalesce(func.sum(Disbursement.amount), 0))
                .where(
                    Disbursement.status == DisbursementStatus.PAID,
                    Disbursement.paid_on.between(first, on),
                )
                .group_by(_year(Disbursement.paid_on))
            ).all()
        )
    money = [
        YearMoney(
            y,
            Decimal(str(approved.get(y, 0) or 0)),
            Decimal(str(paid.get(y, 0) or 0)),
        )
        for y in range(first.year, on.year + 1)
    ]
    return DashboardCharts(on, _areas(lettable, occupied), entered, left, money)
