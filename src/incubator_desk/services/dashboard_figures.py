"""The Dashboard's figures, each counted by the database, in SQL for SQLite and PostgreSQL alike.

The window's first page must show these figures before SQLAlchemy and the models are loaded
(most of the start-up time), so they are plain SQL asked of a `db.direct` reader: a SQLite
file read through its driver at start-up, or an open database's connection (`engine_reader`)
afterwards and on PostgreSQL. This module imports neither SQLAlchemy nor the models; the
services that show the same figures elsewhere (`overview`, `reporting.dashboard`, the
graduation `summary` and lists) ask here, so a figure is computed one way only.

- `use_time_zone(reader)`: the database's time zone, as `services.settings.use_time_zone`.
- `figures(reader, on)`: tenants by stage, occupancy, allocations ending, mentoring, events,
  funding, figures missing for the last complete quarter (`Dashboard`).
- `graduation_counts(reader, on, rules)`: graduation candidates and overdue tenants
  (`Summary`); `graduation_rows(...)`: the tenants behind either.
- `overdue_money(reader, on)`: money past its due date (`OverdueMoney`), as the receivables'
  ageing adds it up.

Values embedded in the SQL text are the vocabularies' own constants, never input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from enum import Enum
from typing import Any

from ..core import clock
from ..core import settings as declared
from ..core.graduation_rules import CRITERIA, LISTED, GraduationRules
from ..core.periods import Period, add_months, last_complete_quarter, months_between, quarter_end
from ..core.periods import quarter_of as quarter_of_day
from ..core.vocabularies import (
    INVESTMENT_INSTRUMENTS,
    LETTABLE_KINDS,
    OPEN_STAGES,
    AllocationStatus,
    ApplicationStatus,
    BillKind,
    BillStatus,
    DisbursementStatus,
    EventStatus,
    SessionStatus,
    Stage,
    UnitStatus,
)
from ..db.direct import Query, SqlReader, setting_value

FEN = Decimal("0.01")
ENDING_DAYS = 60
OPEN_APPLICATION = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.DUE_DILIGENCE,
    ApplicationStatus.COMMITTEE,
)
COMMITTED = (
    ApplicationStatus.APPROVED,
    ApplicationStatus.AGREEMENT_SIGNED,
    ApplicationStatus.DISBURSED,
    ApplicationStatus.CLOSED,
)
PIPELINE = (*OPEN_APPLICATION, ApplicationStatus.APPROVED, ApplicationStatus.AGREEMENT_SIGNED)
OVER_90 = 91  # days past the due date of the receivables' last bucket


def _in(values: Iterable[Enum]) -> str:
    """An SQL list of enum values (the vocabularies' constants)."""
    return "(" + ", ".join(f"'{v.value}'" for v in values) + ")"


def _money(fen: Any) -> Decimal:
    """Whole fen as yuan, as the models' Money type reads it."""
    return (Decimal(int(fen or 0)) / 100).quantize(FEN)


def _area(reader: SqlReader, value: object) -> Decimal:
    """An area (NUMERIC(10, 2)) or a sum of areas, as SQLAlchemy's Numeric type reads it."""
    if value is None:
        return Decimal("0.00")
    if reader.dialect == "sqlite":  # SQLite gives int or float: rounded to its two places
        return Decimal(f"{value:.2f}")
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _week(on: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = clock.at(on - dt.timedelta(days=on.weekday()))
    return start, start + dt.timedelta(days=7)


# --- settings ----------------------------------------------------------------------------------


def use_time_zone(reader: SqlReader) -> str:
    """Show every time in the database's time zone from now on; returns its name."""
    with reader.read() as q:
        raw = setting_value(q, declared.TIME_ZONE.key)
    name = str(declared.TIME_ZONE.coerce(raw))
    if not clock.known_zone(name):  # written by a computer that knew a zone this one lacks
        name = clock.DEFAULT_ZONE
    clock.set_zone(name)
    return name


def graduation_rules(q: Query) -> GraduationRules:
    """The graduation rules in force (the setting ``graduation_rules``, else the defaults)."""
    setting = declared.GRADUATION_RULES
    return GraduationRules.from_json(setting.coerce(setting_value(q, setting.key)))


# --- the figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListRow:
    """A row of a list behind a dashboard card: the cells, and the tenant it is about."""

    cells: tuple[str, ...]
    tenant_id: int | None = None


def area_share(occupied: Decimal, lettable: Decimal) -> float | None:
    """The share of the lettable area that is let (None: nothing to let)."""
    return float(occupied / lettable) if lettable else None


@dataclass(frozen=True)
class Overview:
    """What the dashboard shows, all at one date."""

    on: dt.date
    tenants_by_stage: dict[Stage, int]
    lettable_units: int
    occupied_units: int
    lettable_area: Decimal
    occupied_area: Decimal
    allocations_ending_60d: int
    mentors: int
    sessions_this_week: int
    events_next_30d: int
    funds: int
    open_applications: int
    committed_amount: Decimal

    @property
    def active_tenants(self) -> int:
        return sum(
            n
            for s, n in self.tenants_by_stage.items()
            if s in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING)
        )

    @property
    def occupancy_by_area(self) -> float | None:
        return area_share(self.occupied_area, self.lettable_area)


@dataclass(frozen=True)
class Occupancy:
    """Lettable units and area in use on a day, and how much of them is let."""

    lettable_units: int
    occupied_units: int
    lettable_area: Decimal
    occupied_area: Decimal

    @property
    def occupancy_by_area(self) -> float | None:
        return area_share(self.occupied_area, self.lettable_area)


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard's cards show, all at one date."""

    figures: Overview
    missing_quarter: Period
    missing: int  # tenants in incubation with no figures for the last complete quarter
    events_this_week: int
    pipeline: dict[ApplicationStatus, int]

    @property
    def on(self) -> dt.date:
        return self.figures.on


_LIVE_UNIT = (
    f"units.kind IN {_in(LETTABLE_KINDS)} AND units.bookable IS FALSE "
    f"AND units.status != '{UnitStatus.RETIRED.value}'"
)
_HELD_ON = (
    f"allocations.status != '{AllocationStatus.CANCELLED.value}' "
    "AND allocations.start_date <= :on "
    "AND (allocations.end_date IS NULL OR allocations.end_date >= :on)"
)


def _occupancy(reader: SqlReader, q: Query, on: dt.date) -> Occupancy:
    units, area = q(f"SELECT count(*), coalesce(sum(area_m2), 0) FROM units WHERE {_LIVE_UNIT}")[0]
    desks = (
        "(o.desk_count + 0.0)" if reader.dialect == "sqlite" else "CAST(o.desk_count AS NUMERIC)"
    )
    # An open-desk area counts in proportion to the desks taken; other units whole.
    occupied_units, occupied_area = q(
        "SELECT count(*), coalesce(sum(CASE WHEN o.d IS NOT NULL AND o.desk_count > 0 "
        f"THEN (o.area_m2 * o.d) / {desks} ELSE o.area_m2 END), 0) "
        "FROM (SELECT units.id, units.area_m2, units.desk_count, sum(allocations.desks) AS d "
        "FROM units JOIN allocations ON allocations.unit_id = units.id "
        f"WHERE {_LIVE_UNIT} AND {_HELD_ON} "
        "GROUP BY units.id, units.area_m2, units.desk_count) o",
        on=on,
    )[0]
    return Occupancy(
        units or 0,
        occupied_units or 0,
        Decimal(str(_area(reader, area) or 0)),
        Decimal(str(_area(reader, occupied_area) or 0)).quantize(FEN),
    )


def occupancy(reader: SqlReader, on: dt.date | None = None) -> Occupancy:
    with reader.read() as q:
        return _occupancy(reader, q, on or clock.today())


def _count(q: Query, sql: str, **params: object) -> int:
    return int(q(sql, **params)[0][0] or 0)


def _overview(reader: SqlReader, q: Query, on: dt.date) -> Overview:
    by_stage = {
        Stage(stage): n
        for stage, n in q(
            "SELECT stage, count(*) FROM tenants WHERE archived_at IS NULL GROUP BY stage"
        )
    }
    occ = _occupancy(reader, q, on)
    week_start, week_end = _week(on)
    now = clock.at(on)
    return Overview(
        on=on,
        tenants_by_stage={st: by_stage.get(st, 0) for st in Stage},
        lettable_units=occ.lettable_units,
        occupied_units=occ.occupied_units,
        lettable_area=occ.lettable_area,
        occupied_area=occ.occupied_area,
        allocations_ending_60d=_count(
            q,
            "SELECT count(*) FROM allocations WHERE allocations.status = "
            f"'{AllocationStatus.ACTIVE.value}' AND allocations.end_date BETWEEN :on AND :until",
            on=on,
            until=on + dt.timedelta(days=ENDING_DAYS),
        ),
        mentors=_count(q, "SELECT count(*) FROM mentors WHERE active IS TRUE"),
        sessions_this_week=_count(
            q,
            "SELECT count(*) FROM mentoring_sessions WHERE starts_at >= :start "
            f"AND starts_at < :end AND status != '{SessionStatus.CANCELLED.value}'",
            start=week_start,
            end=week_end,
        ),
        events_next_30d=_count(
            q,
            "SELECT count(*) FROM training_events WHERE starts_at >= :start "
            f"AND starts_at < :end AND status != '{EventStatus.CANCELLED.value}'",
            start=now,
            end=now + dt.timedelta(days=30),
        ),
        funds=_count(q, "SELECT count(*) FROM funds"),
        open_applications=_count(
            q, f"SELECT count(*) FROM fund_applications WHERE status IN {_in(OPEN_APPLICATION)}"
        ),
        committed_amount=_money(
            q(
                "SELECT coalesce(sum(amount_approved), 0) FROM fund_applications "
                f"WHERE status IN {_in(COMMITTED)}"
            )[0][0]
        ),
    )


def overview(reader: SqlReader, on: dt.date | None = None) -> Overview:
    with reader.read() as q:
        return _overview(reader, q, on or clock.today())


MISSING = (
    f"tenants.archived_at IS NULL AND tenants.stage IN {_in(OPEN_STAGES)} "
    "AND tenants.entry_date <= :end AND NOT EXISTS (SELECT 1 FROM kpi_snapshots "
    "WHERE kpi_snapshots.tenant_id = tenants.id AND kpi_snapshots.year = :year "
    "AND kpi_snapshots.quarter = :quarter)"
)
"""Tenants in incubation with no figures for the quarter :year/:quarter ending on :end."""


def missing_params(on: dt.date) -> tuple[Period, dict[str, object]]:
    last = Period(*last_complete_quarter(on))
    return last, {"end": last.end, "year": last.year, "quarter": last.quarter}


def figures(reader: SqlReader, on: dt.date | None = None) -> Dashboard:
    """The dashboard's figures on `on` (today); the graduation candidates and overdue tenants
    are `graduation_counts`, the overdue money `overdue_money`."""
    on = on or clock.today()
    with reader.read() as q:
        overview_ = _overview(reader, q, on)
        last, params = missing_params(on)
        missing = _count(q, f"SELECT count(*) FROM tenants WHERE {MISSING}", **params)
        start, end = _week(on)
        events = _count(
            q,
            "SELECT count(*) FROM training_events WHERE starts_at >= :start "
            f"AND starts_at < :end AND status != '{EventStatus.CANCELLED.value}'",
            start=start,
            end=end,
        )
        pipeline = {
            ApplicationStatus(status): n
            for status, n in q(
                "SELECT status, count(*) FROM fund_applications "
                f"WHERE status IN {_in(PIPELINE)} GROUP BY status"
            )
        }
    return Dashboard(overview_, last, missing, events, pipeline)


# --- graduation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """How many tenants in incubation may graduate, and how many are past their limit."""

    on: dt.date
    candidates: int
    overdue: int
    longest_overdue_months: int | None


def _fen_floor(amount: Decimal) -> int:
    """For a whole number of fen x: x > amount exactly when x > this."""
    return int((amount * 100).to_integral_value(rounding=ROUND_FLOOR))


def _last_ended_quarter(on: dt.date) -> int:
    """The quarters that have ended by `on`, numbered year * 4 + quarter: the last."""
    year, quarter = quarter_of_day(on)
    last = year * 4 + quarter
    return last if on == quarter_end(year, quarter) else last - 1


def _in_incubation(table: str) -> str:
    return f"{table}.archived_at IS NULL AND {table}.stage IN {_in(OPEN_STAGES)}"


# Each tenant's cumulative investment up to :on in fen, as funding.cumulative_investment adds
# it up: outside money received by then (by its date, else by the end of its quarter), and
# equity and convertible-note tranches paid by then.
_INVESTED = (
    "SELECT x.tenant_id, sum(x.fen) AS fen FROM ("
    "SELECT tenant_id, amount AS fen FROM investments_received "
    "WHERE (received_on IS NOT NULL AND received_on <= :on) "
    "OR (received_on IS NULL AND year * 4 + quarter <= :last_quarter) "
    "UNION ALL SELECT fund_applications.tenant_id, disbursements.amount AS fen "
    "FROM fund_applications "
    "JOIN disbursements ON disbursements.application_id = fund_applications.id "
    "JOIN funds ON funds.id = fund_applications.fund_id "
    f"WHERE disbursements.status = '{DisbursementStatus.PAID.value}' "
    "AND disbursements.paid_on IS NOT NULL "
    f"AND fund_applications.instrument IN {_in(INVESTMENT_INSTRUMENTS)} "
    "AND disbursements.paid_on <= :on"
    ") x GROUP BY x.tenant_id"
)

# The highest revenue (fen) of two consecutive years of each tenant in incubation.
_REVENUE = (
    "SELECT p.tenant_id, max(p.fen) AS fen FROM ("
    "SELECT y.tenant_id, "
    "y.fen + lead(y.fen) OVER (PARTITION BY y.tenant_id ORDER BY y.year) AS fen, "
    "lead(y.year) OVER (PARTITION BY y.tenant_id ORDER BY y.year) - y.year AS gap "
    "FROM (SELECT tenant_id, year, sum(revenue) AS fen FROM kpi_snapshots "
    "WHERE revenue IS NOT NULL AND tenant_id IN "
    f"(SELECT id FROM tenants WHERE {_in_incubation('tenants')}) "
    "GROUP BY tenant_id, year) y"
    ") p WHERE p.gap = 1 GROUP BY p.tenant_id"
)

STATUS_COLUMNS = ("id", "name_zh", "credit_code", "entry_date", "long_incubation", *CRITERIA)


def _status(r: GraduationRules) -> str:
    """Each tenant in incubation: what the lists show, whether each criterion is met (0/1),
    the number of criteria in use met (n_met), and whether it is past its limit (overdue)."""
    met = {
        "high_tech": "tenants.high_tech_enterprise IS TRUE",
        "investment": "coalesce(inv.fen, 0) > :investment_floor",
        "revenue": "coalesce(rev.fen, 0) > :revenue_floor",
        "listed": f"tenants.listing_status IN {_in(LISTED)}",
    }
    flags = {key: f"CASE WHEN {cond} THEN 1 ELSE 0 END" for key, cond in met.items()}
    enabled = r.enabled()
    n_met = " + ".join(flags[key] for key in CRITERIA if key in enabled) or "0"
    # months_between(entry, on) > limit exactly when entry <= add_months(on, -(limit + 1))
    overdue = (
        "CASE WHEN (lookup_items.long_incubation IS TRUE AND tenants.entry_date <= :long_cut) "
        "OR (lookup_items.long_incubation IS NOT TRUE AND tenants.entry_date <= :cut) "
        "THEN 1 ELSE 0 END"
    )
    return (
        "SELECT tenants.id, tenants.name_zh, tenants.credit_code, tenants.entry_date, "
        "lookup_items.long_incubation, "
        + ", ".join(f"{flags[key]} AS {key}" for key in CRITERIA)
        + f", {n_met} AS n_met, {overdue} AS overdue "
        "FROM tenants LEFT JOIN lookup_items ON lookup_items.id = tenants.industry_id "
        f"LEFT JOIN ({_INVESTED}) inv ON inv.tenant_id = tenants.id "
        f"LEFT JOIN ({_REVENUE}) rev ON rev.tenant_id = tenants.id "
        f"WHERE {_in_incubation('tenants')}"
    )


def _status_params(on: dt.date, r: GraduationRules) -> dict[str, object]:
    return {
        "on": on,
        "last_quarter": _last_ended_quarter(on),
        "investment_floor": _fen_floor(r.investment_threshold),
        "revenue_floor": _fen_floor(r.revenue_threshold),
        "long_cut": add_months(on, -(r.long_incubation_months + 1)),
        "cut": add_months(on, -(r.incubation_months + 1)),
        "min_met": r.min_criteria,
    }


def graduation_counts(
    reader: SqlReader, on: dt.date | None = None, rules: GraduationRules | None = None
) -> Summary:
    """The numbers of graduation candidates and of overdue tenants, counted in one query."""
    on = on or clock.today()
    with reader.read() as q:
        r = rules or graduation_rules(q)
        candidates, overdue, first_entry = q(
            "SELECT coalesce(sum(CASE WHEN st.n_met >= :min_met THEN 1 ELSE 0 END), 0), "
            "coalesce(sum(st.overdue), 0), min(CASE WHEN st.overdue = 1 THEN st.entry_date END) "
            f"FROM ({_status(r)}) st",
            **_status_params(on, r),
        )[0]
    first = _date(first_entry)
    longest = months_between(first, on) if first is not None else None
    return Summary(on, int(candidates), int(overdue), longest)


def graduation_rows(
    reader: SqlReader, on: dt.date, rules: GraduationRules, which: str
) -> list[tuple[Any, ...]]:
    """The tenants in incubation that are candidates (`which` "candidates") or overdue, by
    name: rows of STATUS_COLUMNS (entry dates as dates, criteria as 0/1)."""
    where = "st.n_met >= :min_met" if which == "candidates" else "st.overdue = 1"
    columns = ", ".join(f"st.{c}" for c in STATUS_COLUMNS)
    with reader.read() as q:
        rows = q(
            f"SELECT {columns} FROM ({_status(rules)}) st WHERE {where} ORDER BY st.name_zh, st.id",
            **_status_params(on, rules),
        )
    return [(r[0], r[1], r[2], _date(r[3]), *r[4:]) for r in rows]


# --- money past its due date -------------------------------------------------------------------


@dataclass(frozen=True)
class OverdueMoney:
    """The Dashboard's card: money past its due date (the receivables' ageing, summed)."""

    on: dt.date
    total: Decimal
    tenants: int
    over_90: Decimal


def overdue_money(reader: SqlReader, on: dt.date | None = None) -> OverdueMoney:
    """What is left to pay of issued bills due before `on` (settlements made by then count),
    by tenant; over 90 days: due 91 days or more before."""
    on = on or clock.today()
    with reader.read() as q:
        rows: Sequence[tuple[Any, ...]] = q(
            "SELECT bills.tenant_id, bills.due_on, bills.total - coalesce(paid.fen, 0) "
            "FROM bills LEFT JOIN (SELECT bill_id, sum(amount) AS fen FROM settlements "
            "WHERE settled_on <= :on GROUP BY bill_id) paid ON paid.bill_id = bills.id "
            f"WHERE bills.status = '{BillStatus.ISSUED.value}' "
            f"AND bills.kind != '{BillKind.CREDIT_NOTE.value}' "
            "AND bills.issued_on <= :on AND bills.due_on < :on "
            "AND bills.total - coalesce(paid.fen, 0) > 0",
            on=on,
        )
    late = on - dt.timedelta(days=OVER_90)
    total, over_90 = [], []
    tenants = set()
    for tenant_id, due_on, fen in rows:
        total.append(int(fen))
        tenants.add(tenant_id)
        if _date(due_on) <= late:  # type: ignore[operator]
            over_90.append(int(fen))
    # yuan to the fen; nothing owed is a plain 0, as the ageing's sums start from it
    return OverdueMoney(
        on,
        _money(sum(total)) if total else Decimal(0),
        len(tenants),
        _money(sum(over_90)) if over_90 else Decimal(0),
    )


__all__ = [
    "COMMITTED",
    "MISSING",
    "OPEN_APPLICATION",
    "PIPELINE",
    "STATUS_COLUMNS",
    "Dashboard",
    "ListRow",
    "Occupancy",
    "OverdueMoney",
    "Overview",
    "Summary",
    "figures",
    "graduation_counts",
    "graduation_rows",
    "graduation_rules",
    "missing_params",
    "occupancy",
    "overdue_money",
    "overview",
    "use_time_zone",
]
