"""Funds, applications and their pipeline, reviews, committee, disbursements and the money
a tenant has received (the figure the graduation rule "cumulative investment" reads)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, String, case, func, literal, select, type_coerce

from .. import paths
from ..core.errors import ConflictError, NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ..core.labels import label, operator_label
from ..core.money import money
from ..core.periods import quarter_end
from ..core.vocabularies import (
    ApplicationStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    FundKind,
    Instrument,
)
from ..db import Database
from ..models import (
    ApplicationDocument,
    ApplicationMove,
    CommitteeDecision,
    Disbursement,
    Fund,
    FundApplication,
    InvestmentReceived,
    Operator,
    Review,
    Tenant,
)
from ..models.base import utcnow
from . import settings as settings_service

S = ApplicationStatus
CTX = "funding"
ZERO = Decimal("0.00")
FEN = Decimal("0.01")

# Instruments whose money counts as investment (equity and convertible notes), not grants/loans.
INVESTMENT_INSTRUMENTS = (Instrument.EQUITY, Instrument.CONVERTIBLE_NOTE)


_t = Translator(CTX)


# --------------------------------------------------------------------------------------------
# Cumulative investment (the graduation rule's figure)
# --------------------------------------------------------------------------------------------


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


def _outside_rows(s: Any, tenant_ids: Sequence[int] | None) -> Iterable[Any]:
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
    return s.execute(stmt)


def _fund_rows(s: Any, tenant_ids: Sequence[int] | None, up_to: dt.date | None) -> Iterable[Any]:
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
        .where(
            Disbursement.status == DisbursementStatus.PAID,
            Disbursement.paid_on.is_not(None),
            FundApplication.instrument.in_(INVESTMENT_INSTRUMENTS),
        )
    )
    if tenant_ids is not None:
        stmt = stmt.where(FundApplication.tenant_id.in_(tenant_ids))
    if up_to is not None:
        stmt = stmt.where(Disbursement.paid_on <= up_to)
    return s.execute(stmt)


def cumulative_investment(
    db: Database, tenant_id: int, up_to: dt.date | None = None
) -> InvestmentTotal:
    """Investment a tenant has received up to `up_to` (inclusive; None: everything recorded).

    Outside investment from the quarterly figures is dated by `received_on`, else by the end
    of its quarter. The incubator's own money counts when it is an equity or convertible-note
    tranche actually paid (grants and loans are not investment).
    """
    sources: list[InvestmentSource] = []
    with db.read() as s:
        for r in _outside_rows(s, [tenant_id]):
            on = r.received_on or quarter_end(r.year, r.quarter)
            if up_to is None or on <= up_to:
                name = f"{r.investor} ({r.round})" if r.round else r.investor
                sources.append(InvestmentSource(on, name, r.amount, "outside"))
        for r in _fund_rows(s, [tenant_id], up_to):
            name = _t(
                QT_TRANSLATE_NOOP("funding", "{fund}, tranche {n}"), fund=r.name, n=r.tranche_no
            )
            sources.append(InvestmentSource(r.paid_on, name, r.amount, "fund"))
    sources.sort(key=lambda x: (x.date, x.kind, x.source))
    outside = sum((x.amount for x in sources if x.kind == "outside"), ZERO)
    from_funds = sum((x.amount for x in sources if x.kind == "fund"), ZERO)
    return InvestmentTotal(outside, from_funds, outside + from_funds, sources)


def cumulative_investments(
    db: Database, up_to: dt.date | None = None, tenant_ids: Sequence[int] | None = None
) -> dict[int, Decimal]:
    """The same total as `cumulative_investment`, for many tenants at once (tenant id → yuan);
    tenants with no investment are left out."""
    totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    with db.read() as s:
        for r in _outside_rows(s, tenant_ids):
            on = r.received_on or quarter_end(r.year, r.quarter)
            if up_to is None or on <= up_to:
                totals[r.tenant_id] += r.amount
        for r in _fund_rows(s, tenant_ids, up_to):
            totals[r.tenant_id] += r.amount
    return dict(totals)


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------

PIPELINE: tuple[ApplicationStatus, ...] = (
    S.DRAFT,
    S.SUBMITTED,
    S.SCREENING,
    S.DUE_DILIGENCE,
    S.COMMITTEE,
    S.APPROVED,
    S.AGREEMENT_SIGNED,
    S.DISBURSED,
    S.CLOSED,
)
BOARD_COLUMNS: tuple[ApplicationStatus, ...] = (
    *PIPELINE[:6],
    S.REJECTED,
    S.WITHDRAWN,
    *PIPELINE[6:],
)
OPEN_STEPS = (S.DRAFT, S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE, S.APPROVED)
COMMITTED = (S.APPROVED, S.AGREEMENT_SIGNED, S.DISBURSED, S.CLOSED)
ENDED = (S.REJECTED, S.WITHDRAWN, S.CLOSED)
EDITABLE = (S.DRAFT, S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE)

TRANSITIONS: dict[ApplicationStatus, tuple[ApplicationStatus, ...]] = {
    S.DRAFT: (S.SUBMITTED, S.WITHDRAWN),
    S.SUBMITTED: (S.SCREENING, S.WITHDRAWN),
    S.SCREENING: (S.DUE_DILIGENCE, S.REJECTED, S.WITHDRAWN),
    S.DUE_DILIGENCE: (S.COMMITTEE, S.REJECTED, S.WITHDRAWN),
    S.COMMITTEE: (S.APPROVED, S.REJECTED, S.WITHDRAWN),
    S.APPROVED: (S.AGREEMENT_SIGNED, S.WITHDRAWN),
    S.AGREEMENT_SIGNED: (S.DISBURSED,),
    S.DISBURSED: (S.CLOSED,),
    S.REJECTED: (),
    S.WITHDRAWN: (),
    S.CLOSED: (),
}


def allowed_moves(status: ApplicationStatus) -> tuple[ApplicationStatus, ...]:
    return TRANSITIONS[status]


# --------------------------------------------------------------------------------------------
# Funds
# --------------------------------------------------------------------------------------------


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


def _committed(s: Any, fund_id: int, excluding: int | None = None) -> Decimal:
    stmt = select(func.coalesce(func.sum(FundApplication.amount_approved), 0)).where(
        FundApplication.fund_id == fund_id, FundApplication.status.in_(COMMITTED)
    )
    if excluding is not None:
        stmt = stmt.where(FundApplication.id != excluding)
    return Decimal(s.scalar(stmt) or 0).quantize(FEN)


def funds(db: Database) -> list[FundRow]:
    """Every fund with committed, disbursed, available and the number of deals."""
    with db.read() as s:
        committed = {
            r[0]: (Decimal(r[1] or 0).quantize(FEN), int(r[2]))
            for r in s.execute(
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
            r[0]: Decimal(r[1] or 0).quantize(FEN)
            for r in s.execute(
                select(FundApplication.fund_id, func.sum(Disbursement.amount))
                .join(Disbursement, Disbursement.application_id == FundApplication.id)
                .where(Disbursement.status == DisbursementStatus.PAID)
                .group_by(FundApplication.fund_id)
            )
        }
        out = []
        for f in s.scalars(select(Fund).order_by(Fund.start_year, Fund.name)):
            c, deals = committed.get(f.id, (ZERO, 0))
            out.append(
                FundRow(f.id, f.version, _fund_data(f), c, paid.get(f.id, ZERO), deals,
                        int(counts.get(f.id, 0)))
            )  # fmt: skip
        return out


def fund(db: Database, fund_id: int) -> FundRow:
    for row in funds(db):
        if row.id == fund_id:
            return row
    raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _percent_ok(value: Decimal | None) -> bool:
    return value is None or (0 <= value <= 100)


def _validate_fund(s: Any, data: FundData, fund_id: int | None) -> None:
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
        committed = _committed(s, fund_id)
        if data.total_size < committed:
            errors["total_size"] = _t(
                QT_TRANSLATE_NOOP(
                    "funding", "{committed} is already committed; the size cannot be below it."
                ),
                committed=money(committed),
            )
    if errors:
        raise ValidationError(errors)


def save_fund(
    db: Database, data: FundData, fund_id: int | None = None, expected_version: int | None = None
) -> int:
    """Create a fund (fund_id None) or change one; returns its id."""
    data = FundData(
        **{
            **data.__dict__,
            "name": data.name.strip(),
            "notes": data.notes.strip(),
            "kind": FundKind(data.kind),
        }
    )
    with db.uow(summary=f"fund {data.name}") as uow:
        _validate_fund(uow.session, data, fund_id)
        if fund_id is None:
            f = Fund(**data.__dict__)
            uow.session.add(f)
        else:
            f = uow.get(Fund, fund_id, expected_version)
            for key, value in data.__dict__.items():
                setattr(f, key, value)
        uow.commit()
        return f.id


def delete_fund(db: Database, fund_id: int, expected_version: int | None = None) -> None:
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


# --------------------------------------------------------------------------------------------
# Applications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationData:
    fund_id: int
    tenant_id: int
    amount_requested: Decimal
    instrument: Instrument
    pre_money_valuation: Decimal | None = None
    stake_percent: Decimal | None = None  # None with a valuation: computed post-money
    use_of_funds: str = ""
    milestones: str = ""


def resulting_stake(amount: Decimal, pre_money: Decimal) -> Decimal:
    """The stake an investment buys at a pre-money valuation, in percent of post-money."""
    return (amount * 100 / (pre_money + amount)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def _open_duplicate(s: Any, tenant_id: int, fund_id: int, excluding: int | None) -> Any:
    stmt = select(FundApplication).where(
        FundApplication.tenant_id == tenant_id,
        FundApplication.fund_id == fund_id,
        FundApplication.status.not_in(ENDED),
    )
    if excluding is not None:
        stmt = stmt.where(FundApplication.id != excluding)
    return s.scalars(stmt.limit(1)).first()


def _local_date(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


def _validate_application(s: Any, data: ApplicationData, app_id: int | None) -> ApplicationData:
    data = ApplicationData(**{**data.__dict__, "instrument": Instrument(data.instrument)})
    errors: dict[str, str] = {}
    f = s.get(Fund, data.fund_id)
    if f is None:
        errors["fund_id"] = _t(QT_TRANSLATE_NOOP("funding", "Choose a fund."))
    elif app_id is None and not f.open_for_applications:
        errors["fund_id"] = _t(
            QT_TRANSLATE_NOOP("funding", "{name} is not open for applications."), name=f.name
        )
    if s.get(Tenant, data.tenant_id) is None:
        errors["tenant_id"] = _t(QT_TRANSLATE_NOOP("funding", "Choose a tenant."))
    if data.amount_requested is None or data.amount_requested <= 0:
        errors["amount_requested"] = _t(
            QT_TRANSLATE_NOOP("funding", "The amount must be more than zero.")
        )
    elif f is not None and f.per_deal_cap is not None and data.amount_requested > f.per_deal_cap:
        errors["amount_requested"] = _t(
            QT_TRANSLATE_NOOP("funding", "{amount} is above {fund}'s per-deal cap of {cap}."),
            amount=money(data.amount_requested),
            fund=f.name,
            cap=money(f.per_deal_cap),
        )
    stake = data.stake_percent
    if data.pre_money_valuation is not None and data.pre_money_valuation <= 0:
        errors["pre_money_valuation"] = _t(
            QT_TRANSLATE_NOOP("funding", "The pre-money valuation must be more than zero.")
        )
    if data.instrument is Instrument.EQUITY and data.pre_money_valuation is None:
        errors["pre_money_valuation"] = _t(
            QT_TRANSLATE_NOOP("funding", "An equity investment needs the pre-money valuation.")
        )
    if stake is not None and not (0 < stake <= 100):
        errors["stake_percent"] = _t(
            QT_TRANSLATE_NOOP("funding", "The stake must be more than 0 % and at most 100 %.")
        )
    if (
        stake is None
        and "pre_money_valuation" not in errors
        and "amount_requested" not in errors
        and data.pre_money_valuation is not None
        and data.instrument in INVESTMENT_INSTRUMENTS
    ):
        stake = resulting_stake(data.amount_requested, data.pre_money_valuation)
    if data.instrument not in INVESTMENT_INSTRUMENTS:
        stake = None
    if errors:
        raise ValidationError(errors)
    other = _open_duplicate(s, data.tenant_id, data.fund_id, app_id)
    if other is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This tenant already has an open application to {fund} (no. {id}, {status} "
                "since {since}). Finish or withdraw it first.",
            ),
            fund=f.name if f else "",
            id=other.id,
            status=label(other.status),
            since=_local_date(other.status_since).isoformat(),
        )
    return ApplicationData(
        **{
            **data.__dict__,
            "stake_percent": stake,
            "use_of_funds": data.use_of_funds.strip(),
            "milestones": data.milestones.strip(),
        }
    )


def _record_move(
    uow: Any, app: FundApplication, to: ApplicationStatus, comment: str, at: dt.datetime | None
) -> None:
    at = at or utcnow()
    uow.session.add(
        ApplicationMove(
            application_id=app.id,
            from_status=None if app.status is None else app.status,
            to_status=to,
            at=at,
            operator_id=uow.operator_id,
            comment=comment.strip(),
        )
    )
    app.status = to
    app.status_since = at


def tenant_choices(db: Database) -> list[tuple[int, str]]:
    """Tenants that may apply (not archived), by name."""
    with db.read() as s:
        return [
            (r[0], r[1])
            for r in s.execute(
                select(Tenant.id, Tenant.name_zh)
                .where(Tenant.archived_at.is_(None))
                .order_by(Tenant.name_zh)
            )
        ]


def create_application(db: Database, data: ApplicationData, comment: str = "") -> int:
    with db.uow(summary="new application") as uow:
        data = _validate_application(uow.session, data, None)
        app = FundApplication(**data.__dict__, status=S.DRAFT, status_since=utcnow())
        uow.session.add(app)
        uow.session.flush()
        uow.session.add(
            ApplicationMove(
                application_id=app.id,
                from_status=None,
                to_status=S.DRAFT,
                at=app.status_since,
                operator_id=uow.operator_id,
                comment=comment.strip(),
            )
        )
        uow.commit()
        return app.id


def update_application(
    db: Database, app_id: int, data: ApplicationData, expected_version: int | None
) -> None:
    with db.uow(summary="edit application") as uow:
        app = uow.get(FundApplication, app_id, expected_version)
        if app.status not in EDITABLE:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors", "An application that is {status} can no longer be edited."
                ),
                status=label(app.status),
            )
        data = _validate_application(uow.session, data, app_id)
        for key, value in data.__dict__.items():
            setattr(app, key, value)
        uow.commit()


def _budget_check(s: Any, app: FundApplication, amount: Decimal) -> None:
    """Refuse an approval above the request, the per-deal cap or the fund's available budget."""
    f = s.get(Fund, app.fund_id)
    if amount <= 0:
        raise ValidationError(
            {
                "amount_approved": _t(
                    QT_TRANSLATE_NOOP("funding", "The amount must be more than zero.")
                )
            }
        )
    if f.per_deal_cap is not None and amount > f.per_deal_cap:
        raise ValidationError(
            {
                "amount_approved": _t(
                    QT_TRANSLATE_NOOP(
                        "funding", "{amount} is above {fund}'s per-deal cap of {cap}."
                    ),
                    amount=money(amount),
                    fund=f.name,
                    cap=money(f.per_deal_cap),
                )
            }
        )
    committed = _committed(s, f.id, excluding=app.id)
    available = f.total_size - committed
    if amount > available:
        raise ValidationError(
            {
                "amount_approved": _t(
                    QT_TRANSLATE_NOOP(
                        "funding",
                        "{amount} is above what {fund} has available: {available} "
                        "(size {size}, already committed {committed}).",
                    ),
                    amount=money(amount),
                    fund=f.name,
                    available=money(available),
                    size=money(f.total_size),
                    committed=money(committed),
                )
            }
        )


