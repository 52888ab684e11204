"""Receivables: who owes what on a day, how long overdue (0–30, 31–60, 61–90, over 90 days
past the due date), each tenant's statement, and the Dashboard's and tenant window's flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.vocabularies import BillKind, BillStatus, PaymentMethod, PaymentStatus
from ...db import Store
from ...models import Bill, Payment, Tenant
from .deposits import deposits_held, held
from .ledger import ZERO, Ledger, read_ledger

BUCKETS = ((1, 30), (31, 60), (61, 90), (91, None))  # days past the due date


def bucket_of(days_overdue: int) -> int:
    """0–3 for the buckets 0–30, 31–60, 61–90, over 90 (days past due, at least 1)."""
    for i, (_lo, hi) in enumerate(BUCKETS):
        if hi is None or days_overdue <= hi:
            return i
    return len(BUCKETS) - 1


@dataclass(frozen=True)
class OpenBill:
    bill_id: int
    number: str
    kind: BillKind
    period_start: dt.date
    period_end: dt.date
    issued_on: dt.date
    due_on: dt.date
    total: Decimal
    open: Decimal

    def days_overdue(self, on: dt.date) -> int:
        return max((on - self.due_on).days, 0)


@dataclass(frozen=True)
class AgeingRow:
    tenant_id: int
    tenant_name: str
    credit_code: str
    not_due: Decimal
    buckets: tuple[Decimal, Decimal, Decimal, Decimal]  # 0–30, 31–60, 61–90, over 90
    on_account: Decimal  # payments and credit notes not yet used
    deposit: Decimal  # deposit held
    oldest_days: int  # days past due of the oldest overdue bill (0: none overdue)
    open_bills: list[OpenBill] = field(default_factory=list)

    @property
    def overdue(self) -> Decimal:
        return sum(self.buckets, ZERO)

    @property
    def balance(self) -> Decimal:
        """What the tenant owes, all told (negative: paid ahead)."""
        return self.not_due + self.overdue - self.on_account


def _open_bills(ledger: Ledger) -> list[OpenBill]:
    return [
        OpenBill(
            b.id,
            b.number,
            b.kind,
            b.period_start,
            b.period_end,
            b.issued_on,
            b.due_on,
            b.total,
            ledger.open_amount(b),
        )
        for b in ledger.debts()
    ]


def _ageing(
    s: Session, tenant_id: int, name: str, code: str, on: dt.date, deposit: Decimal
) -> AgeingRow:
    ledger = read_ledger(s, tenant_id, on)
    bills = _open_bills(ledger)
    not_due = ZERO
    buckets = [ZERO, ZERO, ZERO, ZERO]
    oldest = 0
    for b in bills:
        days = b.days_overdue(on)
        if days <= 0:
            not_due += b.open
        else:
            buckets[bucket_of(days)] += b.open
            oldest = max(oldest, days)
    on_account = sum((ledger.unapplied(p) for p in ledger.payments), ZERO) + sum(
        (ledger.credit_left(b) for b in ledger.bills), ZERO
    )
    return AgeingRow(
        tenant_id,
        name,
        code,
        not_due,
        (buckets[0], buckets[1], buckets[2], buckets[3]),
        on_account,
        deposit,
        oldest,
        bills,
    )


def _tenants_with_money(s: Session, on: dt.date) -> list[int]:
    billed = s.scalars(
        select(Bill.tenant_id).where(Bill.status == BillStatus.ISSUED, Bill.issued_on <= on)
    )
    paid = s.scalars(
        select(Payment.tenant_id).where(
            Payment.status == PaymentStatus.RECORDED, Payment.received_on <= on
        )
    )
    return sorted({*billed, *paid})


def ageing(db: Store, on: dt.date | None = None, only_overdue: bool = False) -> list[AgeingRow]:
    """Every tenant with bills or payments, what it owes on `on` (default today) by age.

    A bill counts from its issue day; a payment or credit note from the day it settled a
    bill. Cancelled bills and payments count nowhere."""
    on = on or clock.today()
    with db.read() as s:
        ids = _tenants_with_money(s, on)
        info = {
            t.id: (t.name_zh or t.name_en, t.credit_code or "")
            for t in s.scalars(select(Tenant).where(Tenant.id.in_(ids)))
        }
        deposits = deposits_held(s, on)
        rows = [_ageing(s, i, *info[i], on, deposits.get(i, ZERO)) for i in ids]
    rows = [r for r in rows if r.balance or r.not_due or r.overdue or r.on_account]
    if only_overdue:
        rows = [r for r in rows if r.overdue > 0]
    rows.sort(key=lambda r: (-r.overdue, -r.balance, r.tenant_name))
    return rows


def tenant_position(db: Store, tenant_id: int, on: dt.date | None = None) -> AgeingRow:
    """One tenant's open bills, ageing, money on account and deposit."""
    on = on or clock.today()
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        name, code = (t.name_zh or t.name_en, t.credit_code or "") if t else ("", "")
        return _ageing(s, tenant_id, name, code, on, held(s, tenant_id, on))


