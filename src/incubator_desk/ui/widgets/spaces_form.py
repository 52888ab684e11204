"""A dialog base for the spaces forms: field messages shown next to the fields, and a
general message for conflicts, while the dialog stays open so nothing typed is lost."""

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

from ...core.errors import ServiceError, ValidationError

ERROR_STYLE = "color:#c62828;"
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


def tenant_combo(choices: list[tuple[int, str]]) -> QComboBox:
    """A tenant picker that filters as the operator types any part of the name."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for tid, name in choices:
        combo.addItem(name, tid)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    return combo


def combo_value(combo: QComboBox) -> Any:
    """The data of the item whose text is typed, or None."""
    i = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return combo.itemData(i) if i >= 0 else None


class FormDialog(QDialog):
    """A form with a message line under each field and one for the whole form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setObjectName("generalError")
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._errors: dict[str, QLabel] = {}
        self.saved_id: int | None = None

    def add_row(self, label: str, widget: W, field: str = "") -> W:
        if not field:
            self.form.addRow(label, widget)
            return widget
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setWordWrap(True)
        err.setStyleSheet(ERROR_STYLE)
        err.setObjectName(f"error_{field}")
        err.hide()
        lay.addWidget(err)
        self._errors[field] = err
        self.form.addRow(label, box)
        return widget

    def _placeholder(self, text: str) -> None:
        edit = getattr(self, "tenant", None)
        line = edit.lineEdit() if isinstance(edit, QComboBox) else None
        if line is not None:
            line.setPlaceholderText(text)

    def field_error(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()

    def show_error(self, exc: ServiceError) -> None:
        self.clear_errors()
        if isinstance(exc, ValidationError) and exc.fields:
            rest = []
            for field, message in exc.fields.items():
                label = self._errors.get(field)
                if label is None:
                    rest.append(message)
                else:
                    label.setText(message)
                    label.show()
            if rest:
                self.general_error.setText("\n".join(rest))
                self.general_error.show()
            return
        self.general_error.setText(str(exc))
        self.general_error.show()

    def submit(self) -> int | None:
        """Save the form through the service; return the saved id (or None). Override."""
        raise NotImplementedError

    def _save(self) -> None:
        try:
            self.saved_id = self.submit()
        except ServiceError as exc:
            self.show_error(exc)
            return
        self.accept()
