"""The Billing page: bills of a month (run, open, print, export), payments, arrears with
statements and reminder letters, meter readings and one-off fees."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from ....db import Database
from ..base import Page
from .arrears_tab import ArrearsTab
from .bills_tab import BillsTab
from .charges_tab import ChargesTab
from .payments import PaymentsTab


class BillingPage(Page):
    """Finance staff's page: bill a month, record payments, chase arrears.

    A tab re-reads its data when it is shown after a change (`refresh_all` marks them all)."""

    key = "billing"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.bills_tab = BillsTab(self)
        self.payments_tab = PaymentsTab(self)
        self.arrears_tab = ArrearsTab(self)
        self.charges_tab = ChargesTab(self)
        self.sections: list[BillsTab | PaymentsTab | ArrearsTab | ChargesTab] = [
            self.bills_tab,
            self.payments_tab,
            self.arrears_tab,
            self.charges_tab,
        ]
        for tab in self.sections:
            self.tabs.addTab(tab, "")
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.tabs, 1)
        self._stale: set[int] = set(range(len(self.sections)))
        self.tabs.currentChanged.connect(self._shown)
        self.retranslate()
        self._shown(self.tabs.currentIndex())

    def title_text(self) -> str:
        return self.tr("Billing")

    def status(self, text: str) -> None:
        self.message.setText(text)

    def refresh(self) -> None:
        self.refresh_all()

    def refresh_all(self) -> None:
        self._stale = set(range(len(self.sections)))
        self._shown(self.tabs.currentIndex())

    def _shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.sections[index].refresh()

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("&Bills"),
                self.tr("&Payments"),
                self.tr("&Arrears"),
                self.tr("&Meters and fees"),
            )
        ):
            self.tabs.setTabText(i, text)
