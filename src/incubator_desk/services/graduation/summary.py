"""The dashboard's graduation figures, counted by the database: candidates and overdue tenants.

The dashboard shows two numbers and, when a card is opened, a list; it needs no evidence. So
the rules are put as SQL over the tenants in incubation: each criterion a condition on sums
the database adds up (investment to the day, revenue of the best two consecutive years), the
incubation limit a cut-off date for the entry date. One query answers the counts; another,
when a list is opened, its rows. tests/integration/test_graduation_fast_path.py holds these
to the engine's answers.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from functools import reduce
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.sql import Subquery

from ...core import clock
from ...core.i18n import Translator
from ...core.periods import add_months, months_between
from ...core.vocabularies import OPEN_STAGES
from ...db import Store
from ...models import KpiSnapshot, LookupItem, Tenant
from .. import funding
from .rule_settings import CRITERIA, CRITERION_NAMES, LISTED, GraduationRules, rules

_t = Translator("graduation")


@dataclass(frozen=True)
class Summary:
    """How many tenants in incubation may graduate, and how many are past their limit."""

    on: dt.date
    candidates: int
    overdue: int
    longest_overdue_months: int | None


@dataclass(frozen=True)
class GraduationRow:
    """A tenant in incubation as the dashboard's lists show it."""

    tenant_id: int
    name: str
    credit_code: str
    months_in_incubation: int | None
    limit_months: int
    met: tuple[str, ...]  # keys of the criteria in use that are met

    def met_names(self) -> list[str]:
        return [_t(CRITERION_NAMES[key]) for key in self.met]


def _fen_floor(amount: Decimal) -> int:
    """For a whole number of fen x: x > amount exactly when x > this."""
    return int((amount * 100).to_integral_value(rounding=ROUND_FLOOR))


def _best_revenue_pairs() -> Subquery:
    """(tenant_id, fen): the highest revenue of two consecutive years of each tenant in
    incubation that has two."""
    in_incubation = select(Tenant.id).where(
        Tenant.archived_at.is_(None), Tenant.stage.in_(OPEN_STAGES)
    )
    yearly = (
        select(
            KpiSnapshot.tenant_id,
            KpiSnapshot.year,
            func.sum(type_coerce(KpiSnapshot.revenue, BigInteger)).label("fen"),
        )
        .where(KpiSnapshot.revenue.is_not(None), KpiSnapshot.tenant_id.in_(in_incubation))
        .group_by(KpiSnapshot.tenant_id, KpiSnapshot.year)
        .subquery()
    )
    window: dict[str, Any] = {"partition_by": yearly.c.tenant_id, "order_by": yearly.c.year}
    paired = select(
        yearly.c.tenant_id,
        (yearly.c.fen + func.lead(yearly.c.fen).over(**window)).label("fen"),
        (func.lead(yearly.c.year).over(**window) - yearly.c.year).label("gap"),
    ).subquery()
    return (
        select(paired.c.tenant_id, func.max(paired.c.fen).label("fen"))
        .where(paired.c.gap == 1)
        .group_by(paired.c.tenant_id)
        .subquery()
    )


def _status(on: dt.date, r: GraduationRules) -> Subquery:
    """Each tenant in incubation: what the lists show, whether each criterion is met, the
    number met, and whether it is past its limit."""
    invested = funding.invested_by(on).subquery()
    revenue = _best_revenue_pairs()
    met: dict[str, ColumnElement[bool]] = {
        "high_tech": Tenant.high_tech_enterprise.is_(True),
        "investment": func.coalesce(invested.c.fen, 0) > _fen_floor(r.investment_threshold),
        "revenue": func.coalesce(revenue.c.fen, 0) > _fen_floor(r.revenue_threshold),
        "listed": Tenant.listing_status.in_(LISTED),
    }
    terms = [case((met[key], 1), else_=0) for key in CRITERIA if key in r.enabled()]
    n_met = reduce(operator.add, terms) if terms else literal(0)
    long = LookupItem.long_incubation.is_(True)
    # months_between(entry, on) > limit exactly when entry <= add_months(on, -(limit + 1))
    overdue = or_(
        and_(long, Tenant.entry_date <= add_months(on, -(r.long_incubation_months + 1))),
        and_(~long, Tenant.entry_date <= add_months(on, -(r.incubation_months + 1))),
    )
    return (
        select(
            Tenant.id,
            Tenant.name_zh,
            Tenant.credit_code,
            Tenant.entry_date,
            LookupItem.long_incubation,
            *(case((cond, 1), else_=0).label(key) for key, cond in met.items()),
            n_met.label("n_met"),
            case((overdue, 1), else_=0).label("overdue"),
        )
        .outerjoin(LookupItem, LookupItem.id == Tenant.industry_id)
        .outerjoin(invested, invested.c.tenant_id == Tenant.id)
        .outerjoin(revenue, revenue.c.tenant_id == Tenant.id)
        .where(Tenant.archived_at.is_(None), Tenant.stage.in_(OPEN_STAGES))
        .subquery()
    )


def summary(db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None) -> Summary:
    """The numbers of graduation candidates and of overdue tenants, counted in one query."""
    on = on or clock.today()
    r = rules_ or rules(db)
    st = _status(on, r)
    candidate = st.c.n_met >= r.min_criteria
    overdue = st.c.overdue == 1
    with db.read() as s:
        n_candidates, n_overdue, first_entry = s.execute(
            select(
                func.coalesce(func.sum(case((candidate, 1), else_=0)), 0),
                func.coalesce(func.sum(case((overdue, 1), else_=0)), 0),
                func.min(case((overdue, st.c.entry_date))),
            )
        ).one()
    longest = months_between(first_entry, on) if first_entry is not None else None
    return Summary(on, int(n_candidates), int(n_overdue), longest)


def _rows(db: Store, on: dt.date, r: GraduationRules, which: str) -> list[GraduationRow]:
    st = _status(on, r)
    where = st.c.n_met >= r.min_criteria if which == "candidates" else st.c.overdue == 1
    enabled = r.enabled()
    out = []
    with db.read() as s:
        for row in s.execute(select(st).where(where).order_by(st.c.name_zh, st.c.id)):
            limit = r.long_incubation_months if row.long_incubation else r.incubation_months
            months = months_between(row.entry_date, on) if row.entry_date else None
            met = tuple(key for key in enabled if getattr(row, key))
            out.append(
                GraduationRow(row.id, row.name_zh, row.credit_code or "", months, limit, met)
            )
    return out


def candidate_rows(
    db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None
) -> list[GraduationRow]:
    """Tenants in incubation that meet enough criteria to graduate, by name."""
    return _rows(db, on or clock.today(), rules_ or rules(db), "candidates")


def overdue_rows(
    db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None
) -> list[GraduationRow]:
    """Tenants in incubation past their incubation limit, longest first."""
    rows = _rows(db, on or clock.today(), rules_ or rules(db), "overdue")
    return sorted(rows, key=lambda g: -(g.months_in_incubation or 0))
