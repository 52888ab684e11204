"""The lists behind the dashboard's cards: graduation, missing figures, this week, endings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from ...core.clock import utc_aware
from ...core.periods import Period
from ...core.vocabularies import (
    OPEN_STAGES,
    AllocationStatus,
    ApplicationStatus,
    EventStatus,
    RegistrationStatus,
    SessionStatus,
)
from ...db import Database
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
from .. import graduation as grad
from .figures import CHINA_TZ, last_complete_quarter
from .tenant_record import PIPELINE


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
    start = dt.datetime.combine(monday, dt.time(), tzinfo=CHINA_TZ)
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
                    utc_aware(e.starts_at).astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
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
                    utc_aware(ms.starts_at).astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"),
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
