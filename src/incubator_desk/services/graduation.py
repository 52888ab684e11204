"""Graduation rules (editable settings) and their evaluation for each tenant.

The rules of 《科技企业孵化器管理办法》 are defaults only: the operator edits them in Settings,
and they are stored with the data under the setting key ``graduation_rules``. For each tenant
the engine says which criteria are met, with the figures and the quarters they come from,
how many months it has been in incubation, its limit, and whether it is overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from ..core.errors import NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.money import report_money
from ..core.periods import add_months, months_between, quarter_end
from ..core.vocabularies import OPEN_STAGES, ListingStatus, LookupCategory, Stage
from ..db import Database
from ..models import InvestmentReceived, KpiSnapshot, LookupItem, StageChange, Tenant
from . import funding
from . import settings as settings_service

CTX = "graduation"
SETTING_KEY = "graduation_rules"
CRITERIA = ("high_tech", "investment", "revenue", "listed")

CRITERION_NAMES = {
    "high_tech": QT_TRANSLATE_NOOP("graduation", "High and New Technology Enterprise"),
    "investment": QT_TRANSLATE_NOOP("graduation", "Cumulative investment received"),
    "revenue": QT_TRANSLATE_NOOP("graduation", "Revenue of two consecutive years"),
    "listed": QT_TRANSLATE_NOOP("graduation", "Merged, acquired, listed or quoted"),
}
LISTED = (ListingStatus.LISTED, ListingStatus.QUOTED, ListingStatus.ACQUIRED, ListingStatus.MERGED)


_t = Translator(CTX)


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GraduationRules:
    """The graduation criteria and incubation limits in force (defaults: 2018 national rules)."""

    high_tech_enabled: bool = True
    investment_enabled: bool = True
    investment_threshold: Decimal = Decimal("5000000")
    revenue_enabled: bool = True
    revenue_threshold: Decimal = Decimal("10000000")
    listed_enabled: bool = True
    min_criteria: int = 1
    admission_max_months: int = 24
    incubation_months: int = 48
    long_incubation_months: int = 60

    def enabled(self) -> list[str]:
        return [k for k in CRITERIA if getattr(self, f"{k}_enabled")]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["investment_threshold"] = str(self.investment_threshold)
        out["revenue_threshold"] = str(self.revenue_threshold)
        return out

    @classmethod
    def from_json(cls, value: Any) -> GraduationRules:
        base = cls()
        if not isinstance(value, dict):
            return base
        kwargs: dict[str, Any] = {}
        for name, default in asdict(base).items():
            if name not in value:
                continue
            raw = value[name]
            try:
                if isinstance(default, bool):
                    kwargs[name] = bool(raw)
                elif isinstance(default, Decimal):
                    kwargs[name] = Decimal(str(raw))
                else:
                    kwargs[name] = int(raw)
            except (TypeError, ValueError, InvalidOperation):
                continue
        return replace(base, **kwargs)


@dataclass(frozen=True)
class StoredRules:
    rules: GraduationRules
    version: int | None


def load_rules(db: Database) -> StoredRules:
    got = settings_service.get(db, SETTING_KEY)
    return StoredRules(GraduationRules.from_json(got.value), got.version)


def rules(db: Database) -> GraduationRules:
    return load_rules(db).rules


def validate_rules(r: GraduationRules) -> None:
    errors: dict[str, str] = {}
    enabled = r.enabled()
    if not enabled:
        errors["criteria"] = _t(
            QT_TRANSLATE_NOOP("graduation", "Keep at least one graduation criterion.")
        )
    if not 1 <= r.min_criteria <= max(len(enabled), 1):
        errors["min_criteria"] = _t(
            QT_TRANSLATE_NOOP(
                "graduation",
                "“At least N criteria” must be between 1 and {n}, the criteria in use.",
            ),
            n=max(len(enabled), 1),
        )
    for name in ("investment_threshold", "revenue_threshold"):
        if getattr(r, name) <= 0:
            errors[name] = _t(QT_TRANSLATE_NOOP("graduation", "Give an amount above ¥0."))
    for name in ("admission_max_months", "incubation_months", "long_incubation_months"):
        value = getattr(r, name)
        if not 1 <= value <= 240:
            errors[name] = _t(
                QT_TRANSLATE_NOOP("graduation", "Give a number of months from 1 to 240.")
            )
    if r.long_incubation_months < r.incubation_months:
        errors["long_incubation_months"] = _t(
            QT_TRANSLATE_NOOP(
                "graduation",
                "The longer limit cannot be shorter than the normal one ({n} months).",
            ),
            n=r.incubation_months,
        )
    if errors:
        raise ValidationError(errors)


def save_rules(db: Database, r: GraduationRules, expected_version: int | None) -> int:
    validate_rules(r)
    return settings_service.put(db, SETTING_KEY, r.to_json(), expected_version)


def incubation_limit_months(
    db: Database, industry_id: int | None, rules_: GraduationRules | None = None
) -> int:
    """Months a tenant of this industry may stay in incubation (longer for flagged industries)."""
    r = rules_ or rules(db)
    if industry_id is None:
        return r.incubation_months
    with db.read() as s:
        long = s.scalar(select(LookupItem.long_incubation).where(LookupItem.id == industry_id))
    return r.long_incubation_months if long else r.incubation_months


def long_incubation_industries(db: Database) -> list[str]:
    """The (Chinese) names of the industries in use that have the longer incubation limit."""
    with db.read() as s:
        return list(
            s.scalars(
                select(LookupItem.name_zh)
                .where(
                    LookupItem.category == LookupCategory.INDUSTRY,
                    LookupItem.long_incubation.is_(True),
                    LookupItem.active.is_(True),
                )
                .order_by(LookupItem.name_zh)
            )
        )


# --- evaluation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionResult:
    key: str
    name: str  # translated
    enabled: bool
    met: bool
    template: str  # English evidence template (context "graduation"), for any language
    params: dict[str, Any] = field(default_factory=dict)
    figure: Decimal | None = None  # the amount compared with the threshold, if any
    quarters: tuple[str, ...] = ()

    @property
    def evidence(self) -> str:
        """The figures and the quarters they come from, in the user's language."""
        return _t(self.template, **self.params)