def _latest_decision(s: Any, app_id: int) -> CommitteeDecision | None:
    return s.scalars(
        select(CommitteeDecision)
        .where(CommitteeDecision.application_id == app_id)
        .order_by(CommitteeDecision.meeting_date.desc(), CommitteeDecision.id.desc())
        .limit(1)
    ).first()


def _paid_total(s: Any, app_id: int) -> Decimal:
    return Decimal(
        s.scalar(
            select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
                Disbursement.application_id == app_id,
                Disbursement.status == DisbursementStatus.PAID,
            )
        )
        or 0
    ).quantize(FEN)


def _do_move(uow: Any, app: FundApplication, to: ApplicationStatus, comment: str) -> None:
    s = uow.session
    if to not in TRANSITIONS[app.status]:
        allowed = ", ".join(label(x) for x in TRANSITIONS[app.status])
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "An application cannot move from {frm} to {to}. Allowed from here: {allowed}.",
            ),
            frm=label(app.status),
            to=label(to),
            allowed=allowed or translate("errors", QT_TRANSLATE_NOOP("errors", "none")),
        )
    if to is S.APPROVED:
        decision = _latest_decision(s, app.id)
        if decision is None or decision.decision is not CommitteeDecisionKind.APPROVED:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Record the investment committee's approval (with the amount) before "
                    "moving the application to Approved.",
                )
            )
        amount = decision.amount_approved or app.amount_requested
        _budget_check(s, app, amount)
        app.amount_approved = amount
    if to is S.DISBURSED and _paid_total(s, app.id) <= 0:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "Record a paid tranche before moving the application to Disbursed."
            )
        )
    _record_move(uow, app, to, comment, None)


