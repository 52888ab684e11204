"""Funds and loan products, and each fund's position: committed, disbursed, available."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import money
from ...core.vocabularies import DisbursementStatus, FundKind
from ...db import Store
from ...models import Disbursement, Fund, FundApplication
from ..access import Action, requires
from .pipeline import COMMITTED
from .sums import ZERO, committed, fen

_t = Translator("funding")


@dataclass(frozen=True)
class FundData:
    name: str
    kind: FundKind
    total_size: Decimal
    start_year: int
    per_deal_cap: Decimal | None = None
    interest_rate: Decimal | None = None
    interest_subsidy_share: Decimal | None = None
    guarantee_fee_subsidy_share: Decimal | None = None
    open_for_applications: bool = True
    notes: str = ""


@dataclass(frozen=True)
class FundRow:
    """A fund with its position at a glance."""

    id: int
    version: int
    data: FundData
    committed: Decimal
    disbursed: Decimal
    deals: int
    applications: int

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def available(self) -> Decimal:
        return self.data.total_size - self.committed


def _fund_data(f: Fund) -> FundData:
    return FundData(
        name=f.name,
        kind=f.kind,
        total_size=f.total_size,
        start_year=f.start_year,
        per_deal_cap=f.per_deal_cap,
        interest_rate=f.interest_rate,
        interest_subsidy_share=f.interest_subsidy_share,
        guarantee_fee_subsidy_share=f.guarantee_fee_subsidy_share,
        open_for_applications=f.open_for_applications,
        notes=f.notes,
    )


def funds(db: Store) -> list[FundRow]:
    """Every fund with committed, disbursed, available and the number of deals."""
    with db.read() as s:
        committed_by_fund = {
            fund_id: (fen(total), int(n))
            for fund_id, total, n in s.execute(
                select(
                    FundApplication.fund_id,
                    func.sum(FundApplication.amount_approved),
                    func.count(),
                )
                .where(FundApplication.status.in_(COMMITTED))
                .group_by(FundApplication.fund_id)
            )
        }
        counts = dict(
            s.execute(
                select(FundApplication.fund_id, func.count()).group_by(FundApplication.fund_id)
            ).all()
        )
        paid = {
            fund_id: fen(total)
            for fund_id, total in s.execute(
                select(FundApplication.fund_id, func.sum(Disbursement.amount))
                .join(Disbursement, Disbursement.application_id == FundApplication.id)
                .where(Disbursement.status == DisbursementStatus.PAID)
                .group_by(FundApplication.fund_id)
            )
        }
        out = []
        for f in s.scalars(select(Fund).order_by(Fund.start_year, Fund.name)):
            c, deals = committed_by_fund.get(f.id, (ZERO, 0))
            out.append(
                FundRow(f.id, f.version, _fund_data(f), c, paid.get(f.id, ZERO), deals,
                        int(counts.get(f.id, 0)))
            )  # fmt: skip
        return out


def fund(db: Store, fund_id: int) -> FundRow:
    for row in funds(db):
        if row.id == fund_id:
            return row
    raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _percent_ok(value: Decimal | None) -> bool:
    return value is None or (0 <= value <= 100)


def _validate_fund(s: Session, data: FundData, fund_id: int | None) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = _t(QT_TRANSLATE_NOOP("funding", "Give the fund a name."))
    else:
        other = s.scalar(select(Fund.id).where(Fund.name == data.name.strip()))
        if other is not None and other != fund_id:
            errors["name"] = _t(
                QT_TRANSLATE_NOOP("funding", "Another fund is already called {name}."),
                name=data.name.strip(),
            )
    if data.total_size < 0:
        errors["total_size"] = _t(QT_TRANSLATE_NOOP("funding", "The size cannot be negative."))
    if data.per_deal_cap is not None:
        if data.per_deal_cap <= 0:
            errors["per_deal_cap"] = _t(
                QT_TRANSLATE_NOOP("funding", "The per-deal cap must be more than zero.")
            )
        elif data.per_deal_cap > data.total_size:
            errors["per_deal_cap"] = _t(
                QT_TRANSLATE_NOOP(
                    "funding", "The per-deal cap ({cap}) is above the fund's size ({size})."
                ),
                cap=money(data.per_deal_cap),
                size=money(data.total_size),
            )
    if not 1990 <= data.start_year <= 2100:
        errors["start_year"] = _t(
            QT_TRANSLATE_NOOP("funding", "The start year must be between 1990 and 2100.")
        )
    for key in ("interest_rate", "interest_subsidy_share", "guarantee_fee_subsidy_share"):
        if not _percent_ok(getattr(data, key)):
            errors[key] = _t(
                QT_TRANSLATE_NOOP("funding", "A percentage must be between 0 and 100.")
            )
    if fund_id is not None and "total_size" not in errors:
        already = committed(s, fund_id)
        if data.total_size < already:
            errors["total_size"] = _t(
                QT_TRANSLATE_NOOP(
                    "funding", "{committed} is already committed; the size cannot be below it."
                ),
                committed=money(already),
            )
    if errors:
        raise ValidationError(errors)


@requires(Action.FUNDING)
def save_fund(
    db: Store, data: FundData, fund_id: int | None = None, expected_version: int | None = None
) -> int:
    """Create a fund (fund_id None) or change one; returns its id."""
    data = dataclasses.replace(
        data, name=data.name.strip(), notes=data.notes.strip(), kind=FundKind(data.kind)
    )
    with db.uow(summary=f"fund {data.name}") as uow:
        if fund_id is not None:  # its committed total is checked below: hold it still
            uow.lock(Fund, fund_id, expected_version)
        _validate_fund(uow.session, data, fund_id)
        values = dataclasses.asdict(data)
        if fund_id is None:
            f = Fund(**values)
            uow.session.add(f)
        else:
            f = uow.get(Fund, fund_id, expected_version)
            for key, value in values.items():
                setattr(f, key, value)
        uow.commit()
        return f.id


@requires(Action.FUNDING)
def delete_fund(db: Store, fund_id: int, expected_version: int | None = None) -> None:
    """Delete a fund nobody has applied to (one with applications is closed instead)."""
    with db.uow(summary="delete fund") as uow:
        f = uow.get(Fund, fund_id, expected_version)
        n = uow.session.scalar(
            select(func.count()).select_from(FundApplication).where(FundApplication.fund_id == f.id)
        )
        if n:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} has {n} application(s) and cannot be deleted; close it for "
                    "applications instead.",
                ),
                name=f.name,
                n=n,
            )
        uow.session.delete(f)
        uow.commit()
