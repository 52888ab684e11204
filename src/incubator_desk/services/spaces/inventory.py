"""The space inventory: sites, buildings, floors, units on their floor plans, and equipment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...core import clock
from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import RentBasis, UnitKind, UnitStatus
from ...db import Store
from ...models import Allocation, Booking, Building, Equipment, Floor, Site, TrainingEvent, Unit
from ..access import Action, requires
from .allocations import refuse_fewer_desks, refuse_retire_if_held
from .lettable import allocatable_clause
from .locks import lock_unit
from .rows import UnitInfo, unit_info

_t = Translator("errors")


@dataclass(frozen=True)
class FloorNode:
    id: int
    level: int
    name: str
    units: int
    version: int
    width: Decimal  # of the floor plan, in metres
    height: Decimal


@dataclass(frozen=True)
class BuildingNode:
    id: int
    code: str
    name: str
    version: int
    floors: list[FloorNode]


@dataclass(frozen=True)
class SiteNode:
    id: int
    name: str
    address: str
    version: int
    buildings: list[BuildingNode]


@dataclass(frozen=True)
class UnitInput:
    """What the unit form edits."""

    code: str
    kind: UnitKind
    area_m2: Decimal
    desk_count: int = 0
    list_rent: Decimal = Decimal(0)
    rent_basis: RentBasis = RentBasis.PER_M2_MONTH
    features: tuple[str, ...] = ()
    plan_x: Decimal = Decimal(0)
    plan_y: Decimal = Decimal(0)
    plan_w: Decimal = Decimal(5)
    plan_h: Decimal = Decimal(5)
    status: UnitStatus = UnitStatus.AVAILABLE
    bookable: bool = False
    buffer_minutes: int = 0
    notes: str = ""


@dataclass(frozen=True)
class Placement:
    unit_id: int
    version: int
    x: Decimal
    y: Decimal
    w: Decimal
    h: Decimal


@dataclass(frozen=True)
class EquipmentInfo:
    id: int
    version: int
    name: str
    location_unit_id: int | None
    location: str
    hourly_rate: Decimal
    buffer_minutes: int
    active: bool
    notes: str


def _required(fields: dict[str, str], key: str, value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        fields[key] = _t(message)
    return value


# -- sites, buildings, floors -------------------------------------------------------------------


def inventory(db: Store) -> list[SiteNode]:
    """Sites, their buildings and floors, with the number of units on each floor."""
    with db.read() as s:
        counts = dict(
            s.execute(
                select(Unit.floor_id, func.count())
                .where(Unit.status != UnitStatus.RETIRED)
                .group_by(Unit.floor_id)
            ).all()
        )
        floors: dict[int, list[FloorNode]] = {}
        for f in s.scalars(select(Floor).order_by(Floor.building_id, Floor.level)):
            floors.setdefault(f.building_id, []).append(
                FloorNode(
                    f.id,
                    f.level,
                    f.name,
                    counts.get(f.id, 0),
                    f.version,
                    f.plan_width,
                    f.plan_height,
                )
            )
        buildings: dict[int, list[BuildingNode]] = {}
        for b in s.scalars(select(Building).order_by(Building.code)):
            buildings.setdefault(b.site_id, []).append(
                BuildingNode(b.id, b.code, b.name, b.version, floors.get(b.id, []))
            )
        return [
            SiteNode(site.id, site.name, site.address, site.version, buildings.get(site.id, []))
            for site in s.scalars(select(Site).order_by(Site.name))
        ]


@requires(Action.MANAGE_SPACES)
def save_site(
    db: Store,
    site_id: int | None,
    name: str,
    address: str = "",
    expected_version: int | None = None,
) -> int:
    fields: dict[str, str] = {}
    name = _required(fields, "name", name, QT_TRANSLATE_NOOP("errors", "Give the site a name."))
    if fields:
        raise ValidationError(fields)
    with db.uow(summary="save site") as uow:
        s = uow.session
        clash = s.scalar(select(Site.id).where(Site.name == name))
        if clash is not None and clash != site_id:
            raise ValidationError(
                {
                    "name": _t(
                        QT_TRANSLATE_NOOP("errors", "A site named {name} already exists."),
                        name=name,
                    )
                }
            )
        site = Site(name=name) if site_id is None else uow.get(Site, site_id, expected_version)
        site.name, site.address = name, (address or "").strip()
        s.add(site)
        uow.commit()
        return site.id


@requires(Action.MANAGE_SPACES)
def save_building(
    db: Store,
    building_id: int | None,
    site_id: int,
    code: str,
    name: str,
    expected_version: int | None = None,
) -> int:
    fields: dict[str, str] = {}
    code = _required(fields, "code", code, QT_TRANSLATE_NOOP("errors", "Give the building a code."))
    name = (name or "").strip() or code
    if fields:
        raise ValidationError(fields)
    with db.uow(summary="save building") as uow:
        s = uow.session
        uow.get(Site, site_id)
        clash = s.scalar(
            select(Building.id).where(Building.site_id == site_id, Building.code == code)
        )
        if clash is not None and clash != building_id:
            raise ValidationError(
                {
                    "code": _t(
                        QT_TRANSLATE_NOOP("errors", "Building {code} already exists on this site."),
                        code=code,
                    )
                }
            )
        if building_id is None:
            b = Building(site_id=site_id, code=code, name=name)
        else:
            b = uow.get(Building, building_id, expected_version)
            b.code, b.name = code, name
        s.add(b)
        uow.commit()
        return b.id


@requires(Action.MANAGE_SPACES)
def save_floor(
    db: Store,
    floor_id: int | None,
    building_id: int,
    level: int,
    name: str = "",
    width: Decimal = Decimal(60),
    height: Decimal = Decimal(30),
    expected_version: int | None = None,
) -> int:
    if width <= 0 or height <= 0:
        raise ValidationError(
            {
                "width": _t(
                    QT_TRANSLATE_NOOP(
                        "errors", "The floor plan's width and depth must be more than zero."
                    )
                )
            }
        )
    with db.uow(summary="save floor") as uow:
        s = uow.session
        uow.get(Building, building_id)
        clash = s.scalar(
            select(Floor.id).where(Floor.building_id == building_id, Floor.level == level)
        )
        if clash is not None and clash != floor_id:
            raise ValidationError(
                {
                    "level": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "Floor {level} already exists in this building."
                        ),
                        level=level,
                    )
                }
            )
        if floor_id is None:
            f = Floor(building_id=building_id, level=level)
        else:
            f = uow.get(Floor, floor_id, expected_version)
            f.level = level
        f.name = (name or "").strip()
        f.plan_width, f.plan_height = Decimal(width), Decimal(height)
        s.add(f)
        uow.commit()
        return f.id


# -- units --------------------------------------------------------------------------------------


def _units_query() -> Any:
    return (
        select(Unit, Building.code, Floor.level)
        .join(Floor, Floor.id == Unit.floor_id)
        .join(Building, Building.id == Unit.building_id)
    )


def get_unit(db: Store, unit_id: int) -> UnitInfo:
    with db.read() as s:
        row = s.execute(_units_query().where(Unit.id == unit_id)).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This unit no longer exists."))
        return unit_info(*row)


def list_units(
    db: Store, *, bookable: bool | None = None, include_retired: bool = False
) -> list[UnitInfo]:
    with db.read() as s:
        q = _units_query().order_by(Building.code, Floor.level, Unit.code)
        if bookable is not None:
            q = q.where(Unit.bookable.is_(bookable))
        if not include_retired:
            q = q.where(Unit.status != UnitStatus.RETIRED)
        return [unit_info(*row) for row in s.execute(q)]


def allocatable_units(db: Store) -> list[UnitInfo]:
    """The units that can take a new allocation now (see `lettable.is_allocatable`)."""
    with db.read() as s:
        q = (
            _units_query()
            .where(allocatable_clause())
            .order_by(Building.code, Floor.level, Unit.code)
        )
        return [unit_info(*row) for row in s.execute(q)]


def _geometry_error(x: Decimal, y: Decimal, w: Decimal, h: Decimal, floor: Floor) -> str:
    if w <= 0 or h <= 0:
        return _t(
            QT_TRANSLATE_NOOP(
                "errors", "A unit's width and depth on the plan must be more than zero."
            )
        )
    if x < 0 or y < 0 or x + w > floor.plan_width or y + h > floor.plan_height:
        return _t(
            QT_TRANSLATE_NOOP(
                "errors", "The unit must lie inside the floor plan ({width} × {height} m)."
            ),
            width=floor.plan_width,
            height=floor.plan_height,
        )
    return ""


def _validate_unit(data: UnitInput, floor: Floor) -> tuple[dict[str, str], str]:
    fields: dict[str, str] = {}
    code = _required(
        fields, "code", data.code, QT_TRANSLATE_NOOP("errors", "Give the unit a code.")
    )
    if len(code) > 30:
        fields["code"] = _t(QT_TRANSLATE_NOOP("errors", "Keep the unit code to 30 characters."))
    if data.area_m2 is None or data.area_m2 <= 0:
        fields["area_m2"] = _t(QT_TRANSLATE_NOOP("errors", "The area must be more than zero."))
    if data.desk_count < 0:
        fields["desk_count"] = _t(
            QT_TRANSLATE_NOOP("errors", "The number of desks cannot be negative.")
        )
    elif data.kind == UnitKind.OPEN_DESK and data.desk_count <= 0:
        fields["desk_count"] = _t(
            QT_TRANSLATE_NOOP("errors", "An open-desk area needs at least one desk.")
        )
    if data.list_rent < 0:
        fields["list_rent"] = _t(QT_TRANSLATE_NOOP("errors", "The list rent cannot be negative."))
    if data.buffer_minutes < 0:
        fields["buffer_minutes"] = _t(
            QT_TRANSLATE_NOOP("errors", "The buffer between bookings cannot be negative.")
        )
    geo = _geometry_error(data.plan_x, data.plan_y, data.plan_w, data.plan_h, floor)
    if geo:
        fields["plan"] = geo
    return fields, code


@requires(Action.MANAGE_SPACES)
def save_unit(
    db: Store,
    unit_id: int | None,
    floor_id: int,
    data: UnitInput,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Create or change a unit; refuses a code used twice in a building and bad sizes."""
    today = today or clock.today()
    with db.uow(summary="save unit") as uow:
        s = uow.session
        floor = uow.get(Floor, floor_id)
        fields, code = _validate_unit(data, floor)
        clash = s.scalar(
            select(Unit.id).where(Unit.building_id == floor.building_id, Unit.code == code)
        )
        if code and clash is not None and clash != unit_id:
            fields["code"] = _t(
                QT_TRANSLATE_NOOP("errors", "Unit code {code} is already used in this building."),
                code=code,
            )
        if fields:
            raise ValidationError(fields)
        if unit_id is None:
            unit = Unit(floor_id=floor.id, building_id=floor.building_id)
            s.add(unit)
        else:
            unit = lock_unit(uow, unit_id, expected_version)
            if data.status == UnitStatus.RETIRED and unit.status != UnitStatus.RETIRED:
                refuse_retire_if_held(s, unit, today)
            if unit.kind == UnitKind.OPEN_DESK and (
                data.kind != UnitKind.OPEN_DESK or data.desk_count < unit.desk_count
            ):
                new_desks = data.desk_count if data.kind == UnitKind.OPEN_DESK else 0
                refuse_fewer_desks(s, unit, new_desks, today)
            unit.floor_id, unit.building_id = floor.id, floor.building_id
        unit.code = code
        unit.kind = data.kind
        unit.area_m2 = Decimal(data.area_m2)
        unit.desk_count = data.desk_count
        unit.list_rent = Decimal(data.list_rent)
        unit.rent_basis = data.rent_basis
        unit.features = [f.strip() for f in data.features if f.strip()]
        unit.plan_x, unit.plan_y = Decimal(data.plan_x), Decimal(data.plan_y)
        unit.plan_w, unit.plan_h = Decimal(data.plan_w), Decimal(data.plan_h)
        unit.status = data.status
        unit.bookable = data.bookable
        unit.buffer_minutes = data.buffer_minutes
        unit.notes = (data.notes or "").strip()
        uow.commit()
        return unit.id


