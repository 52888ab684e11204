"""The locks billing takes, in one order everywhere, and the numbers it gives.

Order: the tenants concerned (ascending ids), then the number counter. Every use case that
writes bills, payments or deposits takes the tenants' rows first, so two operators (or two
billing runs) working on one tenant are serialised, and the second sees what the first wrote;
the counter is taken last and held to the end, so numbers are given without gaps or twins.
On SQLite the writing unit of work holds the database's write lock already (BEGIN IMMEDIATE).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from ...core.vocabularies import BillKind
from ...db import UnitOfWork
from ...models import BillingCounter, Tenant

SERIES = {
    BillKind.BILL: "B",
    BillKind.ADJUSTMENT: "A",
    BillKind.CREDIT_NOTE: "C",
}
RECEIPT = "R"


def lock_tenants(uow: UnitOfWork, tenant_ids: Iterable[int]) -> None:
    """Hold the rows of these tenants until the unit of work ends (SELECT … FOR UPDATE)."""
    ids = sorted(set(tenant_ids))
    if len(ids) == 1:
        uow.lock(Tenant, ids[0])
        return
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        uow.session.execute(
            select(Tenant.id).where(Tenant.id.in_(chunk)).order_by(Tenant.id).with_for_update()
        ).all()


def reserve_numbers(uow: UnitOfWork, series: str, year: int, count: int = 1) -> list[str]:
    """The next `count` numbers of a series in a year: ``B2026-00001``…

    The counter row is made if missing (a no-op when another transaction made it), then raised
    in a single UPDATE, which holds the row until this unit of work ends."""
    key = f"{series}{year}"
    # On the transaction's connection: no ORM flush or session bookkeeping for a counter.
    conn = uow.session.connection()
    dialect = postgresql if uow.dialect == "postgresql" else sqlite
    conn.execute(
        dialect.insert(BillingCounter)
        .values(key=key, last=0)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    last = conn.execute(
        update(BillingCounter)
        .where(BillingCounter.key == key)
        .values(last=BillingCounter.last + count)
        .returning(BillingCounter.last)
    ).scalar_one()
    return [f"{key}-{n:05d}" for n in range(last - count + 1, last + 1)]


def next_number(uow: UnitOfWork, series: str, year: int) -> str:
    """The next number of a series in a year (see `reserve_numbers`)."""
    return reserve_numbers(uow, series, year)[0]


__all__ = ["RECEIPT", "SERIES", "lock_tenants", "next_number", "reserve_numbers"]
