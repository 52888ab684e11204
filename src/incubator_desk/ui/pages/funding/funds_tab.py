"""The Funds tab of the Funding page: every fund with its position, and its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ....core.money import money
from ....db import Database
from ....services import funding as fs
from ... import messages
from ...dialogs.fund_dialog import FundDialog
from ...toolkit import Column, ErrorMessage, RowsModel, attempt
from ...widgets.rows_view import rows_view


class FundsTab(QWidget):
    """Funds and loan products: size, cap, committed, disbursed, available, deals.

    Signals:
        changed(): a fund was created, changed or deleted.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model: RowsModel[fs.FundRow] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.new_fund = QPushButton()
        self.edit_fund = QPushButton()
        self.delete_fund = QPushButton()
        row = QHBoxLayout()
        for b in (self.new_fund, self.edit_fund, self.delete_fund):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        self.new_fund.clicked.connect(lambda: self.edit_fund_dialog(None))
        self.edit_fund.clicked.connect(self._edit_selected)
        self.view.doubleClicked.connect(lambda _i: self._edit_selected())
        self.delete_fund.clicked.connect(self._delete_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.retranslate()
        self._update_actions()

    def _columns(self) -> list[Column[fs.FundRow]]:
        return [
            Column(self.tr("Fund"), lambda f: f.name),
            Column(self.tr("Kind"), lambda f: f.data.kind),
            Column(self.tr("Size (¥)"), lambda f: f.data.total_size, right=True, text=money),
            Column(
                self.tr("Per-deal cap (¥)"), lambda f: f.data.per_deal_cap, right=True, text=money
            ),
            Column(self.tr("Committed (¥)"), lambda f: f.committed, right=True, text=money),
            Column(self.tr("Disbursed (¥)"), lambda f: f.disbursed, right=True, text=money),
            Column(self.tr("Available (¥)"), lambda f: f.available, right=True, text=money),
            Column(self.tr("Deals"), lambda f: f.deals, right=True),
            Column(self.tr("Applications"), lambda f: f.applications, right=True),
            Column(
                self.tr("Applications open"),
                lambda f: f.data.open_for_applications,
                text=lambda open_: self.tr("Open") if open_ else self.tr("Closed"),
            ),
        ]

    def set_funds(self, rows: list[fs.FundRow]) -> None:
        self.model.set_rows(rows)
        self._update_actions()

    def selected(self) -> fs.FundRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.edit_fund.setEnabled(chosen)
        self.delete_fund.setEnabled(chosen)

    def edit_fund_dialog(self, row: fs.FundRow | None) -> FundDialog:
        dlg = FundDialog(self.db, row, self)
        dlg.accepted.connect(self.changed)
        dlg.open()
        return dlg

    def _edit_selected(self) -> None:
        f = self.selected()
        if f is not None:
            self.edit_fund_dialog(f)

    def _delete_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        title = self.tr("Delete fund")
        if not messages.confirm(self, title, self.tr("Delete the fund %1?").replace("%1", f.name)):
            return
        attempt(ErrorMessage(self, title), lambda: fs.delete_fund(self.db, f.id, f.version))
        self.changed.emit()

    def retranslate(self) -> None:
        self.new_fund.setText(self.tr("New &fund…"))
        self.edit_fund.setText(self.tr("&Edit fund…"))
        self.delete_fund.setText(self.tr("&Delete fund"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
