"""One bill in the window: what it charges line by line (the subsidy on its own line), what
paid it, the corrections made since; print it, or cancel it with a reason."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.labels import label
from ....core.money import money
from ....core.vocabularies import BillKind, BillStatus, ChargeKind
from ....db import Database
from ....reports import dispatch
from ....services import billing
from ... import i18n
from ...toolkit import Column, RowsModel, rows_view
from .documents import show_document
from .forms import ReasonDialog


def quantity_text(value: Decimal | None) -> str:
    """Days, m², kWh or hours as written: ``30``, ``18.5``, ``2.5``."""
    if value is None:
        return ""
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def line_period(line: billing.LineRow) -> str:
    if line.service_from == line.service_to:
        return line.service_from.isoformat()
    return f"{line.service_from:%m-%d} – {line.service_to:%m-%d}"


class BillDialog(QDialog):
    """A bill, adjustment or credit note.

    Signals:
        changed(): the bill was cancelled.
    """

    changed = Signal()

    def __init__(self, db: Database, bill_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.bill_id = db, bill_id
        self.detail: billing.BillDetail | None = None
        self.head = QLabel()
        self.head.setObjectName("pageTitle")
        self.facts = QFormLayout()
        self.lines_model: RowsModel[billing.LineRow] = RowsModel(self._line_columns, parent=self)
        self.lines = rows_view(self.lines_model)
        self.paid_model: RowsModel[billing.SettlementRow] = RowsModel(
            self._paid_columns, parent=self
        )
        self.paid = rows_view(self.paid_model)
        self.paid_box = QGroupBox(self.tr("Paid or cleared by"))
        QVBoxLayout(self.paid_box).addWidget(self.paid)
        self.totals = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print or save…"))
        self.cancel_button = QPushButton(self.tr("&Cancel bill…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_bill)
        self.cancel_button.clicked.connect(self.cancel_bill)
        box = QVBoxLayout(self)
        box.addWidget(self.head)
        box.addLayout(self.facts)
        box.addWidget(self.lines, 3)
        box.addWidget(self.totals)
        box.addWidget(self.note)
        box.addWidget(self.paid_box, 1)
        box.addWidget(buttons)
        self.resize(900, 620)
        self.refresh()

    def _line_columns(self) -> list[Column[billing.LineRow]]:
        return [
            Column(self.tr("Item"), lambda ln: ln.kind, width=110),
            Column(self.tr("For"), lambda ln: ln.label, width=150),
            Column(self.tr("Days / from – to"), line_period, width=120),
            Column(self.tr("Quantity"), lambda ln: ln.quantity, right=True, text=quantity_text),
            Column(self.tr("Price"), lambda ln: ln.unit_price, right=True, text=money),
            Column(
                self.tr("Billed before"),
                lambda ln: ln.previous_amount,
                right=True,
                text=lambda v: money(v) if v is not None else "",
            ),
            Column(self.tr("Amount"), lambda ln: ln.amount, right=True, text=money),
        ]

    def _paid_columns(self) -> list[Column[billing.SettlementRow]]:
        return [
            Column(self.tr("Date"), lambda p: p.settled_on),
            Column(self.tr("By"), lambda p: p.by),
            Column(self.tr("Amount"), lambda p: p.amount, right=True, text=money),
        ]

    def refresh(self) -> None:
        d = billing.bill_detail(self.db, self.bill_id)
        self.detail = d
        b = d.bill
        self.setWindowTitle(f"{label(b.kind)} {b.number}")
        self.head.setText(f"{label(b.kind)} {b.number} · {b.tenant_name}")
        while self.facts.rowCount():
            self.facts.removeRow(0)
        period = f"{b.period_start:%Y-%m}"
        if b.period_end.month != b.period_start.month:
            period += f" – {b.period_end:%Y-%m}"
        self.facts.addRow(self.tr("Billing period:"), QLabel(period))
        self.facts.addRow(
            self.tr("Issued / due:"), QLabel(f"{b.issued_on.isoformat()} / {b.due_on.isoformat()}")
        )
        self.facts.addRow(self.tr("Status:"), QLabel(label(b.status)))
        if b.corrects:
            self.facts.addRow(self.tr("Corrects:"), QLabel(b.corrects))
        if d.corrections:
            self.facts.addRow(self.tr("Corrected by:"), QLabel(", ".join(d.corrections)))
        self.lines_model.set_rows(d.lines)
        self.paid_model.set_rows(d.settlements)
        subsidy = -sum((ln.amount for ln in d.lines if ln.kind is ChargeKind.SUBSIDY), Decimal(0))
        text = self.tr("Total %1").replace("%1", money(b.total))
        if subsidy:
            text += "  ·  " + self.tr("of which rent subsidy %1").replace("%1", money(-subsidy))
        if b.kind is not BillKind.CREDIT_NOTE and b.status is BillStatus.ISSUED:
            text += "  ·  " + self.tr("paid %1  ·  left to pay %2").replace(
                "%1", money(b.paid)
            ).replace("%2", money(b.open))
        self.totals.setText(text)
        self.note.setText(
            self.tr("Cancelled on %1: %2")
            .replace("%1", d.cancelled_on.isoformat() if d.cancelled_on else "")
            .replace("%2", b.cancel_reason)
            if b.status is BillStatus.CANCELLED
            else ""
        )
        self.cancel_button.setEnabled(b.status is BillStatus.ISSUED)

    def print_bill(self) -> None:
        if self.detail is None:
            return
        db, ids, number = self.db, [self.bill_id], self.detail.bill.number
        show_document(
            self,
            self.tr("Bill %1").replace("%1", number),
            number,
            lambda lang, progress: dispatch.build_bills(db, ids, lang, progress_to=progress),
            i18n.name_language(),
        )

    def cancel_bill(self) -> None:
        d = self.detail
        if d is None:
            return
        db, bill_id, version = self.db, self.bill_id, d.bill.version
        dialog = ReasonDialog(
            self.tr("Cancel bill"),
            f"{d.bill.number} · {d.bill.tenant_name} · {money(d.bill.total)}",
            lambda reason: billing.cancel_bill(db, bill_id, reason, expected_version=version),
            self,
        )
        dialog.accepted.connect(self._cancelled)
        dialog.open()
        self.reason_dialog = dialog

    def _cancelled(self) -> None:
        self.refresh()
        self.changed.emit()


__all__ = ["BillDialog"]
