"""The investment committee: its meetings' decisions, which approve or reject an application."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import CommitteeDecisionKind
from ...db import Store
from ...models import CommitteeDecision, FundApplication
from ..access import Action, requires
from .applications import apply_move, budget_check
from .pipeline import COMMITTEE_OUTCOMES, S

_t = Translator("funding")


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


@requires(Action.FUNDING)
def record_committee_decision(
    db: Store,
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
            budget_check(uow, app, amount_approved)
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
        outcome = next((to for to, kind in COMMITTEE_OUTCOMES.items() if kind is decision), None)
        if outcome is not None:  # a deferral leaves the application at the committee
            apply_move(uow, app, outcome, comment)
        uow.commit()
        return row.id
