"""The funding area's window: the Funding page (board, list, funds and funnel tabs), the
Funding tab of a tenant's window and the Funding section of the settings.

ui/extensions.py names `TenantFundingTab` and `FundingSettings` in this package.
"""

from __future__ import annotations

from .page import FundingPage
from .rubric_settings import FundingSettings
from .tenant_tab import TenantFundingTab

__all__ = ["FundingPage", "FundingSettings", "TenantFundingTab"]
