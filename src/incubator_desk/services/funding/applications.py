"""Applications: creating and editing them, and their moves along the pipeline with the
rules each move checks (the committee's approval, the fund's budget, a paid tranche)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.clock import now
from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import ApplicationStatus, CommitteeDecisionKind, Instrument
from ...db import Store, UnitOfWork
from ...models import ApplicationMove, CommitteeDecision, Fund, FundApplication, Tenant
from ..access import Action, requires
from .investment import INVESTMENT_INSTRUMENTS
from .pipeline import EDITABLE, ENDED, S, check_move
from .sums import committed, paid_total

_t = Translator("funding")


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


def _open_duplicate(
    s: Session, tenant_id: int, fund_id: int, excluding: int | None
) -> FundApplication | None:
    stmt = select(FundApplication).where(
        FundApplication.tenant_id == tenant_id,
        FundApplication.fund_id == fund_id,
        FundApplication.status.not_in(ENDED),
    )
    if excluding is not None:
        stmt = stmt.where(FundApplication.id != excluding)
    return s.scalars(stmt.limit(1)).first()


def local_date(at: dt.datetime) -> dt.date:
    """The day a stored moment fell on, on the park's calendar."""
    return clock.park_time(at).date()


def _validate_application(s: Session, data: ApplicationData, app_id: int | None) -> ApplicationData:
    data = dataclasses.replace(data, instrument=Instrument(data.instrument))
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
            since=local_date(other.status_since).isoformat(),
        )
    return dataclasses.replace(
        data,
        stake_percent=stake,
        use_of_funds=data.use_of_funds.strip(),
        milestones=data.milestones.strip(),
    )


def _record_move(
    uow: UnitOfWork, app: FundApplication, frm: ApplicationStatus | None, comment: str
) -> None:
    """The move into `app.status` (from `frm`; None: its creation), at `app.status_since`."""
    uow.session.add(
        ApplicationMove(
            application_id=app.id,
            from_status=frm,
            to_status=app.status,
            at=app.status_since,
            operator_id=uow.operator_id,
            comment=comment.strip(),
        )
    )


@requires(Action.FUNDING)
def create_application(db: Store, data: ApplicationData, comment: str = "") -> int:
    """A new application, as a draft; returns its id."""
    with db.uow(summary="new application") as uow:
        data = _validate_application(uow.session, data, None)
        app = FundApplication(**dataclasses.asdict(data), status=S.DRAFT, status_since=now())
        uow.session.add(app)
        uow.session.flush()
        _record_move(uow, app, None, comment)
        uow.commit()
        return app.id


@requires(Action.FUNDING)
def update_application(
    db: Store, app_id: int, data: ApplicationData, expected_version: int | None
) -> None:
    """Change an application's details while it is still being assessed."""
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
        for key, value in dataclasses.asdict(data).items():
            setattr(app, key, value)
        uow.commit()


def budget_check(uow: UnitOfWork, app: FundApplication, amount: Decimal) -> None:
    """Refuse an approval above the per-deal cap or the fund's available budget.

    The fund's row is locked first, so two approvals against one fund at the same moment
    cannot both take its last money.
    """
    s = uow.session
    f = uow.lock(Fund, app.fund_id)
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
    already = committed(s, f.id, excluding=app.id)
    available = f.total_size - already
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
                    committed=money(already),
                )
            }
        )


def _latest_decision(s: Session, app_id: int) -> CommitteeDecision | None:
    return s.scalars(
        select(CommitteeDecision)
        .where(CommitteeDecision.application_id == app_id)
        .order_by(CommitteeDecision.meeting_date.desc(), CommitteeDecision.id.desc())
        .limit(1)
    ).first()


def apply_move(uow: UnitOfWork, app: FundApplication, to: ApplicationStatus, comment: str) -> None:
    """Move an application one step, with the rules of that step (the one way every move is
    made: by hand, by the committee's decision, by a paid tranche)."""
    s = uow.session
    check_move(app.status, to)
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
        budget_check(uow, app, amount)
        app.amount_approved = amount
    if to is S.DISBURSED and paid_total(s, app.id) <= 0:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "Record a paid tranche before moving the application to Disbursed."
            )
        )
    frm = app.status
    app.status = to
    app.status_since = now()
    _record_move(uow, app, frm, comment)


@requires(Action.FUNDING)
def move_application(
    db: Store,
    app_id: int,
    to: ApplicationStatus,
    comment: str = "",
    expected_version: int | None = None,
) -> None:
    """One pipeline move; only the moves in TRANSITIONS, with their rules."""
    to = ApplicationStatus(to)
    with db.uow(summary=f"application {app_id} → {to.value}") as uow:
        app = uow.get(FundApplication, app_id, expected_version)
        apply_move(uow, app, to, comment)
        uow.commit()
