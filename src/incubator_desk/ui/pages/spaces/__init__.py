"""The Spaces page, the tenant window's Spaces tab and the rent-subsidy settings section."""

from __future__ import annotations

from .page import SpaceSettings, SpacesPage, TenantSpacesTab

__all__ = ["SpaceSettings", "SpacesPage", "TenantSpacesTab"]
