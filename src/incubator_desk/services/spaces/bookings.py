"""Bookings by the hour of meeting rooms and shared equipment, which never overlap.

`book_room`, `book_equipment` and `cancel_booking` run in their own unit of work when given
the database, and inside the caller's when given its unit of work: a mentoring session or a
training event books its room in the same transaction that saves it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.clock import local_aware, local_text, local_time_text
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import BookingStatus, UnitStatus
from ...db import Store, UnitOfWork
from ...models import Booking, Building, Equipment, Tenant, TrainingEvent, Unit
from ..access import Action, requires
from .locks import lock_equipment, lock_unit
from .rows import full_code

_t = Translator("errors")


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


_fmt_dt = local_text
_fmt_time = local_time_text


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


def _unit_label(s: Session, unit: Unit) -> str:
    building = s.get(Building, unit.building_id)
    return full_code(building.code, unit.code) if building is not None else unit.code


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


def _check_booking_overlap(
    uow: UnitOfWork,
    column: Any,
    resource_id: int,
    label: str,
    buffer_minutes: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
) -> None:
    """Refuse an overlap with a confirmed booking of the same room or kit, buffer included.

    Runs after the room's or kit's row is locked (see `locks`)."""
    buffer = dt.timedelta(minutes=max(buffer_minutes or 0, 0))
    other = uow.session.scalars(
        select(Booking)
        .where(
            column == resource_id,
            Booking.status == BookingStatus.CONFIRMED,
            Booking.starts_at < ends_at + buffer,
            Booking.ends_at > starts_at - buffer,
        )
        .order_by(Booking.starts_at)
        .limit(1)
    ).first()
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


@requires(Action.BOOK_ROOMS)
def book_room(
    db: Store,
    unit_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> int:
    """Book a bookable unit by the hour; returns the booking's id.

    Refuses an end not after the start, a unit that is not bookable or is retired or under
    maintenance, and any overlap — counting the unit's buffer minutes on both sides — with a
    confirmed booking of the same unit. The refusal names the other booking's holder and times.
    """
    starts_at, ends_at = local_aware(starts_at), local_aware(ends_at)
    purpose = (purpose or "").strip()
    with db.uow(summary="book room") as uow:
        s = uow.session
        _check_booking_input(s, starts_at, ends_at, purpose, tenant_id, event_id)
        unit = lock_unit(uow, unit_id)
        if not unit.bookable:
            message = QT_TRANSLATE_NOOP(
                "errors", "{code} is not bookable by the hour; choose a meeting room."
            )
        elif unit.status == UnitStatus.RETIRED:
            message = QT_TRANSLATE_NOOP("errors", "{code} is retired and cannot be booked.")
        elif unit.status == UnitStatus.MAINTENANCE:
            message = QT_TRANSLATE_NOOP(
                "errors", "{code} is under maintenance and cannot be booked."
            )
        else:
            message = ""
        if message:
            raise ValidationError({"unit_id": _t(message, code=unit.code)})
        _check_booking_overlap(
            uow,
            Booking.unit_id,
            unit.id,
            _unit_label(s, unit),
            unit.buffer_minutes,
            starts_at,
            ends_at,
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
        uow.commit()
        return booking.id


@requires(Action.BOOK_ROOMS)
def book_equipment(
    db: Store,
    equipment_id: int,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> int:
    """Book shared equipment by the hour, with the same no-overlap guarantee as rooms;
    returns the booking's id."""
    starts_at, ends_at = local_aware(starts_at), local_aware(ends_at)
    purpose = (purpose or "").strip()
    with db.uow(summary="book equipment") as uow:
        s = uow.session
        _check_booking_input(s, starts_at, ends_at, purpose, tenant_id, event_id)
        kit = lock_equipment(uow, equipment_id)
        if not kit.active:
            raise ValidationError(
                {
                    "equipment_id": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "{name} is out of service and cannot be booked."
                        ),
                        name=kit.name,
                    )
                }
            )
        _check_booking_overlap(
            uow, Booking.equipment_id, kit.id, kit.name, kit.buffer_minutes, starts_at, ends_at
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
        uow.commit()
        return booking.id


@requires(Action.BOOK_ROOMS)
def cancel_booking(db: Store, booking_id: int, expected_version: int | None = None) -> None:
    """Cancel a booking: it is kept, marked cancelled, and frees its slot."""
    with db.uow(summary="cancel booking") as uow:
        booking = uow.get(Booking, booking_id, expected_version)
        booking.status = BookingStatus.CANCELLED
        uow.commit()


def bookings_between(
    db: Store,
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
