"""Deposits (押金): received from a tenant, held, used to pay its bills, and returned at exit.

A deposit is not income: it is not billed and does not count in the tenant's balance; what is
held is received less used less returned, and never goes below zero (checked under the
tenant's lock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import money, to_fen
from ...core.vocabularies import DepositMoveKind, PaymentMethod
from ...db import Store, UnitOfWork
from ...models import DepositMove, Payment, Tenant
from ..access import Action, requires
from .ledger import ZERO, read_ledger
from .numbering import lock_tenants
from .payments import PaymentInput, add_payment

_t = Translator("errors")


@dataclass(frozen=True)
class DepositMoveRow:
    id: int
    tenant_id: int
    tenant_name: str
    kind: DepositMoveKind
    moved_on: dt.date
    amount: Decimal
    method: PaymentMethod | None
    reference: str
    payment_number: str  # when used to pay bills
    notes: str


@dataclass(frozen=True)
class ExitSettlement:
    applied: Decimal  # used to pay what was still owed
    returned: Decimal
    payment_id: int | None


def held(s: Session, tenant_id: int, on: dt.date | None = None) -> Decimal:
    """The deposit a tenant has with the incubator (on a day, if given)."""
    q = select(DepositMove.kind, DepositMove.amount).where(DepositMove.tenant_id == tenant_id)
    if on is not None:
        q = q.where(DepositMove.moved_on <= on)
    total = ZERO
    for kind, amount in s.execute(q):
        total += amount if kind is DepositMoveKind.RECEIVED else -amount
    return total


def deposits_held(s: Session, on: dt.date | None = None) -> dict[int, Decimal]:
    """Every tenant's deposit held (tenants with none left out)."""
    q = select(DepositMove.tenant_id, DepositMove.kind, DepositMove.amount)
    if on is not None:
        q = q.where(DepositMove.moved_on <= on)
    out: dict[int, Decimal] = {}
    for tenant_id, kind, amount in s.execute(q):
        out[tenant_id] = out.get(tenant_id, ZERO) + (
            amount if kind is DepositMoveKind.RECEIVED else -amount
        )
    return {k: v for k, v in out.items() if v}


def deposit_held(db: Store, tenant_id: int, on: dt.date | None = None) -> Decimal:
    with db.read() as s:
        return held(s, tenant_id, on)


def _amount(value: Decimal) -> Decimal:
    if value is None or not Decimal(value).is_finite() or to_fen(value) <= 0:
        raise ValidationError(
            {"amount": _t(QT_TRANSLATE_NOOP("errors", "Give an amount above ¥0."))}
        )
    return to_fen(value)


