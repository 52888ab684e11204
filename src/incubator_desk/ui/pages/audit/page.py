"""The Audit page: who changed what and when, for the whole database."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....db import Database
from ..base import Page
from .browser import AuditBrowser


class AuditPage(Page):
    """Every audit entry, filtered by person, area, record, days and free text, with the
    chosen entry's changes field by field, and the listed entries exported to Excel."""

    key = "audit"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.browser = AuditBrowser(db, parent=self)
        self.layout_.addWidget(self.browser, 1)
        self.retranslate()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.browser.set_database(db)

    def refresh(self) -> None:
        self.browser.refresh()

    def focus_search(self) -> None:
        self.browser.focus_search()

    def title_text(self) -> str:
        return self.tr("Audit trail")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "browser"):  # Page.__init__ retranslates before the browser exists
            self.browser.retranslate()
