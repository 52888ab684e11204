"""The Billing tab of a tenant's window: the arrears flag, its billing terms, balance, bills,
payments and deposit; and the flag the window's heading shows for a tenant in arrears."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.labels import label
from ....core.money import money
from ....core.vocabularies import BillingCycle
from ....db import Database
from ....reports import dispatch
from ....services import billing
from ... import i18n, messages
from ...toolkit import ERROR_COLOUR, Column, ErrorMessage, RowsModel, attempt, rows_view
from ...widgets.spaces_form import FormDialog
from .bill_dialog import BillDialog
from .bills_tab import bill_state
from .documents import DocumentDialog, show_document
from .forms import DepositDialog
from .payments import PaymentDialog


def arrears_text(position: billing.AgeingRow) -> str | None:
    """ "In arrears: ¥… overdue, the oldest … days" for a tenant with bills past due."""
    if position.overdue <= 0:
        return None
    return (
        QCoreApplication.translate("TenantBillingTab", "In arrears: %1 overdue, the oldest %2 days")
        .replace("%1", money(position.overdue))
        .replace("%2", str(position.oldest_days))
    )


def arrears_flag(db: Database, tenant_id: int) -> str | None:
    """The tenant window's flag (extensions.TENANT_FLAGS): its arrears today, or None."""
    return arrears_text(billing.tenant_position(db, tenant_id))


