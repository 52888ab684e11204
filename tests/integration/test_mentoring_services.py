"""Mentoring sessions, conflicts, room bookings, actions, ratings, statistics and .ics export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.vocabularies import (
    BookingStatus,
    EventKind,
    MentorKind,
    ServiceType,
    SessionMode,
    SessionStatus,
    UnitKind,
)
from incubator_desk.db import Database
from incubator_desk.models import (
    Booking,
    Building,
    Floor,
    MentoringSession,
    Person,
    SessionAction,
    Site,
    Tenant,
    Unit,
)
from incubator_desk.services import activity_stats, ical, mentoring, training
from incubator_desk.services.mentoring import ActionData, MentorData, SessionData

CST = dt.timezone(dt.timedelta(hours=8))


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=CST)


def make_room(db: Database, code: str = "M-101") -> int:
    with db.uow("setup") as uow:
        s = uow.session
        site = Site(name=f"园区{code}")
        building = Building(site=site, code=f"B{code}", name="A 座")
        floor = Floor(building=building, level=1)
        s.add_all([site, building, floor])
        s.flush()
        unit = Unit(
            floor_id=floor.id,
            building_id=building.id,
            code=code,
            kind=UnitKind.MEETING_ROOM,
            area_m2=Decimal(30),
            bookable=True,
        )
        s.add(unit)
        uow.commit()
    return unit.id


def add_tenant(db: Database, name: str, code: str | None = None) -> int:
    with db.uow("tenant") as uow:
        t = Tenant(name_zh=name, credit_code=code)
        uow.session.add(t)
        uow.session.flush()
        uow.session.add(Person(tenant_id=t.id, name=f"{name[:2]}联系人"))
        uow.commit()
    return t.id


def mentor(db: Database, name: str = "王导师") -> int:
    return mentoring.create_mentor(
        db, MentorData(name, MentorKind.ENTREPRENEURSHIP, "深创投", ["融资", "股权"])
    )


def session(
    m: int, tenants: list[int], start: dt.datetime, hours: float = 1.5, **kw
) -> SessionData:
    return SessionData(
        mentor_id=m,
        tenant_ids=tenants,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=hours),
        service_type=kw.pop("service_type", ServiceType.COACHING),
        topic=kw.pop("topic", "融资路演辅导"),
        **kw,
    )


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_mentors_and_assignments(db: Database) -> None:
    m = mentor(db)
    t = add_tenant(db, "深圳云帆科技有限公司")
    mentoring.assign_mentor(db, m, t, dt.date(2026, 1, 1))
    with pytest.raises(ConflictError, match="already assigned"):
        mentoring.assign_mentor(db, m, t, dt.date(2026, 6, 1))
    row = mentoring.get_mentor(db, m)
    assert row.tenants == 1 and row.expertise == ("融资", "股权")
    mentoring.update_mentor(db, m, row.version, MentorData("王导师", MentorKind.INVESTOR, "X"))
    assert mentoring.get_mentor(db, m).kind is MentorKind.INVESTOR
    with pytest.raises(ValidationError) as err:
        mentoring.create_mentor(db, MentorData(" ", MentorKind.INVESTOR, email="nope"))
    assert set(err.value.fields) == {"name", "email"}
    assert activity_stats.tenants_with_mentor(db, dt.date(2026, 3, 1)) == {t}
    cov = activity_stats.mentor_coverage(db, dt.date(2026, 3, 1))
    assert (cov.open_tenants, cov.with_mentor, cov.active_mentors) == (1, 1, 1)


def test_conflicts_name_the_other_session(db: Database) -> None:
    m1, m2 = mentor(db, "王导师"), mentor(db, "李导师")
    a = add_tenant(db, "深圳云帆科技有限公司")
    b = add_tenant(db, "深圳星河智能有限公司")
    first = mentoring.create_session(db, session(m1, [a], at(1, 9)))
    # the same mentor, overlapping
    with pytest.raises(ConflictError) as err:
        mentoring.create_session(db, session(m1, [b], at(1, 10)))
    assert "王导师" in str(err.value) and "融资路演辅导" in str(err.value)
    # another mentor, the same tenant (in a group session), overlapping
    with pytest.raises(ConflictError) as err:
        mentoring.create_session(db, session(m2, [b, a], at(1, 10), topic="政策"))
    assert "深圳云帆科技有限公司" in str(err.value) and "2026-12-01" in str(err.value)
    # touching is fine; end before start refused; nothing half-saved
    mentoring.create_session(db, session(m1, [b], at(1, 10, 30)))
    with pytest.raises(ValidationError) as verr:
        mentoring.create_session(db, session(m1, [b], at(2, 10), hours=-1))
    assert "ends_at" in verr.value.fields
    assert count(db, MentoringSession) == 2
    # editing a session does not clash with itself; moving onto another refuses
    d = mentoring.get_session(db, first)
    mentoring.update_session(db, first, d.version, d.as_data())
    d = mentoring.get_session(db, first)
    with pytest.raises(ConflictError):
        mentoring.move_session(db, first, d.version, at(1, 10))
    mentoring.move_session(db, first, d.version, at(3, 14))
    moved = mentoring.get_session(db, first)
    assert moved.starts_at == at(3, 14) and moved.ends_at == at(3, 15, 30)
    # a cancelled session frees the slot
    mentoring.cancel_session(db, first, moved.version)
    mentoring.create_session(db, session(m1, [a], at(3, 14)))


def test_on_site_session_books_a_room(db: Database) -> None:
    room = make_room(db)
    m1, m2 = mentor(db, "王导师"), mentor(db, "李导师")
    a, b = add_tenant(db, "甲公司"), add_tenant(db, "乙公司")
    sid = mentoring.create_session(
        db, session(m1, [a], at(4, 9), mode=SessionMode.ON_SITE, room_unit_id=room)
    )
    assert mentoring.get_session(db, sid).room == "BM-101-M-101"  # the building's code first
    with pytest.raises(ConflictError, match="M-101"):
        mentoring.create_session(
            db, session(m2, [b], at(4, 10), mode=SessionMode.ON_SITE, room_unit_id=room)
        )
    assert count(db, MentoringSession) == 1  # nothing half-saved
    d = mentoring.get_session(db, sid)
    mentoring.move_session(db, sid, d.version, at(5, 9))
    with db.read() as s:
        rows = s.execute(select(Booking.starts_at, Booking.status)).all()
    assert sorted((r[1].value, r[0]) for r in rows) == sorted(
        [("cancelled", at(4, 9)), ("confirmed", at(5, 9))]
    )
    mentoring.create_session(
        db, session(m2, [b], at(4, 10), mode=SessionMode.ON_SITE, room_unit_id=room)
    )
    d = mentoring.get_session(db, sid)
    mentoring.cancel_session(db, sid, d.version)
    with db.read() as s:
        confirmed = s.scalar(
            select(func.count())
            .select_from(Booking)
            .where(Booking.status == BookingStatus.CONFIRMED)
        )
    assert confirmed == 1


def test_session_save_joins_the_callers_unit_of_work(db: Database) -> None:
    """Given the caller's unit of work, a save and its room booking stand or fall with it."""
    room = make_room(db)
    m1, m2 = mentor(db, "王导师"), mentor(db, "李导师")
    a, b = add_tenant(db, "甲公司"), add_tenant(db, "乙公司")
    first = session(m1, [a], at(6, 9), mode=SessionMode.ON_SITE, room_unit_id=room)
    clash = session(m2, [b], at(6, 10), mode=SessionMode.ON_SITE, room_unit_id=room)
    with pytest.raises(ConflictError, match="M-101"), db.uow("plan a day") as uow:
        mentoring.create_session(uow, first)
        mentoring.create_session(uow, clash)  # the room is taken by the first, unsaved one
        uow.commit()
    assert (count(db, MentoringSession), count(db, Booking)) == (0, 0)
    with db.uow("plan a day") as uow:
        sid = mentoring.create_session(uow, first)
        assert count(db, Booking) == 0  # written only when the caller commits
        uow.commit()
    assert (count(db, MentoringSession), count(db, Booking)) == (1, 1)
    assert mentoring.get_session(db, sid).room == "BM-101-M-101"  # the building's code first


