"""The spaces dialogs' base and pickers: a form whose service errors appear next to the fields
they name (the toolkit's FieldErrors) while the dialog stays open, so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services.tenants import TenantChoice
from ..toolkit import FieldErrors, succeeded

W = TypeVar("W", bound=QWidget)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def tenant_combo(choices: list[TenantChoice], placeholder: str = "") -> QComboBox:
    """A tenant picker that filters as the operator types any part of the name."""
    combo = QComboBox()
    for c in choices:
        combo.addItem(c.name, c.id)
    searchable(combo, placeholder)
    combo.setCurrentIndex(-1)
    return combo


def searchable(combo: QComboBox, placeholder: str = "") -> QComboBox:
    """Let a filled combo box be searched by typing any part of an item's text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if placeholder and line is not None:
        line.setPlaceholderText(placeholder)
    return combo


def combo_value(combo: QComboBox) -> Any:
    """The data of the item whose text is typed, or None."""
    i = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return combo.itemData(i) if i >= 0 else None


class FormDialog(QDialog):
    """A form: each field added with its service field name gets its message under it; the
    messages no field takes appear above the buttons (`errors.summary`). Subclasses implement
    `submit()`, which saves through the service and returns the saved record's id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.errors = FieldErrors()
        outer.addWidget(self.errors.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.saved_id: int | None = None

    def add_row(self, caption: str, widget: W, field: str = "") -> W:
        """Add `caption: widget`; with `field`, the service's messages for it show under it."""
        if field:  # a QLabel caption, so that its &-mnemonic goes to the field
            self.errors.add_row(self.form, field, QLabel(caption), widget)
        else:
            self.form.addRow(caption, widget)
        return widget

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the form's row holding `widget` (its caption too)."""
        role = QFormLayout.ItemRole.FieldRole
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, role)
            if item is None:
                continue
            inner = item.layout()
            if item.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0):
                self.form.setRowVisible(row, visible)
                return

    def submit(self) -> int:
        """Save the form through the service and return the saved id. Override."""
        raise NotImplementedError

    def _save(self) -> None:
        def save() -> None:
            self.saved_id = self.submit()

        if succeeded(self.errors, save):
            self.accept()
