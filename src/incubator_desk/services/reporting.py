"""The figures behind every report, as plain dataclasses.

The PDF reports, the dashboard and the Torch export read the same functions here, so the same
figure is the same number wherever it appears. Figures owned by another area come from that
area's service (funding: cumulative investment; mentoring/training: activity statistics);
where that service is not available, the field is None and the report says so.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select

from ..core import periods
from ..core.clock import utc_aware
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.money import report_money
from ..core.periods import Period
from ..core.vocabularies import (
    OPEN_STAGES,
    AllocationStatus,
    ApplicationStatus,
    DisbursementStatus,
    EventKind,
    EventStatus,
    FundKind,
    ListingStatus,
    PersonRole,
    RegistrationStatus,
    SessionStatus,
    Stage,
)
from ..db import Database
from ..models import (
    Allocation,
    Building,
    Disbursement,
    EventRegistration,
    Fund,
    FundApplication,
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Mentor,
    MentorAssignment,
    MentoringSession,
    Person,
    SessionAction,
    SessionTenant,
    StageChange,
    Tenant,
    TrainingEvent,
    Unit,
)
from . import graduation as grad
from . import settings as settings_service

REPORT_LOGO = "report_logo"  # {"name": str, "data": base64 PNG/JPEG}
ZERO = Decimal(0)

# Figures of a quarter that add up over a period (flows) and those read at its end (stocks).
FLOWS = (
    "revenue",
    "net_profit",
    "export_value",
    "rd_spend",
    "taxes_paid",
    "invention_applications",
    "invention_grants",
    "utility_models",
    "software_copyrights",
    "tech_contracts_count",
    "tech_contracts_value",
    "fresh_graduates_hired",
)
STOCKS = (
    "staff_total",
    "staff_rd",
    "staff_phd",
    "staff_master",
    "staff_bachelor",
    "staff_college",
    "staff_returnees",
    "valid_invention_patents",
    "ic_layouts",
)
MONEY = {"revenue", "net_profit", "export_value", "rd_spend", "taxes_paid", "tech_contracts_value"}
PIPELINE = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.DUE_DILIGENCE,
    ApplicationStatus.COMMITTEE,
    ApplicationStatus.APPROVED,
    ApplicationStatus.AGREEMENT_SIGNED,
)


def last_complete_quarter(today: dt.date | None = None) -> Period:
    return Period(*periods.last_complete_quarter(today))


# --- shared helpers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IncubatorInfo:
    name_zh: str
    name_en: str
    logo: bytes | None

    def name(self, lang: str) -> str:
        if lang == "zh":
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh


def incubator_info(db: Database) -> IncubatorInfo:
    name = settings_service.get(db, settings_service.INCUBATOR_NAME).value or {}
    logo_setting = settings_service.get(db, REPORT_LOGO).value
    logo = None
    if isinstance(logo_setting, dict) and logo_setting.get("data"):
        try:
            logo = base64.b64decode(logo_setting["data"])
        except ValueError:
            logo = None
    return IncubatorInfo(name.get("zh", ""), name.get("en", ""), logo)


@dataclass(frozen=True)
class Figures:
    """A tenant's (or the portfolio's) figures for a period; None: nothing recorded."""

    values: dict[str, Decimal | None]
    quarters: tuple[str, ...]

    def get(self, key: str) -> Decimal | None:
        return self.values.get(key)

    @property
    def empty(self) -> bool:
        return not self.quarters


def _num(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def _figures_from(rows: Sequence[Any]) -> Figures:
    """Figures from snapshot rows (ordered by quarter): flows summed, stocks at the last."""
    values: dict[str, Decimal | None] = {}
    for key in FLOWS:
        present = [Decimal(v) for r in rows if (v := getattr(r, key)) is not None]
        values[key] = sum(present, ZERO) if present else None
    for key in STOCKS:
        present = [Decimal(v) for r in rows if (v := getattr(r, key)) is not None]
        values[key] = present[-1] if present else None
    return Figures(values, tuple(f"{r.year}Q{r.quarter}" for r in rows))


SNAP = KpiSnapshot.__table__


def _snapshots(s: Any, tenant_id: int) -> list[Any]:
    """A tenant's snapshot rows (plain rows: usable after the session closes), by quarter."""
    return list(
        s.execute(
            select(SNAP).where(SNAP.c.tenant_id == tenant_id).order_by(SNAP.c.year, SNAP.c.quarter)
        )
    )


def _in_period(rows: Sequence[Any], period: Period) -> list[Any]:
    wanted = set(period.quarters)
    return [r for r in rows if (r.year, r.quarter) in wanted]


