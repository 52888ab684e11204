"""The figures behind every report, as plain dataclasses.

The PDF reports, the dashboard and the Torch export read the same functions here, so the same
figure is the same number wherever it appears. Figures owned by another area come from that
area's service (funding: cumulative investment; mentoring/training: activity statistics).

One module per report (graduation_report, progress_report, portfolio_report, dashboard; the
Torch return is in services/statistics), the parts they share (figures, tenant_record,
activity), and what the incubator shows on every report (incubator: name and logo;
report_font: the font chosen in Settings).
"""

from ...core.periods import Period
from ...db import Database  # the handle report makers pass in (reports/ never imports db/)
from .activity import ActivityFigures, portfolio_activity, tenant_activity
from .dashboard import (
    Dashboard,
    ListRow,
    allocations_ending,
    dashboard,
    events_this_week,
    missing_figures,
    sessions_this_week,
)
from .dashboard_charts import (
    AreaOccupancy,
    DashboardCharts,
    YearFlow,
    YearMoney,
    dashboard_charts,
)
from .figures import (
    FLOWS,
    MONEY,
    STOCKS,
    Figures,
    YearFigures,
    growth,
    last_complete_quarter,
    yearly_figures,
)
from .graduation_report import GraduationReportData, graduation_report_data
from .incubator import (
    LOGO_MAX_BYTES,
    REPORT_LOGO,
    IncubatorInfo,
    check_logo,
    incubator_info,
    incubator_names,
    logo_name,
    remove_logo,
    set_logo,
)
from .portfolio_report import (
    MovementLine,
    PortfolioReportData,
    portfolio_figures,
    portfolio_report_data,
    stages_on,
)
from .progress_report import (
    ActionLine,
    EventLine,
    ProgressReportData,
    QuarterPoint,
    SessionLine,
    progress_report_data,
)
from .report_font import REPORT_FONT, FontChoice, choose_font, chosen_font
from .tenant_record import (
    PIPELINE,
    ApplicationLine,
    FundingSummary,
    InvestmentLine,
    SpaceRow,
    StageRow,
    TenantProfile,
    funding_summary,
    spaces_held,
    stage_history,
    tenant_profile,
)

__all__ = [
    "FLOWS",
    "LOGO_MAX_BYTES",
    "MONEY",
    "PIPELINE",
    "REPORT_FONT",
    "REPORT_LOGO",
    "STOCKS",
    "ActionLine",
    "ActivityFigures",
    "ApplicationLine",
    "AreaOccupancy",
    "Dashboard",
    "DashboardCharts",
    "Database",
    "EventLine",
    "Figures",
    "FontChoice",
    "FundingSummary",
    "GraduationReportData",
    "IncubatorInfo",
    "InvestmentLine",
    "ListRow",
    "MovementLine",
    "Period",
    "PortfolioReportData",
    "ProgressReportData",
    "QuarterPoint",
    "SessionLine",
    "SpaceRow",
    "StageRow",
    "TenantProfile",
    "YearFigures",
    "YearFlow",
    "YearMoney",
    "allocations_ending",
    "check_logo",
    "choose_font",
    "chosen_font",
    "dashboard",
    "dashboard_charts",
    "events_this_week",
    "funding_summary",
    "graduation_report_data",
    "growth",
    "incubator_info",
    "incubator_names",
    "last_complete_quarter",
    "logo_name",
    "missing_figures",
    "portfolio_activity",
    "portfolio_figures",
    "portfolio_report_data",
    "progress_report_data",
    "remove_logo",
    "sessions_this_week",
    "set_logo",
    "spaces_held",
    "stage_history",
    "stages_on",
    "tenant_activity",
    "tenant_profile",
    "yearly_figures",
]
