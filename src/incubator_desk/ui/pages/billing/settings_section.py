"""Settings → Billing: days to pay and to answer a reminder, the payee's bank account, the
prices from a date (物业费, electricity, water, meeting rooms) and the account codes (科目)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.i18n import QT_TRANSLATE_NOOP, Translator
from ....core.labels import label
from ....core.vocabularies import ChargeKind, PaymentMethod, RateKind
from ....db import Database
from ....services import billing
from ....services.access import Action
from ...toolkit import Column, ErrorMessage, FieldErrors, RowsModel, attempt, rows_view, succeeded
from ...widgets.spaces_form import FormDialog, date_edit, from_qdate

_t = Translator("BillingSettings")

# What each account code is for, for the keys that are not a charge kind or a payment method.
OTHER_ACCOUNTS = {
    "receivable": QT_TRANSLATE_NOOP("BillingSettings", "Receivable (应收账款)"),
    "deposit": QT_TRANSLATE_NOOP("BillingSettings", "Deposits held"),
}


def account_name(key: str) -> str:
    if key in OTHER_ACCOUNTS:
        return _t(OTHER_ACCOUNTS[key])
    if key in ChargeKind._value2member_map_:
        return _t(QT_TRANSLATE_NOOP("BillingSettings", "Income: %1")).replace(
            "%1", label(ChargeKind(key))
        )
    return _t(QT_TRANSLATE_NOOP("BillingSettings", "Received by: %1")).replace(
        "%1", label(PaymentMethod(key))
    )


class RateDialog(FormDialog):
    """A price from a day on."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("New price"))
        self.kind = self.add_row(self.tr("&Price of:"), QComboBox(), "kind")
        for k in RateKind:
            self.kind.addItem(label(k), k)
        self.day = self.add_row(self.tr("&From:"), date_edit(clock.today()), "valid_from")
        self.rate = self.add_row(self.tr("&Price (¥):"), QDoubleSpinBox(), "rate")
        self.rate.setGroupSeparatorShown(True)
        self.rate.setRange(0, 1e7)
        self.rate.setDecimals(4)
        self.notes = self.add_row(self.tr("&Notes:"), QLineEdit(), "notes")
        self.resize(420, self.sizeHint().height())

    def submit(self) -> int:
        return billing.save_rate(
            self.db,
            self.kind.currentData(),
            from_qdate(self.day.date()),
            Decimal(f"{self.rate.value():.4f}"),
            self.notes.text(),
        )