@requires(Action.MANAGE_SPACES)
def retire_unit(
    db: Store, unit_id: int, expected_version: int | None = None, today: dt.date | None = None
) -> None:
    """Retire a unit (kept for history); refused while it has a current or future allocation."""
    today = today or clock.today()
    with db.uow(summary="retire unit") as uow:
        unit = lock_unit(uow, unit_id, expected_version)
        refuse_retire_if_held(uow.session, unit, today)
        unit.status = UnitStatus.RETIRED
        uow.commit()


@requires(Action.MANAGE_SPACES)
def remove_unit(db: Store, unit_id: int, expected_version: int | None = None) -> bool:
    """Delete a unit nothing refers to; otherwise retire it. Returns True if deleted."""
    with db.uow(summary="remove unit") as uow:
        s = uow.session
        unit = uow.get(Unit, unit_id, expected_version)
        used = (
            s.scalar(
                select(func.count()).select_from(Allocation).where(Allocation.unit_id == unit_id)
            )
            or s.scalar(select(func.count()).select_from(Booking).where(Booking.unit_id == unit_id))
            or s.scalar(
                select(func.count())
                .select_from(TrainingEvent)
                .where(TrainingEvent.venue_unit_id == unit_id)
            )
            or s.scalar(
                select(func.count())
                .select_from(Equipment)
                .where(Equipment.location_unit_id == unit_id)
            )
        )
        if used:
            refuse_retire_if_held(s, unit, clock.today())
            unit.status = UnitStatus.RETIRED
            uow.commit()
            return False
        s.delete(unit)
        uow.commit()
        return True


