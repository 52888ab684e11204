"""Disbursements: the tranches of an approved application, planned, paid or cancelled, never
more than was approved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import DisbursementStatus
from ...db import Store
from ...models import Disbursement, FundApplication
from ..access import Action, requires
from .applications import apply_move
from .pipeline import PAYABLE, TRANCHE_STEPS, S
from .sums import ZERO, scheduled_total

_t = Translator("funding")


@dataclass(frozen=True)
class TrancheRow:
    id: int
    version: int
    tranche_no: int
    amount: Decimal
    planned_on: dt.date | None
    paid_on: dt.date | None
    milestone: str
    status: DisbursementStatus


@requires(Action.DISBURSE)
def add_tranche(
    db: Store,
    app_id: int,
    amount: Decimal,
    planned_on: dt.date | None,
    milestone: str = "",
    paid_on: dt.date | None = None,
) -> int:
    """Plan a tranche (or record one paid at once); never above what was approved."""
    if amount is None or amount <= 0:
        raise ValidationError(
            {"amount": _t(QT_TRANSLATE_NOOP("funding", "The amount must be more than zero."))}
        )
    with db.uow(summary=f"tranche of application {app_id}") as uow:
        s = uow.session
        app = uow.lock(FundApplication, app_id)  # the tranche total below must hold
        if app.status not in TRANCHE_STEPS:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tranches are planned once the application is approved; this one is {status}.",
                ),
                status=label(app.status),
            )
        approved = app.amount_approved or ZERO
        scheduled = scheduled_total(s, app_id)
        if scheduled + amount > approved:
            raise ValidationError(
                {
                    "amount": _t(
                        QT_TRANSLATE_NOOP(
                            "funding",
                            "{amount} would take the tranches to {total}, above the {approved} "
                            "approved ({left} left).",
                        ),
                        amount=money(amount),
                        total=money(scheduled + amount),
                        approved=money(approved),
                        left=money(approved - scheduled),
                    )
                }
            )
        if paid_on is not None and app.status not in PAYABLE:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Money is paid only after the agreement is signed.")
            )
        n = (s.scalar(select(func.max(Disbursement.tranche_no)).where(
            Disbursement.application_id == app_id)) or 0) + 1  # fmt: skip
        row = Disbursement(
            application_id=app_id,
            tranche_no=n,
            amount=amount,
            planned_on=planned_on,
            paid_on=paid_on,
            milestone=milestone.strip(),
            status=DisbursementStatus.PAID if paid_on else DisbursementStatus.PLANNED,
        )
        s.add(row)
        s.flush()
        if paid_on is not None and app.status is S.AGREEMENT_SIGNED:
            apply_move(
                uow, app, S.DISBURSED, _t(QT_TRANSLATE_NOOP("funding", "Tranche {n} paid"), n=n)
            )
        uow.commit()
        return row.id


@requires(Action.DISBURSE)
def pay_tranche(
    db: Store, tranche_id: int, paid_on: dt.date, expected_version: int | None = None
) -> None:
    """Mark a planned tranche paid; the first payment moves the application to Disbursed."""
    with db.uow(summary="tranche paid") as uow:
        row = uow.get(Disbursement, tranche_id, expected_version)
        # Two tranches of one application paid at once take turns: the second sees the
        # application already disbursed instead of failing on its changed version.
        app = uow.lock(FundApplication, row.application_id)
        if row.status is not DisbursementStatus.PLANNED:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Tranche {n} is {status}, not planned."),
                n=row.tranche_no,
                status=row.status.value,
            )
        if app.status not in PAYABLE:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Money is paid only after the agreement is signed.")
            )
        row.status = DisbursementStatus.PAID
        row.paid_on = paid_on
        uow.session.flush()
        if app.status is S.AGREEMENT_SIGNED:
            apply_move(
                uow, app, S.DISBURSED,
                _t(QT_TRANSLATE_NOOP("funding", "Tranche {n} paid"), n=row.tranche_no),
            )  # fmt: skip
        uow.commit()


@requires(Action.DISBURSE)
def cancel_tranche(db: Store, tranche_id: int, expected_version: int | None = None) -> None:
    with db.uow(summary="tranche cancelled") as uow:
        row = uow.get(Disbursement, tranche_id, expected_version)
        if row.status is not DisbursementStatus.PLANNED:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Only a planned tranche can be cancelled.")
            )
        row.status = DisbursementStatus.CANCELLED
        uow.commit()
