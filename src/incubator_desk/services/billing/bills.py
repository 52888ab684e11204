"""Bills as people read them (lists, one bill with its lines and what paid it), and cancelling
one with a reason: the only change an issued bill takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session, aliased

from ...core import clock
from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import BillKind, BillStatus, ChargeKind
from ...db import Store
from ...models import Bill, BillLine, Payment, Settlement, Tenant
from ..access import Action, requires
from .ledger import ZERO, read_ledger, settle
from .numbering import lock_tenants

_t = Translator("errors")


@dataclass(frozen=True)
class BillRow:
    id: int
    version: int
    number: str
    kind: BillKind
    status: BillStatus
    tenant_id: int
    tenant_name: str
    period_start: dt.date
    period_end: dt.date
    issued_on: dt.date
    due_on: dt.date
    total: Decimal
    open: Decimal  # left to pay (a credit note: credit not yet used, negative)
    corrects: str  # the number of the bill an adjustment or credit note corrects
    cancel_reason: str

    @property
    def paid(self) -> Decimal:
        return self.total - self.open

    def days_overdue(self, on: dt.date) -> int:
        """Days past the due date with something left to pay (0 if none)."""
        if self.status is not BillStatus.ISSUED or self.open <= 0:
            return 0
        return max((on - self.due_on).days, 0)


@dataclass(frozen=True)
class LineRow:
    position: int
    kind: ChargeKind
    source: str
    charge_month: dt.date
    service_from: dt.date
    service_to: dt.date
    label: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    previous_amount: Decimal | None  # on a correction: what had been billed for it before
    detail: dict[str, Any]

    @property
    def correction(self) -> bool:
        return self.previous_amount is not None

    @property
    def withdrawn(self) -> bool:
        """A charge billed before that no longer applies (credited in full)."""
        return bool(self.detail.get("withdrawn"))


@dataclass(frozen=True)
class SettlementRow:
    settled_on: dt.date
    by: str  # the payment's or credit note's number
    amount: Decimal


@dataclass(frozen=True)
class BillDetail:
    bill: BillRow
    lines: list[LineRow]
    settlements: list[SettlementRow]
    corrections: list[str]  # numbers of the adjustments and credit notes correcting it
    cancelled_on: dt.date | None


def _rows(s: Session, where: Any) -> list[BillRow]:
    corrected = aliased(Bill)
    q = (
        select(Bill, Tenant.name_zh, Tenant.name_en, corrected.number)
        .join(Tenant, Tenant.id == Bill.tenant_id)
        .outerjoin(corrected, corrected.id == Bill.corrects_id)
        .where(where)
        .order_by(Bill.issued_on.desc(), Bill.number.desc())
    )
    found = list(s.execute(q))
    ledgers = {}
    out = []
    for bill, zh, en, corrects in found:
        if bill.tenant_id not in ledgers:
            ledgers[bill.tenant_id] = read_ledger(s, bill.tenant_id)
        ledger = ledgers[bill.tenant_id]
        if bill.status is not BillStatus.ISSUED:
            left = ZERO
        elif bill.kind is BillKind.CREDIT_NOTE:
            left = -ledger.credit_left(bill)
        else:
            left = ledger.open_amount(bill)
        out.append(
            BillRow(
                bill.id,
                bill.version,
                bill.number,
                bill.kind,
                bill.status,
                bill.tenant_id,
                zh or en,
                bill.period_start,
                bill.period_end,
                bill.issued_on,
                bill.due_on,
                bill.total,
                left,
                corrects or "",
                bill.cancel_reason,
            )
        )
    return out


def list_bills(
    db: Store,
    month: dt.date | None = None,
    tenant_id: int | None = None,
    include_cancelled: bool = True,
) -> list[BillRow]:
    """Bills whose period holds `month` (any if None), of one tenant if given; newest first."""
    conditions: list[Any] = []
    if month is not None:
        first = month.replace(day=1)
        conditions += [Bill.period_start <= first, Bill.period_end >= first]
    if tenant_id is not None:
        conditions.append(Bill.tenant_id == tenant_id)
    if not include_cancelled:
        conditions.append(Bill.status == BillStatus.ISSUED)
    with db.read() as s:
        return _rows(s, and_(true(), *conditions))


def bill_rows(db: Store, bill_ids: list[int]) -> list[BillRow]:
    with db.read() as s:
        rows = {r.id: r for r in _rows(s, Bill.id.in_(bill_ids))}
    return [rows[i] for i in bill_ids if i in rows]


def bill_detail(db: Store, bill_id: int) -> BillDetail:
    with db.read() as s:
        rows = _rows(s, Bill.id == bill_id)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This bill no longer exists."))
        bill = s.get(Bill, bill_id)
        assert bill is not None
        lines = [
            LineRow(
                ln.position,
                ln.kind,
                ln.source,
                ln.charge_month,
                ln.service_from,
                ln.service_to,
                ln.label,
                ln.quantity,
                ln.unit_price,
                ln.amount,
                ln.previous_amount,
                dict(ln.detail or {}),
            )
            for ln in s.scalars(
                select(BillLine).where(BillLine.bill_id == bill_id).order_by(BillLine.position)
            )
        ]
        credit = aliased(Bill)
        paid = [
            SettlementRow(st.settled_on, pay_no or credit_no or "", st.amount)
            for st, pay_no, credit_no in s.execute(
                select(Settlement, Payment.number, credit.number)
                .outerjoin(Payment, Payment.id == Settlement.payment_id)
                .outerjoin(credit, credit.id == Settlement.credit_note_id)
                .where(or_(Settlement.bill_id == bill_id, Settlement.credit_note_id == bill_id))
                .order_by(Settlement.settled_on, Settlement.id)
            )
        ]
        corrections = list(
            s.scalars(
                select(Bill.number)
                .where(Bill.corrects_id == bill_id, Bill.status == BillStatus.ISSUED)
                .order_by(Bill.id)
            )
        )
        return BillDetail(rows[0], lines, paid, corrections, bill.cancelled_on)


@requires(Action.BILLING)
def cancel_bill(
    db: Store,
    bill_id: int,
    reason: str,
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> None:
    """Cancel a bill issued by mistake, saying why. It keeps its number and lines; what paid it
    goes back to the tenant's account and pays its other bills, and the next billing run bills
    again whatever the bill charged that is still owed.

    A bill that adjustments or credit notes correct is cancelled after them."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": _t(QT_TRANSLATE_NOOP("errors", "Say why the bill is cancelled."))}
        )
    with db.uow(summary="cancel bill") as uow:
        s = uow.session
        found = s.get(Bill, bill_id)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This bill no longer exists."))
        lock_tenants(uow, [found.tenant_id])
        bill = uow.get(Bill, bill_id, expected_version)
        if bill.status is BillStatus.CANCELLED:
            raise ValidationError(
                {"reason": _t(QT_TRANSLATE_NOOP("errors", "This bill is already cancelled."))}
            )
        later = s.scalars(
            select(Bill.number).where(Bill.corrects_id == bill.id, Bill.status == BillStatus.ISSUED)
        ).all()
        if later:
            raise ValidationError(
                {
                    "reason": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "{numbers} correct this bill: cancel them first."
                        ),
                        numbers=", ".join(later),
                    )
                }
            )
        bill.status = BillStatus.CANCELLED
        bill.cancelled_on = on or clock.today()
        bill.cancel_reason = reason
        for st in s.scalars(
            select(Settlement).where(
                or_(Settlement.bill_id == bill.id, Settlement.credit_note_id == bill.id)
            )
        ):
            s.delete(st)
        settle(uow, bill.tenant_id)
        uow.commit()


__all__ = [
    "BillDetail",
    "BillRow",
    "LineRow",
    "SettlementRow",
    "bill_detail",
    "bill_rows",
    "cancel_bill",
    "list_bills",
]
