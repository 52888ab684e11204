"""The pipeline's table of moves, which the services enforce and the window asks."""

from __future__ import annotations

import pytest

from incubator_desk.core.errors import ConflictError
from incubator_desk.core.vocabularies import ApplicationStatus as S
from incubator_desk.core.vocabularies import CommitteeDecisionKind
from incubator_desk.services import funding as fs


def test_every_status_has_its_moves_and_the_ends_have_none() -> None:
    assert set(fs.TRANSITIONS) == set(S)
    for status in (S.REJECTED, S.WITHDRAWN, S.CLOSED):
        assert fs.allowed_moves(status) == ()
    for a, b in zip(fs.PIPELINE, fs.PIPELINE[1:], strict=False):
        assert fs.can_move(a, b), (a, b)
    assert set(fs.BOARD_COLUMNS) == set(S)


def test_a_refused_move_names_the_allowed_ones() -> None:
    fs.check_move(S.DRAFT, S.SUBMITTED)
    with pytest.raises(ConflictError) as err:
        fs.check_move(S.SCREENING, S.APPROVED)
    assert "Allowed from here: Due diligence, Rejected, Withdrawn" in str(err.value)
    with pytest.raises(ConflictError) as none:
        fs.check_move(S.CLOSED, S.DRAFT)
    assert "Allowed from here: none" in str(none.value)


def test_the_committee_makes_its_outcomes() -> None:
    assert fs.committee_outcome(S.COMMITTEE, S.APPROVED) is CommitteeDecisionKind.APPROVED
    assert fs.committee_outcome(S.COMMITTEE, S.REJECTED) is CommitteeDecisionKind.REJECTED
    assert fs.committee_outcome(S.COMMITTEE, S.WITHDRAWN) is None
    assert fs.committee_outcome(S.SCREENING, S.REJECTED) is None  # screening may reject alone