def _tenant(uow: UnitOfWork, tenant_id: int) -> None:
    if uow.session.get(Tenant, tenant_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    lock_tenants(uow, [tenant_id])


def _at_most_held(s: Session, tenant_id: int, amount: Decimal) -> None:
    have = held(s, tenant_id)
    if amount > have:
        raise ValidationError(
            {
                "amount": _t(
                    QT_TRANSLATE_NOOP("errors", "The tenant's deposit held is only {held}."),
                    held=money(have),
                )
            }
        )


@requires(Action.BILLING)
def receive_deposit(
    db: Store,
    tenant_id: int,
    on: dt.date,
    amount: Decimal,
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
    reference: str = "",
    notes: str = "",
) -> int:
    amount = _amount(amount)
    if method is PaymentMethod.DEPOSIT:
        raise ValidationError(
            {"method": _t(QT_TRANSLATE_NOOP("errors", "Choose how the deposit was paid."))}
        )
    with db.uow(summary="receive deposit") as uow:
        _tenant(uow, tenant_id)
        move_id = _money_move(
            uow, tenant_id, DepositMoveKind.RECEIVED, on, amount, method, reference, notes
        )
        uow.commit()
        return move_id


def _money_move(
    uow: UnitOfWork,
    tenant_id: int,
    kind: DepositMoveKind,
    on: dt.date,
    amount: Decimal,
    method: PaymentMethod,
    reference: str,
    notes: str,
) -> int:
    """Deposit money received from or paid back to the tenant; the new move's id."""
    move = DepositMove(
        tenant_id=tenant_id,
        kind=kind,
        moved_on=on,
        amount=amount,
        method=method,
        reference=reference.strip(),
        notes=notes.strip(),
    )
    uow.session.add(move)
    uow.session.flush()
    return move.id


def _apply(uow: UnitOfWork, tenant_id: int, on: dt.date, amount: Decimal, notes: str) -> Payment:
    payment = add_payment(
        uow,
        PaymentInput(tenant_id, on, amount, PaymentMethod.DEPOSIT, notes=notes),
        amount,
    )
    uow.session.add(
        DepositMove(
            tenant_id=tenant_id,
            kind=DepositMoveKind.APPLIED,
            moved_on=on,
            amount=amount,
            payment_id=payment.id,
            notes=notes,
        )
    )
    return payment


@requires(Action.BILLING)
def apply_deposit(db: Store, tenant_id: int, on: dt.date, amount: Decimal, notes: str = "") -> int:
    """Pay the tenant's bills with part of its deposit; returns the payment's id."""
    amount = _amount(amount)
    with db.uow(summary="pay bills from the deposit") as uow:
        _tenant(uow, tenant_id)
        _at_most_held(uow.session, tenant_id, amount)
        payment = _apply(uow, tenant_id, on, amount, notes.strip())
        uow.commit()
        return payment.id


@requires(Action.BILLING)
def return_deposit(
    db: Store,
    tenant_id: int,
    on: dt.date,
    amount: Decimal,
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
    reference: str = "",
    notes: str = "",
) -> int:
    amount = _amount(amount)
    with db.uow(summary="return deposit") as uow:
        _tenant(uow, tenant_id)
        _at_most_held(uow.session, tenant_id, amount)
        move_id = _money_move(
            uow, tenant_id, DepositMoveKind.RETURNED, on, amount, method, reference, notes
        )
        uow.commit()
        return move_id


@requires(Action.BILLING)
def settle_deposit_at_exit(
    db: Store,
    tenant_id: int,
    on: dt.date,
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER,
    reference: str = "",
) -> ExitSettlement:
    """At exit: the deposit pays what the tenant still owes, and the rest is returned."""
    with db.uow(summary="settle deposit at exit") as uow:
        _tenant(uow, tenant_id)
        s = uow.session
        have = held(s, tenant_id)
        ledger = read_ledger(s, tenant_id)
        owed = sum((ledger.open_amount(b) for b in ledger.debts()), ZERO)
        on_account = sum((ledger.unapplied(p) for p in ledger.payments), ZERO) + sum(
            (ledger.credit_left(b) for b in ledger.bills), ZERO
        )
        use = min(have, max(owed - on_account, ZERO))
        payment = _apply(uow, tenant_id, on, use, "") if use > 0 else None
        back = have - use
        if back > 0:
            s.add(
                DepositMove(
                    tenant_id=tenant_id,
                    kind=DepositMoveKind.RETURNED,
                    moved_on=on,
                    amount=back,
                    method=method,
                    reference=reference.strip(),
                )
            )
        uow.commit()
        return ExitSettlement(use, back, payment.id if payment is not None else None)


def deposit_moves(db: Store, tenant_id: int | None = None) -> list[DepositMoveRow]:
    """Deposits received, used and returned, newest first."""
    with db.read() as s:
        q = (
            select(DepositMove, Tenant.name_zh, Tenant.name_en, Payment.number)
            .join(Tenant, Tenant.id == DepositMove.tenant_id)
            .outerjoin(Payment, Payment.id == DepositMove.payment_id)
            .order_by(DepositMove.moved_on.desc(), DepositMove.id.desc())
        )
        if tenant_id is not None:
            q = q.where(DepositMove.tenant_id == tenant_id)
        return [
            DepositMoveRow(
                m.id,
                m.tenant_id,
                zh or en,
                m.kind,
                m.moved_on,
                m.amount,
                m.method,
                m.reference,
                number or "",
                m.notes,
            )
            for m, zh, en, number in s.execute(q)
        ]


__all__ = [
    "DepositMoveRow",
    "ExitSettlement",
    "apply_deposit",
    "deposit_held",
    "deposit_moves",
    "deposits_held",
    "held",
    "receive_deposit",
    "return_deposit",
    "settle_deposit_at_exit",
]