def growth(now: Decimal | None, before: Decimal | None) -> float | None:
    """Relative change from `before` to `now`; None when it cannot be computed."""
    if now is None or before is None or before == 0:
        return None
    return float((now - before) / abs(before))


# --- activity statistics (mentoring / training area) ------------------------------------------


@dataclass(frozen=True)
class ActivityFigures:
    """Mentoring and training figures, from the mentoring/training area's statistics
    (services/activity_stats.py): held sessions only; events its people were checked in to."""

    sessions: int
    mentoring_hours: Decimal
    events: int  # a tenant: events attended; the incubator: events held
    registered: int | None = None  # the incubator only
    attended: int | None = None
    attendance_rate: float | None = None
    tenants_served: int | None = None
    mentors: int | None = None  # active mentors (the incubator only)
    open_tenants: int | None = None


def _hours(value: float) -> Decimal:
    return Decimal(str(round(value, 1)))


def tenant_activity(
    db: Database, tenant_id: int, periods: Sequence[Period]
) -> ActivityFigures | None:
    """A tenant's mentoring hours and events attended over `periods`; None without the
    mentoring/training statistics."""
    try:
        from . import activity_stats
    except ImportError:
        return None
    sessions, hours = 0, 0.0
    for p in periods:
        mh = activity_stats.mentoring_hours(db, p.year, p.quarter)
        for line in mh.by_tenant:
            if line.key == tenant_id:
                sessions += line.sessions
                hours += line.hours
    # Events attended, as activity_stats.events_attended_by_tenant counts them (distinct
    # events, not cancelled, a registration checked in), for this one tenant over the whole
    # span at once: the same figure without counting every tenant of every year.
    start = activity_stats.quarter_bounds(periods[0].year, periods[0].quarter)[0]
    end = activity_stats.quarter_bounds(periods[-1].year, periods[-1].quarter)[1]
    with db.read() as s:
        events = (
            s.scalar(
                select(func.count(func.distinct(EventRegistration.event_id)))
                .join(TrainingEvent, TrainingEvent.id == EventRegistration.event_id)
                .where(
                    EventRegistration.tenant_id == tenant_id,
                    TrainingEvent.starts_at >= start,
                    TrainingEvent.starts_at < end,
                    TrainingEvent.status != EventStatus.CANCELLED,
                    EventRegistration.status == RegistrationStatus.REGISTERED,
                    EventRegistration.checked_in_at.is_not(None),
                )
            )
            or 0
        )
    return ActivityFigures(sessions, _hours(hours), events)


def portfolio_activity(db: Database, period: Period) -> ActivityFigures | None:
    try:
        from . import activity_stats
    except ImportError:
        return None
    mh = activity_stats.mentoring_hours(db, period.year, period.quarter)
    quarters = [q for q in activity_stats.event_attendance(db, period.year)
                if period.quarter is None or q.quarter == period.quarter]  # fmt: skip
    registered = sum(q.registered for q in quarters)
    attended = sum(q.attended for q in quarters)
    coverage = activity_stats.mentor_coverage(db, min(period.end, dt.date.today()))
    return ActivityFigures(
        sessions=mh.sessions,
        mentoring_hours=_hours(mh.total_hours),
        events=sum(q.events for q in quarters),
        registered=registered,
        attended=attended,
        attendance_rate=attended / registered if registered else None,
        tenants_served=mh.tenants_served,
        mentors=coverage.active_mentors,
        open_tenants=coverage.open_tenants,
    )


# --- tenant profile and history ---------------------------------------------------------------


@dataclass(frozen=True)
class TenantProfile:
    id: int
    name_zh: str
    name_en: str
    credit_code: str
    founded_on: dt.date | None
    entry_date: dt.date | None
    registered_capital: Decimal | None
    industry_zh: str
    industry_en: str
    tech_field_zh: str
    tech_field_en: str
    stage: Stage
    graduated_on: dt.date | None
    address: str
    high_tech: bool
    listing: ListingStatus
    founders: list[str]

    def name(self, lang: str) -> str:
        return self.name_en or self.name_zh if lang == "en" else self.name_zh

    def industry(self, lang: str) -> str:
        return self.industry_en if lang == "en" else self.industry_zh


@dataclass(frozen=True)
class StageRow:
    on: dt.date
    from_stage: Stage | None
    to_stage: Stage
    reason: str


@dataclass(frozen=True)
class SpaceRow:
    unit: str
    building: str
    area_m2: Decimal
    desks: int | None
    start: dt.date
    end: dt.date | None
    status: AllocationStatus