class BillingSettings(QWidget):
    """The billing rules shared by everyone using the database."""

    required_action = Action.BILLING  # finance keeps the prices and terms, not only administrators

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stored: billing.StoredBillingRules | None = None
        self.dialog: RateDialog | None = None
        self.rules_box = QGroupBox()
        form = QFormLayout(self.rules_box)
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 365)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 365)
        self.payee = QLineEdit()
        self.bank = QLineEdit()
        self.account = QLineEdit()
        self.labels = [QLabel() for _ in range(5)]
        for lab, w in zip(
            self.labels,
            (self.due_days, self.reminder_days, self.payee, self.bank, self.account),
            strict=True,
        ):
            lab.setBuddy(w)
            form.addRow(lab, w)
        self.codes = QTableWidget(0, 2)
        self.codes.setTabKeyNavigation(False)  # Tab goes on to Save; arrows move in the grid
        self.codes.verticalHeader().setVisible(False)
        self.codes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.codes_box = QGroupBox()
        QVBoxLayout(self.codes_box).addWidget(self.codes)
        self.errors = FieldErrors(
            None,
            {"due_days": self.due_days, "reminder_days": self.reminder_days, "code": self.codes},
        )
        self.save = QPushButton()
        save_row = QHBoxLayout()
        save_row.addWidget(self.errors.summary, 1)
        save_row.addStretch(1)
        save_row.addWidget(self.save)
        self.rates_model: RowsModel[billing.RateRow] = RowsModel(self._rate_columns, parent=self)
        self.rates = rows_view(self.rates_model)
        self.add_rate = QPushButton()
        self.remove_rate = QPushButton()
        self.rates_box = QGroupBox()
        rl = QVBoxLayout(self.rates_box)
        self.rates_help = QLabel()
        self.rates_help.setWordWrap(True)
        rl.addWidget(self.rates_help)
        rl.addWidget(self.rates)
        rb = QHBoxLayout()
        rb.addWidget(self.add_rate)
        rb.addWidget(self.remove_rate)
        rb.addStretch(1)
        rl.addLayout(rb)
        left = QVBoxLayout()
        left.addWidget(self.rules_box)
        left.addWidget(self.rates_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.codes_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(columns, 1)
        lay.addLayout(save_row)
        self.save.clicked.connect(self.save_rules)
        self.add_rate.clicked.connect(self.new_rate)
        self.remove_rate.clicked.connect(self._remove_rate)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("BillingSettings", "Billing")

    def _rate_columns(self) -> list[Column[billing.RateRow]]:
        return [
            Column(self.tr("Price of"), lambda r: r.kind, width=220),
            Column(self.tr("From"), lambda r: r.valid_from),
            Column(self.tr("Price (¥)"), lambda r: r.rate, right=True, text=lambda v: f"{v:,.4f}"),
            Column(self.tr("Notes"), lambda r: r.notes),
        ]

    def refresh(self) -> None:
        self.stored = billing.load_rules(self.db)
        r = self.stored.rules
        self.due_days.setValue(r.due_days)
        self.reminder_days.setValue(r.reminder_days)
        self.payee.setText(r.payee)
        self.bank.setText(r.bank)
        self.account.setText(r.bank_account)
        keys = list(billing.DEFAULT_ACCOUNT_CODES)
        self.codes.setRowCount(len(keys))
        for i, key in enumerate(keys):
            what = QTableWidgetItem(account_name(key))
            what.setData(Qt.ItemDataRole.UserRole, key)  # the key the code is saved under
            what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.codes.setItem(i, 0, what)
            self.codes.setItem(i, 1, QTableWidgetItem(r.code(key)))
        self.rates_model.set_rows(billing.list_rates(self.db))
        self.errors.clear()

    def save_rules(self) -> None:
        if self.stored is None:
            return
        codes = {}
        for i in range(self.codes.rowCount()):
            key_item, code_item = self.codes.item(i, 0), self.codes.item(i, 1)
            if key_item is not None:
                key = str(key_item.data(Qt.ItemDataRole.UserRole))
                codes[key] = code_item.text() if code_item is not None else ""
        rules = replace(
            self.stored.rules,
            due_days=self.due_days.value(),
            reminder_days=self.reminder_days.value(),
            payee=self.payee.text(),
            bank=self.bank.text(),
            bank_account=self.account.text(),
            account_codes=codes,
        )
        version = self.stored.version
        if attempt(self.errors, lambda: billing.save_rules(self.db, rules, version)) is not None:
            self.refresh()

    def new_rate(self) -> RateDialog:
        dialog = RateDialog(self.db, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _remove_rate(self) -> None:
        rows = self.rates.selectionModel().selectedRows()
        rate = self.rates_model.row_at(rows[0]) if rows else None
        if rate is not None and succeeded(
            ErrorMessage(self, self.tr("Remove price")),
            lambda: billing.remove_rate(self.db, rate.id, rate.version),
        ):
            self.refresh()

    def retranslate(self) -> None:
        self.rules_box.setTitle(self.tr("Bills and reminders"))
        for lab, text in zip(
            self.labels,
            (
                self.tr("Days to &pay a bill:"),
                self.tr("Days a &reminder gives:"),
                self.tr("Pa&yee:"),
                self.tr("&Bank:"),
                self.tr("Bank &account:"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.codes_box.setTitle(self.tr("Account codes (科目) of the finance export"))
        self.codes.setHorizontalHeaderLabels([self.tr("Booked"), self.tr("Account code")])
        self.save.setText(self.tr("&Save"))
        self.rates_box.setTitle(self.tr("Prices"))
        self.rates_help.setText(
            self.tr(
                "A price holds from its day until the next one of its kind: a new price is a "
                "new row, so months billed keep theirs."
            )
        )
        self.add_rate.setText(self.tr("&New price…"))
        self.remove_rate.setText(self.tr("Remove"))
        self.rates_model.retranslate()
        if self.stored is not None:
            for i in range(self.codes.rowCount()):
                item = self.codes.item(i, 0)
                if item is not None:
                    item.setText(account_name(str(item.data(Qt.ItemDataRole.UserRole))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["BillingSettings", "RateDialog"]