def move_application(
    db: Database,
    app_id: int,
    to: ApplicationStatus,
    comment: str = "",
    expected_version: int | None = None,
) -> None:
    """One pipeline move; only the moves in TRANSITIONS, with their rules."""
    to = ApplicationStatus(to)
    with db.uow(summary=f"application {app_id} → {to.value}") as uow:
        app = uow.get(FundApplication, app_id, expected_version)
        _do_move(uow, app, to, comment)
        uow.commit()


# --------------------------------------------------------------------------------------------
# Review rubric (a setting) and reviews
# --------------------------------------------------------------------------------------------

RUBRIC_KEY = "review_rubric"


@dataclass(frozen=True)
class Criterion:
    key: str
    name_en: str
    name_zh: str
    weight: Decimal

    def display(self, language: str = "en") -> str:
        return self.name_zh if language.startswith("zh") and self.name_zh else self.name_en


@dataclass(frozen=True)
class Rubric:
    criteria: tuple[Criterion, ...]
    scale_min: int = 1
    scale_max: int = 5

    def as_setting(self) -> dict[str, Any]:
        return {
            "scale_min": self.scale_min,
            "scale_max": self.scale_max,
            "criteria": [
                {"key": c.key, "en": c.name_en, "zh": c.name_zh, "weight": str(c.weight)}
                for c in self.criteria
            ],
        }


DEFAULT_RUBRIC = Rubric(
    (
        Criterion("team", "Team", "团队", Decimal(30)),
        Criterion("technology", "Technology", "技术", Decimal(25)),
        Criterion("market", "Market", "市场", Decimal(20)),
        Criterion("traction", "Traction", "进展", Decimal(15)),
        Criterion("fit", "Fit with the incubator", "与孵化器契合度", Decimal(10)),
    )
)
settings_service.DEFAULTS.setdefault(RUBRIC_KEY, DEFAULT_RUBRIC.as_setting())


def _rubric_from(value: Any) -> Rubric:
    try:
        crit = tuple(
            Criterion(str(c["key"]), str(c.get("en", c["key"])), str(c.get("zh", "")),
                      Decimal(str(c.get("weight", 1))))
            for c in value["criteria"]
        )  # fmt: skip
        return Rubric(crit, int(value.get("scale_min", 1)), int(value.get("scale_max", 5)))
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return DEFAULT_RUBRIC


