"""The Meters and fees tab: a month's meter readings per unit and one-off fees, which the
billing run charges."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.money import money
from ....core.vocabularies import FeeStatus
from ....services import billing
from ....services.access import Action
from ... import messages
from ...toolkit import Column, ErrorMessage, RowsModel, rows_view, succeeded
from ...toolkit.guards import guard
from ...widgets.spaces_form import FormDialog
from .forms import FeeDialog, ReadingDialog, month_edit, month_of

if TYPE_CHECKING:
    from .page import BillingPage


def _qty(value: object) -> str:
    return "" if value is None else f"{value:,f}".rstrip("0").rstrip(".")


class ChargesTab(QWidget):
    """Meter readings and one-off fees of a month."""

    def __init__(self, page: BillingPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: FormDialog | None = None
        self.month_label = QLabel()
        self.month = month_edit()
        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        self.readings_model: RowsModel[billing.ReadingRow] = RowsModel(
            self._reading_columns, parent=self
        )
        self.readings = rows_view(self.readings_model)
        self.add_reading = QPushButton()
        guard(self.add_reading, Action.BILLING)
        self.edit_reading = QPushButton()
        self.remove_reading = QPushButton()
        self.readings_box = QGroupBox()
        rl = QVBoxLayout(self.readings_box)
        rl.addWidget(self.readings)
        rb = QHBoxLayout()
        for b in (self.add_reading, self.edit_reading, self.remove_reading):
            rb.addWidget(b)
        rb.addStretch(1)
        rl.addLayout(rb)
        self.fees_model: RowsModel[billing.FeeRow] = RowsModel(self._fee_columns, parent=self)
        self.fees = rows_view(self.fees_model)
        self.add_fee = QPushButton()
        guard(self.add_fee, Action.BILLING)
        self.cancel_fee = QPushButton()
        self.fees_box = QGroupBox()
        fl = QVBoxLayout(self.fees_box)
        fl.addWidget(self.fees)
        fb = QHBoxLayout()
        fb.addWidget(self.add_fee)
        fb.addWidget(self.cancel_fee)
        fb.addStretch(1)
        fl.addLayout(fb)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.readings_box, 3)
        lay.addWidget(self.fees_box, 2)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.add_reading.clicked.connect(lambda: self.open_reading(None))
        self.edit_reading.clicked.connect(self._edit_reading)
        self.readings.doubleClicked.connect(lambda _i: self._edit_reading())
        self.remove_reading.clicked.connect(self._remove_reading)
        self.add_fee.clicked.connect(self.open_fee)
        self.cancel_fee.clicked.connect(self._cancel_fee)
        self.retranslate()

    def _reading_columns(self) -> list[Column[billing.ReadingRow]]:
        return [
            Column(self.tr("Read on"), lambda r: r.read_on),
            Column(self.tr("Unit"), lambda r: r.unit_label, width=100),
            Column(self.tr("Meter"), lambda r: r.kind),
            Column(self.tr("Reading"), lambda r: r.value, right=True, text=_qty),
            Column(self.tr("Previous reading on"), lambda r: r.previous_on),
            Column(self.tr("Used"), lambda r: r.consumption, right=True, text=_qty),
            Column(self.tr("Notes"), lambda r: r.notes),
        ]

    def _fee_columns(self) -> list[Column[billing.FeeRow]]:
        return [
            Column(self.tr("Date"), lambda f: f.charged_on),
            Column(self.tr("Tenant"), lambda f: f.tenant_name, width=220),
            Column(self.tr("For"), lambda f: f.description, width=220),
            Column(self.tr("Amount"), lambda f: f.amount, right=True, text=money),
            Column(self.tr("Status"), lambda f: f.status),
        ]

    def _bounds(self) -> tuple[dt.date, dt.date]:
        first = month_of(self.month)
        return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

    def refresh(self) -> None:
        first, last = self._bounds()
        self.readings_model.set_rows(billing.list_readings(self.page.db, first, last))
        self.fees_model.set_rows(billing.list_fees(self.page.db, first, last))

    def _selected_reading(self) -> billing.ReadingRow | None:
        rows = self.readings.selectionModel().selectedRows()
        return self.readings_model.row_at(rows[0]) if rows else None

    def open_reading(self, existing: billing.ReadingRow | None) -> ReadingDialog:
        dialog = ReadingDialog(self.page.db, existing, self)
        dialog.accepted.connect(self.page.refresh_all)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _edit_reading(self) -> None:
        row = self._selected_reading()
        if row is not None:
            self.open_reading(row)

    def _remove_reading(self) -> None:
        row = self._selected_reading()
        if row is None or not messages.confirm(
            self,
            self.tr("Remove meter reading"),
            self.tr("Remove the reading of %1 on %2? If it was billed, the next run corrects it.")
            .replace("%1", row.unit_label)
            .replace("%2", row.read_on.isoformat()),
        ):
            return
        if succeeded(
            ErrorMessage(self, self.tr("Remove meter reading")),
            lambda: billing.remove_reading(self.page.db, row.id, row.version),
        ):
            self.page.refresh_all()

    def open_fee(self) -> FeeDialog:
        dialog = FeeDialog(self.page.db, self)
        dialog.accepted.connect(self.page.refresh_all)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _cancel_fee(self) -> None:
        rows = self.fees.selectionModel().selectedRows()
        fee = self.fees_model.row_at(rows[0]) if rows else None
        if fee is None or fee.status is not FeeStatus.ACTIVE:
            return
        if succeeded(
            ErrorMessage(self, self.tr("Cancel fee")),
            lambda: billing.cancel_fee(self.page.db, fee.id, fee.version),
        ):
            self.page.refresh_all()

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month:"))
        self.readings_box.setTitle(
            self.tr("Meter readings (the consumption since the last one is billed)")
        )
        self.add_reading.setText(self.tr("&New reading…"))
        self.edit_reading.setText(self.tr("&Correct…"))
        self.remove_reading.setText(self.tr("Remove…"))
        self.fees_box.setTitle(self.tr("One-off fees"))
        self.add_fee.setText(self.tr("New &fee…"))
        self.cancel_fee.setText(self.tr("Cancel fee"))
        self.readings_model.retranslate()
        self.fees_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ChargesTab"]
