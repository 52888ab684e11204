"""The data of a tenant's graduation assessment report (毕业评估报告)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...core import clock
from ...core.periods import Period
from ...db import Database
from .. import graduation as grad
from .activity import ActivityFigures, tenant_activity
from .figures import Figures, YearFigures, figures_from, snapshots, yearly_figures
from .incubator import IncubatorInfo, incubator_info
from .tenant_record import (
    FundingSummary,
    SpaceRow,
    StageRow,
    TenantProfile,
    funding_summary,
    spaces_held,
    stage_history,
    tenant_profile,
)


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
    activity: ActivityFigures
    graduation: grad.TenantGraduation
    rules: grad.GraduationRules


def graduation_report_data(
    db: Database, tenant_id: int, on: dt.date | None = None
) -> GraduationReportData:
    """Everything the graduation report of `tenant_id` shows, as it stands on `on` (today)."""
    on = on or clock.today()
    profile = tenant_profile(db, tenant_id)
    with db.read() as s:
        rows = snapshots(s, tenant_id)
    r = grad.rules(db)
    return GraduationReportData(
        incubator=incubator_info(db),
        on=on,
        profile=profile,
        stages=stage_history(db, tenant_id),
        spaces=spaces_held(db, tenant_id),
        entry=figures_from(rows[:1]),
        latest=figures_from(rows[-1:]),
        years=yearly_figures(rows),
        # The same cut-off as the criteria below, so the two sections agree.
        funding=funding_summary(db, tenant_id, on),
        activity=tenant_activity(
            db,
            tenant_id,
            [Period(y) for y in range((profile.entry_date or on).year, on.year + 1)],
        ),
        graduation=grad.evaluate_all(db, on, [tenant_id], r)[0],
        rules=r,
    )
