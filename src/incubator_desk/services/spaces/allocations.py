"""Spaces: inventory, long-term allocations, hourly bookings, occupancy and the rent roll.

Every check that protects against double-booking runs inside the unit of work that writes:
on SQLite a writing unit of work begins IMMEDIATE (db/engine.py), so two operators saving at
the same moment are serialised; on PostgreSQL the unit's row is locked (SELECT … FOR UPDATE)
before the overlap check, so the second saver waits and then sees the first one's row.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ...core.clock import local_aware
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ...core.periods import months_between
from ...core.vocabularies import (
    OPEN_STAGES,
    AllocationStatus,
    BookingStatus,
    RentBasis,
    Stage,
    UnitKind,
    UnitStatus,
)
from ...db import Database, UnitOfWork
from ...models import (
    Allocation,
    Booking,
    Building,
    Equipment,
    Floor,
    Site,
    SubsidyPolicy,
    Tenant,
    TrainingEvent,
    Unit,
)
from ...models.base import FEN

CTX = "errors"


_t = Translator(CTX)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _fmt_dt(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _fmt_time(value: dt.datetime) -> str:
    return value.astimezone().strftime("%H:%M")


def _lock_unit(uow: UnitOfWork, unit_id: int) -> Unit:
    """Load a unit and lock its row until the unit of work ends.

    PostgreSQL: SELECT … FOR UPDATE, so a second operator saving against the same unit waits
    for the first to commit and then runs its overlap check against the committed rows.
    SQLite ignores FOR UPDATE; there the writing transaction already holds the write lock.
    """
    unit = uow.session.scalars(
        select(Unit)
        .where(Unit.id == unit_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This unit no longer exists."))
    return unit


# ---------------------------------------------------------------------------------------------
# Bookings (meeting rooms and other bookable units, by the hour)
# ---------------------------------------------------------------------------------------------


def _booking_holder(session: Session, booking: Booking) -> str:
    if booking.tenant_id is not None:
        tenant = session.get(Tenant, booking.tenant_id)
        if tenant is not None:
            return tenant.name_zh or tenant.name_en
    if booking.event_id is not None:
        event = session.get(TrainingEvent, booking.event_id)
        if event is not None:
            return event.title
    if booking.purpose:
        return booking.purpose
    return _t(QT_TRANSLATE_NOOP("errors", "another booking"))


def book_room(
    uow: UnitOfWork,
    unit_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> Booking:
    """Book a bookable unit inside the caller's unit of work (the caller commits).

    Refuses an end not after the start, a unit that is not bookable or is retired or under
    maintenance, and any overlap — counting the unit's buffer minutes on both sides — with a
    confirmed booking of the same unit. The refusal names the other booking's holder and times.
    """
    starts_at, ends_at = local_aware(starts_at), local_aware(ends_at)
    purpose = (purpose or "").strip()
    _check_booking_input(uow.session, starts_at, ends_at, purpose, tenant_id, event_id)
    unit = _lock_unit(uow, unit_id)
    if not unit.bookable:
        raise ValidationError(
            {
                "unit_id": _t(
                    QT_TRANSLATE_NOOP(
                        "errors", "{code} is not bookable by the hour; choose a meeting room."
                    ),
                    code=unit.code,
                )
            }
        )
    if unit.status == UnitStatus.RETIRED:
        raise ValidationError(
            {
                "unit_id": _t(
                    QT_TRANSLATE_NOOP("errors", "{code} is retired and cannot be booked."),
                    code=unit.code,
                )
            }
        )
    if unit.status == UnitStatus.MAINTENANCE:
        raise ValidationError(
            {
                "unit_id": _t(
                    QT_TRANSLATE_NOOP(
                        "errors", "{code} is under maintenance and cannot be booked."
                    ),
                    code=unit.code,
                )
            }
        )
    s = uow.session
    _check_booking_overlap(
        uow,
        Booking.unit_id,
        unit.id,
        _unit_label(s, unit),
        unit.buffer_minutes,
        starts_at,
        ends_at,
        exclude_id=None,
    )
    booking = Booking(
        unit_id=unit.id,
        tenant_id=tenant_id,
        event_id=event_id,
        starts_at=starts_at,
        ends_at=ends_at,
        purpose=purpose,
        status=BookingStatus.CONFIRMED,
    )
    s.add(booking)
    s.flush()
    return booking


def _unit_label(s: Session, unit: Unit) -> str:
    building = s.get(Building, unit.building_id)
    return f"{building.code}-{unit.code}" if building is not None else unit.code


def _check_booking_overlap(
    uow: UnitOfWork,
    column: Any,
    resource_id: int,
    label: str,
    buffer_minutes: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_id: int | None,
) -> None:
    """Refuse an overlap with a confirmed booking of the same room or kit, buffer included."""
    buffer = dt.timedelta(minutes=max(buffer_minutes or 0, 0))
    query = (
        select(Booking)
        .where(
            column == resource_id,
            Booking.status == BookingStatus.CONFIRMED,
            Booking.starts_at < ends_at + buffer,
            Booking.ends_at > starts_at - buffer,
        )
        .order_by(Booking.starts_at)
        .limit(1)
    )
    if exclude_id is not None:
        query = query.where(Booking.id != exclude_id)
    other = uow.session.scalars(query).first()
    if other is None:
        return
    holder = _booking_holder(uow.session, other)
    if buffer and not (other.starts_at < ends_at and other.ends_at > starts_at):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} is booked by {holder} on {start}–{end}, and {minutes} minutes must be "
                "left between bookings.",
            ),
            code=label,
            holder=holder,
            start=_fmt_dt(other.starts_at),
            end=_fmt_time(other.ends_at),
            minutes=buffer_minutes,
        )
    raise ConflictError(
        QT_TRANSLATE_NOOP("errors", "{code} is already booked by {holder} on {start}–{end}."),
        code=label,
        holder=holder,
        start=_fmt_dt(other.starts_at),
        end=_fmt_time(other.ends_at),
    )


def _check_booking_input(
    s: Session,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    purpose: str,
    tenant_id: int | None,
    event_id: int | None,
) -> None:
    if ends_at <= starts_at:
        raise ValidationError(
            {"ends_at": _t(QT_TRANSLATE_NOOP("errors", "The booking must end after it starts."))}
        )
    if len(purpose) > 200:
        raise ValidationError(
            {"purpose": _t(QT_TRANSLATE_NOOP("errors", "Keep the purpose under 200 characters."))}
        )
    if tenant_id is not None and s.get(Tenant, tenant_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    if event_id is not None and s.get(TrainingEvent, event_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This event no longer exists."))


def book_equipment(
    uow: UnitOfWork,
    equipment_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> Booking:
    """Book shared equipment by the hour inside the caller's unit of work; the same no-overlap
    guarantee as rooms (the equipment row is locked on PostgreSQL)."""
    starts_at, ends_at = local_aware(starts_at), local_aware(ends_at)
    purpose = (purpose or "").strip()
    s = uow.session
    _check_booking_input(s, starts_at, ends_at, purpose, tenant_id, event_id)
    kit = s.scalars(
        select(Equipment)
        .where(Equipment.id == equipment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if kit is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This equipment no longer exists."))
    if not kit.active:
        raise ValidationError(
            {
                "equipment_id": _t(
                    QT_TRANSLATE_NOOP("errors", "{name} is out of service and cannot be booked."),
                    name=kit.name,
                )
            }
        )
    _check_booking_overlap(
        uow,
        Booking.equipment_id,
        kit.id,
        kit.name,
        kit.buffer_minutes,
        starts_at,
        ends_at,
        exclude_id=None,
    )
    booking = Booking(
        equipment_id=kit.id,
        tenant_id=tenant_id,
        event_id=event_id,
        starts_at=starts_at,
        ends_at=ends_at,
        purpose=purpose,
        status=BookingStatus.CONFIRMED,
    )
    s.add(booking)
    s.flush()
    return booking


def create_equipment_booking(
    db: Database,
    equipment_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> int:
    with db.uow(summary="book equipment") as uow:
        booking = book_equipment(
            uow,
            equipment_id,
            starts_at,
            ends_at,
            tenant_id=tenant_id,
            event_id=event_id,
            purpose=purpose,
        )
        uow.commit()
        return booking.id


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


def list_equipment(db: Database, active_only: bool = False) -> list[EquipmentInfo]:
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


def save_equipment(
    db: Database,
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


def cancel_booking(uow: UnitOfWork, booking_id: int, expected_version: int | None = None) -> None:
    """Cancel a booking inside the caller's unit of work (kept, marked cancelled)."""
    booking = uow.get(Booking, booking_id, expected_version)
    booking.status = BookingStatus.CANCELLED


