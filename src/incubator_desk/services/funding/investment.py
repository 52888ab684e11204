"""The money a tenant has received: cumulative investment (the figure the graduation rule
reads) and the tenant's Funding tab."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    and_,
    func,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.periods import period_text, quarter_end, quarter_of
from ...core.vocabularies import (
    INVESTMENT_INSTRUMENTS,
    ApplicationStatus,
    DisbursementStatus,
    Instrument,
)
from ...db import Store
from ...models import Disbursement, Fund, FundApplication, InvestmentReceived
from .assignments import visible_filter
from .sums import ZERO, fen

_t = Translator("funding")


@dataclass(frozen=True)
class InvestmentSource:
    """One amount counted in a tenant's cumulative investment, as evidence."""

    date: dt.date
    source: str  # investor (and round), or fund (and tranche)
    amount: Decimal
    kind: str  # "outside" (quarterly figures) or "fund" (the incubator's own funds)


@dataclass(frozen=True)
class InvestmentTotal:
    """A tenant's cumulative investment up to a date: outside money plus the incubator's
    equity/convertible-note disbursements."""

    outside: Decimal
    from_funds: Decimal
    total: Decimal
    sources: list[InvestmentSource] = field(default_factory=list)


@dataclass(frozen=True)
class _Outside:
    tenant_id: int
    date: dt.date  # received_on, else the end of its quarter
    year: int
    quarter: int
    investor: str
    round: str
    amount: Decimal


def _outside(s: Session, tenant_ids: Sequence[int] | None, up_to: dt.date | None) -> list[_Outside]:
    """Outside investment from the quarterly figures, dated by `received_on`, else by the end
    of its quarter, up to `up_to` (inclusive)."""
    stmt = select(
        InvestmentReceived.tenant_id,
        InvestmentReceived.year,
        InvestmentReceived.quarter,
        InvestmentReceived.received_on,
        InvestmentReceived.investor,
        InvestmentReceived.round,
        InvestmentReceived.amount,
    )
    if tenant_ids is not None:
        stmt = stmt.where(InvestmentReceived.tenant_id.in_(tenant_ids))
    out = []
    for r in s.execute(stmt):
        on = r.received_on or quarter_end(r.year, r.quarter)
        if up_to is None or on <= up_to:
            out.append(_Outside(r.tenant_id, on, r.year, r.quarter, r.investor, r.round, r.amount))
    return out


def _paid_as_investment() -> tuple[ColumnElement[bool], ...]:
    """The incubator's own money that counts as investment: equity and convertible-note
    tranches actually paid."""
    return (
        Disbursement.status == DisbursementStatus.PAID,
        Disbursement.paid_on.is_not(None),
        FundApplication.instrument.in_(INVESTMENT_INSTRUMENTS),
    )


def _fund_rows(
    s: Session, tenant_ids: Sequence[int] | None, up_to: dt.date | None
) -> list[tuple[int, dt.date, str, int, Decimal]]:
    """The incubator's own money that counts as investment: equity and convertible-note
    tranches paid up to `up_to` (inclusive)."""
    stmt = (
        select(
            FundApplication.tenant_id,
            Disbursement.paid_on,
            Fund.name,
            Disbursement.tranche_no,
            Disbursement.amount,
        )
        .join(Disbursement, Disbursement.application_id == FundApplication.id)
        .join(Fund, Fund.id == FundApplication.fund_id)
        .where(*_paid_as_investment())
    )
    if tenant_ids is not None:
        stmt = stmt.where(FundApplication.tenant_id.in_(tenant_ids))
    if up_to is not None:
        stmt = stmt.where(Disbursement.paid_on <= up_to)
    return [(t, on, f, n, a) for t, on, f, n, a in s.execute(stmt) if on is not None]


def _received_by(up_to: dt.date) -> ColumnElement[bool]:
    """`_outside`'s rule in SQL: received by `up_to` by `received_on`, else by the end of its
    quarter. (tests/integration/test_graduation_fast_path.py holds the two to the same answers.)"""
    year, quarter = quarter_of(up_to)
    last = year * 4 + quarter  # the quarters that have ended by `up_to`, numbered y * 4 + q
    if up_to != quarter_end(year, quarter):
        last -= 1
    received_on = InvestmentReceived.received_on
    return or_(
        and_(received_on.is_not(None), received_on <= up_to),
        and_(
            received_on.is_(None),
            InvestmentReceived.year * 4 + InvestmentReceived.quarter <= last,
        ),
    )


