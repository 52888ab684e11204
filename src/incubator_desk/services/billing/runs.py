"""The billing run of a month: each tenant's bill for its period, made from what it should pay
less what it was billed already, so running it again creates nothing twice.

What a source (a month's rent of an allocation, a meter reading, a booking, a fee) should
cost is compared with what the tenant's bills not cancelled charged for it. The difference is
billed: on the period's first bill, or, once the period has one, on an adjustment (more to
pay) or a credit note (less). A run also looks again at the months run before it in the last
year, so a change after billing (an allocation moved, shortened or cancelled, a meter reading
corrected) is corrected there, never by editing an issued bill.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ...core import clock
from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.periods import add_months, quarter_end, quarter_of
from ...core.vocabularies import AuditAction, BillingCycle, BillKind, BillStatus
from ...db import Store, UnitOfWork
from ...models import Bill, BillingRun, BillLine, Tenant
from ..access import Action, requires
from .charges import Charge, charges_between
from .ledger import ZERO, money_in_hand, settle
from .numbering import SERIES, lock_tenants, reserve_numbers
from .rules import billing_rules, read_rates
from .terms import read_terms

_t = Translator("errors")

LOOKBACK_MONTHS = 12


@dataclass(frozen=True)
class Period:
    """A tenant's billing period: a month or a quarter."""

    start: dt.date
    end: dt.date

    def holds(self, month: dt.date) -> bool:
        return self.start <= month <= self.end


def billing_period(month: dt.date, cycle: BillingCycle) -> Period:
    """The period `month` falls in for a tenant billed by `cycle`."""
    first = month.replace(day=1)
    if cycle is BillingCycle.QUARTERLY:
        year, quarter = quarter_of(first)
        return Period(dt.date(year, quarter * 3 - 2, 1), quarter_end(year, quarter))
    return Period(first, add_months(first, 1) - dt.timedelta(days=1))


@dataclass(frozen=True)
class CreatedBill:
    id: int
    number: str
    kind: BillKind
    tenant_id: int
    tenant_name: str
    period_start: dt.date
    period_end: dt.date
    total: Decimal


@dataclass(frozen=True)
class RunResult:
    month: dt.date
    issued_on: dt.date
    tenants: int  # tenants looked at
    created: list[CreatedBill] = field(default_factory=list)

    def count(self, kind: BillKind) -> int:
        return sum(1 for b in self.created if b.kind is kind)

    @property
    def total(self) -> Decimal:
        return sum((b.total for b in self.created), ZERO)


@dataclass
class _Billed:
    """What a tenant's bills not cancelled charged for one source."""

    amount: Decimal = ZERO
    month: dt.date | None = None
    last: BillLine | None = None


def _claim_run(uow: UnitOfWork, month: dt.date) -> int:
    """The month's run row, made on the first run; two runs of one month queue here."""
    s = uow.session
    dialect = postgresql if uow.dialect == "postgresql" else sqlite
    s.execute(
        dialect.insert(BillingRun)
        .values(month=month, first_run_at=dt.datetime.now(dt.UTC))
        .on_conflict_do_nothing(index_elements=["month"])
    )
    run_id = s.scalar(select(BillingRun.id).where(BillingRun.month == month))
    assert run_id is not None
    return uow.lock(BillingRun, run_id).id


def _months_to_check(s: Session, month: dt.date) -> list[dt.date]:
    since = add_months(month, -LOOKBACK_MONTHS)
    earlier = s.scalars(
        select(BillingRun.month).where(BillingRun.month >= since, BillingRun.month < month)
    ).all()
    return sorted({month, *earlier})


def _billed_sources(s: Session, tenant_ids: list[int]) -> dict[int, dict[str, _Billed]]:
    out: dict[int, dict[str, _Billed]] = defaultdict(dict)
    if not tenant_ids:
        return out
    q = (
        select(Bill.tenant_id, BillLine)
        .join(Bill, Bill.id == BillLine.bill_id)
        .where(Bill.tenant_id.in_(tenant_ids), Bill.status == BillStatus.ISSUED)
        .order_by(Bill.issued_on, Bill.id, BillLine.position)
    )
    for tenant_id, line in s.execute(q):
        billed = out[tenant_id].setdefault(line.source, _Billed())
        billed.amount += line.amount
        billed.month, billed.last = line.charge_month, line
    return out


def _tenants_billed_between(s: Session, first: dt.date, last: dt.date) -> set[int]:
    return set(
        s.scalars(
            select(Bill.tenant_id)
            .join(BillLine, BillLine.bill_id == Bill.id)
            .where(Bill.status == BillStatus.ISSUED, BillLine.charge_month.between(first, last))
            .distinct()
        )
    )