def test_actions_overdue_and_ratings(db: Database) -> None:
    m = mentor(db)
    a, b = add_tenant(db, "甲公司"), add_tenant(db, "乙公司")
    sid = mentoring.create_session(
        db,
        session(
            m,
            [a, b],
            at(1, 9, month=10),
            status=SessionStatus.HELD,
            ratings={a: 5},
            actions=[
                ActionData("补充财务预测", "张三", dt.date(2026, 10, 15), tenant_id=a),
                ActionData("提交商业计划书", "李四", dt.date(2026, 12, 30), tenant_id=b),
                ActionData("准备路演材料", "张三", dt.date(2026, 10, 20), done=True, tenant_id=a),
            ],
        ),
    )
    today = dt.date(2026, 11, 26)
    overdue = mentoring.overdue_actions(db, today)
    assert [o.description for o in overdue] == ["补充财务预测"]
    assert overdue[0].days_overdue == 42 and overdue[0].tenant == "甲公司"
    assert mentoring.overdue_actions(db, today, tenant_id=b) == []
    assert len(mentoring.overdue_actions(db, today, mentor_id=m)) == 1
    mentoring.set_action_done(db, overdue[0].id, overdue[0].version, True)
    assert mentoring.overdue_actions(db, today) == []
    with pytest.raises(ValidationError):
        mentoring.rate_session(db, sid, b, 6)
    mentoring.rate_session(db, sid, b, 4)
    d = mentoring.get_session(db, sid)
    assert d.ratings == {a: 5, b: 4}
    with pytest.raises(ValidationError, match="1 to 5"):
        mentoring.update_session(db, sid, d.version, session(m, [a], d.starts_at, ratings={a: 0}))
    # removing an action and a tenant through an edit
    data = d.as_data()
    mentoring.update_session(
        db,
        sid,
        d.version,
        SessionData(**{**data.__dict__, "tenant_ids": [a], "actions": list(d.actions[:1])}),
    )
    assert count(db, SessionAction) == 1
    assert mentoring.get_session(db, sid).tenant_ids == (a,)


