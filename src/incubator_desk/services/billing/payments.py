"""Payments: money received from a tenant, full or partial, spread over its bills as the person
says or the earliest due first; what is left stays on account for the next bill."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core import clock
from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import money, to_fen
from ...core.vocabularies import BillStatus, PaymentMethod, PaymentStatus
from ...db import Store, UnitOfWork
from ...models import Bill, DepositMove, Payment, Settlement, Tenant
from ..access import Action, requires
from .bills import BillRow, list_bills
from .ledger import ZERO, pay_bill, read_ledger, settle
from .numbering import RECEIPT, lock_tenants, next_number

_t = Translator("errors")


@dataclass(frozen=True)
class PaymentInput:
    tenant_id: int
    received_on: dt.date
    amount: Decimal
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    reference: str = ""
    invoice_number: str = ""  # 发票号 of the tax invoice issued outside the application
    notes: str = ""
    # How much goes to which bill (by id); what is not spread goes to the earliest due.
    spread: dict[int, Decimal] | None = None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    version: int
    number: str
    tenant_id: int
    tenant_name: str
    received_on: dt.date
    amount: Decimal
    method: PaymentMethod
    reference: str
    invoice_number: str
    status: PaymentStatus
    applied: Decimal  # settled against bills
    bills: str  # the numbers of the bills it paid
    cancel_reason: str

    @property
    def on_account(self) -> Decimal:
        return self.amount - self.applied if self.status is PaymentStatus.RECORDED else ZERO


def _check(data: PaymentInput) -> Decimal:
    errors: dict[str, str] = {}
    given = Decimal(data.amount) if data.amount is not None else None
    amount = to_fen(given) if given is not None and given.is_finite() else None
    if amount is None or amount <= 0:
        errors["amount"] = _t(QT_TRANSLATE_NOOP("errors", "Give the amount received, above ¥0."))
    for field, text, limit in (
        ("reference", data.reference, 100),
        ("invoice_number", data.invoice_number, 60),
    ):
        if len(text.strip()) > limit:
            errors[field] = _t(
                QT_TRANSLATE_NOOP("errors", "Keep this under {n} characters."), n=limit
            )
    spread = data.spread or {}
    if any(v < 0 for v in spread.values()):
        errors["spread"] = _t(
            QT_TRANSLATE_NOOP("errors", "An amount for a bill cannot be negative.")
        )
    elif amount is not None and sum(spread.values(), ZERO) > amount:
        errors["spread"] = _t(
            QT_TRANSLATE_NOOP(
                "errors", "The amounts for the bills add up to more than the {amount} received."
            ),
            amount=money(amount),
        )
    if errors:
        raise ValidationError(errors)
    assert amount is not None
    return amount


@requires(Action.BILLING)
def record_payment(db: Store, data: PaymentInput) -> int:
    """Record money received; returns the payment's id. Its receipt number is R<year>-nnnnn."""
    amount = _check(data)
    with db.uow(summary="record payment") as uow:
        payment = add_payment(uow, data, amount)
        uow.commit()
        return payment.id


def add_payment(uow: UnitOfWork, data: PaymentInput, amount: Decimal) -> Payment:
    """Write a payment and spread it, in the caller's unit of work (deposits use it too)."""
    s = uow.session
    if s.get(Tenant, data.tenant_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    lock_tenants(uow, [data.tenant_id])
    payment = Payment(
        number=next_number(uow, RECEIPT, data.received_on.year),
        tenant_id=data.tenant_id,
        received_on=data.received_on,
        amount=amount,
        method=PaymentMethod(data.method),
        reference=data.reference.strip(),
        invoice_number=data.invoice_number.strip(),
        notes=data.notes.strip(),
    )
    s.add(payment)
    s.flush()
    ledger = read_ledger(s, data.tenant_id)
    by_id = {b.id: b for b in ledger.bills}
    for bill_id, wanted in (data.spread or {}).items():
        bill = by_id.get(bill_id)
        if bill is None:
            raise ValidationError(
                {
                    "spread": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "A bill chosen is not an open bill of this tenant."
                        )
                    )
                }
            )
        if to_fen(wanted) > ledger.open_amount(bill):
            raise ValidationError(
                {
                    "spread": _t(
                        QT_TRANSLATE_NOOP("errors", "Bill {number} has only {open} left to pay."),
                        number=bill.number,
                        open=money(ledger.open_amount(bill)),
                    )
                }
            )
        pay_bill(uow, ledger, payment, bill, to_fen(wanted))
    settle(uow, data.tenant_id, ledger)
    return payment


