"""Places where one area's widgets appear inside another's: tenant-window tabs, settings sections.

Each area names its tab or settings section here, by module and class, in the order they
are shown. The list is checked when the window starts (`check()`, called by the main window):
an entry whose module or class is missing raises `ExtensionError` at once, instead of the tab
silently not appearing. The check reads the modules' source rather than importing them (that
would load every area's page, and the libraries they draw with, at start-up); a class lacking
what its place needs raises `ExtensionError` when it is loaded (`tenant_tabs()`, …), and the
test suite loads every entry.

- A tenant tab is a QWidget built as `cls(db, tenant_id, parent)`, with a class method
  `tab_title() -> str` (translated) and a `refresh()` method.
- A settings section is a QWidget built as `cls(db, parent)`, with a class method
  `section_title() -> str` (translated), a `refresh()` method and a `db` attribute the
  settings page points at another database when the window opens one.
- A tenant flag is a function `flag(db, tenant_id) -> str | None`: a short warning the tenant
  window's heading shows in red (a tenant in arrears), or None.

A tab whose constructor raises is not caught: the error reaches the exception hook (logged
and shown in the window; a failing test under pytest).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..db import Database


class ExtensionError(RuntimeError):
    """A registered tab or section does not exist or does not fit its place."""


class TenantTab(Protocol):
    """The class of a tenant-window tab."""

    def __call__(self, db: Database, tenant_id: int, parent: QWidget | None) -> QWidget: ...

    def tab_title(self) -> str: ...


class SettingsSection(Protocol):
    """The class of a settings section."""

    def __call__(self, db: Database, parent: QWidget | None) -> QWidget: ...

    def section_title(self) -> str: ...


class TenantFlag(Protocol):
    """A warning about a tenant for the tenant window's heading, or None."""

    def __call__(self, db: Database, tenant_id: int) -> str | None: ...


class DatabaseView(Protocol):
    """What the settings page does with a built section."""

    db: Database

    def refresh(self) -> None: ...


@dataclass(frozen=True)
class Entry:
    """A widget class named by its module and class name."""

    module: str
    name: str

    def find(self) -> None:
        """ExtensionError unless the module exists and defines the name at its top level,
        read from its source without importing it (imported when it cannot be read so)."""
        try:
            spec = importlib.util.find_spec(self.module)
        except ModuleNotFoundError as exc:
            raise ExtensionError(f"{self.module} (for {self.name}) does not exist: {exc}") from exc
        if spec is None:
            raise ExtensionError(f"{self.module} (for {self.name}) does not exist")
        source = None
        if spec.loader is not None and hasattr(spec.loader, "get_source"):
            try:
                source = spec.loader.get_source(self.module)
            except (ImportError, OSError):
                source = None
        if source is None:  # a build without sources: import it
            if not hasattr(importlib.import_module(self.module), self.name):
                raise ExtensionError(f"{self.module} has no {self.name}")
            return
        if self.name not in _top_level_names(ast.parse(source)):
            raise ExtensionError(f"{self.module} has no {self.name}")

    def load(self, *needs: str) -> type[QWidget]:
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as exc:
            raise ExtensionError(f"{self.module} (for {self.name}) does not exist: {exc}") from exc
        cls = getattr(module, self.name, None)
        if not isinstance(cls, type) or not issubclass(cls, QWidget):
            raise ExtensionError(f"{self.module} has no widget class {self.name}")
        missing = [need for need in needs if not callable(getattr(cls, need, None))]
        if missing:
            raise ExtensionError(f"{self.module}.{self.name} lacks {', '.join(missing)}")
        return cls

    def function(self) -> object:
        """The function named (not a class); ExtensionError if it is missing."""
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as exc:
            raise ExtensionError(f"{self.module} (for {self.name}) does not exist: {exc}") from exc
        func = getattr(module, self.name, None)
        if not callable(func) or isinstance(func, type):
            raise ExtensionError(f"{self.module} has no function {self.name}")
        return func


TENANT_TABS: tuple[Entry, ...] = (
    Entry("incubator_desk.ui.pages.spaces", "TenantSpacesTab"),
    Entry("incubator_desk.ui.pages.mentoring", "TenantMentoringTab"),
    Entry("incubator_desk.ui.pages.training", "TenantTrainingTab"),
    Entry("incubator_desk.ui.pages.funding", "TenantFundingTab"),
    Entry("incubator_desk.ui.pages.reports", "TenantGraduationTab"),
    Entry("incubator_desk.ui.pages.statistics", "TenantStatisticsTab"),
    Entry("incubator_desk.ui.pages.billing", "TenantBillingTab"),
    Entry("incubator_desk.ui.pages.audit", "TenantHistoryTab"),
)

TENANT_FLAGS: tuple[Entry, ...] = (Entry("incubator_desk.ui.pages.billing", "arrears_flag"),)

SETTINGS_SECTIONS: tuple[Entry, ...] = (
    Entry("incubator_desk.ui.pages.tenants", "TenantListsSettings"),
    Entry("incubator_desk.ui.pages.spaces", "SpaceSettings"),
    Entry("incubator_desk.ui.pages.funding", "FundingSettings"),
    Entry("incubator_desk.ui.pages.reports", "ReportSettings"),
    Entry("incubator_desk.ui.pages.statistics", "StatisticsSettings"),
    Entry("incubator_desk.ui.pages.billing", "BillingSettings"),
    Entry("incubator_desk.ui.pages.backup_settings", "BackupSettings"),
    Entry("incubator_desk.ui.pages.accounts_settings", "AccountsSettings"),
)


def tenant_tabs(entries: tuple[Entry, ...] = TENANT_TABS) -> list[TenantTab]:
    """The tenant-window tab classes, in order; ExtensionError if one is missing."""
    return [cast("TenantTab", e.load("tab_title", "refresh")) for e in entries]


def settings_sections(entries: tuple[Entry, ...] = SETTINGS_SECTIONS) -> list[SettingsSection]:
    """The settings section classes, in order; ExtensionError if one is missing."""
    return [cast("SettingsSection", e.load("section_title", "refresh")) for e in entries]


def tenant_flags(entries: tuple[Entry, ...] = TENANT_FLAGS) -> list[TenantFlag]:
    """The tenant window's flag functions, in order; ExtensionError if one is missing."""
    return [cast("TenantFlag", e.function()) for e in entries]


def as_database_view(section: QWidget) -> DatabaseView:
    return cast("DatabaseView", section)


def _top_level_names(tree: ast.Module) -> set[str]:
    """The names a module defines or imports at its top level."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def check() -> None:
    """Every registered tab, section and flag exists now: a missing one fails the start-up.
    (Read, not imported: each area's module is imported when its tab or section is shown.)"""
    for entry in (*TENANT_TABS, *SETTINGS_SECTIONS, *TENANT_FLAGS):
        entry.find()


def load_all() -> None:
    """Load every registered tab, section and flag, checking each fits its place."""
    tenant_tabs()
    settings_sections()
    tenant_flags()


__all__ = [
    "SETTINGS_SECTIONS",
    "TENANT_FLAGS",
    "TENANT_TABS",
    "DatabaseView",
    "Entry",
    "ExtensionError",
    "SettingsSection",
    "TenantFlag",
    "TenantTab",
    "as_database_view",
    "check",
    "load_all",
    "settings_sections",
    "tenant_flags",
    "tenant_tabs",
]
