"""Funding page: funds and loan products, and the applications to them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...db import Database
from ...services import overview as ov
from ...services.labels import label
from ..qtmodels.register_model import column as _col
from ..qtmodels.register_model import display
from .register_page import RegisterPage


class FundingPage(RegisterPage):
    """Funds at a glance above the list of applications."""

    key = "funding"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=260),
            _col("fund", QT_TRANSLATE_NOOP("Columns", "Fund"), width=200),
            _col("requested", QT_TRANSLATE_NOOP("Columns", "Requested (¥)"), True),
            _col("approved", QT_TRANSLATE_NOOP("Columns", "Approved (¥)"), True),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
            _col("since", QT_TRANSLATE_NOOP("Columns", "In this status since"), width=150),
        ]
        self.funds_label = QLabel()
        self.funds = QTableWidget(0, 7)
        super().__init__(
            db, ov.application_register(), columns, sort_column=5, descending=True, parent=parent
        )
        self.funds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.funds.verticalHeader().setVisible(False)
        self.funds.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funds.setMaximumHeight(180)
        self.apps_label = QLabel()
        self.layout_.insertWidget(1, self.funds_label)
        self.layout_.insertWidget(2, self.funds)
        self.layout_.insertWidget(3, self.apps_label)
        self.retranslate()  # fills the funds table too

    def refresh(self) -> None:
        super().refresh()
        self._fill_funds()

    def _fill_funds(self) -> None:
        positions = ov.fund_positions(self.db)
        self.funds.setRowCount(len(positions))
        for row, p in enumerate(positions):
            values = [
                p.name,
                label(p.kind),
                display(p.total_size),
                display(p.committed),
                display(p.disbursed),
                display(p.available),
                str(p.deals),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.funds.setItem(row, col, item)

    def title_text(self) -> str:
        return self.tr("Funding")

    def search_placeholder(self) -> str:
        return self.tr("Search by tenant or fund…")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "apps_label"):
            return
        self.funds_label.setText(self.tr("Funds and loan products"))
        self.apps_label.setText(self.tr("Applications"))
        self.funds.setHorizontalHeaderLabels(
            [
                self.tr("Fund"),
                self.tr("Kind"),
                self.tr("Size (¥)"),
                self.tr("Committed (¥)"),
                self.tr("Disbursed (¥)"),
                self.tr("Available (¥)"),
                self.tr("Deals"),
            ]
        )
        self._fill_funds()
