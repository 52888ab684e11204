"""The sums of money the funding rules read: committed from a fund, scheduled and paid on an
application."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.vocabularies import DisbursementStatus
from ...models import Disbursement, FundApplication
from .pipeline import COMMITTED

ZERO = Decimal("0.00")
FEN = Decimal("0.01")


def fen(value: object) -> Decimal:
    """A sum from the database (None when nothing was summed) as yuan to the fen."""
    return Decimal(str(value or 0)).quantize(FEN)


def committed(s: Session, fund_id: int, excluding: int | None = None) -> Decimal:
    """What a fund has committed: the approved amounts of its applications from approval on."""
    stmt = select(func.coalesce(func.sum(FundApplication.amount_approved), 0)).where(
        FundApplication.fund_id == fund_id, FundApplication.status.in_(COMMITTED)
    )
    if excluding is not None:
        stmt = stmt.where(FundApplication.id != excluding)
    return fen(s.scalar(stmt))


def paid_total(s: Session, app_id: int) -> Decimal:
    """The tranches of an application that were paid."""
    return fen(
        s.scalar(
            select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
                Disbursement.application_id == app_id,
                Disbursement.status == DisbursementStatus.PAID,
            )
        )
    )


def scheduled_total(s: Session, app_id: int) -> Decimal:
    """The tranches of an application planned or paid (not cancelled)."""
    return fen(
        s.scalar(
            select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
                Disbursement.application_id == app_id,
                Disbursement.status != DisbursementStatus.CANCELLED,
            )
        )
    )
