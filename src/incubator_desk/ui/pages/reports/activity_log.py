"""The activity log (audit trail) of the database, the Reports page's second tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ....core.labels import entity_label, operator_label
from ....db import Database
from ....services import overview as ov
from ...qtmodels.register_model import column as _col
from ..register_page import RegisterPage


class ActivityLog(RegisterPage):
    """The activity log (audit trail) of the database, as a tab of the Reports page."""

    key = "reports"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("at", QT_TRANSLATE_NOOP("Columns", "When"), width=150),
            _col(
                "operator", QT_TRANSLATE_NOOP("Columns", "Operator"), width=130, fmt=operator_label
            ),
            _col("action", QT_TRANSLATE_NOOP("Columns", "Action"), width=90),
            _col(
                "entity", QT_TRANSLATE_NOOP("Columns", "Record type"), width=150, fmt=entity_label
            ),
            _col("entity_id", QT_TRANSLATE_NOOP("Columns", "Record"), True),
            _col("summary", QT_TRANSLATE_NOOP("Columns", "Summary")),
        ]
        super().__init__(
            db, ov.activity_register(), columns, sort_column=0, descending=True, parent=parent
        )
        self.title.hide()
        self.layout_.setContentsMargins(0, 8, 0, 0)

    def title_text(self) -> str:
        return self.tr("Activity log")

    def search_placeholder(self) -> str:
        return self.tr("Search by record type, summary or operator…")
