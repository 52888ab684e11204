"""Payments in the window: record one (spread over the tenant's open bills as the person says,
or the earliest due first), list them, cancel one recorded by mistake."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.errors import ValidationError
from ....core.money import money
from ....core.vocabularies import PaymentStatus
from ....db import Database
from ....services import billing
from ....services.access import Action
from ....services.tenants import tenant_choices
from ...toolkit import Column, RowsModel, rows_view
from ...toolkit.guards import guard
from ...widgets.spaces_form import FormDialog, combo_value, date_edit, from_qdate, tenant_combo
from .forms import ReasonDialog, amount, method_combo, money_edit, month_edit, month_of

if TYPE_CHECKING:
    from .page import BillingPage


class PaymentDialog(FormDialog):
    """Money received from a tenant, and how much of it pays which open bill."""

    def __init__(
        self, db: Database, tenant_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bills: list[billing.BillRow] = []
        self.setWindowTitle(self.tr("Record a payment"))
        self.tenant = self.add_row(
            self.tr("&Tenant:"),
            tenant_combo(tenant_choices(db, open_only=False), self.tr("Type part of the name…")),
            "tenant_id",
        )
        self.day = self.add_row(self.tr("&Received on:"), date_edit(clock.today()), "received_on")
        self.amount = self.add_row(self.tr("&Amount:"), money_edit(), "amount")
        self.method = self.add_row(self.tr("&How:"), method_combo(), "method")
        self.reference = self.add_row(self.tr("&Reference:"), QLineEdit(), "reference")
        self.reference.setPlaceholderText(self.tr("bank slip, transaction number…"))
        self.invoice = self.add_row(
            self.tr("&Invoice number (发票号):"), QLineEdit(), "invoice_number"
        )
        self.invoice.setPlaceholderText(self.tr("of the tax invoice issued, if any"))
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.spread_button = QPushButton(self.tr("Spread, earliest &due first"))
        self.left = QLabel()
        spread = QWidget()
        sl = QVBoxLayout(spread)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.spread_button)
        row.addWidget(self.left, 1)
        sl.addLayout(row)
        self.add_row(self.tr("Pays:"), spread, "spread")
        if tenant_id is not None:
            self.tenant.setCurrentIndex(max(self.tenant.findData(tenant_id), 0))
        self._load_bills()
        self.tenant.currentIndexChanged.connect(lambda _i: self._load_bills())
        self.amount.valueChanged.connect(lambda _v: self._show_left())
        self.spread_button.clicked.connect(self.spread_earliest_first)
        self.resize(640, self.sizeHint().height())

    def _load_bills(self) -> None:
        tenant = combo_value(self.tenant)
        self.bills = billing.open_bills(self.db, tenant) if tenant is not None else []
        self.table.setRowCount(0)  # the previous tenant's rows and their fields go
        self.table.setRowCount(len(self.bills))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bill"),
                self.tr("Period"),
                self.tr("Due"),
                self.tr("Left to pay"),
                self.tr("Pay"),
            ]
        )
        for i, b in enumerate(self.bills):
            for col, text in enumerate(
                (b.number, f"{b.period_start:%Y-%m}", b.due_on.isoformat(), money(b.open))
            ):
                self.table.setItem(i, col, QTableWidgetItem(text))
            spin = money_edit()
            spin.setMaximum(float(b.open))
            spin.valueChanged.connect(lambda _v: self._show_left())
            self.table.setCellWidget(i, 4, spin)
        self._show_left()

    def _spin(self, row: int) -> QDoubleSpinBox:
        widget = self.table.cellWidget(row, 4)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def spread_earliest_first(self) -> None:
        left = amount(self.amount)
        for i, b in enumerate(self.bills):
            share = min(left, b.open)
            self._spin(i).setValue(float(share))
            left -= share

    def spread(self) -> dict[int, Decimal]:
        out = {}
        for i, b in enumerate(self.bills):
            value = amount(self._spin(i))
            if value > 0:
                out[b.id] = value
        return out

    def _show_left(self) -> None:
        left = amount(self.amount) - sum(self.spread().values(), Decimal(0))
        self.left.setText(
            self.tr("Not spread: %1 (pays the earliest due, the rest stays on account)").replace(
                "%1", money(left)
            )
        )

    def submit(self) -> int:
        tenant = combo_value(self.tenant)
        if tenant is None:
            raise ValidationError({"tenant_id": self.tr("Choose a tenant from the list.")})
        return billing.record_payment(
            self.db,
            billing.PaymentInput(
                tenant,
                from_qdate(self.day.date()),
                amount(self.amount),
                self.method.currentData(),
                self.reference.text(),
                self.invoice.text(),
                spread=self.spread(),
            ),
        )


class PaymentsTab(QWidget):
    """The payments received in a month; record one, cancel one."""

    def __init__(self, page: BillingPage) -> None:
        super().__init__(page)
        self.page = page
        self.month_label = QLabel()
        self.month = month_edit()
        self.record_button = QPushButton()
        guard(self.record_button, Action.BILLING)
        self.cancel_button = QPushButton()
        self.total = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.total)
        bar.addWidget(self.record_button)
        bar.addWidget(self.cancel_button)
        self.model: RowsModel[billing.PaymentRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.record_button.clicked.connect(lambda: self.record())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.dialog: FormDialog | None = None
        self.retranslate()

    def _columns(self) -> list[Column[billing.PaymentRow]]:
        return [
            Column(self.tr("Receipt"), lambda p: p.number, width=110),
            Column(self.tr("Received on"), lambda p: p.received_on),
            Column(self.tr("Tenant"), lambda p: p.tenant_name, width=220),
            Column(self.tr("Amount"), lambda p: p.amount, right=True, text=money),
            Column(self.tr("How"), lambda p: p.method),
            Column(self.tr("Reference"), lambda p: p.reference),
            Column(self.tr("Invoice number"), lambda p: p.invoice_number),
            Column(self.tr("Paid bills"), lambda p: p.bills, width=200),
            Column(self.tr("On account"), lambda p: p.on_account, right=True, text=money),
            Column(self.tr("Status"), lambda p: p.status, tooltip=lambda p: p.cancel_reason),
        ]

    def refresh(self) -> None:
        first = month_of(self.month)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        rows = billing.list_payments(self.page.db, first, last)
        self.model.set_rows(rows)
        self._show_total()

    def _show_total(self) -> None:
        rows = self.model.rows()
        received = sum((p.amount for p in rows if p.status is PaymentStatus.RECORDED), Decimal(0))
        self.total.setText(self.tr("Received %1").replace("%1", money(received)))

    def record(self, tenant_id: int | None = None) -> PaymentDialog:
        dialog = PaymentDialog(self.page.db, tenant_id, self)
        dialog.accepted.connect(self._recorded)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _recorded(self) -> None:
        self.page.status(self.tr("Payment recorded."))
        self.page.refresh_all()

    def cancel_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        p = self.model.row_at(rows[0]) if rows else None
        if p is None or p.status is not PaymentStatus.RECORDED:
            return
        db = self.page.db
        dialog = ReasonDialog(
            self.tr("Cancel payment"),
            f"{p.number} · {p.tenant_name} · {money(p.amount)}",
            lambda reason: billing.cancel_payment(db, p.id, reason, expected_version=p.version),
            self,
        )
        dialog.accepted.connect(self.page.refresh_all)
        dialog.open()
        self.dialog = dialog

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Received in:"))
        self.record_button.setText(self.tr("&Record a payment…"))
        self.cancel_button.setText(self.tr("Cancel payment…"))
        self.model.retranslate()
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["PaymentDialog", "PaymentsTab"]
