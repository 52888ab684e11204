"""Reviewers' assignments: which applications a reviewer's account sees and scores.

A person whose role is reviewer sees only the applications assigned to them (board, list,
details), scores only those and only under their own name, and sees the other reviewers'
scores of an application once they have submitted their own, so nobody is swayed by them.
Everyone else sees every application.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ...core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import OperatorRole
from ...db import Store
from ...models import FundApplication, Operator, Review, ReviewAssignment
from ..access import Action, Who, current, requires

_t = Translator("funding")

NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "errors",
    "This application is not assigned to you for review. Ask a manager to assign it.",
)
OWN_ONLY = QT_TRANSLATE_NOOP("errors", "A reviewer changes only their own review.")
NOT_A_REVIEWER = QT_TRANSLATE_NOOP(
    "funding", "{name} is not an active account with the reviewer role."
)
ALREADY = QT_TRANSLATE_NOOP("errors", "{name} is already assigned to this application.")


@dataclass(frozen=True)
class AssignedReviewer:
    assignment_id: int
    operator_id: int
    username: str
    display_name: str
    submitted: bool


def restricted(who: Who) -> bool:
    """Whether this operator sees only the applications assigned to them."""
    return who.role == OperatorRole.REVIEWER


def assigned_ids(operator_id: int) -> Select[Any]:
    """The ids of the applications assigned to an operator, as a subquery."""
    return select(ReviewAssignment.application_id).where(
        ReviewAssignment.operator_id == operator_id
    )


def visible_filter(db: Store) -> Select[Any] | None:
    """For queries over applications: the ids this operator may see, or None for all."""
    who = current(db)
    return assigned_ids(who.id) if restricted(who) else None


def _assigned(s: Session, app_id: int, operator_id: int) -> bool:
    return (
        s.scalar(
            select(ReviewAssignment.id).where(
                ReviewAssignment.application_id == app_id,
                ReviewAssignment.operator_id == operator_id,
            )
        )
        is not None
    )


def require_visible(db: Store, app_id: int) -> Who:
    """Refuse a reviewer an application not assigned to them."""
    who = current(db)
    if restricted(who):
        with db.read() as s:
            if not _assigned(s, app_id, who.id):
                raise PermissionDenied(NOT_ASSIGNED)
    return who


def own_review_submitted(s: Session, app_id: int, who: Who) -> bool:
    return (
        s.scalar(
            select(Review.id).where(
                Review.application_id == app_id,
                Review.reviewer == who.display_name,
                Review.submitted_at.is_not(None),
            )
        )
        is not None
    )


def unsubmitted(db: Store) -> set[int] | None:
    """For a reviewer: the assigned applications they have not scored yet, whose average
    they are not shown; None for everyone else."""
    who = current(db)
    if not restricted(who):
        return None
    with db.read() as s:
        mine = set(s.scalars(assigned_ids(who.id)))
        done = set(
            s.scalars(
                select(Review.application_id).where(
                    Review.reviewer == who.display_name, Review.submitted_at.is_not(None)
                )
            )
        )
    return mine - done


def check_review(s: Session, who: Who, app_id: int, reviewer: str, review: Review | None) -> str:
    """For a reviewer: the application must be theirs and the review in their own name.

    Returns the name the review is saved under (a reviewer's own display name)."""
    if not restricted(who):
        return reviewer
    if not _assigned(s, app_id, who.id):
        raise PermissionDenied(NOT_ASSIGNED)
    if review is not None and review.reviewer != who.display_name:
        raise PermissionDenied(OWN_ONLY)
    return who.display_name


def reviewers(db: Store, app_id: int) -> list[AssignedReviewer]:
    """The accounts assigned to review an application, and whether each has submitted."""
    with db.read() as s:
        rows = s.execute(
            select(ReviewAssignment.id, Operator.id, Operator.username, Operator.display_name)
            .join(Operator, Operator.id == ReviewAssignment.operator_id)
            .where(ReviewAssignment.application_id == app_id)
            .order_by(Operator.display_name)
        ).all()
        submitted = set(
            s.scalars(
                select(Review.reviewer).where(
                    Review.application_id == app_id, Review.submitted_at.is_not(None)
                )
            )
        )
    return [AssignedReviewer(a, o, u, d, d in submitted) for a, o, u, d in rows]


def reviewer_accounts(db: Store) -> list[tuple[str, str]]:
    """Active accounts with the reviewer role: (sign-in name, display name)."""
    with db.read() as s:
        return [
            (u, d)
            for u, d in s.execute(
                select(Operator.username, Operator.display_name)
                .where(
                    Operator.role == OperatorRole.REVIEWER,
                    Operator.active.is_(True),
                    Operator.password_hash.is_not(None),
                )
                .order_by(Operator.display_name)
            )
        ]


@requires(Action.FUNDING)
def assign_reviewer(db: Store, app_id: int, username: str) -> int:
    """Give an application to a reviewer's account."""
    with db.uow(summary=f"assign a reviewer to application {app_id}") as uow:
        s = uow.session
        if s.get(FundApplication, app_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        op = s.scalar(
            select(Operator).where(
                Operator.username == username,
                Operator.role == OperatorRole.REVIEWER,
                Operator.active.is_(True),
            )
        )
        if op is None:
            raise ValidationError({"reviewer": _t(NOT_A_REVIEWER, name=username)})
        if _assigned(s, app_id, op.id):
            raise ConflictError(ALREADY, name=op.display_name)
        row = ReviewAssignment(application_id=app_id, operator_id=op.id)
        s.add(row)
        uow.commit()
        return row.id


@requires(Action.FUNDING)
def unassign_reviewer(db: Store, assignment_id: int) -> None:
    """Take an application back from a reviewer (their submitted review stays)."""
    with db.uow(summary="take back a review assignment") as uow:
        uow.session.delete(uow.get(ReviewAssignment, assignment_id))
        uow.commit()


__all__ = [
    "AssignedReviewer",
    "assign_reviewer",
    "assigned_ids",
    "check_review",
    "own_review_submitted",
    "require_visible",
    "restricted",
    "reviewer_accounts",
    "reviewers",
    "unassign_reviewer",
    "unsubmitted",
    "visible_filter",
]
