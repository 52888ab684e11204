"""Figures for the dashboard and read-only registers of each area, as plain rows.

Every figure is computed by the database (COUNT/SUM with GROUP BY), so the dashboard costs
the same with 50 tenants or 50,000; the SQL is services/dashboard_figures.py's, which the
window also reads before the database layer is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func, or_, select

from ..core.vocabularies import (
    RegistrationStatus,
)
from ..db import Database, Store
from ..db.direct import engine_reader
from ..models import (
    EventRegistration,
    Mentor,
    MentoringSession,
    SessionTenant,
    Tenant,
    TrainingEvent,
)
from . import dashboard_figures
from .dashboard_figures import Occupancy, Overview
from .text_search import contains


def overview(db: Store, on: dt.date | None = None) -> Overview:
    """What the dashboard shows on `on` (today), counted by the database."""
    return dashboard_figures.overview(engine_reader(db), on)


def occupancy(db: Store, on: dt.date | None = None) -> Occupancy:
    """The overview's occupancy figures alone."""
    return dashboard_figures.occupancy(engine_reader(db), on)


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
