"""The demo's funds and applications to them: reviews, committee, tranches, each step dated."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...core.vocabularies import (
    ApplicationStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    FundKind,
    Instrument,
)
from ...models import (
    ApplicationMove,
    CommitteeDecision,
    Disbursement,
    Fund,
    FundApplication,
    Review,
)
from .run import NEVER, DemoRun, at, date_of
from .tenant_lives import TenantLife
from .writer import table_of

INSTRUMENT = {
    FundKind.EQUITY: Instrument.EQUITY,
    FundKind.CONVERTIBLE_NOTE: Instrument.CONVERTIBLE_NOTE,
    FundKind.GRANT: Instrument.GRANT,
    FundKind.LOAN: Instrument.LOAN,
}


# A draft that is not submitted within this many days is withdrawn: the demo's drafts are
# recent, as in an incubator that follows its applications up.
STALE_DRAFT_DAYS = 45


class _Pipeline:
    """One application moving through the review pipeline, one dated step at a time."""

    def __init__(
        self, day: int, tenant_end: int | None, today: int, rnd: Callable[[], float]
    ) -> None:
        self.day = day
        self.end = tenant_end if tenant_end is not None else NEVER
        self.today = today
        self.rnd = rnd
        self.status = ApplicationStatus.DRAFT
        self.history: list[tuple[Any, ...]] = [
            (None, self.status, at(day, 540 + int(rnd() * 480)), "创建申请")
        ]

    def step(self, to: ApplicationStatus, days: int, comment: str) -> bool:
        """Move `days` later; False if that is after today or the tenant has left by then."""
        nxt = self.day + days
        if nxt > self.today:
            return False
        if nxt > self.end and to not in (ApplicationStatus.DISBURSED, ApplicationStatus.CLOSED):
            self.history.append(
                (
                    self.status,
                    ApplicationStatus.WITHDRAWN,
                    at(self.end, 1080),
                    "企业已迁出，申请撤回",
                )
            )
            self.status, self.day = ApplicationStatus.WITHDRAWN, self.end
            return False
        self.day = nxt
        self.history.append((self.status, to, at(nxt, 540 + int(self.rnd() * 480)), comment))
        self.status = to
        return True


@dataclass
class _Fund:
    """A fund as the generator sees it: money in fen, what is left of its budget."""

    id: int
    kind: FundKind
    left: int
    cap: int  # per deal


@dataclass
class _Rows:
    """Rows for the applications' tables; each starts with the application's index."""

    apps: list[tuple[Any, ...]] = field(default_factory=list)
    moves: list[tuple[Any, ...]] = field(default_factory=list)
    reviews: list[tuple[Any, ...]] = field(default_factory=list)
    decisions: list[tuple[Any, ...]] = field(default_factory=list)
    payouts: list[tuple[Any, ...]] = field(default_factory=list)


def write_funding(run: DemoRun, tenants: list[TenantLife]) -> None:
    """The funds (reused if there), then applications moving through the pipeline."""
    funds = _write_funds(run)
    rnd = run.rng.random
    pick_fund = run.picker(funds, [terms.weight for terms in run.words.funding.funds])
    plans = []
    for _ in range(round(run.n * 0.15)):
        t = tenants[int(rnd() * run.n)]
        lo = t.entry + 90
        hi = min(t.end if t.end is not None else run.today, run.today)
        if hi < lo:
            continue
        plans.append((lo + int(rnd() * (hi - lo + 1)), t.id, t, pick_fund()))
    plans.sort(key=lambda p: (p[0], p[1]))
    rows = _Rows()
    for index, (day, _tid, t, fund) in enumerate(plans):
        _apply(run, rows, index, day, t, fund)
    _write_applications(run, rows)


def _write_funds(run: DemoRun) -> list[_Fund]:
    """The funds, sized for the number of tenants; a fund already there keeps what is left."""
    w = run.writer
    ft, apt = table_of(Fund), table_of(FundApplication)
    scale = max(1.0, run.n / 300)
    existing = {
        row.name: row
        for row in run.conn.execute(
            select(ft.c.id, ft.c.name, ft.c.kind, ft.c.total_size, ft.c.per_deal_cap)
        )
    }
    funds = []
    new_rows = []
    start_year = dt.date.fromordinal(run.start).year
    for terms in run.words.funding.funds:
        name, kind, size, cap = terms.name, terms.kind, terms.size, terms.per_deal_cap
        row = existing.get(name)
        if row is not None:
            committed = run.conn.scalar(
                select(func.coalesce(func.sum(apt.c.amount_approved), 0)).where(
                    apt.c.fund_id == row.id,
                    apt.c.amount_approved.is_not(None),
                    apt.c.status.not_in(
                        [ApplicationStatus.REJECTED.value, ApplicationStatus.WITHDRAWN.value]
                    ),
                )
            )
            total = int(row.total_size * 100)
            cap_fen = int(row.per_deal_cap * 100) if row.per_deal_cap is not None else total
            spent = int((committed or 0) * 100)
            funds.append(_Fund(row.id, FundKind(row.kind), total - spent, cap_fen))
            continue
        total = int(size * scale) // 1_000_000 * 1_000_000 * 100
        fid = w.reserve(ft, 1)
        new_rows.append((
            fid, name, kind, total, cap * 100, start_year, terms.interest_rate,
            terms.interest_subsidy_share, terms.guarantee_fee_subsidy_share, True,
            "合作银行科技金融产品" if kind is FundKind.LOAN else "区财政出资，委托孵化器管理",
        ))  # fmt: skip
        funds.append(_Fund(fid, kind, total, cap * 100))
    w.write(
        ft,
        (
            "id",
            "name",
            "kind",
            "total_size",
            "per_deal_cap",
            "start_year",
            "interest_rate",
            "interest_subsidy_share",
            "guarantee_fee_subsidy_share",
            "open_for_applications",
            "notes",
        ),
        new_rows,
    )
    return funds


def _apply(run: DemoRun, rows: _Rows, index: int, day: int, t: TenantLife, fund: _Fund) -> None:
    """One application from draft on, as far as its dates reach before today."""
    rng = run.rng
    rnd = rng.random
    reviewers = run.words.funding.reviewers
    kind, cap = fund.kind, fund.cap
    if kind is FundKind.GRANT:
        requested = (100_000 + int(rnd() * 400_000)) // 10_000 * 10_000 * 100
    else:
        requested = (500_000 + int(rnd() * 4_500_000)) // 10_000 * 10_000 * 100
    requested = min(requested, cap)
    pre_money = stake = None
    if kind in (FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE):
        pre_money = (10_000_000 + int(rnd() * 90_000_000)) // 100_000 * 100_000 * 100
        stake = (Decimal(requested) * 100 / Decimal(pre_money + requested)).quantize(
            Decimal("0.0001")
        )
    p = _Pipeline(day, t.end, run.today, rnd)
    approved = None
    S = ApplicationStatus
    if rnd() < 0.04 and not p.step(S.WITHDRAWN, STALE_DRAFT_DAYS, "逾期未提交材料，申请撤回"):
        ok = False  # a draft begun in the last weeks: still being written
    else:
        ok = p.status is S.DRAFT and p.step(S.SUBMITTED, int(rnd() * 14), "提交申请材料")
    ok = ok and p.step(S.SCREENING, 3 + int(rnd() * 8), "形式审查")
    if ok and rnd() < 0.2:
        p.step(S.REJECTED, 5 + int(rnd() * 10), "不符合申报条件")
        ok = False
    ok = ok and p.step(S.DUE_DILIGENCE, 7 + int(rnd() * 14), "进入尽职调查")
    if ok:
        for reviewer in rng.sample(reviewers, 2 + int(rnd() * 2)):
            scores = {k: 1 + int(rnd() * 5) for k in ("团队", "技术", "市场", "财务")}
            submitted = p.day + 5 + int(rnd() * 10)
            rows.reviews.append((
                index, reviewer, rnd() < 0.05, scores, "",
                at(submitted, 900) if submitted <= run.today else None,
            ))  # fmt: skip
        if rnd() < 0.1:
            p.step(S.WITHDRAWN, 10 + int(rnd() * 20), "企业主动撤回")
            ok = False
    ok = ok and p.step(S.COMMITTEE, 14 + int(rnd() * 30), "提交投决会")
    if ok:
        approved = _committee(run, rows, index, p, fund, requested)
        ok = approved is not None
    ok = ok and p.step(S.AGREEMENT_SIGNED, 7 + int(rnd() * 21), "签署协议")
    if ok and approved:
        _pay(run, rows, index, p, kind, approved)
    rows.apps.append((
        index, fund.id, t.id, requested, INSTRUMENT[kind], pre_money, stake,
        run.choice(run.words.funding.use_of_funds), "完成产品定型并实现首批销售", p.status,
        p.history[-1][2], approved,
    ))  # fmt: skip
    for frm, to, at_, comment in p.history:
        rows.moves.append((index, frm, to, at_, comment))


def _committee(
    run: DemoRun, rows: _Rows, index: int, p: _Pipeline, fund: _Fund, requested: int
) -> int | None:
    """The committee's meetings on an application: the amount approved (fen), else None."""
    rng = run.rng
    rnd = rng.random
    S = ApplicationStatus
    members = rng.sample(run.words.funding.reviewers, 5 + int(rnd() * 3))
    meeting = 7 + int(rnd() * 14)
    if p.day + meeting <= min(run.today, p.end) and rnd() < 0.1:
        rows.decisions.append(
            _decision(rng, index, p.day + meeting, members, None, "补充材料后再议")
        )
        meeting += 28
    grant = requested * (6 + int(rnd() * 5)) // 10 // 1_000_000 * 1_000_000
    grant = min(max(grant, 1_000_000), fund.cap, requested)
    if grant > fund.left or rnd() < 0.25:
        reason = "基金剩余额度不足" if grant > fund.left else "投决会未通过"
        if p.step(S.REJECTED, meeting, reason):
            rows.decisions.append(_decision(rng, index, p.day, members, False, reason))
        return None
    if p.step(S.APPROVED, meeting, "投决会通过"):
        rows.decisions.append(_decision(rng, index, p.day, members, grant, ""))
        fund.left -= grant
        return grant
    return None