def create_booking(
    db: Database,
    unit_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> int:
    """Book a room in its own unit of work (for the window); returns the booking's id."""
    with db.uow(summary="book room") as uow:
        booking = book_room(
            uow,
            unit_id,
            starts_at,
            ends_at,
            tenant_id=tenant_id,
            event_id=event_id,
            purpose=purpose,
        )
        uow.commit()
        return booking.id


# ---------------------------------------------------------------------------------------------
# Plain results
# ---------------------------------------------------------------------------------------------

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
class FloorNode:
    id: int
    level: int
    name: str
    units: int
    version: int


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
class UnitInfo:
    id: int
    version: int
    floor_id: int
    building_id: int
    building_code: str
    floor_level: int
    code: str
    kind: UnitKind
    area_m2: Decimal
    desk_count: int
    list_rent: Decimal
    rent_basis: RentBasis
    features: list[str]
    plan_x: Decimal
    plan_y: Decimal
    plan_w: Decimal
    plan_h: Decimal
    status: UnitStatus
    bookable: bool
    buffer_minutes: int
    notes: str

    @property
    def label(self) -> str:
        return f"{self.building_code}-{self.code}"


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
class AllocationRow:
    id: int
    version: int
    unit_id: int
    unit_label: str
    unit_kind: UnitKind
    tenant_id: int
    tenant_name: str
    desks: int | None
    start_date: dt.date
    end_date: dt.date | None
    monthly_rent: Decimal
    subsidy_policy_id: int | None
    subsidy_percent_override: Decimal | None
    status: AllocationStatus
    previous_id: int | None
    notes: str


@dataclass(frozen=True)
class AllocationInput:
    unit_id: int
    tenant_id: int
    start_date: dt.date
    end_date: dt.date | None = None
    desks: int | None = None
    monthly_rent: Decimal | None = None  # None: the list rent
    subsidy_policy_id: int | None = None
    use_default_policy: bool = True  # with no policy given, apply the default one
    subsidy_percent_override: Decimal | None = None
    notes: str = ""


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


@dataclass(frozen=True)
class RentRollRow:
    tenant_id: int
    tenant_name: str
    allocation_id: int
    unit_label: str
    desks: int | None
    days: int
    list_rent: Decimal
    agreed_rent: Decimal
    subsidy_percent: Decimal
    subsidy: Decimal
    rent_due: Decimal


@dataclass(frozen=True)
class RentRoll:
    month: dt.date
    rows: list[RentRollRow]

    @property
    def total_due(self) -> Decimal:
        return sum((r.rent_due for r in self.rows), Decimal(0))

    @property
    def total_subsidy(self) -> Decimal:
        return sum((r.subsidy for r in self.rows), Decimal(0))


@dataclass(frozen=True)
class PolicyInfo:
    id: int
    version: int
    name: str
    steps: list[dict[str, Any]]
    is_default: bool
    active: bool


@dataclass(frozen=True)
class BookingRow:
    id: int
    version: int
    unit_id: int | None
    unit_label: str  # the room's label, or the equipment's name
    starts_at: dt.datetime
    ends_at: dt.datetime
    holder: str
    tenant_id: int | None
    event_id: int | None
    purpose: str
    equipment_id: int | None = None


# ---------------------------------------------------------------------------------------------
# Inventory
# ---------------------------------------------------------------------------------------------


def _required(fields: dict[str, str], key: str, value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        fields[key] = _t(message)
    return value


def inventory(db: Database) -> list[SiteNode]:
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
                FloorNode(f.id, f.level, f.name, counts.get(f.id, 0), f.version)
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


def save_site(
    db: Database,
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


def save_building(
    db: Database,
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


def save_floor(
    db: Database,
    floor_id: int | None,
    building_id: int,
    level: int,
    name: str = "",
    width: Decimal = Decimal(60),
    height: Decimal = Decimal(30),
    expected_version: int | None = None,
) -> int:
    fields: dict[str, str] = {}
    if width <= 0 or height <= 0:
        fields["width"] = _t(
            QT_TRANSLATE_NOOP("errors", "The floor plan's width and depth must be more than zero.")
        )
    if fields:
        raise ValidationError(fields)
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


def _unit_info(u: Unit, building_code: str, level: int) -> UnitInfo:
    return UnitInfo(
        id=u.id,
        version=u.version,
        floor_id=u.floor_id,
        building_id=u.building_id,
        building_code=building_code,
        floor_level=level,
        code=u.code,
        kind=u.kind,
        area_m2=u.area_m2,
        desk_count=u.desk_count,
        list_rent=u.list_rent,
        rent_basis=u.rent_basis,
        features=list(u.features or []),
        plan_x=u.plan_x,
        plan_y=u.plan_y,
        plan_w=u.plan_w,
        plan_h=u.plan_h,
        status=u.status,
        bookable=u.bookable,
        buffer_minutes=u.buffer_minutes,
        notes=u.notes,
    )


def get_unit(db: Database, unit_id: int) -> UnitInfo:
    with db.read() as s:
        row = s.execute(
            select(Unit, Building.code, Floor.level)
            .join(Floor, Floor.id == Unit.floor_id)
            .join(Building, Building.id == Unit.building_id)
            .where(Unit.id == unit_id)
        ).one_or_none()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This unit no longer exists."))
        return _unit_info(*row)


def list_units(
    db: Database, *, bookable: bool | None = None, include_retired: bool = False
) -> list[UnitInfo]:
    with db.read() as s:
        q = (
            select(Unit, Building.code, Floor.level)
            .join(Floor, Floor.id == Unit.floor_id)
            .join(Building, Building.id == Unit.building_id)
            .order_by(Building.code, Floor.level, Unit.code)
        )
        if bookable is not None:
            q = q.where(Unit.bookable.is_(bookable))
        if not include_retired:
            q = q.where(Unit.status != UnitStatus.RETIRED)
        return [_unit_info(*row) for row in s.execute(q)]


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


def _has_current_allocation(s: Session, unit_id: int, on: dt.date) -> Allocation | None:
    return s.scalars(
        select(Allocation)
        .where(
            Allocation.unit_id == unit_id,
            Allocation.status != AllocationStatus.CANCELLED,
            or_(Allocation.end_date.is_(None), Allocation.end_date >= on),
        )
        .order_by(Allocation.start_date)
        .limit(1)
    ).first()


def save_unit(
    db: Database,
    unit_id: int | None,
    floor_id: int,
    data: UnitInput,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Create or change a unit; refuses a code used twice in a building and bad sizes."""
    today = today or dt.date.today()
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
            unit = _lock_unit(uow, unit_id)
            if expected_version is not None and unit.version != expected_version:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This record was changed by someone else after you opened it. "
                        "Reload it and make your change again.",
                    )
                )
            if data.status == UnitStatus.RETIRED and unit.status != UnitStatus.RETIRED:
                _refuse_retire_if_held(s, unit, today)
            if unit.kind == UnitKind.OPEN_DESK and (
                data.kind != UnitKind.OPEN_DESK or data.desk_count < unit.desk_count
            ):
                _refuse_fewer_desks(s, unit, data, today)
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


def _refuse_fewer_desks(s: Session, unit: Unit, data: UnitInput, today: dt.date) -> None:
    allocs = s.scalars(
        select(Allocation).where(
            Allocation.unit_id == unit.id,
            Allocation.status != AllocationStatus.CANCELLED,
            or_(Allocation.end_date.is_(None), Allocation.end_date >= today),
        )
    ).all()
    if not allocs:
        return
    new_desks = data.desk_count if data.kind == UnitKind.OPEN_DESK else 0
    peak_day, peak = _peak_desks(allocs, today, None)
    if peak > new_desks:
        raise ValidationError(
            {
                "desk_count": _t(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{peak} desks of this area are allocated on {day}; it cannot have "
                        "fewer desks than that.",
                    ),
                    peak=peak,
                    day=peak_day.isoformat(),
                )
            }
        )


def _refuse_retire_if_held(s: Session, unit: Unit, today: dt.date) -> None:
    held = _has_current_allocation(s, unit.id, today)
    if held is not None:
        tenant = s.get(Tenant, held.tenant_id)
        raise ValidationError(
            {
                "status": _t(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{code} cannot be retired: it is allocated to {tenant} from {start} "
                        "to {end}. End that allocation first.",
                    ),
                    code=unit.code,
                    tenant=_tenant_name(tenant),
                    start=held.start_date.isoformat(),
                    end=_fmt_end(held.end_date),
                )
            }
        )


def retire_unit(
    db: Database, unit_id: int, expected_version: int | None = None, today: dt.date | None = None
) -> None:
    """Retire a unit (kept for history); refused while it has a current or future allocation."""
    today = today or dt.date.today()
    with db.uow(summary="retire unit") as uow:
        unit = _lock_unit(uow, unit_id)
        if expected_version is not None and unit.version != expected_version:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This record was changed by someone else after you opened it. "
                    "Reload it and make your change again.",
                )
            )
        _refuse_retire_if_held(uow.session, unit, today)
        unit.status = UnitStatus.RETIRED
        uow.commit()


def remove_unit(db: Database, unit_id: int, expected_version: int | None = None) -> bool:
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
            _refuse_retire_if_held(s, unit, dt.date.today())
            unit.status = UnitStatus.RETIRED
            uow.commit()
            return False
        s.delete(unit)
        uow.commit()
        return True


@dataclass(frozen=True)
class Placement:
    unit_id: int
    version: int
    x: Decimal
    y: Decimal
    w: Decimal
    h: Decimal


def save_layout(db: Database, floor_id: int, placements: list[Placement]) -> None:
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


# ---------------------------------------------------------------------------------------------
# Subsidy policies
# ---------------------------------------------------------------------------------------------


def _policy_info(p: SubsidyPolicy) -> PolicyInfo:
    return PolicyInfo(p.id, p.version, p.name, list(p.steps or []), p.is_default, p.active)


def list_policies(db: Database) -> list[PolicyInfo]:
    with db.read() as s:
        return [
            _policy_info(p) for p in s.scalars(select(SubsidyPolicy).order_by(SubsidyPolicy.name))
        ]


def default_policy(db: Database) -> PolicyInfo | None:
    with db.read() as s:
        p = s.scalars(
            select(SubsidyPolicy).where(
                SubsidyPolicy.is_default.is_(True), SubsidyPolicy.active.is_(True)
            )
        ).first()
        return None if p is None else _policy_info(p)


def validate_steps(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean policy steps: month ranges from < to, 0–100 %, not overlapping; sorted."""
    clean: list[dict[str, Any]] = []
    for i, step in enumerate(steps, start=1):
        try:
            lo, hi = int(step["from_month"]), int(step["to_month"])
            pct = Decimal(str(step["percent"]))
        except (KeyError, ValueError, ArithmeticError) as exc:
            raise ValidationError(
                {"steps": _t(QT_TRANSLATE_NOOP("errors", "Step {n} is incomplete."), n=i)}
            ) from exc
        if lo < 0 or hi <= lo:
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "Step {n}: the months must run forward from 0 or more."
                        ),
                        n=i,
                    )
                }
            )
        if not Decimal(0) <= pct <= Decimal(100):
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP("errors", "Step {n}: the subsidy must be 0–100 %."), n=i
                    )
                }
            )
        clean.append(
            {"from_month": lo, "to_month": hi, "percent": float(pct) if pct % 1 else int(pct)}
        )
    clean.sort(key=lambda st: st["from_month"])
    for a, b in itertools.pairwise(clean):
        if b["from_month"] < a["to_month"]:
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP("errors", "Months {lo}–{hi} are covered by two steps."),
                        lo=b["from_month"],
                        hi=min(a["to_month"], b["to_month"]),
                    )
                }
            )
    return clean


