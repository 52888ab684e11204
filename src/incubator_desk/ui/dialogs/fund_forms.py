"""Small helpers the funding dialogs share: money fields, errors shown next to fields."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...core.errors import ServiceError, ValidationError


def parse_decimal(text: str) -> Decimal | None:
    """'1,234.5' or '¥1 234.50' → Decimal; '' → None; raises ValueError on anything else."""
    raw = text.replace(",", "").replace("，", "").replace("¥", "").replace(" ", "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(raw) from exc
    if not value.is_finite():
        raise ValueError(raw)
    return value


class FieldErrors:
    """Shows a service's ValidationError next to the fields it names, and other errors in
    one label; clears the marks before every try."""

    STYLE = "border: 1px solid #cf222e;"

    def __init__(self, summary: QLabel, fields: dict[str, QWidget]) -> None:
        self.summary = summary
        self.fields = fields
        summary.setStyleSheet("color: #cf222e;")
        summary.setWordWrap(True)
        summary.hide()

    def clear(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")
            w.setToolTip("")
        self.summary.clear()
        self.summary.hide()

    def show(self, err: ServiceError | dict[str, str]) -> None:
        self.clear()
        fields = err if isinstance(err, dict) else getattr(err, "fields", {})
        lines = []
        for key, message in fields.items():
            w = self.fields.get(key) or self.fields.get(key.split(":")[0])
            if w is not None:
                w.setStyleSheet(self.STYLE)
                w.setToolTip(message)
            lines.append(message)
        if not lines:
            lines.append(str(err))
        self.summary.setText("\n".join(lines))
        self.summary.show()
        for key in fields:
            w = self.fields.get(key)
            if w is not None:
                w.setFocus()
                break


def read_money(edit: QLineEdit, key: str, errors: dict[str, str]) -> Decimal | None:
    try:
        return parse_decimal(edit.text())
    except ValueError:
        errors[key] = QCoreApplication.translate("FundForms", "Not an amount: %1").replace(
            "%1", edit.text()
        )
        return None


__all__ = ["FieldErrors", "ValidationError", "parse_decimal", "read_money"]
