"""The incubator's self-assessment against the national levels, from the year's return.

Three levels: the 2018 national-incubator conditions (国科发区〔2018〕300号), and the 2025 MIIT
measures' 标准级 and 卓越级 (工信部科〔2025〕131号). Each criterion compares one figure of the
incubator (a `Metric`) with a threshold. The thresholds are data: the defaults below, with
the operator's changes kept in the shared setting ``self_assessment`` (threshold, in use,
source, note); each names its source and, where the figure is not verified, says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ...core import clock
from ...core import settings as declared
from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import report_money
from ...core.vocabularies import DisbursementStatus, FundKind, Stage
from ...db import Database, Store
from ...models import (
    AnnualReturn,
    Disbursement,
    Fund,
    FundApplication,
    KpiSnapshot,
    Tenant,
)
from .. import settings as settings_service
from ..access import Action, requires
from .incubator import IncubatorTable, year_lines
from .records import revenue_and_rd
from .tenant_facts import TenantFacts, facts, tenant_facts

if TYPE_CHECKING:
    from ..reporting.activity import ActivityFigures

_t = Translator("statistics")
_e = Translator("errors")


class Level(StrEnum):
    NATIONAL_2018 = "national_2018"
    MIIT_STANDARD = "miit_standard"
    MIIT_EXCELLENT = "miit_excellent"


LEVEL_NAMES = {
    Level.NATIONAL_2018: QT_TRANSLATE_NOOP("statistics", "National incubator (2018 conditions)"),
    Level.MIIT_STANDARD: QT_TRANSLATE_NOOP("statistics", "MIIT 2025: standard level (标准级)"),
    Level.MIIT_EXCELLENT: QT_TRANSLATE_NOOP("statistics", "MIIT 2025: excellent level (卓越级)"),
}
# A level is reached when its own criteria are met and the level it builds on is reached.
REQUIRES = {Level.MIIT_STANDARD: Level.NATIONAL_2018, Level.MIIT_EXCELLENT: Level.MIIT_STANDARD}

SRC_2018 = "《科技企业孵化器管理办法》（国科发区〔2018〕300号），国家级科技企业孵化器条件"
SRC_2025 = "《科技企业孵化器管理办法》（工信部科〔2025〕131号）标准级，据省级工信部门通知转述"
SRC_2025X = "《科技企业孵化器管理办法》（工信部科〔2025〕131号）卓越级"
NOTE_2025 = QT_TRANSLATE_NOOP(
    "statistics",
    "Uncertain: as reported by provincial notices, not checked against the measures' full text.",
)
NOTE_EXCELLENT = QT_TRANSLATE_NOOP(
    "statistics",
    "Uncertain: the excellent level is selective and no published figure was found; this "
    "threshold is an assumption to set from the year's notice.",
)
NOTE_SPECIALISED = QT_TRANSLATE_NOOP(
    "statistics", "Specialised incubators: a lower figure applies (edit the threshold)."
)


@dataclass(frozen=True)
class Metric:
    """A figure of the incubator: its name, unit and how it is shown."""

    name: str  # marked for translation
    unit: str  # "%", "m²", "yuan", "count", "years", "per10"


METRICS: dict[str, Metric] = {
    "operating_years": Metric(QT_TRANSLATE_NOOP("statistics", "Years in operation"), "years"),
    "statistics_years": Metric(QT_TRANSLATE_NOOP("statistics", "Years of statistics kept"), "years"),
    "area_total": Metric(QT_TRANSLATE_NOOP("statistics", "Area under its control"), "m²"),
    "area_used_share": Metric(QT_TRANSLATE_NOOP("statistics", "Area used by tenants and public services"), "%"),
    "incubation_fund": Metric(QT_TRANSLATE_NOOP("statistics", "Seed or incubation fund"), "yuan"),
    "financed_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants that have received investment"), "%"),
    "fund_cases": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants invested by the incubator's fund"), "count"),
    "professional_share": Metric(QT_TRANSLATE_NOOP("statistics", "Professional incubation staff among staff"), "%"),
    "service_staff_per10": Metric(QT_TRANSLATE_NOOP("statistics", "Professional staff per 10 tenants"), "per10"),
    "mentors_per10": Metric(QT_TRANSLATE_NOOP("statistics", "Mentors per 10 tenants"), "per10"),
    "ip_applied_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants that applied for IP this year"), "%"),
    "ip_valid_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants holding valid IP"), "%"),
    "tenants": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants in incubation"), "count"),
    "tenants_per_1000m2": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants per 1,000 m²"), "ratio"),
    "graduates_total": Metric(QT_TRANSLATE_NOOP("statistics", "Graduates in total"), "count"),
    "equity_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants given paid-in equity by the incubator's funds"), "%"),
    "investment_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants that received investment or loans this year"), "%"),
    "growth_share": Metric(QT_TRANSLATE_NOOP("statistics", "Tenants whose revenue or R&D grew more than 20%"), "%"),
    "non_rent_share": Metric(QT_TRANSLATE_NOOP("statistics", "Income other than rent and property"), "%"),
    "high_tech_share": Metric(QT_TRANSLATE_NOOP("statistics", "High-Tech Enterprises among tenants"), "%"),
}  # fmt: skip


@dataclass(frozen=True)
class Criterion:
    """A threshold of a level: the metric must reach `threshold`. Criteria of one `group`
    are alternatives (met when any is)."""

    key: str
    level: Level
    metric: str
    threshold: Decimal
    source: str
    note: str = ""  # marked for translation, or the operator's own text
    group: str = ""
    enabled: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "threshold": str(self.threshold),
            "enabled": self.enabled,
            "source": self.source,
            "note": self.note,
        }


def _c(
    key: str,
    level: Level,
    metric: str,
    threshold: str,
    source: str,
    note: str = "",
    group: str = "",
) -> Criterion:
    return Criterion(key, level, metric, Decimal(threshold), source, note, group)


_N, _S, _X = Level.NATIONAL_2018, Level.MIIT_STANDARD, Level.MIIT_EXCELLENT
# fmt: off
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    _c("n18_operating", _N, "operating_years", "3", SRC_2018),
    _c("n18_statistics", _N, "statistics_years", "2", SRC_2018),
    _c("n18_area", _N, "area_total", "10000", SRC_2018),
    _c("n18_area_used", _N, "area_used_share", "75", SRC_2018),
    _c("n18_fund", _N, "incubation_fund", "5000000", SRC_2018),
    _c("n18_financed", _N, "financed_share", "10", SRC_2018),
    _c("n18_fund_cases", _N, "fund_cases", "3", SRC_2018),
    _c("n18_professional", _N, "professional_share", "80", SRC_2018),
    _c("n18_service_staff", _N, "service_staff_per10", "1", SRC_2018),
    _c("n18_mentors", _N, "mentors_per10", "1", SRC_2018),
    _c("n18_ip_applied", _N, "ip_applied_share", "50", SRC_2018, group="ip"),
    _c("n18_ip_valid", _N, "ip_valid_share", "30", SRC_2018, group="ip"),
    _c("n18_tenants", _N, "tenants", "50", SRC_2018, NOTE_SPECIALISED),
    _c("n18_density", _N, "tenants_per_1000m2", "3", SRC_2018, NOTE_SPECIALISED),
    _c("n18_graduates", _N, "graduates_total", "20", SRC_2018, NOTE_SPECIALISED),
    _c("std_equity", _S, "equity_share", "10", SRC_2025, NOTE_2025, group="financing"),
    _c("std_investment", _S, "investment_share", "20", SRC_2025, NOTE_2025, group="financing"),
    _c("std_growth", _S, "growth_share", "30", SRC_2025, NOTE_2025),
    _c("std_non_rent", _S, "non_rent_share", "30", SRC_2025, NOTE_2025),
    _c("exc_tenants", _X, "tenants", "100", SRC_2025X, NOTE_EXCELLENT),
    _c("exc_graduates", _X, "graduates_total", "50", SRC_2025X, NOTE_EXCELLENT),
    _c("exc_investment", _X, "investment_share", "30", SRC_2025X, NOTE_EXCELLENT),
    _c("exc_high_tech", _X, "high_tech_share", "20", SRC_2025X, NOTE_EXCELLENT),
    _c("exc_non_rent", _X, "non_rent_share", "50", SRC_2025X, NOTE_EXCELLENT),
)
# fmt: on
DEFAULT_BY_KEY = {c.key: c for c in DEFAULT_CRITERIA}


SETTING = declared.SELF_ASSESSMENT


@dataclass(frozen=True)
class AssessmentSettings:
    operating_since: dt.date | None
    criteria: tuple[Criterion, ...]
    version: int | None = None


def assessment_settings(db: Store) -> AssessmentSettings:
    """The thresholds in force: the defaults with the operator's changes."""
    stored = settings_service.get(db, SETTING)
    raw = stored.value or {}
    changes = raw.get("criteria") or {}
    criteria = []
    for c in DEFAULT_CRITERIA:
        mine = changes.get(c.key) or {}
        try:
            threshold = Decimal(str(mine.get("threshold", c.threshold)))
        except InvalidOperation:
            threshold = c.threshold
        criteria.append(
            Criterion(
                c.key,
                c.level,
                c.metric,
                threshold,
                str(mine.get("source", c.source)),
                str(mine.get("note", c.note)),
                c.group,
                bool(mine.get("enabled", c.enabled)),
            )
        )
    since = raw.get("operating_since") or None
    try:
        operating = dt.date.fromisoformat(since) if since else None
    except ValueError:
        operating = None
    return AssessmentSettings(operating, tuple(criteria), stored.version)


