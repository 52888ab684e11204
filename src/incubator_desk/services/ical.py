"""iCalendar (.ics) export of a mentor's sessions, a tenant's schedule or all training events.

Built with the `icalendar` package (RFC 5545). Times are written in UTC (the `Z` form), which
Outlook, Apple Calendar and Google Calendar all place correctly in the reader's own zone.
Every item has a stable UID (`session-12@incubator-desk`, `event-7@incubator-desk`), so a
calendar imported again updates its items instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..core.clock import now
from ..core.errors import NotFound, ServiceError, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.labels import label
from ..core.vocabularies import EventStatus, RegistrationStatus, SessionMode, SessionStatus
from ..db import Store
from ..models import (
    Booking,
    EventRegistration,
    Mentor,
    MentoringSession,
    SessionTenant,
    Tenant,
    TrainingEvent,
    Unit,
)
from .creditcode import normalise

PRODID = "-//Incubator Desk//Incubator Desk//EN"
UID_DOMAIN = "incubator-desk"

_t = Translator("ical")
_errors = Translator("errors")


@dataclass(frozen=True)
class CalendarItem:
    """One VEVENT: what the .ics holds, and what a test reads back."""

    uid: str
    summary: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str = ""
    description: str = ""
    cancelled: bool = False


def _session_items(db: Store, mentor_id: int | None, tenant_id: int | None) -> list[CalendarItem]:
    # The room comes through the booking, read per session (exports are a few thousand).
    stmt = (
        select(MentoringSession, Mentor.name)
        .join(Mentor, Mentor.id == MentoringSession.mentor_id)
        .order_by(MentoringSession.starts_at, MentoringSession.id)
    )
    if mentor_id is not None:
        stmt = stmt.where(MentoringSession.mentor_id == mentor_id)
    if tenant_id is not None:
        stmt = stmt.where(
            select(SessionTenant.session_id)
            .where(
                SessionTenant.session_id == MentoringSession.id,
                SessionTenant.tenant_id == tenant_id,
            )
            .exists()
        )
    items = []
    with db.read() as s:
        for ms, mentor in s.execute(stmt):
            names = [
                zh or en
                for zh, en in s.execute(
                    select(Tenant.name_zh, Tenant.name_en)
                    .join(SessionTenant, SessionTenant.tenant_id == Tenant.id)
                    .where(SessionTenant.session_id == ms.id)
                )
            ]
            location = ""
            if ms.mode is SessionMode.ONLINE:
                location = label(SessionMode.ONLINE)
            elif ms.booking_id is not None:
                booking = s.get(Booking, ms.booking_id)
                unit = s.get(Unit, booking.unit_id) if booking and booking.unit_id else None
                location = unit.code if unit else ""
            topic = ms.topic or label(ms.service_type)
            summary = _t(QT_TRANSLATE_NOOP("ical", "Mentoring: {topic}"), topic=topic)
            lines = [
                _t(QT_TRANSLATE_NOOP("ical", "Mentor: {name}"), name=mentor),
                _t(QT_TRANSLATE_NOOP("ical", "Tenants: {names}"), names=", ".join(names)),
                _t(
                    QT_TRANSLATE_NOOP("ical", "Service: {service}"),
                    service=label(ms.service_type),
                ),
            ]
            items.append(
                CalendarItem(
                    uid=f"session-{ms.id}@{UID_DOMAIN}",
                    summary=summary,
                    starts_at=ms.starts_at,
                    ends_at=ms.ends_at,
                    location=location,
                    description="\n".join(lines),
                    cancelled=ms.status is SessionStatus.CANCELLED,
                )
            )
    return items


def _event_items(db: Store, tenant_id: int | None) -> list[CalendarItem]:
    stmt = (
        select(TrainingEvent, Unit.code)
        .outerjoin(Unit, Unit.id == TrainingEvent.venue_unit_id)
        .order_by(TrainingEvent.starts_at, TrainingEvent.id)
    )
    if tenant_id is not None:
        stmt = stmt.where(
            select(EventRegistration.id)
            .where(
                EventRegistration.event_id == TrainingEvent.id,
                EventRegistration.tenant_id == tenant_id,
                EventRegistration.status != RegistrationStatus.CANCELLED,
            )
            .exists()
        )
    with db.read() as s:
        return [
            CalendarItem(
                uid=f"event-{ev.id}@{UID_DOMAIN}",
                summary=ev.title,
                starts_at=ev.starts_at,
                ends_at=ev.ends_at,
                location=code or ev.venue_address,
                description="\n".join(
                    x
                    for x in (
                        label(ev.kind),
                        _t(
                            QT_TRANSLATE_NOOP("ical", "Speakers: {names}"),
                            names=ev.speakers,
                        )
                        if ev.speakers
                        else "",
                        ev.description,
                    )
                    if x
                ),
                cancelled=ev.status is EventStatus.CANCELLED,
            )
            for ev, code in s.execute(stmt)
        ]


def to_ics(items: Iterable[CalendarItem], name: str) -> bytes:
    """An RFC 5545 calendar holding `items`, as bytes (UTF-8, CRLF line ends)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = now().replace(microsecond=0)
    for item in items:
        ev = Event()
        ev.add("uid", item.uid)
        ev.add("dtstamp", stamp)
        ev.add("dtstart", item.starts_at.astimezone(dt.UTC))
        ev.add("dtend", item.ends_at.astimezone(dt.UTC))
        ev.add("summary", item.summary)
        if item.location:
            ev.add("location", item.location)
        if item.description:
            ev.add("description", item.description)
        ev.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        cal.add_component(ev)
    return cal.to_ical()


