"""A billing run started twice at once bills once; two payments at once cannot pay a bill twice.

Each run works in its own process. The child pauses between working out what to bill and
writing the bills, so without the locks both would see nothing billed and both would bill.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from decimal import Decimal
from typing import Any

from incubator_desk.core.errors import ServiceError
from incubator_desk.core.vocabularies import BillKind, RateKind
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.services import billing

from .test_billing import NOV, floor_of, let, office, tenant

D = dt.date


def _run(url: str, start: Any, out: Any) -> None:
    """In a child process: bill November; report the numbers made, or the error."""
    import time

    from incubator_desk.services.billing import runs

    runs.after_planning = lambda: time.sleep(0.8)
    db = open_database(location_from_string(url)).db
    try:
        start.wait(timeout=20)  # a multiprocessing Barrier
        result = billing.run_billing(db, NOV, issued_on=NOV)
        out.put(("ok", [b.number for b in result.created]))
    except ServiceError as exc:
        out.put(("refused", str(exc)))
    finally:
        db.dispose()


def _park(db: Database) -> list[int]:
    billing.save_rate(db, RateKind.PROPERTY_FEE, D(2020, 1, 1), Decimal(10))
    floor = floor_of(db)
    tenants = []
    for n in range(1, 6):
        who = tenant(db, f"并发{n}号公司")
        let(db, office(db, floor, f"03{n:02d}"), who, D(2026, 10, 1))
        tenants.append(who)
    return tenants


def _in_parallel(target: Any, url: str, args: list[tuple[Any, ...]]) -> list[tuple[str, Any]]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(len(args)), ctx.Queue()
    procs = [ctx.Process(target=target, args=(url, *a, start, out)) for a in args]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=90)
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]
    return [out.get(timeout=5) for _ in procs]


def test_a_run_started_twice_at_once_bills_once(db: Database, db_url: str) -> None:
    tenants = _park(db)
    results = _in_parallel(_run, db_url, [(), ()])
    made = sorted((r for r in results if r[0] == "ok"), key=lambda r: -len(r[1]))
    # One run billed every tenant; the other found it done (or, on SQLite, was told the
    # database was busy): never two bills for one tenant and month.
    assert made and made[0][1] == [f"B2026-{n:05d}" for n in range(1, 6)], results
    assert all(r[1] == [] for r in made[1:]) or len(made) == 1, results
    bills = billing.list_bills(db, NOV)
    assert sorted(b.tenant_id for b in bills) == tenants
    assert {b.kind for b in bills} == {BillKind.BILL}
    assert all(b.total == Decimal("10000.00") for b in bills)


def _pay(url: str, tenant_id: int, amount: str, start: Any, out: Any) -> None:
    import time

    from incubator_desk.services.billing import payments

    real = payments.read_ledger

    def slow(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        time.sleep(0.5)  # the other payment reads the same open amounts meanwhile, unless locked
        return found

    payments.read_ledger = slow
    db = open_database(location_from_string(url)).db
    try:
        start.wait(timeout=20)
        bill = billing.open_bills(db, tenant_id)[0]
        pid = billing.record_payment(
            db,
            billing.PaymentInput(
                tenant_id, D(2026, 11, 5), Decimal(amount), spread={bill.id: Decimal(amount)}
            ),
        )
        out.put(("ok", pid))
    except ServiceError as exc:
        out.put(("refused", str(exc)))
    finally:
        db.dispose()


def test_two_payments_at_once_cannot_pay_one_bill_twice(db: Database, db_url: str) -> None:
    who = _park(db)[0]
    billing.run_billing(db, NOV, issued_on=NOV)
    results = _in_parallel(_pay, db_url, [(who, "6000.00"), (who, "6000.00")])
    assert sorted(r[0] for r in results) == ["ok", "refused"], results
    refused = next(r[1] for r in results if r[0] == "refused")
    assert "has only" in refused or "busy" in refused, refused
    (bill,) = billing.list_bills(db, tenant_id=who)
    assert bill.open == Decimal("4000.00")
