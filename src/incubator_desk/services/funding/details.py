"""One application in full (its details, reviews, committee decisions, tranches, documents
and history) and the check the window makes before it asks for a move's comment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core.errors import ConflictError, NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import operator_label
from ...core.vocabularies import (
    ApplicationStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    FundKind,
)
from ...db import Store
from ...db.uow import STALE
from ...models import (
    ApplicationDocument,
    ApplicationMove,
    CommitteeDecision,
    Disbursement,
    Fund,
    FundApplication,
    Operator,
    Review,
    Tenant,
)
from .applications import ApplicationData
from .assignments import own_review_submitted, require_visible, restricted
from .committee import DecisionRow
from .disbursements import TrancheRow
from .documents import DocumentRow, stored_path
from .pipeline import (
    EDITABLE,
    ENDED,
    PAYABLE,
    TRANCHE_STEPS,
    S,
    allowed_moves,
    check_move,
    committee_outcome,
)
from .reviews import (
    ReviewRow,
    ReviewSummary,
    rubric,
    summarise,
    unscored,
    weighted_raw,
    weighted_score,
)
from .sums import ZERO


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
        return allowed_moves(self.status)

    @property
    def editable(self) -> bool:
        """Its details may still be changed."""
        return self.status in EDITABLE

    @property
    def ended(self) -> bool:
        """Rejected, withdrawn or closed: no more reviews."""
        return self.status in ENDED

    @property
    def awaits_decision(self) -> bool:
        """At the committee, which may record its decision."""
        return self.status is S.COMMITTEE

    @property
    def takes_tranches(self) -> bool:
        """Approved: tranches may be planned."""
        return self.status in TRANCHE_STEPS

    @property
    def takes_payments(self) -> bool:
        """The agreement is signed: tranches may be paid."""
        return self.status in PAYABLE


def application(db: Store, app_id: int) -> ApplicationDetail:
    """An application with everything recorded about it."""
    r, _v = rubric(db)
    who = require_visible(db, app_id)
    with db.read() as s:
        app = s.get(FundApplication, app_id)
        if app is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        tenant = s.get(Tenant, app.tenant_id)
        f = s.get(Fund, app.fund_id)
        # A reviewer sees the others' scores once their own is in.
        only_own = restricted(who) and not own_review_submitted(s, app_id, who)
        reviews = [
            ReviewRow(x.id, x.version, x.reviewer, x.conflict_of_interest, dict(x.scores or {}),
                      x.comment, x.submitted_at, weighted_score(r, x.scores or {}),
                      weighted_raw(r, x.scores or {}), unscored(r, x.scores or {}))
            for x in s.scalars(select(Review).where(Review.application_id == app_id)
                               .order_by(Review.id))
            if not only_own or x.reviewer == who.display_name
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
            DocumentRow(x.id, x.kind, x.original_name, stored_path(db, x.stored_path), x.sha256,
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


@dataclass(frozen=True)
class MovePlan:
    """How a move asked for in the window is made.

    `decision` None: a plain move (the window asks for a comment, then `move_application`);
    otherwise the committee's decision of that kind makes the move (`record_committee_decision`).
    """

    detail: ApplicationDetail
    to: ApplicationStatus
    decision: CommitteeDecisionKind | None


def plan_move(
    db: Store, app_id: int, to: ApplicationStatus, expected_version: int | None = None
) -> MovePlan | None:
    """Check a move before anyone types its comment: None if the application is already
    there; refused (ConflictError) if it was changed since `expected_version` was read or the
    move is not one the pipeline allows; NotFound if it is gone. The move itself checks all
    of this again, in its own transaction."""
    to = ApplicationStatus(to)
    detail = application(db, app_id)
    if detail.status is to:
        return None
    if expected_version is not None and detail.version != expected_version:
        raise ConflictError(STALE)
    check_move(detail.status, to)
    return MovePlan(detail, to, committee_outcome(detail.status, to))
