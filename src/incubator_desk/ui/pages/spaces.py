"""Spaces page: units, what they are and who holds them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QWidget,
)

from ...db import Database
from ...models.enums import UnitKind
from ...services import overview as ov
from ...services.labels import label
from ..qtmodels.register_model import column as _col
from .register_page import RegisterPage


class SpacesPage(RegisterPage):
    key = "spaces"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("building", QT_TRANSLATE_NOOP("Columns", "Building"), width=80),
            _col("floor", QT_TRANSLATE_NOOP("Columns", "Floor"), True),
            _col("code", QT_TRANSLATE_NOOP("Columns", "Unit"), width=110),
            _col("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), width=130),
            _col("area_m2", QT_TRANSLATE_NOOP("Columns", "Area (m²)"), True),
            _col("desks", QT_TRANSLATE_NOOP("Columns", "Desks"), True),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
            _col("holder", QT_TRANSLATE_NOOP("Columns", "Held by today"), width=260),
        ]
        super().__init__(
            db,
            ov.unit_register(),
            columns,
            filter_name="kind",
            filter_options=lambda: (
                [("", self.tr("All kinds"))] + [(k.value, label(k)) for k in UnitKind]
            ),
            parent=parent,
        )

    def title_text(self) -> str:
        return self.tr("Spaces")

    def search_placeholder(self) -> str:
        return self.tr("Search by unit code…")