def read_ics(data: bytes) -> list[CalendarItem]:
    """The events of an .ics file (used to check an export, and by tests)."""
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    out = []
    for ev in cal.walk("VEVENT"):
        out.append(
            CalendarItem(
                uid=str(ev.get("uid")),
                summary=str(ev.get("summary", "")),
                starts_at=ev.decoded("dtstart"),
                ends_at=ev.decoded("dtend"),
                location=str(ev.get("location", "")),
                description=str(ev.get("description", "")),
                cancelled=str(ev.get("status", "")).upper() == "CANCELLED",
            )
        )
    return out


def mentor_calendar(db: Store, mentor_id: int) -> tuple[bytes, int]:
    """A mentor's sessions as .ics bytes, and how many items it holds."""
    with db.read() as s:
        mentor = s.get(Mentor, mentor_id)
        if mentor is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This mentor no longer exists."))
        name = mentor.name
    items = _session_items(db, mentor_id, None)
    return to_ics(items, name), len(items)


def tenant_calendar(db: Store, tenant_id: int) -> tuple[bytes, int]:
    """A tenant's schedule: its mentoring sessions and the events its people registered for."""
    with db.read() as s:
        tenant = s.get(Tenant, tenant_id)
        if tenant is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
        name = tenant.name_zh or tenant.name_en
    items = _session_items(db, None, tenant_id) + _event_items(db, tenant_id)
    items.sort(key=lambda i: i.starts_at)
    return to_ics(items, name), len(items)


def events_calendar(db: Store) -> tuple[bytes, int]:
    """All training events as .ics bytes."""
    items = _event_items(db, None)
    name = _t(QT_TRANSLATE_NOOP("ical", "Training events"))
    return to_ics(items, name), len(items)


def tenant_by_credit_code(db: Store, code: str) -> int:
    norm = normalise(code)
    with db.read() as s:
        tid = s.scalar(select(Tenant.id).where(Tenant.credit_code == norm))
    if tid is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No tenant has the credit code {code}."), code=norm
        )
    return tid


def write_ics(path: Path, data: bytes) -> None:
    """Write an .ics file (any folder and file name, Chinese and spaces included)."""
    path = Path(path)
    if path.suffix.lower() != ".ics":
        raise ValidationError(
            {"out": _errors(QT_TRANSLATE_NOOP("errors", "The file must end in .ics."))}
        )
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ServiceError(
            QT_TRANSLATE_NOOP("errors", "“{name}” cannot be written: {reason}."),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