@requires(Action.MANAGE_SPACES)
def save_layout(db: Store, floor_id: int, placements: list[Placement]) -> None:
    """Save units' positions and sizes on a floor plan, all or nothing."""
    with db.uow(summary="edit floor plan") as uow:
        floor = uow.get(Floor, floor_id)
        for p in placements:
            unit = uow.get(Unit, p.unit_id, p.version)
            if unit.floor_id != floor.id:
                raise ValidationError(
                    {
                        "plan": _t(
                            QT_TRANSLATE_NOOP("errors", "{code} is not on this floor."),
                            code=unit.code,
                        )
                    }
                )
            err = _geometry_error(p.x, p.y, p.w, p.h, floor)
            if err:
                raise ValidationError({"plan": f"{unit.code}: {err}"})
            unit.plan_x, unit.plan_y, unit.plan_w, unit.plan_h = p.x, p.y, p.w, p.h
        uow.commit()


# -- equipment ----------------------------------------------------------------------------------


def list_equipment(db: Store, active_only: bool = False) -> list[EquipmentInfo]:
    with db.read() as s:
        q = (
            select(Equipment, Unit.code, Building.code)
            .outerjoin(Unit, Unit.id == Equipment.location_unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .order_by(Equipment.name)
        )
        if active_only:
            q = q.where(Equipment.active.is_(True))
        return [
            EquipmentInfo(
                e.id,
                e.version,
                e.name,
                e.location_unit_id,
                f"{bcode}-{ucode}" if ucode else "",
                e.hourly_rate,
                e.buffer_minutes,
                e.active,
                e.notes,
            )
            for e, ucode, bcode in s.execute(q)
        ]


@requires(Action.MANAGE_SPACES)
def save_equipment(
    db: Store,
    equipment_id: int | None,
    name: str,
    *,
    location_unit_id: int | None = None,
    hourly_rate: Decimal = Decimal(0),
    buffer_minutes: int = 0,
    active: bool = True,
    notes: str = "",
    expected_version: int | None = None,
) -> int:
    fields: dict[str, str] = {}
    name = _required(
        fields, "name", name, QT_TRANSLATE_NOOP("errors", "Give the equipment a name.")
    )
    if hourly_rate < 0:
        fields["hourly_rate"] = _t(QT_TRANSLATE_NOOP("errors", "The rate cannot be negative."))
    if buffer_minutes < 0:
        fields["buffer_minutes"] = _t(
            QT_TRANSLATE_NOOP("errors", "The buffer between bookings cannot be negative.")
        )
    if fields:
        raise ValidationError(fields)
    with db.uow(summary="save equipment") as uow:
        s = uow.session
        clash = s.scalar(select(Equipment.id).where(Equipment.name == name))
        if clash is not None and clash != equipment_id:
            raise ValidationError(
                {
                    "name": _t(
                        QT_TRANSLATE_NOOP("errors", "Equipment named {name} already exists."),
                        name=name,
                    )
                }
            )
        if location_unit_id is not None:
            uow.get(Unit, location_unit_id)
        if equipment_id is None:
            kit = Equipment(name=name)
            s.add(kit)
        else:
            kit = uow.get(Equipment, equipment_id, expected_version)
        kit.name, kit.location_unit_id = name, location_unit_id
        kit.hourly_rate, kit.buffer_minutes = Decimal(hourly_rate), buffer_minutes
        kit.active, kit.notes = active, (notes or "").strip()
        uow.commit()
        return kit.id
