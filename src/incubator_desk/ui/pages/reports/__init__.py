"""The Reports page and the report widgets other areas show, one module per tab.

- page: `ActivityPage`, the Reports page: the report maker, and the activity log tab.
- maker: `ReportMaker` (choose, make off the UI thread, preview, print, save a report).
- printing: the print dialog and a PDF's pages rendered to the printer.
- activity_log: `ActivityLog`, the audit trail of the database.
- graduation_tab: `TenantGraduationTab`, the tenant window's graduation criteria.
- settings_section: `ReportSettings`, Settings → Graduation and reports.

ui/extensions.py finds `TenantGraduationTab` and `ReportSettings` here.
"""

from .activity_log import ActivityLog
from .graduation_tab import TenantGraduationTab
from .maker import ReportMaker, make_report
from .page import ActivityPage
from .printing import ask_printer, print_pdf
from .settings_section import ReportSettings

__all__ = [
    "ActivityLog",
    "ActivityPage",
    "ReportMaker",
    "ReportSettings",
    "TenantGraduationTab",
    "ask_printer",
    "make_report",
    "print_pdf",
]
