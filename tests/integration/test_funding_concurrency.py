"""A fund's budget and an approval's tranches hold when two operators save at the same moment.

Each operator is a process of its own (tests/integration/racing.py). The racers slow the
rule down between reading what is committed or scheduled and writing their own change, so
without a lock on the fund (or the application) both would read the same total and both
would be saved beyond the limit.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from incubator_desk.core.vocabularies import ApplicationStatus as S
from incubator_desk.core.vocabularies import CommitteeDecisionKind, FundKind, Instrument
from incubator_desk.db import Database
from incubator_desk.models import Tenant
from incubator_desk.services import funding as fs

from .racing import racers, run_races

TODAY = dt.date(2026, 11, 30)
_names = itertools.count(1)


def _slow_sums() -> None:
    """In a racer: pause after every sum a funding rule reads, as a busy server might."""
    import importlib
    import time

    def module(name: str) -> Any:
        return importlib.import_module(f"incubator_desk.services.funding.{name}")

    applications, disbursements, funds = map(module, ("applications", "disbursements", "funds"))

    def slowly(real: Any) -> Any:
        def slow(*args: Any, **kwargs: Any) -> Any:
            total = real(*args, **kwargs)
            time.sleep(0.3)  # the other racer reads the same total meanwhile, unless locked
            return total

        return slow

    applications.committed = slowly(applications.committed)
    funds.committed = slowly(funds.committed)
    disbursements.scheduled_total = slowly(disbursements.scheduled_total)


def _approve(db: Database, app_id: int, amount: Decimal) -> int:
    return fs.record_committee_decision(
        db, app_id, TODAY, ["甲", "乙", "丙"], 3, 0, 0, CommitteeDecisionKind.APPROVED, amount
    )


def _resize(db: Database, fund_id: int, size: Decimal, version: int) -> int:
    data = fs.fund(db, fund_id).data
    return fs.save_fund(db, fs.FundData(**{**data.__dict__, "total_size": size}), fund_id, version)


def _plan_tranche(db: Database, app_id: int, amount: Decimal) -> int:
    return fs.add_tranche(db, app_id, amount, TODAY, "样机")


def _pay(db: Database, tranche_id: int, version: int) -> None:
    fs.pay_tranche(db, tranche_id, TODAY, version)


def _fund(db: Database, size: int) -> int:
    return fs.save_fund(
        db,
        fs.FundData(
            name=f"南山天使投资基金 {next(_names)}",
            kind=FundKind.EQUITY,
            total_size=Decimal(size),
            start_year=2024,
            per_deal_cap=None,
        ),
    )


def _application(db: Database, fund_id: int, amount: int, to: S = S.COMMITTEE) -> int:
    with db.uow() as uow:
        t = Tenant(name_zh=f"深圳云帆科技有限公司{next(_names)}")
        uow.session.add(t)
        uow.commit()
        tenant_id = t.id
    app_id = fs.create_application(
        db,
        fs.ApplicationData(
            fund_id=fund_id,
            tenant_id=tenant_id,
            amount_requested=Decimal(amount),
            instrument=Instrument.EQUITY,
            pre_money_valuation=Decimal(18_000_000),
            use_of_funds="研发",
            milestones="样机",
        ),
        comment="创建",
    )
    for st in (S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE):
        fs.move_application(db, app_id, st, st.value)
    if to is not S.COMMITTEE:
        _approve(db, app_id, Decimal(amount))
    if to is S.AGREEMENT_SIGNED:
        fs.move_application(db, app_id, S.AGREEMENT_SIGNED, "签约")
    return app_id


def _one_winner(results: list[tuple[str, Any]]) -> str:
    """Exactly one racer saved; the other's message."""
    assert sorted(kind for kind, _ in results) == ["ok", "refused"], results
    return str(next(value for kind, value in results if kind == "refused"))


def test_two_approvals_at_once_cannot_both_take_a_funds_last_money(
    db: Database, db_url: str
) -> None:
    with racers(db_url, setup=_slow_sums) as r:

        def race(_n: int) -> None:
            fund_id = _fund(db, 1_000_000)
            a, b = (_application(db, fund_id, 600_000) for _ in range(2))
            refused = _one_winner(
                r.race((_approve, (a, Decimal(600_000))), (_approve, (b, Decimal(600_000))))
            )
            assert "available" in refused and "¥400,000.00" in refused, refused
            position = fs.fund(db, fund_id)
            assert position.committed == Decimal(600_000) and position.deals == 1

        run_races(race)


def test_shrinking_a_fund_while_approving_cannot_leave_it_overcommitted(
    db: Database, db_url: str
) -> None:
    with racers(db_url, setup=_slow_sums) as r:

        def race(_n: int) -> None:
            fund_id = _fund(db, 2_000_000)
            _application(db, fund_id, 500_000, to=S.APPROVED)
            app = _application(db, fund_id, 600_000)
            version = fs.fund(db, fund_id).version
            results = r.race(
                (_resize, (fund_id, Decimal(1_000_000), version)),
                (_approve, (app, Decimal(600_000))),
            )
            refused = _one_winner(results)
            assert "committed" in refused, refused
            position = fs.fund(db, fund_id)
            assert position.committed <= position.data.total_size, position

        run_races(race)


def test_two_tranches_at_once_cannot_pay_out_more_than_was_approved(
    db: Database, db_url: str
) -> None:
    with racers(db_url, setup=_slow_sums) as r:

        def race(_n: int) -> None:
            fund_id = _fund(db, 5_000_000)
            app = _application(db, fund_id, 1_000_000, to=S.APPROVED)
            job = (_plan_tranche, (app, Decimal(600_000)))
            refused = _one_winner(r.race(job, job))
            assert "above the ¥1,000,000.00 approved" in refused, refused
            tranches = fs.application(db, app).tranches
            assert [t.amount for t in tranches] == [Decimal(600_000)]

        run_races(race)


def test_one_tranche_paid_twice_at_once_is_paid_once(db: Database, db_url: str) -> None:
    with racers(db_url, setup=_slow_sums) as r:

        def race(_n: int) -> None:
            fund_id = _fund(db, 5_000_000)
            app = _application(db, fund_id, 1_000_000, to=S.AGREEMENT_SIGNED)
            tranche = _plan_tranche(db, app, Decimal(400_000))
            (row,) = fs.application(db, app).tranches
            job = (_pay, (tranche, row.version))
            refused = _one_winner(r.race(job, job))
            assert "changed by someone else" in refused, refused
            (row,) = fs.application(db, app).tranches
            assert row.paid_on == TODAY
            assert fs.application(db, app).status is S.DISBURSED

        run_races(race)


def test_two_tranches_paid_at_once_are_both_paid(db: Database, db_url: str) -> None:
    with racers(db_url, setup=_slow_sums) as r:

        def race(_n: int) -> None:
            fund_id = _fund(db, 5_000_000)
            app = _application(db, fund_id, 1_000_000, to=S.AGREEMENT_SIGNED)
            first, second = (_plan_tranche(db, app, Decimal(400_000)) for _ in range(2))
            versions = {t.id: t.version for t in fs.application(db, app).tranches}
            results = r.race((_pay, (first, versions[first])), (_pay, (second, versions[second])))
            assert [kind for kind, _ in results] == ["ok", "ok"], results
            detail = fs.application(db, app)
            assert detail.status is S.DISBURSED and detail.paid == Decimal(800_000)

        run_races(race)
