"""Showing a service's errors in a dialog: next to the fields they name, the rest in a summary.

    errors = FieldErrors(summary_label, {"name": name_edit, "amount": amount_edit})
    errors.add_row(form, "email", self.tr("&E-mail:"), email_edit)   # field + message under it
    ...
    saved = attempt(errors, lambda: svc.save(self.db, data))           # None when it failed
    if saved is None:
        return

- `FieldErrors(summary=None, fields=None)`: `summary` is the label for messages no field
  takes (made if not given: put `errors.summary` in the layout). `fields` maps the names a
  service's `ValidationError.fields` uses to widgets. A key "amount:3" also finds "amount".
  `add(key, widget)`, `message_label(key)` (a label of its own for key's message, under the
  field) and `add_row(form, key, caption, widget)` add fields later; `labels` maps keys to
  their message labels.
- `show(err)`: a `ValidationError` (or a plain `{field: message}`) marks each named widget
  (red border, message as tooltip) and puts the message in the field's message label, or in
  the summary when it has none; any other `ServiceError` goes to the summary. The first
  named field gets the focus. `clear()` removes every mark; `shown` says whether any is up.
- `ErrorMessage(parent, title)`: the same `clear()`/`show()` for places without a form (a
  page's button): `show` opens a message box through `ui.messages`.
- `attempt(errors, action)`: clears the errors, runs `action()` and returns its result, or
  shows a `ServiceError` and returns None. `succeeded(errors, action) -> bool` is the same for
  actions that return nothing. Anything else is a bug and is not caught here: it
  reaches the exception hook (see `failures`), which logs it with its traceback and shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.errors import ServiceError, ValidationError
from .. import messages

T = TypeVar("T")

ERROR_COLOUR = "#cf222e"
FIELD_STYLE = f"border: 1px solid {ERROR_COLOUR};"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, red, word-wrapping label for error messages."""
    lab = QLabel(parent)
    lab.setObjectName("fieldError")
    lab.setStyleSheet(f"color: {ERROR_COLOUR};")
    lab.setWordWrap(True)
    lab.hide()
    return lab


class ShowsErrors(Protocol):
    """Anything `attempt` can show a ServiceError on."""

    def clear(self) -> None: ...

    def show(self, err: ServiceError) -> None: ...


class FieldErrors:
    """A dialog's error display: marks on the fields a ValidationError names, a summary label."""

    def __init__(
        self, summary: QLabel | None = None, fields: Mapping[str, QWidget] | None = None
    ) -> None:
        if summary is None:
            summary = error_label()
        else:
            summary.setObjectName(summary.objectName() or "fieldError")
            summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            summary.setWordWrap(True)
            summary.hide()
        self.summary = summary
        self.fields: dict[str, QWidget] = dict(fields or {})
        self.labels: dict[str, QLabel] = {}
        self._styles: dict[int, str] = {}  # a marked widget's own style sheet, to restore

    # --- building the form ------------------------------------------------------------------
    def add(self, key: str, widget: QWidget) -> None:
        self.fields[key] = widget

    def message_label(self, key: str) -> QLabel:
        """The label that shows `key`'s message (made on first use); place it under the field."""
        lab = self.labels.get(key)
        if lab is None:
            lab = self.labels[key] = error_label()
        return lab

    def add_row(
        self, form: QFormLayout, key: str, caption: QLabel | str, widget: QWidget
    ) -> QLabel:
        """Add `caption: widget` to `form` with `key`'s message label under the widget."""
        self.add(key, widget)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        lab = self.message_label(key)
        box.addWidget(lab)
        if isinstance(caption, QLabel):
            caption.setBuddy(widget)
            form.addRow(caption, box)
        else:
            form.addRow(caption, box)
        return lab

    # --- showing ----------------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        return (
            bool(self._styles)
            or not self.summary.isHidden()
            or any(not lab.isHidden() for lab in self.labels.values())
        )

    def clear(self) -> None:
        for widget in self.fields.values():
            own = self._styles.pop(id(widget), None)
            if own is not None:
                widget.setStyleSheet(own)
                widget.setToolTip("")
        self._styles.clear()
        for lab in self.labels.values():
            lab.clear()
            lab.hide()
        self.summary.clear()
        self.summary.hide()

    def show(self, err: ServiceError | Mapping[str, str]) -> None:
        self.clear()
        if isinstance(err, Mapping):
            named: Mapping[str, str] = err
        elif isinstance(err, ValidationError):
            named = err.fields
        else:
            named = {}
        rest: list[str] = []
        first: QWidget | None = None
        for key, message in named.items():
            widget = self._find(self.fields, key)
            if widget is not None:
                self._mark(widget, message)
                first = first or widget
            lab = self._find(self.labels, key)
            if lab is not None:
                lab.setText(f"{lab.text()}\n{message}" if lab.text() else message)
                lab.show()
            else:
                rest.append(message)
        if not named:
            rest.append(str(err))
        if rest:
            self.summary.setText("\n".join(rest))
            self.summary.show()
        if first is not None:
            first.setFocus()

    def _mark(self, widget: QWidget, message: str) -> None:
        if id(widget) not in self._styles:
            self._styles[id(widget)] = widget.styleSheet()
        widget.setStyleSheet(FIELD_STYLE)
        widget.setToolTip(message)

    @staticmethod
    def _find(table: Mapping[str, T], key: str) -> T | None:
        found = table.get(key)
        if found is None and ":" in key:
            found = table.get(key.split(":", 1)[0])
        return found


class ErrorMessage:
    """Shows a ServiceError in a message box titled `title` (for actions outside a form)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        self.parent = parent
        self.title = title

    def clear(self) -> None:
        """Nothing stays on screen between tries."""

    def show(self, err: ServiceError) -> None:
        messages.error(self.parent, self.title, str(err))


def attempt(errors: ShowsErrors, action: Callable[[], T]) -> T | None:
    """`action()`'s result, or None after showing its ServiceError on `errors`.

    For an action that returns nothing, use `succeeded`.
    """
    errors.clear()
    try:
        return action()
    except ServiceError as err:
        errors.show(err)
        return None


def succeeded(errors: ShowsErrors, action: Callable[[], object]) -> bool:
    """True when `action()` ran without a ServiceError; else shows it on `errors`, False."""
    errors.clear()
    try:
        action()
    except ServiceError as err:
        errors.show(err)
        return False
    return True


__all__ = [
    "ERROR_COLOUR",
    "ErrorMessage",
    "FieldErrors",
    "ShowsErrors",
    "attempt",
    "error_label",
    "succeeded",
]
