"""Mentoring and training statistics: one service for the dashboard, the pages and the reports.

Every figure here is computed one way only, so a report and a page never disagree.

Definitions
    * A mentoring hour counts only sessions with status *held*. A session's hours are its
      length (end minus start). Per tenant, every tenant in a group session gets the full
      length; per mentor and per service type a session counts once.
    * A session belongs to the quarter (and year) in which it starts, in the incubator's local
      time zone (the computer's).
    * A tenant "has a mentor" on a day when a mentor assignment covers that day
      (`since <= day <= until`, open-ended when `until` is empty) and the tenant is in an open
      stage (pre-incubation, incubating, accelerating) and not archived.
    * Events: a quarter's events are those starting in it; cancelled events are counted apart.
      Registered = registrations with status registered that are not walk-ins; attended =
      those of them checked in; walk-ins are counted apart; attendance rate =
      attended / registered (None when nobody registered).

Functions (all take a `Store`: the database or a unit of work; none writes)
    mentoring_hours(db, year: int, quarter: int | None = None) -> MentoringHours
        Hours and session counts for a year, or one quarter (1-4) of it, with breakdowns
        `by_tenant`, `by_mentor` (lists of `HoursLine`, most hours first) and
        `by_service_type` (a `HoursLine` per ServiceType, in the enum's order, zeros included).
    mentoring_totals(db, year: int, quarter: int | None = None) -> MentoringTotals
        The totals of `mentoring_hours(...)` alone (hours, sessions, tenants served), without
        reading its breakdowns or anyone's name.
    tenant_mentoring(db, tenant_id: int, year: int, quarter: int | None = None) -> HoursLine
        One tenant's line of `mentoring_hours(...).by_tenant`, read for that tenant alone.
    mentoring_hours_by_quarter(db, year: int) -> list[QuarterHours]
        Four `QuarterHours` (quarter 1..4) with total hours, sessions and tenants served.
    mentor_coverage(db, on: datetime.date | None = None) -> MentorCoverage
        Open tenants, those with an assigned mentor on that day, the share, and the number of
        active mentors (for the "one mentor per ten tenants" benchmark).
    tenants_with_mentor(db, on: datetime.date | None = None) -> set[int]
        The ids of the tenants with an assigned mentor on that day (any stage).
    event_attendance(db, year: int) -> list[QuarterEvents]
        Four `QuarterEvents` (quarter 1..4): events held/planned, cancelled, registered,
        attended, walk-ins, attendance rate, average feedback.
    event_totals(db, year: int, quarter: int | None = None) -> EventTotals
        Events held or planned, registered and attended in a year or one quarter: the sums of
        `event_attendance`'s quarters, counted by the database.
    events_attended_by_tenant(db, year: int, quarter: int | None = None) -> dict[int, int]
        Tenant id -> number of distinct events at least one of its people was checked in to.

Quarters are `(year, quarter)` pairs; `quarter_bounds(year, quarter)` gives the local-time
[start, end) of one, `quarter_bounds(year, None)` of the whole year.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from ..core import clock
from ..core.clock import read_timestamp
from ..core.labels import label
from ..core.periods import Period, add_months, quarter_of
from ..core.vocabularies import (
    OPEN_STAGES,
    EventStatus,
    RegistrationStatus,
    ServiceType,
    SessionStatus,
)
from ..db import Store
from ..models import (
    EventRegistration,
    Mentor,
    MentorAssignment,
    MentoringSession,
    SessionTenant,
    Tenant,
    TrainingEvent,
)
from .mentoring.bulk import SERVICE_TYPES, raw
from .mentoring.mentors import assigned_on


@dataclass(frozen=True)
class HoursLine:
    """Hours for one tenant, mentor or service type. `key` is the id or the ServiceType."""

    key: int | ServiceType
    name: str
    hours: float
    sessions: int


@dataclass(frozen=True)
class MentoringHours:
    year: int
    quarter: int | None  # None: the whole year
    total_hours: float
    sessions: int
    tenants_served: int
    by_tenant: list[HoursLine]
    by_mentor: list[HoursLine]
    by_service_type: list[HoursLine]


@dataclass(frozen=True)
class MentoringTotals:
    """The totals of a `MentoringHours`."""

    year: int
    quarter: int | None
    total_hours: float
    sessions: int
    tenants_served: int


@dataclass(frozen=True)
class QuarterHours:
    year: int
    quarter: int
    hours: float
    sessions: int
    tenants_served: int


@dataclass(frozen=True)
class MentorCoverage:
    on: dt.date
    open_tenants: int
    with_mentor: int
    share: float | None  # with_mentor / open_tenants
    active_mentors: int


@dataclass(frozen=True)
class QuarterEvents:
    year: int
    quarter: int
    events: int  # not cancelled
    cancelled: int
    registered: int
    attended: int
    walk_ins: int
    attendance_rate: float | None
    average_feedback: float | None


@dataclass(frozen=True)
class EventTotals:
    events: int  # not cancelled
    registered: int
    attended: int


def quarter_bounds(year: int, quarter: int | None) -> tuple[dt.datetime, dt.datetime]:
    """Local-time [start, end) of a quarter, or of the year when `quarter` is None."""
    if quarter is not None and not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1-4")
    first = Period(year, quarter).start
    last = add_months(first, 3 if quarter is not None else 12)
    return _local_midnight(first), _local_midnight(last)


def _local_midnight(day: dt.date) -> dt.datetime:
    return clock.at(day)


def _quarter_of(value: dt.datetime) -> int:
    """The quarter a stored moment falls in, in the park's time."""
    return quarter_of(clock.park_time(value).date())[1]