@dataclass(frozen=True)
class TenantGraduation:
    tenant_id: int
    credit_code: str
    name: str
    name_en: str
    stage: Stage
    industry: str
    entry_date: dt.date | None
    founded_on: dt.date | None
    months_in_incubation: int | None
    limit_months: int
    limit_date: dt.date | None
    overdue: bool
    admitted_within_limit: bool | None  # entry within N months of founding
    criteria: list[CriterionResult]
    criteria_met: int
    min_criteria: int
    eligible: bool

    @property
    def in_incubation(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def candidate(self) -> bool:
        return self.in_incubation and self.eligible

    def to_json(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "stage": self.stage.value,
            "entry_date": self.entry_date.isoformat() if self.entry_date else None,
            "eligible": self.eligible,
            "criteria_met": self.criteria_met,
            "min_criteria": self.min_criteria,
            "months_in_incubation": self.months_in_incubation,
            "limit_months": self.limit_months,
            "overdue": self.overdue,
            "admitted_within_limit": self.admitted_within_limit,
            "criteria": [
                {
                    "key": c.key,
                    "name": c.name,
                    "enabled": c.enabled,
                    "met": c.met,
                    "evidence": c.evidence,
                }
                for c in self.criteria
            ],
        }


@dataclass
class _Inputs:
    """What the evaluation reads for one tenant, gathered in bulk."""

    investment_total: Decimal = Decimal(0)
    investment_quarters: list[str] = field(default_factory=list)
    annual_revenue: dict[int, Decimal] = field(default_factory=dict)
    revenue_quarters: dict[int, list[int]] = field(default_factory=dict)
    ended_on: dt.date | None = None


def _quarter_label(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


def _gather(db: Database, ids: Sequence[int] | None, on: dt.date) -> dict[int, _Inputs]:
    """The evaluation's inputs as they stood on `on`: money received after it does not count."""
    inputs: dict[int, _Inputs] = defaultdict(_Inputs)
    for tid, total in funding.cumulative_investments(db, up_to=on, tenant_ids=ids).items():
        inputs[tid].investment_total = Decimal(total)
    with db.read() as s:
        inv = select(
            InvestmentReceived.tenant_id,
            InvestmentReceived.year,
            InvestmentReceived.quarter,
            InvestmentReceived.received_on,
        ).order_by(InvestmentReceived.year, InvestmentReceived.quarter)
        rev = select(
            KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter, KpiSnapshot.revenue
        ).where(KpiSnapshot.revenue.is_not(None))
        ends = select(StageChange.tenant_id, func.max(StageChange.changed_on)).where(
            StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED))
        )
        if ids is not None:
            inv = inv.where(InvestmentReceived.tenant_id.in_(ids))
            rev = rev.where(KpiSnapshot.tenant_id.in_(ids))
            ends = ends.where(StageChange.tenant_id.in_(ids))
        for tid, year, quarter, received_on in s.execute(inv):
            if (received_on or quarter_end(year, quarter)) > on:
                continue
            q = _quarter_label(year, quarter)
            quarters = inputs[tid].investment_quarters
            if q not in quarters:
                quarters.append(q)
        for tid, year, quarter, revenue in s.execute(rev):
            one = inputs[tid]
            before = one.annual_revenue.get(year, Decimal(0))
            one.annual_revenue[year] = before + Decimal(revenue or 0)
            one.revenue_quarters.setdefault(year, []).append(quarter)
        for tid, day in s.execute(ends.group_by(StageChange.tenant_id)):
            inputs[tid].ended_on = day
    return inputs


