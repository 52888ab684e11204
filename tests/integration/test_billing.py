"""Bills worked out by hand: every figure below is written from the rules in docs/billing.md,
not read back from the code. Rates in force: 物业费 ¥10.00 per m² and month, electricity
¥1.20 per kWh, water ¥5.00 per m³, a meeting room ¥80.00 an hour.

November 2026 has 30 days; October 31.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.vocabularies import (
    BillingCycle,
    BillKind,
    BillStatus,
    ChargeKind,
    MeterKind,
    PaymentMethod,
    RateKind,
    RentBasis,
    UnitKind,
)
from incubator_desk.db import Database
from incubator_desk.models import (
    AuditEntry,
    Bill,
    BillingCounter,
    BillingRun,
    BillLine,
    Payment,
    Settlement,
    Tenant,
)
from incubator_desk.services import billing, spaces
from incubator_desk.services.spaces import AllocationInput, UnitInput

D = dt.date
Y = Decimal
NOV = D(2026, 11, 1)
OCT = D(2026, 10, 1)
JAN = D(2026, 1, 1)


# --- the park ----------------------------------------------------------------------------------


def floor_of(db: Database) -> int:
    site = spaces.save_site(db, None, "南山园区")
    building = spaces.save_building(db, None, site, "B2", "B2 栋")
    return spaces.save_floor(db, None, building, 3, "3层")


def office(db: Database, floor: int, code: str, area: int = 100, per_m2: int = 90) -> int:
    n = int(code[-2:]) - 1
    return spaces.save_unit(
        db,
        None,
        floor,
        UnitInput(
            code=code,
            kind=UnitKind.OFFICE,
            area_m2=Y(area),
            list_rent=Y(per_m2),
            plan_x=Y(n % 5 * 12),
            plan_y=Y(n // 5 * 12),
            plan_w=Y(10),
            plan_h=Y(10),
        ),
    )


def desk_area(db: Database, floor: int) -> int:
    """60 m², 10 desks at ¥800 a desk and month."""
    return spaces.save_unit(
        db,
        None,
        floor,
        UnitInput(
            code="0310",
            kind=UnitKind.OPEN_DESK,
            area_m2=Y(60),
            desk_count=10,
            list_rent=Y(800),
            rent_basis=RentBasis.PER_DESK_MONTH,
            plan_y=Y(24),
            plan_w=Y(10),
            plan_h=Y(6),
        ),
    )


def tenant(db: Database, name: str, entry: dt.date = JAN) -> int:
    with db.uow() as uow:
        t = Tenant(name_zh=name, entry_date=entry, credit_code=None)
        uow.session.add(t)
        uow.commit()
    return t.id


def rates(db: Database) -> None:
    billing.save_rate(db, RateKind.PROPERTY_FEE, D(2020, 1, 1), Y("10.00"))
    billing.save_rate(db, RateKind.ELECTRICITY, D(2020, 1, 1), Y("1.20"))
    billing.save_rate(db, RateKind.WATER, D(2020, 1, 1), Y("5.00"))
    billing.save_rate(db, RateKind.ROOM_HOUR, D(2020, 1, 1), Y("80.00"))


def let(
    db: Database,
    unit: int,
    who: int,
    start: dt.date,
    end: dt.date | None = None,
    *,
    desks: int | None = None,
    policy: int | None = None,
) -> int:
    return spaces.allocate(
        db,
        AllocationInput(
            unit,
            who,
            start,
            end,
            desks=desks,
            subsidy_policy_id=policy,
            use_default_policy=False,
        ),
    )


@pytest.fixture
def park(db: Database) -> int:
    rates(db)
    return floor_of(db)


def lines(db: Database, number: str) -> list[tuple[ChargeKind, str, Decimal]]:
    bill = next(b for b in billing.list_bills(db) if b.number == number)
    return [(ln.kind, ln.label, ln.amount) for ln in billing.bill_detail(db, bill.id).lines]


def bill_of(db: Database, who: int, kind: BillKind = BillKind.BILL) -> billing.BillRow:
    (found,) = [b for b in billing.list_bills(db, tenant_id=who) if b.kind is kind]
    return found


# --- the hand-computed cases -----------------------------------------------------------------


def test_start_mid_month(db: Database, park: int) -> None:
    """From 10 November: 21 of 30 days. Rent 9,000 × 21/30 = 6,300.00; property fee
    100 m² × 10.00 × 21/30 = 700.00; total 7,000.00, due 15 days after issue."""
    who = tenant(db, "甲科技", entry=D(2026, 11, 10))
    let(db, office(db, park, "0301"), who, D(2026, 11, 10))
    result = billing.run_billing(db, NOV, issued_on=NOV)
    assert [(b.number, b.kind, b.total) for b in result.created] == [
        ("B2026-00001", BillKind.BILL, Y("7000.00"))
    ]
    assert lines(db, "B2026-00001") == [
        (ChargeKind.RENT, "B2-0301", Y("6300.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0301", Y("700.00")),
    ]
    bill = bill_of(db, who)
    assert (bill.period_start, bill.period_end) == (NOV, D(2026, 11, 30))
    assert bill.due_on == D(2026, 11, 16) and bill.open == Y("7000.00")


def test_end_mid_month(db: Database, park: int) -> None:
    """Until 20 November: 20 of 30 days. Rent 9,000 × 20/30 = 6,000.00; property fee
    100 × 10 × 20/30 = 666.666… → 666.67 (to the fen, half up); total 6,666.67."""
    who = tenant(db, "乙科技")
    let(db, office(db, park, "0302"), who, D(2026, 1, 1), D(2026, 11, 20))
    billing.run_billing(db, NOV, issued_on=NOV)
    assert lines(db, "B2026-00001") == [
        (ChargeKind.RENT, "B2-0302", Y("6000.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0302", Y("666.67")),
    ]
    assert bill_of(db, who).total == Y("6666.67")


def test_desks_in_a_shared_unit(db: Database, park: int) -> None:
    """An open-desk area of 60 m² and 10 desks at ¥800. 丙 holds 3 desks all month, 丁 2 desks
    from 16 November (15 of 30 days).

    丙: rent 800 × 3 = 2,400.00; area 60 × 3/10 = 18 m², property fee 180.00.
    丁: rent 1,600 × 15/30 = 800.00; area 12 m², property fee 12 × 10 × 15/30 = 60.00.
    The area's electricity, 1,000 → 1,500 kWh = 500 kWh × 1.20 = 600.00, is shared by desks
    held on the day of the reading: 丙 3/10 = 150 kWh → 180.00, 丁 2/10 = 100 kWh → 120.00;
    the empty desks' half is the incubator's."""
    area = desk_area(db, park)
    bing, ding = tenant(db, "丙科技"), tenant(db, "丁科技")
    let(db, area, bing, D(2026, 10, 1), desks=3)
    let(db, area, ding, D(2026, 11, 16), desks=2)
    billing.save_reading(db, area, MeterKind.ELECTRICITY, D(2026, 10, 31), Y(1000))
    billing.save_reading(db, area, MeterKind.ELECTRICITY, D(2026, 11, 30), Y(1500))
    billing.run_billing(db, NOV, issued_on=D(2026, 12, 1))
    by_tenant = {b.tenant_id: b for b in billing.list_bills(db)}
    assert lines(db, by_tenant[bing].number) == [
        (ChargeKind.RENT, "B2-0310", Y("2400.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0310", Y("180.00")),
        (ChargeKind.ELECTRICITY, "B2-0310", Y("180.00")),
    ]
    assert lines(db, by_tenant[ding].number) == [
        (ChargeKind.RENT, "B2-0310", Y("800.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0310", Y("60.00")),
        (ChargeKind.ELECTRICITY, "B2-0310", Y("120.00")),
    ]
    assert by_tenant[bing].total == Y("2760.00") and by_tenant[ding].total == Y("980.00")
    detail = billing.bill_detail(db, by_tenant[ding].id).lines[2]
    assert detail.quantity == Y("100.000") and detail.unit_price == Y("1.2000")


def test_subsidy_steps_down_in_the_middle_of_the_month(db: Database, park: int) -> None:
    """Entered 15 November 2025 under "first year free, second year half": the subsidy is
    100 % to 14 November 2026 and 50 % from the 15th. Rent 9,000.00; subsidy
    9,000 × 14/30 × 100 % + 9,000 × 16/30 × 50 % = 4,200 + 2,400 = 6,600.00; property fee
    1,000.00; total 3,400.00. The rent roll shows the same rent, subsidy and rent due."""
    policy = spaces.save_policy(
        db,
        None,
        "首年全免，次年减半",
        [
            {"from_month": 0, "to_month": 12, "percent": 100},
            {"from_month": 12, "to_month": 24, "percent": 50},
        ],
        is_default=False,
    )
    who = tenant(db, "戊科技", entry=D(2025, 11, 15))
    alloc = let(db, office(db, park, "0303"), who, D(2025, 11, 15), policy=policy)
    billing.run_billing(db, NOV, issued_on=NOV)
    assert lines(db, "B2026-00001") == [
        (ChargeKind.RENT, "B2-0303", Y("9000.00")),
        (ChargeKind.SUBSIDY, "B2-0303", Y("-6600.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0303", Y("1000.00")),
    ]
    assert bill_of(db, who).total == Y("3400.00")
    subsidy = billing.bill_detail(db, bill_of(db, who).id).lines[1]
    assert subsidy.detail["spans"] == [
        {"from": "2026-11-01", "to": "2026-11-14", "value": "100"},
        {"from": "2026-11-15", "to": "2026-11-30", "value": "50"},
    ]
    (row,) = [r for r in spaces.rent_roll(db, NOV).rows if r.allocation_id == alloc]
    assert (row.agreed_rent, row.subsidy, row.rent_due) == (
        Y("9000.00"),
        Y("6600.00"),
        Y("2400.00"),
    )


def test_a_move_between_units_after_billing_is_adjusted(db: Database, park: int) -> None:
    """In 0304 (50 m² at ¥95 = 4,750.00 a month), November billed whole: 4,750.00 + property
    fee 500.00 = 5,250.00. Then a move on 16 November to 0305 (80 m² at ¥90 = 7,200.00) is
    recorded. The next run bills the difference as an adjustment of the November bill:
    0304 rent 4,750 × 15/30 = 2,375.00 (−2,375.00), property fee 250.00 (−250.00);
    0305 rent 7,200 × 15/30 = 3,600.00, property fee 80 × 10 × 15/30 = 400.00: +1,375.00."""
    who = tenant(db, "己科技")
    first = let(db, office(db, park, "0304", area=50, per_m2=95), who, D(2026, 6, 1))
    to_unit = office(db, park, "0305", area=80, per_m2=90)
    billing.run_billing(db, NOV, issued_on=NOV)
    assert bill_of(db, who).total == Y("5250.00")
    spaces.move_allocation(db, first, None, to_unit_id=to_unit, move_date=D(2026, 11, 16))
    result = billing.run_billing(db, NOV, issued_on=D(2026, 11, 20))
    assert [(b.number, b.kind, b.total) for b in result.created] == [
        ("A2026-00001", BillKind.ADJUSTMENT, Y("1375.00"))
    ]
    assert lines(db, "A2026-00001") == [
        (ChargeKind.RENT, "B2-0304", Y("-2375.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0304", Y("-250.00")),
        (ChargeKind.RENT, "B2-0305", Y("3600.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0305", Y("400.00")),
    ]
    adjustment = bill_of(db, who, BillKind.ADJUSTMENT)
    assert adjustment.corrects == "B2026-00001"
    rent_line = billing.bill_detail(db, adjustment.id).lines[0]
    assert rent_line.previous_amount == Y("4750.00") and rent_line.correction
    # the bill itself was not touched
    assert bill_of(db, who).total == Y("5250.00")
    assert lines(db, "B2026-00001")[0] == (ChargeKind.RENT, "B2-0304", Y("4750.00"))


def test_a_cancelled_allocation_after_billing_gets_a_credit_note(db: Database, park: int) -> None:
    """An allocation entered by mistake was billed 9,000.00 + 1,000.00 = 10,000.00; cancelling
    it makes the next run issue credit note C2026-00001 of −10,000.00, which clears the bill."""
    who = tenant(db, "庚科技")
    alloc = let(db, office(db, park, "0306"), who, NOV)
    billing.run_billing(db, NOV, issued_on=NOV)
    spaces.cancel_allocation(db, alloc, None)
    result = billing.run_billing(db, NOV, issued_on=D(2026, 11, 5))
    assert [(b.number, b.kind, b.total) for b in result.created] == [
        ("C2026-00001", BillKind.CREDIT_NOTE, Y("-10000.00"))
    ]
    assert lines(db, "C2026-00001") == [
        (ChargeKind.RENT, "B2-0306", Y("-9000.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0306", Y("-1000.00")),
    ]
    detail = billing.bill_detail(db, bill_of(db, who).id)
    assert detail.bill.open == 0 and detail.corrections == ["C2026-00001"]
    assert [(s.by, s.amount) for s in detail.settlements] == [("C2026-00001", Y("10000.00"))]
    assert billing.tenant_position(db, who, D(2026, 12, 31)).balance == 0


def test_a_partial_payment_spread_over_two_bills(db: Database, park: int) -> None:
    """October and November each billed 4,500.00 rent (50 m² at ¥90) + 500.00 property fee =
    5,000.00, due on 16 October and 16 November. ¥7,000.00 received on 20 November, 3,000.00
    for October and 4,000.00 for November, leaves 2,000.00 and 1,000.00 open. On
    20 December October's is 65 days overdue (61–90), November's 34 (31–60)."""
    who = tenant(db, "辛科技")
    let(db, office(db, park, "0307", area=50), who, OCT)
    billing.run_billing(db, OCT, issued_on=OCT)
    billing.run_billing(db, NOV, issued_on=NOV)
    october, november = sorted(billing.list_bills(db, tenant_id=who), key=lambda b: b.issued_on)
    assert (october.total, november.total) == (Y("5000.00"), Y("5000.00"))
    pid = billing.record_payment(
        db,
        billing.PaymentInput(
            who,
            D(2026, 11, 20),
            Y("7000.00"),
            PaymentMethod.BANK_TRANSFER,
            reference="招商银行 流水 8812",
            invoice_number="44031234",
            spread={october.id: Y("3000.00"), november.id: Y("4000.00")},
        ),
    )
    (payment,) = billing.list_payments(db, tenant_id=who)
    assert payment.id == pid and payment.number == "R2026-00001"
    assert (
        payment.applied == Y("7000.00") and payment.bills == f"{october.number}, {november.number}"
    )
    assert payment.invoice_number == "44031234"
    october, november = sorted(billing.list_bills(db, tenant_id=who), key=lambda b: b.issued_on)
    assert (october.open, november.open) == (Y("2000.00"), Y("1000.00"))
    (row,) = billing.ageing(db, D(2026, 12, 20))
    assert row.buckets == (Y(0), Y("1000.00"), Y("2000.00"), Y(0))
    assert row.balance == Y("3000.00") and row.oldest_days == 65
    # asking for more than a bill has open is refused, naming the bill
    with pytest.raises(ValidationError, match="has only"):
        billing.record_payment(
            db,
            billing.PaymentInput(
                who, D(2026, 12, 1), Y("5000.00"), spread={november.id: Y("1500.00")}
            ),
        )


def test_the_deposit_pays_what_is_owed_at_exit_and_the_rest_is_returned(
    db: Database, park: int
) -> None:
    """Deposit 10,000.00 received. The last bill, 1–15 November: rent 9,000 × 15/30 = 4,500.00,
    property fee 500.00, total 5,000.00; 2,000.00 paid. At exit the deposit pays the 3,000.00
    still owed and 7,000.00 is returned."""
    who = tenant(db, "壬科技")
    billing.receive_deposit(db, who, D(2026, 6, 1), Y("10000.00"), reference="押金")
    let(db, office(db, park, "0308"), who, D(2026, 6, 1), D(2026, 11, 15))
    billing.run_billing(db, NOV, issued_on=NOV)
    assert bill_of(db, who).total == Y("5000.00")
    billing.record_payment(db, billing.PaymentInput(who, D(2026, 11, 10), Y("2000.00")))
    done = billing.settle_deposit_at_exit(db, who, D(2026, 11, 30), reference="退押金")
    assert (done.applied, done.returned) == (Y("3000.00"), Y("7000.00"))
    assert billing.deposit_held(db, who) == 0
    position = billing.tenant_position(db, who, D(2026, 11, 30))
    assert position.balance == 0 and position.open_bills == []
    kinds = [(m.kind.value, m.amount) for m in billing.deposit_moves(db, who)]
    assert sorted(kinds) == [
        ("applied", Y("3000.00")),
        ("received", Y("10000.00")),
        ("returned", Y("7000.00")),
    ]
    with pytest.raises(ValidationError, match="only"):
        billing.return_deposit(db, who, D(2026, 12, 1), Y("1.00"))


# --- a run again changes nothing -------------------------------------------------------------


def _snapshot(db: Database) -> dict[str, object]:
    with db.read() as s:
        return {
            "bills": s.execute(
                select(Bill.number, Bill.kind, Bill.total, Bill.status, Bill.version).order_by(
                    Bill.id
                )
            ).all(),
            "lines": s.scalar(select(func.count()).select_from(BillLine)),
            "settlements": s.execute(
                select(Settlement.bill_id, Settlement.amount).order_by(Settlement.id)
            ).all(),
            "payments": s.scalar(select(func.count()).select_from(Payment)),
            "counters": s.execute(select(BillingCounter.key, BillingCounter.last)).all(),
            "runs": s.execute(select(BillingRun.month, BillingRun.first_run_at)).all(),
            "audit": s.scalar(select(func.count()).select_from(AuditEntry)),
        }


def test_a_second_run_of_the_same_month_changes_nothing(db: Database, park: int) -> None:
    """All the cases' kinds of charge at once (rent, subsidy, property fee, utilities, a paid
    room booking, a one-off fee, a quarterly tenant), then the same month again."""
    area = desk_area(db, park)
    a, b, c = tenant(db, "甲"), tenant(db, "乙"), tenant(db, "丙")
    let(db, office(db, park, "0301"), a, D(2026, 3, 1), policy=None)
    let(db, area, b, OCT, desks=4)
    let(db, office(db, park, "0302"), c, OCT)
    billing.save_terms(db, c, BillingCycle.QUARTERLY, due_days=30)
    billing.save_reading(db, area, MeterKind.WATER, D(2026, 10, 31), Y(10))
    billing.save_reading(db, area, MeterKind.WATER, D(2026, 11, 28), Y(30))
    room = spaces.save_unit(
        db,
        None,
        park,
        UnitInput(code="M01", kind=UnitKind.MEETING_ROOM, area_m2=Y(30), bookable=True,
                  plan_x=Y(12), plan_y=Y(24), plan_w=Y(5), plan_h=Y(6)),
    )  # fmt: skip
    start = dt.datetime(2026, 11, 12, 14, 0)
    spaces.book_room(db, room, start, start + dt.timedelta(hours=2, minutes=30), tenant_id=a)
    billing.add_fee(db, b, D(2026, 11, 3), "门禁卡补办", Y("50.00"))
    first = billing.run_billing(db, NOV, issued_on=NOV)
    assert len(first.created) == 3
    quarterly = bill_of(db, c)
    assert (quarterly.period_start, quarterly.period_end) == (OCT, D(2026, 12, 31))
    assert quarterly.due_on == D(2026, 12, 1)
    # 10,000.00 rent + property fee a month, for the whole quarter
    assert quarterly.total == Y("30000.00")
    b_lines = lines(db, bill_of(db, b).number)
    # 4 desks: rent 3,200.00, area 24 m² → 240.00; water 20 m³ × 4/10 = 8 m³ × 5 = 40.00; fee
    assert b_lines == [
        (ChargeKind.RENT, "B2-0310", Y("3200.00")),
        (ChargeKind.PROPERTY_FEE, "B2-0310", Y("240.00")),
        (ChargeKind.WATER, "B2-0310", Y("40.00")),
        (ChargeKind.SERVICE_FEE, "门禁卡补办", Y("50.00")),
    ]
    # a room for 2½ hours at 80.00 = 200.00
    assert lines(db, bill_of(db, a).number)[-1] == (ChargeKind.ROOM_BOOKING, "B2-M01", Y("200.00"))
    before = _snapshot(db)
    again = billing.run_billing(db, NOV, issued_on=D(2026, 11, 25))
    assert again.created == [] and again.tenants == 3
    assert _snapshot(db) == before


def test_cancelling_a_bill_keeps_it_and_the_next_run_bills_again(db: Database, park: int) -> None:
    who = tenant(db, "癸科技")
    let(db, office(db, park, "0309"), who, NOV)
    billing.run_billing(db, NOV, issued_on=NOV)
    billing.record_payment(db, billing.PaymentInput(who, D(2026, 11, 3), Y("10000.00")))
    bill = bill_of(db, who)
    assert bill.open == 0
    with pytest.raises(ValidationError, match="why"):
        billing.cancel_bill(db, bill.id, "  ")
    billing.cancel_bill(db, bill.id, "开错了租户", on=D(2026, 11, 4))
    cancelled = billing.bill_detail(db, bill.id)
    assert cancelled.bill.status is BillStatus.CANCELLED and cancelled.settlements == []
    assert cancelled.bill.cancel_reason == "开错了租户" and len(cancelled.lines) == 2
    # the money is on account again, and pays the bill made again
    again = billing.run_billing(db, NOV, issued_on=D(2026, 11, 5))
    assert [(b.number, b.kind, b.total) for b in again.created] == [
        ("B2026-00002", BillKind.BILL, Y("10000.00"))
    ]
    remade = next(b for b in billing.list_bills(db, tenant_id=who) if b.number == "B2026-00002")
    assert remade.open == 0


def test_the_demo_books_are_kept_by_the_billing_run(db: Database) -> None:
    """The window's demo bills its last months through the run: running the current month
    again finds nothing to bill, and some tenants pay late or not at all."""
    from incubator_desk.services.demo import generate_demo

    today = D(2026, 11, 30)
    generate_demo(db, tenants=30, seed=2, today=today, books=True)
    bills = billing.list_bills(db)
    assert bills and {b.issued_on for b in bills} == {D(2026, m, 1) for m in (8, 9, 10, 11)}
    assert billing.list_payments(db) and billing.overdue_summary(db, today).tenants
    again = billing.run_billing(db, NOV, issued_on=today)
    assert again.created == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(BillLine)) > len(bills)
