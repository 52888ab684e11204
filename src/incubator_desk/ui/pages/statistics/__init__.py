"""The government statistics (火炬统计) in the window, one module per view.

- page: `StatisticsPage`, the sidebar's Statistics page: the return's check, the
  self-assessment.
- check_view: `ReturnCheckView`, what the check finds per tenant; the return exported.
- assessment_view: `AssessmentView`, each level and criterion with its evidence.
- tenant_tab: `TenantStatisticsTab`, the tenant window's return of a year.
- settings_section: `StatisticsSettings`, Settings → Statistics: the incubator's own figures
  of a year, its start of operation, the thresholds with their sources.

ui/extensions.py finds `TenantStatisticsTab` and `StatisticsSettings` here.
"""

from .assessment_view import AssessmentView
from .check_view import ReturnCheckView
from .page import StatisticsPage
from .settings_section import StatisticsSettings
from .tenant_tab import TenantStatisticsTab

__all__ = [
    "AssessmentView",
    "ReturnCheckView",
    "StatisticsPage",
    "StatisticsSettings",
    "TenantStatisticsTab",
]
