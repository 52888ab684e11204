"""The funding pipeline on a real database (SQLite and PostgreSQL): funds, applications,
moves, reviews, committee, tranches, documents and funnel figures, with the refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desk.core import clock
from incubator_desk.core.errors import ConflictError, NotFound, ValidationError
from incubator_desk.core.vocabularies import (
    ApplicationStatus as S,
)
from incubator_desk.core.vocabularies import (
    CommitteeDecisionKind,
    DisbursementStatus,
    FundKind,
    Instrument,
)
from incubator_desk.db import Database
from incubator_desk.models import Tenant
from incubator_desk.services import funding as fs

TODAY = clock.today()


def _tenant(db: Database, name: str = "深圳云帆科技有限公司") -> int:
    with db.uow() as uow:
        t = Tenant(name_zh=name)
        uow.session.add(t)
        uow.commit()
        return t.id


def _fund(db: Database, size: int = 10_000_000, cap: int | None = 3_000_000) -> int:
    return fs.save_fund(
        db,
        fs.FundData(
            name="南山天使投资基金",
            kind=FundKind.EQUITY,
            total_size=Decimal(size),
            start_year=2024,
            per_deal_cap=None if cap is None else Decimal(cap),
        ),
    )


def _app(db: Database, fund_id: int, tenant_id: int, amount: int = 2_000_000) -> int:
    return fs.create_application(
        db,
        fs.ApplicationData(
            fund_id=fund_id,
            tenant_id=tenant_id,
            amount_requested=Decimal(amount),
            instrument=Instrument.EQUITY,
            pre_money_valuation=Decimal(18_000_000),
            use_of_funds="研发",
            milestones="样机",
        ),
        comment="创建",
    )


def _to_committee(db: Database, app_id: int) -> None:
    for st in (S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE):
        fs.move_application(db, app_id, st, f"to {st.value}")


def test_draft_to_disbursement_with_reviews_and_committee(db: Database, tmp_path: Path) -> None:
    tid = _tenant(db)
    fid = _fund(db)
    app_id = _app(db, fid, tid)
    detail = fs.application(db, app_id)
    assert detail.status is S.DRAFT
    assert detail.data.stake_percent == Decimal("10.0000")  # 2M on 18M pre-money

    # Attachments: Chinese name with spaces, copied with a checksum.
    src = tmp_path / "商业 计划书.pdf"
    src.write_bytes(b"%PDF-1.4 plan")
    doc_id = fs.attach_document(db, app_id, src, "business_plan")
    src.unlink()
    stored = fs.document_file(db, doc_id)
    assert stored.read_bytes() == b"%PDF-1.4 plan" and stored.name.endswith("商业 计划书.pdf")

    _to_committee(db, app_id)
    full = {c.key: 4 for c in fs.DEFAULT_RUBRIC.criteria}
    fs.save_review(db, app_id, "周明远", full)
    fs.save_review(db, app_id, "林晓峰", {**full, "team": 2, "technology": 3})
    fs.save_review(db, app_id, "陈思涵", {k: 5 for k in full}, conflict_of_interest=True)
    d = fs.application(db, app_id)
    assert d.summary.counted == 2 and d.summary.conflicted == 1
    # 林晓峰: (2*30 + 3*25 + 4*20 + 4*15 + 4*10) / 100 = 3.15; average with 4 → 3.58
    assert d.summary.average == Decimal("3.58")
    assert d.summary.spread == Decimal("0.85")

    with pytest.raises(ValidationError) as over_cap:
        fs.record_committee_decision(
            db, app_id, TODAY, ["a", "b", "c"], 3, 0, 0, CommitteeDecisionKind.APPROVED,
            Decimal(3_500_000),
        )  # fmt: skip
    assert "amount_approved" in over_cap.value.fields
    fs.record_committee_decision(
        db, app_id, TODAY, ["甲", "乙", "丙"], 2, 1, 0, CommitteeDecisionKind.APPROVED,
        Decimal(1_800_000), "分两期拨付",
    )  # fmt: skip
    d = fs.application(db, app_id)
    assert d.status is S.APPROVED and d.amount_approved == Decimal(1_800_000)
    position = fs.fund(db, fid)
    assert position.committed == Decimal(1_800_000)
    assert position.available == Decimal(8_200_000) and position.deals == 1

    t1 = fs.add_tranche(db, app_id, Decimal(1_000_000), TODAY, "签约后")
    with pytest.raises(ValidationError) as too_much:
        fs.add_tranche(db, app_id, Decimal(900_000), TODAY, "样机")
    assert "¥800,000.00 left" in str(too_much.value)
    fs.add_tranche(db, app_id, Decimal(800_000), TODAY + dt.timedelta(days=90), "样机")
    with pytest.raises(ConflictError):
        fs.pay_tranche(db, t1, TODAY)  # agreement not signed yet
    fs.move_application(db, app_id, S.AGREEMENT_SIGNED, "签约")
    tr = fs.application(db, app_id).tranches[0]
    fs.pay_tranche(db, t1, TODAY, tr.version)
    d = fs.application(db, app_id)
    assert d.status is S.DISBURSED and d.paid == Decimal(1_000_000)
    assert [t.status for t in d.tranches] == [DisbursementStatus.PAID, DisbursementStatus.PLANNED]
    assert [m.to_status for m in d.history] == [
        S.DRAFT, S.SUBMITTED, S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE, S.APPROVED,
        S.AGREEMENT_SIGNED, S.DISBURSED,
    ]  # fmt: skip
    assert (
        d.history[5].comment.startswith("Committee meeting of") and "分两期" in d.history[5].comment
    )
    assert all(m.operator for m in d.history)

    assert fs.fund(db, fid).disbursed == Decimal(1_000_000)
    inv = fs.cumulative_investment(db, tid)
    assert inv.from_funds == Decimal(1_000_000) == inv.total
    tf = fs.tenant_funding(db, tid)
    assert tf.received_from_funds == Decimal(1_000_000)
    assert tf.applications[0].paid == Decimal(1_000_000)

    figures = {f.fund_id: f for f in fs.funnel(db)}
    mine = figures[fid]
    assert mine.applications == 1 and mine.by_status == {S.DISBURSED: 1}
    assert mine.requested == Decimal(2_000_000) and mine.approved == Decimal(1_800_000)
    assert mine.disbursed == Decimal(1_000_000)
    assert mine.reached[S.COMMITTEE] == 1 and mine.reached.get(S.CLOSED, 0) == 0
    assert dict(((a, b), r) for a, b, r in mine.conversion())[(S.DRAFT, S.SUBMITTED)] == 1.0
    assert S.DRAFT in mine.days_in_stage
    assert figures[None].applications == 1
    assert fs.funnel(db, year=1999)[0].applications == 0
    board = fs.cards(db)
    assert board[0].score == Decimal("3.58") and board[0].days_in_stage() == 0


def test_refusals(db: Database, tmp_path: Path) -> None:
    tid = _tenant(db)
    fid = _fund(db, size=3_000_000, cap=None)
    with pytest.raises(ValidationError) as bad:
        fs.create_application(
            db,
            fs.ApplicationData(fid, tid, Decimal(-5), Instrument.EQUITY, Decimal(0), Decimal(120)),
        )
    assert set(bad.value.fields) == {"amount_requested", "pre_money_valuation", "stake_percent"}
    app_id = _app(db, fid, tid)
    with pytest.raises(ConflictError) as dup:
        _app(db, fid, tid)
    assert f"no. {app_id}" in str(dup.value)
    with pytest.raises(ConflictError) as invalid:
        fs.move_application(db, app_id, S.APPROVED)
    assert "Allowed from here: Submitted, Withdrawn" in str(invalid.value)
    with pytest.raises(ValidationError):
        fs.attach_document(db, app_id, tmp_path / "gone.pdf")

    _to_committee(db, app_id)
    with pytest.raises(ConflictError):
        fs.move_application(db, app_id, S.APPROVED)  # no committee approval yet
    with pytest.raises(ValidationError) as score:
        fs.save_review(db, app_id, "周明远", {c.key: 6 for c in fs.DEFAULT_RUBRIC.criteria})
    assert all(k.startswith("score:") for k in score.value.fields)

    # A second tenant's approval uses up most of the fund; the first's is then over budget.
    other = _tenant(db, "另一家公司")
    other_app = _app(db, fid, other, 2_000_000)
    _to_committee(db, other_app)
    fs.record_committee_decision(
        db, other_app, TODAY, [], 0, 0, 0, CommitteeDecisionKind.APPROVED, Decimal(2_000_000)
    )
    with pytest.raises(ValidationError) as budget:
        fs.record_committee_decision(
            db, app_id, TODAY, [], 0, 0, 0, CommitteeDecisionKind.APPROVED, Decimal(1_500_000)
        )
    msg = str(budget.value)
    assert "¥1,000,000.00" in msg and "¥3,000,000.00" in msg and "¥2,000,000.00" in msg
    assert fs.application(db, app_id).status is S.COMMITTEE  # nothing lost
    fs.move_application(db, app_id, S.WITHDRAWN, "企业撤回")
    _app(db, fid, tid)  # the withdrawn one is no longer open
    with pytest.raises(ValidationError) as shrink:
        fs.save_fund(
            db,
            fs.FundData("南山天使投资基金", FundKind.EQUITY, Decimal(1_000_000), 2024),
            fid,
        )
    assert "¥2,000,000.00" in shrink.value.fields["total_size"]


def test_missing_attachment_is_reported(db: Database, tmp_path: Path) -> None:
    tid = _tenant(db)
    app_id = _app(db, _fund(db), tid)
    src = tmp_path / "财务报表 2025.xlsx"
    src.write_bytes(b"xlsx")
    doc = fs.attach_document(db, app_id, src, "financial_statements")
    stored = fs.document_file(db, doc)
    stored.write_bytes(b"changed")
    with pytest.raises(ConflictError):
        fs.document_file(db, doc)
    stored.unlink()
    with pytest.raises(NotFound) as gone:
        fs.document_file(db, doc)
    assert "财务报表 2025.xlsx" in str(gone.value)
    assert fs.application(db, app_id).documents[0].exists is False
    fs.remove_document(db, doc)
    assert fs.application(db, app_id).documents == []


def test_rubric_setting(db: Database) -> None:
    r, version = fs.rubric(db)
    assert [c.key for c in r.criteria] == ["team", "technology", "market", "traction", "fit"]
    assert version is None
    new = fs.Rubric((fs.Criterion("team", "Team", "团队", Decimal(2)),
                     fs.Criterion("ip", "IP", "知识产权", Decimal(1))), 1, 10)  # fmt: skip
    v = fs.save_rubric(db, new, None)
    r, version = fs.rubric(db)
    assert r == new and version == v
    with pytest.raises(ValidationError):
        fs.save_rubric(db, fs.Rubric((fs.Criterion("a", "A", "", Decimal(0)),)), v)
    # Scores recorded under the demo's Chinese names still count.
    assert fs.weighted_score(r, {"团队": 4, "知识产权": 1}) == Decimal(3)


def test_plan_move_is_the_one_check_before_a_move(db: Database) -> None:
    """The window asks the service before it asks for a comment: stale cards, moves the
    pipeline does not allow and the committee's outcomes are all decided here."""
    tid = _tenant(db)
    app_id = _app(db, _fund(db), tid)
    version = fs.application(db, app_id).version
    assert fs.plan_move(db, app_id, S.DRAFT, version) is None  # already there
    with pytest.raises(ConflictError) as invalid:
        fs.plan_move(db, app_id, S.DISBURSED, version)
    assert "Allowed from here: Submitted, Withdrawn" in str(invalid.value)
    plan = fs.plan_move(db, app_id, S.SUBMITTED, version)
    assert plan is not None and plan.decision is None and plan.detail.id == app_id
    fs.move_application(db, app_id, S.SUBMITTED, "", version)
    with pytest.raises(ConflictError) as stale:
        fs.plan_move(db, app_id, S.SCREENING, version)  # the card was read before the move
    assert "changed by someone else" in str(stale.value)
    for st in (S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE):
        fs.move_application(db, app_id, st)
    detail = fs.application(db, app_id)
    approve = fs.plan_move(db, app_id, S.APPROVED, detail.version)
    reject = fs.plan_move(db, app_id, S.REJECTED, detail.version)
    withdraw = fs.plan_move(db, app_id, S.WITHDRAWN, detail.version)
    assert approve is not None and approve.decision is CommitteeDecisionKind.APPROVED
    assert reject is not None and reject.decision is CommitteeDecisionKind.REJECTED
    assert withdraw is not None and withdraw.decision is None
    assert detail.awaits_decision and detail.editable and not detail.takes_tranches


def test_use_cases_compose_in_one_unit_of_work(db: Database) -> None:
    """Given the caller's unit of work, the use cases join it: all of it is written, or none."""
    tid = _tenant(db)
    fid = _fund(db)
    data = fs.ApplicationData(fid, tid, Decimal(500_000), Instrument.GRANT)
    with db.uow(summary="apply and submit") as uow:
        app_id = fs.create_application(uow, data, "填表")
        fs.move_application(uow, app_id, S.SUBMITTED, "提交")
        assert fs.application(uow, app_id).status is S.SUBMITTED  # reads see the changes
        uow.commit()
    assert [m.to_status for m in fs.application(db, app_id).history] == [S.DRAFT, S.SUBMITTED]
    other = _tenant(db, "另一家公司")
    with pytest.raises(ConflictError), db.uow(summary="apply and skip ahead") as uow:
        second = fs.create_application(
            uow, fs.ApplicationData(fid, other, Decimal(1), Instrument.GRANT)
        )
        fs.move_application(uow, second, S.APPROVED)  # not allowed: the draft goes too
    assert [c.tenant for c in fs.cards(db)] == ["深圳云帆科技有限公司"]