def _pay(
    run: DemoRun, rows: _Rows, index: int, p: _Pipeline, kind: FundKind, approved: int
) -> None:
    """Tranches of an approved amount, paid or planned, and the application closed later."""
    rnd = run.rng.random
    S = ApplicationStatus
    # Loans are paid out at once; equity and grants often in two tranches.
    if kind is FundKind.LOAN or rnd() < 0.4:
        amounts = [approved]
    else:
        amounts = [approved * 6 // 10, approved - approved * 6 // 10]
    pay_days = [p.day + 7 + int(rnd() * 21)]
    if len(amounts) > 1:
        pay_days.append(pay_days[0] + 90 + int(rnd() * 90))
    for n, (amount, pay_day) in enumerate(zip(amounts, pay_days, strict=True), 1):
        paid = pay_day <= run.today
        rows.payouts.append((
            index, n, amount, date_of(pay_day), date_of(pay_day) if paid else None,
            "首期拨付" if n == 1 else "完成里程碑后拨付",
            DisbursementStatus.PAID if paid else DisbursementStatus.PLANNED,
        ))  # fmt: skip
    if (
        p.step(S.DISBURSED, pay_days[0] - p.day, "首期资金拨付")
        and pay_days[-1] <= run.today
        and rnd() < 0.5
    ):
        p.step(S.CLOSED, pay_days[-1] - p.day + 180, "项目结项")


def _write_applications(run: DemoRun, rows: _Rows) -> None:
    """Applications and their moves, reviews, committee decisions and tranches."""
    w = run.writer
    apt = table_of(FundApplication)
    first_a = w.reserve(apt, len(rows.apps))
    w.write(
        apt,
        (
            "id",
            "fund_id",
            "tenant_id",
            "amount_requested",
            "instrument",
            "pre_money_valuation",
            "stake_percent",
            "use_of_funds",
            "milestones",
            "status",
            "status_since",
            "amount_approved",
        ),
        [(first_a + a[0], *a[1:]) for a in rows.apps],
    )
    mt = table_of(ApplicationMove)
    first_m = w.reserve(mt, len(rows.moves))
    w.write(
        mt,
        ("id", "application_id", "from_status", "to_status", "at", "operator_id", "comment"),
        [
            (first_m + k, first_a + m[0], m[1], m[2], m[3], run.operator_id, m[4])
            for k, m in enumerate(rows.moves)
        ],
    )
    rt = table_of(Review)
    first_r = w.reserve(rt, len(rows.reviews))
    w.write(
        rt,
        (
            "id",
            "application_id",
            "reviewer",
            "conflict_of_interest",
            "scores",
            "comment",
            "submitted_at",
        ),
        [(first_r + k, first_a + r[0], *r[1:]) for k, r in enumerate(rows.reviews)],
    )
    ct = table_of(CommitteeDecision)
    first_c = w.reserve(ct, len(rows.decisions))
    w.write(
        ct,
        (
            "id",
            "application_id",
            "meeting_date",
            "members_present",
            "votes_for",
            "votes_against",
            "abstentions",
            "decision",
            "amount_approved",
            "conditions",
        ),
        [(first_c + k, first_a + d[0], *d[1:]) for k, d in enumerate(rows.decisions)],
    )
    dt_ = table_of(Disbursement)
    first_d = w.reserve(dt_, len(rows.payouts))
    w.write(
        dt_,
        (
            "id",
            "application_id",
            "tranche_no",
            "amount",
            "planned_on",
            "paid_on",
            "milestone",
            "status",
        ),
        [(first_d + k, first_a + p[0], *p[1:]) for k, p in enumerate(rows.payouts)],
    )


def _decision(
    rng: random.Random,
    index: int,
    day: int,
    members: list[str],
    outcome: int | bool | None,
    note: str,
) -> tuple[Any, ...]:
    """A committee meeting: an approved amount (fen), False for rejected, None deferred."""
    n = len(members)
    majority = n // 2 + 1
    if outcome is None:
        kind, votes_for, amount = CommitteeDecisionKind.DEFERRED, n // 2, None
    elif outcome is False:
        kind, votes_for, amount = (
            CommitteeDecisionKind.REJECTED,
            int(rng.random() * majority),
            None,
        )
    else:
        kind, amount = CommitteeDecisionKind.APPROVED, outcome
        votes_for = majority + int(rng.random() * (n - majority + 1))
    against = (n - votes_for + 1) // 2
    return (
        index,
        date_of(day),
        members,
        votes_for,
        against,
        n - votes_for - against,
        kind,
        amount,
        note,
    )
