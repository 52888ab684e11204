"""Create or change a fund or loan product."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.money import amount_text
from ...core.vocabularies import FundKind
from ...db import Database
from ...services import funding as fs
from ..toolkit import FieldErrors, attempt
from .fund_forms import read_money


class FundDialog(QDialog):
    """A fund's fields; saving goes through services.funding.save_fund."""

    def __init__(self, db: Database, row: fs.FundRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.row = row
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit fund") if row else self.tr("New fund"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in FundKind:
            self.kind.addItem(label(k), k.value)
        self.size_edit = QLineEdit()
        self.cap = QLineEdit()
        self.start_year = QSpinBox()
        self.start_year.setRange(1990, 2100)
        self.start_year.setValue(clock.today().year)
        self.rate = QLineEdit()
        self.interest_sub = QLineEdit()
        self.guarantee_sub = QLineEdit()
        self.open_check = QCheckBox(self.tr("Open for applications"))
        self.open_check.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Size or budget (¥):"), self.size_edit)
        form.addRow(self.tr("Per-deal &cap (¥):"), self.cap)
        form.addRow(self.tr("Start &year:"), self.start_year)
        self.loan_rows = [
            (self.tr("Interest &rate (%):"), self.rate),
            (self.tr("Interest subsidy 贴息 (%):"), self.interest_sub),
            (self.tr("Guarantee-fee subsidy 贴保 (%):"), self.guarantee_sub),
        ]
        for text, w in self.loan_rows:
            form.addRow(text, w)
        form.addRow("", self.open_check)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.form = form
        self.error = QLabel()
        self.errors = FieldErrors(
            self.error,
            {
                "name": self.name,
                "total_size": self.size_edit,
                "per_deal_cap": self.cap,
                "start_year": self.start_year,
                "interest_rate": self.rate,
                "interest_subsidy_share": self.interest_sub,
                "guarantee_fee_subsidy_share": self.guarantee_sub,
            },
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if row is not None:
            d = row.data
            self.name.setText(d.name)
            self.kind.setCurrentIndex(list(FundKind).index(d.kind))
            self.size_edit.setText(amount_text(d.total_size))
            self.cap.setText(amount_text(d.per_deal_cap))
            self.start_year.setValue(d.start_year)
            for w, v in (
                (self.rate, d.interest_rate),
                (self.interest_sub, d.interest_subsidy_share),
                (self.guarantee_sub, d.guarantee_fee_subsidy_share),
            ):
                w.setText("" if v is None else f"{v.normalize():f}")
            self.open_check.setChecked(d.open_for_applications)
            self.notes.setPlainText(d.notes)
        self._kind_changed()
        self.resize(460, self.sizeHint().height())

    def _kind_changed(self) -> None:
        loan = self.kind.currentData() == FundKind.LOAN.value
        for _text, w in self.loan_rows:
            w.setEnabled(loan)
            self.form.setRowVisible(w, loan)

    def data(self) -> fs.FundData | None:
        errors: dict[str, str] = {}
        size = read_money(self.size_edit, "total_size", errors)
        cap = read_money(self.cap, "per_deal_cap", errors)
        loan = self.kind.currentData() == FundKind.LOAN.value
        rate = read_money(self.rate, "interest_rate", errors) if loan else None
        isub = read_money(self.interest_sub, "interest_subsidy_share", errors) if loan else None
        gsub = (
            read_money(self.guarantee_sub, "guarantee_fee_subsidy_share", errors) if loan else None
        )
        if size is None and "total_size" not in errors:
            errors["total_size"] = self.tr("Give the fund's size or budget.")
        if errors:
            self.errors.show(errors)
            return None
        assert size is not None
        return fs.FundData(
            name=self.name.text(),
            kind=FundKind(self.kind.currentData()),
            total_size=size,
            start_year=self.start_year.value(),
            per_deal_cap=cap,
            interest_rate=rate,
            interest_subsidy_share=isub,
            guarantee_fee_subsidy_share=gsub,
            open_for_applications=self.open_check.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.data()
        if data is None:
            return
        row = self.row
        self.saved_id = attempt(
            self.errors,
            lambda: fs.save_fund(
                self.db,
                data,
                None if row is None else row.id,
                None if row is None else row.version,
            ),
        )
        if self.saved_id is not None:
            self.accept()