def tenant_profile(db: Database, tenant_id: int) -> TenantProfile:
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        if t is None:
            from ..core.errors import NotFound

            raise NotFound(QT_TRANSLATE_NOOP("errors", "That tenant no longer exists."))
        founders = [
            p.name
            for p in s.scalars(
                select(Person)
                .where(
                    Person.tenant_id == tenant_id,
                    Person.role.in_(
                        (
                            PersonRole.FOUNDER,
                            PersonRole.CO_FOUNDER,
                            PersonRole.LEGAL_REPRESENTATIVE,
                        )
                    ),
                    Person.archived_at.is_(None),
                )
                .order_by(Person.id)
            )
        ]
        return TenantProfile(
            id=t.id,
            name_zh=t.name_zh,
            name_en=t.name_en or "",
            credit_code=t.credit_code or "",
            founded_on=t.founded_on,
            entry_date=t.entry_date,
            registered_capital=t.registered_capital,
            industry_zh=t.industry.name_zh if t.industry else "",
            industry_en=t.industry.name_en if t.industry else "",
            tech_field_zh=t.tech_field.name_zh if t.tech_field else "",
            tech_field_en=t.tech_field.name_en if t.tech_field else "",
            stage=Stage(t.stage),
            graduated_on=t.graduated_on,
            address=t.park_address or "",
            high_tech=t.high_tech_enterprise,
            listing=ListingStatus(t.listing_status),
            founders=founders,
        )


def stage_history(db: Database, tenant_id: int) -> list[StageRow]:
    with db.read() as s:
        return [
            StageRow(c.changed_on, c.from_stage, c.to_stage, c.reason)
            for c in s.scalars(
                select(StageChange)
                .where(StageChange.tenant_id == tenant_id)
                .order_by(StageChange.changed_on, StageChange.id)
            )
        ]


