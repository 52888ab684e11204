"""A tenant's quarterly figures (staff, revenue, patents…) and the investment it received."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...core import clock
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import Translator
from ...core.periods import period_text, previous_quarter, quarter_of
from ...db import Database
from ...db.uow import GONE, STALE
from ...models import InvestmentReceived, KpiSnapshot, Tenant
from ..access import Action, requires
from .checks import (
    FUTURE_PERIOD,
    MAX_MONEY,
    NEGATIVE,
    REQUIRED,
    STAFF_PARTS,
    TOO_BIG,
    text_problem,
)

_t = Translator("errors")

COUNT_FIGURES = (
    "staff_total",
    "staff_rd",
    "staff_phd",
    "staff_master",
    "staff_bachelor",
    "staff_college",
    "staff_returnees",
    "fresh_graduates_hired",
    "invention_applications",
    "invention_grants",
    "utility_models",
    "designs",
    "software_copyrights",
    "valid_invention_patents",
    "ic_layouts",
    "tech_contracts_count",
)
MONEY_FIGURES = (
    "revenue",
    "net_profit",
    "export_value",
    "rd_spend",
    "taxes_paid",
    "tech_contracts_value",
)
FIGURE_FIELDS = COUNT_FIGURES[:8] + MONEY_FIGURES[:5] + COUNT_FIGURES[8:] + MONEY_FIGURES[5:]
SIGNED_FIGURES = ("net_profit",)  # a loss is a negative profit
# What a form opened on a quarter with no figures expects: that there are still none. Saving
# with it is refused when someone recorded the quarter meanwhile (no version is ever 0).
NO_FIGURES_YET = 0


@dataclass(frozen=True)
class Figures:
    """One quarter's figures of one tenant (values None when not reported)."""

    year: int
    quarter: int
    values: dict[str, Any]
    awards: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    investment: Decimal = Decimal(0)

    @property
    def period(self) -> str:
        return period_text(self.year, self.quarter)


def _figures(k: KpiSnapshot, investment: Decimal = Decimal(0)) -> Figures:
    return Figures(
        k.year,
        k.quarter,
        {f: getattr(k, f) for f in FIGURE_FIELDS},
        k.awards,
        k.notes,
        k.id,
        k.version,
        investment,
    )


def figures_history(db: Database, tenant_id: int) -> list[Figures]:
    """Every reported quarter of a tenant, oldest first, with the investment received in it."""
    inv = dict(((y, q), amount) for y, q, amount in _investment_totals(db, tenant_id))
    stmt = (
        select(KpiSnapshot)
        .where(KpiSnapshot.tenant_id == tenant_id)
        .order_by(KpiSnapshot.year, KpiSnapshot.quarter)
    )
    with db.read() as s:
        return [_figures(k, inv.get((k.year, k.quarter), Decimal(0))) for k in s.scalars(stmt)]


def _investment_totals(db: Database, tenant_id: int) -> list[tuple[int, int, Decimal]]:
    stmt = (
        select(
            InvestmentReceived.year, InvestmentReceived.quarter, func.sum(InvestmentReceived.amount)
        )
        .where(InvestmentReceived.tenant_id == tenant_id)
        .group_by(InvestmentReceived.year, InvestmentReceived.quarter)
    )
    with db.read() as s:
        return [(y, q, a or Decimal(0)) for y, q, a in s.execute(stmt)]


def figures_for(
    db: Database, tenant_id: int, year: int, quarter: int
) -> tuple[Figures | None, Figures | None]:
    """The quarter's figures and the previous quarter's, for entering them side by side."""
    py, pq = previous_quarter(year, quarter)
    with db.read() as s:
        rows = {
            (k.year, k.quarter): _figures(k)
            for k in s.scalars(
                select(KpiSnapshot).where(
                    KpiSnapshot.tenant_id == tenant_id,
                    or_(
                        and_(KpiSnapshot.year == year, KpiSnapshot.quarter == quarter),
                        and_(KpiSnapshot.year == py, KpiSnapshot.quarter == pq),
                    ),
                )
            )
        }
    return rows.get((year, quarter)), rows.get((py, pq))


