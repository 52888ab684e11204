"""What the self-assessment looks at of each tenant in incubation at a year's end, read for
all of them at once: the return's figures it tests (entered for the year, else from the
quarterly figures, as the return has them), the area they use, the year before's revenue and
R&D spending; a few queries over every tenant's figures, none per tenant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, FromClause, Select, and_, bindparam, func, select

from ...db import Database
from ...models import AnnualReturn, InvestmentReceived, Tenant
from ..reporting.figures import FLOWS, SNAP, STOCKS
from .fields import FIELD_BY_KEY
from .incubator import area_used
from .records import tenant_areas


class TenantFacts(NamedTuple):
    """What the readings look at of a tenant in incubation at the year's end, each figure as
    its return for the year has it (entered for the year, else from its quarterly figures)."""

    id: int
    name: str
    financed: bool  # investment received up to the year's end, or this year's
    applied_ip: bool  # IP applications this year
    holds_ip: bool  # valid IP held: patents, software copyrights, layouts
    from_incubator: bool  # this year's investment from the incubator's own fund
    invested: bool  # investment or bank loans received this year
    high_tech: bool
    revenue: Decimal | None
    rd_spend: Decimal | None


def _pos(value: Any) -> bool:
    return value is not None and value > 0


def facts(tenant_id: int, name: str, v: Mapping[str, Any]) -> TenantFacts:
    """A tenant's facts from its return's values (`TenantReturn.values`, or the fields read)."""
    return TenantFacts(
        tenant_id,
        name,
        _pos(v.get("investment_total")) or _pos(v.get("investment_received")),
        _pos(v.get("ip_applications")) or _pos(v.get("ip_applications_invention")),
        any(
            _pos(v.get(k))
            for k in ("ip_valid", "ip_valid_invention", "software_copyrights", "ic_layouts")
        ),
        _pos(v.get("investment_from_incubator")),
        _pos(v.get("investment_received")) or _pos(v.get("bank_loans")),
        bool(v.get("high_tech")),
        v.get("revenue"),
        v.get("rd_spend"),
    )


# The return's figures of the year the readings look at; each falls back on its quarterly
# figure (fields.FIELDS), a flow added up or a stock at its last quarter (reporting.figures).
_ANNUAL = (
    "investment_received",
    "investment_from_incubator",
    "bank_loans",
    "ip_applications",
    "ip_applications_invention",
    "ip_valid",
    "ip_valid_invention",
    "software_copyrights",
    "ic_layouts",
    "revenue",
    "rd_spend",
)
_QUARTERLY = {FIELD_BY_KEY[k].quarterly for k in _ANNUAL} - {None, "investment"}
_FLOWS = tuple(k for k in FLOWS if k in _QUARTERLY)
_STOCKS = tuple(k for k in STOCKS if k in _QUARTERLY)


def _figures(
    year: Any, keys: tuple[str, ...], name: str
) -> tuple[list[ColumnElement[Any]], list[tuple[FromClause, ColumnElement[bool]]]]:
    """SQL: each of the return's figures `keys` of a tenant (`Tenant.id`) for `year`, as the
    return has it: entered for the year, else from its quarterly figures (fields.FIELDS) — a
    flow added up, a stock at the last quarter that recorded it, investment received added
    up (reporting.figures, as `tenant_returns` assembles it)."""
    annual = AnnualReturn.__table__.alias(f"{name}_annual")
    flows = [k for k in _FLOWS if any(FIELD_BY_KEY[f].quarterly == k for f in keys)]
    summed = (
        select(SNAP.c.tenant_id, *(func.sum(SNAP.c[k]).label(k) for k in flows))
        .where(SNAP.c.year == year)
        .group_by(SNAP.c.tenant_id)
        .subquery(f"{name}_flows")
    )
    received = (
        select(InvestmentReceived.tenant_id, func.sum(InvestmentReceived.amount).label("amount"))
        .where(InvestmentReceived.year == year)
        .group_by(InvestmentReceived.tenant_id)
        .subquery(f"{name}_received")
    )

    def last(key: str) -> Any:
        snap = SNAP.alias()
        return (
            select(snap.c[key])
            .where(snap.c.tenant_id == Tenant.id, snap.c.year == year, snap.c[key].is_not(None))
            .order_by(snap.c.quarter.desc())
            .limit(1)
            .scalar_subquery()
        )

    out: list[ColumnElement[Any]] = []
    for key in keys:
        f = FIELD_BY_KEY[key]
        entered = annual.c[f.column]
        if f.quarterly is None:
            out.append(entered)
        elif f.quarterly == "investment":
            out.append(func.coalesce(entered, received.c.amount))
        elif f.quarterly in STOCKS:
            out.append(func.coalesce(entered, last(f.quarterly)))
        else:
            out.append(func.coalesce(entered, summed.c[f.quarterly]))
    joins: list[tuple[FromClause, ColumnElement[bool]]] = [
        (annual, and_(annual.c.tenant_id == Tenant.id, annual.c.year == year)),
        (summed, summed.c.tenant_id == Tenant.id),
        (received, received.c.tenant_id == Tenant.id),
    ]
    return out, joins


@cache
def _tenants_statement() -> Select[Any]:
    """Every unarchived tenant by name, with the figures of :year the readings look at and its
    revenue and R&D spending of the year before."""
    now, now_joins = _figures(bindparam("year"), _ANNUAL, "now")
    before, before_joins = _figures(bindparam("before"), ("revenue", "rd_spend"), "before")
    stmt = select(Tenant.id, Tenant.name_zh, Tenant.high_tech_enterprise, *now, *before)
    for table, on in (*now_joins, *before_joins):
        stmt = stmt.outerjoin(table, on)
    return stmt.where(Tenant.archived_at.is_(None)).order_by(Tenant.name_zh, Tenant.id)


def tenant_facts(
    db: Database, year: int, open_ids: frozenset[int]
) -> tuple[list[TenantFacts], Decimal, dict[int, tuple[Any, Any]]]:
    """The tenants in incubation at the end of `year` (`open_ids`) in the return's order,
    with what the readings look at, the area they use, and their revenue and R&D spending
    of the year before: a few queries over every tenant's figures, none per tenant."""
    from .. import funding

    n = len(_ANNUAL)
    so_far = funding.cumulative_investments(db, up_to=dt.date(year, 12, 31))
    out: list[TenantFacts] = []
    before: dict[int, tuple[Any, Any]] = {}
    with db.read() as session:
        s = session.connection()
        areas = tenant_areas(s, year)
        # row by row as the database gives them: at 50,000 tenants the whole result at once
        # would cost some tens of MB for a moment (and the process keeps it)
        for row in s.execute(_tenants_statement(), {"year": year, "before": year - 1}):
            tid = row[0]
            if tid not in open_ids:
                continue
            v = dict(zip(_ANNUAL, row[3 : 3 + n], strict=True))
            v["investment_total"] = so_far.get(tid)
            v["high_tech"] = row[2]
            out.append(facts(tid, row[1], v))
            before[tid] = (row[3 + n], row[4 + n])
    return out, area_used(areas.get(t.id) for t in out), before