@requires(Action.CHANGE_SETTINGS)
def save_assessment_settings(
    db: Store,
    operating_since: dt.date | None,
    criteria: list[Criterion],
    expected_version: int | None,
) -> int:
    """Save the start of operation and the thresholds; ValidationError names a bad one."""
    errors: dict[str, str] = {}
    for c in criteria:
        if c.key not in DEFAULT_BY_KEY:
            raise ValueError(f"unknown criterion {c.key!r}")
        if not c.threshold.is_finite() or c.threshold < 0:
            errors[c.key] = _e(QT_TRANSLATE_NOOP("errors", "A threshold cannot be negative."))
        elif METRICS[c.metric].unit == "%" and c.threshold > 100:
            errors[c.key] = _e(QT_TRANSLATE_NOOP("errors", "A share cannot be above 100%."))
        if not c.source.strip():
            errors[c.key] = _e(QT_TRANSLATE_NOOP("errors", "Name the source of each threshold."))
    if operating_since is not None and operating_since > clock.today():
        errors["operating_since"] = _e(
            QT_TRANSLATE_NOOP("errors", "The start of operation cannot be in the future.")
        )
    if errors:
        raise ValidationError(errors)
    value = {
        "operating_since": operating_since.isoformat() if operating_since else "",
        "criteria": {c.key: c.to_json() for c in criteria},
    }
    return settings_service.put(db, SETTING, value, expected_version)


