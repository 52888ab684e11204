"""Training events: capacity, registration of tenants' people, waiting list, check-in, feedback.

Registrations beyond the capacity go on a waiting list, numbered 1, 2, 3…; when a registered
person cancels (or the capacity is raised) the first on the list moves up. People who turn up
unregistered are checked in as walk-ins. The attendance rate of an event is the share of
registered (not walk-in) people who were checked in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..core.clock import local_aware, local_time_text, now
from ..core.errors import ConflictError, NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.vocabularies import BookingStatus, EventKind, EventStatus, RegistrationStatus, Stage
from ..db import Store, UnitOfWork
from ..models import Booking, Building, EventRegistration, Person, Tenant, TrainingEvent, Unit
from .access import Action, requires
from .activity_rooms import bookable_rooms, keep_room_booked
from .spaces.allocations import unit_code
from .spaces.rows import full_code
from .text_search import contains

R = RegistrationStatus

_t = Translator("errors")

EVENT_GONE = QT_TRANSLATE_NOOP("errors", "This event no longer exists.")
PERSON_GONE = QT_TRANSLATE_NOOP("errors", "This person no longer exists.")


# ---------------------------------------------------------------------------------------------
# Plain results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventData:
    title: str
    kind: EventKind
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    venue_unit_id: int | None = None  # a room from the space inventory (booked), or…
    venue_address: str = ""  # …an outside address
    speakers: str = ""
    target_stages: Sequence[str] = ()
    target_industries: Sequence[int] = ()
    description: str = ""


@dataclass(frozen=True)
class EventDetail:
    id: int
    version: int
    title: str
    kind: EventKind
    starts_at: dt.datetime
    ends_at: dt.datetime
    capacity: int
    venue_unit_id: int | None
    venue: str  # the room's full code or the outside address
    venue_address: str
    speakers: str
    target_stages: tuple[str, ...]
    target_industries: tuple[int, ...]
    description: str
    status: EventStatus
    registered: int
    waitlisted: int
    checked_in: int
    walk_ins: int
    attendance_rate: float | None  # checked-in registered / registered; None before any, or
    # before the event begins
    average_feedback: float | None

    def as_data(self) -> EventData:
        return EventData(
            self.title,
            self.kind,
            self.starts_at,
            self.ends_at,
            self.capacity,
            self.venue_unit_id,
            self.venue_address,
            self.speakers,
            self.target_stages,
            self.target_industries,
            self.description,
        )


@dataclass(frozen=True)
class EventRow:
    """An event as the calendar shows it."""

    id: int
    version: int
    title: str
    kind: EventKind
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue: str
    status: EventStatus


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    version: int
    person_id: int
    person: str
    tenant_id: int
    tenant: str
    status: RegistrationStatus
    waitlist_position: int | None
    registered_at: dt.datetime
    checked_in_at: dt.datetime | None
    walk_in: bool
    feedback_score: int | None


@dataclass(frozen=True)
class RegistrationResult:
    registration_id: int
    status: RegistrationStatus
    waitlist_position: int | None


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    tenant_id: int
    tenant: str


@dataclass(frozen=True)
class TenantEventRow:
    """An event a tenant's people registered for, with how many came."""

    event_id: int
    title: str
    kind: EventKind
    starts_at: dt.datetime
    status: EventStatus
    registered: int
    waitlisted: int
    attended: int


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


def _validate(data: EventData) -> EventData:
    errors: dict[str, str] = {}
    title = data.title.strip()
    if not title:
        errors["title"] = _t(QT_TRANSLATE_NOOP("errors", "Enter the event's title."))
    elif len(title) > 200:
        errors["title"] = _t(QT_TRANSLATE_NOOP("errors", "Keep the title under 200 characters."))
    starts, ends = local_aware(data.starts_at), local_aware(data.ends_at)
    if ends <= starts:
        errors["ends_at"] = _t(QT_TRANSLATE_NOOP("errors", "The event must end after it starts."))
    if data.capacity <= 0:
        errors["capacity"] = _t(QT_TRANSLATE_NOOP("errors", "The capacity must be at least 1."))
    address = data.venue_address.strip()
    if data.venue_unit_id is not None and address:
        errors["venue_address"] = _t(
            QT_TRANSLATE_NOOP("errors", "Choose either a room or an outside address, not both.")
        )
    if len(address) > 300:
        errors["venue_address"] = _t(
            QT_TRANSLATE_NOOP("errors", "Keep the address under 300 characters.")
        )
    if len(data.speakers.strip()) > 300:
        errors["speakers"] = _t(
            QT_TRANSLATE_NOOP("errors", "Keep the speakers under 300 characters.")
        )
    stages = []
    for st in data.target_stages:
        try:
            stages.append(Stage(st).value)
        except ValueError:
            errors["target_stages"] = _t(
                QT_TRANSLATE_NOOP("errors", "Unknown stage: {stage}."), stage=st
            )
    if errors:
        raise ValidationError(errors)
    return EventData(
        title,
        EventKind(data.kind),
        starts,
        ends,
        int(data.capacity),
        data.venue_unit_id,
        address,
        data.speakers.strip(),
        stages,
        [int(i) for i in data.target_industries],
        data.description.strip(),
    )