def rubric(db: Database) -> tuple[Rubric, int | None]:
    """The review rubric and the setting's version (None: the default applies)."""
    v = settings_service.get(db, RUBRIC_KEY)
    return _rubric_from(v.value), v.version


def save_rubric(db: Database, value: Rubric, expected_version: int | None) -> int:
    errors: dict[str, str] = {}
    keys = [c.key.strip() for c in value.criteria]
    if not value.criteria:
        errors["criteria"] = _t(
            QT_TRANSLATE_NOOP("funding", "The rubric needs at least one criterion.")
        )
    elif any(not k for k in keys) or any(not c.name_en.strip() and not c.name_zh.strip()
                                         for c in value.criteria):  # fmt: skip
        errors["criteria"] = _t(QT_TRANSLATE_NOOP("funding", "Every criterion needs a name."))
    elif len(set(keys)) != len(keys):
        errors["criteria"] = _t(QT_TRANSLATE_NOOP("funding", "Two criteria have the same name."))
    elif any(c.weight <= 0 for c in value.criteria):
        errors["weights"] = _t(QT_TRANSLATE_NOOP("funding", "Every weight must be more than zero."))
    if not 0 <= value.scale_min < value.scale_max <= 100:
        errors["scale"] = _t(
            QT_TRANSLATE_NOOP("funding", "The scale's lowest score must be below its highest.")
        )
    if errors:
        raise ValidationError(errors)
    return settings_service.put(db, RUBRIC_KEY, value.as_setting(), expected_version)


def _criterion_score(r: Rubric, scores: dict[str, Any], c: Criterion) -> Decimal | None:
    for k in (c.key, c.name_en, c.name_zh):
        if k and k in scores and scores[k] is not None:
            try:
                return Decimal(str(scores[k]))
            except InvalidOperation:
                return None
    return None


def weighted_raw(r: Rubric, scores: dict[str, Any]) -> Decimal | None:
    """A review's score, unrounded: the weighted mean over the rubric's criteria it scores
    (by key or by name, so scores recorded under an older rubric still count)."""
    num = den = Decimal(0)
    for c in r.criteria:
        v = _criterion_score(r, scores, c)
        if v is not None:
            num += v * c.weight
            den += c.weight
    return num / den if den else None


def round_score(value: float | Decimal) -> Decimal:
    """Scores are shown to 0.01, half up (through 6 places first, so SQL's float sums and
    Python's exact ones round the same way)."""
    return Decimal(str(round(float(value), 6))).quantize(Decimal("0.01"), ROUND_HALF_UP)


def weighted_score(r: Rubric, scores: dict[str, Any]) -> Decimal | None:
    raw = weighted_raw(r, scores)
    return None if raw is None else round_score(raw)


@dataclass(frozen=True)
class ReviewRow:
    id: int
    version: int
    reviewer: str
    conflict_of_interest: bool
    scores: dict[str, Any]
    comment: str
    submitted_at: dt.datetime | None
    weighted: Decimal | None
    raw: Decimal | None = None  # unrounded, for the average


@dataclass(frozen=True)
class ReviewSummary:
    """The reviewers' weighted scores, conflicted reviewers left out of average and spread."""

    average: Decimal | None
    spread: Decimal | None
    counted: int
    conflicted: int


def summarise(reviews: Sequence[ReviewRow]) -> ReviewSummary:
    counted = [
        r.raw if r.raw is not None else r.weighted
        for r in reviews
        if not r.conflict_of_interest and r.weighted is not None
    ]
    conflicted = sum(1 for r in reviews if r.conflict_of_interest)
    if not counted:
        return ReviewSummary(None, None, 0, conflicted)
    values = [x for x in counted if x is not None]
    avg = round_score(sum(values, Decimal(0)) / len(values))
    return ReviewSummary(
        avg, round_score(max(values)) - round_score(min(values)), len(values), conflicted
    )


def _require_not_ended(app: FundApplication) -> None:
    if app.status in ENDED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "The application is {status}; nothing more can be added."),
            status=label(app.status),
        )


def save_review(
    db: Database,
    app_id: int,
    reviewer: str,
    scores: dict[str, Any],
    conflict_of_interest: bool = False,
    comment: str = "",
    review_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Record (or change) one reviewer's scores; a conflicted reviewer needs no scores."""
    r, _v = rubric(db)
    reviewer = reviewer.strip()
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    if not reviewer:
        errors["reviewer"] = _t(QT_TRANSLATE_NOOP("funding", "Give the reviewer's name."))
    for c in r.criteria:
        raw = scores.get(c.key)
        if raw is None or raw == "":
            if not conflict_of_interest:
                errors[f"score:{c.key}"] = _t(
                    QT_TRANSLATE_NOOP("funding", "Give a score for {criterion}."),
                    criterion=c.name_en or c.name_zh,
                )
            continue
        try:
            value = Decimal(str(raw))
        except InvalidOperation:
            value = Decimal(-(10**6))
        if not r.scale_min <= value <= r.scale_max:
            errors[f"score:{c.key}"] = _t(
                QT_TRANSLATE_NOOP(
                    "funding", "The score for {criterion} must be from {lo} to {hi}."
                ),
                criterion=c.name_en or c.name_zh,
                lo=r.scale_min,
                hi=r.scale_max,
            )
            continue
        clean[c.key] = int(value) if value == value.to_integral_value() else float(value)
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"review of application {app_id}") as uow:
        app = uow.get(FundApplication, app_id)
        _require_not_ended(app)
        same = uow.session.scalar(
            select(Review.id).where(Review.application_id == app_id, Review.reviewer == reviewer)
        )
        if same is not None and same != review_id:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "{reviewer} has already reviewed this application."),
                reviewer=reviewer,
            )
        if review_id is None:
            rev = Review(application_id=app_id, reviewer=reviewer)
            uow.session.add(rev)
        else:
            rev = uow.get(Review, review_id, expected_version)
            rev.reviewer = reviewer
        rev.scores = clean
        rev.conflict_of_interest = conflict_of_interest
        rev.comment = comment.strip()
        rev.submitted_at = utcnow()
        uow.commit()
        return rev.id


def delete_review(db: Database, review_id: int, expected_version: int | None = None) -> None:
    with db.uow(summary="delete review") as uow:
        uow.session.delete(uow.get(Review, review_id, expected_version))
        uow.commit()


# --------------------------------------------------------------------------------------------
# Committee
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_date: dt.date
    members_present: list[str]
    votes_for: int
    votes_against: int
    abstentions: int
    decision: CommitteeDecisionKind
    amount_approved: Decimal | None
    conditions: str