@dataclass(frozen=True)
class CountedInvestment:
    """A tenant's cumulative investment, and the quarters its outside money was recorded for."""

    total: Decimal
    outside_quarters: tuple[tuple[int, int], ...]  # (year, quarter), in order


def counted_investments(
    db: Store, up_to: dt.date | None = None, tenant_ids: Sequence[int] | None = None
) -> dict[int, CountedInvestment]:
    """`cumulative_investment`'s total for many tenants at once, added up by the database
    (two queries), with the quarters of the outside money; tenants with none are left out."""
    amount = func.sum(type_coerce(InvestmentReceived.amount, BigInteger))  # fen
    outside = (
        select(
            InvestmentReceived.tenant_id,
            InvestmentReceived.year,
            InvestmentReceived.quarter,
            amount,
        )
        .group_by(InvestmentReceived.tenant_id, InvestmentReceived.year, InvestmentReceived.quarter)
        .order_by(InvestmentReceived.tenant_id, InvestmentReceived.year, InvestmentReceived.quarter)
    )
    paid = func.sum(type_coerce(Disbursement.amount, BigInteger))  # fen
    funds = (
        select(FundApplication.tenant_id, paid)
        .join(Disbursement, Disbursement.application_id == FundApplication.id)
        .join(Fund, Fund.id == FundApplication.fund_id)
        .where(*_paid_as_investment())
        .group_by(FundApplication.tenant_id)
    )
    if up_to is not None:
        outside = outside.where(_received_by(up_to))
        funds = funds.where(Disbursement.paid_on <= up_to)
    if tenant_ids is not None:
        outside = outside.where(InvestmentReceived.tenant_id.in_(tenant_ids))
        funds = funds.where(FundApplication.tenant_id.in_(tenant_ids))
    totals: dict[int, int] = defaultdict(int)
    quarters: dict[int, list[tuple[int, int]]] = defaultdict(list)
    with db.read() as s:
        for tenant_id, year, quarter, fen_ in s.execute(outside):
            totals[tenant_id] += int(fen_)
            quarters[tenant_id].append((year, quarter))
        for tenant_id, fen_ in s.execute(funds):
            totals[tenant_id] += int(fen_)
    return {
        tid: CountedInvestment(Decimal(total).scaleb(-2), tuple(quarters.get(tid, ())))
        for tid, total in totals.items()
    }


def invested_by(up_to: dt.date) -> Select[tuple[int, int]]:
    """SQL: each tenant's cumulative investment up to `up_to` (inclusive) in fen, as rows
    (tenant_id, fen), added up as `cumulative_investment` does: for queries that compare it."""
    outside = select(
        InvestmentReceived.tenant_id.label("tenant_id"),
        type_coerce(InvestmentReceived.amount, BigInteger).label("fen"),
    ).where(_received_by(up_to))
    funds = (
        select(
            FundApplication.tenant_id.label("tenant_id"),
            type_coerce(Disbursement.amount, BigInteger).label("fen"),
        )
        .join(Disbursement, Disbursement.application_id == FundApplication.id)
        .join(Fund, Fund.id == FundApplication.fund_id)
        .where(*_paid_as_investment(), Disbursement.paid_on <= up_to)
    )
    both = union_all(outside, funds).subquery()
    return select(both.c.tenant_id, func.sum(both.c.fen).label("fen")).group_by(both.c.tenant_id)


def cumulative_investment(
    db: Store, tenant_id: int, up_to: dt.date | None = None
) -> InvestmentTotal:
    """Investment a tenant has received up to `up_to` (inclusive; None: everything recorded).

    Outside investment from the quarterly figures is dated by `received_on`, else by the end
    of its quarter. The incubator's own money counts when it is an equity or convertible-note
    tranche actually paid (grants and loans are not investment).
    """
    sources: list[InvestmentSource] = []
    with db.read() as s:
        for o in _outside(s, [tenant_id], up_to):
            name = f"{o.investor} ({o.round})" if o.round else o.investor
            sources.append(InvestmentSource(o.date, name, o.amount, "outside"))
        for _tenant, paid_on, fund_name, tranche_no, amount in _fund_rows(s, [tenant_id], up_to):
            name = _t(
                QT_TRANSLATE_NOOP("funding", "{fund}, tranche {n}"), fund=fund_name, n=tranche_no
            )
            sources.append(InvestmentSource(paid_on, name, amount, "fund"))
    sources.sort(key=lambda x: (x.date, x.kind, x.source))
    outside = sum((x.amount for x in sources if x.kind == "outside"), ZERO)
    from_funds = sum((x.amount for x in sources if x.kind == "fund"), ZERO)
    return InvestmentTotal(outside, from_funds, outside + from_funds, sources)


