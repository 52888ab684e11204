"""Sites, buildings, floors and units; long-term allocations; short bookings of rooms and kit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import AllocationStatus, BookingStatus, RentBasis, UnitKind, UnitStatus
from .base import Base, IdMixin, Versioned, str_enum

AREA = Numeric(10, 2)


class Site(IdMixin, Versioned, Base):
    __tablename__ = "sites"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")

    buildings: Mapped[list[Building]] = relationship(back_populates="site")


class Building(IdMixin, Versioned, Base):
    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("site_id", "code"),)

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))

    site: Mapped[Site] = relationship(back_populates="buildings")
    floors: Mapped[list[Floor]] = relationship(back_populates="building", order_by="Floor.level")


class Floor(IdMixin, Versioned, Base):
    __tablename__ = "floors"
    __table_args__ = (UniqueConstraint("building_id", "level"),)

    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    level: Mapped[int]
    name: Mapped[str] = mapped_column(String(60), default="")
    plan_width: Mapped[Decimal] = mapped_column(AREA, default=Decimal("60"))  # metres
    plan_height: Mapped[Decimal] = mapped_column(AREA, default=Decimal("30"))

    building: Mapped[Building] = relationship(back_populates="floors")
    units: Mapped[list[Unit]] = relationship(back_populates="floor")


class Unit(IdMixin, Versioned, Base):
    """A lettable or bookable space: office, open-desk area, lab, meeting room…

    `building_id` repeats the floor's building so the database itself can refuse a unit code
    used twice in one building.
    """

    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("building_id", "code"),
        CheckConstraint("area_m2 > 0", name="area_positive"),
        CheckConstraint("desk_count >= 0", name="desks_not_negative"),
    )

    floor_id: Mapped[int] = mapped_column(ForeignKey("floors.id"), index=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("buildings.id"))
    code: Mapped[str] = mapped_column(String(30))
    kind: Mapped[UnitKind] = mapped_column(str_enum(UnitKind))
    area_m2: Mapped[Decimal] = mapped_column(AREA)
    desk_count: Mapped[int] = mapped_column(default=0)
    list_rent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    rent_basis: Mapped[RentBasis] = mapped_column(
        str_enum(RentBasis), default=RentBasis.PER_M2_MONTH
    )
    features: Mapped[list[str]] = mapped_column(JSON, default=list)
    plan_x: Mapped[Decimal] = mapped_column(AREA, default=Decimal(0))
    plan_y: Mapped[Decimal] = mapped_column(AREA, default=Decimal(0))
    plan_w: Mapped[Decimal] = mapped_column(AREA, default=Decimal(5))
    plan_h: Mapped[Decimal] = mapped_column(AREA, default=Decimal(5))
    status: Mapped[UnitStatus] = mapped_column(str_enum(UnitStatus), default=UnitStatus.AVAILABLE)
    bookable: Mapped[bool] = mapped_column(default=False, doc="booked by the hour")
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    floor: Mapped[Floor] = relationship(back_populates="units")


class SubsidyPolicy(IdMixin, Versioned, Base):
    """A rent-subsidy rule, e.g. first year free, second year half.

    `steps` is a list of {"from_month": 0, "to_month": 12, "percent": 100} counted from the
    tenant's entry date.
    """

    __tablename__ = "subsidy_policies"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    is_default: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Allocation(IdMixin, Versioned, Base):
    """A unit, or `desks` desks of an open-desk area, let to a tenant for a date range.

    `end_date` is inclusive; None means open-ended. A move ends one allocation and starts
    another that points back through `previous_id`.
    """

    __tablename__ = "allocations"
    __table_args__ = (
        # The clash checks' index; status and desks are in it for the occupancy counts.
        Index("ix_allocations_unit_held", "unit_id", "start_date", "end_date", "status", "desks"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
        CheckConstraint("desks IS NULL OR desks > 0", name="desks_positive"),
    )

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    desks: Mapped[int | None]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    monthly_rent: Mapped[Decimal] = mapped_column(default=Decimal(0))
    subsidy_policy_id: Mapped[int | None] = mapped_column(ForeignKey("subsidy_policies.id"))
    subsidy_percent_override: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    status: Mapped[AllocationStatus] = mapped_column(
        str_enum(AllocationStatus), default=AllocationStatus.ACTIVE
    )
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("allocations.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship()


class Booking(IdMixin, Versioned, Base):
    """An hourly booking of a meeting room or bookable equipment, for a tenant or an event."""

    __tablename__ = "bookings"
    __table_args__ = (
        Index("ix_bookings_unit_time", "unit_id", "starts_at", "ends_at"),
        Index("ix_bookings_equipment_time", "equipment_id", "starts_at", "ends_at"),
        CheckConstraint("ends_at > starts_at", name="times_ordered"),
        CheckConstraint("(unit_id IS NULL) <> (equipment_id IS NULL)", name="one_resource"),
    )

    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"))
    tenant_id: Mapped[int | None] = mapped_column(ForeignKey("tenants.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("training_events.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    purpose: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus), default=BookingStatus.CONFIRMED
    )


class Equipment(IdMixin, Versioned, Base):
    """Shared kit booked by the hour (lab instruments, supercomputing time…)."""

    __tablename__ = "equipment"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    location_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    hourly_rate: Mapped[Decimal] = mapped_column(default=Decimal(0))
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