def test_statistics_and_ics_round_trip(db: Database, tmp_path: Path) -> None:
    m1, m2 = mentor(db, "王导师"), mentor(db, "李导师")
    a = add_tenant(db, "甲公司", "914403001922038216")
    b = add_tenant(db, "乙公司")
    held = {"status": SessionStatus.HELD}
    mentoring.create_session(db, session(m1, [a, b], at(5, 9, month=2), hours=2, **held))
    mentoring.create_session(
        db,
        session(m2, [a], at(6, 9, month=5), hours=1, service_type=ServiceType.FINANCING, **held),
    )
    mentoring.create_session(db, session(m2, [b], at(7, 9, month=5), hours=3))  # planned
    q1 = activity_stats.mentoring_hours(db, 2026, 1)
    assert (q1.total_hours, q1.sessions, q1.tenants_served) == (2.0, 1, 2)
    year = activity_stats.mentoring_hours(db, 2026)
    assert {line.name: line.hours for line in year.by_tenant} == {"甲公司": 3.0, "乙公司": 2.0}
    assert {line.name: line.hours for line in year.by_mentor} == {"王导师": 2.0, "李导师": 1.0}
    by_type = {line.key: line.hours for line in year.by_service_type}
    assert by_type[ServiceType.COACHING] == 2.0 and by_type[ServiceType.FINANCING] == 1.0
    quarters = activity_stats.mentoring_hours_by_quarter(db, 2026)
    assert [q.hours for q in quarters] == [2.0, 1.0, 0.0, 0.0]

    ev = training.create_event(
        db,
        training.EventData(
            "创业政策宣讲会", EventKind.POLICY_BRIEFING, at(10, 14), at(10, 16), 30,
            venue_address="深圳市南山区科技园 1 号",
        ),
    )  # fmt: skip
    data, n = ical.mentor_calendar(db, m2)
    assert n == 2
    out = tmp_path / "导师 日程.ics"
    ical.write_ics(out, data)
    back = ical.read_ics(out.read_bytes())
    with db.read() as s:
        expected = {
            (f"session-{ms.id}@incubator-desk", ms.starts_at, ms.ends_at)
            for ms in s.scalars(select(MentoringSession).where(MentoringSession.mentor_id == m2))
        }
    assert {(i.uid, i.starts_at, i.ends_at) for i in back} == expected
    assert all("辅导" in i.summary for i in back)

    tenant_code = ical.tenant_by_credit_code(db, " 914403001922038216 ".lower())
    assert tenant_code == a
    person = training.people_choices(db, "甲公司")[0].id
    training.register(db, ev, person)
    data, n = ical.tenant_calendar(db, a)
    back = ical.read_ics(data)
    assert n == 3 and [i.summary for i in back][-1] == "创业政策宣讲会"
    assert back[-1].location == "深圳市南山区科技园 1 号"
    data, n = ical.events_calendar(db)
    (only,) = ical.read_ics(data)
    assert (only.uid, only.starts_at, only.ends_at) == (
        f"event-{ev}@incubator-desk",
        at(10, 14),
        at(10, 16),
    )
    with pytest.raises(ValidationError):
        ical.write_ics(tmp_path / "x.txt", data)


def test_room_bookings_on_the_calendar_move_with_the_same_checks(db: Database) -> None:
    from incubator_desk.services import spaces

    room = make_room(db)
    t = add_tenant(db, "甲公司")
    first = spaces.book_room(db, room, at(8, 9), at(8, 10), tenant_id=t, purpose="面试")
    spaces.book_room(db, room, at(8, 11), at(8, 12), tenant_id=t, purpose="评审")
    m = mentor(db)
    mentoring.create_session(
        db, session(m, [t], at(8, 14), mode=SessionMode.ON_SITE, room_unit_id=room)
    )
    rows = mentoring.bookings_between(db, at(8, 0), at(9, 0))
    assert [r.purpose for r in rows] == ["面试", "评审"]  # the session's own booking left out
    assert mentoring.bookings_between(db, at(8, 0), at(9, 0), tenant_id=t + 1) == []
    with pytest.raises(ConflictError, match="M-101"):
        mentoring.move_booking(db, first, rows[0].version, at(8, 11, 30))
    new_id = mentoring.move_booking(db, first, rows[0].version, at(8, 16))
    moved = mentoring.bookings_between(db, at(8, 0), at(9, 0))
    assert [(r.id, r.starts_at, r.ends_at) for r in moved][-1] == (new_id, at(8, 16), at(8, 17))
    assert first not in {r.id for r in moved}
