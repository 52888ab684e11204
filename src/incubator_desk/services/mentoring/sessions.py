"""Mentors, their assignment to tenants, mentoring sessions, agreed actions and ratings.

A mentor or a tenant cannot be in two sessions at once: every save and every move runs the
same overlap check inside the writing unit of work, and the refusal names the other session.
An on-site session may book a meeting room through `services.spaces.book_room`, in the same
unit of work, so a room clash refuses the whole save and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..core.clock import local_aware
from ..core.errors import ConflictError, NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ..core.vocabularies import (
    OPEN_STAGES,
    BookingStatus,
    MentorKind,
    ServiceType,
    SessionMode,
    SessionStatus,
)
from ..db import Database, UnitOfWork
from ..models import (
    Booking,
    Mentor,
    MentorAssignment,
    MentoringSession,
    SessionAction,
    SessionTenant,
    Tenant,
    Unit,
)

CTX = "errors"
MAX_SESSION = dt.timedelta(hours=12)


_t = Translator(CTX)


def fmt_dt(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_time(value: dt.datetime) -> str:
    return value.astimezone().strftime("%H:%M")


def tenant_name(t: Tenant) -> str:
    return t.name_zh or t.name_en


# ---------------------------------------------------------------------------------------------
# Plain results
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentorRow:
    id: int
    version: int
    name: str
    organisation: str
    kind: MentorKind
    expertise: tuple[str, ...]
    phone: str
    email: str
    active: bool
    notes: str
    tenants: int  # tenants currently assigned


@dataclass(frozen=True)
class MentorData:
    name: str
    kind: MentorKind
    organisation: str = ""
    expertise: Sequence[str] = ()
    phone: str = ""
    email: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    version: int
    mentor_id: int
    mentor: str
    tenant_id: int
    tenant: str
    since: dt.date
    until: dt.date | None


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
class OverdueAction:
    id: int
    version: int
    session_id: int
    description: str
    owner: str
    due_on: dt.date
    days_overdue: int
    tenant_id: int | None
    tenant: str
    mentor_id: int
    mentor: str
    session_starts_at: dt.datetime
    session_topic: str


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


# ---------------------------------------------------------------------------------------------
# Mentors
# ---------------------------------------------------------------------------------------------


def _current_assignment(on: dt.date) -> ColumnElement[bool]:
    return and_(
        MentorAssignment.since <= on,
        or_(MentorAssignment.until.is_(None), MentorAssignment.until >= on),
    )


def list_mentors(db: Database, include_inactive: bool = True) -> list[MentorRow]:
    today = dt.date.today()
    counts = (
        select(func.count(func.distinct(MentorAssignment.tenant_id)))
        .where(MentorAssignment.mentor_id == Mentor.id, _current_assignment(today))
        .scalar_subquery()
    )
    stmt = select(Mentor, counts).order_by(Mentor.name, Mentor.id)
    if not include_inactive:
        stmt = stmt.where(Mentor.active)
    with db.read() as s:
        return [_mentor_row(m, n or 0) for m, n in s.execute(stmt)]


def _mentor_row(m: Mentor, tenants: int) -> MentorRow:
    return MentorRow(
        m.id,
        m.version,
        m.name,
        m.organisation,
        m.kind,
        tuple(m.expertise or ()),
        m.phone,
        m.email,
        m.active,
        m.notes,
        tenants,
    )


def get_mentor(db: Database, mentor_id: int) -> MentorRow:
    with db.read() as s:
        m = s.get(Mentor, mentor_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This mentor no longer exists."))
        n = s.scalar(
            select(func.count(func.distinct(MentorAssignment.tenant_id))).where(
                MentorAssignment.mentor_id == m.id, _current_assignment(dt.date.today())
            )
        )
        return _mentor_row(m, n or 0)


def _validate_mentor(data: MentorData) -> MentorData:
    name = data.name.strip()
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = _t(QT_TRANSLATE_NOOP("errors", "Enter the mentor's name."))
    elif len(name) > 120:
        errors["name"] = _t(QT_TRANSLATE_NOOP("errors", "Keep the name under 120 characters."))
    email = data.email.strip()
    if email and ("@" not in email or len(email) > 200):
        errors["email"] = _t(QT_TRANSLATE_NOOP("errors", "This is not an e-mail address."))
    if len(data.phone.strip()) > 40:
        errors["phone"] = _t(QT_TRANSLATE_NOOP("errors", "Keep the phone under 40 characters."))
    if len(data.organisation.strip()) > 200:
        errors["organisation"] = _t(
            QT_TRANSLATE_NOOP("errors", "Keep the organisation under 200 characters.")
        )
    if errors:
        raise ValidationError(errors)
    tags = []
    for tag in data.expertise:
        tag = tag.strip()
        if tag and tag not in tags:
            tags.append(tag)
    return MentorData(
        name,
        MentorKind(data.kind),
        data.organisation.strip(),
        tags,
        data.phone.strip(),
        email,
        data.active,
        data.notes.strip(),
    )


def _apply_mentor(m: Mentor, data: MentorData) -> None:
    m.name = data.name
    m.kind = data.kind
    m.organisation = data.organisation
    m.expertise = list(data.expertise)
    m.phone = data.phone
    m.email = data.email
    m.active = data.active
    m.notes = data.notes


def create_mentor(db: Database, data: MentorData) -> int:
    data = _validate_mentor(data)
    with db.uow(summary="add mentor") as uow:
        m = Mentor()
        _apply_mentor(m, data)
        uow.session.add(m)
        uow.session.flush()
        uow.commit()
        return m.id


def update_mentor(db: Database, mentor_id: int, expected_version: int, data: MentorData) -> None:
    data = _validate_mentor(data)
    with db.uow(summary="edit mentor") as uow:
        _apply_mentor(uow.get(Mentor, mentor_id, expected_version), data)
        uow.commit()


def assign_mentor(
    db: Database, mentor_id: int, tenant_id: int, since: dt.date, until: dt.date | None = None
) -> int:
    """Assign a mentor to a tenant from `since` (to `until`, inclusive, or open-ended)."""
    if until is not None and until < since:
        raise ValidationError(
            {"until": _t(QT_TRANSLATE_NOOP("errors", "The end date is before the start date."))}
        )
    with db.uow(summary="assign mentor") as uow:
        s = uow.session
        mentor = uow.get(Mentor, mentor_id)
        tenant = uow.get(Tenant, tenant_id)
        clash = s.scalars(
            select(MentorAssignment).where(
                MentorAssignment.mentor_id == mentor_id,
                MentorAssignment.tenant_id == tenant_id,
                or_(MentorAssignment.until.is_(None), MentorAssignment.until >= since),
                MentorAssignment.since <= (until or dt.date.max),
            )
        ).first()
        if clash is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors", "{mentor} is already assigned to {tenant} since {since}."
                ),
                mentor=mentor.name,
                tenant=tenant_name(tenant),
                since=clash.since.isoformat(),
            )
        a = MentorAssignment(mentor_id=mentor_id, tenant_id=tenant_id, since=since, until=until)
        s.add(a)
        s.flush()
        uow.commit()
        return a.id


def end_assignment(db: Database, assignment_id: int, expected_version: int, until: dt.date) -> None:
    with db.uow(summary="end mentor assignment") as uow:
        a = uow.get(MentorAssignment, assignment_id, expected_version)
        if until < a.since:
            raise ValidationError(
                {"until": _t(QT_TRANSLATE_NOOP("errors", "The end date is before the start date."))}
            )
        a.until = until
        uow.commit()


def assignments(
    db: Database,
    *,
    mentor_id: int | None = None,
    tenant_id: int | None = None,
    current_on: dt.date | None = None,
) -> list[AssignmentRow]:
    stmt = (
        select(MentorAssignment, Mentor.name, Tenant.name_zh, Tenant.name_en)
        .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
        .join(Tenant, Tenant.id == MentorAssignment.tenant_id)
        .order_by(MentorAssignment.since.desc(), MentorAssignment.id)
    )
    if mentor_id is not None:
        stmt = stmt.where(MentorAssignment.mentor_id == mentor_id)
    if tenant_id is not None:
        stmt = stmt.where(MentorAssignment.tenant_id == tenant_id)
    if current_on is not None:
        stmt = stmt.where(_current_assignment(current_on))
    with db.read() as s:
        return [
            AssignmentRow(a.id, a.version, a.mentor_id, m, a.tenant_id, zh or en, a.since, a.until)
            for a, m, zh, en in s.execute(stmt)
        ]


def tenant_choices(db: Database, open_only: bool = True) -> list[Choice]:
    """Tenants to pick from (name order); archived ones left out."""
    stmt = select(Tenant.id, Tenant.name_zh, Tenant.name_en).where(Tenant.archived_at.is_(None))
    if open_only:
        stmt = stmt.where(Tenant.stage.in_(OPEN_STAGES))
    with db.read() as s:
        rows = [Choice(i, zh or en) for i, zh, en in s.execute(stmt)]
    return sorted(rows, key=lambda c: c.name)


def room_choices(db: Database) -> list[Choice]:
    """Bookable meeting rooms (and other units booked by the hour)."""
    with db.read() as s:
        rows = s.execute(
            select(Unit.id, Unit.code).where(Unit.bookable).order_by(Unit.code, Unit.id)
        )
        return [Choice(i, code) for i, code in rows]


# ---------------------------------------------------------------------------------------------
# Sessions
# ---------------------------------------------------------------------------------------------


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
        if tid in tenant_ids and rating is not None and not (1 <= rating <= 5):
            errors["ratings"] = _t(QT_TRANSLATE_NOOP("errors", "A rating is from 1 to 5."))
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


def _describe(s: Session, other: MentoringSession) -> str:
    topic = other.topic or translate("labels", "Mentoring session")
    mentor = s.get(Mentor, other.mentor_id)
    return _t(
        QT_TRANSLATE_NOOP("errors", "“{topic}” with {mentor} on {start}–{end}"),
        topic=topic,
        mentor=mentor.name if mentor else "?",
        start=fmt_dt(other.starts_at),
        end=fmt_time(other.ends_at),
    )


def check_conflicts(
    s: Session,
    mentor_id: int,
    tenant_ids: Sequence[int],
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_id: int | None = None,
) -> None:
    """Refuse when the mentor or a tenant is already in another (not cancelled) session."""
    overlap = and_(
        MentoringSession.starts_at < ends_at,
        MentoringSession.starts_at > starts_at - MAX_SESSION,  # bounds the index range scan
        MentoringSession.ends_at > starts_at,
        MentoringSession.status != SessionStatus.CANCELLED,
    )
    if exclude_id is not None:
        overlap = and_(overlap, MentoringSession.id != exclude_id)
    other = s.scalars(
        select(MentoringSession)
        .where(MentoringSession.mentor_id == mentor_id, overlap)
        .order_by(MentoringSession.starts_at)
        .limit(1)
    ).first()
    if other is not None:
        mentor = s.get(Mentor, mentor_id)
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{mentor} is already in the session {other}."),
            mentor=mentor.name if mentor else "?",
            other=_describe(s, other),
        )
    if not tenant_ids:
        return
    row = s.execute(
        select(MentoringSession, SessionTenant.tenant_id)
        .join(SessionTenant, SessionTenant.session_id == MentoringSession.id)
        .where(SessionTenant.tenant_id.in_(list(tenant_ids)), overlap)
        .order_by(MentoringSession.starts_at)
        .limit(1)
    ).first()
    if row is not None:
        other, tid = row
        tenant = s.get(Tenant, tid)
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{tenant} is already in the session {other}."),
            tenant=tenant_name(tenant) if tenant else "?",
            other=_describe(s, other),
        )


def _room_of(s: Session, booking_id: int | None) -> Booking | None:
    if booking_id is None:
        return None
    b = s.get(Booking, booking_id)
    return b if b is not None and b.status == BookingStatus.CONFIRMED else None


def _sync_booking(uow: UnitOfWork, ms: MentoringSession, data: SessionData) -> None:
    """Keep the session's room booking in step with its mode, room, times and status."""
    from . import spaces

    s = uow.session
    current = _room_of(s, ms.booking_id)
    wanted = (
        data.room_unit_id
        if data.mode is SessionMode.ON_SITE and data.status is not SessionStatus.CANCELLED
        else None
    )
    if (
        current is not None
        and wanted == current.unit_id
        and current.starts_at == ms.starts_at
        and current.ends_at == ms.ends_at
    ):
        return
    if current is not None:
        spaces.cancel_booking(uow, current.id)
        s.flush()
        ms.booking_id = None
    if wanted is not None:
        mentor = s.get(Mentor, ms.mentor_id)
        purpose = _t(
            QT_TRANSLATE_NOOP("errors", "Mentoring: {mentor}"), mentor=mentor.name if mentor else ""
        )
        booking = spaces.book_room(
            uow,
            wanted,
            ms.starts_at,
            ms.ends_at,
            tenant_id=data.tenant_ids[0],
            purpose=purpose[:200],
        )
        ms.booking_id = booking.id


