"""The data of the incubator's portfolio report (孵化器运营报告) for a quarter or a year."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Select, bindparam, func, select, type_coerce

from ...core import clock
from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.periods import Period
from ...core.vocabularies import (
    OPEN_STAGES,
    ApplicationStatus,
    DisbursementStatus,
    Stage,
)
from ...db import Database
from ...models import (
    Disbursement,
    Fund,
    FundApplication,
    KpiSnapshot,
    LookupItem,
    StageChange,
    Tenant,
)
from .. import overview as ov
from .activity import ActivityFigures, portfolio_activity
from .figures import FLOWS, MONEY, SNAP, STOCKS, Figures
from .incubator import IncubatorInfo, incubator_info

if TYPE_CHECKING:
    from ..statistics import Assessment


@dataclass(frozen=True)
class MovementLine:
    on: dt.date
    name: str
    credit_code: str
    to_stage: Stage


@dataclass(frozen=True)
class PortfolioReportData:
    incubator: IncubatorInfo
    period: Period
    occupancy_area: Decimal
    lettable_area: Decimal
    occupied_units: int
    lettable_units: int
    by_stage: dict[Stage, int]  # at the end of the period
    by_industry: list[tuple[str, str, int]]  # (zh, en, tenants in incubation)
    entries: int
    movements: list[MovementLine]  # graduations and exits in the period
    figures: Figures  # all tenants, summed
    figures_before: Figures
    tenants_reporting: int
    activity: ActivityFigures
    pipeline: dict[ApplicationStatus, tuple[int, Decimal]]
    deployed: list[tuple[str, Decimal]]  # per fund, paid in the period
    assessment: Assessment  # the self-assessment of the period's year

    @property
    def open_tenants(self) -> int:
        return sum(self.by_stage.get(s, 0) for s in OPEN_STAGES)

    @property
    def graduations(self) -> int:
        return sum(1 for m in self.movements if m.to_stage == Stage.GRADUATED)

    @property
    def exits(self) -> int:
        return sum(1 for m in self.movements if m.to_stage == Stage.EXITED)

    @property
    def occupancy(self) -> float | None:
        return float(self.occupancy_area / self.lettable_area) if self.lettable_area else None


def stages_on(db: Database, on: dt.date) -> dict[int, Stage]:
    """Each tenant's stage at the end of `on`, replaying the stage history."""
    with db.read() as s:
        conn = s.connection()
        # in the order of the history: a tenant's last change on or before `on` is kept
        out: dict[int, Stage] = dict(
            conn.execute(
                select(StageChange.tenant_id, StageChange.to_stage)
                .join(Tenant, Tenant.id == StageChange.tenant_id)
                .where(StageChange.changed_on <= on, Tenant.archived_at.is_(None))
                .order_by(StageChange.changed_on, StageChange.id)
            ).all()
        )
        # Tenants entered without a recorded history count in their current stage.
        out.update(
            conn.execute(
                select(Tenant.id, Tenant.stage).where(
                    Tenant.archived_at.is_(None),
                    Tenant.entry_date <= on,
                    ~Tenant.id.in_(select(StageChange.tenant_id)),
                )
            ).all()
        )
    return out


def portfolio_figures(db: Database, period: Period) -> tuple[Figures, int]:
    """All tenants' figures of a period summed (stocks at each tenant's last quarter), with
    the number of tenants that reported: as `figures_from` adds up each tenant's, the flows
    added up by the database, the stocks read as plain integers (money in fen)."""
    flows, stocks = _figures_statements(period.quarter is not None)
    params = {"year": period.year, "quarter": period.quarter}
    with db.read() as s:
        conn = s.connection()
        summed = conn.execute(flows, params).one()
        rows = conn.execute(stocks, params).all()
    totals: dict[str, Decimal | None] = {
        k: None if v is None else _decimal(k, int(v)) for k, v in zip(FLOWS, summed, strict=True)
    }
    # each tenant's last recorded value of each stock, in quarter order, added up
    last: dict[int, Any] = {}
    seen: set[tuple[int, int]] = set()
    for row in rows:  # (tenant, year, quarter, *stocks)
        tid, values = row[0], row[3:]
        seen.add((row[1], row[2]))
        mine = last.get(tid)
        if mine is None or None not in values:
            last[tid] = values
        else:  # a stock not recorded this quarter keeps its earlier value
            last[tid] = [m if v is None else v for v, m in zip(values, mine, strict=True)]
    for i, key in enumerate(STOCKS):
        present = [v for values in last.values() if (v := values[i]) is not None]
        totals[key] = _decimal(key, sum(present)) if present else None
    quarters = tuple(f"{year}Q{quarter}" for year, quarter in sorted(seen))
    return Figures(totals, quarters), len(last)


