"""Mentoring sessions: what a session holds, and saving, moving, cancelling and removing one.

A mentor or a tenant cannot be in two sessions at once: every save and every move runs the
overlap check (`conflicts.check_conflicts`) inside the writing unit of work. An on-site session
books its meeting room through spaces in the same unit of work, so a room clash refuses the
whole save and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.clock import local_aware, now
from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import BookingStatus, ServiceType, SessionMode, SessionStatus
from ...db import Store, UnitOfWork
from ...models import Booking, Mentor, MentoringSession, SessionAction, SessionTenant, Tenant, Unit
from .. import spaces
from ..access import Action, requires
from ..activity_rooms import keep_room_booked
from ..spaces.allocations import unit_code
from .conflicts import MAX_SESSION, check_conflicts
from .mentors import MENTOR_GONE, tenant_name
from .ratings import RATING_RANGE, valid_rating

_t = Translator("errors")

SESSION_GONE = QT_TRANSLATE_NOOP("errors", "This session no longer exists.")


@dataclass(frozen=True)
class ActionData:
    """An agreed action as the dialog edits it; `id` None for a new one."""

    description: str
    owner: str = ""
    due_on: dt.date | None = None
    done: bool = False
    tenant_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class SessionData:
    mentor_id: int
    tenant_ids: Sequence[int]
    starts_at: dt.datetime
    ends_at: dt.datetime
    service_type: ServiceType
    mode: SessionMode = SessionMode.ONLINE
    room_unit_id: int | None = None  # on site: the meeting room to book (None: no booking)
    topic: str = ""
    notes: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    ratings: dict[int, int | None] = field(default_factory=dict)  # tenant id -> 1..5
    actions: Sequence[ActionData] = ()


@dataclass(frozen=True)
class SessionDetail:
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
    room_unit_id: int | None
    room: str
    topic: str
    notes: str
    status: SessionStatus
    ratings: dict[int, int | None]
    actions: tuple[ActionData, ...]

    def as_data(self) -> SessionData:
        return SessionData(
            mentor_id=self.mentor_id,
            tenant_ids=self.tenant_ids,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            service_type=self.service_type,
            mode=self.mode,
            room_unit_id=self.room_unit_id,
            topic=self.topic,
            notes=self.notes,
            status=self.status,
            ratings=dict(self.ratings),
            actions=self.actions,
        )


def _validate_session(data: SessionData) -> SessionData:
    errors: dict[str, str] = {}
    starts, ends = local_aware(data.starts_at), local_aware(data.ends_at)
    if ends <= starts:
        errors["ends_at"] = _t(QT_TRANSLATE_NOOP("errors", "The session must end after it starts."))
    elif ends - starts > MAX_SESSION:
        errors["ends_at"] = _t(
            QT_TRANSLATE_NOOP("errors", "A session lasts at most 12 hours; check the end time.")
        )
    tenant_ids = list(dict.fromkeys(data.tenant_ids))
    if not tenant_ids:
        errors["tenant_ids"] = _t(QT_TRANSLATE_NOOP("errors", "Choose at least one tenant."))
    for tid, rating in data.ratings.items():
        # Ratings of tenants no longer in the session are dropped below.
        if tid in tenant_ids and not valid_rating(rating):
            errors["ratings"] = _t(RATING_RANGE)
    if len(data.topic.strip()) > 200:
        errors["topic"] = _t(QT_TRANSLATE_NOOP("errors", "Keep the topic under 200 characters."))
    for a in data.actions:
        if not a.description.strip():
            errors["actions"] = _t(
                QT_TRANSLATE_NOOP("errors", "Every agreed action needs a description.")
            )
        elif len(a.owner.strip()) > 120:
            errors["actions"] = _t(
                QT_TRANSLATE_NOOP("errors", "Keep an action's owner under 120 characters.")
            )
    if data.mode is SessionMode.ONLINE and data.room_unit_id is not None:
        errors["room_unit_id"] = _t(
            QT_TRANSLATE_NOOP("errors", "An online session does not book a room.")
        )
    if errors:
        raise ValidationError(errors)
    return SessionData(
        mentor_id=data.mentor_id,
        tenant_ids=tenant_ids,
        starts_at=starts,
        ends_at=ends,
        service_type=ServiceType(data.service_type),
        mode=SessionMode(data.mode),
        room_unit_id=data.room_unit_id,
        topic=data.topic.strip(),
        notes=data.notes.strip(),
        status=SessionStatus(data.status),
        ratings={k: v for k, v in data.ratings.items() if k in tenant_ids},
        actions=list(data.actions),
    )


def _room_of(s: Session, booking_id: int | None) -> Booking | None:
    if booking_id is None:
        return None
    b = s.get(Booking, booking_id)
    return b if b is not None and b.status == BookingStatus.CONFIRMED else None


def _sync_booking(uow: UnitOfWork, ms: MentoringSession, data: SessionData) -> None:
    """Keep the session's room booking in step with its mode, room, times and status."""
    s = uow.session
    wanted = (
        data.room_unit_id
        if data.mode is SessionMode.ON_SITE and data.status is not SessionStatus.CANCELLED
        else None
    )
    mentor = s.get(Mentor, ms.mentor_id)
    purpose = _t(
        QT_TRANSLATE_NOOP("errors", "Mentoring: {mentor}"), mentor=mentor.name if mentor else ""
    )
    ms.booking_id = keep_room_booked(
        uow,
        _room_of(s, ms.booking_id),
        wanted,
        ms.starts_at,
        ms.ends_at,
        tenant_id=data.tenant_ids[0],
        purpose=purpose[:200],
    )


