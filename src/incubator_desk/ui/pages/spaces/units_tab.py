"""The units tab: every unit of the inventory, searchable by code and filtered by kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ....core.labels import label
from ....core.vocabularies import UnitKind
from ....services import spaces
from ....services.spaces import UnitInfo
from ...toolkit import Column, RowsModel, rows_view
from ...toolkit.access import name_filter
from .common import Section, selected_row

if TYPE_CHECKING:
    from .page import SpacesPage


class UnitsTab(Section):
    """Every unit, searchable by code and filtered by kind; double-click shows it on the plan."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.retired = QCheckBox()
        self.count = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.retired)
        bar.addStretch(1)
        bar.addWidget(self.count)
        lay.addLayout(bar)
        self.model: RowsModel[UnitInfo] = RowsModel(self._columns)
        self.table = rows_view(self.model)
        lay.addWidget(self.table, 1)
        self.units: list[UnitInfo] = []
        self.search.textChanged.connect(self._apply)
        self.kind.currentIndexChanged.connect(self._apply)
        self.retired.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(self._open)
        self.retranslate()

    def _columns(self) -> list[Column[UnitInfo]]:
        return [
            Column(self.tr("Unit"), lambda u: u.label, width=100),
            Column(self.tr("Floor"), lambda u: u.floor_level, right=True),
            Column(self.tr("Kind"), lambda u: u.kind, width=120),
            Column(self.tr("Area (m²)"), lambda u: u.area_m2, right=True),
            Column(self.tr("Desks"), lambda u: u.desk_count or None, right=True),
            Column(
                self.tr("List rent (¥)"),
                lambda u: u.list_rent if u.lettable else None,
                right=True,
                text=lambda v: "—" if v is None else f"{v:,.2f}",
                tooltip=lambda u: (
                    None if u.lettable else self.tr("Booked by the hour, not let by the month")
                ),
            ),
            Column(self.tr("Rent basis"), lambda u: u.rent_basis if u.lettable else None),
            Column(self.tr("Status"), lambda u: u.status, width=120),
            Column(self.tr("Features"), lambda u: ", ".join(u.features)),
        ]

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by unit code…"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for k in UnitKind:
            self.kind.addItem(label(k), k.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        name_filter(self.kind, self.tr("Kind of space"))
        self.kind.blockSignals(False)
        self.retired.setText(self.tr("Show retired"))
        self.model.retranslate()
        self._apply()

    def refresh(self) -> None:
        self.units = spaces.list_units(self.db, include_retired=self.retired.isChecked())
        self._apply()

    def _apply(self) -> None:
        needle = self.search.text().strip().lower()
        kind = self.kind.currentData()
        rows = [
            u
            for u in self.units
            if (not needle or needle in u.label.lower()) and (not kind or u.kind.value == kind)
        ]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 units").replace("%1", str(len(rows))))

    def _open(self) -> None:
        unit = selected_row(self.table, self.model)
        if unit is not None:
            self.page.show_unit_on_plan(unit)
