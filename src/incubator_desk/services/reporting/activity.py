"""Mentoring and training figures of a tenant or the incubator, from the activity statistics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from ...core import clock
from ...core.periods import Period
from ...core.vocabularies import EventStatus, RegistrationStatus
from ...db import Database
from ...models import EventRegistration, TrainingEvent
from .. import activity_stats


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


def tenant_activity(db: Database, tenant_id: int, periods: Sequence[Period]) -> ActivityFigures:
    """A tenant's mentoring hours and events attended over `periods`."""
    sessions, hours = 0, 0.0
    for p in periods:
        line = activity_stats.tenant_mentoring(db, tenant_id, p.year, p.quarter)
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


def portfolio_activity(db: Database, period: Period) -> ActivityFigures:
    """The incubator's mentoring and training figures of a period."""
    mh = activity_stats.mentoring_totals(db, period.year, period.quarter)
    ev = activity_stats.event_totals(db, period.year, period.quarter)
    registered, attended = ev.registered, ev.attended
    coverage = activity_stats.mentor_coverage(db, min(period.end, clock.today()))
    return ActivityFigures(
        sessions=mh.sessions,
        mentoring_hours=_hours(mh.total_hours),
        events=ev.events,
        registered=registered,
        attended=attended,
        attendance_rate=attended / registered if registered else None,
        tenants_served=mh.tenants_served,
        mentors=coverage.active_mentors,
        open_tenants=coverage.open_tenants,
    )