@cache
def _figures_statements(one_quarter: bool) -> tuple[Select[Any], Select[Any]]:
    """The flows summed and the stocks' rows of the snapshots of a year (`one_quarter`: of a
    quarter) of the tenants not archived; made once, bound to :year and :quarter."""

    def raw(key: str) -> Any:  # money as whole fen, counts as they are
        return type_coerce(SNAP.c[key], BigInteger) if key in MONEY else SNAP.c[key]

    def in_period(stmt: Select[Any]) -> Select[Any]:
        stmt = stmt.join_from(KpiSnapshot, Tenant, Tenant.id == KpiSnapshot.tenant_id).where(
            KpiSnapshot.year == bindparam("year"), Tenant.archived_at.is_(None)
        )
        return stmt.where(KpiSnapshot.quarter == bindparam("quarter")) if one_quarter else stmt

    flows = in_period(select(*(func.sum(raw(k)) for k in FLOWS)))
    # each tenant's quarters in order: the period's rows in the order of its index
    stocks = in_period(
        select(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter)
        .add_columns(*(raw(k) for k in STOCKS))
        .order_by(KpiSnapshot.year, KpiSnapshot.quarter)
    )
    return flows, stocks


def _decimal(key: str, value: int) -> Decimal:
    return Decimal(value).scaleb(-2) if key in MONEY else Decimal(value)


def portfolio_report_data(db: Database, period: Period) -> PortfolioReportData:
    """Everything the portfolio report of `period` shows; NotFound when the database holds
    nothing for it."""
    end = min(period.end, clock.today())
    occ = ov.occupancy(db, on=end)
    stage_map = stages_on(db, period.end)
    by_stage = Counter(stage_map.values())
    figures, reporting = portfolio_figures(db, period)
    before, _ = portfolio_figures(db, period.previous())
    with db.read() as s:
        conn = s.connection()
        entries = (
            conn.scalar(
                select(func.count())
                .select_from(Tenant)
                .where(
                    Tenant.archived_at.is_(None),
                    Tenant.entry_date.between(period.start, period.end),
                )
            )
            or 0
        )
        if not stage_map and reporting == 0 and entries == 0:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "The database holds no tenants or figures for {period}."
                ),
                period=period.label,
            )
        movements = [
            MovementLine(changed_on, name, code or "", Stage(to_stage))
            for changed_on, to_stage, name, code in conn.execute(
                select(
                    StageChange.changed_on, StageChange.to_stage, Tenant.name_zh, Tenant.credit_code
                )
                .join(Tenant, Tenant.id == StageChange.tenant_id)
                .where(
                    Tenant.archived_at.is_(None),
                    StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)),
                    StageChange.changed_on.between(period.start, period.end),
                )
                .order_by(StageChange.changed_on, Tenant.name_zh)
            )
        ]
        open_ids = [tid for tid, st in stage_map.items() if st in OPEN_STAGES]
        industry_rows = conn.execute(
            select(Tenant.id, LookupItem.name_zh, LookupItem.name_en).outerjoin(
                LookupItem, LookupItem.id == Tenant.industry_id
            )
        )
        open_set = set(open_ids)
        ind: Counter[tuple[str, str]] = Counter()
        for tid, zh, en in industry_rows:
            if tid in open_set:
                ind[(zh or "—", en or "—")] += 1
        pipeline: dict[ApplicationStatus, tuple[int, Decimal]] = {}
        for status, n, amount in conn.execute(
            select(
                FundApplication.status,
                func.count(),
                func.coalesce(func.sum(FundApplication.amount_requested), 0),
            ).group_by(FundApplication.status)
        ):
            pipeline[ApplicationStatus(status)] = (n, Decimal(amount))
        deployed = [
            (name, Decimal(amount))
            for name, amount in conn.execute(
                select(Fund.name, func.sum(Disbursement.amount))
                .join(FundApplication, FundApplication.fund_id == Fund.id)
                .join(Disbursement, Disbursement.application_id == FundApplication.id)
                .where(
                    Disbursement.status == DisbursementStatus.PAID,
                    Disbursement.paid_on.between(period.start, period.end),
                )
                .group_by(Fund.name)
                .order_by(Fund.name)
            )
        ]
    activity = portfolio_activity(db, period)
    from ..statistics import assess  # statistics reads this package's figures

    # the year's mentoring and training figures are the period's when the period is the year
    assessment = assess(db, period.year, activity=activity if period.quarter is None else None)
    return PortfolioReportData(
        incubator=incubator_info(db),
        period=period,
        occupancy_area=occ.occupied_area,
        lettable_area=occ.lettable_area,
        occupied_units=occ.occupied_units,
        lettable_units=occ.lettable_units,
        by_stage={st: by_stage.get(st, 0) for st in Stage},
        by_industry=sorted(((zh, en, n) for (zh, en), n in ind.items()), key=lambda x: -x[2]),
        entries=entries,
        movements=movements,
        figures=figures,
        figures_before=before,
        tenants_reporting=reporting,
        activity=activity,
        pipeline=pipeline,
        deployed=deployed,
        assessment=assessment,
    )
