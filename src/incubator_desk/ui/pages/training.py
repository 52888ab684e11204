"""Training page: training events and their registrations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QWidget,
)

from ...db import Database
from ...services import overview as ov
from ..qtmodels.register_model import column as _col
from .register_page import RegisterPage


class TrainingPage(RegisterPage):
    key = "training"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=140),
            _col("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=300),
            _col("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), width=130),
            _col("capacity", QT_TRANSLATE_NOOP("Columns", "Capacity"), True),
            _col("registered", QT_TRANSLATE_NOOP("Columns", "Registered"), True),
            _col("waitlisted", QT_TRANSLATE_NOOP("Columns", "Waiting list"), True),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        ]
        super().__init__(
            db, ov.event_register(), columns, sort_column=0, descending=True, parent=parent
        )

    def title_text(self) -> str:
        return self.tr("Training events")

    def search_placeholder(self) -> str:
        return self.tr("Search by title or speaker…")
