"""Figures for the dashboard and read-only registers of each area, as plain rows.

Every figure is computed by the database (COUNT/SUM with GROUP BY), so the dashboard costs
the same with 50 tenants or 50,000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.vocabularies import (
    AllocationStatus,
    ApplicationStatus,
    EventStatus,
    RegistrationStatus,
    SessionStatus,
    Stage,
    UnitStatus,
)
from ..db import Database, Store
from ..models import (
    Allocation,
    EventRegistration,
    Fund,
    FundApplication,
    Mentor,
    MentoringSession,
    SessionTenant,
    Tenant,
    TrainingEvent,
    Unit,
)
from .spaces.allocations import held_on
from .spaces.lettable import lettable_clause
from .text_search import contains

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
        if not self.lettable_area:
            return None
        return float(self.occupied_area / self.lettable_area)


def _week_bounds(on: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = clock.at(on - dt.timedelta(days=on.weekday()))
    return start, start + dt.timedelta(days=7)


@dataclass(frozen=True)
class Occupancy:
    """Lettable units and area in use on a day, and how much of them is let."""

    lettable_units: int
    occupied_units: int
    lettable_area: Decimal
    occupied_area: Decimal

    @property
    def occupancy_by_area(self) -> float | None:
        if not self.lettable_area:
            return None
        return float(self.occupied_area / self.lettable_area)


def _occupancy(s: Session, on: dt.date) -> tuple[int, Any, int, Any]:
    live = and_(lettable_clause(), Unit.status != UnitStatus.RETIRED)
    units, area = s.execute(
        select(func.count(), func.coalesce(func.sum(Unit.area_m2), 0)).where(live)
    ).one()
    occupied = (
        select(Unit.id, Unit.area_m2, Unit.desk_count, func.sum(Allocation.desks).label("d"))
        .join(Allocation, Allocation.unit_id == Unit.id)
        .where(live, held_on(on))
        .group_by(Unit.id, Unit.area_m2, Unit.desk_count)
        .subquery()
    )
    # An open-desk area counts in proportion to the desks taken; other units whole.
    share = case(
        (
            and_(occupied.c.d.is_not(None), occupied.c.desk_count > 0),
            occupied.c.area_m2 * occupied.c.d / occupied.c.desk_count,
        ),
        else_=occupied.c.area_m2,
    )
    occ_units, occ_area = s.execute(select(func.count(), func.coalesce(func.sum(share), 0))).one()
    return units or 0, area, occ_units or 0, occ_area


def occupancy(db: Store, on: dt.date | None = None) -> Occupancy:
    """The overview's occupancy figures alone."""
    with db.read() as s:
        units, area, occ_units, occ_area = _occupancy(s, on or clock.today())
    return Occupancy(units, occ_units, *_areas(area, occ_area))


def _areas(area: Any, occ_area: Any) -> tuple[Decimal, Decimal]:
    return Decimal(str(area or 0)), Decimal(str(occ_area or 0)).quantize(Decimal("0.01"))


def overview(db: Store, on: dt.date | None = None) -> Overview:
    on = on or clock.today()
    with db.read() as s:
        by_stage = {
            stage: n
            for stage, n in s.execute(
                select(Tenant.stage, func.count())
                .where(Tenant.archived_at.is_(None))
                .group_by(Tenant.stage)
            )
        }
        units, area, occ_units, occ_area = _occupancy(s, on)
        ending = s.scalar(
            select(func.count())
            .select_from(Allocation)
            .where(
                Allocation.status == AllocationStatus.ACTIVE,
                Allocation.end_date.between(on, on + dt.timedelta(days=60)),
            )
        )
        week_start, week_end = _week_bounds(on)
        sessions = s.scalar(
            select(func.count())
            .select_from(MentoringSession)
            .where(
                MentoringSession.starts_at >= week_start,
                MentoringSession.starts_at < week_end,
                MentoringSession.status != SessionStatus.CANCELLED,
            )
        )
        now = clock.at(on)
        events = s.scalar(
            select(func.count())
            .select_from(TrainingEvent)
            .where(
                TrainingEvent.starts_at >= now,
                TrainingEvent.starts_at < now + dt.timedelta(days=30),
                TrainingEvent.status != EventStatus.CANCELLED,
            )
        )
        lettable_area, occupied_area = _areas(area, occ_area)
        committed = s.scalar(
            select(func.coalesce(func.sum(FundApplication.amount_approved), 0)).where(
                FundApplication.status.in_(COMMITTED)
            )
        )
        return Overview(
            on=on,
            tenants_by_stage={st: by_stage.get(st, 0) for st in Stage},
            lettable_units=units,
            occupied_units=occ_units,
            lettable_area=lettable_area,
            occupied_area=occupied_area,
            allocations_ending_60d=ending or 0,
            mentors=s.scalar(select(func.count()).select_from(Mentor).where(Mentor.active)) or 0,
            sessions_this_week=sessions or 0,
            events_next_30d=events or 0,
            funds=s.scalar(select(func.count()).select_from(Fund)) or 0,
            open_applications=s.scalar(
                select(func.count())
                .select_from(FundApplication)
                .where(FundApplication.status.in_(OPEN_APPLICATION))
            )
            or 0,
            committed_amount=Decimal(committed or 0),
        )


