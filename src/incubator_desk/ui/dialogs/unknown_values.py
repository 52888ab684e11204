"""The import step for values not in their lists: each value, its rows, and what to do with it.

A value can be added to its list, matched to an entry already there (remembered as that
entry's other name for the next import) or its rows left out. The panel lists the values
of the last check; `choices()` is what the next check reads.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.vocabularies import LookupCategory
from ...db import Database
from ...services import importing as imp
from ...services import tenants as svc
from ..i18n import name_language


class UnknownValuesPanel(QWidget):
    """Signals: changed(): the person changed what to do with a value."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._values: list[imp.UnknownValue] = []
        self._choices: dict[imp.ValueKey, imp.ListChoice] = {}
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # --- what the next check reads ------------------------------------------------------------
    def choices(self) -> dict[imp.ValueKey, imp.ListChoice]:
        return dict(self._choices)

    def reset(self) -> None:
        """A new file: no choices made yet."""
        self._choices = {}
        self.show_values([])

    def show_values(self, values: list[imp.UnknownValue]) -> None:
        self._values = sorted(values, key=lambda u: (u.category, -u.rows, u.value))
        self.setVisible(bool(values))
        self._fill()

    # --- the table ----------------------------------------------------------------------------
    def _fill(self) -> None:
        entries: dict[LookupCategory, list[svc.LookupRow]] = {}
        lang = name_language()
        self.table.setRowCount(len(self._values))
        for row, u in enumerate(self._values):
            self.table.setItem(row, 0, QTableWidgetItem(self._list_name(u.category)))
            value = QTableWidgetItem(u.value)
            value.setToolTip(self.tr("Column “%1”").replace("%1", u.column))
            self.table.setItem(row, 1, value)
            count = QTableWidgetItem(str(u.rows))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, count)
            if u.category not in entries:
                entries[u.category] = svc.lookups(self.db, u.category)
            combo = QComboBox()
            combo.addItem(self.tr("Add to the list"), imp.Unknown.ADD.value)
            combo.addItem(self.tr("Leave these rows out"), imp.Unknown.REJECT.value)
            combo.insertSeparator(combo.count())
            for entry in entries[u.category]:
                other = entry.name_en if lang == "zh" else entry.name_zh
                shown = entry.name(lang) + (f" / {other}" if other != entry.name(lang) else "")
                combo.addItem(self.tr("Same as: %1").replace("%1", shown), entry.id)
            choice = u.choice.value if isinstance(u.choice, imp.Unknown) else u.choice
            combo.setCurrentIndex(max(combo.findData(choice), 0))
            combo.currentIndexChanged.connect(
                lambda _i, key=u.key, box=combo: self._chosen(key, box)
            )
            self.table.setCellWidget(row, 3, combo)
        self.title.setText(self.tr("Values not in the lists (%n)", "", len(self._values)))

    def _chosen(self, key: imp.ValueKey, box: QComboBox) -> None:
        data = box.currentData()
        self._choices[key] = data if isinstance(data, int) else imp.Unknown(data)
        self.changed.emit()

    def _list_name(self, category: LookupCategory) -> str:
        return {
            LookupCategory.INDUSTRY: self.tr("Industry"),
            LookupCategory.TECH_FIELD: self.tr("Technology field"),
            LookupCategory.REGISTRATION_TYPE: self.tr("Registration type"),
            LookupCategory.SECTOR: self.tr("Sector (GB/T 4754)"),
        }[category]

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Import as")]
        )
        self.note.setText(
            self.tr(
                "These values are in none of the lists. Add each to its list, or say which "
                "entry it means: that is remembered for the next import."
            )
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