def save_policy(
    db: Database,
    policy_id: int | None,
    name: str,
    steps: list[dict[str, Any]],
    is_default: bool,
    active: bool = True,
    expected_version: int | None = None,
) -> int:
    fields: dict[str, str] = {}
    name = _required(fields, "name", name, QT_TRANSLATE_NOOP("errors", "Give the policy a name."))
    if fields:
        raise ValidationError(fields)
    clean = validate_steps(steps)
    if is_default and not active:
        raise ValidationError(
            {"active": _t(QT_TRANSLATE_NOOP("errors", "The default policy must be active."))}
        )
    with db.uow(summary="save subsidy policy") as uow:
        s = uow.session
        clash = s.scalar(select(SubsidyPolicy.id).where(SubsidyPolicy.name == name))
        if clash is not None and clash != policy_id:
            raise ValidationError(
                {
                    "name": _t(
                        QT_TRANSLATE_NOOP("errors", "A policy named {name} already exists."),
                        name=name,
                    )
                }
            )
        if policy_id is None:
            p = SubsidyPolicy(name=name)
            s.add(p)
        else:
            p = uow.get(SubsidyPolicy, policy_id, expected_version)
        if is_default:
            for other in s.scalars(select(SubsidyPolicy).where(SubsidyPolicy.is_default.is_(True))):
                if other is not p:
                    other.is_default = False
        p.name, p.steps, p.is_default, p.active = name, clean, is_default, active
        uow.commit()
        return p.id


