"""The graduation engine: each tenant's criteria, months in incubation and limit, on a day.

Tenants are evaluated a chunk at a time: per chunk of `CHUNK` tenants a fixed handful of
queries read what the rules need, the revenue already added up by year in SQL. So evaluating
50,000 tenants costs a few dozen queries, and memory holds one chunk, not the whole portfolio.
The command line, the reports and the dashboard's lists all evaluate this way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Connection, case, func, select, type_coerce

from ...core import clock
from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.money import report_money
from ...core.periods import add_months, months_between
from ...core.vocabularies import OPEN_STAGES, ListingStatus, Stage
from ...db import Store
from ...models import KpiSnapshot, LookupItem, StageChange, Tenant
from .. import funding
from .results import CriterionResult, TenantGraduation
from .rule_settings import LISTED, GraduationRules, rules

CHUNK = 2000  # tenants evaluated together (and ids in one IN list)

LISTED_EVIDENCE = {
    ListingStatus.LISTED: QT_TRANSLATE_NOOP("graduation", "Listed on {date}"),
    ListingStatus.QUOTED: QT_TRANSLATE_NOOP(
        "graduation", "Quoted (NEEQ / regional market) on {date}"
    ),
    ListingStatus.ACQUIRED: QT_TRANSLATE_NOOP("graduation", "Acquired on {date}"),
    ListingStatus.MERGED: QT_TRANSLATE_NOOP("graduation", "Merged on {date}"),
}
HIGH_TECH_SINCE = QT_TRANSLATE_NOOP("graduation", "Certified since {date}")
HIGH_TECH_UNDATED = QT_TRANSLATE_NOOP("graduation", "Certified (date not recorded)")
NOT_HIGH_TECH = QT_TRANSLATE_NOOP("graduation", "Not certified")
INVESTED_IN = QT_TRANSLATE_NOOP("graduation", "{total} received ({quarters}); threshold {limit}")
INVESTED_BY_FUNDS = QT_TRANSLATE_NOOP(
    "graduation", "{total} received from the incubator's funds; threshold {limit}"
)
NOT_INVESTED = QT_TRANSLATE_NOOP("graduation", "No investment recorded; threshold {limit}")
NO_REVENUE_PAIR = QT_TRANSLATE_NOOP(
    "graduation", "No two consecutive years of revenue recorded; threshold {limit}"
)
REVENUE_PAIR = QT_TRANSLATE_NOOP(
    "graduation", "{y1}: {r1} ({q1}) + {y2}: {r2} ({q2}) = {total}; threshold {limit}"
)
NOT_LISTED = QT_TRANSLATE_NOOP("graduation", "Not listed, quoted or acquired")

# The quarters of a year's figures as a bit mask (Q1 = 1 … Q4 = 8), summed in SQL: the
# (tenant, year, quarter) of the figures is unique, so the sum is the mask.
_QUARTER_BIT = case(
    (KpiSnapshot.quarter == 1, 1),
    (KpiSnapshot.quarter == 2, 2),
    (KpiSnapshot.quarter == 3, 4),
    else_=8,
)
_MASK_QUARTERS = tuple(
    tuple(q for q in (1, 2, 3, 4) if mask & (1 << (q - 1))) for mask in range(16)
)


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


@cache
def _quarter_label(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


@cache
def _year_labels(year: int, mask: int) -> tuple[str, ...]:
    """The quarters of `mask` in `year`, as labels ("2025Q1", …)."""
    return tuple(_quarter_label(year, q) for q in _MASK_QUARTERS[mask])


@cache
def _year_quarters(year: int, mask: int) -> str:
    """The quarters of `mask` in `year` as evidence writes them: "2025Q1–Q4" for all four."""
    return f"{year}Q1–Q4" if mask == 15 else ", ".join(_year_labels(year, mask))


@dataclass
class _Inputs:
    """What the evaluation reads for one tenant besides its own row."""

    investment_total: Decimal = Decimal(0)
    investment_quarters: list[str] = field(default_factory=list)
    revenue: dict[int, tuple[int, int]] = field(default_factory=dict)  # year → (fen, quarters)
    ended_on: dt.date | None = None


_NOTHING = _Inputs()


def _gather(
    db: Store, conn: Connection, ids: Sequence[int], ended: Sequence[int], on: dt.date
) -> dict[int, _Inputs]:
    """The inputs of the tenants `ids` (`ended`: those no longer in incubation) as they stood
    on `on`: money received after it does not count. Revenue counts whatever year it was
    recorded for."""
    inputs: dict[int, _Inputs] = {}

    def one(tid: int) -> _Inputs:
        found = inputs.get(tid)
        if found is None:
            found = inputs[tid] = _Inputs()
        return found

    for tid, counted in funding.counted_investments(db, up_to=on, tenant_ids=ids).items():
        got = one(tid)
        got.investment_total = counted.total
        got.investment_quarters = [_quarter_label(y, q) for y, q in counted.outside_quarters]
    revenue = (
        select(
            KpiSnapshot.tenant_id,
            KpiSnapshot.year,
            func.sum(type_coerce(KpiSnapshot.revenue, BigInteger)),  # fen
            func.sum(_QUARTER_BIT),
        )
        .where(KpiSnapshot.tenant_id.in_(ids), KpiSnapshot.revenue.is_not(None))
        .group_by(KpiSnapshot.tenant_id, KpiSnapshot.year)
    )
    for tid, year, fen, mask in conn.execute(revenue):
        one(tid).revenue[year] = (int(fen), int(mask))
    if ended:  # when incubation ended counts only for tenants no longer in it
        ends = (
            select(StageChange.tenant_id, func.max(StageChange.changed_on))
            .where(
                StageChange.tenant_id.in_(ended),
                StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)),
            )
            .group_by(StageChange.tenant_id)
        )
        for tid, day in conn.execute(ends):
            one(tid).ended_on = day
    return inputs


def _best_revenue_pair(revenue: dict[int, tuple[int, int]]) -> tuple[int, int, int] | None:
    """The two consecutive years with the highest revenue together (fen), the first such."""
    best: tuple[int, int, int] | None = None
    for year in sorted(revenue):
        following = revenue.get(year + 1)
        if following is not None:
            total = revenue[year][0] + following[0]
            if best is None or total > best[2]:
                best = (year, year + 1, total)
    return best


@dataclass(frozen=True)
class _Day:
    """The rules in force and the day of the evaluation, with what every tenant shares."""

    rules: GraduationRules
    on: dt.date
    investment_limit: Decimal
    revenue_limit: Decimal
    investment_limit_text: str  # as the evidence writes it, once for every tenant
    revenue_limit_text: str

    @classmethod
    def of(cls, r: GraduationRules, on: dt.date) -> _Day:
        return cls(
            r,
            on,
            r.investment_threshold,
            r.revenue_threshold,
            report_money(r.investment_threshold),
            report_money(r.revenue_threshold),
        )


def _evaluate(t: Any, one: _Inputs, day: _Day) -> TenantGraduation:
    # A row of _tenant_query, unpacked at once (a tuple unpacks faster than it is read by name)
    (
        tenant_id,
        credit_code,
        name_zh,
        name_en,
        stage,
        entry_date,
        founded_on,
        graduated_on,
        high_tech_enterprise,
        high_tech_since,
        listing_status,
        listing_date,
        long_incubation,
        industry_zh,
    ) = t
    r, on = day.rules, day.on
    # 1. High-Tech Enterprise
    if high_tech_enterprise:
        if high_tech_since:
            facts: tuple[tuple[str, Any], ...] = (("date", high_tech_since.isoformat()),)
            high_tech = CriterionResult(
                "high_tech", r.high_tech_enabled, True, HIGH_TECH_SINCE, facts
            )
        else:
            high_tech = CriterionResult("high_tech", r.high_tech_enabled, True, HIGH_TECH_UNDATED)
    else:
        high_tech = CriterionResult("high_tech", r.high_tech_enabled, False, NOT_HIGH_TECH)
    # 2. Cumulative investment
    total = one.investment_total
    qs = one.investment_quarters
    span = f"{qs[0]}–{qs[-1]}" if len(qs) > 1 else (qs[0] if qs else "")
    if total > 0 and span:
        template = INVESTED_IN
    elif total > 0:
        template = INVESTED_BY_FUNDS
    else:
        template = NOT_INVESTED
    investment = CriterionResult(
        "investment",
        r.investment_enabled,
        total > day.investment_limit,
        template,
        (("total", total), ("quarters", span), ("limit", day.investment_limit_text)),
        total,
        tuple(qs),
    )
    # 3. Revenue of two consecutive years
    pair = _best_revenue_pair(one.revenue)
    if pair is None:
        revenue = CriterionResult(
            "revenue",
            r.revenue_enabled,
            False,
            NO_REVENUE_PAIR,
            (("limit", day.revenue_limit_text),),
        )
    else:
        y1, y2, fen = pair
        (fen1, mask1), (fen2, mask2) = one.revenue[y1], one.revenue[y2]
        rev_total = _yuan(fen)
        revenue = CriterionResult(
            "revenue",
            r.revenue_enabled,
            rev_total > day.revenue_limit,
            REVENUE_PAIR,
            (
                ("y1", y1),
                ("r1", _yuan(fen1)),
                ("q1", _year_quarters(y1, mask1)),
                ("y2", y2),
                ("r2", _yuan(fen2)),
                ("q2", _year_quarters(y2, mask2)),
                ("total", rev_total),
                ("limit", day.revenue_limit_text),
            ),
            rev_total,
            _year_labels(y1, mask1) + _year_labels(y2, mask2),
        )
    # 4. Merged, acquired, listed or quoted
    if listing_status in LISTED:
        listed = CriterionResult(
            "listed",
            r.listed_enabled,
            True,
            LISTED_EVIDENCE[listing_status],
            (("date", listing_date.isoformat() if listing_date else "?"),),
        )
    else:
        listed = CriterionResult("listed", r.listed_enabled, False, NOT_LISTED)

    results = [high_tech, investment, revenue, listed]
    n_met = sum(1 for c in results if c.enabled and c.met)
    limit = r.long_incubation_months if long_incubation else r.incubation_months
    months: int | None = None
    limit_date: dt.date | None = None
    if entry_date is not None:
        end = on
        if stage not in OPEN_STAGES:
            end = graduated_on or one.ended_on or on
        months = months_between(entry_date, min(end, on))
        limit_date = add_months(entry_date, limit)
    admitted = (
        months_between(founded_on, entry_date) <= r.admission_max_months
        if founded_on and entry_date
        else None
    )
    return TenantGraduation(
        tenant_id=tenant_id,
        credit_code=credit_code or "",
        name=name_zh,
        name_en=name_en or "",
        stage=stage,
        industry=industry_zh or "",
        entry_date=entry_date,
        founded_on=founded_on,
        months_in_incubation=months,
        limit_months=limit,
        limit_date=limit_date,
        overdue=stage in OPEN_STAGES and months is not None and months > limit,
        admitted_within_limit=admitted,
        criteria=results,
        criteria_met=n_met,
        min_criteria=r.min_criteria,
        eligible=n_met >= r.min_criteria,
    )


def _tenant_query(ids: Sequence[int] | None, in_incubation: bool) -> Any:
    stmt = (
        select(
            Tenant.id,
            Tenant.credit_code,
            Tenant.name_zh,
            Tenant.name_en,
            Tenant.stage,
            Tenant.entry_date,
            Tenant.founded_on,
            Tenant.graduated_on,
            Tenant.high_tech_enterprise,
            Tenant.high_tech_since,
            Tenant.listing_status,
            Tenant.listing_date,
            LookupItem.long_incubation,
            LookupItem.name_zh.label("industry_zh"),
        )
        .outerjoin(LookupItem, LookupItem.id == Tenant.industry_id)
        .where(Tenant.archived_at.is_(None))
        .order_by(Tenant.name_zh, Tenant.id)
    )
    if ids is not None:
        stmt = stmt.where(Tenant.id.in_(ids))
    if in_incubation:
        stmt = stmt.where(Tenant.stage.in_(OPEN_STAGES))
    return stmt


def evaluate_each(
    db: Store,
    on: dt.date | None = None,
    tenant_ids: Iterable[int] | None = None,
    rules_: GraduationRules | None = None,
    in_incubation: bool = False,
) -> Iterator[TenantGraduation]:
    """Every (unarchived) tenant's graduation status, or those of `tenant_ids`, by name, one
    at a time as they are evaluated (a chunk of tenants at once); `in_incubation`: only the
    tenants still in incubation."""
    day = _Day.of(rules_ or rules(db), on or clock.today())
    wanted = None if tenant_ids is None else set(tenant_ids)
    if wanted is not None and not wanted:
        return
    # A long list of ids is checked here rather than sent as an IN list the database limits.
    in_sql = wanted is not None and len(wanted) <= CHUNK
    with db.read() as s:
        # Core, not the ORM: plain rows, a third cheaper to fetch
        conn = s.connection()
        rows = conn.execute(
            _tenant_query(sorted(wanted) if in_sql and wanted is not None else None, in_incubation),
            execution_options={"yield_per": CHUNK},
        )
        for chunk in rows.partitions():
            if wanted is not None and not in_sql:
                chunk = [t for t in chunk if t.id in wanted]
            if not chunk:
                continue
            ids = [t.id for t in chunk]
            ended = [t.id for t in chunk if t.stage not in OPEN_STAGES]
            inputs = _gather(db, conn, ids, ended, day.on)
            for t in chunk:
                yield _evaluate(t, inputs.get(t.id, _NOTHING), day)


def evaluate_all(
    db: Store,
    on: dt.date | None = None,
    tenant_ids: Iterable[int] | None = None,
    rules_: GraduationRules | None = None,
) -> list[TenantGraduation]:
    """Every (unarchived) tenant's graduation status, or those of `tenant_ids`, by name."""
    return list(evaluate_each(db, on, tenant_ids, rules_))


def evaluate(db: Store, tenant_id: int, on: dt.date | None = None) -> TenantGraduation:
    found = evaluate_all(db, on, [tenant_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That tenant no longer exists."))
    return found[0]


def candidates(results: Iterable[TenantGraduation]) -> list[TenantGraduation]:
    """Tenants still in incubation that meet enough criteria to graduate."""
    return [g for g in results if g.candidate]


def overdue(results: Iterable[TenantGraduation]) -> list[TenantGraduation]:
    """Tenants still in incubation past their incubation limit, longest first."""
    return sorted(
        (g for g in results if g.overdue),
        key=lambda g: -(g.months_in_incubation or 0),
    )


def tenant_by_credit_code(db: Store, code: str) -> int:
    """The id of the tenant with this credit code; NotFound names the code."""
    from ..creditcode import normalise

    clean = normalise(code)
    with db.read() as s:
        tid = s.scalar(select(Tenant.id).where(Tenant.credit_code == clean))
    if tid is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No tenant has the credit code {code}."), code=clean
        )
    return tid
