"""The plain rows several spaces modules return: a unit and an allocation as read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ...core.vocabularies import AllocationStatus, RentBasis, UnitKind, UnitStatus
from ...models import Unit
from .lettable import is_allocatable, is_lettable


def full_code(building_code: str, code: str) -> str:
    """A unit's code as the window shows it, with its building's: A-310 (a unit already
    coded "A-310" in building A keeps its code)."""
    return code if code.startswith(f"{building_code}-") else f"{building_code}-{code}"


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
        return full_code(self.building_code, self.code)

    @property
    def lettable(self) -> bool:
        """Let by the month (not a room booked by the hour); see `lettable.is_lettable`."""
        return is_lettable(self.kind, self.bookable)

    @property
    def allocatable(self) -> bool:
        """Can take a new allocation now; see `lettable.is_allocatable`."""
        return is_allocatable(self.kind, self.bookable, self.status)


def unit_info(u: Unit, building_code: str, level: int) -> UnitInfo:
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
