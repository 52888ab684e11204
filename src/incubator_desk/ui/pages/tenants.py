"""Tenants page: the tenant register."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QWidget,
)

from ...db import Database
from ...models.enums import Stage
from ...services import overview as ov
from ...services.labels import label
from ..qtmodels.register_model import column as _col
from .register_page import RegisterPage


class TenantsPage(RegisterPage):
    key = "tenants"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("name_zh", QT_TRANSLATE_NOOP("Columns", "Name (Chinese)"), width=260),
            _col("name_en", QT_TRANSLATE_NOOP("Columns", "Name (English)"), width=300),
            _col("credit_code", QT_TRANSLATE_NOOP("Columns", "Credit code"), width=170),
            _col("stage", QT_TRANSLATE_NOOP("Columns", "Stage"), width=90),
            _col("entry_date", QT_TRANSLATE_NOOP("Columns", "Entry date"), width=100),
            _col("contact", QT_TRANSLATE_NOOP("Columns", "Contact")),
        ]
        super().__init__(
            db,
            ov.tenant_register(),
            columns,
            filter_name="stage",
            filter_options=lambda: (
                [("", self.tr("All stages"))] + [(s.value, label(s)) for s in Stage]
            ),
            sort_column=4,  # newest entries first
            descending=True,
            parent=parent,
        )

    def title_text(self) -> str:
        return self.tr("Tenants")

    def search_placeholder(self) -> str:
        return self.tr("Search by name, credit code, contact or phone…")