def _counts(s: Session, event_id: int) -> dict[str, int]:
    row = s.execute(
        select(
            func.count().filter(
                EventRegistration.status == R.REGISTERED, EventRegistration.walk_in.is_(False)
            ),
            func.count().filter(EventRegistration.status == R.WAITLISTED),
            func.count().filter(
                EventRegistration.status == R.REGISTERED,
                EventRegistration.walk_in.is_(False),
                EventRegistration.checked_in_at.is_not(None),
            ),
            func.count().filter(EventRegistration.walk_in.is_(True)),
        ).where(EventRegistration.event_id == event_id)
    ).one()
    return {"registered": row[0], "waitlisted": row[1], "checked_in": row[2], "walk_ins": row[3]}


def _event_booking(s: Session, event_id: int) -> Booking | None:
    return s.scalars(
        select(Booking).where(
            Booking.event_id == event_id, Booking.status == BookingStatus.CONFIRMED
        )
    ).first()


def _sync_venue(uow: UnitOfWork, ev: TrainingEvent) -> None:
    """Keep the venue room's booking in step with the event's room, times and status."""
    keep_room_booked(
        uow,
        _event_booking(uow.session, ev.id),
        ev.venue_unit_id if ev.status is not EventStatus.CANCELLED else None,
        ev.starts_at,
        ev.ends_at,
        event_id=ev.id,
        purpose=ev.title[:200],
    )


def _apply(ev: TrainingEvent, data: EventData) -> None:
    ev.title = data.title
    ev.kind = data.kind
    ev.starts_at = data.starts_at
    ev.ends_at = data.ends_at
    ev.capacity = data.capacity
    ev.venue_unit_id = data.venue_unit_id
    ev.venue_address = data.venue_address
    ev.speakers = data.speakers
    ev.target_stages = list(data.target_stages)
    ev.target_industries = list(data.target_industries)
    ev.description = data.description


@requires(Action.TRAINING)
def create_event(db: Store, data: EventData) -> int:
    data = _validate(data)
    with db.uow(summary="add training event") as uow:
        ev = TrainingEvent(status=EventStatus.PLANNED)
        _apply(ev, data)
        uow.session.add(ev)
        uow.session.flush()
        _sync_venue(uow, ev)
        uow.commit()
        return ev.id


@requires(Action.TRAINING)
def update_event(db: Store, event_id: int, expected_version: int, data: EventData) -> None:
    """Change an event; the capacity may not drop below the people already registered.

    Raising the capacity moves people up from the waiting list, in order.
    """
    data = _validate(data)
    with db.uow(summary="edit training event") as uow:
        s = uow.session
        ev = uow.get(TrainingEvent, event_id, expected_version)
        registered = _counts(s, ev.id)["registered"]
        if data.capacity < registered:
            raise ValidationError(
                {
                    "capacity": _t(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{count} people are already registered; the capacity cannot be "
                            "lower. Cancel registrations first.",
                        ),
                        count=registered,
                    )
                }
            )
        _apply(ev, data)
        s.flush()
        _sync_venue(uow, ev)
        _promote(s, ev)
        uow.commit()


@requires(Action.TRAINING)
def set_event_status(db: Store, event_id: int, expected_version: int, status: EventStatus) -> None:
    """Mark an event held or cancelled (a cancelled event frees its room)."""
    with db.uow(summary=f"event {status.value}") as uow:
        ev = uow.get(TrainingEvent, event_id, expected_version)
        ev.status = EventStatus(status)
        uow.session.flush()
        _sync_venue(uow, ev)
        uow.commit()


def get_event(db: Store, event_id: int) -> EventDetail:
    with db.read() as s:
        ev = s.get(TrainingEvent, event_id)
        if ev is None:
            raise NotFound(EVENT_GONE)
        return _detail(s, ev)