def cumulative_investments(
    db: Store, up_to: dt.date | None = None, tenant_ids: Sequence[int] | None = None
) -> dict[int, Decimal]:
    """The same total as `cumulative_investment`, for many tenants at once (tenant id → yuan);
    tenants with no investment are left out."""
    return {tid: c.total for tid, c in counted_investments(db, up_to, tenant_ids).items()}


# --------------------------------------------------------------------------------------------
# A tenant's funding (the tenant-detail tab)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TenantApplicationRow:
    id: int
    fund: str
    instrument: Instrument
    amount_requested: Decimal
    amount_approved: Decimal | None
    paid: Decimal
    status: ApplicationStatus
    status_since: dt.datetime


@dataclass(frozen=True)
class PaymentRow:
    date: dt.date
    fund: str
    instrument: Instrument
    tranche_no: int
    amount: Decimal
    counts_as_investment: bool


@dataclass(frozen=True)
class OutsideInvestmentRow:
    date: dt.date
    period: str
    investor: str
    round: str
    amount: Decimal


@dataclass(frozen=True)
class TenantFunding:
    applications: list[TenantApplicationRow]
    payments: list[PaymentRow]
    outside: list[OutsideInvestmentRow]
    investment: InvestmentTotal

    @property
    def received_from_funds(self) -> Decimal:
        return sum((p.amount for p in self.payments), ZERO)


def tenant_funding(db: Store, tenant_id: int, up_to: dt.date | None = None) -> TenantFunding:
    """A tenant's applications, the money paid to it from every fund, and its investment.

    A reviewer is shown only the applications assigned to them; the money received stays
    (it is the tenant's record, not the committee's)."""
    visible = visible_filter(db)
    with db.read() as s:
        paid_by_app = dict(
            s.execute(
                select(Disbursement.application_id, func.sum(Disbursement.amount))
                .join(FundApplication, FundApplication.id == Disbursement.application_id)
                .where(
                    FundApplication.tenant_id == tenant_id,
                    Disbursement.status == DisbursementStatus.PAID,
                )
                .group_by(Disbursement.application_id)
            ).all()
        )
        apps = [
            TenantApplicationRow(a.id, name, a.instrument, a.amount_requested, a.amount_approved,
                                 fen(paid_by_app.get(a.id)), a.status, a.status_since)
            for a, name in s.execute(
                select(FundApplication, Fund.name)
                .join(Fund, Fund.id == FundApplication.fund_id)
                .where(FundApplication.tenant_id == tenant_id)
                .where(FundApplication.id.in_(visible) if visible is not None else true())
                .order_by(FundApplication.status_since.desc())
            )
        ]  # fmt: skip
        pay_stmt = (
            select(Disbursement.paid_on, Fund.name, FundApplication.instrument,
                   Disbursement.tranche_no, Disbursement.amount)
            .join(FundApplication, FundApplication.id == Disbursement.application_id)
            .join(Fund, Fund.id == FundApplication.fund_id)
            .where(FundApplication.tenant_id == tenant_id,
                   Disbursement.status == DisbursementStatus.PAID,
                   Disbursement.paid_on.is_not(None))
            .order_by(Disbursement.paid_on)
        )  # fmt: skip
        if up_to is not None:
            pay_stmt = pay_stmt.where(Disbursement.paid_on <= up_to)
        payments = [
            PaymentRow(d, f, i, n, a, i in INVESTMENT_INSTRUMENTS)
            for d, f, i, n, a in s.execute(pay_stmt)
            if d is not None
        ]
        outside = sorted(
            (
                OutsideInvestmentRow(o.date, period_text(o.year, o.quarter), o.investor, o.round,
                                     o.amount)
                for o in _outside(s, [tenant_id], up_to)
            ),
            key=lambda x: x.date,
        )  # fmt: skip
    return TenantFunding(apps, payments, outside, cumulative_investment(db, tenant_id, up_to))