def record_committee_decision(
    db: Database,
    app_id: int,
    meeting_date: dt.date,
    members_present: Sequence[str],
    votes_for: int,
    votes_against: int,
    abstentions: int,
    decision: CommitteeDecisionKind,
    amount_approved: Decimal | None = None,
    conditions: str = "",
    expected_version: int | None = None,
) -> int:
    """The committee's meeting; approval or rejection moves the application at once."""
    decision = CommitteeDecisionKind(decision)
    members = [m.strip() for m in members_present if m.strip()]
    errors: dict[str, str] = {}
    if min(votes_for, votes_against, abstentions) < 0:
        errors["votes"] = _t(QT_TRANSLATE_NOOP("funding", "Votes cannot be negative."))
    elif members and votes_for + votes_against + abstentions > len(members):
        errors["votes"] = _t(
            QT_TRANSLATE_NOOP(
                "funding", "{votes} votes were cast but only {members} members were present."
            ),
            votes=votes_for + votes_against + abstentions,
            members=len(members),
        )
    if decision is CommitteeDecisionKind.APPROVED and (
        amount_approved is None or amount_approved <= 0
    ):
        errors["amount_approved"] = _t(
            QT_TRANSLATE_NOOP("funding", "Give the amount the committee approved.")
        )
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"committee decision on application {app_id}") as uow:
        app = uow.get(FundApplication, app_id, expected_version)
        if app.status is not S.COMMITTEE:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only an application at the investment committee can get a decision; "
                    "this one is {status}.",
                ),
                status=label(app.status),
            )
        if decision is CommitteeDecisionKind.APPROVED:
            assert amount_approved is not None
            if amount_approved > app.amount_requested:
                raise ValidationError(
                    {
                        "amount_approved": _t(
                            QT_TRANSLATE_NOOP(
                                "funding", "{amount} is more than the {requested} requested."
                            ),
                            amount=money(amount_approved),
                            requested=money(app.amount_requested),
                        )
                    }
                )
            _budget_check(uow.session, app, amount_approved)
        row = CommitteeDecision(
            application_id=app_id,
            meeting_date=meeting_date,
            members_present=members,
            votes_for=votes_for,
            votes_against=votes_against,
            abstentions=abstentions,
            decision=decision,
            amount_approved=amount_approved if decision is CommitteeDecisionKind.APPROVED else None,
            conditions=conditions.strip(),
        )
        uow.session.add(row)
        uow.session.flush()
        comment = _t(QT_TRANSLATE_NOOP("funding", "Committee meeting of {date}"), date=meeting_date)
        if conditions.strip():
            comment += f": {conditions.strip()}"
        if decision is CommitteeDecisionKind.APPROVED:
            _do_move(uow, app, S.APPROVED, comment)
        elif decision is CommitteeDecisionKind.REJECTED:
            _do_move(uow, app, S.REJECTED, comment)
        uow.commit()
        return row.id


# --------------------------------------------------------------------------------------------
# Disbursements
# --------------------------------------------------------------------------------------------


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


def _scheduled_total(s: Any, app_id: int) -> Decimal:
    return Decimal(
        s.scalar(
            select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
                Disbursement.application_id == app_id,
                Disbursement.status != DisbursementStatus.CANCELLED,
            )
        )
        or 0
    ).quantize(FEN)


def add_tranche(
    db: Database,
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
        app = uow.get(FundApplication, app_id)
        if app.status not in (S.APPROVED, S.AGREEMENT_SIGNED, S.DISBURSED):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Tranches are planned once the application is approved; this one is {status}.",
                ),
                status=label(app.status),
            )
        approved = app.amount_approved or ZERO
        scheduled = _scheduled_total(s, app_id)
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
        if paid_on is not None and app.status is S.APPROVED:
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
            _do_move(
                uow, app, S.DISBURSED, _t(QT_TRANSLATE_NOOP("funding", "Tranche {n} paid"), n=n)
            )
        uow.commit()
        return row.id


def pay_tranche(
    db: Database, tranche_id: int, paid_on: dt.date, expected_version: int | None = None
) -> None:
    """Mark a planned tranche paid; the first payment moves the application to Disbursed."""
    with db.uow(summary="tranche paid") as uow:
        row = uow.get(Disbursement, tranche_id, expected_version)
        app = uow.get(FundApplication, row.application_id)
        if row.status is not DisbursementStatus.PLANNED:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Tranche {n} is {status}, not planned."),
                n=row.tranche_no,
                status=row.status.value,
            )
        if app.status not in (S.AGREEMENT_SIGNED, S.DISBURSED):
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Money is paid only after the agreement is signed.")
            )
        row.status = DisbursementStatus.PAID
        row.paid_on = paid_on
        uow.session.flush()
        if app.status is S.AGREEMENT_SIGNED:
            _do_move(
                uow, app, S.DISBURSED,
                _t(QT_TRANSLATE_NOOP("funding", "Tranche {n} paid"), n=row.tranche_no),
            )  # fmt: skip
        uow.commit()


def cancel_tranche(db: Database, tranche_id: int, expected_version: int | None = None) -> None:
    with db.uow(summary="tranche cancelled") as uow:
        row = uow.get(Disbursement, tranche_id, expected_version)
        if row.status is not DisbursementStatus.PLANNED:
            raise ConflictError(
                QT_TRANSLATE_NOOP("errors", "Only a planned tranche can be cancelled.")
            )
        row.status = DisbursementStatus.CANCELLED
        uow.commit()


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------

DOCUMENT_KINDS = ("business_plan", "financial_statements", "agreement", "other")


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    original_name: str
    path: Path
    sha256: str
    size_bytes: int
    added_at: dt.datetime

    @property
    def exists(self) -> bool:
        return self.path.is_file()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _stored(stored_path: str) -> Path:
    p = Path(stored_path)
    return p if p.is_absolute() else paths.attachments_dir() / p


