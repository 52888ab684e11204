"""The dashboard: its figures, each counted by the database, and the lists behind its cards.

`dashboard()` is what the cards show, in a few aggregate queries, with the graduation module's
`summary()` (the window runs both off the UI thread, side by side). A list is read only when
its card is opened: `missing_figures`, `events_this_week`, `sessions_this_week`,
`allocations_ending`, and the graduation module's `candidate_rows` / `overdue_rows`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, select

from ...core import clock
from ...core.periods import Period
from ...core.vocabularies import (
    OPEN_STAGES,
    AllocationStatus,
    ApplicationStatus,
    EventStatus,
    RegistrationStatus,
    SessionStatus,
)
from ...db import Store
from ...models import (
    Allocation,
    Building,
    EventRegistration,
    FundApplication,
    KpiSnapshot,
    Mentor,
    MentoringSession,
    Tenant,
    TrainingEvent,
    Unit,
)
from ..overview import Overview, overview
from .figures import last_complete_quarter
from .tenant_record import PIPELINE

ENDING_DAYS = 60


@dataclass(frozen=True)
class ListRow:
    """A row of a list behind a dashboard card: the cells, and the tenant it is about."""

    cells: tuple[str, ...]
    tenant_id: int | None = None


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


def _week(on: dt.date) -> tuple[dt.datetime, dt.datetime]:
    monday = on - dt.timedelta(days=on.weekday())
    start = clock.at(monday)
    return start, start + dt.timedelta(days=7)


def _missing_where(on: dt.date) -> tuple[Period, list[ColumnElement[bool]]]:
    last = last_complete_quarter(on)
    has_figures = exists().where(
        KpiSnapshot.tenant_id == Tenant.id,
        KpiSnapshot.year == last.year,
        KpiSnapshot.quarter == last.quarter,
    )
    return last, [
        Tenant.archived_at.is_(None),
        Tenant.stage.in_(OPEN_STAGES),
        Tenant.entry_date <= last.end,
        ~has_figures,
    ]


def _events_where(on: dt.date) -> list[ColumnElement[bool]]:
    start, end = _week(on)
    return [
        TrainingEvent.starts_at >= start,
        TrainingEvent.starts_at < end,
        TrainingEvent.status != EventStatus.CANCELLED,
    ]


def dashboard(db: Store, on: dt.date | None = None) -> Dashboard:
    """The dashboard's figures on `on` (today), counted by the database; the graduation
    candidates and overdue tenants are counted by `graduation.summary`."""
    on = on or clock.today()
    figures = overview(db, on)
    last, missing_where = _missing_where(on)
    with db.read() as s:
        missing = s.scalar(select(func.count()).select_from(Tenant).where(*missing_where))
        events = s.scalar(select(func.count()).select_from(TrainingEvent).where(*_events_where(on)))
        pipeline = {
            ApplicationStatus(st): n
            for st, n in s.execute(
                select(FundApplication.status, func.count())
                .where(FundApplication.status.in_(PIPELINE))
                .group_by(FundApplication.status)
            )
        }
    return Dashboard(figures, last, missing or 0, events or 0, pipeline)


# --- the lists behind the cards, read when one is opened ------------------------------------


def missing_figures(db: Store, on: dt.date | None = None) -> list[ListRow]:
    """Tenants in incubation with no figures for the last complete quarter, by name."""
    _last, where = _missing_where(on or clock.today())
    with db.read() as s:
        return [
            ListRow(
                (t.name_zh, t.credit_code or "", t.entry_date.isoformat() if t.entry_date else ""),
                t.id,
            )
            for t in s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.credit_code, Tenant.entry_date)
                .where(*where)
                .order_by(Tenant.name_zh, Tenant.id)
            )
        ]


def _local(moment: dt.datetime) -> str:
    return clock.local_text(moment)


def events_this_week(db: Store, on: dt.date | None = None) -> list[ListRow]:
    """This week's events that are not cancelled, with the number registered."""
    registered = and_(
        EventRegistration.event_id == TrainingEvent.id,
        EventRegistration.status == RegistrationStatus.REGISTERED,
    )
    event = (TrainingEvent.id, TrainingEvent.starts_at, TrainingEvent.title)
    with db.read() as s:
        return [
            ListRow((_local(starts_at), title, str(n)))
            for _id, starts_at, title, n in s.execute(
                select(*event, func.count(EventRegistration.id))
                .outerjoin(EventRegistration, registered)
                .where(*_events_where(on or clock.today()))
                .group_by(*event)
                .order_by(TrainingEvent.starts_at)
            )
        ]


def sessions_this_week(db: Store, on: dt.date | None = None) -> list[ListRow]:
    """This week's mentoring sessions that are not cancelled."""
    start, end = _week(on or clock.today())
    with db.read() as s:
        return [
            ListRow((_local(starts_at), name, topic))
            for starts_at, name, topic in s.execute(
                select(MentoringSession.starts_at, Mentor.name, MentoringSession.topic)
                .join(Mentor, Mentor.id == MentoringSession.mentor_id)
                .where(
                    MentoringSession.starts_at >= start,
                    MentoringSession.starts_at < end,
                    MentoringSession.status != SessionStatus.CANCELLED,
                )
                .order_by(MentoringSession.starts_at)
            )
        ]


def allocations_ending(db: Store, on: dt.date | None = None) -> list[ListRow]:
    """Active allocations ending within 60 days, soonest first."""
    on = on or clock.today()
    with db.read() as s:
        return [
            ListRow((name, f"{bcode}-{code}", a_end.isoformat() if a_end else ""), tid)
            for name, bcode, code, a_end, tid in s.execute(
                select(Tenant.name_zh, Building.code, Unit.code, Allocation.end_date, Tenant.id)
                .join(Unit, Unit.id == Allocation.unit_id)
                .join(Building, Building.id == Unit.building_id)
                .join(Tenant, Tenant.id == Allocation.tenant_id)
                .where(
                    Allocation.status == AllocationStatus.ACTIVE,
                    Allocation.end_date.between(on, on + dt.timedelta(days=ENDING_DAYS)),
                )
                .order_by(Allocation.end_date)
            )
        ]