@dataclass(frozen=True)
class Reading:
    """A metric's value for the year, and its evidence: the tenants it counts, or a line
    saying where the figure comes from (`detail`, English marked for translation, with its
    `params`: the window and each report's language translate it their own way)."""

    value: Decimal | None
    tenants: tuple[str, ...] = ()
    detail: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def detail_text(self, t: Callable[..., str] = _t) -> str:
        return t(self.detail, **dict(self.params)) if self.detail else ""


ENTERED = QT_TRANSLATE_NOOP("statistics", "Entered in Settings.")


def _d(template: str, **params: Any) -> dict[str, Any]:
    return {"detail": template, "params": tuple(params.items())}


@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    name: str  # translated
    threshold_text: str
    value_text: str
    reading: Reading
    met: bool | None  # None: the figure is not known

    @property
    def key(self) -> str:
        return self.criterion.key

    def to_json(self) -> dict[str, Any]:
        c = self.criterion
        return {
            "key": c.key,
            "level": c.level.value,
            "criterion": self.name,
            "threshold": str(c.threshold),
            "threshold_text": self.threshold_text,
            "value": None if self.reading.value is None else str(self.reading.value),
            "value_text": self.value_text,
            "met": self.met,
            "group": c.group,
            "evidence": {
                "tenants": list(self.reading.tenants),
                "detail": self.reading.detail_text(),
            },
            "source": c.source,
            "note": _t(c.note) if c.note else "",
        }


