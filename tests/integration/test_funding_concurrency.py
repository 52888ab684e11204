"""A fund's budget holds when two operators approve against it at the same moment.

Each approval runs in its own process. The child slows the budget check down between reading
what the fund has committed and writing its own approval, so without a lock on the fund both
would read the same total and both would be approved beyond the fund's size.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from decimal import Decimal
from typing import Any

from incubator_desk.core.errors import ServiceError
from incubator_desk.core.vocabularies import ApplicationStatus as S
from incubator_desk.core.vocabularies import CommitteeDecisionKind, FundKind, Instrument
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.models import Tenant
from incubator_desk.services import funding as fs

TODAY = dt.date(2026, 11, 30)


def _approve(url: str, app_id: int, start: Any, out: Any) -> None:
    """In a child process: approve `app_id` for its full amount; report "ok" or the error."""
    import time

    from incubator_desk.services.funding import applications

    real = applications.committed

    def slow_committed(*args: Any, **kwargs: Any) -> Decimal:
        total = real(*args, **kwargs)
        time.sleep(0.6)  # the other process reads the same total meanwhile, unless locked
        return total

    applications.committed = slow_committed
    db = open_database(location_from_string(url)).db
    try:
        start.wait(timeout=20)  # a multiprocessing Barrier
        fs.record_committee_decision(
            db, app_id, TODAY, ["甲", "乙", "丙"], 3, 0, 0, CommitteeDecisionKind.APPROVED,
            Decimal(3_000_000),
        )  # fmt: skip
        out.put((app_id, "ok"))
    except ServiceError as exc:
        out.put((app_id, str(exc)))
    finally:
        db.dispose()


def _setup(db: Database) -> tuple[int, list[int]]:
    fund_id = fs.save_fund(
        db,
        fs.FundData(
            name="南山天使投资基金",
            kind=FundKind.EQUITY,
            total_size=Decimal(5_000_000),
            start_year=2024,
            per_deal_cap=None,
        ),
    )
    apps = []
    for name in ("深圳云帆科技有限公司", "深圳星河智能有限公司"):
        with db.uow() as uow:
            t = Tenant(name_zh=name)
            uow.session.add(t)
            uow.commit()
            tenant_id = t.id
        app_id = fs.create_application(
            db,
            fs.ApplicationData(
                fund_id=fund_id,
                tenant_id=tenant_id,
                amount_requested=Decimal(3_000_000),
                instrument=Instrument.EQUITY,
                pre_money_valuation=Decimal(18_000_000),
                use_of_funds="研发",
                milestones="样机",
            ),
            comment="创建",
        )
        for st in (S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE):
            fs.move_application(db, app_id, st, st.value)
        apps.append(app_id)
    return fund_id, apps


def test_two_processes_cannot_both_take_a_funds_last_money(db: Database, db_url: str) -> None:
    fund_id, apps = _setup(db)
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_approve, args=(db_url, a, start, out)) for a in apps]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    results = dict(out.get(timeout=5) for _ in procs)
    assert sorted(r == "ok" for r in results.values()) == [False, True], results
    refused = next(r for r in results.values() if r != "ok")
    assert "available" in refused and "¥2,000,000.00" in refused
    position = fs.fund(db, fund_id)
    assert position.committed == Decimal(3_000_000) and position.deals == 1
