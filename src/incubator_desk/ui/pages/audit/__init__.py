"""The audit trail in the window.

- page: `AuditPage`, the sidebar page of every entry;
- history_tab: `TenantHistoryTab`, a tenant's History tab;
- browser: `AuditBrowser`, the filtered list and details both are made of;
- details: `AuditDetails`, one entry field by field.
"""

from .browser import AuditBrowser
from .details import AuditDetails
from .history_tab import TenantHistoryTab
from .page import AuditPage

__all__ = ["AuditBrowser", "AuditDetails", "AuditPage", "TenantHistoryTab"]