def _line_from_charge(c: Charge, amount: Decimal, before: _Billed | None) -> dict[str, object]:
    return {
        "kind": c.kind,
        "source": c.source,
        "charge_month": c.month,
        "service_from": c.service_from,
        "service_to": c.service_to,
        "label": c.label,
        "quantity": c.quantity,
        "unit_price": c.unit_price,
        "amount": amount,
        "previous_amount": before.amount if before is not None else None,
        "detail": c.detail,
    }


def _line_withdrawn(billed: _Billed) -> dict[str, object]:
    last = billed.last
    assert last is not None
    return {
        "kind": last.kind,
        "source": last.source,
        "charge_month": last.charge_month,
        "service_from": last.service_from,
        "service_to": last.service_to,
        "label": last.label,
        "quantity": None,
        "unit_price": None,
        "amount": -billed.amount,
        "previous_amount": billed.amount,
        "detail": {**(last.detail or {}), "withdrawn": True},
    }


def _as_billed(b: _Billed) -> tuple[dt.date, int, int]:
    """Withdrawn charges are listed as they were last billed."""
    assert b.month is not None and b.last is not None
    return (b.month, b.last.bill_id, b.last.position)


def _difference(
    period: Period,
    charges: list[Charge],
    billed: dict[str, _Billed],
    expected_anywhere: set[str],
) -> list[dict[str, object]]:
    """The lines that bring what was billed for `period` to what it should be."""
    lines: list[dict[str, object]] = []
    for c in charges:
        if not period.holds(c.month):
            continue
        before = billed.get(c.source)
        owed = c.amount - (before.amount if before is not None else ZERO)
        if owed:
            lines.append(_line_from_charge(c, owed, before))
    gone = [
        b
        for source, b in billed.items()
        if source not in expected_anywhere and b.month is not None and period.holds(b.month)
    ]
    for b in sorted(gone, key=_as_billed):
        if b.amount:
            lines.append(_line_withdrawn(b))
    return lines


def tenant_names(s: Session, tenant_ids: list[int]) -> dict[int, str]:
    if not tenant_ids:
        return {}
    q = select(Tenant.id, Tenant.name_zh, Tenant.name_en).where(Tenant.id.in_(tenant_ids))
    return {i: zh or en for i, zh, en in s.execute(q)}


def _regular_bills(s: Session, tenant_ids: list[int]) -> dict[tuple[int, dt.date, dt.date], int]:
    """The first bill (not cancelled) of each tenant's billing periods."""
    out: dict[tuple[int, dt.date, dt.date], int] = {}
    if not tenant_ids:
        return out
    q = (
        select(Bill.tenant_id, Bill.period_start, Bill.period_end, Bill.id)
        .where(
            Bill.tenant_id.in_(tenant_ids),
            Bill.kind == BillKind.BILL,
            Bill.status == BillStatus.ISSUED,
        )
        .order_by(Bill.id.desc())
    )
    for tenant_id, start, end, bill_id in s.execute(q):
        out[(tenant_id, start, end)] = bill_id  # the first wins: ids run newest first
    return out


@dataclass(frozen=True)
class _Plan:
    """A bill to write: whose, for which period, its lines and kind."""

    tenant_id: int
    period: Period
    lines: list[dict[str, object]]
    kind: BillKind
    corrects: int | None
    due_days: int

    @property
    def total(self) -> Decimal:
        return sum((Decimal(str(line["amount"])) for line in self.lines), ZERO)


def _plan(
    tenant_id: int,
    period: Period,
    lines: list[dict[str, object]],
    regular: dict[tuple[int, dt.date, dt.date], int],
    due_days: int,
) -> _Plan:
    """The period's first bill, else an adjustment (more to pay) or a credit note (less)."""
    corrects = regular.get((tenant_id, period.start, period.end))
    total = sum((Decimal(str(line["amount"])) for line in lines), ZERO)
    if total < 0:
        kind = BillKind.CREDIT_NOTE
    elif corrects is None:
        kind = BillKind.BILL
    else:
        kind = BillKind.ADJUSTMENT
    return _Plan(tenant_id, period, lines, kind, corrects, due_days)