@requires(Action.BILLING)
def cancel_payment(
    db: Store,
    payment_id: int,
    reason: str,
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> None:
    """Cancel a payment recorded by mistake: the bills it paid are open again (a payment taken
    from the deposit puts the money back into the deposit)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _t(QT_TRANSLATE_NOOP("errors", "Say why the payment is cancelled."))}
        )
    with db.uow(summary="cancel payment") as uow:
        s = uow.session
        found = s.get(Payment, payment_id)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This payment no longer exists."))
        lock_tenants(uow, [found.tenant_id])
        payment = uow.get(Payment, payment_id, expected_version)
        if payment.status is PaymentStatus.CANCELLED:
            raise ValidationError(
                {"reason": _t(QT_TRANSLATE_NOOP("errors", "This payment is already cancelled."))}
            )
        payment.status = PaymentStatus.CANCELLED
        payment.cancelled_on = on or clock.today()
        payment.cancel_reason = reason
        for st in s.scalars(select(Settlement).where(Settlement.payment_id == payment.id)):
            s.delete(st)
        for move in s.scalars(select(DepositMove).where(DepositMove.payment_id == payment.id)):
            s.delete(move)
        settle(uow, payment.tenant_id)
        uow.commit()


def list_payments(
    db: Store,
    start: dt.date | None = None,
    end: dt.date | None = None,
    tenant_id: int | None = None,
) -> list[PaymentRow]:
    """Payments received from `start` to `end` (of one tenant if given), newest first."""
    with db.read() as s:
        q = (
            select(Payment, Tenant.name_zh, Tenant.name_en)
            .join(Tenant, Tenant.id == Payment.tenant_id)
            .order_by(Payment.received_on.desc(), Payment.id.desc())
        )
        if start is not None:
            q = q.where(Payment.received_on >= start)
        if end is not None:
            q = q.where(Payment.received_on <= end)
        if tenant_id is not None:
            q = q.where(Payment.tenant_id == tenant_id)
        found = list(s.execute(q))
        ids = [p.id for p, _zh, _en in found]
        applied: dict[int | None, list[tuple[str, Decimal]]] = {}
        if ids:
            for pid, number, amount in s.execute(
                select(Settlement.payment_id, Bill.number, Settlement.amount)
                .join(Bill, Bill.id == Settlement.bill_id)
                .where(Settlement.payment_id.in_(ids))
                .order_by(Settlement.id)
            ):
                applied.setdefault(pid, []).append((number, amount))
        return [
            PaymentRow(
                p.id,
                p.version,
                p.number,
                p.tenant_id,
                zh or en,
                p.received_on,
                p.amount,
                p.method,
                p.reference,
                p.invoice_number,
                p.status,
                sum((a for _n, a in applied.get(p.id, [])), ZERO),
                ", ".join(n for n, _a in applied.get(p.id, [])),
                p.cancel_reason,
            )
            for p, zh, en in found
        ]


def open_bills(db: Store, tenant_id: int) -> list[BillRow]:
    """A tenant's bills with something left to pay, the earliest due first."""
    rows = list_bills(db, tenant_id=tenant_id, include_cancelled=False)
    return sorted(
        (r for r in rows if r.open > 0 and r.status is BillStatus.ISSUED),
        key=lambda r: (r.due_on, r.issued_on, r.number),
    )


__all__ = [
    "PaymentInput",
    "PaymentRow",
    "add_payment",
    "cancel_payment",
    "list_payments",
    "open_bills",
    "record_payment",
]