@dataclass(frozen=True)
class LevelResult:
    level: Level
    name: str
    results: list[CriterionResult]
    reached: bool | None  # None: a figure it needs is unknown

    @property
    def met(self) -> int:
        return sum(1 for r in self.results if r.met)


@dataclass(frozen=True)
class Assessment:
    year: int
    levels: list[LevelResult]
    readings: dict[str, Reading] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "levels": [
                {
                    "level": lv.level.value,
                    "name": lv.name,
                    "reached": lv.reached,
                    "criteria": [r.to_json() for r in lv.results],
                }
                for lv in self.levels
            ],
        }


def _share(part: list[str], whole: int) -> Decimal | None:
    return None if not whole else (Decimal(len(part)) * 100 / whole).quantize(Decimal("0.1"))


def _ratio(a: Any, b: Any, scale: int = 1) -> Decimal | None:
    if a is None or not b:
        return None
    return (Decimal(a) * scale / Decimal(b)).quantize(Decimal("0.01"))


def readings(
    db: Database,
    year: int,
    settings: AssessmentSettings,
    table: IncubatorTable | None = None,
    activity: ActivityFigures | None = None,
) -> dict[str, Reading]:
    """Every metric's reading for `year`: from the incubator table and its tenants' returns
    when given, else from the records, reading only what the readings look at (`activity`:
    the year's mentoring and training figures, when already read)."""
    if table is not None:
        v, entered = table.values, table.entered
        mine = [
            facts(r.tenant_id, r.name, r.values)
            for r in table.returns
            if r.tenant_id in table.open_ids
        ]
        before = revenue_and_rd(db, year - 1, [r.id for r in mine]) if mine else {}
    else:
        lines = year_lines(db, year, activity)
        mine, area_tenants, before = tenant_facts(db, year, lines.open_ids)
        v, entered = {**lines.values, "area_tenants": area_tenants}, lines.entered
    n = len(mine)
    end = dt.date(year, 12, 31)

    def names(test: Callable[[TenantFacts], bool]) -> list[str]:
        return [r.name for r in mine if test(r)]

    with db.read() as session:
        s = session.connection()  # plain rows: nothing for the ORM to do
        years = {
            y
            for (y,) in s.execute(
                select(AnnualReturn.year).where(AnnualReturn.year <= year).distinct()
            )
        } | {
            y
            for (y,) in s.execute(
                select(KpiSnapshot.year).where(KpiSnapshot.year <= year).distinct()
            )
        }
        funded_rows = s.execute(
            select(FundApplication.tenant_id, Tenant.name_zh, func.min(Disbursement.paid_on))
            .join(Disbursement, Disbursement.application_id == FundApplication.id)
            .join(Fund, Fund.id == FundApplication.fund_id)
            .join(Tenant, Tenant.id == FundApplication.tenant_id)
            .where(
                Disbursement.status == DisbursementStatus.PAID,
                Disbursement.paid_on <= end,
                Fund.kind.in_((FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE)),
            )
            .group_by(FundApplication.tenant_id, Tenant.name_zh)
            .order_by(Tenant.name_zh)
        ).all()
        graduates = list(
            s.scalars(
                select(Tenant.name_zh)
                .where(
                    Tenant.archived_at.is_(None),
                    Tenant.stage == Stage.GRADUATED,
                    Tenant.graduated_on <= end,
                )
                .order_by(Tenant.graduated_on.desc(), Tenant.name_zh)
            )
        )
        paid_this_year = set(
            s.scalars(
                select(FundApplication.tenant_id)
                .join(Disbursement, Disbursement.application_id == FundApplication.id)
                .join(Fund, Fund.id == FundApplication.fund_id)
                .where(
                    Disbursement.status == DisbursementStatus.PAID,
                    Disbursement.paid_on.between(dt.date(year, 1, 1), end),
                    Fund.kind.in_((FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE)),
                )
            )
        )
    out: dict[str, Reading] = {}
    if settings.operating_since is not None:
        days = (end - settings.operating_since).days
        out["operating_years"] = Reading(
            Decimal(max(days, 0) / 365.25).quantize(Decimal("0.1")),
            **_d(
                QT_TRANSLATE_NOOP("statistics", "In operation since {day} (Settings)."),
                day=settings.operating_since.isoformat(),
            ),
        )
    else:
        out["operating_years"] = Reading(
            None,
            detail=QT_TRANSLATE_NOOP("statistics", "Enter the start of operation in Settings."),
        )
    out["statistics_years"] = Reading(
        Decimal(len(years)), detail=", ".join(str(y) for y in sorted(years))
    )
    area = v.get("area_total")
    out["area_total"] = Reading(
        Decimal(area) if area else None,
        detail=ENTERED
        if "area_total" in entered
        else QT_TRANSLATE_NOOP("statistics", "The area of every unit in Spaces."),
    )
    used = (v.get("area_tenants") or 0) + (v.get("area_public") or 0)
    out["area_used_share"] = Reading(
        _ratio(used, area, 100),
        **_d(
            QT_TRANSLATE_NOOP(
                "statistics", "{used} m² used by tenants and public services of {total} m²."
            ),
            used=f"{used:,.0f}",
            total=f"{Decimal(area or 0):,.0f}",
        ),
    )
    out["incubation_fund"] = Reading(
        v.get("incubation_fund"),
        detail=ENTERED
        if "incubation_fund" in entered
        else QT_TRANSLATE_NOOP("statistics", "Equity and convertible-note funds in Funding."),
    )
    financed = names(lambda r: r.financed)
    out["financed_share"] = Reading(_share(financed, n), tuple(financed))
    cases = [name for _tid, name, _d in funded_rows]
    out["fund_cases"] = Reading(Decimal(len(cases)), tuple(cases))
    staff, prof = v.get("staff_total"), v.get("staff_professional")
    out["professional_share"] = Reading(
        _ratio(prof, staff, 100),
        **_d(
            QT_TRANSLATE_NOOP("statistics", "{a} of {b} staff (Settings)."),
            a=prof if prof is not None else "—",
            b=staff if staff is not None else "—",
        ),
    )
    out["service_staff_per10"] = Reading(
        _ratio(prof, n, 10),
        **_d(
            QT_TRANSLATE_NOOP("statistics", "{a} professional staff, {b} tenants."),
            a=prof if prof is not None else "—",
            b=n,
        ),
    )
    out["mentors_per10"] = Reading(
        _ratio(v.get("mentors"), n, 10),
        **_d(
            QT_TRANSLATE_NOOP("statistics", "{a} mentors active in the year, {b} tenants."),
            a=v.get("mentors"),
            b=n,
        ),
    )
    applied = names(lambda r: r.applied_ip)
    out["ip_applied_share"] = Reading(_share(applied, n), tuple(applied))
    valid = names(lambda r: r.holds_ip)
    out["ip_valid_share"] = Reading(_share(valid, n), tuple(valid))
    out["tenants"] = Reading(Decimal(n), tuple(r.name for r in mine))
    out["tenants_per_1000m2"] = Reading(
        _ratio(n, area, 1000),
        **_d(
            QT_TRANSLATE_NOOP("statistics", "{a} tenants on {b} m²."),
            a=n,
            b=f"{Decimal(area or 0):,.0f}",
        ),
    )
    out["graduates_total"] = Reading(Decimal(len(graduates)), tuple(graduates))
    equity = names(lambda r: r.id in paid_this_year or r.from_incubator)
    out["equity_share"] = Reading(_share(equity, n), tuple(equity))
    invested = names(lambda r: r.invested)
    out["investment_share"] = Reading(_share(invested, n), tuple(invested))

    def grew(r: TenantFacts) -> bool:
        for now, then in zip(
            (r.revenue, r.rd_spend),
            before.get(r.id, (None, None)),
            strict=True,
        ):
            if now is not None and then is not None and then > 0 and now > then * Decimal("1.2"):
                return True
        return False

    growing = names(grew)
    out["growth_share"] = Reading(_share(growing, n), tuple(growing))
    income, prop = v.get("income_total"), v.get("income_property")
    out["non_rent_share"] = Reading(
        _ratio((income or 0) - (prop or 0), income, 100) if income else None,
        **_d(
            QT_TRANSLATE_NOOP(
                "statistics", "Income {a}, of which rent and property {b} (Settings)."
            ),
            a=report_money(income),
            b=report_money(prop),
        ),
    )
    hte = names(lambda r: r.high_tech)
    out["high_tech_share"] = Reading(_share(hte, n), tuple(hte))
    return out


