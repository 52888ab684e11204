"""Training events: capacity, waiting list promoted in order, check-in, walk-ins, feedback."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.vocabularies import (
    BookingStatus,
    EventKind,
    EventStatus,
    RegistrationStatus,
    UnitKind,
)
from incubator_desk.db import Database
from incubator_desk.models import (
    Booking,
    Building,
    EventRegistration,
    Floor,
    Person,
    Site,
    Tenant,
    TrainingEvent,
    Unit,
)
from incubator_desk.services import activity_stats, training
from incubator_desk.services.training import EventData

CST = dt.timezone(dt.timedelta(hours=8))
R = RegistrationStatus


def at(day: int, hour: int, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=CST)


def people(db: Database, n: int) -> list[int]:
    with db.uow("setup") as uow:
        t = Tenant(name_zh="深圳云帆科技有限公司")
        uow.session.add(t)
        uow.session.flush()
        ps = [Person(tenant_id=t.id, name=f"员工{i}") for i in range(n)]
        uow.session.add_all(ps)
        uow.commit()
    return [p.id for p in ps]


def room(db: Database) -> int:
    with db.uow("setup") as uow:
        s = uow.session
        site = Site(name="园区")
        building = Building(site=site, code="A", name="A 座")
        floor = Floor(building=building, level=1)
        s.add_all([site, building, floor])
        s.flush()
        unit = Unit(
            floor_id=floor.id,
            building_id=building.id,
            code="A-路演厅",
            kind=UnitKind.MEETING_ROOM,
            area_m2=Decimal(120),
            bookable=True,
        )
        s.add(unit)
        uow.commit()
    return unit.id


def event(db: Database, capacity: int = 2, **kw) -> int:
    return training.create_event(
        db,
        EventData(
            kw.pop("title", "路演训练营"),
            EventKind.ROADSHOW,
            kw.pop("start", at(10, 14)),
            kw.pop("end", at(10, 17)),
            capacity,
            **kw,
        ),
    )


def statuses(db: Database, event_id: int) -> list[tuple[int, str, int | None]]:
    return [
        (r.person_id, r.status.value, r.waitlist_position)
        for r in training.registrations(db, event_id)
    ]


def test_bad_input_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        event(db, capacity=0, title=" ", end=at(10, 13))
    assert set(err.value.fields) == {"title", "capacity", "ends_at"}
    with pytest.raises(ValidationError, match="not both"):
        event(db, venue_unit_id=room(db), venue_address="外面")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TrainingEvent)) == 0


def test_waiting_list_promotion_and_capacity(db: Database) -> None:
    p = people(db, 5)
    ev = event(db, capacity=2)
    results = [training.register(db, ev, x) for x in p]
    assert [(r.status, r.waitlist_position) for r in results] == [
        (R.REGISTERED, None),
        (R.REGISTERED, None),
        (R.WAITLISTED, 1),
        (R.WAITLISTED, 2),
        (R.WAITLISTED, 3),
    ]
    with pytest.raises(ConflictError, match="already on the waiting list"):
        training.register(db, ev, p[3])
    with pytest.raises(ConflictError, match="already registered"):
        training.register(db, ev, p[0])
    # the first registered person cancels: the first on the list moves up, the rest renumber
    first = training.registrations(db, ev)[0]
    promoted = training.cancel_registration(db, first.id, first.version)
    assert len(promoted) == 1
    assert statuses(db, ev) == [
        (p[1], "registered", None),
        (p[2], "registered", None),
        (p[3], "waitlisted", 1),
        (p[4], "waitlisted", 2),
        (p[0], "cancelled", None),
    ]
    # a waitlisted person cancels: the list renumbers
    w = next(r for r in training.registrations(db, ev) if r.person_id == p[3])
    training.cancel_registration(db, w.id, w.version)
    assert (p[4], "waitlisted", 1) in statuses(db, ev)
    # capacity below the registrations refused; raising it promotes
    d = training.get_event(db, ev)
    with pytest.raises(ValidationError, match="2 people are already registered"):
        training.update_event(
            db, ev, d.version, EventData(**{**d.as_data().__dict__, "capacity": 1})
        )
    training.update_event(db, ev, d.version, EventData(**{**d.as_data().__dict__, "capacity": 3}))
    assert (p[4], "registered", None) in statuses(db, ev)
    # a cancelled person can register again (at the end of the queue)
    training.register(db, ev, p[0])
    assert (p[0], "waitlisted", 1) in statuses(db, ev)


def test_check_in_walk_ins_feedback_and_attendance(db: Database) -> None:
    p = people(db, 4)
    ev = event(db, capacity=2)
    training.register(db, ev, p[0])
    training.register(db, ev, p[1])
    training.register(db, ev, p[2])  # waiting list
    assert training.check_in(db, ev, p[0]) is False
    with pytest.raises(ConflictError, match="already checked in"):
        training.check_in(db, ev, p[0])
    assert training.check_in(db, ev, p[3]) is True  # not registered: a walk-in
    assert training.check_in(db, ev, p[2]) is True  # waitlisted but came: a walk-in
    d = training.get_event(db, ev)
    assert (d.registered, d.checked_in, d.walk_ins, d.waitlisted) == (2, 1, 2, 0)
    assert d.attendance_rate == 0.5
    regs = {r.person_id: r for r in training.registrations(db, ev)}
    with pytest.raises(ValidationError, match="1 to 5"):
        training.set_feedback(db, regs[p[0]].id, regs[p[0]].version, 6)
    with pytest.raises(ValidationError, match="attended"):
        training.set_feedback(db, regs[p[1]].id, regs[p[1]].version, 4)
    training.set_feedback(db, regs[p[0]].id, regs[p[0]].version, 5)
    training.set_feedback(db, regs[p[3]].id, regs[p[3]].version, 3)
    assert training.get_event(db, ev).average_feedback == 4.0
    (q4,) = [q for q in activity_stats.event_attendance(db, 2026) if q.quarter == 4]
    assert (q4.events, q4.registered, q4.attended, q4.walk_ins) == (1, 2, 1, 2)
    assert q4.average_feedback == 4.0
    assert activity_stats.events_attended_by_tenant(db, 2026) == {regs[p[0]].tenant_id: 1}
    tenant_rows = training.events_for_tenant(db, regs[p[0]].tenant_id)
    assert [(r.registered, r.attended) for r in tenant_rows] == [(4, 3)]
    # undo a walk-in check-in removes the record
    training.undo_check_in(db, regs[p[3]].id, training.registrations(db, ev)[-1].version)


def test_cancelled_event_refuses_and_frees_its_room(db: Database) -> None:
    r = room(db)
    p = people(db, 1)
    ev = event(db, venue_unit_id=r)
    with pytest.raises(ConflictError, match="A-路演厅"):
        event(db, venue_unit_id=r, title="另一场", start=at(10, 16), end=at(10, 18))
    d = training.get_event(db, ev)
    assert d.venue == "A-路演厅"
    training.set_event_status(db, ev, d.version, EventStatus.CANCELLED)
    with pytest.raises(ConflictError, match="cancelled"):
        training.check_in(db, ev, p[0])
    with pytest.raises(ConflictError, match="cancelled"):
        training.register(db, ev, p[0])
    with db.read() as s:
        assert s.scalar(select(Booking.status).where(Booking.event_id == ev)) is (
            BookingStatus.CANCELLED
        )
        assert s.scalar(select(func.count()).select_from(EventRegistration)) == 0
    event(db, venue_unit_id=r, title="另一场", start=at(10, 16), end=at(10, 18))
    # moving an event re-books its room
    other = training.events_between(db, at(10, 0), at(11, 0))[0]
    training.move_event(db, other.id, other.version, at(12, 9))
    moved = training.get_event(db, other.id)
    assert (moved.starts_at, moved.ends_at) == (at(12, 9), at(12, 11))
