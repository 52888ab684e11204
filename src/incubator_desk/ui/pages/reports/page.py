"""The Reports page: the report maker, and the collection rounds (built when first shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from ....db import Database
from ..base import Page
from .maker import ReportMaker

if TYPE_CHECKING:
    from .collection_tab import CollectionTab

COLLECTION_TAB = 1


class ReportsPage(Page):
    """Reports page: the report maker, and the collection rounds (who changed what is on the
    Audit page)."""

    key = "reports"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.tabs = QTabWidget()
        self.maker = ReportMaker(db, self)
        self.tabs.addTab(self.maker, "")
        # The collection rounds' tab reads its data when it is first shown.
        self.collection: CollectionTab | None = None
        self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate()

    def _tab_shown(self, index: int) -> None:
        if index == COLLECTION_TAB and self.collection is None:
            from .collection_tab import CollectionTab

            self.collection = CollectionTab(self.db, self)
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(COLLECTION_TAB)
            self.tabs.removeTab(COLLECTION_TAB)
            if placeholder is not None:
                placeholder.deleteLater()
            self.tabs.insertTab(COLLECTION_TAB, self.collection, self._collection_title())
            self.tabs.setCurrentIndex(COLLECTION_TAB)
            self.tabs.blockSignals(False)

    def show_collection(self) -> CollectionTab:
        """Show the collection rounds' tab (built now if it was not yet)."""
        self.tabs.setCurrentIndex(COLLECTION_TAB)
        assert self.collection is not None
        return self.collection

    def focus_search(self) -> None:
        """Ctrl+F: the collection rounds' search when that tab is shown."""
        if self.collection is not None and self.tabs.currentWidget() is self.collection:
            self.collection.search.setFocus()
            self.collection.search.selectAll()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.maker.db = db
        self.maker.refresh()
        if self.collection is not None:
            self.collection.set_database(db)

    def refresh(self) -> None:
        self.maker.refresh()
        if self.collection is not None:
            self.collection.refresh()

    def open_report(self, kind: str, tenant_id: int | None = None, lang: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.maker)
        self.maker.select(kind, tenant_id, lang)

    def title_text(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tabs"):  # Page.__init__ does not build the tabs
            self.tabs.setTabText(0, self.tr("Make a report"))
            self.tabs.setTabText(COLLECTION_TAB, self._collection_title())
            self.maker.retranslate()

    def _collection_title(self) -> str:
        return self.tr("Collect figures")
