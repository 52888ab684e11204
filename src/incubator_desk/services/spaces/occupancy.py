"""Occupancy of the lettable units: by site and building on a date, by month, vacancies, and
allocations ending soon."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.periods import month_starts
from ...core.vocabularies import AllocationStatus, RentBasis, UnitKind, UnitStatus
from ...db import Store
from ...models import Allocation, Building, Site, Unit
from ...models.base import FEN
from .allocations import allocation_rows, held_on
from .lettable import allocatable_clause, lettable_clause
from .rows import AllocationRow


@dataclass(frozen=True)
class OccupancyRow:
    """Occupancy of a site or a building at a date."""

    level: str  # "site" or "building"
    id: int
    name: str
    units: int
    occupied_units: int
    area: Decimal
    occupied_area: Decimal
    desks: int
    desks_taken: int

    @property
    def area_share(self) -> float | None:
        return float(self.occupied_area / self.area) if self.area else None

    @property
    def desk_share(self) -> float | None:
        return self.desks_taken / self.desks if self.desks else None


@dataclass(frozen=True)
class TrendSeries:
    """Monthly occupancy by area (share 0..1) on the first day of each month."""

    id: int
    name: str
    values: list[float | None]


@dataclass(frozen=True)
class Trend:
    months: list[dt.date]
    buildings: list[TrendSeries]
    total: TrendSeries


@dataclass(frozen=True)
class VacancyRow:
    unit_id: int
    label: str
    kind: UnitKind
    area_m2: Decimal
    free_desks: int | None
    list_rent: Decimal
    rent_basis: RentBasis
    vacant_since: dt.date | None


def _lettable_units(s: Session) -> list[Any]:
    return list(
        s.execute(
            select(Unit.id, Unit.building_id, Unit.kind, Unit.area_m2, Unit.desk_count).where(
                lettable_clause(), Unit.status != UnitStatus.RETIRED
            )
        ).all()
    )


def _desks_taken(s: Session, on: dt.date) -> dict[int, int | None]:
    """Units held on `on`: unit id -> desks allocated, or None when held whole."""
    taken: dict[int, int | None] = {}
    for uid, desks in s.execute(select(Allocation.unit_id, Allocation.desks).where(held_on(on))):
        if uid in taken and taken[uid] is None:
            continue
        taken[uid] = None if desks is None else (taken.get(uid) or 0) + desks
    return taken


def _building_name(code: str, name: str) -> str:
    return name if name.startswith(code) else f"{code} {name}".strip()


def occupancy(db: Store, on: dt.date | None = None) -> list[OccupancyRow]:
    """Occupancy by units, area and desks for each site and building on a date.

    An open-desk area counts by area in proportion to its desks taken.
    """
    on = on or clock.today()
    with db.read() as s:
        units = _lettable_units(s)
        taken = _desks_taken(s, on)
        buildings = s.execute(
            select(Building.id, Building.code, Building.name, Building.site_id)
        ).all()
        sites = dict(s.execute(select(Site.id, Site.name)).all())
    # per building: units, occupied units, area, occupied area, desks, desks taken
    agg: dict[int, list[Any]] = {b.id: [0, 0, Decimal(0), Decimal(0), 0, 0] for b in buildings}
    for uid, bid, kind, area, desk_count in units:
        a = agg.setdefault(bid, [0, 0, Decimal(0), Decimal(0), 0, 0])
        a[0] += 1
        a[2] += area
        if kind == UnitKind.OPEN_DESK:
            a[4] += desk_count
        if uid in taken:
            d = taken[uid]
            a[1] += 1
            if kind == UnitKind.OPEN_DESK and desk_count:
                used = desk_count if d is None else min(d, desk_count)
                a[3] += area * used / desk_count
                a[5] += used
            else:
                a[3] += area
    out: list[OccupancyRow] = []
    by_site: dict[int, list[Any]] = {}
    for b in sorted(buildings, key=lambda b: (sites.get(b.site_id, ""), b.code)):
        a = agg[b.id]
        site_total = by_site.setdefault(b.site_id, [0, 0, Decimal(0), Decimal(0), 0, 0])
        for i in range(6):
            site_total[i] += a[i]
        out.append(
            OccupancyRow(
                "building",
                b.id,
                _building_name(b.code, b.name),
                a[0],
                a[1],
                a[2],
                a[3].quantize(FEN),
                a[4],
                a[5],
            )
        )
    for sid, a in by_site.items():
        out.append(
            OccupancyRow(
                "site", sid, sites.get(sid, ""), a[0], a[1], a[2], a[3].quantize(FEN), a[4], a[5]
            )
        )
    out.sort(key=lambda r: (r.level != "site", r.name))
    return out


def occupancy_trend(db: Store, first: dt.date, last: dt.date) -> Trend:
    """Occupancy by area on the first day of each month from `first` to `last`, by building
    and in total. One pass over the allocations, with a difference array per building."""
    months = month_starts(first, last)
    n = len(months)
    if not months:
        return Trend([], [], TrendSeries(0, "", []))
    with db.read() as s:
        units = _lettable_units(s)
        conn = s.connection()  # plain rows: no ORM bookkeeping for 20,000 allocations
        rows = conn.execute(
            select(
                Allocation.unit_id, Allocation.desks, Allocation.start_date, Allocation.end_date
            ).where(
                Allocation.status != AllocationStatus.CANCELLED,
                Allocation.start_date <= months[-1],
                or_(Allocation.end_date.is_(None), Allocation.end_date >= months[0]),
            )
        ).fetchall()
        buildings = s.execute(
            select(Building.id, Building.code, Building.name).order_by(Building.code)
        ).all()
    ordinals = [m.toordinal() for m in months]
    diff: dict[int, list[float]] = {b.id: [0.0] * (n + 1) for b in buildings}
    total_area: dict[int, float] = {b.id: 0.0 for b in buildings}
    # unit id -> (its building's difference array, area held whole, area per desk)
    shares: dict[int, tuple[list[float], float, float]] = {}
    for uid, bid, kind, area, desk_count in units:
        a = float(area)
        total_area[bid] = total_area.get(bid, 0.0) + a
        per_desk = a / desk_count if kind == UnitKind.OPEN_DESK and desk_count else 0.0
        shares[uid] = (diff.setdefault(bid, [0.0] * (n + 1)), a, per_desk)
    first_ord, bisect_left, bisect_right = ordinals[0], bisect.bisect_left, bisect.bisect_right
    for uid, desks, start, end in rows:
        found = shares.get(uid)
        if found is None:
            continue
        d, whole, per_desk = found
        share = min(desks * per_desk, whole) if desks and per_desk else whole
        so = start.toordinal()
        lo = 0 if so <= first_ord else bisect_left(ordinals, so)
        hi = n if end is None else bisect_right(ordinals, end.toordinal())
        if lo < hi:
            d[lo] += share
            d[hi] -= share
    series = []
    all_occ = [0.0] * n
    all_area = sum(total_area.values())
    for b in buildings:
        d = diff[b.id]
        area = total_area.get(b.id, 0.0)
        level, values = 0.0, []
        for i in range(n):
            level += d[i]
            all_occ[i] += level
            values.append(min(level / area, 1.0) if area else None)
        series.append(TrendSeries(b.id, _building_name(b.code, b.name), values))
    total = TrendSeries(0, "", [min(v / all_area, 1.0) if all_area else None for v in all_occ])
    return Trend(months, series, total)


def vacancies(db: Store, on: dt.date | None = None) -> list[VacancyRow]:
    """Allocatable units not fully held on `on` (open-desk areas with free desks)."""
    on = on or clock.today()
    with db.read() as s:
        rows = s.execute(
            select(Unit, Building.code)
            .join(Building, Building.id == Unit.building_id)
            .where(allocatable_clause())
            .order_by(Building.code, Unit.code)
        ).all()
        taken = _desks_taken(s, on)
        last_end = dict(
            s.execute(
                select(Allocation.unit_id, func.max(Allocation.end_date))
                .where(Allocation.status != AllocationStatus.CANCELLED, Allocation.end_date < on)
                .group_by(Allocation.unit_id)
            ).all()
        )
        out = []
        for u, bcode in rows:
            free: int | None = None
            if u.id in taken:
                d = taken[u.id]
                if u.kind != UnitKind.OPEN_DESK or d is None or d >= u.desk_count:
                    continue
                free = u.desk_count - d
            elif u.kind == UnitKind.OPEN_DESK:
                free = u.desk_count
            since = last_end.get(u.id)
            out.append(
                VacancyRow(
                    u.id,
                    f"{bcode}-{u.code}",
                    u.kind,
                    u.area_m2,
                    free,
                    u.list_rent,
                    u.rent_basis,
                    None if since is None or u.id in taken else since + dt.timedelta(days=1),
                )
            )
    return out


def ending_within(db: Store, days: int, on: dt.date | None = None) -> list[AllocationRow]:
    """Allocations whose end date falls in the next `days` days (soonest first)."""
    on = on or clock.today()
    with db.read() as s:
        rows = allocation_rows(
            s,
            and_(
                Allocation.status == AllocationStatus.ACTIVE,
                Allocation.end_date.is_not(None),
                Allocation.end_date >= on,
                Allocation.end_date <= on + dt.timedelta(days=days),
            ),
        )
    rows.sort(key=lambda r: (r.end_date or on, r.unit_label))
    return rows
