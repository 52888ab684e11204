"""cumulative_investment: outside money from the quarterly figures plus the incubator's own
equity and convertible-note tranches, dated and cut off at a day (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from incubator_desk.core.vocabularies import (
    ApplicationStatus,
    DisbursementStatus,
    FundKind,
    Instrument,
)
from incubator_desk.db import Database
from incubator_desk.models import (
    Disbursement,
    Fund,
    FundApplication,
    InvestmentReceived,
    Tenant,
)
from incubator_desk.services.funding import cumulative_investment, cumulative_investments


def _setup(db: Database) -> tuple[int, int]:
    with db.uow() as uow:
        s = uow.session
        t = Tenant(name_zh="深圳云帆科技有限公司")
        other = Tenant(name_zh="别的公司")
        angel = Fund(
            name="天使基金",
            kind=FundKind.EQUITY,
            total_size=Decimal(10_000_000),
            per_deal_cap=None,
            start_year=2025,
        )
        loan = Fund(
            name="孵化贷",
            kind=FundKind.LOAN,
            total_size=Decimal(10_000_000),
            per_deal_cap=None,
            start_year=2025,
        )
        s.add_all([t, other, angel, loan])
        s.flush()
        s.add_all(
            [
                InvestmentReceived(
                    tenant_id=t.id,
                    year=2025,
                    quarter=2,
                    investor="红杉",
                    amount=Decimal("3000000"),
                    round="A",
                    received_on=None,
                ),
                InvestmentReceived(
                    tenant_id=t.id,
                    year=2025,
                    quarter=4,
                    investor="IDG",
                    amount=Decimal("1000000.50"),
                    received_on=dt.date(2025, 11, 3),
                ),
                InvestmentReceived(
                    tenant_id=other.id,
                    year=2025,
                    quarter=1,
                    investor="X",
                    amount=Decimal("9"),
                    received_on=None,
                ),
            ]
        )
        eq = FundApplication(
            fund_id=angel.id,
            tenant_id=t.id,
            amount_requested=Decimal(2_000_000),
            instrument=Instrument.EQUITY,
            status=ApplicationStatus.DISBURSED,
            amount_approved=Decimal(2_000_000),
        )
        ln = FundApplication(
            fund_id=loan.id,
            tenant_id=t.id,
            amount_requested=Decimal(1_000_000),
            instrument=Instrument.LOAN,
            status=ApplicationStatus.DISBURSED,
            amount_approved=Decimal(1_000_000),
        )
        s.add_all([eq, ln])
        s.flush()
        s.add_all(
            [
                Disbursement(
                    application_id=eq.id,
                    tranche_no=1,
                    amount=Decimal(1_200_000),
                    paid_on=dt.date(2026, 1, 10),
                    status=DisbursementStatus.PAID,
                ),
                Disbursement(
                    application_id=eq.id,
                    tranche_no=2,
                    amount=Decimal(800_000),
                    planned_on=dt.date(2026, 6, 1),
                    status=DisbursementStatus.PLANNED,
                ),
                Disbursement(
                    application_id=ln.id,
                    tranche_no=1,
                    amount=Decimal(1_000_000),
                    paid_on=dt.date(2026, 1, 5),
                    status=DisbursementStatus.PAID,
                ),
            ]
        )
        uow.commit()
        return t.id, other.id


def test_cumulative_investment_counts_outside_money_and_equity_tranches(db: Database) -> None:
    tid, other = _setup(db)
    total = cumulative_investment(db, tid)
    assert total.outside == Decimal("4000000.50")
    assert total.from_funds == Decimal("1200000.00")  # the loan and the planned tranche are not
    assert total.total == Decimal("5200000.50")
    assert [(r.date, r.kind, r.amount) for r in total.sources] == [
        (dt.date(2025, 6, 30), "outside", Decimal("3000000.00")),  # quarter's end
        (dt.date(2025, 11, 3), "outside", Decimal("1000000.50")),
        (dt.date(2026, 1, 10), "fund", Decimal("1200000.00")),
    ]
    assert "天使基金" in total.sources[2].source
    assert "红杉" in total.sources[0].source

    before = cumulative_investment(db, tid, up_to=dt.date(2025, 12, 31))
    assert (before.outside, before.from_funds, before.total) == (
        Decimal("4000000.50"),
        Decimal("0"),
        Decimal("4000000.50"),
    )
    assert cumulative_investment(db, tid, up_to=dt.date(2025, 6, 29)).total == 0
    assert cumulative_investment(db, tid, up_to=dt.date(2025, 6, 30)).total == Decimal(3_000_000)

    bulk = cumulative_investments(db)
    assert bulk[tid] == total.total and bulk[other] == Decimal(9)
    assert cumulative_investments(db, up_to=dt.date(2025, 12, 31), tenant_ids=[tid]) == {
        tid: before.total
    }
