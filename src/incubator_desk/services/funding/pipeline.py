"""The pipeline's stages, the moves allowed between them and the stages each rule reads.

This is the one place that says which moves an application may make: the services refuse any
other, and the window, the board and the command line ask `allowed_moves` / `check_move`.
"""

from __future__ import annotations

from ...core.errors import ConflictError
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.labels import label
from ...core.vocabularies import ApplicationStatus, CommitteeDecisionKind

S = ApplicationStatus

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
# The board reads left to right as an application goes; the two ways out come last.
BOARD_COLUMNS: tuple[ApplicationStatus, ...] = (*PIPELINE, S.REJECTED, S.WITHDRAWN)
# Stages whose approved amount is committed from the fund's budget.
COMMITTED = (S.APPROVED, S.AGREEMENT_SIGNED, S.DISBURSED, S.CLOSED)
# Stages after which nothing more is added (reviews, documents of record).
ENDED = (S.REJECTED, S.WITHDRAWN, S.CLOSED)
# Stages where an application's wait is over: the board shows since when, not for how long.
FINISHED = (S.DISBURSED, S.CLOSED, S.REJECTED, S.WITHDRAWN)
# Stages in which the application's details may still be changed.
EDITABLE = (S.DRAFT, S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE)
# Stages in which tranches are planned, and those in which they are paid.
TRANCHE_STEPS = (S.APPROVED, S.AGREEMENT_SIGNED, S.DISBURSED)
PAYABLE = (S.AGREEMENT_SIGNED, S.DISBURSED)

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

# Out of the committee, approval and rejection are the committee's decision: the move is
# made by recording it (with the amount approved), never by a bare move.
COMMITTEE_OUTCOMES: dict[ApplicationStatus, CommitteeDecisionKind] = {
    S.APPROVED: CommitteeDecisionKind.APPROVED,
    S.REJECTED: CommitteeDecisionKind.REJECTED,
}


def allowed_moves(status: ApplicationStatus) -> tuple[ApplicationStatus, ...]:
    """The stages an application in `status` may move to."""
    return TRANSITIONS[ApplicationStatus(status)]


def can_move(frm: ApplicationStatus, to: ApplicationStatus) -> bool:
    return ApplicationStatus(to) in allowed_moves(frm)


def check_move(frm: ApplicationStatus, to: ApplicationStatus) -> None:
    """Refuse a move that is not in the table, naming the moves allowed from `frm`."""
    if can_move(frm, to):
        return
    allowed = ", ".join(label(x) for x in allowed_moves(frm))
    raise ConflictError(
        QT_TRANSLATE_NOOP(
            "errors",
            "An application cannot move from {frm} to {to}. Allowed from here: {allowed}.",
        ),
        frm=label(frm),
        to=label(to),
        allowed=allowed or translate("errors", QT_TRANSLATE_NOOP("errors", "none")),
    )


def committee_outcome(
    frm: ApplicationStatus, to: ApplicationStatus
) -> CommitteeDecisionKind | None:
    """The committee decision that makes the move `frm` → `to`, if that move is one."""
    return COMMITTEE_OUTCOMES.get(to) if frm is S.COMMITTEE else None
