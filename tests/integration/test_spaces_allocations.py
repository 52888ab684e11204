"""Inventory, allocations (no double-booking by any route), subsidy, occupancy, rent roll."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.vocabularies import (
    AllocationStatus,
    RentBasis,
    Stage,
    UnitKind,
    UnitStatus,
)
from incubator_desk.db import Database
from incubator_desk.models import Allocation, Tenant
from incubator_desk.services import spaces
from incubator_desk.services.spaces import AllocationInput, UnitInput

D = dt.date


def layout(db: Database) -> tuple[int, int]:
    site = spaces.save_site(db, None, "南山园区")
    building = spaces.save_building(db, None, site, "B2", "B2 栋")
    floor = spaces.save_floor(db, None, building, 3, "3层")
    return building, floor


def office(db: Database, floor: int, code: str = "0301", x: int = 0) -> int:
    return spaces.save_unit(
        db,
        None,
        floor,
        UnitInput(
            code=code,
            kind=UnitKind.OFFICE,
            area_m2=Decimal(100),
            list_rent=Decimal(90),
            plan_x=Decimal(x),
            plan_w=Decimal(10),
            plan_h=Decimal(10),
        ),
    )


def desks_area(db: Database, floor: int, desks: int = 10) -> int:
    return spaces.save_unit(
        db,
        None,
        floor,
        UnitInput(
            code="0310",
            kind=UnitKind.OPEN_DESK,
            area_m2=Decimal(60),
            desk_count=desks,
            list_rent=Decimal(800),
            rent_basis=RentBasis.PER_DESK_MONTH,
            plan_x=Decimal(30),
            plan_w=Decimal(10),
            plan_h=Decimal(6),
        ),
    )


def tenant(db: Database, name: str, stage: Stage = Stage.INCUBATING) -> int:
    with db.uow() as uow:
        t = Tenant(name_zh=name, stage=stage, entry_date=D(2026, 1, 1))
        uow.session.add(t)
        uow.commit()
    return t.id


def live_allocations(db: Database) -> int:
    with db.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(Allocation)
                .where(Allocation.status != AllocationStatus.CANCELLED)
            )
            or 0
        )


def test_unit_input_is_checked(db: Database) -> None:
    _b, floor = layout(db)
    office(db, floor)
    with pytest.raises(ValidationError) as err:
        office(db, floor, x=20)  # same code in the same building
    assert "code" in err.value.fields
    bad = UnitInput(code="X", kind=UnitKind.OFFICE, area_m2=Decimal(0))
    with pytest.raises(ValidationError) as err:
        spaces.save_unit(db, None, floor, bad)
    assert "area_m2" in err.value.fields
    with pytest.raises(ValidationError) as err:
        spaces.save_unit(
            db, None, floor, UnitInput(code="Y", kind=UnitKind.OPEN_DESK, area_m2=Decimal(10))
        )
    assert "desk_count" in err.value.fields
    with pytest.raises(ValidationError) as err:
        spaces.save_unit(
            db,
            None,
            floor,
            UnitInput(code="Z", kind=UnitKind.OFFICE, area_m2=Decimal(10), plan_x=Decimal(58)),
        )
    assert "plan" in err.value.fields


def test_whole_units_cannot_overlap_and_refusal_names_tenant(db: Database) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    a, b = tenant(db, "深圳云帆科技有限公司"), tenant(db, "星河智能")
    spaces.allocate(db, AllocationInput(unit, a, D(2026, 3, 1), D(2027, 2, 28)))
    with pytest.raises(ConflictError) as err:
        spaces.allocate(db, AllocationInput(unit, b, D(2027, 2, 28), None))
    text = str(err.value)
    assert "深圳云帆科技有限公司" in text and "2026-03-01" in text and "2027-02-28" in text
    spaces.allocate(db, AllocationInput(unit, b, D(2027, 3, 1), None))
    with pytest.raises(ValidationError) as verr:
        spaces.allocate(db, AllocationInput(unit, b, D(2025, 3, 1), D(2025, 2, 1)))
    assert "end_date" in verr.value.fields
    assert live_allocations(db) == 2


def test_desks_never_exceed_capacity(db: Database) -> None:
    _b, floor = layout(db)
    area = desks_area(db, floor, desks=10)
    a, b, c = tenant(db, "甲公司"), tenant(db, "乙公司"), tenant(db, "丙公司")
    spaces.allocate(db, AllocationInput(area, a, D(2026, 1, 1), D(2026, 6, 30), desks=6))
    spaces.allocate(db, AllocationInput(area, b, D(2026, 7, 1), None, desks=6))
    spaces.allocate(db, AllocationInput(area, c, D(2026, 1, 1), None, desks=4))
    with pytest.raises(ConflictError) as err:
        spaces.allocate(db, AllocationInput(area, c, D(2026, 8, 1), D(2026, 8, 31), desks=1))
    assert "乙公司" in str(err.value)
    with pytest.raises(ValidationError) as verr:
        spaces.allocate(db, AllocationInput(area, c, D(2026, 8, 1), None, desks=11))
    assert "desks" in verr.value.fields
    # fewer desks than allocated is refused
    info = spaces.get_unit(db, area)
    with pytest.raises(ValidationError):
        spaces.save_unit(
            db,
            area,
            floor,
            UnitInput(
                code=info.code,
                kind=info.kind,
                area_m2=info.area_m2,
                desk_count=8,
                plan_x=info.plan_x,
                plan_w=info.plan_w,
                plan_h=info.plan_h,
            ),
            info.version,
            today=D(2026, 1, 1),
        )


def test_edits_and_moves_keep_the_guarantee(db: Database) -> None:
    _b, floor = layout(db)
    u1, u2 = office(db, floor, "0301", 0), office(db, floor, "0302", 20)
    a, b = tenant(db, "甲公司"), tenant(db, "乙公司")
    first = spaces.allocate(db, AllocationInput(u1, a, D(2026, 1, 1), D(2026, 12, 31)))
    spaces.allocate(db, AllocationInput(u2, b, D(2026, 1, 1), D(2026, 6, 30)))
    row = spaces.get_allocation(db, first)
    # extending into someone else's time is refused when it clashes, allowed otherwise
    spaces.change_allocation(
        db, first, row.version, start_date=D(2026, 1, 1), end_date=D(2027, 12, 31)
    )
    # moving into a unit still held is refused, and nothing changes
    row = spaces.get_allocation(db, first)
    with pytest.raises(ConflictError) as err:
        spaces.move_allocation(db, first, row.version, to_unit_id=u2, move_date=D(2026, 6, 1))
    assert "乙公司" in str(err.value)
    assert spaces.get_allocation(db, first).end_date == D(2027, 12, 31)
    new = spaces.move_allocation(db, first, row.version, to_unit_id=u2, move_date=D(2026, 7, 1))
    old = spaces.get_allocation(db, first)
    moved = spaces.get_allocation(db, new)
    assert old.status == AllocationStatus.MOVED and old.end_date == D(2026, 6, 30)
    assert moved.previous_id == first and moved.end_date == D(2027, 12, 31)
    # a stale edit is refused
    with pytest.raises(ConflictError):
        spaces.change_allocation(
            db, first, row.version, start_date=D(2026, 1, 1), end_date=D(2026, 3, 1)
        )
    # b cannot now be extended into a's new time in u2
    brow = next(r for r in spaces.unit_history(db, u2) if r.tenant_id == b)
    with pytest.raises(ConflictError):
        spaces.change_allocation(
            db, brow.id, brow.version, start_date=D(2026, 1, 1), end_date=D(2026, 8, 1)
        )
    spaces.end_allocation(db, new, moved.version, D(2027, 3, 31))
    assert spaces.get_allocation(db, new).status == AllocationStatus.ENDED


def test_graduated_and_exited_tenants_are_refused(db: Database) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    for stage in (Stage.GRADUATED, Stage.EXITED):
        t = tenant(db, f"公司{stage}", stage)
        with pytest.raises(ValidationError) as err:
            spaces.allocate(db, AllocationInput(unit, t, D(2026, 1, 1), None))
        assert "tenant_id" in err.value.fields
    assert live_allocations(db) == 0


def test_retiring_a_held_unit_is_refused(db: Database) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    t = tenant(db, "甲公司")
    spaces.allocate(db, AllocationInput(unit, t, D(2026, 1, 1), None))
    with pytest.raises(ValidationError) as err:
        spaces.retire_unit(db, unit, today=D(2026, 5, 1))
    assert "甲公司" in str(err.value)
    assert spaces.remove_unit(db, office(db, spaces.save_floor(db, None, _b, 4), "0401"))
    with pytest.raises(ValidationError):
        spaces.remove_unit(db, unit)
    other = office(db, floor, "0302", 20)
    spaces.allocate(db, AllocationInput(other, t, D(2025, 1, 1), D(2025, 12, 31)))
    assert spaces.remove_unit(db, other) is False  # referred to: retired, not deleted
    assert spaces.get_unit(db, other).status == UnitStatus.RETIRED


def test_subsidy_policy_and_rent_roll(db: Database, tmp_path: Path) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    pid = spaces.save_policy(
        db,
        None,
        "首年全免，次年减半",
        [
            {"from_month": 12, "to_month": 24, "percent": 50},
            {"from_month": 0, "to_month": 12, "percent": 100},
        ],
        is_default=True,
    )
    with pytest.raises(ValidationError):
        spaces.save_policy(
            db,
            None,
            "重叠",
            [
                {"from_month": 0, "to_month": 12, "percent": 100},
                {"from_month": 6, "to_month": 24, "percent": 50},
            ],
            False,
        )
    t = tenant(db, "甲公司")  # entered 2026-01-01
    aid = spaces.allocate(db, AllocationInput(unit, t, D(2026, 1, 1), None))
    assert spaces.get_allocation(db, aid).subsidy_policy_id == pid
    assert spaces.get_allocation(db, aid).monthly_rent == Decimal(9000)
    roll = spaces.rent_roll(db, D(2026, 11, 1))
    assert roll.rows[0].subsidy_percent == 100 and roll.rows[0].rent_due == 0
    roll = spaces.rent_roll(db, D(2027, 2, 1))
    assert roll.rows[0].subsidy_percent == 50 and roll.rows[0].rent_due == Decimal(4500)
    roll = spaces.rent_roll(db, D(2028, 2, 1))
    assert roll.rows[0].rent_due == Decimal(9000)
    out = tmp_path / "租金 清单" / "2027-02.xlsx"
    spaces.export_rent_roll(spaces.rent_roll(db, D(2027, 2, 1)), out)
    from openpyxl import load_workbook

    skipped = tmp_path / "cancelled.xlsx"
    assert not spaces.export_rent_roll(roll, skipped, cancelled=lambda: True)
    assert not skipped.exists() and not list(tmp_path.glob("*.part"))
    ws = load_workbook(out).active
    assert ws is not None
    assert ws.cell(3, 1).value == "甲公司" and ws.cell(3, 9).value == 4500


def test_occupancy_vacancy_trend_and_ending(db: Database) -> None:
    _b, floor = layout(db)
    u1, u2 = office(db, floor, "0301", 0), office(db, floor, "0302", 20)
    area = desks_area(db, floor, desks=10)
    a = tenant(db, "甲公司")
    spaces.allocate(db, AllocationInput(u1, a, D(2026, 1, 1), D(2026, 12, 20)))
    spaces.allocate(db, AllocationInput(area, a, D(2026, 1, 1), None, desks=5))
    on = D(2026, 11, 1)
    rows = {r.level: r for r in spaces.occupancy(db, on)}
    b = rows["building"]
    assert b.units == 3 and b.occupied_units == 2
    assert b.area == Decimal(260) and b.occupied_area == Decimal(130)
    assert b.desks == 10 and b.desks_taken == 5
    vac = {v.unit_id: v for v in spaces.vacancies(db, on)}
    assert set(vac) == {u2, area} and vac[area].free_desks == 5
    ending = spaces.ending_within(db, 60, on)
    assert [r.unit_id for r in ending] == [u1]
    trend = spaces.occupancy_trend(db, D(2025, 12, 1), D(2027, 1, 1))
    assert len(trend.months) == 14
    assert trend.total.values[0] == 0.0
    assert trend.total.values[1] == pytest.approx(130 / 260)
    assert trend.total.values[-1] == pytest.approx(30 / 260)
    plan = spaces.floor_plan(db, floor, on)
    states = {t.unit.id: t.state for t in plan.tiles}
    assert states == {
        u1: spaces.TileState.ENDING,
        u2: spaces.TileState.VACANT,
        area: spaces.TileState.PARTLY,
    }
    now, before = spaces.tenant_spaces(db, a, D(2027, 1, 1))
    assert [r.unit_id for r in now] == [area] and [r.unit_id for r in before] == [u1]


def test_two_operators_allocating_at_once_exactly_one_wins(db: Database) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    a, b = tenant(db, "甲公司"), tenant(db, "乙公司")
    barrier = threading.Barrier(2)
    results: list[object] = []

    def save(tid: int) -> None:
        try:
            with db.uow("allocate") as uow:
                barrier.wait(timeout=10)
                aid = spaces.allocate(uow, AllocationInput(unit, tid, D(2026, 1, 1), None))
                uow.commit()
                results.append(aid)
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=save, args=(t,)) for t in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(results) == 2
    assert sum(isinstance(r, int) for r in results) == 1
    loser = next(r for r in results if isinstance(r, ConflictError))
    assert "公司" in str(loser)
    assert live_allocations(db) == 1


def test_two_operators_taking_the_last_desks_at_once(db: Database) -> None:
    _b, floor = layout(db)
    area = desks_area(db, floor, desks=10)
    a, b = tenant(db, "甲公司"), tenant(db, "乙公司")
    barrier = threading.Barrier(2)
    results: list[object] = []

    def save(tid: int) -> None:
        try:
            with db.uow("allocate") as uow:
                barrier.wait(timeout=10)
                inp = AllocationInput(area, tid, D(2026, 1, 1), None, desks=6)
                results.append(spaces.allocate(uow, inp))
                uow.commit()
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=save, args=(t,)) for t in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sum(isinstance(r, int) for r in results) == 1
    assert live_allocations(db) == 1


def test_maintenance_unit_cannot_be_allocated(db: Database) -> None:
    _b, floor = layout(db)
    unit = office(db, floor)
    info = spaces.get_unit(db, unit)
    spaces.save_unit(
        db,
        unit,
        floor,
        UnitInput(
            code=info.code,
            kind=info.kind,
            area_m2=info.area_m2,
            plan_w=info.plan_w,
            plan_h=info.plan_h,
            status=UnitStatus.MAINTENANCE,
        ),
        info.version,
    )
    t = tenant(db, "甲公司")
    with pytest.raises(ValidationError):
        spaces.allocate(db, AllocationInput(unit, t, D(2026, 1, 1), None))


def test_one_rule_decides_which_units_are_let_and_allocated(db: Database) -> None:
    """The allocation check, the unit lists, occupancy, vacancies, the floor plan and the
    dashboard all ask `spaces.lettable`: an office booked by the hour is a room everywhere."""
    from incubator_desk.services.overview import overview

    _b, floor = layout(db)
    let = office(db, floor, "0301", x=0)
    by_hour = office(db, floor, "0302", x=10)
    fixing = office(db, floor, "0303", x=20)
    for uid, change in (
        (by_hour, {"bookable": True}),
        (fixing, {"status": UnitStatus.MAINTENANCE}),
    ):
        info = spaces.get_unit(db, uid)
        fields = {
            "code": info.code,
            "kind": info.kind,
            "area_m2": info.area_m2,
            "plan_x": info.plan_x,
            "plan_w": info.plan_w,
            "plan_h": info.plan_h,
        }
        spaces.save_unit(db, uid, floor, UnitInput(**(fields | change)), info.version)
    on = D(2026, 3, 1)

    units = {u.id: u for u in spaces.list_units(db)}
    assert [u.id for u in spaces.allocatable_units(db)] == [let]
    assert [uid for uid, u in units.items() if u.allocatable] == [let]
    assert {uid for uid, u in units.items() if u.lettable} == {let, fixing}
    assert [v.unit_id for v in spaces.vacancies(db, on)] == [let]
    states = {t.unit.id: t.state for t in spaces.floor_plan(db, floor, on).tiles}
    assert states[by_hour] == spaces.TileState.ROOM
    assert states[fixing] == spaces.TileState.MAINTENANCE
    site = next(r for r in spaces.occupancy(db, on) if r.level == "site")
    dashboard = overview(db, on)
    assert site.units == dashboard.lettable_units == 2
    assert site.area == dashboard.lettable_area == Decimal(200)

    t = tenant(db, "甲公司")
    with pytest.raises(ValidationError) as err:
        spaces.allocate(db, AllocationInput(by_hour, t, on, None))
    assert "booked by the hour" in str(err.value)
    spaces.allocate(db, AllocationInput(let, t, on, None))
    assert spaces.allocatable_units(db)[0].id == let  # allocatable is about the unit, not its term
    assert overview(db, on).occupied_units == 1
