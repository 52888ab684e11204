"""The Spaces page by tab, the tenant window's Spaces tab and the Space settings section.

`TenantSpacesTab` and `SpaceSettings` are found by name here through ui/extensions.py.
"""

from __future__ import annotations

from .page import SpacesPage
from .settings_section import SpaceSettings
from .tenant_tab import TenantSpacesTab

__all__ = ["SpaceSettings", "SpacesPage", "TenantSpacesTab"]
