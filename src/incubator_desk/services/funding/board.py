"""The pipeline board, the list and the funnel: applications as cards (filtered, counted per
column, sorted by the database a page at a time, with their reviewers' average score), and
per fund and year how many reached each stage, went on, and how long they stayed."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    select,
    type_coerce,
)

from ...core import clock
from ...core.vocabularies import ApplicationStatus, DisbursementStatus
from ...db import Store
from ...models import ApplicationMove, Disbursement, Fund, FundApplication, Review, Tenant
from ..text_search import contains
from .applications import local_date
from .assignments import unsubmitted, visible_filter
from .pipeline import COMMITTED, PIPELINE
from .reviews import Rubric, round_score, rubric
from .sums import ZERO


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
    partial_score: bool = False  # a review behind the score leaves some criteria unscored

    def days_in_stage(self, today: dt.date | None = None) -> int:
        return ((today or clock.today()) - local_date(self.status_since)).days


def _score_parts(r: Rubric) -> tuple[Any, Any]:
    """A review's weighted score computed by the database (SQLite and PostgreSQL JSON), and
    how many of the rubric's criteria it scores."""
    num: Any = literal(0.0)
    den: Any = literal(0.0)
    scored: Any = literal(0)
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
        scored = scored + case((v.is_not(None), 1), else_=0)
    return num / func.nullif(den, 0.0), scored


def _score_subquery(r: Rubric, app_ids: Sequence[int] | None = None) -> Any:
    """Per application: the sum and count of its reviews' weighted scores, and how many of
    those reviews leave some criteria unscored (`partial`)."""
    w, scored = _score_parts(r)
    partial = case((and_(w.is_not(None), scored < len(r.criteria)), 1), else_=0)
    stmt = select(
        Review.application_id.label("application_id"),
        func.sum(w).label("total"),
        func.count(w).label("n"),
        func.sum(partial).label("partial"),
    ).where(Review.conflict_of_interest.is_(False))
    if app_ids is not None:
        stmt = stmt.where(Review.application_id.in_(app_ids))
    return stmt.group_by(Review.application_id).subquery()


def _avg(total: Any, n: Any) -> Decimal | None:
    return round_score(float(total) / n) if n else None


Score = tuple[Decimal | None, bool]  # the average, and whether a review left criteria out


def _score_of(total: Any, n: Any, partial: Any) -> Score:
    return _avg(total, n), bool(partial)


@dataclass(frozen=True)
class CardFilter:
    fund_id: int | None = None
    year: int | None = None
    search: str = ""


CARD_ORDER = ("id", "tenant", "fund", "amount", "approved", "status", "score", "days", "since")