def subsidy_percent(
    steps: list[dict[str, Any]] | None, override: Decimal | None, since: dt.date, on: dt.date
) -> Decimal:
    """The subsidy share on a day: the override if set, else the policy's step for that month."""
    if override is not None:
        return Decimal(override)
    if not steps:
        return Decimal(0)
    m = months_between(since, on)
    for st in steps:
        if int(st["from_month"]) <= m < int(st["to_month"]):
            return Decimal(str(st["percent"]))
    return Decimal(0)


# ---------------------------------------------------------------------------------------------
# Allocations
# ---------------------------------------------------------------------------------------------


def _tenant_name(tenant: Tenant | None) -> str:
    if tenant is None:
        return "?"
    return tenant.name_zh or tenant.name_en


def _fmt_end(end: dt.date | None) -> str:
    return end.isoformat() if end is not None else _t(QT_TRANSLATE_NOOP("errors", "no end date"))


def list_rent_for(unit: Unit | UnitInfo, desks: int | None) -> Decimal:
    """The monthly list rent of a whole unit, or of `desks` desks of an open-desk area."""
    if unit.rent_basis == RentBasis.PER_DESK_MONTH:
        return (unit.list_rent * (desks or unit.desk_count or 1)).quantize(FEN)
    if unit.rent_basis == RentBasis.PER_UNIT_MONTH:
        share = Decimal(desks) / unit.desk_count if desks and unit.desk_count else Decimal(1)
        return (unit.list_rent * share).quantize(FEN)
    area = unit.area_m2
    if desks and unit.desk_count:
        area = area * desks / unit.desk_count
    return (unit.list_rent * area).quantize(FEN)


def _peak_desks(
    allocs: list[Allocation] | Any, lo: dt.date, hi: dt.date | None
) -> tuple[dt.date, int]:
    """The day in [lo, hi] with the most desks allocated among `allocs`, and that count."""
    events: dict[dt.date, int] = {}
    for a in allocs:
        start = max(a.start_date, lo)
        end = a.end_date if hi is None or (a.end_date is not None and a.end_date < hi) else hi
        if end is not None and end < start:
            continue
        events[start] = events.get(start, 0) + (a.desks or 0)
        if end is not None:
            stop = end + dt.timedelta(days=1)
            events[stop] = events.get(stop, 0) - (a.desks or 0)
    level, peak, peak_day = 0, 0, lo
    for day in sorted(events):
        level += events[day]
        if level > peak:
            peak, peak_day = level, day
    return peak_day, peak