@dataclass(frozen=True)
class OverdueSummary:
    """The Dashboard's card: money past its due date."""

    on: dt.date
    total: Decimal
    tenants: int
    over_90: Decimal
    rows: list[AgeingRow]


def overdue_summary(db: Store, on: dt.date | None = None) -> OverdueSummary:
    rows = ageing(db, on, only_overdue=True)
    return OverdueSummary(
        on or clock.today(),
        sum((r.overdue for r in rows), ZERO),
        len(rows),
        sum((r.buckets[3] for r in rows), ZERO),
        rows,
    )


@dataclass(frozen=True)
class StatementEntry:
    day: dt.date
    reference: str  # a bill's or payment's number
    kind: str  # "bill", "adjustment", "credit_note", "payment"
    description: str  # a bill's period; a payment's reference
    debit: Decimal  # billed
    credit: Decimal  # paid or credited
    balance: Decimal
    method: PaymentMethod | None = None  # how a payment was made


@dataclass(frozen=True)
class Statement:
    tenant_id: int
    tenant_name: str
    tenant_name_en: str
    credit_code: str
    address: str
    start: dt.date
    end: dt.date
    opening: Decimal
    entries: list[StatementEntry]
    closing: Decimal
    position: AgeingRow  # on the end day


def statement(db: Store, tenant_id: int, start: dt.date, end: dt.date) -> Statement:
    """A tenant's account from `start` to `end`: the balance brought forward, each bill and
    payment in turn with the running balance, and what is open on the end day by age."""
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
        ledger = read_ledger(s, tenant_id, end)
        moves: list[tuple[dt.date, int, str, str, str, Decimal, Decimal, PaymentMethod | None]]
        moves = []
        for b in ledger.bills:
            period = f"{b.period_start:%Y-%m}" + (
                f"–{b.period_end:%Y-%m}" if b.period_end.month != b.period_start.month else ""
            )
            debit, credit = (b.total, ZERO) if b.total >= 0 else (ZERO, -b.total)
            moves.append((b.issued_on, 0, b.number, b.kind.value, period, debit, credit, None))
        for p in ledger.payments:
            moves.append(
                (p.received_on, 1, p.number, "payment", p.reference, ZERO, p.amount, p.method)
            )
        moves.sort(key=lambda m: (m[0], m[1], m[2]))
        opening = sum((m[5] - m[6] for m in moves if m[0] < start), ZERO)
        balance = opening
        entries = []
        for day, _o, ref, kind, text, debit, credit, method in moves:
            if day < start:
                continue
            balance += debit - credit
            entries.append(StatementEntry(day, ref, kind, text, debit, credit, balance, method))
        position = _ageing(
            s, tenant_id, t.name_zh or t.name_en, t.credit_code or "", end, held(s, tenant_id, end)
        )
        return Statement(
            tenant_id,
            t.name_zh or t.name_en,
            t.name_en,
            t.credit_code or "",
            t.park_address,
            start,
            end,
            opening,
            entries,
            balance,
            position,
        )


__all__ = [
    "BUCKETS",
    "AgeingRow",
    "OpenBill",
    "OverdueSummary",
    "Statement",
    "StatementEntry",
    "ageing",
    "bucket_of",
    "overdue_summary",
    "statement",
    "tenant_position",
]