def _card_where(stmt: Any, f: CardFilter, visible: Any = None) -> Any:
    if visible is not None:  # a reviewer: the applications assigned to them
        stmt = stmt.where(FundApplication.id.in_(visible))
    if f.fund_id is not None:
        stmt = stmt.where(FundApplication.fund_id == f.fund_id)
    if f.year is not None:
        stmt = stmt.where(FundApplication.id.in_(apps_of_year(f.year)))
    if text := f.search.strip():
        stmt = stmt.where(
            contains(Tenant.name_zh, text)
            | contains(Tenant.name_en, text)
            | contains(Fund.name, text)
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


def _card(x: Any, score: Score | None) -> Card:
    avg, partial = score or (None, False)
    return Card(x[0], x[1], x[2], x[3], x[4], x[5], ApplicationStatus(x[6]), x[7], avg, partial)


def card_counts(db: Store, f: CardFilter | None = None) -> dict[ApplicationStatus, int]:
    """How many applications each board column holds."""
    f = f or CardFilter()
    stmt = _card_where(
        select(FundApplication.status, func.count())
        .select_from(FundApplication)
        .join(Tenant, Tenant.id == FundApplication.tenant_id)
        .join(Fund, Fund.id == FundApplication.fund_id),
        f,
        visible_filter(db),
    ).group_by(FundApplication.status)
    with db.read() as s:
        return {ApplicationStatus(st): int(n) for st, n in s.execute(stmt)}


def cards(
    db: Store,
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
    visible = visible_filter(db)
    stmt = _card_where(_card_select(), f, visible)
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
        stmt = stmt.add_columns(scored.c.total, scored.c.n, scored.c.partial)
    direction = key.desc() if descending else key.asc()
    nulls = direction.nulls_last() if db.dialect == "postgresql" else direction
    stmt = stmt.order_by(nulls, FundApplication.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        rows = s.execute(stmt).all()
        hidden = unsubmitted(db) or set()
        if scored is not None:
            return [
                _card(x, None if x[0] in hidden else _score_of(x[8], x[9], x[10])) for x in rows
            ]
        ids = [x[0] for x in rows]
        scores: dict[int, Score] = {}
        if ids:
            sub = _score_subquery(r, ids if len(ids) <= 900 else None)
            for app_id, total, n, partial in s.execute(
                select(sub.c.application_id, sub.c.total, sub.c.n, sub.c.partial)
            ):
                if app_id not in hidden:
                    scores[app_id] = _score_of(total, n, partial)
    return [_card(x, scores.get(x[0])) for x in rows]


def board_pages(
    db: Store, f: CardFilter | None = None, per_column: int = 50
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
    visible = visible_filter(db)
    inner = _card_where(ranked, f, visible).subquery()
    stmt = (
        _card_select()
        .join(inner, inner.c.id == FundApplication.id)
        .where(inner.c.rank <= per_column)
    )
    out: dict[ApplicationStatus, list[Card]] = defaultdict(list)
    with db.read() as s:
        rows = s.execute(stmt).all()
        ids = [x[0] for x in rows]
        scores: dict[int, Score] = {}
        if ids:
            sub = _score_subquery(r, ids if len(ids) <= 900 else None)
            for app_id, total, n, partial in s.execute(
                select(sub.c.application_id, sub.c.total, sub.c.n, sub.c.partial)
            ):
                scores[app_id] = _score_of(total, n, partial)
    for app_id in unsubmitted(db) or ():
        scores.pop(app_id, None)
    for x in sorted(rows, key=lambda x: (x[7], x[0])):
        out[ApplicationStatus(x[6])].append(_card(x, scores.get(x[0])))
    return dict(out)


def apps_of_year(year: int) -> Select[Any]:
    """The applications started in `year` (by their first move, their creation)."""
    return select(ApplicationMove.application_id).where(
        ApplicationMove.from_status.is_(None),
        ApplicationMove.at >= clock.at(dt.date(year, 1, 1)),
        ApplicationMove.at < clock.at(dt.date(year + 1, 1, 1)),
    )


def years(db: Store) -> list[int]:
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


@dataclass(frozen=True)
class StageFigures:
    """One stage of a funnel: how many are in it now, reached it, went on, and stayed how long."""

    status: ApplicationStatus
    now: int
    reached: int
    went_on: float | None  # share of those who reached it that reached the next stage
    days: float | None  # average days in it, of those who left it


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

    def stages(self) -> list[StageFigures]:
        """The pipeline's stages, then the two ways out of it, with their figures."""
        went_on = {a: rate for a, _b, rate in self.conversion()}
        return [
            StageFigures(st, self.by_status.get(st, 0), self.reached.get(st, 0),
                         went_on.get(st), self.days_in_stage.get(st))
            for st in (*PIPELINE, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)
        ]  # fmt: skip

    @property
    def deals_approved(self) -> int:
        return self.reached.get(ApplicationStatus.APPROVED, 0)

    @property
    def approved_at_committee(self) -> float | None:
        """Share of the applications that reached the committee that it approved."""
        at_committee = self.reached.get(ApplicationStatus.COMMITTEE, 0)
        return self.deals_approved / at_committee if at_committee else None


_JULIAN_UNIX_EPOCH = 2440587.5


def _julian(db: Store, col: Any) -> Any:
    """A timestamp as a Julian day number (float), computed by the database."""
    if db.dialect == "sqlite":
        return func.julianday(col)
    return func.extract("epoch", col) / 86400.0 + _JULIAN_UNIX_EPOCH


def funnel(db: Store, year: int | None = None) -> list[Funnel]:
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
        return stmt if year is None else stmt.where(FundApplication.id.in_(apps_of_year(year)))

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
