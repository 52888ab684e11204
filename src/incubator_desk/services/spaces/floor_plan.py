"""A floor's units with their state on a date, for drawing the floor plan; the units that
can be allocated with who holds them on a date, for choosing one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select

from ...core import clock
from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.vocabularies import UnitKind, UnitStatus
from ...db import Store
from ...models import Allocation, Building, Floor, Tenant, Unit
from .allocations import held_on
from .inventory import allocatable_units
from .lettable import is_lettable
from .rows import UnitInfo, unit_info

ENDING_SOON_DAYS = 60


class TileState(StrEnum):
    """How a unit looks on the floor plan."""

    VACANT = "vacant"
    PARTLY = "partly"  # an open-desk area with some desks free
    OCCUPIED = "occupied"
    ENDING = "ending"  # held, but the allocation ends within ENDING_SOON_DAYS
    MAINTENANCE = "maintenance"
    ROOM = "room"  # booked by the hour, never allocated
    RETIRED = "retired"


@dataclass(frozen=True)
class Tile:
    """One unit on a floor plan at a date."""

    unit: UnitInfo
    state: TileState
    holders: list[str]
    desks_taken: int
    ends_on: dt.date | None


@dataclass(frozen=True)
class FloorPlan:
    floor_id: int
    building_id: int
    building_code: str
    level: int
    name: str
    width: Decimal
    height: Decimal
    on: dt.date
    tiles: list[Tile]


def floor_plan(db: Store, floor_id: int, on: dt.date | None = None) -> FloorPlan:
    """A floor's units with their state on `on`, for drawing."""
    on = on or clock.today()
    soon = on + dt.timedelta(days=ENDING_SOON_DAYS)
    with db.read() as s:
        row = s.execute(
            select(Floor, Building.code)
            .join(Building, Building.id == Floor.building_id)
            .where(Floor.id == floor_id)
        ).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This floor no longer exists."))
        floor, bcode = row
        units = s.scalars(
            select(Unit)
            .where(Unit.floor_id == floor_id, Unit.status != UnitStatus.RETIRED)
            .order_by(Unit.code)
        ).all()
        held: dict[int, list[tuple[str, int | None, dt.date | None]]] = {}
        for uid, zh, en, desks, end in s.execute(
            select(
                Allocation.unit_id,
                Tenant.name_zh,
                Tenant.name_en,
                Allocation.desks,
                Allocation.end_date,
            )
            .join(Unit, Unit.id == Allocation.unit_id)
            .join(Tenant, Tenant.id == Allocation.tenant_id)
            .where(Unit.floor_id == floor_id, held_on(on))
            .order_by(Allocation.start_date)
        ):
            held.setdefault(uid, []).append((zh or en, desks, end))
        tiles = []
        for u in units:
            h = held.get(u.id, [])
            taken = sum(d or 0 for _, d, _e in h)
            ends = [e for _, _d, e in h if e is not None]
            ends_on = min(ends) if ends else None
            if u.status == UnitStatus.MAINTENANCE:
                state = TileState.MAINTENANCE
            elif not is_lettable(u.kind, u.bookable):
                state = TileState.ROOM
            elif not h:
                state = TileState.VACANT
            elif ends_on is not None and ends_on <= soon:
                state = TileState.ENDING
            elif u.kind == UnitKind.OPEN_DESK and any(d for _, d, _e in h) and taken < u.desk_count:
                state = TileState.PARTLY
            else:
                state = TileState.OCCUPIED
            info = unit_info(u, bcode, floor.level)
            tiles.append(Tile(info, state, [n for n, _d, _e in h], taken, ends_on))
        return FloorPlan(
            floor.id,
            floor.building_id,
            bcode,
            floor.level,
            floor.name,
            floor.plan_width,
            floor.plan_height,
            on,
            tiles,
        )


@dataclass(frozen=True)
class UnitChoice:
    """A unit that can take a new allocation, with who holds it on a date: what the
    allocation dialog lists."""

    unit: UnitInfo
    holders: list[tuple[int, str]]  # (tenant id, name) of those holding it on the date
    desks_taken: int
    held_until: dt.date | None  # the last day of the holdings on the date; None: open-ended

    @property
    def vacant(self) -> bool:
        return not self.holders

    @property
    def desks_free(self) -> int:
        return max(self.unit.desk_count - self.desks_taken, 0)


def unit_choices(db: Store, on: dt.date | None = None) -> list[UnitChoice]:
    """Every unit that can take a new allocation, by building, floor and code, with who
    holds it on `on` (today)."""
    on = on or clock.today()
    units = allocatable_units(db)
    with db.read() as s:
        held: dict[int, list[tuple[int, str, int | None, dt.date | None]]] = {}
        for uid, tid, zh, en, desks, end in s.execute(
            select(
                Allocation.unit_id,
                Tenant.id,
                Tenant.name_zh,
                Tenant.name_en,
                Allocation.desks,
                Allocation.end_date,
            )
            .join(Tenant, Tenant.id == Allocation.tenant_id)
            .where(held_on(on))
            .order_by(Allocation.start_date)
        ):
            held.setdefault(uid, []).append((tid, zh or en, desks, end))
    out = []
    for u in units:
        h = held.get(u.id, [])
        ends = [e for *_x, e in h]
        until = None if not ends or None in ends else max(e for e in ends if e is not None)
        out.append(
            UnitChoice(u, [(t, n) for t, n, _d, _e in h], sum(d or 0 for *_x, d, _e in h), until)
        )
    return out
