"""The Reports page: the report maker, and the activity log as a second tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from ....db import Database
from ...qtmodels.register_model import RegisterTableModel
from ..base import Page
from .activity_log import ActivityLog
from .maker import ReportMaker


class ActivityPage(Page):
    """Reports page: the report maker, and the activity log as a second tab."""

    key = "reports"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.tabs = QTabWidget()
        self.maker = ReportMaker(db, self)
        self.log = ActivityLog(db, self)
        self.tabs.addTab(self.maker, "")
        self.tabs.addTab(self.log, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate()

    # The activity log's table and search, as the old page exposed them.
    @property
    def model(self) -> RegisterTableModel:
        return self.log.model

    @property
    def search(self) -> QLineEdit:
        return self.log.search

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.log)
        self.log.focus_search()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.maker.db = db
        self.log.set_database(db)
        self.maker.refresh()

    def refresh(self) -> None:
        self.maker.refresh()
        self.log.refresh()

    def open_report(self, kind: str, tenant_id: int | None = None, lang: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.maker)
        self.maker.select(kind, tenant_id, lang)

    def title_text(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tabs"):  # Page.__init__ does not build the tabs
            self.tabs.setTabText(0, self.tr("Make a report"))
            self.tabs.setTabText(1, self.tr("Activity log"))
            self.maker.retranslate()
