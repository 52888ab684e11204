"""Mentoring page: mentoring sessions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QWidget,
)

from ...db import Database
from ...services import overview as ov
from ..qtmodels.register_model import column as _col
from .register_page import RegisterPage


class MentoringPage(RegisterPage):
    key = "mentoring"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=140),
            _col("mentor", QT_TRANSLATE_NOOP("Columns", "Mentor"), width=110),
            _col("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=260),
            _col("service_type", QT_TRANSLATE_NOOP("Columns", "Service"), width=190),
            _col("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=220),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        ]
        super().__init__(
            db, ov.session_register(), columns, sort_column=0, descending=True, parent=parent
        )

    def title_text(self) -> str:
        return self.tr("Mentoring sessions")

    def search_placeholder(self) -> str:
        return self.tr("Search by mentor or topic…")
