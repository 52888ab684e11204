"""Mentors, their assignment to tenants, and the tenants and rooms a session can name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select

from ...core import clock
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import MentorKind
from ...db import Store
from ...models import Mentor, MentorAssignment, Tenant
from ..access import Action, requires
from ..activity_rooms import bookable_rooms

_t = Translator("errors")

MENTOR_GONE = QT_TRANSLATE_NOOP("errors", "This mentor no longer exists.")
END_BEFORE_START = QT_TRANSLATE_NOOP("errors", "The end date is before the start date.")


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
class Choice:
    id: int
    name: str


def tenant_name(t: Tenant) -> str:
    return t.name_zh or t.name_en


def assigned_on(on: dt.date) -> ColumnElement[bool]:
    """Assignments that cover the day `on` (`since <= on <= until`, open-ended `until`)."""
    return and_(
        MentorAssignment.since <= on,
        or_(MentorAssignment.until.is_(None), MentorAssignment.until >= on),
    )


def list_mentors(db: Store, include_inactive: bool = True) -> list[MentorRow]:
    today = clock.today()
    counts = (
        select(func.count(func.distinct(MentorAssignment.tenant_id)))
        .where(MentorAssignment.mentor_id == Mentor.id, assigned_on(today))
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


def get_mentor(db: Store, mentor_id: int) -> MentorRow:
    with db.read() as s:
        m = s.get(Mentor, mentor_id)
        if m is None:
            raise NotFound(MENTOR_GONE)
        n = s.scalar(
            select(func.count(func.distinct(MentorAssignment.tenant_id))).where(
                MentorAssignment.mentor_id == m.id, assigned_on(clock.today())
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
    tags: list[str] = []
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


@requires(Action.MENTORING)
def create_mentor(db: Store, data: MentorData) -> int:
    data = _validate_mentor(data)
    with db.uow(summary="add mentor") as uow:
        m = Mentor()
        _apply_mentor(m, data)
        uow.session.add(m)
        uow.session.flush()
        uow.commit()
        return m.id


@requires(Action.MENTORING)
def update_mentor(db: Store, mentor_id: int, expected_version: int, data: MentorData) -> None:
    data = _validate_mentor(data)
    with db.uow(summary="edit mentor") as uow:
        _apply_mentor(uow.get(Mentor, mentor_id, expected_version), data)
        uow.commit()


@requires(Action.MENTORING)
def assign_mentor(
    db: Store, mentor_id: int, tenant_id: int, since: dt.date, until: dt.date | None = None
) -> int:
    """Assign a mentor to a tenant from `since` (to `until`, inclusive, or open-ended)."""
    if until is not None and until < since:
        raise ValidationError({"until": _t(END_BEFORE_START)})
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


@requires(Action.MENTORING)
def end_assignment(db: Store, assignment_id: int, expected_version: int, until: dt.date) -> None:
    with db.uow(summary="end mentor assignment") as uow:
        a = uow.get(MentorAssignment, assignment_id, expected_version)
        if until < a.since:
            raise ValidationError({"until": _t(END_BEFORE_START)})
        a.until = until
        uow.commit()


def assignments(
    db: Store,
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
        stmt = stmt.where(assigned_on(current_on))
    with db.read() as s:
        return [
            AssignmentRow(a.id, a.version, a.mentor_id, m, a.tenant_id, zh or en, a.since, a.until)
            for a, m, zh, en in s.execute(stmt)
        ]


def room_choices(db: Store) -> list[Choice]:
    """Bookable meeting rooms (and other units booked by the hour)."""
    return [Choice(i, code) for i, code in bookable_rooms(db)]