def _length_hours(start: object, end: object) -> float:
    """The hours from one moment read raw to another (`read_timestamp`'s difference)."""
    if isinstance(start, str) and isinstance(end, str):  # SQLite: UTC text, both alike
        a, b = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
        if (a.tzinfo is None) == (b.tzinfo is None):
            return (b - a).total_seconds() / 3600
    return (read_timestamp(end) - read_timestamp(start)).total_seconds() / 3600


def _held_sessions(db: Store, start: dt.datetime, end: dt.datetime) -> list[tuple]:
    """(id, mentor id, service type, start, end) of held sessions starting in [start, end).

    Columns are read raw and converted here in bulk: a year holds tens of thousands of rows.
    """
    stmt = select(
        MentoringSession.id,
        MentoringSession.mentor_id,
        raw(MentoringSession.service_type),
        raw(MentoringSession.starts_at),
        raw(MentoringSession.ends_at),
    ).where(
        MentoringSession.starts_at >= start,
        MentoringSession.starts_at < end,
        MentoringSession.status == SessionStatus.HELD,
    )
    with db.read() as s:
        return [
            (sid, mid, SERVICE_TYPES[st], read_timestamp(a), read_timestamp(b))
            for sid, mid, st, a, b in s.connection().execute(stmt)
        ]


def _attendees(db: Store, start: dt.datetime, end: dt.datetime) -> list[tuple[int, int]]:
    stmt = (
        select(SessionTenant.session_id, SessionTenant.tenant_id)
        .join(MentoringSession, MentoringSession.id == SessionTenant.session_id)
        .where(
            MentoringSession.starts_at >= start,
            MentoringSession.starts_at < end,
            MentoringSession.status == SessionStatus.HELD,
        )
    )
    with db.read() as s:
        return [(a, b) for a, b in s.connection().execute(stmt)]


def mentoring_hours(db: Store, year: int, quarter: int | None = None) -> MentoringHours:
    start, end = quarter_bounds(year, quarter)
    sessions = _held_sessions(db, start, end)
    length: dict[int, float] = {}
    m_hours: dict[int, float] = defaultdict(float)
    m_count: dict[int, int] = defaultdict(int)
    st_hours: dict[ServiceType, float] = defaultdict(float)
    st_count: dict[ServiceType, int] = defaultdict(int)
    for sid, mid, stype, s_at, e_at in sessions:
        h = (e_at - s_at).total_seconds() / 3600
        length[sid] = h
        m_hours[mid] += h
        m_count[mid] += 1
        st_hours[stype] += h
        st_count[stype] += 1
    t_hours: dict[int, float] = defaultdict(float)
    t_count: dict[int, int] = defaultdict(int)
    for sid, tid in _attendees(db, start, end):
        if sid in length:
            t_hours[tid] += length[sid]
            t_count[tid] += 1
    served = (
        select(SessionTenant.tenant_id)
        .join(MentoringSession, MentoringSession.id == SessionTenant.session_id)
        .where(
            MentoringSession.starts_at >= start,
            MentoringSession.starts_at < end,
            MentoringSession.status == SessionStatus.HELD,
        )
    )
    with db.read() as s:
        conn = s.connection()
        mentors = dict(conn.execute(select(Mentor.id, Mentor.name)).all())
        tenants = {
            i: zh or en
            for i, zh, en in conn.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.name_en).where(Tenant.id.in_(served))
            )
        }

    def lines(hours: dict[int, float], counts: dict[int, int], names: dict) -> list[HoursLine]:
        out = [HoursLine(k, names.get(k, ""), round(h, 2), counts[k]) for k, h in hours.items()]
        return sorted(out, key=lambda x: (-x.hours, x.name))

    return MentoringHours(
        year=year,
        quarter=quarter,
        total_hours=round(sum(length.values()), 2),
        sessions=len(sessions),
        tenants_served=len(t_hours),
        by_tenant=lines(t_hours, t_count, tenants),
        by_mentor=lines(m_hours, m_count, mentors),
        by_service_type=[
            HoursLine(st, label(st), round(st_hours.get(st, 0.0), 2), st_count.get(st, 0))
            for st in ServiceType
        ],
    )