def attach_document(db: Database, app_id: int, source: Path | str, kind: str = "other") -> int:
    """Copy a file into the application's own folder and record its checksum."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(
            {
                "file": _t(
                    QT_TRANSLATE_NOOP("funding", "The file {path} does not exist."),
                    path=str(source),
                )
            }
        )
    if kind not in DOCUMENT_KINDS:
        kind = "other"
    digest = _sha256(source)
    rel = Path("applications") / str(app_id) / f"{digest[:12]}_{source.name}"
    target = paths.attachments_dir() / rel
    copied = False
    try:
        with db.uow(summary=f"document for application {app_id}") as uow:
            uow.get(FundApplication, app_id)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
                copied = True
            doc = ApplicationDocument(
                application_id=app_id,
                kind=kind,
                original_name=source.name,
                stored_path=rel.as_posix(),
                sha256=digest,
                size_bytes=source.stat().st_size,
            )
            uow.session.add(doc)
            uow.commit()
            return doc.id
    except BaseException:
        if copied:
            target.unlink(missing_ok=True)
        raise


def document_file(db: Database, doc_id: int) -> Path:
    """The stored copy of a document, checked: refused clearly if gone or changed."""
    with db.read() as s:
        doc = s.get(ApplicationDocument, doc_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        path = _stored(doc.stored_path)
        if not path.is_file():
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stored copy of {name} is no longer at {path}. Attach the file again.",
                ),
                name=doc.original_name,
                path=str(path),
            )
        if _sha256(path) != doc.sha256:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stored copy of {name} at {path} was changed after it was attached "
                    "(its checksum differs).",
                ),
                name=doc.original_name,
                path=str(path),
            )
        return path


def remove_document(db: Database, doc_id: int) -> None:
    with db.uow(summary="remove document") as uow:
        doc = uow.get(ApplicationDocument, doc_id)
        path = _stored(doc.stored_path)
        shared = uow.session.scalar(
            select(func.count())
            .select_from(ApplicationDocument)
            .where(ApplicationDocument.stored_path == doc.stored_path)
        )
        uow.session.delete(doc)
        uow.commit()
    if shared == 1:
        path.unlink(missing_ok=True)


# --------------------------------------------------------------------------------------------
# One application in full, and its history
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveRow:
    at: dt.datetime
    from_status: ApplicationStatus | None
    to_status: ApplicationStatus
    operator: str
    comment: str


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    version: int
    data: ApplicationData
    tenant: str
    fund: str
    fund_kind: FundKind
    status: ApplicationStatus
    status_since: dt.datetime
    amount_approved: Decimal | None
    paid: Decimal
    scheduled: Decimal
    reviews: list[ReviewRow]
    summary: ReviewSummary
    decisions: list[DecisionRow]
    tranches: list[TrancheRow]
    documents: list[DocumentRow]
    history: list[MoveRow]

    @property
    def next_moves(self) -> tuple[ApplicationStatus, ...]:
        return TRANSITIONS[self.status]


def application(db: Database, app_id: int) -> ApplicationDetail:
    r, _v = rubric(db)
    with db.read() as s:
        app = s.get(FundApplication, app_id)
        if app is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        tenant = s.get(Tenant, app.tenant_id)
        f = s.get(Fund, app.fund_id)
        reviews = [
            ReviewRow(x.id, x.version, x.reviewer, x.conflict_of_interest, dict(x.scores or {}),
                      x.comment, x.submitted_at, weighted_score(r, x.scores or {}),
                      weighted_raw(r, x.scores or {}))
            for x in s.scalars(select(Review).where(Review.application_id == app_id)
                               .order_by(Review.id))
        ]  # fmt: skip
        decisions = [
            DecisionRow(x.id, x.meeting_date, list(x.members_present or []), x.votes_for,
                        x.votes_against, x.abstentions, x.decision, x.amount_approved,
                        x.conditions)
            for x in s.scalars(select(CommitteeDecision)
                               .where(CommitteeDecision.application_id == app_id)
                               .order_by(CommitteeDecision.meeting_date, CommitteeDecision.id))
        ]  # fmt: skip
        tranches = [
            TrancheRow(x.id, x.version, x.tranche_no, x.amount, x.planned_on, x.paid_on,
                       x.milestone, x.status)
            for x in s.scalars(select(Disbursement).where(Disbursement.application_id == app_id)
                               .order_by(Disbursement.tranche_no))
        ]  # fmt: skip
        documents = [
            DocumentRow(x.id, x.kind, x.original_name, _stored(x.stored_path), x.sha256,
                        x.size_bytes, x.added_at)
            for x in s.scalars(select(ApplicationDocument)
                               .where(ApplicationDocument.application_id == app_id)
                               .order_by(ApplicationDocument.id))
        ]  # fmt: skip
        history = [
            MoveRow(m.at, m.from_status, m.to_status, operator_label(name or ""), m.comment)
            for m, name in s.execute(
                select(ApplicationMove, Operator.display_name)
                .outerjoin(Operator, Operator.id == ApplicationMove.operator_id)
                .where(ApplicationMove.application_id == app_id)
                .order_by(ApplicationMove.at, ApplicationMove.id)
            )
        ]
        data = ApplicationData(
            app.fund_id, app.tenant_id, app.amount_requested, app.instrument,
            app.pre_money_valuation, app.stake_percent, app.use_of_funds, app.milestones,
        )  # fmt: skip
        paid = sum((t.amount for t in tranches if t.status is DisbursementStatus.PAID), ZERO)
        scheduled = sum(
            (t.amount for t in tranches if t.status is not DisbursementStatus.CANCELLED), ZERO
        )
        return ApplicationDetail(
            app.id, app.version, data, tenant.name_zh if tenant else "", f.name if f else "",
            f.kind if f else FundKind.EQUITY, app.status, app.status_since, app.amount_approved,
            paid, scheduled, reviews, summarise(reviews), decisions, tranches, documents, history,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# The board and the list
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Card:
    id: int
    version: int
    tenant: str
    fund: str
    amount: Decimal
    approved: Decimal | None
    status: ApplicationStatus
    status_since: dt.datetime
    score: Decimal | None

    def days_in_stage(self, today: dt.date | None = None) -> int:
        return ((today or dt.date.today()) - _local_date(self.status_since)).days


def _score_expr(r: Rubric) -> Any:
    """A review's weighted score computed by the database (SQLite and PostgreSQL JSON)."""
    num: Any = literal(0.0)
    den: Any = literal(0.0)
    for c in r.criteria:
        names = [k for k in (c.key, c.name_en, c.name_zh) if k]
        # SQLite (before 3.45) matches keys as stored, and JSON written with ASCII escapes
        # stores 团队 as \u56e2\u961f: look for both spellings.
        escaped = [json.dumps(k)[1:-1] for k in names]
        keys = list(dict.fromkeys(names + escaped))
        values = [Review.scores[k].as_float() for k in keys]
        v = func.coalesce(*values) if len(values) > 1 else values[0]
        w = float(c.weight)
        num = num + func.coalesce(v, 0.0) * w
        den = den + case((v.is_not(None), w), else_=0.0)
    return num / func.nullif(den, 0.0)


def _score_subquery(r: Rubric, app_ids: Sequence[int] | None = None) -> Any:
    w = _score_expr(r)
    stmt = select(
        Review.application_id.label("application_id"),
        func.sum(w).label("total"),
        func.count(w).label("n"),
    ).where(Review.conflict_of_interest.is_(False))
    if app_ids is not None:
        stmt = stmt.where(Review.application_id.in_(app_ids))
    return stmt.group_by(Review.application_id).subquery()


def _avg(total: Any, n: Any) -> Decimal | None:
    return round_score(float(total) / n) if n else None


@dataclass(frozen=True)
class CardFilter:
    fund_id: int | None = None
    year: int | None = None
    search: str = ""