def _apply_session(uow: UnitOfWork, ms: MentoringSession, data: SessionData) -> None:
    s = uow.session
    if s.get(Mentor, data.mentor_id) is None:
        raise NotFound(MENTOR_GONE)
    for tid in data.tenant_ids:
        if s.get(Tenant, tid) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    if data.status is not SessionStatus.CANCELLED:
        check_conflicts(
            s, data.mentor_id, data.tenant_ids, data.starts_at, data.ends_at, exclude_id=ms.id
        )
    ms.mentor_id = data.mentor_id
    ms.starts_at = data.starts_at
    ms.ends_at = data.ends_at
    ms.service_type = data.service_type
    ms.mode = data.mode
    ms.topic = data.topic
    ms.notes = data.notes
    ms.status = data.status
    # attendees
    existing = {a.tenant_id: a for a in ms.attendees}
    for tid, a in list(existing.items()):
        if tid not in data.tenant_ids:
            ms.attendees.remove(a)
    for tid in data.tenant_ids:
        att = existing.get(tid)
        if att is None:
            att = SessionTenant(tenant_id=tid)
            ms.attendees.append(att)
        att.rating = data.ratings.get(tid)
    # actions
    by_id = {a.id: a for a in ms.actions}
    keep: set[int] = set()
    today = clock.today()
    for ad in data.actions:
        act = by_id.get(ad.id) if ad.id is not None else None
        if act is None:
            act = SessionAction()
            ms.actions.append(act)
        else:
            keep.add(act.id)
        act.description = ad.description.strip()
        act.owner = ad.owner.strip()
        act.due_on = ad.due_on
        act.tenant_id = ad.tenant_id if ad.tenant_id in data.tenant_ids else None
        if act.tenant_id is None and len(data.tenant_ids) == 1:
            act.tenant_id = data.tenant_ids[0]
        if ad.done and not act.done:
            act.done_on = today
        elif not ad.done:
            act.done_on = None
        act.done = ad.done
    for aid, act in by_id.items():
        if aid not in keep:
            ms.actions.remove(act)
    s.flush()
    _sync_booking(uow, ms, data)


@requires(Action.MENTORING)
def create_session(db: Store, data: SessionData) -> int:
    data = _validate_session(data)
    with db.uow(summary="add mentoring session") as uow:
        ms = MentoringSession(attendees=[], actions=[])
        _apply_session(uow, ms, data)
        uow.session.add(ms)
        uow.session.flush()
        uow.commit()
        return ms.id


@requires(Action.MENTORING)
def update_session(db: Store, session_id: int, expected_version: int, data: SessionData) -> None:
    data = _validate_session(data)
    with db.uow(summary="edit mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        _apply_session(uow, ms, data)
        ms.updated_at = now()  # bumps the version even if only children changed
        uow.commit()


@requires(Action.MENTORING)
def move_session(db: Store, session_id: int, expected_version: int, new_start: dt.datetime) -> None:
    """Move a session to a new start, keeping its length, its room and its people."""
    with db.uow(summary="move mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        detail = _detail(uow.session, ms)
        length = ms.ends_at - ms.starts_at
        start = local_aware(new_start)
        data = _validate_session(replace(detail.as_data(), starts_at=start, ends_at=start + length))
        _apply_session(uow, ms, data)
        ms.updated_at = now()
        uow.commit()


@requires(Action.MENTORING)
def cancel_session(db: Store, session_id: int, expected_version: int) -> None:
    with db.uow(summary="cancel mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        ms.status = SessionStatus.CANCELLED
        booking = _room_of(uow.session, ms.booking_id)
        if booking is not None:
            spaces.cancel_booking(uow, booking.id)
        uow.commit()


@requires(Action.MENTORING)
def delete_session(db: Store, session_id: int, expected_version: int) -> None:
    """Remove a session entered by mistake, with its attendees, actions and room booking."""
    with db.uow(summary="delete mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        booking = _room_of(uow.session, ms.booking_id)
        if booking is not None:
            spaces.cancel_booking(uow, booking.id)
        uow.session.delete(ms)
        uow.commit()


def _detail(s: Session, ms: MentoringSession) -> SessionDetail:
    tenants = {t.id: tenant_name(t) for t in s.scalars(
        select(Tenant).where(Tenant.id.in_([a.tenant_id for a in ms.attendees]))
    )}  # fmt: skip
    booking = _room_of(s, ms.booking_id)
    unit = s.get(Unit, booking.unit_id) if booking is not None and booking.unit_id else None
    mentor = s.get(Mentor, ms.mentor_id)
    ids = tuple(a.tenant_id for a in ms.attendees)
    return SessionDetail(
        id=ms.id,
        version=ms.version,
        mentor_id=ms.mentor_id,
        mentor=mentor.name if mentor else "",
        tenant_ids=ids,
        tenants=tuple(tenants.get(i, "") for i in ids),
        starts_at=ms.starts_at,
        ends_at=ms.ends_at,
        service_type=ms.service_type,
        mode=ms.mode,
        room_unit_id=unit.id if unit else None,
        room=unit_code(unit) if unit else "",
        topic=ms.topic,
        notes=ms.notes,
        status=ms.status,
        ratings={a.tenant_id: a.rating for a in ms.attendees},
        actions=tuple(
            ActionData(a.description, a.owner, a.due_on, a.done, a.tenant_id, a.id)
            for a in sorted(ms.actions, key=lambda x: x.id or 0)
        ),
    )


def get_session(db: Store, session_id: int) -> SessionDetail:
    with db.read() as s:
        ms = s.get(MentoringSession, session_id)
        if ms is None:
            raise NotFound(SESSION_GONE)
        return _detail(s, ms)
