"""The data of a tenant's progress report (企业发展报告) for a quarter or a year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core import clock
from ...core.clock import utc_aware
from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.periods import Period
from ...core.vocabularies import EventKind, EventStatus, RegistrationStatus, SessionStatus
from ...db import Database
from ...models import (
    EventRegistration,
    Mentor,
    MentoringSession,
    SessionAction,
    SessionTenant,
    TrainingEvent,
)
from .activity import ActivityFigures, tenant_activity
from .figures import Figures, figures_from, in_period, number_or_none, snapshots
from .incubator import IncubatorInfo, incubator_info
from .tenant_record import PIPELINE, ApplicationLine, TenantProfile, funding_summary, tenant_profile


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
    activity: ActivityFigures


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the period's days in the park's time zone."""
    return clock.at(period.start), clock.at(period.end + dt.timedelta(days=1))


def progress_report_data(db: Database, tenant_id: int, period: Period) -> ProgressReportData:
    """Everything the progress report of `tenant_id` for `period` shows; NotFound when the
    tenant has no figures for the period."""
    profile = tenant_profile(db, tenant_id)
    with db.read() as s:
        rows = snapshots(s, tenant_id)
        current = in_period(rows, period)
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
                number_or_none(r.revenue),
                number_or_none(r.rd_spend),
                number_or_none(r.staff_total),
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
        current=figures_from(current),
        before=figures_from(in_period(rows, period.previous())),
        # As many quarters from entry as the period has, so a year is set beside a year
        # (flows are summed) rather than beside one quarter.
        entry=figures_from(rows[: max(len(current), 1)]),
        series=series,
        sessions=sessions,
        open_actions=actions,
        events=events,
        pipeline=pipeline,
        activity=tenant_activity(db, tenant_id, [period]),
    )