CARD_ORDER = ("id", "tenant", "fund", "amount", "approved", "status", "score", "days", "since")


def _card_where(stmt: Any, f: CardFilter) -> Any:
    if f.fund_id is not None:
        stmt = stmt.where(FundApplication.fund_id == f.fund_id)
    if f.year is not None:
        stmt = stmt.where(FundApplication.id.in_(_apps_of_year(f.year)))
    if f.search.strip():
        like = f"%{f.search.strip()}%"
        stmt = stmt.where(
            Tenant.name_zh.ilike(like) | Tenant.name_en.ilike(like) | Fund.name.ilike(like)
        )
    return stmt


def _card_select() -> Any:
    return (
        select(
            FundApplication.id, FundApplication.version, Tenant.name_zh, Fund.name,
            FundApplication.amount_requested, FundApplication.amount_approved,
            FundApplication.status, FundApplication.status_since,
        )
        .join(Tenant, Tenant.id == FundApplication.tenant_id)
        .join(Fund, Fund.id == FundApplication.fund_id)
    )  # fmt: skip


def _card(x: Any, score: Decimal | None) -> Card:
    return Card(x[0], x[1], x[2], x[3], x[4], x[5], ApplicationStatus(x[6]), x[7], score)


def card_counts(db: Database, f: CardFilter | None = None) -> dict[ApplicationStatus, int]:
    """How many applications each board column holds."""
    f = f or CardFilter()
    stmt = _card_where(
        select(FundApplication.status, func.count())
        .select_from(FundApplication)
        .join(Tenant, Tenant.id == FundApplication.tenant_id)
        .join(Fund, Fund.id == FundApplication.fund_id),
        f,
    ).group_by(FundApplication.status)
    with db.read() as s:
        return {ApplicationStatus(st): int(n) for st, n in s.execute(stmt)}


def cards(
    db: Database,
    fund_id: int | None = None,
    year: int | None = None,
    search: str = "",
    *,
    status: ApplicationStatus | None = None,
    order: str = "since",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Card]:
    """Applications as cards, sorted by the database, a page at a time (board and list)."""
    r, _v = rubric(db)
    f = CardFilter(fund_id, year, search)
    stmt = _card_where(_card_select(), f)
    if status is not None:
        stmt = stmt.where(FundApplication.status == status)
    scored = None
    if order == "score":
        scored = _score_subquery(r)
        stmt = stmt.outerjoin(scored, scored.c.application_id == FundApplication.id)
        key: Any = scored.c.total / func.nullif(scored.c.n, 0)
    else:
        key = {
            "id": FundApplication.id,
            "tenant": Tenant.name_zh,
            "fund": Fund.name,
            "amount": FundApplication.amount_requested,
            "approved": FundApplication.amount_approved,
            "status": FundApplication.status,
            "days": FundApplication.status_since,
            "since": FundApplication.status_since,
        }[order]
        if order == "days":
            descending = not descending  # more days in the stage: an earlier date
    if scored is not None:
        stmt = stmt.add_columns(scored.c.total, scored.c.n)
    direction = key.desc() if descending else key.asc()
    nulls = direction.nulls_last() if db.engine.dialect.name == "postgresql" else direction
    stmt = stmt.order_by(nulls, FundApplication.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        rows = s.execute(stmt).all()
        if scored is not None:
            return [_card(x, _avg(x[8], x[9])) for x in rows]
        ids = [x[0] for x in rows]
        scores: dict[int, Decimal | None] = {}
        if ids:
            sub = _score_subquery(r, ids if len(ids) <= 900 else None)
            for app_id, total, n in s.execute(select(sub.c.application_id, sub.c.total, sub.c.n)):
                scores[app_id] = _avg(total, n)
    return [_card(x, scores.get(x[0])) for x in rows]


def board_pages(
    db: Database, f: CardFilter | None = None, per_column: int = 50
) -> dict[ApplicationStatus, list[Card]]:
    """The first cards of every column, longest in the stage first, in one query."""
    f = f or CardFilter()
    r, _v = rubric(db)
    rank = (
        func.row_number()
        .over(
            partition_by=FundApplication.status,
            order_by=(FundApplication.status_since, FundApplication.id),
        )
        .label("rank")
    )
    # Rank the applications alone (joining tenants and funds only to search their names),
    # then fetch the few cards shown.
    ranked = select(FundApplication.id.label("id"), rank)
    if f.search.strip():
        ranked = ranked.join(Tenant, Tenant.id == FundApplication.tenant_id).join(
            Fund, Fund.id == FundApplication.fund_id
        )
    inner = _card_where(ranked, f).subquery()
    stmt = (
        _card_select()
        .join(inner, inner.c.id == FundApplication.id)
        .where(inner.c.rank <= per_column)
    )
    out: dict[ApplicationStatus, list[Card]] = defaultdict(list)
    with db.read() as s:
        rows = s.execute(stmt).all()
        ids = [x[0] for x in rows]
        scores: dict[int, Decimal | None] = {}
        if ids:
            sub = _score_subquery(r, ids if len(ids) <= 900 else None)
            for app_id, total, n in s.execute(select(sub.c.application_id, sub.c.total, sub.c.n)):
                scores[app_id] = _avg(total, n)
    for x in sorted(rows, key=lambda x: (x[7], x[0])):
        out[ApplicationStatus(x[6])].append(_card(x, scores.get(x[0])))
    return dict(out)


def _first_moves() -> Any:
    """Each application's first move (its creation as a draft): when it started."""
    return (
        select(ApplicationMove.application_id, ApplicationMove.at.label("started"))
        .where(ApplicationMove.from_status.is_(None))
        .subquery()
    )


def _apps_of_year(year: int) -> Any:
    return select(ApplicationMove.application_id).where(
        ApplicationMove.from_status.is_(None),
        ApplicationMove.at >= dt.datetime(year, 1, 1, tzinfo=dt.UTC),
        ApplicationMove.at < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC),
    )


def years(db: Database) -> list[int]:
    """The years applications were started in, newest first."""
    with db.read() as s:
        first, last = s.execute(
            select(func.min(ApplicationMove.at), func.max(ApplicationMove.at)).where(
                ApplicationMove.from_status.is_(None)
            )
        ).one()
    if first is None:
        return []
    return list(range(last.year, first.year - 1, -1))


# --------------------------------------------------------------------------------------------
# Funnel figures
# --------------------------------------------------------------------------------------------