def _write(
    uow: UnitOfWork, plans: list[_Plan], issued_on: dt.date, run_id: int | None
) -> list[Bill]:
    """Number and write the planned bills: the bills one by one (each audited), their lines
    in one statement."""
    s = uow.session
    numbers: dict[BillKind, list[str]] = {}
    for kind in BillKind:
        count = sum(1 for p in plans if p.kind is kind)
        if count:
            numbers[kind] = reserve_numbers(uow, SERIES[kind], issued_on.year, count)
    bills = []
    for p in plans:
        bill = Bill(
            number=numbers[p.kind].pop(0),
            kind=p.kind,
            tenant_id=p.tenant_id,
            period_start=p.period.start,
            period_end=p.period.end,
            issued_on=issued_on,
            due_on=issued_on + dt.timedelta(days=p.due_days),
            total=p.total,
            corrects_id=p.corrects if p.kind is not BillKind.BILL else None,
            run_id=run_id,
        )
        s.add(bill)
        bills.append(bill)
    s.flush()
    rows = [
        {"bill_id": bill.id, "position": i, **line}
        for bill, p in zip(bills, plans, strict=True)
        for i, line in enumerate(p.lines, start=1)
    ]
    if rows:
        s.execute(insert(BillLine), rows)
    return bills


# A pause between working out the charges and writing the bills; tests lengthen it to show
# two runs started at once cannot both bill.
after_planning: Callable[[], None] = lambda: None  # noqa: E731


@requires(Action.BILLING)
def run_billing(db: Store, month: dt.date, issued_on: dt.date | None = None) -> RunResult:
    """Bill `month`: every tenant's bill for the period the month falls in (the quarter for
    tenants billed quarterly), and corrections of the months run in the year before.

    Issued on `issued_on` (default today), due after the tenant's days to pay. Running it
    again creates nothing unless something changed."""
    first = month.replace(day=1)
    issued_on = issued_on or clock.today()
    if issued_on.year < 2000:
        raise ValidationError(
            {"issued_on": _t(QT_TRANSLATE_NOOP("errors", "Give the day the bills are issued."))}
        )
    rules = billing_rules(db)
    with db.uow(summary=f"billing run {first:%Y-%m}") as uow:
        s = uow.session
        run_id = _claim_run(uow, first)
        months = _months_to_check(s, first)
        terms = read_terms(s)
        cycles = {BillingCycle.MONTHLY, *(t.cycle for t in terms.values())}
        periods = [billing_period(m, c) for m in months for c in cycles]
        window = Period(min(p.start for p in periods), max(p.end for p in periods))
        charges = charges_between(s, window.start, window.end, read_rates(s))
        tenant_ids = sorted(set(charges) | _tenants_billed_between(s, window.start, window.end))
        after_planning()
        lock_tenants(uow, tenant_ids)
        billed = _billed_sources(s, tenant_ids)  # read under the locks: another run's bills
        names = tenant_names(s, tenant_ids)
        regular = _regular_bills(s, tenant_ids)
        plans: list[_Plan] = []
        for tenant_id in tenant_ids:
            term = terms.get(tenant_id)
            cycle = term.cycle if term is not None else BillingCycle.MONTHLY
            due_days = term.due_days if term and term.due_days is not None else rules.due_days
            mine = charges.get(tenant_id, [])
            expected = {c.source for c in mine}
            for period in sorted({billing_period(m, cycle) for m in months}, key=lambda p: p.start):
                lines = _difference(period, mine, billed.get(tenant_id, {}), expected)
                if lines:
                    plans.append(_plan(tenant_id, period, lines, regular, due_days))
        bills = _write(uow, plans, issued_on, run_id)
        created = [
            CreatedBill(
                b.id,
                b.number,
                b.kind,
                b.tenant_id,
                names.get(b.tenant_id, ""),
                b.period_start,
                b.period_end,
                b.total,
            )
            for b in bills
        ]
        # Money in hand pays the new bills, and a credit note clears what is open.
        billed_now = {b.tenant_id for b in bills}
        credited = {b.tenant_id for b in bills if b.kind is BillKind.CREDIT_NOTE}
        for tenant_id in sorted((billed_now & money_in_hand(s, sorted(billed_now))) | credited):
            settle(uow, tenant_id)
        if created:
            uow.audit(
                AuditAction.GENERATE,
                "bills",
                None,
                f"billing run {first:%Y-%m}: {len(created)} bills, "
                f"total {sum((b.total for b in created), ZERO)}",
            )
        uow.commit()
    return RunResult(first, issued_on, len(tenant_ids), created)


__all__ = [
    "LOOKBACK_MONTHS",
    "CreatedBill",
    "Period",
    "RunResult",
    "billing_period",
    "run_billing",
    "tenant_names",
]
