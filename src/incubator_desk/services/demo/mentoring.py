"""The demo's mentors, who mentors whom, their sessions (some in booked rooms), actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...core.vocabularies import BookingStatus, SessionMode, SessionStatus
from ...models import Mentor, MentorAssignment, MentoringSession, SessionAction, SessionTenant
from .bookings import BookingRow, write_bookings
from .premises import Premises
from .run import NEVER, DemoRun, SlotCalendar, date_of, weekday
from .tenant_lives import TenantLife
from .writer import table_of

Assignment = tuple[int, TenantLife, int, int | None]  # mentor index, tenant, since, until


@dataclass
class _Sessions:
    """Rows of the sessions, each with the session's index (mentor and booking as indexes)."""

    sessions: list[list[Any]] = field(default_factory=list)
    attendees: list[tuple[int, int, int | None]] = field(default_factory=list)
    actions: list[tuple[Any, ...]] = field(default_factory=list)
    room_bookings: list[BookingRow] = field(default_factory=list)


def write_mentoring(
    run: DemoRun,
    tenants: list[TenantLife],
    premises: Premises,
    tenant_bookings: list[BookingRow],
) -> None:
    """Mentors, assignments, sessions and actions; writes the tenants' room bookings too.

    The tenants' own bookings (`tenant_bookings`) go first so their ids come before the
    rooms booked for sessions, which the sessions then point to.
    """
    first_m, mentor_names = _write_mentors(run)
    assignments = _assign(run, tenants, first_m, len(mentor_names))
    planned = _plan_sessions(run, assignments, premises, mentor_names)
    first_booking = write_bookings(run, tenant_bookings + planned.room_bookings)
    _write_sessions(run, planned, first_m, first_booking + len(tenant_bookings))


def _write_mentors(run: DemoRun) -> tuple[int, list[str]]:
    """One mentor per ten tenants; returns the first mentor's id and their names."""
    rng = run.rng
    rnd = rng.random
    w = run.writer
    words = run.words.mentoring
    names = run.names
    mt = table_of(Mentor)
    n_mentors = max(2, round(run.n / 10))
    pick_kind = run.picker([k for k, _ in words.mentor_kinds], [x for _, x in words.mentor_kinds])
    first_m = w.reserve(mt, n_mentors)
    mentors = []
    for k in range(n_mentors):
        kind = pick_kind()
        name, given_py, sur_py = names.name()
        expertise = sorted(
            rng.sample(words.expertise, 2 + int(rnd() * 3)), key=words.expertise.index
        )
        mentors.append((
            first_m + k, name, run.choice(words.organisations[kind]), kind, expertise,
            names.mobile(), f"{given_py}.{sur_py}@mentors.example.cn", rnd() < 0.95, "",
        ))  # fmt: skip
    w.write(
        mt,
        (
            "id",
            "name",
            "organisation",
            "kind",
            "expertise",
            "phone",
            "email",
            "active",
            "notes",
        ),
        mentors,
    )
    return first_m, [m[1] for m in mentors]


def _assign(
    run: DemoRun, tenants: list[TenantLife], first_m: int, n_mentors: int
) -> list[Assignment]:
    """Three tenants in four get a mentor soon after arriving, a few a second one."""
    rnd = run.rng.random
    ast = table_of(MentorAssignment)
    assignments = []
    for t in tenants:
        if rnd() >= 0.75:
            continue
        since = t.entry + int(rnd() * 60)
        limit = t.end if t.end is not None else run.today
        if since > limit:
            continue
        chosen = [int(rnd() * n_mentors)]
        if rnd() < 0.1 and n_mentors > 1:
            other = int(rnd() * n_mentors)
            if other != chosen[0]:
                chosen.append(other)
        for m in chosen:
            assignments.append((m, t, since, t.end))
    w = run.writer
    first_a = w.reserve(ast, len(assignments))
    w.write(
        ast,
        ("id", "mentor_id", "tenant_id", "since", "until"),
        [
            (first_a + k, first_m + m, t.id, date_of(s), date_of(u))
            for k, (m, t, s, u) in enumerate(assignments)
        ],
    )
    return assignments


