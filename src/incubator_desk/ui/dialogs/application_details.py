"""The Details tab of an application's dialog: fund, tenant, amount, instrument, valuation,
stake, use of funds and milestones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.money import amount_text
from ...core.vocabularies import Instrument
from ...db import Database
from ...services import funding as fs
from ...services.tenants import tenant_choices
from ..toolkit import FieldErrors, attempt
from .fund_forms import read_money


class ApplicationDetailsTab(QWidget):
    """What is asked for and on what terms. A new application is created from here; an
    existing one is edited while it is still being assessed.

    Signals:
        saved(int): the application (its id) was created or changed.
    """

    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        tenant_id: int | None = None,
        fund_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: fs.ApplicationDetail | None = None
        self.funds = fs.funds(db)
        self.fund = QComboBox()
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.tenant.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for fund_row in self.funds:
            self.fund.addItem(fund_row.name, fund_row.id)
        for c in tenant_choices(db, open_only=False):
            self.tenant.addItem(c.name, c.id)
        if fund_id is not None:
            self.fund.setCurrentIndex(self.fund.findData(fund_id))
        self.tenant.setCurrentIndex(-1 if tenant_id is None else self.tenant.findData(tenant_id))
        self.amount = QLineEdit()
        self.instrument = QComboBox()
        for i in Instrument:
            self.instrument.addItem(label(i), i.value)
        self.pre_money = QLineEdit()
        self.stake = QLineEdit()
        self.stake.setPlaceholderText(self.tr("Worked out from the amount and valuation"))
        self.use_of_funds = QPlainTextEdit()
        self.use_of_funds.setMaximumHeight(70)
        self.milestones = QPlainTextEdit()
        self.milestones.setMaximumHeight(70)
        form = self.form = QFormLayout()
        form.addRow(self.tr("&Fund:"), self.fund)
        form.addRow(self.tr("&Tenant:"), self.tenant)
        form.addRow(self.tr("&Amount requested (¥):"), self.amount)
        form.addRow(self.tr("&Instrument:"), self.instrument)
        form.addRow(self.tr("&Pre-money valuation (¥):"), self.pre_money)
        form.addRow(self.tr("Resulting &stake (%):"), self.stake)
        form.addRow(self.tr("&Use of funds:"), self.use_of_funds)
        form.addRow(self.tr("&Milestones:"), self.milestones)
        self.error = QLabel()
        self.errors = FieldErrors(
            self.error,
            {
                "fund_id": self.fund,
                "tenant_id": self.tenant,
                "amount_requested": self.amount,
                "pre_money_valuation": self.pre_money,
                "stake_percent": self.stake,
            },
        )
        self.save = QPushButton(self.tr("&Save details"))
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.fund.currentIndexChanged.connect(self._fund_changed)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        # A new amount or valuation means a new stake: let the service work it out again.
        self.amount.textEdited.connect(lambda _t: self.stake.clear())
        self.pre_money.textEdited.connect(lambda _t: self.stake.clear())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addStretch(1)
        lay.addLayout(row)
        self._fund_changed()

    def load(self, d: fs.ApplicationDetail) -> None:
        self.detail = d
        self.fund.setCurrentIndex(self.fund.findData(d.data.fund_id))
        self.tenant.setCurrentIndex(self.tenant.findData(d.data.tenant_id))
        self.fund.setEnabled(False)
        self.tenant.setEnabled(False)
        self.amount.setText(amount_text(d.data.amount_requested))
        self.instrument.setCurrentIndex(self.instrument.findData(d.data.instrument.value))
        self.pre_money.setText(amount_text(d.data.pre_money_valuation))
        self.stake.setText("" if d.data.stake_percent is None else f"{d.data.stake_percent:.2f}")
        self.use_of_funds.setPlainText(d.data.use_of_funds)
        self.milestones.setPlainText(d.data.milestones)
        for w in (self.amount, self.instrument, self.use_of_funds, self.milestones, self.save):
            w.setEnabled(d.editable)
        self._instrument_changed()

    def _instrument_changed(self) -> None:
        """A valuation and a stake mean something only for equity and convertible notes: a
        grant or a loan does not show them (and saves none)."""
        investment = Instrument(self.instrument.currentData()) in fs.INVESTMENT_INSTRUMENTS
        editable = self.detail is None or self.detail.editable
        for w in (self.pre_money, self.stake):
            self.form.setRowVisible(w, investment)
            w.setEnabled(investment and editable)

    def _fund_changed(self) -> None:
        """A new application takes the chosen fund's kind as its instrument."""
        if self.detail is not None:
            return
        for row in self.funds:
            if row.id == self.fund.currentData():
                self.instrument.setCurrentIndex(self.instrument.findData(row.data.kind.value))

    def _tenant_id(self) -> int | None:
        """The tenant chosen, or typed in full (the completer's popup may not have been used)."""
        index = self.tenant.currentIndex()
        if index < 0 or self.tenant.currentText() != self.tenant.itemText(index):
            index = self.tenant.findText(self.tenant.currentText())
        tenant_id = self.tenant.itemData(index) if index >= 0 else None
        return None if tenant_id is None else int(tenant_id)

    def data(self) -> fs.ApplicationData | None:
        """The form's application, or None after showing what is wrong with it."""
        errors: dict[str, str] = {}
        amount = read_money(self.amount, "amount_requested", errors)
        investment = Instrument(self.instrument.currentData()) in fs.INVESTMENT_INSTRUMENTS
        pre = read_money(self.pre_money, "pre_money_valuation", errors) if investment else None
        stake = read_money(self.stake, "stake_percent", errors) if investment else None
        tenant_id = self._tenant_id()
        fund_id = self.fund.currentData()
        if tenant_id is None:
            errors["tenant_id"] = self.tr("Choose a tenant from the list.")
        if fund_id is None:
            errors["fund_id"] = self.tr("Choose a fund.")
        if amount is None and "amount_requested" not in errors:
            errors["amount_requested"] = self.tr("Give the amount requested.")
        if errors or amount is None or tenant_id is None:
            self.errors.show(errors)
            return None
        return fs.ApplicationData(
            fund_id=int(fund_id),
            tenant_id=tenant_id,
            amount_requested=amount,
            instrument=Instrument(self.instrument.currentData()),
            pre_money_valuation=pre,
            stake_percent=stake,
            use_of_funds=self.use_of_funds.toPlainText(),
            milestones=self.milestones.toPlainText(),
        )

    def _save(self) -> None:
        data = self.data()
        if data is None:
            return
        d = self.detail

        def save() -> int:
            if d is None:
                return fs.create_application(self.db, data)
            fs.update_application(self.db, d.id, data, d.version)
            return d.id

        app_id = attempt(self.errors, save)
        if app_id is not None:
            self.saved.emit(app_id)
