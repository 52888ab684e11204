"""The demo's training events over the years, their venues booked, and who registered and came."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ...core.periods import add_months
from ...core.vocabularies import BookingStatus, EventKind, EventStatus, RegistrationStatus
from ...models import EventRegistration, TrainingEvent
from .bookings import write_bookings
from .lookups import Lists
from .premises import Premises
from .run import DemoRun, at, weekday
from .tenant_lives import Residents
from .writer import table_of

OUTSIDE_VENUE = "深圳湾创业广场路演中心"  # where an event goes when no hall or room is free
BIG_EVENTS = (EventKind.ROADSHOW, EventKind.DEMO_DAY, EventKind.POLICY_BRIEFING)


@dataclass(slots=True)
class PlannedEvent:
    """An event before it is written; `venue` is an index into the premises' units."""

    title: str
    kind: EventKind
    starts: dt.datetime
    ends: dt.datetime
    venue: int | None
    address: str
    capacity: int
    speakers: str
    stages: list[str]
    industries: list[int]
    status: EventStatus
    day: int
    description: str = ""
    id: int = 0


def plan_events(run: DemoRun, premises: Premises, lists: Lists) -> list[PlannedEvent]:
    """A few events a month for the park's history and the next two months, venues booked."""
    rnd = run.rng.random
    words = run.words.training
    pick_kind = run.picker([k for k, _ in words.event_kinds], [w for _, w in words.event_kinds])
    per_month = max(2, min(16, round(run.n / 100)))
    horizon = run.today + 60
    events = []
    month = run.start
    while month <= horizon:
        for _ in range(per_month):
            day = month + int(rnd() * 28)
            if weekday(day) >= 5:
                day += 7 - weekday(day)
            if day > horizon:
                continue
            kind = pick_kind()
            title = run.choice(words.titles[kind])
            if kind is EventKind.DEMO_DAY:
                date = dt.date.fromordinal(day)
                title = f"{date.year}年{'春' if date.month <= 6 else '秋'}季 Demo Day"
            big = kind in BIG_EVENTS
            first_slot = 19 if rnd() < 0.5 else 28  # 09:30 or 14:00
            length = 5 + int(rnd() * 2)
            venue = None
            candidates = premises.halls if big else premises.rooms
            for _try in range(4):
                unit = run.choice(candidates)
                if premises.book(unit, day, first_slot, length):
                    venue = unit
                    break
            if venue is None:
                capacity = 60 + int(rnd() * 140)
                address = OUTSIDE_VENUE
            else:
                area = premises.units[venue].area
                capacity = max(8, min(150, int(area / (1.3 if big else 2.0))))
                address = ""
            starts, ends = run.slot(day, first_slot), run.slot(day, first_slot + length)
            if day > run.today:
                status = EventStatus.PLANNED
            else:
                status = EventStatus.CANCELLED if rnd() < 0.03 else EventStatus.HELD
            stages = ["incubating", "accelerating"] if big else ["pre_incubation", "incubating"]
            industries = []
            if rnd() < 0.2:
                industry = run.choice(run.words.companies.industries)
                industries = [lists.lookup[("industry", industry.code)]]
            speakers = "、".join(run.names.name()[0] for _ in range(1 + int(rnd() * 2)))
            events.append(
                PlannedEvent(
                    title,
                    kind,
                    starts,
                    ends,
                    venue,
                    address,
                    capacity,
                    speakers,
                    stages,
                    industries,
                    status,
                    day,
                )
            )
        month = add_months(dt.date.fromordinal(month), 1).toordinal()
    events.sort(key=lambda ev: (ev.starts, ev.title))
    roadshows = 0
    for ev in events:
        if ev.kind is EventKind.ROADSHOW:
            roadshows += 1
            ev.title = f"{ev.title}（第{roadshows}期）"
        ev.description = f"{ev.title}，面向园区在孵企业。"
    return events


def write_events(
    run: DemoRun, events: list[PlannedEvent], premises: Premises, residents: Residents
) -> None:
    """The events, their venues' bookings, and registrations by people of housed tenants."""
    rnd = run.rng.random
    w = run.writer
    et, rt = table_of(TrainingEvent), table_of(EventRegistration)
    first = w.reserve(et, len(events))
    for i, ev in enumerate(events):
        ev.id = first + i
    w.write(
        et,
        (
            "id",
            "title",
            "kind",
            "starts_at",
            "ends_at",
            "venue_unit_id",
            "venue_address",
            "capacity",
            "speakers",
            "target_stages",
            "target_industries",
            "description",
            "status",
        ),
        [
            (
                ev.id,
                ev.title,
                ev.kind,
                ev.starts,
                ev.ends,
                None if ev.venue is None else premises.units[ev.venue].id,
                ev.address,
                ev.capacity,
                ev.speakers,
                ev.stages,
                ev.industries,
                ev.description,
                ev.status,
            )
            for ev in events
        ],
    )
    regs: list[tuple[Any, ...]] = []
    bookings: list[tuple[Any, ...]] = []
    for ev in events:
        starts, capacity, status, day = ev.starts, ev.capacity, ev.status, ev.day
        if ev.venue is not None:
            bookings.append(
                (
                    premises.units[ev.venue].id,
                    None,
                    ev.id,
                    starts,
                    ev.ends,
                    ev.title[:200],
                    BookingStatus.CANCELLED
                    if status is EventStatus.CANCELLED
                    else BookingStatus.CONFIRMED,
                )
            )
        wanted = int(capacity * (0.4 + rnd() * 0.8))
        seen: set[int] = set()
        registered = waitlisted = 0
        for _ in range(wanted * 2):
            if registered + waitlisted >= wanted:
                break
            t = residents.on(day)
            if t is None:
                break
            person = t.person_first + int(rnd() * len(t.people))
            if person in seen:
                continue
            seen.add(person)
            reg_at = at(min(day - 1 - int(rnd() * 20), run.today), 480 + int(rnd() * 720))
            position: int | None
            if rnd() < 0.05:
                state, position = RegistrationStatus.CANCELLED, None
            elif registered < capacity:
                registered += 1
                state, position = RegistrationStatus.REGISTERED, None
            else:
                waitlisted += 1
                state, position = RegistrationStatus.WAITLISTED, waitlisted
            checked = None
            score = None
            if (
                state is RegistrationStatus.REGISTERED
                and status is EventStatus.HELD
                and rnd() < 0.8
            ):
                checked = starts + dt.timedelta(minutes=int(rnd() * 30) - 15)
                if rnd() < 0.6:
                    score = 3 + int(rnd() * 2.6)
            regs.append((ev.id, person, t.id, state, reg_at, position, checked, False, score))
    first_r = w.reserve(rt, len(regs))
    w.write(
        rt,
        (
            "id",
            "event_id",
            "person_id",
            "tenant_id",
            "status",
            "registered_at",
            "waitlist_position",
            "checked_in_at",
            "walk_in",
            "feedback_score",
        ),
        [(first_r + k, *r) for k, r in enumerate(regs)],
    )
    write_bookings(run, bookings)