def spaces_held(db: Database, tenant_id: int) -> list[SpaceRow]:
    with db.read() as s:
        rows = s.execute(
            select(Allocation, Unit.code, Unit.area_m2, Building.code)
            .join(Unit, Unit.id == Allocation.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .where(
                Allocation.tenant_id == tenant_id,
                Allocation.status != AllocationStatus.CANCELLED,
            )
            .order_by(Allocation.start_date)
        )
        return [
            SpaceRow(code, bcode, Decimal(area), a.desks, a.start_date, a.end_date, a.status)
            for a, code, area, bcode in rows
        ]


@dataclass(frozen=True)
class YearFigures:
    year: int
    revenue: Decimal | None
    rd_spend: Decimal | None
    staff_total: Decimal | None
    quarters: tuple[str, ...]


def yearly_figures(rows: Sequence[Any]) -> list[YearFigures]:
    by_year: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_year[r.year].append(r)
    out = []
    for year in sorted(by_year):
        f = _figures_from(by_year[year])
        out.append(
            YearFigures(year, f.get("revenue"), f.get("rd_spend"), f.get("staff_total"), f.quarters)
        )
    return out


@dataclass(frozen=True)
class InvestmentLine:
    on: dt.date
    source: str
    amount: Decimal
    kind: str  # "outside" or "fund"


@dataclass(frozen=True)
class ApplicationLine:
    fund: str
    amount_requested: Decimal
    amount_approved: Decimal | None
    status: ApplicationStatus
    since: dt.date


@dataclass(frozen=True)
class FundingSummary:
    outside: Decimal
    from_funds: Decimal
    total: Decimal
    lines: list[InvestmentLine]
    applications: list[ApplicationLine]
    from_funding_service: bool


def funding_summary(db: Database, tenant_id: int, up_to: dt.date | None = None) -> FundingSummary:
    """Investment received (from the funding area's service) and fund applications."""
    lines: list[InvestmentLine] = []
    try:
        from . import funding
    except ImportError:
        funding = None  # type: ignore[assignment]
    if funding is not None and hasattr(funding, "cumulative_investment"):
        inv = funding.cumulative_investment(db, tenant_id, up_to)
        lines = [InvestmentLine(x.date, x.source, x.amount, x.kind) for x in inv.sources]
        outside, from_funds, total, by_service = inv.outside, inv.from_funds, inv.total, True
    else:
        with db.read() as s:
            for r in s.scalars(
                select(InvestmentReceived)
                .where(InvestmentReceived.tenant_id == tenant_id)
                .order_by(InvestmentReceived.year, InvestmentReceived.quarter)
            ):
                on = r.received_on or Period(r.year, r.quarter).end
                if up_to is None or on <= up_to:
                    name = f"{r.investor} ({r.round})" if r.round else r.investor
                    lines.append(InvestmentLine(on, name, r.amount, "outside"))
        outside = sum((x.amount for x in lines), ZERO)
        from_funds, total, by_service = ZERO, outside, False
    with db.read() as s:
        apps = [
            ApplicationLine(
                name, a.amount_requested, a.amount_approved, a.status, a.status_since.date()
            )
            for a, name in s.execute(
                select(FundApplication, Fund.name)
                .join(Fund, Fund.id == FundApplication.fund_id)
                .where(
                    FundApplication.tenant_id == tenant_id,
                    FundApplication.status != ApplicationStatus.DRAFT,
                )
                .order_by(FundApplication.status_since)
            )
        ]
    return FundingSummary(outside, from_funds, total, lines, apps, by_service)


# --- graduation report ------------------------------------------------------------------------


@dataclass(frozen=True)
class GraduationReportData:
    incubator: IncubatorInfo
    on: dt.date
    profile: TenantProfile
    stages: list[StageRow]
    spaces: list[SpaceRow]
    entry: Figures  # the first quarter recorded
    latest: Figures  # the last quarter recorded
    years: list[YearFigures]
    funding: FundingSummary
    activity: ActivityFigures | None
    graduation: grad.TenantGraduation
    rules: grad.GraduationRules


def graduation_report_data(
    db: Database, tenant_id: int, on: dt.date | None = None
) -> GraduationReportData:
    on = on or dt.date.today()
    profile = tenant_profile(db, tenant_id)
    with db.read() as s:
        rows = _snapshots(s, tenant_id)
    r = grad.rules(db)
    return GraduationReportData(
        incubator=incubator_info(db),
        on=on,
        profile=profile,
        stages=stage_history(db, tenant_id),
        spaces=spaces_held(db, tenant_id),
        entry=_figures_from(rows[:1]),
        latest=_figures_from(rows[-1:]),
        years=yearly_figures(rows),
        funding=funding_summary(db, tenant_id),
        activity=tenant_activity(
            db,
            tenant_id,
            [Period(y) for y in range((profile.entry_date or on).year, on.year + 1)],
        ),
        graduation=grad.evaluate_all(db, on, [tenant_id], r)[0],
        rules=r,
    )


# --- progress report --------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionLine:
    starts_at: dt.datetime
    mentor: str
    topic: str
    status: SessionStatus
    hours: Decimal


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due_on: dt.date | None


@dataclass(frozen=True)
class EventLine:
    starts_at: dt.datetime
    title: str
    kind: str


@dataclass(frozen=True)
class QuarterPoint:
    label: str
    revenue: Decimal | None
    rd_spend: Decimal | None
    staff_total: Decimal | None


@dataclass(frozen=True)
class ProgressReportData:
    incubator: IncubatorInfo
    profile: TenantProfile
    period: Period
    previous: Period
    current: Figures
    before: Figures
    entry: Figures
    series: list[QuarterPoint]
    sessions: list[SessionLine]
    open_actions: list[ActionLine]
    events: list[EventLine]
    pipeline: list[ApplicationLine]
    activity: ActivityFigures | None


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=dt.UTC) - dt.timedelta(hours=8)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return start, end - dt.timedelta(hours=8)


