"""Amounts typed into the funding dialogs' fields: read, or refused by field."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import parse_amount

_t = Translator("FundForms")


def read_money(edit: QLineEdit, key: str, errors: dict[str, str]) -> Decimal | None:
    """The amount typed in `edit`; records a message under `key` in `errors` if it is none."""
    try:
        return parse_amount(edit.text())
    except ValueError:
        errors[key] = _t(QT_TRANSLATE_NOOP("FundForms", "Not an amount: %1")).replace(
            "%1", edit.text()
        )
        return None


__all__ = ["read_money"]