def _detail(s: Session, ev: TrainingEvent) -> EventDetail:
    c = _counts(s, ev.id)
    unit = s.get(Unit, ev.venue_unit_id) if ev.venue_unit_id else None
    avg = s.scalar(
        select(func.avg(EventRegistration.feedback_score)).where(
            EventRegistration.event_id == ev.id
        )
    )
    return EventDetail(
        id=ev.id,
        version=ev.version,
        title=ev.title,
        kind=ev.kind,
        starts_at=ev.starts_at,
        ends_at=ev.ends_at,
        capacity=ev.capacity,
        venue_unit_id=ev.venue_unit_id,
        venue=unit_code(unit) if unit else ev.venue_address,
        venue_address=ev.venue_address,
        speakers=ev.speakers,
        target_stages=tuple(ev.target_stages or ()),
        target_industries=tuple(ev.target_industries or ()),
        description=ev.description,
        status=ev.status,
        registered=c["registered"],
        waitlisted=c["waitlisted"],
        checked_in=c["checked_in"],
        walk_ins=c["walk_ins"],
        # Before an event begins (and before anyone checks in) there is no rate, not 0 %.
        attendance_rate=(c["checked_in"] / c["registered"])
        if c["registered"] and (ev.starts_at <= now() or c["checked_in"] or c["walk_ins"])
        else None,
        average_feedback=float(avg) if avg is not None else None,
    )


