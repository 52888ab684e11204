"""The demo's books: rates, monthly meter readings, the last three months billed through the
billing run itself, deposits, and tenants that pay on time, late, in part or not at all."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import insert, select

from ...core.periods import add_months
from ...core.vocabularies import (
    AllocationStatus,
    BillingCycle,
    MeterKind,
    PaymentMethod,
    RateKind,
)
from ...db import UnitOfWork
from ...models import Allocation, MeterReading
from .. import billing

MONTHS_BILLED = 3
RATES = (
    (RateKind.PROPERTY_FEE, Decimal("12.00")),
    (RateKind.ELECTRICITY, Decimal("0.95")),
    (RateKind.WATER, Decimal("5.20")),
    (RateKind.ROOM_HOUR, Decimal("60.00")),
)
METHODS = (
    PaymentMethod.BANK_TRANSFER,
    PaymentMethod.BANK_TRANSFER,
    PaymentMethod.BANK_TRANSFER,
    PaymentMethod.WECHAT,
    PaymentMethod.ALIPAY,
)


def write_billing(
    uow: UnitOfWork,
    seed: int,
    today: dt.date,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Bill the demo's last three months as finance staff would; returns the bills made.

    The meter readings are written as the raw data they are; bills, payments and deposits go
    through the billing services. A generator of its own (from `seed`) keeps the rest of the
    demo as it was. `progress(done, of)` is told of each month billed."""
    report = progress or (lambda _done, _of: None)
    rng = random.Random(seed * 7919 + 18)
    first = add_months(today.replace(day=1), -MONTHS_BILLED)
    for kind, rate in RATES:
        billing.save_rate(uow, kind, dt.date(first.year - 3, 1, 1), rate)
    held = uow.session.execute(
        select(Allocation.unit_id, Allocation.tenant_id, Allocation.monthly_rent).where(
            Allocation.status != AllocationStatus.CANCELLED,
            Allocation.start_date <= today,
        )
    ).all()
    units = sorted({unit for unit, _t, _r in held})
    _readings(uow, rng, units, first, today)
    tenants = sorted({tenant for _u, tenant, _r in held})
    rent = {tenant: r for _u, tenant, r in held}
    for tenant in tenants:
        if rng.random() < 0.15:
            billing.save_terms(uow, tenant, BillingCycle.QUARTERLY, due_days=20)
        if rng.random() < 0.6 and rent[tenant] > 0:
            deposit = (rent[tenant] * 2).quantize(Decimal(100))
            billing.receive_deposit(uow, tenant, first, deposit, reference="押金")
    made = 0
    month = first
    for step in range(MONTHS_BILLED + 1):
        made += len(billing.run_billing(uow, month, issued_on=month).created)
        report(step + 1, MONTHS_BILLED + 2)
        month = add_months(month, 1)
    habits = {t: rng.random() for t in tenants}  # < 0.72 on time, < 0.9 late or in part
    for bill in sorted(billing.list_bills(uow), key=lambda b: (b.issued_on, b.number)):
        habit = habits.get(bill.tenant_id, 0.0)
        if bill.open <= 0 or habit >= 0.9:
            continue
        late = habit >= 0.72
        paid_on = bill.issued_on + dt.timedelta(
            days=rng.randint(20, 75) if late else rng.randint(3, 14)
        )
        if paid_on > today:
            continue
        amount = bill.open if not late else (bill.open * Decimal("0.6")).quantize(Decimal(1))
        billing.record_payment(
            uow,
            billing.PaymentInput(
                bill.tenant_id,
                paid_on,
                amount,
                rng.choice(METHODS),
                reference=f"{paid_on:%Y%m%d}-{rng.randint(1000, 9999)}",
                invoice_number=f"4403{rng.randint(10**7, 10**8 - 1)}" if rng.random() < 0.7 else "",
                spread={bill.id: amount},
            ),
        )
    report(MONTHS_BILLED + 2, MONTHS_BILLED + 2)
    return made


def _readings(
    uow: UnitOfWork, rng: random.Random, units: list[int], first: dt.date, today: dt.date
) -> None:
    """Electricity read on each unit's last day of every month billed (and before it)."""
    rows = []
    for unit in units:
        value = Decimal(rng.randint(1000, 50000))
        day = first - dt.timedelta(days=1)
        while day <= today:
            rows.append(
                {"unit_id": unit, "kind": MeterKind.ELECTRICITY, "read_on": day, "value": value}
            )
            value += Decimal(rng.randint(150, 1800))
            day = add_months(day + dt.timedelta(days=1), 1) - dt.timedelta(days=1)
    if rows:
        uow.session.execute(insert(MeterReading), rows)


__all__ = ["write_billing"]