def mentoring_totals(db: Store, year: int, quarter: int | None = None) -> MentoringTotals:
    """`mentoring_hours(db, year, quarter)`'s total hours, sessions and tenants served, the
    same figures read without the breakdowns: each held session's start and end, and the
    tenants served counted by the database."""
    start, end = quarter_bounds(year, quarter)
    held = (
        MentoringSession.starts_at >= start,
        MentoringSession.starts_at < end,
        MentoringSession.status == SessionStatus.HELD,
    )
    lengths = select(raw(MentoringSession.starts_at), raw(MentoringSession.ends_at)).where(*held)
    served = (
        select(func.count(func.distinct(SessionTenant.tenant_id)))
        .join(MentoringSession, MentoringSession.id == SessionTenant.session_id)
        .where(*held)
    )
    hours: float = 0  # as sum() starts (0 when there are none)
    sessions = 0
    with db.read() as s:
        conn = s.connection()
        # the same sum, in the same order, as mentoring_hours adds its sessions' lengths up;
        # row by row as the database gives them (a year at 50,000 tenants: ~10 MB at once)
        for a, b in conn.execute(lengths):
            hours += _length_hours(a, b)
            sessions += 1
        tenants = conn.execute(served).scalar() or 0
    return MentoringTotals(year, quarter, round(hours, 2), sessions, tenants)


def tenant_mentoring(db: Store, tenant_id: int, year: int, quarter: int | None = None) -> HoursLine:
    """One tenant's held sessions and their hours in a year or quarter: its line of
    `mentoring_hours(...).by_tenant` (a zero line when it had none), without counting every
    other tenant's."""
    start, end = quarter_bounds(year, quarter)
    stmt = (
        select(raw(MentoringSession.starts_at), raw(MentoringSession.ends_at))
        .join(SessionTenant, SessionTenant.session_id == MentoringSession.id)
        .where(
            SessionTenant.tenant_id == tenant_id,
            MentoringSession.starts_at >= start,
            MentoringSession.starts_at < end,
            MentoringSession.status == SessionStatus.HELD,
        )
    )
    with db.read() as s:
        lengths = [
            (read_timestamp(b) - read_timestamp(a)).total_seconds() / 3600
            for a, b in s.connection().execute(stmt)
        ]
        name = s.scalar(select(Tenant.name_zh).where(Tenant.id == tenant_id)) or ""
    return HoursLine(tenant_id, name, round(sum(lengths), 2), len(lengths))


def mentoring_hours_by_quarter(db: Store, year: int) -> list[QuarterHours]:
    start, end = quarter_bounds(year, None)
    sessions = _held_sessions(db, start, end)
    quarter_of: dict[int, int] = {}
    hours = [0.0] * 5
    count = [0] * 5
    for sid, _mid, _st, s_at, e_at in sessions:
        q = _quarter_of(s_at)
        quarter_of[sid] = q
        hours[q] += (e_at - s_at).total_seconds() / 3600
        count[q] += 1
    served: list[set[int]] = [set() for _ in range(5)]
    for sid, tid in _attendees(db, start, end):
        if sid in quarter_of:
            served[quarter_of[sid]].add(tid)
    return [
        QuarterHours(year, q, round(hours[q], 2), count[q], len(served[q])) for q in range(1, 5)
    ]


def tenants_with_mentor(db: Store, on: dt.date | None = None) -> set[int]:
    on = on or clock.today()
    with db.read() as s:
        return set(s.scalars(select(MentorAssignment.tenant_id).where(assigned_on(on)).distinct()))


def mentor_coverage(db: Store, on: dt.date | None = None) -> MentorCoverage:
    on = on or clock.today()
    open_tenant = and_(Tenant.stage.in_(OPEN_STAGES), Tenant.archived_at.is_(None))
    with db.read() as s:
        open_count = s.scalar(select(func.count()).select_from(Tenant).where(open_tenant)) or 0
        with_mentor = (
            s.scalar(
                select(func.count(func.distinct(MentorAssignment.tenant_id)))
                .join(Tenant, Tenant.id == MentorAssignment.tenant_id)
                .where(open_tenant, assigned_on(on))
            )
            or 0
        )
        mentors = s.scalar(select(func.count()).select_from(Mentor).where(Mentor.active)) or 0
    return MentorCoverage(
        on, open_count, with_mentor, (with_mentor / open_count) if open_count else None, mentors
    )


