"""The dashboard: its figures, each counted by the database, and the lists behind its cards.

`dashboard()` is what the cards show, in a few aggregate queries (services/dashboard_figures.py),
with the graduation module's `summary()`. A list is read only when
its card is opened: `missing_figures`, `events_this_week`, `sessions_this_week`,
`allocations_ending`, and the graduation module's `candidate_rows` / `overdue_rows`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, func, select

from ...core import clock
from ...core.vocabularies import (
    AllocationStatus,
    EventStatus,
    RegistrationStatus,
    SessionStatus,
)
from ...db import Store
from ...db.direct import engine_reader
from ...models import (
    Allocation,
    Building,
    EventRegistration,
    Mentor,
    MentoringSession,
    Tenant,
    TrainingEvent,
    Unit,
)
from .. import dashboard_figures
from ..dashboard_figures import ENDING_DAYS, Dashboard, ListRow


def _week(on: dt.date) -> tuple[dt.datetime, dt.datetime]:
    monday = on - dt.timedelta(days=on.weekday())
    start = clock.at(monday)
    return start, start + dt.timedelta(days=7)


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
    return dashboard_figures.figures(engine_reader(db), on)


# --- the lists behind the cards, read when one is opened ------------------------------------


def missing_figures(db: Store, on: dt.date | None = None) -> list[ListRow]:
    """Tenants in incubation with no figures for the last complete quarter, by name."""
    _last, params = dashboard_figures.missing_params(on or clock.today())
    with engine_reader(db).read() as q:
        rows = q(
            "SELECT id, name_zh, credit_code, entry_date FROM tenants "
            f"WHERE {dashboard_figures.MISSING} ORDER BY name_zh, id",
            **params,
        )
    return [
        ListRow((name, code or "", str(entry)[:10] if entry else ""), tid)
        for tid, name, code, entry in rows
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
