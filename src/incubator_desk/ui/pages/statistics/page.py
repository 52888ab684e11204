"""The Statistics page: the Torch return of a year checked before it is sent, and the
self-assessment against the national levels."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QWidget

from ....db import Database
from ....services import reporting
from ..base import Page
from .assessment_view import AssessmentView
from .check_view import ReturnCheckView
from .settings_section import StatisticsSettings
from .tenant_tab import TenantStatisticsTab


class StatisticsPage(Page):
    """The year's return and its check, and the self-assessment, side by side in tabs."""

    key = "statistics"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(reporting.last_complete_quarter().year)
        self.year_label.setBuddy(self.year)
        row = QHBoxLayout()
        row.addWidget(self.year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.check = ReturnCheckView(db)
        self.assessment = AssessmentView(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.check, "")
        self.tabs.addTab(self.assessment, "")
        self.layout_.addWidget(self.tabs, 1)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.check.open_tenant.connect(self.open_tenant)
        self.check.open_settings.connect(self.open_settings)
        self.assessment.open_settings.connect(self.open_settings)
        self.retranslate()
        self.refresh()

    def title_text(self) -> str:
        return self.tr("Statistics")

    def set_database(self, db: Database) -> None:
        self.check.db = self.assessment.db = db
        super().set_database(db)

    def refresh(self) -> None:
        year = self.year.value()
        self.check.show_year(year)
        self.assessment.show_year(year)

    def show_assessment(self) -> None:
        self.tabs.setCurrentWidget(self.assessment)

    def open_tenant(self, tenant_id: int) -> QWidget | None:
        """The tenant's window on its Statistics tab, at this page's year."""
        page = getattr(self.window(), "page", None)
        tenants = page("tenants") if callable(page) else None
        opener = getattr(tenants, "open_tenant", None)
        if not callable(opener):
            return None
        dialog = opener(tenant_id)
        chooser = getattr(dialog, "select_tab", None)
        tab = chooser(TenantStatisticsTab) if callable(chooser) else None
        if isinstance(tab, TenantStatisticsTab):
            tab.year.setValue(self.year.value())
        if isinstance(dialog, QWidget):
            dialog.finished.connect(lambda _r: self.refresh())  # type: ignore[attr-defined]
        return dialog if isinstance(dialog, QWidget) else None

    def open_settings(self) -> None:
        self.open_page.emit("settings")
        page = getattr(self.window(), "page", None)
        settings = page("settings") if callable(page) else None
        chooser = getattr(settings, "select_section", None)
        if callable(chooser):
            chooser(StatisticsSettings)

    def retranslate(self) -> None:
        super().retranslate()
        self.year_label.setText(self.tr("&Year of the return:"))
        self.tabs.setTabText(0, self.tr("Return and check"))
        self.tabs.setTabText(1, self.tr("Self-assessment"))