def _check_allocation_fits(
    uow: UnitOfWork,
    unit: Unit,
    start: dt.date,
    end: dt.date | None,
    desks: int | None,
    exclude_ids: tuple[int, ...] = (),
) -> None:
    """Refuse an overlap with another allocation of the unit, or too many desks on any day.

    Runs after the unit's row is locked (see `_lock_unit`).
    """
    query = select(Allocation).where(
        Allocation.unit_id == unit.id,
        Allocation.status != AllocationStatus.CANCELLED,
        or_(Allocation.end_date.is_(None), Allocation.end_date >= start),
    )
    if end is not None:
        query = query.where(Allocation.start_date <= end)
    if exclude_ids:
        query = query.where(Allocation.id.not_in(exclude_ids))
    s = uow.session
    if unit.kind != UnitKind.OPEN_DESK or desks is None:
        other = s.scalars(query.order_by(Allocation.start_date).limit(1)).first()
        if other is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors", "{code} is allocated to {tenant} from {start} to {end}."
                ),
                code=unit.code,
                tenant=_tenant_name(s.get(Tenant, other.tenant_id)),
                start=other.start_date.isoformat(),
                end=_fmt_end(other.end_date),
            )
        return
    others = s.scalars(query).all()
    if not others:
        return
    whole = [a for a in others if a.desks is None]
    if whole:
        a = whole[0]
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{code} is allocated to {tenant} from {start} to {end}."),
            code=unit.code,
            tenant=_tenant_name(s.get(Tenant, a.tenant_id)),
            start=a.start_date.isoformat(),
            end=_fmt_end(a.end_date),
        )
    day, peak = _peak_desks(others, start, end)
    if peak + desks > unit.desk_count:
        holders = [
            a for a in others if a.start_date <= day and (a.end_date is None or a.end_date >= day)
        ]
        names = ", ".join(
            f"{_tenant_name(s.get(Tenant, a.tenant_id))} "
            f"({a.desks}, {a.start_date.isoformat()}–{_fmt_end(a.end_date)})"
            for a in sorted(holders, key=lambda a: a.start_date)[:4]
        )
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} has {total} desks and {taken} are allocated on {day} to {holders}; "
                "{wanted} more do not fit.",
            ),
            code=unit.code,
            total=unit.desk_count,
            taken=peak,
            day=day.isoformat(),
            holders=names,
            wanted=desks,
        )


def _check_allocation_input(
    s: Session,
    unit: Unit,
    tenant: Tenant,
    start: dt.date,
    end: dt.date | None,
    desks: int | None,
    rent: Decimal | None,
    override: Decimal | None,
    check_commitment: bool = True,
) -> int | None:
    """Field checks of an allocation; `check_commitment` False skips the unit's and tenant's
    state (for shortening an allocation that already exists)."""
    fields: dict[str, str] = {}
    if end is not None and end < start:
        fields["end_date"] = _t(
            QT_TRANSLATE_NOOP("errors", "The end date is before the start date.")
        )
    if not check_commitment:
        pass
    elif unit.status == UnitStatus.RETIRED:
        fields["unit_id"] = _t(
            QT_TRANSLATE_NOOP("errors", "{code} is retired and cannot be allocated."),
            code=unit.code,
        )
    elif unit.status == UnitStatus.MAINTENANCE:
        fields["unit_id"] = _t(
            QT_TRANSLATE_NOOP("errors", "{code} is under maintenance and cannot be allocated."),
            code=unit.code,
        )
    elif unit.bookable or unit.kind == UnitKind.MEETING_ROOM:
        fields["unit_id"] = _t(
            QT_TRANSLATE_NOOP("errors", "{code} is booked by the hour, not allocated."),
            code=unit.code,
        )
    if unit.kind == UnitKind.OPEN_DESK:
        if desks is None:
            desks = unit.desk_count
        if desks <= 0:
            fields["desks"] = _t(QT_TRANSLATE_NOOP("errors", "Allocate at least one desk."))
        elif desks > unit.desk_count:
            fields["desks"] = _t(
                QT_TRANSLATE_NOOP("errors", "{code} has only {n} desks."),
                code=unit.code,
                n=unit.desk_count,
            )
    elif desks is not None:
        fields["desks"] = _t(
            QT_TRANSLATE_NOOP("errors", "Desks are allocated only in an open-desk area.")
        )
    if rent is not None and rent < 0:
        fields["monthly_rent"] = _t(QT_TRANSLATE_NOOP("errors", "The rent cannot be negative."))
    if override is not None and not Decimal(0) <= override <= Decimal(100):
        fields["subsidy_percent_override"] = _t(
            QT_TRANSLATE_NOOP("errors", "The subsidy must be 0–100 %.")
        )
    if not check_commitment:
        pass
    elif tenant.stage in (Stage.GRADUATED, Stage.EXITED):
        fields["tenant_id"] = _t(
            QT_TRANSLATE_NOOP(
                "errors", "{tenant} has {stage} and can no longer be allocated space."
            ),
            tenant=_tenant_name(tenant),
            stage=_t(
                QT_TRANSLATE_NOOP("errors", "graduated")
                if tenant.stage == Stage.GRADUATED
                else QT_TRANSLATE_NOOP("errors", "exited")
            ),
        )
    elif tenant.archived_at is not None:
        fields["tenant_id"] = _t(
            QT_TRANSLATE_NOOP("errors", "{tenant} is archived and cannot be allocated space."),
            tenant=_tenant_name(tenant),
        )
    if fields:
        raise ValidationError(fields)
    return desks


def allocate_in(
    uow: UnitOfWork, data: AllocationInput, previous_id: int | None = None
) -> Allocation:
    """Allocate a unit (or desks) inside the caller's unit of work."""
    s = uow.session
    unit = _lock_unit(uow, data.unit_id)
    tenant = s.get(Tenant, data.tenant_id)
    if tenant is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    desks = _check_allocation_input(
        s,
        unit,
        tenant,
        data.start_date,
        data.end_date,
        data.desks,
        data.monthly_rent,
        data.subsidy_percent_override,
    )
    policy_id = data.subsidy_policy_id
    if policy_id is None and data.use_default_policy:
        policy_id = s.scalar(
            select(SubsidyPolicy.id).where(
                SubsidyPolicy.is_default.is_(True), SubsidyPolicy.active.is_(True)
            )
        )
    elif policy_id is not None and s.get(SubsidyPolicy, policy_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This subsidy policy no longer exists."))
    _check_allocation_fits(uow, unit, data.start_date, data.end_date, desks)
    rent = data.monthly_rent if data.monthly_rent is not None else list_rent_for(unit, desks)
    alloc = Allocation(
        unit_id=unit.id,
        tenant_id=tenant.id,
        desks=desks,
        start_date=data.start_date,
        end_date=data.end_date,
        monthly_rent=Decimal(rent),
        subsidy_policy_id=policy_id,
        subsidy_percent_override=data.subsidy_percent_override,
        status=AllocationStatus.ACTIVE,
        previous_id=previous_id,
        notes=(data.notes or "").strip(),
    )
    s.add(alloc)
    s.flush()
    return alloc


def allocate(db: Database, data: AllocationInput) -> int:
    """Allocate a unit or desks to a tenant; refuses any double-booking. Returns the id."""
    with db.uow(summary="allocate space") as uow:
        alloc = allocate_in(uow, data)
        uow.commit()
        return alloc.id


def _load_allocation(
    uow: UnitOfWork, allocation_id: int, expected_version: int | None
) -> tuple[Allocation, Unit]:
    alloc = uow.get(Allocation, allocation_id)
    unit = _lock_unit(uow, alloc.unit_id)
    uow.session.refresh(alloc)  # as committed by anyone who held the lock before us
    if expected_version is not None and alloc.version != expected_version:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This record was changed by someone else after you opened it. "
                "Reload it and make your change again.",
            )
        )
    if alloc.status == AllocationStatus.CANCELLED:
        raise ValidationError(
            {"status": _t(QT_TRANSLATE_NOOP("errors", "This allocation was cancelled."))}
        )
    return alloc, unit