def _best_revenue_pair(one: _Inputs) -> tuple[int, int, Decimal] | None:
    """The two consecutive years with the highest revenue together."""
    best: tuple[int, int, Decimal] | None = None
    for year in sorted(one.annual_revenue):
        if year + 1 in one.annual_revenue:
            total = one.annual_revenue[year] + one.annual_revenue[year + 1]
            if best is None or total > best[2]:
                best = (year, year + 1, total)
    return best


def _year_quarters(one: _Inputs, year: int) -> str:
    qs = sorted(set(one.revenue_quarters.get(year, [])))
    if qs == [1, 2, 3, 4]:
        return f"{year}Q1–Q4"
    return ", ".join(_quarter_label(year, q) for q in qs)


def _evaluate(
    t: Any, industry_long: bool, industry: str, one: _Inputs, r: GraduationRules, on: dt.date
) -> TenantGraduation:
    results: list[CriterionResult] = []
    # 1. High-Tech Enterprise
    if t.high_tech_enterprise:
        since = t.high_tech_since.isoformat() if t.high_tech_since else ""
        tpl, params = (
            (QT_TRANSLATE_NOOP("graduation", "Certified since {date}"), {"date": since})
            if since
            else (QT_TRANSLATE_NOOP("graduation", "Certified (date not recorded)"), {})
        )
        met = True
    else:
        tpl, params, met = QT_TRANSLATE_NOOP("graduation", "Not certified"), {}, False
    results.append(
        CriterionResult(
            "high_tech", _t(CRITERION_NAMES["high_tech"]), r.high_tech_enabled, met, tpl, params
        )
    )
    # 2. Cumulative investment
    total = one.investment_total
    qs = one.investment_quarters
    span = f"{qs[0]}–{qs[-1]}" if len(qs) > 1 else (qs[0] if qs else "")
    params = {
        "total": report_money(total),
        "quarters": span,
        "limit": report_money(r.investment_threshold),
    }
    if total > 0 and span:
        tpl = QT_TRANSLATE_NOOP("graduation", "{total} received ({quarters}); threshold {limit}")
    elif total > 0:
        tpl = QT_TRANSLATE_NOOP(
            "graduation", "{total} received from the incubator's funds; threshold {limit}"
        )
    else:
        tpl = QT_TRANSLATE_NOOP("graduation", "No investment recorded; threshold {limit}")
    results.append(
        CriterionResult(
            "investment",
            _t(CRITERION_NAMES["investment"]),
            r.investment_enabled,
            total > r.investment_threshold,
            tpl,
            params,
            total,
            tuple(qs),
        )
    )
    # 3. Revenue of two consecutive years
    pair = _best_revenue_pair(one)
    if pair is None:
        tpl = QT_TRANSLATE_NOOP(
            "graduation", "No two consecutive years of revenue recorded; threshold {limit}"
        )
        results.append(
            CriterionResult(
                "revenue",
                _t(CRITERION_NAMES["revenue"]),
                r.revenue_enabled,
                False,
                tpl,
                {"limit": report_money(r.revenue_threshold)},
            )
        )
    else:
        y1, y2, rev_total = pair
        tpl = QT_TRANSLATE_NOOP(
            "graduation", "{y1}: {r1} ({q1}) + {y2}: {r2} ({q2}) = {total}; threshold {limit}"
        )
        params = {
            "y1": y1,
            "r1": report_money(one.annual_revenue[y1]),
            "q1": _year_quarters(one, y1),
            "y2": y2,
            "r2": report_money(one.annual_revenue[y2]),
            "q2": _year_quarters(one, y2),
            "total": report_money(rev_total),
            "limit": report_money(r.revenue_threshold),
        }
        quarters = tuple(
            _quarter_label(y, q) for y in (y1, y2) for q in sorted(one.revenue_quarters[y])
        )
        results.append(
            CriterionResult(
                "revenue",
                _t(CRITERION_NAMES["revenue"]),
                r.revenue_enabled,
                rev_total > r.revenue_threshold,
                tpl,
                params,
                rev_total,
                quarters,
            )
        )
    # 4. Merged, acquired, listed or quoted
    status = ListingStatus(t.listing_status)
    if status in LISTED:
        names = {
            ListingStatus.LISTED: QT_TRANSLATE_NOOP("graduation", "Listed on {date}"),
            ListingStatus.QUOTED: QT_TRANSLATE_NOOP(
                "graduation", "Quoted (NEEQ / regional market) on {date}"
            ),
            ListingStatus.ACQUIRED: QT_TRANSLATE_NOOP("graduation", "Acquired on {date}"),
            ListingStatus.MERGED: QT_TRANSLATE_NOOP("graduation", "Merged on {date}"),
        }
        tpl, met = names[status], True
        params = {"date": t.listing_date.isoformat() if t.listing_date else "?"}
    else:
        tpl, params, met = (
            QT_TRANSLATE_NOOP("graduation", "Not listed, quoted or acquired"),
            {},
            False,
        )
    results.append(
        CriterionResult("listed", _t(CRITERION_NAMES["listed"]), r.listed_enabled, met, tpl, params)
    )

    n_met = sum(1 for c in results if c.enabled and c.met)
    limit = r.long_incubation_months if industry_long else r.incubation_months
    stage = Stage(t.stage)
    months: int | None = None
    limit_date: dt.date | None = None
    if t.entry_date is not None:
        end = on
        if stage not in OPEN_STAGES:
            end = t.graduated_on or one.ended_on or on
        months = months_between(t.entry_date, min(end, on))
        limit_date = add_months(t.entry_date, limit)
    admitted = (
        months_between(t.founded_on, t.entry_date) <= r.admission_max_months
        if t.founded_on and t.entry_date
        else None
    )
    return TenantGraduation(
        tenant_id=t.id,
        credit_code=t.credit_code or "",
        name=t.name_zh,
        name_en=t.name_en or "",
        stage=stage,
        industry=industry,
        entry_date=t.entry_date,
        founded_on=t.founded_on,
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


def _tenant_rows(s: Any, ids: Sequence[int] | None) -> Iterable[Any]:
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
        .order_by(Tenant.name_zh)
    )
    if ids is not None:
        stmt = stmt.where(Tenant.id.in_(ids))
    return list(s.execute(stmt))


def evaluate_all(
    db: Database,
    on: dt.date | None = None,
    tenant_ids: Sequence[int] | None = None,
    rules_: GraduationRules | None = None,
) -> list[TenantGraduation]:
    """Every (unarchived) tenant's graduation status, by name."""
    on = on or dt.date.today()
    r = rules_ or rules(db)
    with db.read() as s:
        rows = _tenant_rows(s, tenant_ids)
    inputs = _gather(db, tenant_ids, on)
    return [
        _evaluate(t, bool(t.long_incubation), t.industry_zh or "", inputs[t.id], r, on)
        for t in rows
    ]


def evaluate(db: Database, tenant_id: int, on: dt.date | None = None) -> TenantGraduation:
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


def tenant_by_credit_code(db: Database, code: str) -> int:
    """The id of the tenant with this credit code; NotFound names the code."""
    from .creditcode import normalise

    clean = normalise(code)
    with db.read() as s:
        tid = s.scalar(select(Tenant.id).where(Tenant.credit_code == clean))
    if tid is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No tenant has the credit code {code}."), code=clean
        )
    return tid