def _plan_sessions(
    run: DemoRun, assignments: list[Assignment], premises: Premises, mentor_names: list[str]
) -> _Sessions:
    """Sessions over each assignment, no mentor in two at once; some book a meeting room."""
    rnd = run.rng.random
    words = run.words.mentoring
    out = _Sessions()
    sessions, attendees, actions, room_bookings = (
        out.sessions, out.attendees, out.actions, out.room_bookings
    )  # fmt: skip
    pick_service = run.picker(
        [s for s, _ in words.service_types], [x for _, x in words.service_types]
    )
    by_mentor: dict[int, list[tuple[TenantLife, int, int]]] = {}
    for m, t, since, until in assignments:
        by_mentor.setdefault(m, []).append((t, since, until if until is not None else NEVER))
    calendar = SlotCalendar()  # the mentors' own
    horizon = run.today + 30
    for m, t, since, until in assignments:
        last = min(until if until is not None else horizon, horizon)
        months = (last - since) // 30
        n_sessions = min(8, int(months / 4 * (0.5 + rnd())))
        for _ in range(n_sessions):
            day = since + int(rnd() * (last - since + 1))
            if weekday(day) >= 5:
                day -= weekday(day) - 4
            if day < since:
                continue
            first_slot = 18 + int(rnd() * 15)
            length = 2 + int(rnd() * 3)
            if not calendar.reserve(m, day, first_slot, length):
                continue
            service = pick_service()
            starts = run.slot(day, first_slot)
            ends = run.slot(day, first_slot + length)
            if day > run.today:
                status = SessionStatus.PLANNED
            else:
                status = SessionStatus.CANCELLED if rnd() < 0.07 else SessionStatus.HELD
            mode = SessionMode.ON_SITE if rnd() < 0.7 else SessionMode.ONLINE
            booking = None
            if mode is SessionMode.ON_SITE and rnd() < 0.4:
                unit = run.choice(premises.rooms)
                if premises.book(unit, day, first_slot, length):
                    booking = len(room_bookings)
                    room_bookings.append((
                        premises.units[unit].id, t.id, None, starts, ends,
                        f"导师辅导：{mentor_names[m]}",
                        BookingStatus.CANCELLED if status is SessionStatus.CANCELLED
                        else BookingStatus.CONFIRMED,
                    ))  # fmt: skip
            index = len(sessions)
            sessions.append([
                m, starts, ends, mode, booking, service,
                run.choice(words.topics[service]),
                run.choice(words.notes) if status is SessionStatus.HELD else "", status,
            ])  # fmt: skip
            held = status is SessionStatus.HELD
            rating = (3 + int(rnd() * 2.7)) if held and rnd() < 0.7 else None
            attendees.append((index, t.id, rating))
            if rnd() < 0.08:
                # A group session: other tenants of the same mentor housed that day.
                joined = {t.id}
                for peer, p_since, p_until in by_mentor[m][:6]:
                    if peer.id not in joined and p_since <= day <= p_until:
                        joined.add(peer.id)
                        attendees.append((index, peer.id, None))
            if held and rnd() < 0.5:
                for _a in range(1 + int(rnd() * 2)):
                    due = day + 14 + int(rnd() * 46)
                    done = _done(due, run.today, rnd())
                    owner = t.people[0] if t.people and t.people[0] else ""
                    actions.append(
                        (
                            index,
                            t.id,
                            run.choice(words.actions),
                            owner,
                            date_of(due),
                            done,
                            date_of(due - int(rnd() * 10)) if done else None,
                        )
                    )
    return out


def _write_sessions(run: DemoRun, planned: _Sessions, first_m: int, first_booking: int) -> None:
    """The sessions, who attended each, and the actions agreed."""
    w = run.writer
    sessions, attendees, actions = planned.sessions, planned.attendees, planned.actions
    stt, act = table_of(SessionTenant), table_of(SessionAction)
    mst = table_of(MentoringSession)
    first_s = w.reserve(mst, len(sessions))
    w.write(
        mst,
        (
            "id",
            "mentor_id",
            "starts_at",
            "ends_at",
            "mode",
            "booking_id",
            "service_type",
            "topic",
            "notes",
            "status",
        ),
        [
            (
                first_s + k,
                first_m + s[0],
                s[1],
                s[2],
                s[3],
                None if s[4] is None else first_booking + s[4],
                *s[5:],
            )
            for k, s in enumerate(sessions)
        ],
    )
    w.write(
        stt,
        ("session_id", "tenant_id", "rating"),
        [(first_s + a[0], a[1], a[2]) for a in attendees],
    )
    first_x = w.reserve(act, len(actions))
    w.write(
        act,
        ("id", "session_id", "tenant_id", "description", "owner", "due_on", "done", "done_on"),
        [(first_x + k, first_s + a[0], *a[1:]) for k, a in enumerate(actions)],
    )


# A well-run incubator follows its actions up: what fell due more than a month ago is done;
# of the last month's, some are still open (the overdue list has a few recent entries).
FOLLOWED_UP_DAYS = 30
RECENT_DONE_SHARE = 0.6


def _done(due: int, today: int, draw: float) -> bool:
    """Whether the action due on day `due` has been done by `today` (`draw` in [0, 1))."""
    if due >= today:
        return False
    if today - due > FOLLOWED_UP_DAYS:
        return True
    return draw < RECENT_DONE_SHARE