def change_allocation(
    db: Database,
    allocation_id: int,
    expected_version: int | None,
    *,
    start_date: dt.date,
    end_date: dt.date | None,
    desks: int | None = None,
    monthly_rent: Decimal | None = None,
    subsidy_policy_id: int | None = None,
    subsidy_percent_override: Decimal | None = None,
    notes: str | None = None,
) -> None:
    """Extend, shorten or otherwise edit an allocation, with the same overlap checks."""
    with db.uow(summary="change allocation") as uow:
        s = uow.session
        alloc, unit = _load_allocation(uow, allocation_id, expected_version)
        tenant = s.get(Tenant, alloc.tenant_id)
        assert tenant is not None
        if alloc.status == AllocationStatus.MOVED and end_date != alloc.end_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This allocation ended with a move; change the allocation it moved to.",
                        )
                    )
                }
            )
        # A graduated tenant's allocation may still be shortened or ended, and one in a unit
        # now under maintenance may run out its term; lengthening it is a new commitment.
        lengthening = (
            (end_date is None and alloc.end_date is not None)
            or (end_date is not None and alloc.end_date is not None and end_date > alloc.end_date)
            or start_date < alloc.start_date
        )
        desks = _check_allocation_input(
            s,
            unit,
            tenant,
            start_date,
            end_date,
            (desks or alloc.desks) if unit.kind == UnitKind.OPEN_DESK else None,
            monthly_rent,
            subsidy_percent_override,
            check_commitment=lengthening,
        )
        _check_allocation_fits(uow, unit, start_date, end_date, desks, exclude_ids=(alloc.id,))
        alloc.start_date, alloc.end_date = start_date, end_date
        if desks != alloc.desks:
            alloc.desks = desks
        if monthly_rent is not None:
            alloc.monthly_rent = monthly_rent
        if subsidy_policy_id is not None:
            alloc.subsidy_policy_id = subsidy_policy_id
        alloc.subsidy_percent_override = subsidy_percent_override
        if notes is not None:
            alloc.notes = notes.strip()
        uow.commit()


def end_allocation(
    db: Database, allocation_id: int, expected_version: int | None, end_date: dt.date
) -> None:
    """End an allocation on `end_date` (its last day). Kept in the history as ended."""
    with db.uow(summary="end allocation") as uow:
        alloc, _unit = _load_allocation(uow, allocation_id, expected_version)
        if alloc.status == AllocationStatus.MOVED:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP("errors", "This allocation already ended with a move.")
                    )
                }
            )
        if end_date < alloc.start_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The allocation cannot end before it starts ({start})."
                        ),
                        start=alloc.start_date.isoformat(),
                    )
                }
            )
        if alloc.end_date is not None and end_date > alloc.end_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "To end it later than {end}, extend the allocation instead."
                        ),
                        end=alloc.end_date.isoformat(),
                    )
                }
            )
        alloc.end_date = end_date
        alloc.status = AllocationStatus.ENDED
        uow.commit()


def cancel_allocation(db: Database, allocation_id: int, expected_version: int | None) -> None:
    """Cancel an allocation entered by mistake: it no longer counts anywhere, but is kept."""
    with db.uow(summary="cancel allocation") as uow:
        alloc, _unit = _load_allocation(uow, allocation_id, expected_version)
        nxt = uow.session.scalar(select(Allocation.id).where(Allocation.previous_id == alloc.id))
        if nxt is not None:
            raise ValidationError(
                {
                    "status": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "A later allocation continues this one; cancel that first."
                        )
                    )
                }
            )
        alloc.status = AllocationStatus.CANCELLED
        uow.commit()


def move_allocation(
    db: Database,
    allocation_id: int,
    expected_version: int | None,
    *,
    to_unit_id: int,
    move_date: dt.date,
    desks: int | None = None,
    monthly_rent: Decimal | None = None,
) -> int:
    """Move a tenant to another unit from `move_date`: the old allocation ends the day before
    (status moved) and a new one, pointing back to it, runs to the old end date."""
    with db.uow(summary="move allocation") as uow:
        s = uow.session
        alloc = uow.get(Allocation, allocation_id)
        # Lock both units in id order, so two moves between the same units cannot deadlock.
        for uid in sorted({alloc.unit_id, to_unit_id}):
            _lock_unit(uow, uid)
        alloc, _old_unit = _load_allocation(uow, allocation_id, expected_version)
        if alloc.status == AllocationStatus.MOVED:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP("errors", "This allocation already ended with a move.")
                    )
                }
            )
        if move_date <= alloc.start_date:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The move must be after the allocation starts ({start})."
                        ),
                        start=alloc.start_date.isoformat(),
                    )
                }
            )
        if alloc.end_date is not None and move_date > alloc.end_date:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The allocation ends on {end}, before the move."
                        ),
                        end=alloc.end_date.isoformat(),
                    )
                }
            )
        if to_unit_id == alloc.unit_id and desks in (None, alloc.desks):
            raise ValidationError(
                {"unit_id": _t(QT_TRANSLATE_NOOP("errors", "Choose another unit to move to."))}
            )
        old_end = alloc.end_date
        alloc.end_date = move_date - dt.timedelta(days=1)
        alloc.status = AllocationStatus.MOVED
        s.flush()  # the shortened range no longer clashes with the new one in the same unit
        new = allocate_in(
            uow,
            AllocationInput(
                unit_id=to_unit_id,
                tenant_id=alloc.tenant_id,
                start_date=move_date,
                end_date=old_end,
                desks=desks,
                monthly_rent=monthly_rent,
                subsidy_policy_id=alloc.subsidy_policy_id,
                use_default_policy=False,
                subsidy_percent_override=alloc.subsidy_percent_override,
                notes=alloc.notes,
            ),
            previous_id=alloc.id,
        )
        uow.commit()
        return new.id


# ---------------------------------------------------------------------------------------------
# Reading: history, floor plans, occupancy, vacancies, rent roll
# ---------------------------------------------------------------------------------------------