def validate_figures(
    values: dict[str, Any], year: int, quarter: int, today: dt.date | None = None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if (year, quarter) > quarter_of(today or clock.today()) or year < 1980:
        errors["period"] = _t(FUTURE_PERIOD, period=period_text(year, quarter))
    for key, value in values.items():
        if value is None:
            continue
        if key in COUNT_FIGURES and value < 0:
            errors[key] = _t(NEGATIVE)
        elif key in MONEY_FIGURES:
            if value < 0 and key not in SIGNED_FIGURES:
                errors[key] = _t(NEGATIVE)
            elif abs(value) >= MAX_MONEY:
                errors[key] = _t(TOO_BIG)
    total, rd = values.get("staff_total"), values.get("staff_rd")
    if total is not None and rd is not None and rd > total and "staff_rd" not in errors:
        errors["staff_rd"] = _t(STAFF_PARTS, part=rd, total=total)
    return errors


def stored_quarter(s: Session, tenant_id: int, year: int, quarter: int) -> KpiSnapshot | None:
    """The quarter's figures as stored now, if any."""
    return s.scalar(
        select(KpiSnapshot).where(
            KpiSnapshot.tenant_id == tenant_id,
            KpiSnapshot.year == year,
            KpiSnapshot.quarter == quarter,
        )
    )


@requires(Action.EDIT_TENANTS)
def save_figures(
    db: Database,
    tenant_id: int,
    year: int,
    quarter: int,
    values: dict[str, Any],
    awards: str = "",
    notes: str = "",
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Enter or correct one quarter's figures. Returns the record's new version.

    `expected_version` is the version the form was opened on, or NO_FIGURES_YET for a quarter
    that had none; either is refused as a stale edit when the quarter's figures are no
    longer so. None (no expectation) overwrites whatever is there.
    """
    values = {k: v for k, v in values.items() if k in FIGURE_FIELDS}
    errors = validate_figures(values, year, quarter, today)
    if problem := text_problem(awards, 2000):
        errors["awards"] = problem
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"figures {period_text(year, quarter)}") as uow:
        s = uow.session
        # Two people saving the same tenant's quarter at once take turns here, so the second
        # finds the first one's figures and is refused instead of mixing both.
        uow.lock(Tenant, tenant_id)
        snap = stored_quarter(s, tenant_id, year, quarter)
        if snap is None:
            if expected_version not in (None, NO_FIGURES_YET):
                raise NotFound(GONE)
            snap = KpiSnapshot(tenant_id=tenant_id, year=year, quarter=quarter)
            s.add(snap)
        elif expected_version is not None and snap.version != expected_version:
            raise ConflictError(STALE)
        for key in FIGURE_FIELDS:
            setattr(snap, key, values.get(key))
        snap.awards = awards.strip()
        snap.notes = notes.strip()
        try:
            s.flush()
        except IntegrityError as exc:
            # The quarter was recorded meanwhile by a writer that does not lock the tenant
            # (an import): the unique (tenant, year, quarter) constraint is the backstop.
            raise ConflictError(STALE) from exc
        uow.commit()
        return snap.version


@dataclass(frozen=True)
class InvestmentRow:
    id: int
    year: int
    quarter: int
    investor: str
    amount: Decimal
    round: str


def investments(db: Database, tenant_id: int) -> list[InvestmentRow]:
    stmt = (
        select(InvestmentReceived)
        .where(InvestmentReceived.tenant_id == tenant_id)
        .order_by(InvestmentReceived.year, InvestmentReceived.quarter, InvestmentReceived.id)
    )
    with db.read() as s:
        return [
            InvestmentRow(i.id, i.year, i.quarter, i.investor, i.amount, i.round)
            for i in s.scalars(stmt)
        ]


@requires(Action.EDIT_TENANTS)
def add_investment(
    db: Database,
    tenant_id: int,
    year: int,
    quarter: int,
    investor: str,
    amount: Decimal,
    round_: str = "",
) -> int:
    errors: dict[str, str] = {}
    investor = investor.strip()
    if not investor:
        errors["investor"] = _t(REQUIRED)
    elif problem := text_problem(investor, 200):
        errors["investor"] = problem
    if amount <= 0:
        errors["amount"] = _t(NEGATIVE)
    elif amount >= MAX_MONEY:
        errors["amount"] = _t(TOO_BIG)
    if (year, quarter) > quarter_of(clock.today()):
        errors["period"] = _t(FUTURE_PERIOD, period=period_text(year, quarter))
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"investment {investor}") as uow:
        uow.get(Tenant, tenant_id)
        row = InvestmentReceived(
            tenant_id=tenant_id,
            year=year,
            quarter=quarter,
            investor=investor,
            amount=amount,
            round=round_.strip()[:40],
        )
        uow.session.add(row)
        uow.commit()
        return row.id
