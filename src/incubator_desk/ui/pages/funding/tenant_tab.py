"""The Funding tab of a tenant's window: its applications, the money paid to it, outside
investment and the cumulative total the graduation rule reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.money import money
from ....db import Database
from ....services import funding as fs
from ...dialogs.application_dialog import ApplicationDialog
from ...toolkit import Column, RowsModel
from ...widgets.rows_view import rows_view


class TenantFundingTab(QWidget):
    """A tenant's applications, money from the incubator's funds, outside investment from
    the quarterly figures, and the cumulative total the graduation rule reads."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.total.setWordWrap(True)
        self.apps_model: RowsModel[fs.TenantApplicationRow] = RowsModel(
            self._app_columns, parent=self
        )
        self.paid_model: RowsModel[fs.PaymentRow] = RowsModel(self._paid_columns, parent=self)
        self.outside_model: RowsModel[fs.OutsideInvestmentRow] = RowsModel(
            self._outside_columns, parent=self
        )
        self.apps = rows_view(self.apps_model)
        self.paid = rows_view(self.paid_model)
        self.outside = rows_view(self.outside_model)
        self.apps_box = QGroupBox()
        QVBoxLayout(self.apps_box).addWidget(self.apps)
        self.paid_box = QGroupBox()
        QVBoxLayout(self.paid_box).addWidget(self.paid)
        self.outside_box = QGroupBox()
        QVBoxLayout(self.outside_box).addWidget(self.outside)
        self.new_app = QPushButton()
        self.new_app.clicked.connect(self._new_application)
        self.apps.doubleClicked.connect(lambda _i: self._open())
        self.apps.activated.connect(lambda _i: self._open())
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.new_app)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.apps_box, 2)
        lay.addWidget(self.paid_box, 1)
        lay.addWidget(self.outside_box, 1)
        self.data: fs.TenantFunding | None = None
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantFundingTab", "Funding")

    def _app_columns(self) -> list[Column[fs.TenantApplicationRow]]:
        return [
            Column(self.tr("No."), lambda a: a.id, right=True),
            Column(self.tr("Fund"), lambda a: a.fund),
            Column(self.tr("Instrument"), lambda a: a.instrument),
            Column(self.tr("Requested (¥)"), lambda a: a.amount_requested, right=True, text=money),
            Column(self.tr("Approved (¥)"), lambda a: a.amount_approved, right=True, text=money),
            Column(self.tr("Paid (¥)"), lambda a: a.paid, right=True, text=money),
            Column(self.tr("Status"), lambda a: a.status),
        ]

    def _paid_columns(self) -> list[Column[fs.PaymentRow]]:
        return [
            Column(self.tr("Paid on"), lambda p: p.date),
            Column(self.tr("Fund"), lambda p: p.fund),
            Column(self.tr("Instrument"), lambda p: p.instrument),
            Column(self.tr("Amount (¥)"), lambda p: p.amount, right=True, text=money),
            Column(
                self.tr("Counts as investment"),
                lambda p: p.counts_as_investment,
                text=lambda counts: self.tr("Yes") if counts else self.tr("No"),
            ),
        ]

    def _outside_columns(self) -> list[Column[fs.OutsideInvestmentRow]]:
        return [
            Column(self.tr("Date"), lambda o: o.date),
            Column(self.tr("Quarter"), lambda o: o.period),
            Column(self.tr("Investor"), lambda o: o.investor),
            Column(self.tr("Round"), lambda o: o.round),
            Column(self.tr("Amount (¥)"), lambda o: o.amount, right=True, text=money),
        ]

    def _open(self) -> None:
        app = self.apps_model.row_at(self.apps.currentIndex())
        if app is not None:
            dlg = ApplicationDialog(self.db, app.id, self)
            dlg.changed.connect(self.refresh)
            dlg.open()

    def _new_application(self) -> None:
        dlg = ApplicationDialog(self.db, None, self, tenant_id=self.tenant_id)
        dlg.changed.connect(self.refresh)
        dlg.open()

    def refresh(self) -> None:
        self.data = fs.tenant_funding(self.db, self.tenant_id)
        self.apps_model.set_rows(self.data.applications)
        self.paid_model.set_rows(self.data.payments)
        self.outside_model.set_rows(self.data.outside)
        self._show_total()

    def _show_total(self) -> None:
        if self.data is None:
            return
        inv = self.data.investment
        self.total.setText(
            self.tr("Cumulative investment %1 (outside %2 + incubator funds %3)")
            .replace("%1", money(inv.total))
            .replace("%2", money(inv.outside))
            .replace("%3", money(inv.from_funds))
        )

    def retranslate(self) -> None:
        self.apps_box.setTitle(self.tr("Applications"))
        self.paid_box.setTitle(self.tr("Money received from the incubator's funds"))
        self.outside_box.setTitle(self.tr("Investment recorded in the quarterly figures"))
        self.new_app.setText(self.tr("&New application…"))
        for model in (self.apps_model, self.paid_model, self.outside_model):
            model.retranslate()
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