class TenantBillingTab(QWidget):
    """A tenant's account: terms, what it owes by age, its bills, payments and deposit."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.terms: billing.Terms | None = None
        self.position: billing.AgeingRow | None = None
        self.dialog: FormDialog | BillDialog | DocumentDialog | None = None
        self.flag = QLabel()
        self.flag.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.flag.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.cycle_label = QLabel()
        self.cycle = QComboBox()
        for c in BillingCycle:
            self.cycle.addItem(label(c), c)
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(-1, 365)
        self.save_terms = QPushButton()
        terms = QHBoxLayout()
        for w in (self.cycle_label, self.cycle, self.days_label, self.days, self.save_terms):
            terms.addWidget(w)
        terms.addStretch(1)
        self.bills_model: RowsModel[billing.BillRow] = RowsModel(self._bill_columns, parent=self)
        self.bills = rows_view(self.bills_model)
        self.bills_box = QGroupBox()
        QVBoxLayout(self.bills_box).addWidget(self.bills)
        self.payments_model: RowsModel[billing.PaymentRow] = RowsModel(
            self._payment_columns, parent=self
        )
        self.payments = rows_view(self.payments_model)
        self.payments_box = QGroupBox()
        QVBoxLayout(self.payments_box).addWidget(self.payments)
        self.deposits_model: RowsModel[billing.DepositMoveRow] = RowsModel(
            self._deposit_columns, parent=self
        )
        self.deposits = rows_view(self.deposits_model)
        self.deposits_box = QGroupBox()
        QVBoxLayout(self.deposits_box).addWidget(self.deposits)
        self.pay = QPushButton()
        self.statement = QPushButton()
        self.receive = QPushButton()
        self.give_back = QPushButton()
        self.exit = QPushButton()
        actions = QHBoxLayout()
        for b in (self.pay, self.statement, self.receive, self.give_back, self.exit):
            actions.addWidget(b)
        actions.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.flag)
        lay.addWidget(self.summary)
        lay.addLayout(terms)
        lay.addWidget(self.bills_box, 3)
        lay.addWidget(self.payments_box, 2)
        lay.addWidget(self.deposits_box, 1)
        lay.addLayout(actions)
        self.save_terms.clicked.connect(self._save_terms)
        self.bills.doubleClicked.connect(lambda _i: self._open_bill())
        self.pay.clicked.connect(self._record_payment)
        self.statement.clicked.connect(self.show_statement)
        self.receive.clicked.connect(lambda: self._deposit(returning=False))
        self.give_back.clicked.connect(lambda: self._deposit(returning=True))
        self.exit.clicked.connect(self._settle_at_exit)
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantBillingTab", "Billing")

    def _bill_columns(self) -> list[Column[billing.BillRow]]:
        return [
            Column(self.tr("Number"), lambda b: b.number, width=110),
            Column(self.tr("Kind"), lambda b: b.kind),
            Column(self.tr("Period"), lambda b: f"{b.period_start:%Y-%m}"),
            Column(self.tr("Issued"), lambda b: b.issued_on),
            Column(self.tr("Due"), lambda b: b.due_on),
            Column(self.tr("Total"), lambda b: b.total, right=True, text=money),
            Column(self.tr("Left to pay"), lambda b: b.open, right=True, text=money),
            Column(self.tr("Status"), bill_state, tooltip=lambda b: b.cancel_reason),
        ]

    def _payment_columns(self) -> list[Column[billing.PaymentRow]]:
        return [
            Column(self.tr("Receipt"), lambda p: p.number, width=110),
            Column(self.tr("Received on"), lambda p: p.received_on),
            Column(self.tr("Amount"), lambda p: p.amount, right=True, text=money),
            Column(self.tr("How"), lambda p: p.method),
            Column(self.tr("Invoice number"), lambda p: p.invoice_number),
            Column(self.tr("Paid bills"), lambda p: p.bills, width=200),
            Column(self.tr("Status"), lambda p: p.status),
        ]

    def _deposit_columns(self) -> list[Column[billing.DepositMoveRow]]:
        return [
            Column(self.tr("Date"), lambda m: m.moved_on),
            Column(self.tr("Deposit"), lambda m: m.kind),
            Column(self.tr("Amount"), lambda m: m.amount, right=True, text=money),
            Column(self.tr("Reference"), lambda m: m.reference or m.payment_number),
        ]

    def refresh(self) -> None:
        db, tid = self.db, self.tenant_id
        self.terms = billing.tenant_terms(db, tid)
        self.position = billing.tenant_position(db, tid)
        self.cycle.setCurrentIndex(max(self.cycle.findData(self.terms.cycle), 0))
        self.days.setValue(-1 if self.terms.due_days is None else self.terms.due_days)
        self.bills_model.set_rows(billing.list_bills(db, tenant_id=tid))
        self.payments_model.set_rows(billing.list_payments(db, tenant_id=tid))
        self.deposits_model.set_rows(billing.deposit_moves(db, tid))
        self._show_position()

    def _show_position(self) -> None:
        pos = self.position
        if pos is None:
            return
        flag = arrears_text(pos)
        self.flag.setText(flag or "")
        self.flag.setVisible(flag is not None)
        self.summary.setText(
            self.tr(
                "Balance %1: not yet due %2, overdue %3 (over 90 days %4); on account %5; "
                "deposit held %6"
            )
            .replace("%1", money(pos.balance))
            .replace("%2", money(pos.not_due))
            .replace("%3", money(pos.overdue))
            .replace("%4", money(pos.buckets[3]))
            .replace("%5", money(pos.on_account))
            .replace("%6", money(pos.deposit))
        )
        self.give_back.setEnabled(pos.deposit > 0)
        self.exit.setEnabled(pos.deposit > 0)

    def _save_terms(self) -> None:
        version = self.terms.version if self.terms is not None else None
        days = self.days.value()
        saved = attempt(
            ErrorMessage(self, self.tr("Billing terms")),
            lambda: billing.save_terms(
                self.db,
                self.tenant_id,
                self.cycle.currentData(),
                None if days < 0 else days,
                expected_version=version,
            ),
        )
        if saved is not None:
            self.refresh()

    def _open_bill(self) -> None:
        rows = self.bills.selectionModel().selectedRows()
        bill = self.bills_model.row_at(rows[0]) if rows else None
        if bill is not None:
            dialog = BillDialog(self.db, bill.id, self)
            dialog.changed.connect(self.refresh)
            dialog.show()
            self.dialog = dialog

    def _record_payment(self) -> None:
        dialog = PaymentDialog(self.db, self.tenant_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog

    def show_statement(self) -> DocumentDialog:
        db, tid = self.db, self.tenant_id
        end = clock.today()
        start = end.replace(month=1, day=1)
        dialog = show_document(
            self,
            self.tr("Statement of account"),
            self.tr("Statement %1").replace("%1", end.isoformat()),
            lambda lang, progress: dispatch.build_statement(
                db, tid, start, end, lang, progress_to=progress
            ),
            i18n.name_language(),
        )
        self.dialog = dialog
        return dialog

    def _deposit(self, returning: bool) -> None:
        dialog = DepositDialog(self.db, self.tenant_id, returning, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog

    def _settle_at_exit(self) -> None:
        pos = self.position
        if pos is None or not messages.confirm(
            self,
            self.tr("Settle the deposit at exit"),
            self.tr(
                "The deposit of %1 first pays the %2 still owed, and the rest is recorded as "
                "returned today. Go ahead?"
            )
            .replace("%1", money(pos.deposit))
            .replace("%2", money(max(pos.balance, Decimal(0)))),
        ):
            return
        done = attempt(
            ErrorMessage(self, self.tr("Settle the deposit at exit")),
            lambda: billing.settle_deposit_at_exit(self.db, self.tenant_id, clock.today()),
        )
        if done is not None:
            self.refresh()
            messages.info(
                self,
                self.tr("Settle the deposit at exit"),
                self.tr("%1 paid the bills still open; %2 is to be returned.")
                .replace("%1", money(done.applied))
                .replace("%2", money(done.returned)),
            )

    def retranslate(self) -> None:
        self.cycle_label.setText(self.tr("Billed:"))
        self.days_label.setText(self.tr("Days to pay:"))
        self.days.setSpecialValueText(self.tr("the default"))
        self.save_terms.setText(self.tr("Save terms"))
        self.bills_box.setTitle(self.tr("Bills"))
        self.payments_box.setTitle(self.tr("Payments"))
        self.deposits_box.setTitle(self.tr("Deposit (押金)"))
        self.pay.setText(self.tr("Record a &payment…"))
        self.statement.setText(self.tr("S&tatement…"))
        self.receive.setText(self.tr("Deposit received…"))
        self.give_back.setText(self.tr("Return deposit…"))
        self.exit.setText(self.tr("Settle deposit at exit…"))
        for model in (self.bills_model, self.payments_model, self.deposits_model):
            model.retranslate()
        self._show_position()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["TenantBillingTab", "arrears_flag", "arrears_text"]