# --- Registers: paged, searchable, sortable lists of plain rows --------------------------


@dataclass(frozen=True)
class Query:
    """What a register view asks for: a text search, filters, an order and a window."""

    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort_key: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class Register:
    """A list of one area: its columns (keys), how to build the query, searchable columns."""

    key: str
    columns: Sequence[str]
    base: Select
    sortable: dict[str, Any]
    searchable: Sequence[Any] = ()
    search: Callable[[str], Any] | None = None  # a whole search clause, when columns won't do
    filters: dict[str, Any] = field(default_factory=dict)
    default_sort: str = ""

    def filter_clauses(self, q: Query) -> list[Any]:
        """The WHERE clauses of the filters `q` sets (an empty value sets none)."""
        return [
            self.filters[name](value)
            for name, value in q.filters.items()
            if value is not None and value != "" and name in self.filters
        ]

    def filtered(self, db: Database, q: Query) -> Select[Any]:
        """The rows `q` searches and filters for, in no order and without a window."""
        stmt = self.base
        text = q.search.strip()
        if text and self.search is not None:
            stmt = stmt.where(self.search(text))
        elif text and self.searchable:
            stmt = stmt.where(or_(*(contains(col, text) for col in self.searchable)))
        return stmt.where(*self.filter_clauses(q))

    def count(self, db: Database, q: Query) -> int:
        filtered = self.filtered(db, q).order_by(None).subquery()
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(filtered)) or 0

    def rows(self, db: Database, q: Query) -> list[tuple[Any, ...]]:
        stmt = self.filtered(db, q)
        key = q.sort_key if q.sort_key in self.sortable else self.default_sort
        if key:
            col = self.sortable[key]
            stmt = stmt.order_by(col.desc() if q.descending else col.asc())
        stmt = stmt.order_by(self.base.selected_columns[0])  # stable tie-break: the id
        with db.read() as s:
            return [tuple(r) for r in s.execute(stmt.offset(q.offset).limit(q.limit))]


def session_register() -> Register:
    tenant_names = (
        select(func.min(Tenant.name_zh))
        .join(SessionTenant, SessionTenant.tenant_id == Tenant.id)
        .where(SessionTenant.session_id == MentoringSession.id)
        .scalar_subquery()
    )
    base = select(
        MentoringSession.id,
        MentoringSession.starts_at,
        Mentor.name,
        tenant_names.label("tenant"),
        MentoringSession.service_type,
        MentoringSession.topic,
        MentoringSession.status,
    ).join(Mentor, Mentor.id == MentoringSession.mentor_id)
    return Register(
        key="sessions",
        columns=("id", "starts_at", "mentor", "tenant", "service_type", "topic", "status"),
        base=base,
        sortable={
            "starts_at": MentoringSession.starts_at,
            "mentor": Mentor.name,
            "service_type": MentoringSession.service_type,
            "topic": MentoringSession.topic,
            "status": MentoringSession.status,
        },
        searchable=(Mentor.name, MentoringSession.topic),
        default_sort="starts_at",
    )


def event_register() -> Register:
    def count_of(status: RegistrationStatus) -> Any:
        return (
            select(func.count())
            .where(
                EventRegistration.event_id == TrainingEvent.id,
                EventRegistration.status == status,
            )
            .scalar_subquery()
        )

    base = select(
        TrainingEvent.id,
        TrainingEvent.starts_at,
        TrainingEvent.title,
        TrainingEvent.kind,
        TrainingEvent.capacity,
        count_of(RegistrationStatus.REGISTERED).label("registered"),
        count_of(RegistrationStatus.WAITLISTED).label("waitlisted"),
        TrainingEvent.status,
    )
    return Register(
        key="events",
        columns=(
            "id",
            "starts_at",
            "title",
            "kind",
            "capacity",
            "registered",
            "waitlisted",
            "status",
        ),
        base=base,
        sortable={
            "starts_at": TrainingEvent.starts_at,
            "title": TrainingEvent.title,
            "kind": TrainingEvent.kind,
            "capacity": TrainingEvent.capacity,
            "status": TrainingEvent.status,
        },
        searchable=(TrainingEvent.title, TrainingEvent.speakers),
        default_sort="starts_at",
    )


__all__ = [
    "Occupancy",
    "Overview",
    "Query",
    "Register",
    "event_register",
    "occupancy",
    "overview",
    "session_register",
]