def events_between(
    db: Store, start: dt.datetime, end: dt.datetime, include_cancelled: bool = False
) -> list[EventRow]:
    stmt = (
        select(TrainingEvent, Unit.code, Building.code)
        .outerjoin(Unit, Unit.id == TrainingEvent.venue_unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(
            TrainingEvent.starts_at < local_aware(end), TrainingEvent.ends_at > local_aware(start)
        )
        .order_by(TrainingEvent.starts_at, TrainingEvent.id)
    )
    if not include_cancelled:
        stmt = stmt.where(TrainingEvent.status != EventStatus.CANCELLED)
    with db.read() as s:
        return [
            EventRow(
                e.id,
                e.version,
                e.title,
                e.kind,
                e.starts_at,
                e.ends_at,
                full_code(building, code) if code else e.venue_address,
                e.status,
            )
            for e, code, building in s.execute(stmt)
        ]


@requires(Action.TRAINING)
def move_event(db: Store, event_id: int, expected_version: int, new_start: dt.datetime) -> None:
    """Move an event to a new start keeping its length; the venue room is booked again."""
    with db.uow(summary="move training event") as uow:
        ev = uow.get(TrainingEvent, event_id, expected_version)
        data = _detail(uow.session, ev).as_data()
        start = local_aware(new_start)
        length = data.ends_at - data.starts_at
        update_event(
            uow, event_id, expected_version, replace(data, starts_at=start, ends_at=start + length)
        )
        uow.commit()


# ---------------------------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------------------------


def _open_event(uow: UnitOfWork, event_id: int) -> TrainingEvent:
    # Lock the event row (PostgreSQL) so two people taking the last seat are serialised.
    ev = uow.session.scalars(
        select(TrainingEvent)
        .where(TrainingEvent.id == event_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if ev is None:
        raise NotFound(EVENT_GONE)
    return ev


def _refuse_cancelled(ev: TrainingEvent, what: str) -> None:
    if ev.status is EventStatus.CANCELLED:
        raise ConflictError(what, title=ev.title)


def _renumber(s: Session, event_id: int) -> None:
    waiting = s.scalars(
        select(EventRegistration)
        .where(EventRegistration.event_id == event_id, EventRegistration.status == R.WAITLISTED)
        .order_by(EventRegistration.waitlist_position, EventRegistration.registered_at)
    ).all()
    for i, reg in enumerate(waiting, start=1):
        if reg.waitlist_position != i:
            reg.waitlist_position = i


def _promote(s: Session, ev: TrainingEvent) -> list[int]:
    """Move people up from the waiting list while there are free seats; their ids."""
    s.flush()
    free = ev.capacity - _counts(s, ev.id)["registered"]
    promoted: list[int] = []
    if free > 0:
        waiting = s.scalars(
            select(EventRegistration)
            .where(EventRegistration.event_id == ev.id, EventRegistration.status == R.WAITLISTED)
            .order_by(EventRegistration.waitlist_position, EventRegistration.registered_at)
            .limit(free)
        ).all()
        for reg in waiting:
            reg.status = R.REGISTERED
            reg.waitlist_position = None
            promoted.append(reg.id)
        s.flush()
    _renumber(s, ev.id)
    return promoted


@requires(Action.TRAINING)
def register(db: Store, event_id: int, person_id: int) -> RegistrationResult:
    """Register a tenant's person; when the event is full, on the waiting list."""
    with db.uow(summary="register for event") as uow:
        s = uow.session
        ev = _open_event(uow, event_id)
        _refuse_cancelled(
            ev, QT_TRANSLATE_NOOP("errors", "“{title}” is cancelled; nobody can register.")
        )
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(PERSON_GONE)
        reg = s.scalars(
            select(EventRegistration).where(
                EventRegistration.event_id == event_id, EventRegistration.person_id == person_id
            )
        ).first()
        if reg is not None and reg.status is not R.CANCELLED:
            where = (
                _t(QT_TRANSLATE_NOOP("errors", "on the waiting list"))
                if reg.status is R.WAITLISTED
                else _t(QT_TRANSLATE_NOOP("errors", "registered"))
            )
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "{person} is already {where} for “{title}”."),
                person=person.name,
                where=where,
                title=ev.title,
            )
        counts = _counts(s, event_id)
        if reg is None:
            reg = EventRegistration(event_id=event_id, person_id=person_id)
            s.add(reg)
        reg.tenant_id = person.tenant_id
        reg.registered_at = now()
        reg.checked_in_at = None
        reg.walk_in = False
        reg.feedback_score = None
        if counts["registered"] < ev.capacity:
            reg.status, reg.waitlist_position = R.REGISTERED, None
        else:
            reg.status, reg.waitlist_position = R.WAITLISTED, counts["waitlisted"] + 1
        s.flush()
        result = RegistrationResult(reg.id, reg.status, reg.waitlist_position)
        uow.commit()
        return result


@requires(Action.TRAINING)
def cancel_registration(db: Store, registration_id: int, expected_version: int) -> list[int]:
    """Cancel a registration; returns the ids of registrations moved up from the waiting list."""
    with db.uow(summary="cancel registration") as uow:
        s = uow.session
        reg = uow.get(EventRegistration, registration_id, expected_version)
        ev = _open_event(uow, reg.event_id)
        if reg.status is R.CANCELLED:
            uow.commit()
            return []
        reg.status = R.CANCELLED
        reg.waitlist_position = None
        reg.checked_in_at = None
        promoted = _promote(s, ev) if ev.status is not EventStatus.CANCELLED else []
        uow.commit()
        return promoted


@requires(Action.TRAINING)
def check_in(db: Store, event_id: int, person_id: int, at: dt.datetime | None = None) -> bool:
    """Check a person in; someone not registered is recorded as a walk-in. True if walk-in."""
    with db.uow(summary="check in") as uow:
        s = uow.session
        ev = _open_event(uow, event_id)
        _refuse_cancelled(
            ev, QT_TRANSLATE_NOOP("errors", "“{title}” is cancelled; nobody can check in.")
        )
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(PERSON_GONE)
        reg = s.scalars(
            select(EventRegistration).where(
                EventRegistration.event_id == event_id, EventRegistration.person_id == person_id
            )
        ).first()
        when = local_aware(at) if at is not None else now()
        walk_in = reg is None or reg.status is not R.REGISTERED
        if reg is not None and reg.checked_in_at is not None and reg.status is R.REGISTERED:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "{person} was already checked in at {time}."),
                person=person.name,
                time=local_time_text(reg.checked_in_at),
            )
        if reg is None:
            reg = EventRegistration(
                event_id=event_id, person_id=person_id, tenant_id=person.tenant_id
            )
            s.add(reg)
        if walk_in:
            reg.status = R.REGISTERED
            reg.waitlist_position = None
            reg.walk_in = True
            reg.registered_at = when
        reg.checked_in_at = when
        s.flush()
        _renumber(s, event_id)
        uow.commit()
        return walk_in


@requires(Action.TRAINING)
def undo_check_in(db: Store, registration_id: int, expected_version: int) -> None:
    """Take back a check-in made by mistake (a walk-in's record is removed)."""
    with db.uow(summary="undo check-in") as uow:
        reg = uow.get(EventRegistration, registration_id, expected_version)
        if reg.walk_in:
            uow.session.delete(reg)
        else:
            reg.checked_in_at = None
            reg.feedback_score = None
        uow.commit()