def progress_report_data(db: Database, tenant_id: int, period: Period) -> ProgressReportData:
    from ..core.errors import NotFound

    profile = tenant_profile(db, tenant_id)
    with db.read() as s:
        rows = _snapshots(s, tenant_id)
        current = _in_period(rows, period)
        if not current:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "{tenant} has no figures recorded for {period}: nothing to report."
                ),
                tenant=profile.name_zh,
                period=period.label,
            )
        last = (current[-1].year, current[-1].quarter)
        upto = [r for r in rows if (r.year, r.quarter) <= last][-8:]
        series = [
            QuarterPoint(
                f"{r.year}Q{r.quarter}",
                _num(r.revenue),
                _num(r.rd_spend),
                _num(r.staff_total),
            )
            for r in upto
        ]
        start, end = _bounds(period)
        sessions = [
            SessionLine(
                utc_aware(ms.starts_at),
                name,
                ms.topic,
                ms.status,
                Decimal((ms.ends_at - ms.starts_at).total_seconds() / 3600).quantize(
                    Decimal("0.1")
                ),
            )
            for ms, name in s.execute(
                select(MentoringSession, Mentor.name)
                .join(SessionTenant, SessionTenant.session_id == MentoringSession.id)
                .join(Mentor, Mentor.id == MentoringSession.mentor_id)
                .where(
                    SessionTenant.tenant_id == tenant_id,
                    MentoringSession.starts_at >= start,
                    MentoringSession.starts_at < end,
                )
                .order_by(MentoringSession.starts_at)
            )
        ]
        actions = [
            ActionLine(a.description, a.owner, a.due_on)
            for a in s.scalars(
                select(SessionAction)
                .where(SessionAction.tenant_id == tenant_id, SessionAction.done.is_(False))
                .order_by(SessionAction.due_on)
            )
        ]
        events = [
            EventLine(utc_aware(starts_at), title, EventKind(kind).value)
            for _id, starts_at, title, kind in s.execute(
                select(
                    TrainingEvent.id,
                    TrainingEvent.starts_at,
                    TrainingEvent.title,
                    TrainingEvent.kind,
                )
                .join(EventRegistration, EventRegistration.event_id == TrainingEvent.id)
                .where(
                    EventRegistration.tenant_id == tenant_id,
                    EventRegistration.status == RegistrationStatus.REGISTERED,
                    EventRegistration.checked_in_at.is_not(None),
                    TrainingEvent.status != EventStatus.CANCELLED,
                    TrainingEvent.starts_at >= start,
                    TrainingEvent.starts_at < end,
                )
                .distinct()
                .order_by(TrainingEvent.starts_at)
            )
        ]
    fs = funding_summary(db, tenant_id)
    pipeline = [a for a in fs.applications if a.status in PIPELINE]
    return ProgressReportData(
        incubator=incubator_info(db),
        profile=profile,
        period=period,
        previous=period.previous(),
        current=_figures_from(current),
        before=_figures_from(_in_period(rows, period.previous())),
        entry=_figures_from(rows[:1]),
        series=series,
        sessions=sessions,
        open_actions=actions,
        events=events,
        pipeline=pipeline,
        activity=tenant_activity(db, tenant_id, [period]),
    )


# --- portfolio report -------------------------------------------------------------------------


@dataclass(frozen=True)
class Benchmark:
    key: str
    target: str  # e.g. "≥ 75 %"
    value: str  # the incubator's own value, formatted
    met: bool | None  # None: cannot be computed


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
    activity: ActivityFigures | None
    pipeline: dict[ApplicationStatus, tuple[int, Decimal]]
    deployed: list[tuple[str, Decimal]]  # per fund, paid in the period
    benchmarks: list[Benchmark]

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
    out: dict[int, Stage] = {}
    with db.read() as s:
        for tid, stage in s.execute(
            select(StageChange.tenant_id, StageChange.to_stage)
            .join(Tenant, Tenant.id == StageChange.tenant_id)
            .where(StageChange.changed_on <= on, Tenant.archived_at.is_(None))
            .order_by(StageChange.changed_on, StageChange.id)
        ):
            out[tid] = Stage(stage)
        # Tenants entered without a recorded history count in their current stage.
        for tid, stage in s.execute(
            select(Tenant.id, Tenant.stage).where(
                Tenant.archived_at.is_(None),
                Tenant.entry_date <= on,
                ~Tenant.id.in_(select(StageChange.tenant_id)),
            )
        ):
            out[tid] = Stage(stage)
    return out


def portfolio_figures(db: Database, period: Period) -> tuple[Figures, int]:
    """All tenants' figures of a period summed (stocks at each tenant's last quarter)."""
    wanted = period.quarters
    with db.read() as s:
        rows = list(
            s.execute(
                select(SNAP)
                .join(Tenant, Tenant.id == KpiSnapshot.tenant_id)
                .where(
                    or_(
                        *(and_(KpiSnapshot.year == y, KpiSnapshot.quarter == q) for y, q in wanted)
                    ),
                    Tenant.archived_at.is_(None),
                )
                .order_by(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter)
            )
        )
    per_tenant: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        per_tenant[r.tenant_id].append(r)
    totals: dict[str, Decimal | None] = {k: None for k in (*FLOWS, *STOCKS)}
    for snaps in per_tenant.values():
        f = _figures_from(snaps)
        for k, v in f.values.items():
            if v is not None:
                totals[k] = (totals[k] or ZERO) + v
    quarters = tuple(sorted({f"{r.year}Q{r.quarter}" for r in rows}))
    return Figures(totals, quarters), len(per_tenant)


