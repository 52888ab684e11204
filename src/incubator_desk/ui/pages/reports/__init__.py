"""The Reports page and the report widgets other areas show, one module per tab.

- page: `ReportsPage`, the Reports page: the report maker and the collection rounds.
- collection_tab: `CollectionTab`, the rounds collecting tenants' annual figures.
- maker: `ReportMaker` (choose, make off the UI thread, preview, print, save a report).
- printing: the print dialog and a PDF's pages rendered to the printer.
- graduation_tab: `TenantGraduationTab`, the tenant window's graduation criteria.
- settings_section: `ReportSettings`, Settings → Graduation and reports.

ui/extensions.py finds `TenantGraduationTab` and `ReportSettings` here.
"""

from .graduation_tab import TenantGraduationTab
from .maker import ReportMaker, make_report
from .page import ReportsPage
from .printing import ask_printer, print_pdf
from .settings_section import ReportSettings

__all__ = [
    "ReportMaker",
    "ReportSettings",
    "ReportsPage",
    "TenantGraduationTab",
    "ask_printer",
    "make_report",
    "print_pdf",
]
