"""The Mentoring page, one module per tab, and the tenant window's Mentoring tab.

`TenantMentoringTab` is named in `ui.extensions`; the page is opened by the main window.
"""

from .page import MentoringPage
from .tenant_tab import TenantMentoringTab

__all__ = ["MentoringPage", "TenantMentoringTab"]
