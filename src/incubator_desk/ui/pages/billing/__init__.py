"""The Billing page by tab, a bill's dialog, the tenant window's Billing tab (with the arrears
flag) and Settings → Billing."""

from .page import BillingPage
from .settings_section import BillingSettings
from .tenant_tab import TenantBillingTab, arrears_flag

__all__ = ["BillingPage", "BillingSettings", "TenantBillingTab", "arrears_flag"]