@dataclass
class Funnel:
    """One fund's (or all funds') figures for one year (or all years)."""

    fund_id: int | None
    fund: str
    year: int | None
    applications: int = 0
    by_status: dict[ApplicationStatus, int] = field(default_factory=dict)
    reached: dict[ApplicationStatus, int] = field(default_factory=dict)
    days_in_stage: dict[ApplicationStatus, float] = field(default_factory=dict)
    requested: Decimal = ZERO
    approved: Decimal = ZERO
    disbursed: Decimal = ZERO

    def conversion(self) -> list[tuple[ApplicationStatus, ApplicationStatus, float | None]]:
        """Share of applications that reached each step of the pipeline that went on to the
        next one."""
        out = []
        for a, b in itertools.pairwise(PIPELINE):
            n = self.reached.get(a, 0)
            out.append((a, b, self.reached.get(b, 0) / n if n else None))
        return out


_JULIAN_UNIX_EPOCH = 2440587.5
_JULIAN_ORDINAL_OFFSET = 1721424.5


def _julian(db: Database, col: Any) -> Any:
    """A timestamp as a Julian day number (float), computed by the database."""
    if db.engine.dialect.name == "sqlite":
        return func.julianday(col)
    return func.extract("epoch", col) / 86400.0 + _JULIAN_UNIX_EPOCH


def funnel(db: Database, year: int | None = None) -> list[Funnel]:
    """Funnel figures per fund, with a total (fund_id None) first, for one year or all.

    The stages reached are counted from the moves into them. The days in a stage run from
    the move into it to the move out of it (the next move, whose from_status it is); no
    stage is entered twice, so over everyone who left a stage the sum is
    Σ(moves out) − (Σ(moves in) − Σ(status_since of those still in it)), which the
    database sums in one GROUP BY over the moves, no window function needed. An
    application belongs to the year it was started in (its first move).
    """
    statuses = {st.value: st for st in ApplicationStatus}
    epoch = 2_460_000.0  # keeps the Julian-day sums small
    jd_since = _julian(db, FundApplication.status_since) - epoch
    jd_move = _julian(db, ApplicationMove.at) - epoch
    committed_amount = case(
        (FundApplication.status.in_(COMMITTED), FundApplication.amount_approved), else_=0
    )

    def of_year(stmt: Any) -> Any:
        return stmt if year is None else stmt.where(FundApplication.id.in_(_apps_of_year(year)))

    with db.read() as s:
        names = dict(
            s.execute(select(Fund.id, Fund.name).order_by(Fund.start_year, Fund.name)).all()
        )
        conn = s.connection()
        apps = conn.execute(
            of_year(
                select(
                    FundApplication.fund_id,
                    type_coerce(FundApplication.status, String),
                    func.count(),
                    type_coerce(func.sum(FundApplication.amount_requested), BigInteger),
                    type_coerce(func.sum(committed_amount), BigInteger),
                    func.sum(jd_since),
                )
            ).group_by(FundApplication.fund_id, FundApplication.status)
        ).all()
        paid = conn.execute(
            of_year(
                select(
                    FundApplication.fund_id,
                    type_coerce(func.sum(Disbursement.amount), BigInteger),
                )
                .join(Disbursement, Disbursement.application_id == FundApplication.id)
                .where(Disbursement.status == DisbursementStatus.PAID)
            ).group_by(FundApplication.fund_id)
        ).all()
        moves = conn.execute(
            of_year(
                select(
                    FundApplication.fund_id,
                    type_coerce(ApplicationMove.to_status, String),
                    type_coerce(ApplicationMove.from_status, String),
                    func.count(),
                    func.sum(jd_move),
                ).join(ApplicationMove, ApplicationMove.application_id == FundApplication.id)
            ).group_by(
                FundApplication.fund_id, ApplicationMove.to_status, ApplicationMove.from_status
            )
        ).all()
    result: dict[int | None, Funnel] = {None: Funnel(None, "", year)}
    for fid, name in names.items():
        result[fid] = Funnel(fid, name, year)
    cents = Decimal("0.01")
    still: dict[tuple[int, str], float] = {}
    for fid, st, n, requested, approved, since in apps:
        status = statuses[st]
        still[(fid, st)] = float(since or 0)
        for key in (fid, None):
            fu = result[key]
            fu.applications += n
            fu.by_status[status] = fu.by_status.get(status, 0) + n
            fu.requested += Decimal(int(requested or 0)) * cents
            fu.approved += Decimal(int(approved or 0)) * cents
    for fid, amount in paid:
        for key in (fid, None):
            result[key].disbursed += Decimal(int(amount or 0)) * cents
    into: dict[tuple[int, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    out_of: dict[tuple[int, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for fid, to, frm, n, total in moves:
        into[(fid, to)][0] += n
        into[(fid, to)][1] += float(total or 0)
        if frm is not None:
            out_of[(fid, frm)][0] += n
            out_of[(fid, frm)][1] += float(total or 0)
    stay: dict[tuple[int | None, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for (fid, st), (n, in_sum) in into.items():
        left_n, out_sum = out_of.get((fid, st), (0.0, 0.0))
        for key in (fid, None):
            fu = result[key]
            fu.reached[statuses[st]] = fu.reached.get(statuses[st], 0) + int(n)
            if left_n:
                stay[(key, st)][0] += out_sum - (in_sum - still.get((fid, st), 0.0))
                stay[(key, st)][1] += left_n
    for (key, st), (days, left) in stay.items():
        if left:
            result[key].days_in_stage[statuses[st]] = days / left
    return list(result.values())


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


def tenant_funding(db: Database, tenant_id: int, up_to: dt.date | None = None) -> TenantFunding:
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
                                 Decimal(paid_by_app.get(a.id) or 0).quantize(FEN), a.status,
                                 a.status_since)
            for a, name in s.execute(
                select(FundApplication, Fund.name)
                .join(Fund, Fund.id == FundApplication.fund_id)
                .where(FundApplication.tenant_id == tenant_id)
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
        outside = []
        for r in _outside_rows(s, [tenant_id]):
            on = r.received_on or quarter_end(r.year, r.quarter)
            if up_to is None or on <= up_to:
                outside.append(
                    OutsideInvestmentRow(on, f"{r.year}Q{r.quarter}", r.investor, r.round, r.amount)
                )
        outside.sort(key=lambda x: x.date)
    return TenantFunding(apps, payments, outside, cumulative_investment(db, tenant_id, up_to))


__all__ = [
    "BOARD_COLUMNS",
    "PIPELINE",
    "TRANSITIONS",
    "ApplicationData",
    "ApplicationDetail",
    "Card",
    "FundData",
    "FundRow",
    "Funnel",
    "InvestmentSource",
    "InvestmentTotal",
    "Rubric",
    "add_tranche",
    "application",
    "attach_document",
    "cards",
    "create_application",
    "cumulative_investment",
    "cumulative_investments",
    "funds",
    "funnel",
    "move_application",
    "record_committee_decision",
    "save_fund",
    "save_review",
    "tenant_funding",
]