def format_value(metric: str, value: Decimal | None, t: Callable[..., str] = _t) -> str:
    if value is None:
        return "—"
    unit = METRICS[metric].unit
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "yuan":
        return report_money(value)
    if unit == "m²":
        return f"{value:,.0f} m²"
    if unit in ("count",):
        return f"{value:,.0f}"
    if unit == "years":
        return t(QT_TRANSLATE_NOOP("statistics", "{n} years"), n=f"{value.normalize():f}")
    if unit == "per10":
        return f"{value:.2f}"
    return f"{value:.2f}"


def format_threshold(c: Criterion, t: Callable[..., str] = _t) -> str:
    return "≥ " + format_value(c.metric, c.threshold, t)


def assess(
    db: Database,
    year: int,
    table: IncubatorTable | None = None,
    activity: ActivityFigures | None = None,
) -> Assessment:
    """The self-assessment of `year`: each level, each criterion in use, met or not
    (`table`, `activity`: the year's incubator table or mentoring and training figures, when
    already read)."""
    settings = assessment_settings(db)
    reads = readings(db, year, settings, table, activity)
    levels: list[LevelResult] = []
    reached: dict[Level, bool | None] = {}
    for level in Level:
        results = []
        for c in settings.criteria:
            if c.level is not level or not c.enabled:
                continue
            r = reads[c.metric]
            met = None if r.value is None else r.value >= c.threshold
            results.append(
                CriterionResult(
                    c,
                    _t(METRICS[c.metric].name),
                    format_threshold(c),
                    format_value(c.metric, r.value),
                    r,
                    met,
                )
            )
        # Alternatives: a group is met when any of its criteria is.
        verdicts: list[bool | None] = []
        groups: dict[str, list[bool | None]] = {}
        for res in results:
            if res.criterion.group:
                groups.setdefault(res.criterion.group, []).append(res.met)
            else:
                verdicts.append(res.met)
        for members in groups.values():
            verdicts.append(
                True if any(m for m in members) else (None if None in members else False)
            )
        own: bool | None
        if any(x is False for x in verdicts):
            own = False
        elif any(x is None for x in verdicts):
            own = None
        else:
            own = True
        base = reached.get(REQUIRES[level]) if level in REQUIRES else True
        if own is False or base is False:
            reached[level] = False
        elif own is None or base is None:
            reached[level] = None
        else:
            reached[level] = True
        levels.append(LevelResult(level, _t(LEVEL_NAMES[level]), results, reached[level]))
    return Assessment(year, levels, reads)