def _allocation_rows(s: Session, where: Any) -> list[AllocationRow]:
    q = (
        select(Allocation, Unit.code, Unit.kind, Building.code, Tenant.name_zh, Tenant.name_en)
        .join(Unit, Unit.id == Allocation.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Tenant, Tenant.id == Allocation.tenant_id)
        .where(where)
        .order_by(Allocation.start_date.desc(), Allocation.id.desc())
    )
    return [
        AllocationRow(
            id=a.id,
            version=a.version,
            unit_id=a.unit_id,
            unit_label=f"{bcode}-{ucode}",
            unit_kind=kind,
            tenant_id=a.tenant_id,
            tenant_name=zh or en,
            desks=a.desks,
            start_date=a.start_date,
            end_date=a.end_date,
            monthly_rent=a.monthly_rent,
            subsidy_policy_id=a.subsidy_policy_id,
            subsidy_percent_override=a.subsidy_percent_override,
            status=a.status,
            previous_id=a.previous_id,
            notes=a.notes,
        )
        for a, ucode, kind, bcode, zh, en in s.execute(q)
    ]


def unit_history(db: Database, unit_id: int) -> list[AllocationRow]:
    """Every allocation of a unit, newest first (cancelled ones included, marked)."""
    with db.read() as s:
        return _allocation_rows(s, Allocation.unit_id == unit_id)


def get_allocation(db: Database, allocation_id: int) -> AllocationRow:
    with db.read() as s:
        rows = _allocation_rows(s, Allocation.id == allocation_id)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This allocation no longer exists."))
    return rows[0]


def tenant_spaces(
    db: Database, tenant_id: int, on: dt.date | None = None
) -> tuple[list[AllocationRow], list[AllocationRow]]:
    """What a tenant holds on `on` (or later), and what it held before."""
    on = on or dt.date.today()
    with db.read() as s:
        rows = _allocation_rows(
            s,
            and_(
                Allocation.tenant_id == tenant_id, Allocation.status != AllocationStatus.CANCELLED
            ),
        )
    now = [r for r in rows if r.end_date is None or r.end_date >= on]
    before = [r for r in rows if r.end_date is not None and r.end_date < on]
    return now, before


def _active_on(on: dt.date) -> Any:
    return and_(
        Allocation.status != AllocationStatus.CANCELLED,
        Allocation.start_date <= on,
        or_(Allocation.end_date.is_(None), Allocation.end_date >= on),
    )


def floor_plan(db: Database, floor_id: int, on: dt.date | None = None) -> FloorPlan:
    """A floor's units with their state on `on`, for drawing."""
    on = on or dt.date.today()
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
            .where(Unit.floor_id == floor_id, _active_on(on))
            .order_by(Allocation.start_date)
        ):
            held.setdefault(uid, []).append((zh or en, desks, end))
        tiles = []
        for u in units:
            info = _unit_info(u, bcode, floor.level)
            h = held.get(u.id, [])
            taken = sum(d or 0 for _, d, _e in h)
            ends = [e for _, _d, e in h if e is not None]
            ends_on = min(ends) if ends and len(ends) == len(h) else (min(ends) if ends else None)
            if u.status == UnitStatus.MAINTENANCE:
                state = TileState.MAINTENANCE
            elif u.bookable or u.kind == UnitKind.MEETING_ROOM:
                state = TileState.ROOM
            elif not h:
                state = TileState.VACANT
            elif ends_on is not None and ends_on <= soon:
                state = TileState.ENDING
            elif u.kind == UnitKind.OPEN_DESK and any(d for _, d, _e in h) and taken < u.desk_count:
                state = TileState.PARTLY
            else:
                state = TileState.OCCUPIED
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


LETTABLE = (
    UnitKind.OFFICE,
    UnitKind.OPEN_DESK,
    UnitKind.LAB,
    UnitKind.WORKSHOP,
    UnitKind.WAREHOUSE,
)


def _lettable_units(s: Session) -> list[Any]:
    return list(
        s.execute(
            select(Unit.id, Unit.building_id, Unit.kind, Unit.area_m2, Unit.desk_count).where(
                Unit.kind.in_(LETTABLE), Unit.status != UnitStatus.RETIRED, Unit.bookable.is_(False)
            )
        ).all()
    )


def occupancy(db: Database, on: dt.date | None = None) -> list[OccupancyRow]:
    """Occupancy by units, area and desks for each site and building on a date.

    An open-desk area counts by area in proportion to its desks taken.
    """
    on = on or dt.date.today()
    with db.read() as s:
        units = _lettable_units(s)
        taken: dict[int, int | None] = {}
        for uid, desks in s.execute(
            select(Allocation.unit_id, Allocation.desks).where(_active_on(on))
        ):
            if uid in taken and taken[uid] is None:
                continue
            taken[uid] = None if desks is None else (taken.get(uid) or 0) + desks
        buildings = s.execute(
            select(Building.id, Building.code, Building.name, Building.site_id)
        ).all()
        sites = dict(s.execute(select(Site.id, Site.name)).all())
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


