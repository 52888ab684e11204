"""What the calendar shows and moves: sessions in a time range, and the other room bookings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ...core.clock import local_aware, read_timestamp
from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import BookingStatus, ServiceType, SessionMode, SessionStatus
from ...db import Store
from ...models import Booking, Building, Mentor, MentoringSession, SessionTenant, Tenant, Unit
from .. import spaces
from ..access import Action, requires
from ..spaces.rows import full_code
from .bulk import MODES, SERVICE_TYPES, STATUSES, raw
from .conflicts import overlapping

_t = Translator("errors")


@dataclass(frozen=True)
class SessionRow:
    """A session as a calendar or a list shows it."""

    id: int
    version: int
    mentor_id: int
    mentor: str
    tenant_ids: tuple[int, ...]
    tenants: tuple[str, ...]
    starts_at: dt.datetime
    ends_at: dt.datetime
    service_type: ServiceType
    mode: SessionMode
    topic: str
    status: SessionStatus


@dataclass(frozen=True)
class BookingRow:
    """A room booking made for neither a session nor an event."""

    id: int
    version: int
    unit_id: int
    room: str
    tenant_id: int | None
    holder: str
    purpose: str
    starts_at: dt.datetime
    ends_at: dt.datetime


def sessions_between(
    db: Store,
    start: dt.datetime,
    end: dt.datetime,
    *,
    mentor_id: int | None = None,
    tenant_id: int | None = None,
    include_cancelled: bool = False,
    with_tenants: bool = True,
) -> list[SessionRow]:
    """Sessions overlapping [start, end), in time order (the calendar's and the lists' rows).

    Reads plain columns rather than ORM objects: a busy month holds thousands of sessions.
    With `with_tenants=False` the tenants are left empty (the month view paints without them).
    """
    ms = MentoringSession
    where = overlapping(local_aware(start), local_aware(end))
    if mentor_id is not None:
        where.append(ms.mentor_id == mentor_id)
    if tenant_id is not None:
        took_part = aliased(SessionTenant)  # the tenants query below has its own SessionTenant
        where.append(
            select(took_part.session_id)
            .where(took_part.session_id == ms.id, took_part.tenant_id == tenant_id)
            .exists()
        )
    if not include_cancelled:
        where.append(ms.status != SessionStatus.CANCELLED)
    stmt = (
        select(
            ms.id,
            ms.version,
            ms.mentor_id,
            raw(ms.starts_at),
            raw(ms.ends_at),
            raw(ms.service_type),
            raw(ms.mode),
            ms.topic,
            raw(ms.status),
        )
        .where(*where)
        .order_by(ms.starts_at, ms.id)
    )
    people_stmt = (
        select(SessionTenant.session_id, Tenant.id, Tenant.name_zh, Tenant.name_en)
        .join(ms, ms.id == SessionTenant.session_id)
        .join(Tenant, Tenant.id == SessionTenant.tenant_id)
        .where(*where)
    )
    with db.read() as s:
        conn = s.connection()  # Core rows: no ORM bookkeeping for thousands of plain tuples
        found = conn.execute(stmt).all()
        mentors = dict(conn.execute(select(Mentor.id, Mentor.name)).all())
        people: dict[int, list[tuple[int, str]]] = {}
        if with_tenants:
            for sid, tid, zh, en in conn.execute(people_stmt):
                people.setdefault(sid, []).append((tid, zh or en))
    out = []
    empty: list[tuple[int, str]] = []
    for sid, version, mid, starts, ends, stype, mode, topic, status in found:
        who = sorted(people.get(sid, empty))
        out.append(
            SessionRow(
                sid,
                version,
                mid,
                mentors.get(mid, ""),
                tuple(t for t, _ in who),
                tuple(n for _, n in who),
                read_timestamp(starts),
                read_timestamp(ends),
                SERVICE_TYPES[stype],
                MODES[mode],
                topic,
                STATUSES[status],
            )
        )
    return out


def bookings_between(
    db: Store, start: dt.datetime, end: dt.datetime, *, tenant_id: int | None = None
) -> list[BookingRow]:
    """Confirmed room bookings overlapping [start, end) that belong to no session or event."""
    session_booking = (
        select(MentoringSession.id).where(MentoringSession.booking_id == Booking.id).exists()
    )
    stmt = (
        select(Booking, Building.code, Unit.code, Tenant.name_zh, Tenant.name_en)
        .join(Unit, Unit.id == Booking.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .outerjoin(Tenant, Tenant.id == Booking.tenant_id)
        .where(
            Booking.starts_at < local_aware(end),
            Booking.ends_at > local_aware(start),
            Booking.status == BookingStatus.CONFIRMED,
            Booking.event_id.is_(None),
            ~session_booking,
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    if tenant_id is not None:
        stmt = stmt.where(Booking.tenant_id == tenant_id)
    with db.read() as s:
        return [
            BookingRow(
                b.id,
                b.version,
                b.unit_id or 0,
                full_code(building, code),
                b.tenant_id,
                zh or en or "",
                b.purpose,
                b.starts_at,
                b.ends_at,
            )
            for b, building, code, zh, en in s.execute(stmt)
        ]


@requires(Action.BOOK_ROOMS)
def move_booking(db: Store, booking_id: int, expected_version: int, new_start: dt.datetime) -> int:
    """Move a room booking to a new start, keeping its length and room; the new booking's id.

    The old booking is kept as cancelled and a new one made through spaces, in one unit of
    work, so the same overlap check (buffer included) applies and a refusal changes nothing.
    """
    with db.uow(summary="move room booking") as uow:
        old = uow.get(Booking, booking_id, expected_version)
        if old.unit_id is None:
            raise ValidationError(
                {
                    "unit_id": _t(
                        QT_TRANSLATE_NOOP("errors", "Only room bookings can be moved here.")
                    )
                }
            )
        start = local_aware(new_start)
        length = old.ends_at - old.starts_at
        spaces.cancel_booking(uow, old.id)
        uow.session.flush()
        new_id = spaces.book_room(
            uow,
            old.unit_id,
            start,
            start + length,
            tenant_id=old.tenant_id,
            event_id=old.event_id,
            purpose=old.purpose,
        )
        uow.commit()
        return new_id