@requires(Action.TRAINING)
def set_feedback(db: Store, registration_id: int, expected_version: int, score: int | None) -> None:
    """An attendee's feedback score, 1 (poor) to 5 (excellent), or None to clear it."""
    if score is not None and not (1 <= score <= 5):
        raise ValidationError(
            {"feedback_score": _t(QT_TRANSLATE_NOOP("errors", "A feedback score is from 1 to 5."))}
        )
    with db.uow(summary="event feedback") as uow:
        reg = uow.get(EventRegistration, registration_id, expected_version)
        if score is not None and reg.checked_in_at is None:
            raise ValidationError(
                {
                    "feedback_score": _t(
                        QT_TRANSLATE_NOOP("errors", "Only people who attended can give feedback.")
                    )
                }
            )
        reg.feedback_score = score
        uow.commit()


def registrations(db: Store, event_id: int) -> list[RegistrationRow]:
    """Everyone registered, waiting or cancelled; registered first, then the list in order."""
    order = case(
        (EventRegistration.status == R.REGISTERED, 0),
        (EventRegistration.status == R.WAITLISTED, 1),
        else_=2,
    )
    stmt = (
        select(EventRegistration, Person.name, Tenant.name_zh, Tenant.name_en)
        .join(Person, Person.id == EventRegistration.person_id)
        .join(Tenant, Tenant.id == EventRegistration.tenant_id)
        .where(EventRegistration.event_id == event_id)
        .order_by(order, EventRegistration.waitlist_position, EventRegistration.registered_at)
    )
    with db.read() as s:
        return [
            RegistrationRow(
                r.id,
                r.version,
                r.person_id,
                name,
                r.tenant_id,
                zh or en,
                r.status,
                r.waitlist_position,
                r.registered_at,
                r.checked_in_at,
                r.walk_in,
                r.feedback_score,
            )
            for r, name, zh, en in s.execute(stmt)
        ]


def people_choices(db: Store, search: str = "", limit: int = 200) -> list[PersonChoice]:
    """Tenants' people to register, matched by person or tenant name."""
    stmt = (
        select(Person.id, Person.name, Tenant.id, Tenant.name_zh, Tenant.name_en)
        .join(Tenant, Tenant.id == Person.tenant_id)
        .where(Person.archived_at.is_(None), Tenant.archived_at.is_(None))
        .order_by(Tenant.name_zh, Person.name)
        .limit(limit)
    )
    text = search.strip()
    if text:
        stmt = stmt.where(
            contains(Person.name, text)
            | contains(Tenant.name_zh, text)
            | contains(Tenant.name_en, text)
        )
    with db.read() as s:
        return [PersonChoice(p, n, t, zh or en) for p, n, t, zh, en in s.execute(stmt)]


def events_for_tenant(db: Store, tenant_id: int) -> list[TenantEventRow]:
    """Events the tenant's people registered for, newest first, with attendance."""
    stmt = (
        select(
            TrainingEvent.id,
            TrainingEvent.title,
            TrainingEvent.kind,
            TrainingEvent.starts_at,
            TrainingEvent.status,
            func.count().filter(EventRegistration.status == R.REGISTERED),
            func.count().filter(EventRegistration.status == R.WAITLISTED),
            func.count().filter(
                EventRegistration.status == R.REGISTERED,
                EventRegistration.checked_in_at.is_not(None),
            ),
        )
        .join(EventRegistration, EventRegistration.event_id == TrainingEvent.id)
        .where(EventRegistration.tenant_id == tenant_id)
        .group_by(
            TrainingEvent.id,
            TrainingEvent.title,
            TrainingEvent.kind,
            TrainingEvent.starts_at,
            TrainingEvent.status,
        )
        .order_by(TrainingEvent.starts_at.desc())
    )
    with db.read() as s:
        return [TenantEventRow(*row) for row in s.execute(stmt)]


def venue_choices(db: Store) -> list[tuple[int, str]]:
    """Rooms from the space inventory that can host an event (bookable units)."""
    return bookable_rooms(db)


__all__ = [
    "EventData",
    "EventDetail",
    "EventRow",
    "PersonChoice",
    "RegistrationResult",
    "RegistrationRow",
    "TenantEventRow",
    "cancel_registration",
    "check_in",
    "create_event",
    "events_between",
    "events_for_tenant",
    "get_event",
    "move_event",
    "people_choices",
    "register",
    "registrations",
    "set_event_status",
    "set_feedback",
    "undo_check_in",
    "update_event",
    "venue_choices",
]
