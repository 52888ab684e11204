"""The Billing page's small forms: cancel with a reason, a meter reading, a one-off fee, a
deposit received or returned; and the month and money fields they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QWidget,
)

from ....core import clock
from ....core.errors import ValidationError
from ....core.labels import label
from ....core.vocabularies import MeterKind, PaymentMethod
from ....db import Database
from ....services import billing
from ....services.tenants import tenant_choices
from ...widgets.spaces_form import (
    FormDialog,
    combo_value,
    date_edit,
    from_qdate,
    tenant_combo,
    to_qdate,
)

MAX_AMOUNT = 1e10


def month_edit(day: dt.date | None = None) -> QDateEdit:
    """A month picker showing ``2026-11``."""
    today = day or clock.today()
    edit = QDateEdit(QDate(today.year, today.month, 1))
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    return edit


def month_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), 1)


def money_edit(minimum: float = 0.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, MAX_AMOUNT)
    spin.setDecimals(2)
    spin.setPrefix("¥ ")
    spin.setGroupSeparatorShown(True)
    return spin


def amount(spin: QDoubleSpinBox) -> Decimal:
    """The amount typed, to the fen (never through a float's binary digits)."""
    return Decimal(f"{spin.value():.2f}")


def method_combo(with_deposit: bool = False) -> QComboBox:
    combo = QComboBox()
    for m in PaymentMethod:
        if m is PaymentMethod.DEPOSIT and not with_deposit:
            continue
        combo.addItem(label(m), m)
    return combo


class ReasonDialog(FormDialog):
    """Cancel something with the reason written down: `cancel(reason)` does it."""

    def __init__(
        self, title: str, what: str, cancel: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.cancel = cancel
        self.what = self.add_row(self.tr("Cancel:"), QLineEdit(what))
        self.what.setReadOnly(True)
        self.reason = self.add_row(self.tr("&Reason:"), QLineEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (kept with it)"))
        self.resize(460, self.sizeHint().height())

    def submit(self) -> int:
        self.cancel(self.reason.text())
        return 0


class ReadingDialog(FormDialog):
    """A meter reading of a unit, or the correction of one."""

    def __init__(
        self,
        db: Database,
        existing: billing.ReadingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = db, existing
        self.setWindowTitle(
            self.tr("Correct a meter reading") if existing else self.tr("New meter reading")
        )
        self.unit = self.add_row(self.tr("&Unit:"), QComboBox(), "unit_id")
        for uid, text in billing.metered_units(db):
            self.unit.addItem(text, uid)
        self.kind = self.add_row(self.tr("&Meter:"), QComboBox(), "kind")
        for k in MeterKind:
            self.kind.addItem(label(k), k)
        self.day = self.add_row(self.tr("&Read on:"), date_edit(clock.today()), "read_on")
        self.value = self.add_row(self.tr("R&eading:"), QDoubleSpinBox(), "value")
        self.value.setRange(0, MAX_AMOUNT)
        self.value.setDecimals(3)
        self.value.setGroupSeparatorShown(True)
        self.notes = self.add_row(self.tr("&Notes:"), QLineEdit(), "notes")
        if existing is not None:
            self.unit.setCurrentIndex(max(self.unit.findData(existing.unit_id), 0))
            self.kind.setCurrentIndex(max(self.kind.findData(existing.kind), 0))
            self.day.setDate(to_qdate(existing.read_on))
            self.value.setValue(float(existing.value))
            self.notes.setText(existing.notes)
        self.resize(420, self.sizeHint().height())

    def submit(self) -> int:
        e = self.existing
        return billing.save_reading(
            self.db,
            self.unit.currentData(),
            self.kind.currentData(),
            from_qdate(self.day.date()),
            Decimal(f"{self.value.value():.3f}"),
            self.notes.text(),
            reading_id=e.id if e is not None else None,
            expected_version=e.version if e is not None else None,
        )


class FeeDialog(FormDialog):
    """A service fee charged once to a tenant."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("New one-off fee"))
        self.tenant = self.add_row(
            self.tr("&Tenant:"),
            tenant_combo(tenant_choices(db, open_only=False), self.tr("Type part of the name…")),
            "tenant_id",
        )
        self.day = self.add_row(self.tr("&Date:"), date_edit(clock.today()), "charged_on")
        self.description = self.add_row(self.tr("&For:"), QLineEdit(), "description")
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("e.g. a replacement key card"))
        self.amount = self.add_row(self.tr("&Amount:"), money_edit(-MAX_AMOUNT), "amount")
        self.resize(460, self.sizeHint().height())

    def submit(self) -> int:
        tenant = combo_value(self.tenant)
        if tenant is None:
            raise ValidationError({"tenant_id": self.tr("Choose a tenant from the list.")})
        return billing.add_fee(
            self.db,
            tenant,
            from_qdate(self.day.date()),
            self.description.text(),
            amount(self.amount),
        )


class DepositDialog(FormDialog):
    """A deposit received from a tenant, or returned to it."""

    def __init__(
        self, db: Database, tenant_id: int, returning: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tenant_id, self.returning = db, tenant_id, returning
        self.setWindowTitle(self.tr("Return deposit") if returning else self.tr("Deposit received"))
        self.day = self.add_row(self.tr("&Date:"), date_edit(clock.today()), "moved_on")
        self.amount = self.add_row(self.tr("&Amount:"), money_edit(), "amount")
        if returning:
            self.amount.setValue(float(billing.deposit_held(db, tenant_id)))
        self.method = self.add_row(self.tr("&How:"), method_combo(), "method")
        self.reference = self.add_row(self.tr("&Reference:"), QLineEdit(), "reference")
        self.resize(420, self.sizeHint().height())

    def submit(self) -> int:
        act = billing.return_deposit if self.returning else billing.receive_deposit
        return act(
            self.db,
            self.tenant_id,
            from_qdate(self.day.date()),
            amount(self.amount),
            self.method.currentData(),
            self.reference.text(),
        )


__all__ = [
    "DepositDialog",
    "FeeDialog",
    "ReadingDialog",
    "ReasonDialog",
    "amount",
    "method_combo",
    "money_edit",
    "month_edit",
    "month_of",
]