def _apply_session(uow: UnitOfWork, ms: MentoringSession, data: SessionData) -> None:
    s = uow.session
    if s.get(Mentor, data.mentor_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This mentor no longer exists."))
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
    today = dt.date.today()
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


def create_session(db: Database, data: SessionData) -> int:
    data = _validate_session(data)
    with db.uow(summary="add mentoring session") as uow:
        ms = MentoringSession(attendees=[], actions=[])
        _apply_session(uow, ms, data)
        uow.session.add(ms)
        uow.session.flush()
        uow.commit()
        return ms.id


def update_session(db: Database, session_id: int, expected_version: int, data: SessionData) -> None:
    data = _validate_session(data)
    with db.uow(summary="edit mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        _apply_session(uow, ms, data)
        ms.updated_at = dt.datetime.now(dt.UTC)  # bumps the version even if only children changed
        uow.commit()


def move_session(
    db: Database, session_id: int, expected_version: int, new_start: dt.datetime
) -> None:
    """Move a session to a new start, keeping its length, its room and its people."""
    with db.uow(summary="move mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        detail = _detail(uow.session, ms)
        length = ms.ends_at - ms.starts_at
        start = local_aware(new_start)
        data = _validate_session(replace(detail.as_data(), starts_at=start, ends_at=start + length))
        _apply_session(uow, ms, data)
        ms.updated_at = dt.datetime.now(dt.UTC)
        uow.commit()


def cancel_session(db: Database, session_id: int, expected_version: int) -> None:
    with db.uow(summary="cancel mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        ms.status = SessionStatus.CANCELLED
        booking = _room_of(uow.session, ms.booking_id)
        if booking is not None:
            from . import spaces

            spaces.cancel_booking(uow, booking.id)
        uow.commit()


def delete_session(db: Database, session_id: int, expected_version: int) -> None:
    """Remove a session entered by mistake, with its attendees, actions and room booking."""
    with db.uow(summary="delete mentoring session") as uow:
        ms = uow.get(MentoringSession, session_id, expected_version)
        booking = _room_of(uow.session, ms.booking_id)
        if booking is not None:
            from . import spaces

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
        room=unit.code if unit else "",
        topic=ms.topic,
        notes=ms.notes,
        status=ms.status,
        ratings={a.tenant_id: a.rating for a in ms.attendees},
        actions=tuple(
            ActionData(a.description, a.owner, a.due_on, a.done, a.tenant_id, a.id)
            for a in sorted(ms.actions, key=lambda x: x.id or 0)
        ),
    )


def get_session(db: Database, session_id: int) -> SessionDetail:
    with db.read() as s:
        ms = s.get(MentoringSession, session_id)
        if ms is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This session no longer exists."))
        return _detail(s, ms)


_SERVICE = {m.value: m for m in ServiceType}
_MODE = {m.value: m for m in SessionMode}
_STATUS = {m.value: m for m in SessionStatus}


def _ts(value: object) -> dt.datetime:
    """A timestamp read raw: SQLite gives UTC text, PostgreSQL an aware datetime."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    assert isinstance(value, dt.datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _raw(col: Any) -> Any:
    # Read a column without its type's result processing (done above, much faster, in bulk).
    return type_coerce(col, String)


def sessions_between(
    db: Database,
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
    # The lower bound on starts_at lets the index limit the scan (sessions last <= 12 hours).
    where = [
        ms.starts_at < local_aware(end),
        ms.starts_at > local_aware(start) - MAX_SESSION,
        ms.ends_at > local_aware(start),
    ]
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
            _raw(ms.starts_at),
            _raw(ms.ends_at),
            _raw(ms.service_type),
            _raw(ms.mode),
            ms.topic,
            _raw(ms.status),
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
                _ts(starts),
                _ts(ends),
                _SERVICE[stype],
                _MODE[mode],
                topic,
                _STATUS[status],
            )
        )
    return out


def rate_session(db: Database, session_id: int, tenant_id: int, rating: int | None) -> None:
    """The tenant's rating of a session, 1 (poor) to 5 (excellent), or None to clear it."""
    if rating is not None and not (1 <= rating <= 5):
        raise ValidationError(
            {"rating": _t(QT_TRANSLATE_NOOP("errors", "A rating is from 1 to 5."))}
        )
    with db.uow(summary="rate mentoring session") as uow:
        row = uow.session.get(SessionTenant, (session_id, tenant_id))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "This tenant did not take part in the session.")
            )
        row.rating = rating
        uow.commit()


# ---------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------


def set_action_done(db: Database, action_id: int, expected_version: int, done: bool) -> None:
    with db.uow(summary="action done" if done else "action reopened") as uow:
        act = uow.get(SessionAction, action_id, expected_version)
        act.done = done
        act.done_on = dt.date.today() if done else None
        uow.commit()


def overdue_actions(
    db: Database,
    today: dt.date | None = None,
    *,
    tenant_id: int | None = None,
    mentor_id: int | None = None,
) -> list[OverdueAction]:
    """Open actions whose due date has passed, most overdue first."""
    today = today or dt.date.today()
    stmt = (
        select(
            SessionAction,
            MentoringSession.mentor_id,
            Mentor.name,
            Tenant.name_zh,
            Tenant.name_en,
            MentoringSession.starts_at,
            MentoringSession.topic,
        )
        .join(MentoringSession, MentoringSession.id == SessionAction.session_id)
        .join(Mentor, Mentor.id == MentoringSession.mentor_id)
        .outerjoin(Tenant, Tenant.id == SessionAction.tenant_id)
        .where(
            SessionAction.done.is_(False),
            SessionAction.due_on.is_not(None),
            SessionAction.due_on < today,
            MentoringSession.status != SessionStatus.CANCELLED,
        )
        .order_by(SessionAction.due_on, SessionAction.id)
    )
    if tenant_id is not None:
        stmt = stmt.where(SessionAction.tenant_id == tenant_id)
    if mentor_id is not None:
        stmt = stmt.where(MentoringSession.mentor_id == mentor_id)
    with db.read() as s:
        out = []
        for a, mid, mname, zh, en, starts, topic in s.execute(stmt):
            assert a.due_on is not None
            out.append(
                OverdueAction(
                    a.id,
                    a.version,
                    a.session_id,
                    a.description,
                    a.owner,
                    a.due_on,
                    (today - a.due_on).days,
                    a.tenant_id,
                    zh or en or "",
                    mid,
                    mname,
                    starts,
                    topic,
                )
            )
        return out


__all__ = [
    "ActionData",
    "AssignmentRow",
    "Choice",
    "MentorData",
    "MentorRow",
    "OverdueAction",
    "SessionData",
    "SessionDetail",
    "SessionRow",
    "assign_mentor",
    "assignments",
    "cancel_session",
    "check_conflicts",
    "create_mentor",
    "create_session",
    "delete_session",
    "end_assignment",
    "get_mentor",
    "get_session",
    "list_mentors",
    "move_session",
    "overdue_actions",
    "rate_session",
    "room_choices",
    "sessions_between",
    "set_action_done",
    "tenant_choices",
    "update_mentor",
    "update_session",
]


# ---------------------------------------------------------------------------------------------
# Room bookings for the calendar (bookings not made for a session or an event)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookingRow:
    id: int
    version: int
    unit_id: int
    room: str
    tenant_id: int | None
    holder: str
    purpose: str
    starts_at: dt.datetime
    ends_at: dt.datetime


def bookings_between(
    db: Database, start: dt.datetime, end: dt.datetime, *, tenant_id: int | None = None
) -> list[BookingRow]:
    """Confirmed room bookings overlapping [start, end) that belong to no session or event."""
    session_booking = (
        select(MentoringSession.id).where(MentoringSession.booking_id == Booking.id).exists()
    )
    stmt = (
        select(Booking, Unit.code, Tenant.name_zh, Tenant.name_en)
        .join(Unit, Unit.id == Booking.unit_id)
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
                code,
                b.tenant_id,
                zh or en or "",
                b.purpose,
                b.starts_at,
                b.ends_at,
            )
            for b, code, zh, en in s.execute(stmt)
        ]


def move_booking(
    db: Database, booking_id: int, expected_version: int, new_start: dt.datetime
) -> int:
    """Move a room booking to a new start, keeping its length and room; the new booking's id.

    The old booking is kept as cancelled and a new one made through `spaces.book_room`, in one
    unit of work, so the same overlap check (buffer included) applies and a refusal changes
    nothing.
    """
    from . import spaces

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
        new = spaces.book_room(
            uow,
            old.unit_id,
            start,
            start + length,
            tenant_id=old.tenant_id,
            event_id=old.event_id,
            purpose=old.purpose,
        )
        uow.commit()
        return new.id
