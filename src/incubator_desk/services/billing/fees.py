"""One-off service fees: charged once to a tenant, billed in the period of their date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import to_fen
from ...core.vocabularies import FeeStatus
from ...db import Store
from ...models import OneOffFee, Tenant
from ..access import Action, requires

_t = Translator("errors")


@dataclass(frozen=True)
class FeeRow:
    id: int
    version: int
    tenant_id: int
    tenant_name: str
    charged_on: dt.date
    description: str
    amount: Decimal
    status: FeeStatus
    notes: str


@requires(Action.BILLING)
def add_fee(
    db: Store,
    tenant_id: int,
    charged_on: dt.date,
    description: str,
    amount: Decimal,
    notes: str = "",
) -> int:
    """Charge a tenant once; the billing run of the month of `charged_on` bills it.

    A negative amount is a discount given once."""
    description = (description or "").strip()
    errors: dict[str, str] = {}
    if not description:
        errors["description"] = _t(QT_TRANSLATE_NOOP("errors", "Say what the fee is for."))
    elif len(description) > 200:
        errors["description"] = _t(
            QT_TRANSLATE_NOOP("errors", "Keep the description under 200 characters.")
        )
    if amount is None or not Decimal(amount).is_finite() or to_fen(amount) == 0:
        errors["amount"] = _t(QT_TRANSLATE_NOOP("errors", "Give an amount other than ¥0."))
    if errors:
        raise ValidationError(errors)
    with db.uow(summary="add one-off fee") as uow:
        if uow.session.get(Tenant, tenant_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
        fee = OneOffFee(
            tenant_id=tenant_id,
            charged_on=charged_on,
            description=description,
            amount=to_fen(amount),
            notes=notes.strip(),
        )
        uow.session.add(fee)
        uow.commit()
        return fee.id


@requires(Action.BILLING)
def cancel_fee(db: Store, fee_id: int, expected_version: int | None = None) -> None:
    """Withdraw a fee; if it was billed, the next run credits it."""
    with db.uow(summary="cancel one-off fee") as uow:
        fee = uow.get(OneOffFee, fee_id, expected_version)
        fee.status = FeeStatus.CANCELLED
        uow.commit()


def list_fees(
    db: Store, start: dt.date, end: dt.date, tenant_id: int | None = None
) -> list[FeeRow]:
    """Fees dated from `start` to `end`, newest first (cancelled ones included, marked)."""
    with db.read() as s:
        q = (
            select(OneOffFee, Tenant.name_zh, Tenant.name_en)
            .join(Tenant, Tenant.id == OneOffFee.tenant_id)
            .where(OneOffFee.charged_on.between(start, end))
            .order_by(OneOffFee.charged_on.desc(), OneOffFee.id.desc())
        )
        if tenant_id is not None:
            q = q.where(OneOffFee.tenant_id == tenant_id)
        return [
            FeeRow(
                f.id,
                f.version,
                f.tenant_id,
                zh or en,
                f.charged_on,
                f.description,
                f.amount,
                f.status,
                f.notes,
            )
            for f, zh, en in s.execute(q)
        ]


__all__ = ["FeeRow", "add_fee", "cancel_fee", "list_fees"]