def _building_name(code: str, name: str) -> str:
    return name if name.startswith(code) else f"{code} {name}".strip()


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(dt.date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def occupancy_trend(db: Database, first: dt.date, last: dt.date) -> Trend:
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


def vacancies(db: Database, on: dt.date | None = None) -> list[VacancyRow]:
    """Lettable units, available and not fully held on `on` (open-desk areas with free desks)."""
    on = on or dt.date.today()
    with db.read() as s:
        rows = s.execute(
            select(Unit, Building.code)
            .join(Building, Building.id == Unit.building_id)
            .where(
                Unit.kind.in_(LETTABLE),
                Unit.status == UnitStatus.AVAILABLE,
                Unit.bookable.is_(False),
            )
            .order_by(Building.code, Unit.code)
        ).all()
        taken: dict[int, int | None] = {}
        for uid, desks in s.execute(
            select(Allocation.unit_id, Allocation.desks).where(_active_on(on))
        ):
            if uid in taken and taken[uid] is None:
                continue
            taken[uid] = None if desks is None else (taken.get(uid) or 0) + desks
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


def ending_within(db: Database, days: int, on: dt.date | None = None) -> list[AllocationRow]:
    """Allocations whose end date falls in the next `days` days (soonest first)."""
    on = on or dt.date.today()
    with db.read() as s:
        rows = _allocation_rows(
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


def rent_roll(db: Database, month: dt.date) -> RentRoll:
    """What each tenant owes for a month: list rent, agreed rent, subsidy and rent due,
    pro rata for allocations that start or end within the month."""
    first = month.replace(day=1)
    last = month_starts(first, first)[0].replace(
        day=calendar.monthrange(first.year, first.month)[1]
    )
    days_in_month = last.day
    with db.read() as s:
        policies = {p.id: p.steps for p in s.scalars(select(SubsidyPolicy))}
        q = (
            select(
                Allocation, Unit, Building.code, Tenant.name_zh, Tenant.name_en, Tenant.entry_date
            )
            .join(Unit, Unit.id == Allocation.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .join(Tenant, Tenant.id == Allocation.tenant_id)
            .where(
                Allocation.status != AllocationStatus.CANCELLED,
                Allocation.start_date <= last,
                or_(Allocation.end_date.is_(None), Allocation.end_date >= first),
            )
            .order_by(Tenant.name_zh, Building.code, Unit.code)
        )
        rows = []
        for a, u, bcode, zh, en, entry in s.execute(q):
            start = max(a.start_date, first)
            end = min(a.end_date or last, last)
            days = (end - start).days + 1
            fraction = Decimal(days) / Decimal(days_in_month)
            list_rent = (list_rent_for(u, a.desks) * fraction).quantize(FEN)
            agreed = (a.monthly_rent * fraction).quantize(FEN)
            pct = subsidy_percent(
                policies.get(a.subsidy_policy_id) if a.subsidy_policy_id else None,
                a.subsidy_percent_override,
                entry or a.start_date,
                start,
            )
            subsidy = (agreed * pct / 100).quantize(FEN)
            rows.append(
                RentRollRow(
                    a.tenant_id,
                    zh or en,
                    a.id,
                    f"{bcode}-{u.code}",
                    a.desks,
                    days,
                    list_rent,
                    agreed,
                    pct,
                    subsidy,
                    agreed - subsidy,
                )
            )
    return RentRoll(first, rows)


def export_rent_roll(
    roll: RentRoll,
    path: Path,
    title: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Write the rent roll to an Excel workbook (headers translated, money as numbers).

    The file appears whole or not at all. Returns False (writing nothing) if `cancelled()`
    turned true meanwhile."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headers = [
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Tenant")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Unit")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Desks")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Days")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "List rent (¥)")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Agreed rent (¥)")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Subsidy %")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Subsidy (¥)")),
        translate("spaces", QT_TRANSLATE_NOOP("spaces", "Rent due (¥)")),
    ]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = roll.month.strftime("%Y-%m")
    heading = title or translate(
        "spaces",
        QT_TRANSLATE_NOOP("spaces", "Rent roll {month}"),
        month=roll.month.strftime("%Y-%m"),
    )
    ws.append([heading])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(headers)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    money = "#,##0.00"
    for r in roll.rows:
        ws.append(
            [
                r.tenant_name,
                r.unit_label,
                r.desks,
                r.days,
                r.list_rent,
                r.agreed_rent,
                float(r.subsidy_percent),
                r.subsidy,
                r.rent_due,
            ]
        )
    n = ws.max_row
    ws.append(
        [
            translate("spaces", QT_TRANSLATE_NOOP("spaces", "Total")),
            None,
            None,
            None,
            f"=SUM(E3:E{n})",
            f"=SUM(F3:F{n})",
            None,
            f"=SUM(H3:H{n})",
            f"=SUM(I3:I{n})",
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=3, min_col=5, max_col=9):
        for cell in row:
            if cell.column != 7:
                cell.number_format = money
    widths = [34, 12, 8, 8, 16, 16, 10, 16, 16]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    if cancelled is not None and cancelled():
        tmp.unlink(missing_ok=True)
        return False
    tmp.replace(path)
    return True


# ---------------------------------------------------------------------------------------------
# Reading bookings, tenants to choose from
# ---------------------------------------------------------------------------------------------


def bookings_between(
    db: Database,
    start: dt.datetime,
    end: dt.datetime,
    unit_ids: list[int] | None = None,
    equipment_ids: list[int] | None = None,
) -> list[BookingRow]:
    """Confirmed bookings of rooms and equipment overlapping [start, end), earliest first.

    With `unit_ids` or `equipment_ids`, only those rooms and that equipment."""
    start, end = local_aware(start), local_aware(end)
    with db.read() as s:
        q = (
            select(
                Booking,
                Unit.code,
                Building.code,
                Equipment.name,
                Tenant.name_zh,
                TrainingEvent.title,
            )
            .outerjoin(Unit, Unit.id == Booking.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .outerjoin(Equipment, Equipment.id == Booking.equipment_id)
            .outerjoin(Tenant, Tenant.id == Booking.tenant_id)
            .outerjoin(TrainingEvent, TrainingEvent.id == Booking.event_id)
            .where(
                Booking.status == BookingStatus.CONFIRMED,
                Booking.starts_at < end,
                Booking.ends_at > start,
            )
            .order_by(Booking.starts_at)
        )
        if unit_ids is not None or equipment_ids is not None:
            q = q.where(
                or_(
                    Booking.unit_id.in_(unit_ids or []),
                    Booking.equipment_id.in_(equipment_ids or []),
                )
            )
        return [
            BookingRow(
                b.id,
                b.version,
                b.unit_id,
                f"{bcode}-{ucode}" if ucode else (kit or ""),
                b.starts_at,
                b.ends_at,
                tname or etitle or b.purpose,
                b.tenant_id,
                b.event_id,
                b.purpose,
                b.equipment_id,
            )
            for b, ucode, bcode, kit, tname, etitle in s.execute(q)
        ]


def cancel_booking_by_id(
    db: Database, booking_id: int, expected_version: int | None = None
) -> None:
    with db.uow(summary="cancel booking") as uow:
        cancel_booking(uow, booking_id, expected_version)
        uow.commit()


def tenant_choices(db: Database, open_only: bool = True) -> list[tuple[int, str]]:
    """Tenants that may be given space (not graduated, exited or archived), by name."""
    with db.read() as s:
        q = select(Tenant.id, Tenant.name_zh, Tenant.name_en).order_by(Tenant.name_zh)
        if open_only:
            q = q.where(Tenant.stage.in_(OPEN_STAGES), Tenant.archived_at.is_(None))
        return [(i, zh or en) for i, zh, en in s.execute(q)]
