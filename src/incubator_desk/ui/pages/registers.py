"""The register pages: tenants, spaces, mentoring, training and funding."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...db import Database
from ...models.enums import Stage, UnitKind
from ...services import overview as ov
from ...services.labels import entity_label, label, operator_label
from ..qtmodels.register_model import Column, display
from .register_page import RegisterPage


def _t(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _col(
    key: str,
    text: object,
    right: bool = False,
    width: int = 120,
    fmt: Callable[[Any], str] | None = None,
) -> Column:
    return Column(key, lambda: _t(str(text)), right, width, fmt)


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


class FundingPage(RegisterPage):
    """Funds at a glance above the list of applications."""

    key = "funding"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=260),
            _col("fund", QT_TRANSLATE_NOOP("Columns", "Fund"), width=200),
            _col("requested", QT_TRANSLATE_NOOP("Columns", "Requested (¥)"), True),
            _col("approved", QT_TRANSLATE_NOOP("Columns", "Approved (¥)"), True),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
            _col("since", QT_TRANSLATE_NOOP("Columns", "In this status since"), width=150),
        ]
        self.funds_label = QLabel()
        self.funds = QTableWidget(0, 7)
        super().__init__(
            db, ov.application_register(), columns, sort_column=5, descending=True, parent=parent
        )
        self.funds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.funds.verticalHeader().setVisible(False)
        self.funds.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.funds.setMaximumHeight(180)
        self.apps_label = QLabel()
        self.layout_.insertWidget(1, self.funds_label)
        self.layout_.insertWidget(2, self.funds)
        self.layout_.insertWidget(3, self.apps_label)
        self.retranslate()  # fills the funds table too

    def refresh(self) -> None:
        super().refresh()
        self._fill_funds()

    def _fill_funds(self) -> None:
        positions = ov.fund_positions(self.db)
        self.funds.setRowCount(len(positions))
        for row, p in enumerate(positions):
            values = [
                p.name,
                label(p.kind),
                display(p.total_size),
                display(p.committed),
                display(p.disbursed),
                display(p.available),
                str(p.deals),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.funds.setItem(row, col, item)

    def title_text(self) -> str:
        return self.tr("Funding")

    def search_placeholder(self) -> str:
        return self.tr("Search by tenant or fund…")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "apps_label"):
            return
        self.funds_label.setText(self.tr("Funds and loan products"))
        self.apps_label.setText(self.tr("Applications"))
        self.funds.setHorizontalHeaderLabels(
            [
                self.tr("Fund"),
                self.tr("Kind"),
                self.tr("Size (¥)"),
                self.tr("Committed (¥)"),
                self.tr("Disbursed (¥)"),
                self.tr("Available (¥)"),
                self.tr("Deals"),
            ]
        )
        self._fill_funds()


class ActivityPage(RegisterPage):
    """Reports page: the activity log (audit trail) of the database."""

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

    def title_text(self) -> str:
        return self.tr("Activity log")

    def search_placeholder(self) -> str:
        return self.tr("Search by record type, summary or operator…")