def portfolio_report_data(db: Database, period: Period) -> PortfolioReportData:
    from . import overview as ov

    end = min(period.end, dt.date.today())
    occ = ov.overview(db, on=end)
    stage_map = stages_on(db, period.end)
    by_stage = Counter(stage_map.values())
    figures, reporting = portfolio_figures(db, period)
    before, _ = portfolio_figures(db, period.previous())
    with db.read() as s:
        entries = (
            s.scalar(
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
            from ..core.errors import NotFound

            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "The database holds no tenants or figures for {period}."
                ),
                period=period.label,
            )
        movements = [
            MovementLine(c.changed_on, name, code or "", Stage(c.to_stage))
            for c, name, code in s.execute(
                select(StageChange, Tenant.name_zh, Tenant.credit_code)
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
        industry_rows = s.execute(
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
        for status, n, amount in s.execute(
            select(
                FundApplication.status,
                func.count(),
                func.coalesce(func.sum(FundApplication.amount_requested), 0),
            ).group_by(FundApplication.status)
        ):
            pipeline[ApplicationStatus(status)] = (n, Decimal(amount))
        deployed = [
            (name, Decimal(amount))
            for name, amount in s.execute(
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
        fund_size = Decimal(
            s.scalar(
                select(func.coalesce(func.sum(Fund.total_size), 0)).where(
                    Fund.kind.in_((FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE)),
                    Fund.start_year <= period.year,
                )
            )
            or 0
        )
        mentors = (
            s.scalar(
                select(func.count(func.distinct(MentorAssignment.mentor_id))).where(
                    MentorAssignment.since <= period.end,
                    or_(MentorAssignment.until.is_(None), MentorAssignment.until >= period.start),
                )
            )
            or 0
        )
        ip_rows = s.execute(
            select(
                KpiSnapshot.tenant_id,
                func.max(KpiSnapshot.invention_applications),
                func.max(KpiSnapshot.valid_invention_patents),
                func.max(KpiSnapshot.software_copyrights),
            )
            .where(KpiSnapshot.tenant_id.in_(open_ids), KpiSnapshot.year <= period.year)
            .group_by(KpiSnapshot.tenant_id)
        )
        filed = valid_ip = 0
        for _tid, apps, valid, soft in ip_rows:
            filed += bool(apps)
            valid_ip += bool(valid) or bool(soft)
    activity = portfolio_activity(db, period)
    if activity is not None and activity.mentors is not None:
        mentors = activity.mentors  # the mentoring area's definition of an active mentor
    invested = grad._investment_totals(db, open_ids) if open_ids else {}
    funded = sum(1 for tid in open_ids if invested.get(tid, ZERO) > 0)
    n_open = len(open_ids)
    occupancy = occ.occupancy_by_area

    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x:.1%}"

    share = (lambda k: k / n_open) if n_open else (lambda k: None)
    benchmarks = [
        Benchmark(
            "area_used",
            "≥ 75%",
            pct(occupancy),
            None if occupancy is None else occupancy >= 0.75,
        ),
        Benchmark("fund_size", "≥ ¥5,000,000", report_money(fund_size), fund_size >= 5_000_000),
        Benchmark(
            "funded_share",
            "≥ 10%",
            pct(share(funded)),
            None if not n_open else funded / n_open >= 0.10,
        ),
        Benchmark(
            "mentor_ratio",
            "≥ 1 : 10",
            f"{mentors} : {n_open}",
            None if not n_open else mentors * 10 >= n_open,
        ),
        Benchmark("tenants", "≥ 50", str(n_open), n_open >= 50),
        Benchmark(
            "ip_share",
            "≥ 50% / ≥ 30%",
            f"{pct(share(filed))} / {pct(share(valid_ip))}",
            None if not n_open else (filed / n_open >= 0.5 or valid_ip / n_open >= 0.3),
        ),
    ]
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
        benchmarks=benchmarks,
    )


# --- dashboard lists --------------------------------------------------------------------------


@dataclass(frozen=True)
class ListRow:
    """A row of a list behind a dashboard card: the cells, and the tenant it is about."""

    cells: tuple[str, ...]
    tenant_id: int | None = None


@dataclass(frozen=True)
class Dashboard:
    on: dt.date
    graduation: list[grad.TenantGraduation]
    missing_quarter: Period
    missing: list[ListRow]  # tenants in incubation with no figures for the last quarter
    events_this_week: list[ListRow]
    sessions_this_week: list[ListRow]
    pipeline: dict[ApplicationStatus, int]
    ending: list[ListRow]  # allocations ending within 60 days

    @property
    def candidates(self) -> list[grad.TenantGraduation]:
        return grad.candidates(self.graduation)

    @property
    def overdue(self) -> list[grad.TenantGraduation]:
        return grad.overdue(self.graduation)


def dashboard(db: Database, on: dt.date | None = None) -> Dashboard:
    on = on or dt.date.today()
    results = grad.evaluate_all(db, on)
    last = last_complete_quarter(on)
    monday = on - dt.timedelta(days=on.weekday())
    start = dt.datetime.combine(monday, dt.time(), tzinfo=dt.UTC) - dt.timedelta(hours=8)
    end = start + dt.timedelta(days=7)
    with db.read() as s:
        have = set(
            s.scalars(
                select(KpiSnapshot.tenant_id).where(
                    KpiSnapshot.year == last.year, KpiSnapshot.quarter == last.quarter
                )
            )
        )
        missing = [
            ListRow(
                (t.name_zh, t.credit_code or "", t.entry_date.isoformat() if t.entry_date else ""),
                t.id,
            )
            for t in s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.credit_code, Tenant.entry_date)
                .where(
                    Tenant.archived_at.is_(None),
                    Tenant.stage.in_(OPEN_STAGES),
                    Tenant.entry_date <= last.end,
                )
                .order_by(Tenant.name_zh)
            )
            if t.id not in have
        ]
        events = [
            ListRow(
                (
                    utc_aware(e.starts_at).astimezone(_CN).strftime("%Y-%m-%d %H:%M"),
                    e.title,
                    str(n),
                )
            )
            for e, n in s.execute(
                select(TrainingEvent, func.count(EventRegistration.id))
                .outerjoin(
                    EventRegistration,
                    and_(
                        EventRegistration.event_id == TrainingEvent.id,
                        EventRegistration.status == RegistrationStatus.REGISTERED,
                    ),
                )
                .where(
                    TrainingEvent.starts_at >= start,
                    TrainingEvent.starts_at < end,
                    TrainingEvent.status != EventStatus.CANCELLED,
                )
                .group_by(TrainingEvent.id)
                .order_by(TrainingEvent.starts_at)
            )
        ]
        sessions = [
            ListRow(
                (
                    utc_aware(ms.starts_at).astimezone(_CN).strftime("%Y-%m-%d %H:%M"),
                    name,
                    ms.topic,
                )
            )
            for ms, name in s.execute(
                select(MentoringSession, Mentor.name)
                .join(Mentor, Mentor.id == MentoringSession.mentor_id)
                .where(
                    MentoringSession.starts_at >= start,
                    MentoringSession.starts_at < end,
                    MentoringSession.status != SessionStatus.CANCELLED,
                )
                .order_by(MentoringSession.starts_at)
            )
        ]
        pipeline = {
            ApplicationStatus(st): n
            for st, n in s.execute(
                select(FundApplication.status, func.count())
                .where(FundApplication.status.in_(PIPELINE))
                .group_by(FundApplication.status)
            )
        }
        ending = [
            ListRow((name, f"{bcode}-{code}", a_end.isoformat() if a_end else ""), tid)
            for name, bcode, code, a_end, tid in s.execute(
                select(Tenant.name_zh, Building.code, Unit.code, Allocation.end_date, Tenant.id)
                .join(Unit, Unit.id == Allocation.unit_id)
                .join(Building, Building.id == Unit.building_id)
                .join(Tenant, Tenant.id == Allocation.tenant_id)
                .where(
                    Allocation.status == AllocationStatus.ACTIVE,
                    Allocation.end_date.between(on, on + dt.timedelta(days=60)),
                )
                .order_by(Allocation.end_date)
            )
        ]
    return Dashboard(on, results, last, missing, events, sessions, pipeline, ending)


_CN = dt.timezone(dt.timedelta(hours=8))


# --- Torch statistics -------------------------------------------------------------------------


@dataclass(frozen=True)
class TorchRow:
    """One tenant's line of the annual Torch statistics return (money in 千元)."""

    values: dict[str, Any] = field(default_factory=dict)


def thousands(value: Decimal | None) -> Decimal | None:
    """Yuan to 千元, to one decimal place (the Torch return's unit)."""
    if value is None:
        return None
    return (Decimal(value) / 1000).quantize(Decimal("0.1"))


def torch_rows(db: Database, year: int) -> list[dict[str, Any]]:
    """One dict per tenant in incubation at any time during `year` (keys: TORCH_COLUMNS)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ended = {}
    with db.read() as s:
        for tid, day in s.execute(
            select(StageChange.tenant_id, func.max(StageChange.changed_on))
            .where(StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)))
            .group_by(StageChange.tenant_id)
        ):
            ended[tid] = day
        tenants = [
            t
            for t in s.execute(
                select(
                    Tenant.id,
                    Tenant.name_zh,
                    Tenant.credit_code,
                    Tenant.founded_on,
                    Tenant.entry_date,
                    Tenant.stage,
                    Tenant.graduated_on,
                    Tenant.high_tech_enterprise,
                    Tenant.registered_capital,
                    Tenant.national_projects,
                    Tenant.industry_id,
                    Tenant.tech_field_id,
                    Tenant.registration_type_id,
                )
                .where(Tenant.archived_at.is_(None), Tenant.entry_date <= end)
                .order_by(Tenant.name_zh)
            )
            if not (Stage(t.stage) not in OPEN_STAGES and ended.get(t.id, end) < start)
        ]
        ids = [t.id for t in tenants]
        lookups = {i: zh for i, zh in s.execute(select(LookupItem.id, LookupItem.name_zh))}
        snaps: dict[int, list[Any]] = defaultdict(list)
        for r in s.execute(
            select(SNAP)
            .where(KpiSnapshot.year == year)
            .order_by(KpiSnapshot.tenant_id, KpiSnapshot.quarter)
        ):
            snaps[r.tenant_id].append(r)
        people: dict[int, dict[str, bool]] = defaultdict(lambda: defaultdict(bool))
        for tid, st, ret, ser, tal in s.execute(
            select(
                Person.tenant_id,
                Person.student_founder,
                Person.returnee,
                Person.serial_entrepreneur,
                Person.talent_programme,
            ).where(Person.archived_at.is_(None))
        ):
            p = people[tid]
            p["student"] |= bool(st)
            p["returnee"] |= bool(ret)
            p["serial"] |= bool(ser)
            p["talent"] |= bool(tal)
        mentored = set(
            s.scalars(
                select(MentorAssignment.tenant_id).where(
                    MentorAssignment.since <= end,
                    or_(MentorAssignment.until.is_(None), MentorAssignment.until >= start),
                )
            )
        )
        area: dict[int, Decimal] = defaultdict(Decimal)
        for tid, a_area, desks, unit_desks in s.execute(
            select(Allocation.tenant_id, Unit.area_m2, Allocation.desks, Unit.desk_count)
            .join(Unit, Unit.id == Allocation.unit_id)
            .where(
                Allocation.status != AllocationStatus.CANCELLED,
                Allocation.start_date <= end,
                or_(Allocation.end_date.is_(None), Allocation.end_date >= end),
            )
        ):
            share = Decimal(a_area)
            if desks and unit_desks:
                share = share * desks / unit_desks
            area[tid] += share
        invested_year: dict[int, Decimal] = defaultdict(Decimal)
        for tid, amount in s.execute(
            select(InvestmentReceived.tenant_id, func.sum(InvestmentReceived.amount))
            .where(InvestmentReceived.year == year)
            .group_by(InvestmentReceived.tenant_id)
        ):
            invested_year[tid] = Decimal(amount)
    cumulative = grad._investment_totals(db, ids) if ids else {}
    out: list[dict[str, Any]] = []
    for t in tenants:
        f = _figures_from(snaps.get(t.id, []))
        p = people.get(t.id, {})
        grads = t.graduated_on if Stage(t.stage) == Stage.GRADUATED else None
        out.append(
            {
                "name": t.name_zh,
                "credit_code": t.credit_code or "",
                "founded_on": t.founded_on,
                "entry_date": t.entry_date,
                "industry": lookups.get(t.industry_id, ""),
                "tech_field": lookups.get(t.tech_field_id, ""),
                "registration_type": lookups.get(t.registration_type_id, ""),
                "has_mentor": t.id in mentored,
                "graduated": grads is not None and grads <= end,
                "graduated_on": grads if grads is not None and grads <= end else None,
                "high_tech": bool(t.high_tech_enterprise),
                "student_founder": bool(p.get("student")),
                "serial_entrepreneur": bool(p.get("serial")),
                "returnee_founder": bool(p.get("returnee")),
                "talent_programme": bool(p.get("talent")),
                "investment_year": thousands(invested_year.get(t.id)),
                "investment_total": thousands(cumulative.get(t.id, ZERO)),
                "area_m2": area[t.id].quantize(Decimal("0.01")) if t.id in area else None,
                "registered_capital": thousands(t.registered_capital),
                **{k: thousands(f.get(k)) for k in sorted(MONEY)},
                **{k: f.get(k) for k in (*FLOWS, *STOCKS) if k not in MONEY},
                "national_projects": t.national_projects,
                "quarters": len(f.quarters),
            }
        )
    return out


__all__ = [
    "Dashboard",
    "GraduationReportData",
    "Period",
    "PortfolioReportData",
    "ProgressReportData",
    "dashboard",
    "graduation_report_data",
    "portfolio_report_data",
    "progress_report_data",
    "torch_rows",
]
