"""Room bookings: no overlap (buffer included), inside a caller's unit of work, concurrency."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from incubator_desk.core import clock
from incubator_desk.core.errors import ConflictError, NotFound, ValidationError
from incubator_desk.core.vocabularies import BookingStatus, UnitKind, UnitStatus
from incubator_desk.db import Database
from incubator_desk.models import Booking, Building, Floor, Site, Tenant, Unit
from incubator_desk.services import spaces

CST = dt.timezone(dt.timedelta(hours=8))


def at(hour: int, minute: int = 0, day: int = 1) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=CST)


def make_room(db: Database, *, buffer: int = 0, bookable: bool = True, code: str = "A-101") -> int:
    with db.uow("setup") as uow:
        s = uow.session
        site = s.scalar(select(Site).where(Site.name == "园区")) or Site(name="园区")
        s.add(site)
        s.flush()
        building = s.scalar(select(Building).where(Building.code == "A")) or Building(
            site=site, code="A", name="A 座"
        )
        s.add(building)
        s.flush()
        floor = s.scalar(select(Floor).where(Floor.building_id == building.id)) or Floor(
            building=building, level=1
        )
        s.add(floor)
        s.flush()
        unit = Unit(
            floor_id=floor.id,
            building_id=building.id,
            code=code,
            kind=UnitKind.MEETING_ROOM,
            area_m2=Decimal(30),
            bookable=bookable,
            buffer_minutes=buffer,
        )
        s.add(unit)
        uow.commit()
    return unit.id


def add_tenant(db: Database, name: str = "深圳云帆科技有限公司") -> int:
    with db.uow("tenant") as uow:
        t = Tenant(name_zh=name)
        uow.session.add(t)
        uow.commit()
    return t.id


def confirmed(db: Database, unit_id: int) -> int:
    with db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(Booking)
                .where(Booking.unit_id == unit_id, Booking.status == BookingStatus.CONFIRMED)
            )
            or 0
        )


def test_booking_and_refusals(db: Database) -> None:
    room = make_room(db)
    tenant = add_tenant(db)
    bid = spaces.book_room(db, room, at(9), at(10), tenant_id=tenant, purpose="Board")
    assert bid > 0
    # touching end to start is fine
    spaces.book_room(db, room, at(10), at(11))
    with pytest.raises(ConflictError) as err:
        spaces.book_room(db, room, at(9, 30), at(10, 30))
    assert "深圳云帆科技有限公司" in str(err.value)
    local = clock.park_time(at(9))  # shown in the park's time zone
    assert local.strftime("%Y-%m-%d %H:%M") in str(err.value)
    with pytest.raises(ValidationError) as verr:
        spaces.book_room(db, room, at(12), at(12))
    assert "ends_at" in verr.value.fields
    with pytest.raises(ValidationError):
        spaces.book_room(db, room, at(13), at(12))
    assert confirmed(db, room) == 2


def test_buffer_minutes_are_kept_between_bookings(db: Database) -> None:
    room = make_room(db, buffer=15)
    spaces.book_room(db, room, at(9), at(10), purpose="Interview")
    with pytest.raises(ConflictError) as err:
        spaces.book_room(db, room, at(10, 10), at(11))
    assert "15" in str(err.value) and "Interview" in str(err.value)
    with pytest.raises(ConflictError):
        spaces.book_room(db, room, at(8), at(8, 50))
    spaces.book_room(db, room, at(10, 15), at(11))
    spaces.book_room(db, room, at(7), at(8, 45))
    assert confirmed(db, room) == 3


def test_unbookable_retired_and_maintenance_units_are_refused(db: Database) -> None:
    office = make_room(db, bookable=False, code="A-102")
    with pytest.raises(ValidationError):
        spaces.book_room(db, office, at(9), at(10))
    room = make_room(db, code="A-103")
    for status in (UnitStatus.RETIRED, UnitStatus.MAINTENANCE):
        with db.uow() as uow:
            uow.get(Unit, room).status = status
            uow.commit()
        with pytest.raises(ValidationError):
            spaces.book_room(db, room, at(9), at(10))
    with pytest.raises(NotFound):
        spaces.book_room(db, 999_999, at(9), at(10))
    assert confirmed(db, room) == 0


def test_booking_commits_with_the_callers_work_or_not_at_all(db: Database) -> None:
    room = make_room(db)
    tenant = add_tenant(db)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.uow("session + room") as uow:
        spaces.book_room(uow, room, at(9), at(10), tenant_id=tenant)
        raise Boom
    assert confirmed(db, room) == 0

    with db.uow("session + room") as uow:
        bid = spaces.book_room(uow, room, at(9), at(10), tenant_id=tenant)
        assert bid is not None
        # a second overlapping booking in the same unit of work is refused too
        with pytest.raises(ConflictError):
            spaces.book_room(uow, room, at(9, 30), at(11))
        uow.commit()
    assert confirmed(db, room) == 1


def test_cancelled_booking_frees_the_slot(db: Database) -> None:
    room = make_room(db)
    bid = spaces.book_room(db, room, at(9), at(10))
    with db.uow() as uow:
        spaces.cancel_booking(uow, bid)
        uow.commit()
    spaces.book_room(db, room, at(9), at(10))
    assert confirmed(db, room) == 1


def test_two_operators_booking_at_once_exactly_one_wins(db: Database) -> None:
    room = make_room(db)
    barrier = threading.Barrier(2)
    results: list[object] = []

    def worker(purpose: str) -> None:
        try:
            with db.uow("book") as uow:
                barrier.wait(timeout=10)
                bid = spaces.book_room(uow, room, at(9), at(10), purpose=purpose)
                uow.commit()
                results.append(bid)
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=worker, args=(p,)) for p in ("one", "two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == 2
    assert sum(isinstance(r, int) for r in results) == 1
    assert confirmed(db, room) == 1


def test_equipment_bookings_never_overlap(db: Database) -> None:
    room = make_room(db)
    kit = spaces.save_equipment(db, None, "液相色谱仪", location_unit_id=room, buffer_minutes=30)
    tenant = add_tenant(db)
    spaces.book_equipment(db, kit, at(9), at(12), tenant_id=tenant)
    with pytest.raises(ConflictError) as err:
        spaces.book_equipment(db, kit, at(12, 15), at(13))
    assert "液相色谱仪" in str(err.value) and "30" in str(err.value)
    spaces.book_equipment(db, kit, at(12, 30), at(13))
    # the room itself is a separate resource
    spaces.book_room(db, room, at(9), at(10))
    rows = spaces.bookings_between(db, at(0), at(23, 59), [], [kit])
    assert [r.unit_label for r in rows] == ["液相色谱仪", "液相色谱仪"]
    info = spaces.list_equipment(db)[0]
    spaces.save_equipment(db, kit, info.name, active=False, expected_version=info.version)
    with pytest.raises(ValidationError):
        spaces.book_equipment(db, kit, at(15), at(16))
    with pytest.raises(ValidationError):
        spaces.save_equipment(db, None, "液相色谱仪")


def test_moving_a_booking_inside_one_unit_of_work(db: Database) -> None:
    """A caller (e.g. a mentoring session changing its time) cancels and books again at once."""
    room = make_room(db)
    first = spaces.book_room(db, room, at(9), at(10))
    with db.uow("reschedule") as uow:
        spaces.cancel_booking(uow, first)
        spaces.book_room(uow, room, at(9, 30), at(10, 30))
        uow.commit()
    assert confirmed(db, room) == 1


def test_two_operators_booking_equipment_at_once_exactly_one_wins(db: Database) -> None:
    kit = spaces.save_equipment(db, None, "超算节点")
    barrier = threading.Barrier(2)
    results: list[object] = []

    def worker() -> None:
        try:
            with db.uow("book") as uow:
                barrier.wait(timeout=10)
                results.append(spaces.book_equipment(uow, kit, at(9), at(10)))
                uow.commit()
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sum(isinstance(r, int) for r in results) == 1
