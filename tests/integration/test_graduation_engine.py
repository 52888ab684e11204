"""The graduation engine on SQLite and PostgreSQL: each criterion with its evidence, the rules
as editable settings, months in incubation, the longer limit of flagged industries, overdue."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from incubator_desk.core.errors import NotFound, ValidationError
from incubator_desk.core.vocabularies import (
    ApplicationStatus,
    DisbursementStatus,
    FundKind,
    Instrument,
    ListingStatus,
    LookupCategory,
    Stage,
)
from incubator_desk.db import Database
from incubator_desk.models import (
    Disbursement,
    Fund,
    FundApplication,
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Tenant,
)
from incubator_desk.services import graduation as grad

TODAY = dt.date(2026, 11, 26)


def _setup(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        s = uow.session
        # the standard lists every database has: 生物医药 has the longer incubation period
        bio = s.scalars(select(LookupItem).where(LookupItem.code == "biomedicine")).one()
        it = s.scalars(
            select(LookupItem).where(
                LookupItem.category == LookupCategory.INDUSTRY, LookupItem.code == "it"
            )
        ).one()
        assert bio.long_incubation and not it.long_incubation
        hte = Tenant(
            name_zh="甲高新公司",
            credit_code="914403001922038216",
            entry_date=dt.date(2024, 1, 10),
            founded_on=dt.date(2023, 6, 1),
            industry_id=it.id,
            high_tech_enterprise=True,
            high_tech_since=dt.date(2025, 11, 15),
        )
        money = Tenant(
            name_zh="乙融资公司",
            credit_code="91440300708461136T",
            entry_date=dt.date(2021, 1, 5),  # 70 months: overdue under 48 and 60
            founded_on=dt.date(2018, 1, 1),  # admitted 36 months after founding
            industry_id=it.id,
        )
        revenue = Tenant(
            name_zh="丙营收公司",
            entry_date=dt.date(2022, 3, 1),  # 56 months: overdue at 48, not at 60 (bio)
            industry_id=bio.id,
        )
        listed = Tenant(
            name_zh="丁上市公司",
            entry_date=dt.date(2023, 1, 1),
            listing_status=ListingStatus.QUOTED,
            listing_date=dt.date(2025, 12, 20),
            stage=Stage.GRADUATED,
            graduated_on=dt.date(2026, 1, 10),
        )
        s.add_all([hte, money, revenue, listed])
        s.flush()
        s.add_all(
            [
                InvestmentReceived(
                    tenant_id=money.id,
                    year=2024,
                    quarter=2,
                    investor="天使",
                    amount=Decimal(2_000_000),
                ),
                InvestmentReceived(
                    tenant_id=money.id,
                    year=2025,
                    quarter=3,
                    investor="A轮",
                    amount=Decimal(3_500_000),
                ),
            ]
        )
        for q, amount in ((1, 1_000_000), (2, 1_500_000), (3, 1_500_000), (4, 2_000_000)):
            s.add(KpiSnapshot(tenant_id=revenue.id, year=2024, quarter=q, revenue=Decimal(amount)))
        for q, amount in ((1, 1_000_000), (2, 1_000_000), (3, 1_200_000)):
            s.add(KpiSnapshot(tenant_id=revenue.id, year=2025, quarter=q, revenue=Decimal(amount)))
        ids = {"hte": hte.id, "money": money.id, "revenue": revenue.id, "listed": listed.id}
        uow.commit()
    return ids


def _by_key(g: grad.TenantGraduation) -> dict[str, grad.CriterionResult]:
    return {c.key: c for c in g.criteria}


def test_each_criterion_with_its_evidence(db: Database) -> None:
    ids = _setup(db)
    results = {g.tenant_id: g for g in grad.evaluate_all(db, TODAY)}

    hte = results[ids["hte"]]
    assert hte.eligible and _by_key(hte)["high_tech"].met
    assert "2025-11-15" in _by_key(hte)["high_tech"].evidence
    assert hte.months_in_incubation == 34 and not hte.overdue and hte.limit_months == 48
    assert hte.admitted_within_limit is True

    money = results[ids["money"]]
    inv = _by_key(money)["investment"]
    assert inv.met and inv.figure == Decimal(5_500_000)
    assert "¥5,500,000" in inv.evidence and "2024Q2–2025Q3" in inv.evidence
    assert money.overdue and money.months_in_incubation == 70
    assert money.admitted_within_limit is False

    rev = results[ids["revenue"]]
    r = _by_key(rev)["revenue"]
    # 2024: 6,000,000 (Q1–Q4) + 2025: 3,200,000 (Q1–Q3) = 9,200,000: not over 10,000,000
    assert not r.met and r.figure == Decimal(9_200_000)
    assert "2024Q1–Q4" in r.evidence and "2025Q1, 2025Q2, 2025Q3" in r.evidence
    assert rev.limit_months == 60 and rev.months_in_incubation == 56 and not rev.overdue
    assert grad.incubation_limit_months(db, None) == 48

    listed = results[ids["listed"]]
    assert _by_key(listed)["listed"].met and "2025-12-20" in _by_key(listed)["listed"].evidence
    assert not listed.in_incubation and not listed.overdue
    assert listed.months_in_incubation == 36  # counted to the graduation date

    cands = {g.tenant_id for g in grad.candidates(results.values())}
    assert cands == {ids["hte"], ids["money"]}
    assert [g.tenant_id for g in grad.overdue(results.values())] == [ids["money"]]


def test_rules_are_settings_the_operator_edits(db: Database) -> None:
    ids = _setup(db)
    stored = grad.load_rules(db)
    assert stored.version is None and stored.rules == grad.GraduationRules()
    new = grad.GraduationRules(
        revenue_threshold=Decimal(9_000_000),
        min_criteria=1,
        incubation_months=60,
        long_incubation_months=72,
    )
    version = grad.save_rules(db, new, None)
    results = {g.tenant_id: g for g in grad.evaluate_all(db, TODAY)}
    assert _by_key(results[ids["revenue"]])["revenue"].met  # 9,200,000 > 9,000,000
    assert results[ids["revenue"]].limit_months == 72
    assert results[ids["money"]].overdue  # 70 months is past 60 too

    # Two criteria required: only a tenant meeting two is eligible.
    two = grad.GraduationRules(min_criteria=2)
    grad.save_rules(db, two, version)
    results = {g.tenant_id: g for g in grad.evaluate_all(db, TODAY)}
    assert not any(g.eligible for g in results.values())

    # A criterion switched off no longer counts.
    off = grad.GraduationRules(high_tech_enabled=False)
    grad.save_rules(db, off, grad.load_rules(db).version)
    hte = grad.evaluate(db, ids["hte"], TODAY)
    assert not hte.eligible and not _by_key(hte)["high_tech"].enabled


def test_bad_rules_are_refused_by_field(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        grad.save_rules(
            db,
            grad.GraduationRules(
                investment_threshold=Decimal(0), min_criteria=5, long_incubation_months=12
            ),
            None,
        )
    assert {"investment_threshold", "min_criteria", "long_incubation_months"} <= set(
        err.value.fields
    )
    with pytest.raises(ValidationError):
        grad.save_rules(
            db,
            grad.GraduationRules(
                high_tech_enabled=False,
                investment_enabled=False,
                revenue_enabled=False,
                listed_enabled=False,
            ),
            None,
        )


def test_tenant_by_credit_code(db: Database) -> None:
    ids = _setup(db)
    assert grad.tenant_by_credit_code(db, " 914403001922038216 ") == ids["hte"]
    with pytest.raises(NotFound, match="91440300192203821X"):
        grad.tenant_by_credit_code(db, "91440300192203821x")


def test_investment_counts_only_money_received_by_the_day_evaluated(db: Database) -> None:
    """evaluate(on=D) sees the money paid or received on or before D, none after it."""
    with db.uow() as uow:
        s = uow.session
        t = Tenant(name_zh="戊基金公司", entry_date=dt.date(2024, 1, 1))
        fund = Fund(
            name="天使基金",
            kind=FundKind.EQUITY,
            total_size=Decimal(10_000_000),
            per_deal_cap=None,
            start_year=2024,
        )
        s.add_all([t, fund])
        s.flush()
        s.add(
            InvestmentReceived(
                tenant_id=t.id, year=2025, quarter=2, investor="红杉", amount=Decimal(3_000_000)
            )
        )
        s.add(  # received after the day evaluated, though its quarter began before it
            InvestmentReceived(
                tenant_id=t.id,
                year=2026,
                quarter=1,
                investor="IDG",
                amount=Decimal(4_000_000),
                received_on=dt.date(2026, 3, 20),
            )
        )
        app = FundApplication(
            fund_id=fund.id,
            tenant_id=t.id,
            amount_requested=Decimal(2_500_000),
            instrument=Instrument.EQUITY,
            status=ApplicationStatus.DISBURSED,
            amount_approved=Decimal(2_500_000),
        )
        s.add(app)
        s.flush()
        s.add(
            Disbursement(
                application_id=app.id,
                tranche_no=1,
                amount=Decimal(2_500_000),
                paid_on=dt.date(2026, 3, 15),
                status=DisbursementStatus.PAID,
            )
        )
        tid = t.id
        uow.commit()

    before = _by_key(grad.evaluate(db, tid, dt.date(2026, 3, 1)))["investment"]
    assert before.figure == Decimal(3_000_000) and not before.met
    assert "¥3,000,000" in before.evidence and before.quarters == ("2025Q2",)

    paid = _by_key(grad.evaluate(db, tid, dt.date(2026, 3, 15)))["investment"]
    assert paid.figure == Decimal(5_500_000) and paid.met  # the tranche counts on its day

    after = _by_key(grad.evaluate(db, tid, dt.date(2026, 3, 31)))["investment"]
    assert after.figure == Decimal(9_500_000) and after.quarters == ("2025Q2", "2026Q1")
