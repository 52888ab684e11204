"""What is still open: bills not yet paid, payments and credit notes not yet used, and the one
rule that matches them (`settle`). Writers run it under the tenant's lock (see `numbering`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.vocabularies import BillKind, BillStatus, PaymentStatus
from ...db import UnitOfWork
from ...models import Bill, Payment, Settlement

ZERO = Decimal(0)


@dataclass
class Ledger:
    """One tenant's issued bills, recorded payments and settlements, as of a day (None: all)."""

    bills: list[Bill]
    payments: list[Payment]
    settlements: list[Settlement]

    def __post_init__(self) -> None:
        self.on_bill: dict[int, Decimal] = defaultdict(Decimal)
        self.by_payment: dict[int, Decimal] = defaultdict(Decimal)
        self.by_credit: dict[int, Decimal] = defaultdict(Decimal)
        for st in self.settlements:
            self.add(st)

    def add(self, st: Settlement) -> None:
        self.on_bill[st.bill_id] += st.amount
        if st.payment_id is not None:
            self.by_payment[st.payment_id] += st.amount
        if st.credit_note_id is not None:
            self.by_credit[st.credit_note_id] += st.amount

    def open_amount(self, bill: Bill) -> Decimal:
        """What is left to pay of a bill (0 for a credit note)."""
        if bill.kind is BillKind.CREDIT_NOTE:
            return ZERO
        return max(bill.total - self.on_bill[bill.id], ZERO)

    def credit_left(self, bill: Bill) -> Decimal:
        """What a credit note has not yet cleared."""
        if bill.kind is not BillKind.CREDIT_NOTE:
            return ZERO
        return max(-bill.total - self.by_credit[bill.id], ZERO)

    def unapplied(self, payment: Payment) -> Decimal:
        return max(payment.amount - self.by_payment[payment.id], ZERO)

    def debts(self) -> list[Bill]:
        """Bills with something left to pay, the earliest due first."""
        return sorted(
            (b for b in self.bills if self.open_amount(b) > 0),
            key=lambda b: (b.due_on, b.issued_on, b.id),
        )

    @property
    def balance(self) -> Decimal:
        """Billed less paid: positive when the tenant owes, negative when it paid ahead."""
        return sum((b.total for b in self.bills), ZERO) - sum(
            (p.amount for p in self.payments), ZERO
        )


def read_ledger(s: Session, tenant_id: int, on: dt.date | None = None) -> Ledger:
    bills = select(Bill).where(Bill.tenant_id == tenant_id, Bill.status == BillStatus.ISSUED)
    payments = select(Payment).where(
        Payment.tenant_id == tenant_id, Payment.status == PaymentStatus.RECORDED
    )
    settlements = (
        select(Settlement)
        .join(Bill, Bill.id == Settlement.bill_id)
        .where(Bill.tenant_id == tenant_id)
    )
    if on is not None:
        bills = bills.where(Bill.issued_on <= on)
        payments = payments.where(Payment.received_on <= on)
        settlements = settlements.where(Settlement.settled_on <= on)
    return Ledger(
        list(s.scalars(bills.order_by(Bill.issued_on, Bill.id))),
        list(s.scalars(payments.order_by(Payment.received_on, Payment.id))),
        list(s.scalars(settlements.order_by(Settlement.id))),
    )


def _apply(
    uow: UnitOfWork,
    ledger: Ledger,
    bill: Bill,
    amount: Decimal,
    day: dt.date,
    payment: Payment | None = None,
    credit: Bill | None = None,
) -> Settlement:
    st = Settlement(
        bill_id=bill.id,
        payment_id=payment.id if payment is not None else None,
        credit_note_id=credit.id if credit is not None else None,
        amount=amount,
        settled_on=max(day, bill.issued_on),
    )
    uow.session.add(st)
    ledger.add(st)
    return st


def pay_bill(
    uow: UnitOfWork, ledger: Ledger, payment: Payment, bill: Bill, amount: Decimal
) -> Decimal:
    """Settle up to `amount` of `bill` from `payment`; returns what was settled."""
    amount = min(amount, ledger.open_amount(bill), ledger.unapplied(payment))
    if amount > 0:
        _apply(uow, ledger, bill, amount, payment.received_on, payment=payment)
        return amount
    return ZERO


def money_in_hand(s: Session, tenant_ids: list[int]) -> set[int]:
    """Those of `tenant_ids` with a payment or a credit note not wholly used."""
    if not tenant_ids:
        return set()
    by_payment = (
        select(Settlement.payment_id, func.sum(Settlement.amount).label("used"))
        .where(Settlement.payment_id.is_not(None))
        .group_by(Settlement.payment_id)
        .subquery()
    )
    by_credit = (
        select(Settlement.credit_note_id, func.sum(Settlement.amount).label("used"))
        .where(Settlement.credit_note_id.is_not(None))
        .group_by(Settlement.credit_note_id)
        .subquery()
    )
    paid = s.scalars(
        select(Payment.tenant_id)
        .outerjoin(by_payment, by_payment.c.payment_id == Payment.id)
        .where(
            Payment.tenant_id.in_(tenant_ids),
            Payment.status == PaymentStatus.RECORDED,
            Payment.amount > func.coalesce(by_payment.c.used, 0),
        )
    )
    credited = s.scalars(
        select(Bill.tenant_id)
        .outerjoin(by_credit, by_credit.c.credit_note_id == Bill.id)
        .where(
            Bill.tenant_id.in_(tenant_ids),
            Bill.kind == BillKind.CREDIT_NOTE,
            Bill.status == BillStatus.ISSUED,
            Bill.total + func.coalesce(by_credit.c.used, 0) < 0,
        )
    )
    return {*paid, *credited}


def settle(uow: UnitOfWork, tenant_id: int, ledger: Ledger | None = None) -> int:
    """Use whatever the tenant has in hand against what it owes; returns the settlements made.

    Credit notes first, each on the bill it corrects and then on the earliest due; then
    payments not yet used, oldest first, on the earliest due bills. What is left stays on
    account and is used when the next bill comes. `ledger`: the tenant's, read in this unit
    of work and kept up to date since (saves reading it again)."""
    if ledger is None:
        uow.session.flush()
        ledger = read_ledger(uow.session, tenant_id)
    made = 0
    by_id = {b.id: b for b in ledger.bills}
    credits = [b for b in ledger.bills if ledger.credit_left(b) > 0]
    for credit in sorted(credits, key=lambda b: (b.issued_on, b.id)):
        corrected = by_id.get(credit.corrects_id) if credit.corrects_id is not None else None
        targets = [corrected] if corrected is not None else []
        targets += [b for b in ledger.debts() if b is not corrected]
        for bill in targets:
            amount = min(ledger.open_amount(bill), ledger.credit_left(credit))
            if amount > 0:
                _apply(uow, ledger, bill, amount, credit.issued_on, credit=credit)
                made += 1
    for payment in ledger.payments:
        for bill in ledger.debts():
            if ledger.unapplied(payment) <= 0:
                break
            if pay_bill(uow, ledger, payment, bill, ledger.open_amount(bill)):
                made += 1
    return made


__all__ = ["ZERO", "Ledger", "money_in_hand", "pay_bill", "read_ledger", "settle"]