def event_attendance(db: Store, year: int) -> list[QuarterEvents]:
    start, end = quarter_bounds(year, None)
    R = RegistrationStatus
    with db.read() as s:
        events = list(
            s.execute(
                select(TrainingEvent.id, TrainingEvent.starts_at, TrainingEvent.status).where(
                    TrainingEvent.starts_at >= start, TrainingEvent.starts_at < end
                )
            )
        )
        regs = list(
            s.execute(
                select(
                    EventRegistration.event_id,
                    func.count().filter(
                        EventRegistration.status == R.REGISTERED,
                        EventRegistration.walk_in.is_(False),
                    ),
                    func.count().filter(
                        EventRegistration.status == R.REGISTERED,
                        EventRegistration.walk_in.is_(False),
                        EventRegistration.checked_in_at.is_not(None),
                    ),
                    func.count().filter(
                        EventRegistration.walk_in.is_(True),
                        EventRegistration.checked_in_at.is_not(None),
                    ),
                    func.sum(EventRegistration.feedback_score),
                    func.count(EventRegistration.feedback_score),
                )
                .join(TrainingEvent, TrainingEvent.id == EventRegistration.event_id)
                .where(
                    TrainingEvent.starts_at >= start,
                    TrainingEvent.starts_at < end,
                    TrainingEvent.status != EventStatus.CANCELLED,
                )
                .group_by(EventRegistration.event_id)
            )
        )
    quarter_of = {}
    acc = {q: [0, 0, 0, 0, 0, 0, 0] for q in range(1, 5)}
    for eid, starts, status in events:
        q = _quarter_of(starts)
        quarter_of[eid] = q
        acc[q][1 if status is EventStatus.CANCELLED else 0] += 1
    for eid, registered, attended, walk_ins, fb_sum, fb_n in regs:
        a = acc[quarter_of[eid]]
        a[2] += registered
        a[3] += attended
        a[4] += walk_ins
        a[5] += int(fb_sum or 0)
        a[6] += fb_n
    return [
        QuarterEvents(
            year,
            q,
            a[0],
            a[1],
            a[2],
            a[3],
            a[4],
            (a[3] / a[2]) if a[2] else None,
            round(a[5] / a[6], 2) if a[6] else None,
        )
        for q, a in acc.items()
    ]


def event_totals(db: Store, year: int, quarter: int | None = None) -> EventTotals:
    start, end = quarter_bounds(year, quarter)
    R = RegistrationStatus
    held = (
        TrainingEvent.starts_at >= start,
        TrainingEvent.starts_at < end,
        TrainingEvent.status != EventStatus.CANCELLED,
    )
    booked = and_(EventRegistration.status == R.REGISTERED, EventRegistration.walk_in.is_(False))
    with db.read() as s:
        conn = s.connection()
        events = conn.execute(select(func.count()).select_from(TrainingEvent).where(*held))
        n_events = events.scalar() or 0
        registered, attended = conn.execute(
            select(
                func.count().filter(booked),
                func.count().filter(booked, EventRegistration.checked_in_at.is_not(None)),
            )
            .join(TrainingEvent, TrainingEvent.id == EventRegistration.event_id)
            .where(*held)
        ).one()
    return EventTotals(n_events, registered or 0, attended or 0)


def events_attended_by_tenant(db: Store, year: int, quarter: int | None = None) -> dict[int, int]:
    start, end = quarter_bounds(year, quarter)
    stmt = (
        select(EventRegistration.tenant_id, func.count(func.distinct(EventRegistration.event_id)))
        .join(TrainingEvent, TrainingEvent.id == EventRegistration.event_id)
        .where(
            TrainingEvent.starts_at >= start,
            TrainingEvent.starts_at < end,
            TrainingEvent.status != EventStatus.CANCELLED,
            EventRegistration.status == RegistrationStatus.REGISTERED,
            EventRegistration.checked_in_at.is_not(None),
        )
        .group_by(EventRegistration.tenant_id)
    )
    with db.read() as s:
        return {tid: n for tid, n in s.execute(stmt)}


__all__ = [
    "EventTotals",
    "HoursLine",
    "MentorCoverage",
    "MentoringHours",
    "MentoringTotals",
    "QuarterEvents",
    "QuarterHours",
    "event_attendance",
    "event_totals",
    "events_attended_by_tenant",
    "mentor_coverage",
    "mentoring_hours",
    "mentoring_hours_by_quarter",
    "mentoring_totals",
    "quarter_bounds",
    "tenants_with_mentor",
]
