"""The allocation lists: units free on the page's date, and allocations ending soon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from ....core.money import money
from ....services import spaces
from ....services.spaces import AllocationRow, VacancyRow
from ... import messages
from ...dialogs.allocation_dialog import AllocationDialog
from ...toolkit import Column, RowsModel, rows_view
from .common import Section, allocation_columns, selected_row

if TYPE_CHECKING:
    from .page import SpacesPage


class VacancyTab(Section):
    """Units free on the page's date (open-desk areas with desks free); allocate one."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.allocate = QPushButton()
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.allocate)
        lay.addLayout(bar)
        self.model: RowsModel[VacancyRow] = RowsModel(self._columns)
        self.table = rows_view(self.model)
        lay.addWidget(self.table, 1)
        self.allocate.clicked.connect(self._allocate)
        self.table.doubleClicked.connect(lambda _i: self._allocate())
        self.retranslate()

    def _columns(self) -> list[Column[VacancyRow]]:
        return [
            Column(self.tr("Unit"), lambda r: r.label, width=100),
            Column(self.tr("Kind"), lambda r: r.kind, width=120),
            Column(self.tr("Area (m²)"), lambda r: r.area_m2, right=True),
            Column(self.tr("Free desks"), lambda r: r.free_desks, right=True),
            Column(self.tr("List rent"), lambda r: r.list_rent, right=True, text=money),
            Column(self.tr("Vacant since"), lambda r: r.vacant_since),
        ]

    def retranslate(self) -> None:
        self.allocate.setText(self.tr("&Allocate…"))
        self.model.retranslate()
        self._count()

    def refresh(self) -> None:
        self.model.set_rows(spaces.vacancies(self.db, self.page.on_date()))
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 units free on %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", self.page.on_date().isoformat())
        )

    def _allocate(self) -> None:
        row = selected_row(self.table, self.model)
        if row is None:
            messages.info(self, self.tr("Allocate"), self.tr("Select a vacant unit first."))
            return
        unit = spaces.get_unit(self.db, row.unit_id)
        if AllocationDialog(self.db, unit=unit, start=self.page.on_date(), parent=self).exec():
            self.page.refresh_all()


class EndingTab(Section):
    """Allocations ending in the next N days; extend or change one."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(1, 730)
        self.days.setValue(spaces.ENDING_SOON_DAYS)
        self.count = QLabel()
        self.extend = QPushButton()
        bar.addWidget(self.days_label)
        bar.addWidget(self.days)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.extend)
        lay.addLayout(bar)
        self.model: RowsModel[AllocationRow] = RowsModel(allocation_columns)
        self.table = rows_view(self.model)
        lay.addWidget(self.table, 1)
        self.days.valueChanged.connect(self.refresh)
        self.extend.clicked.connect(self._extend)
        self.table.doubleClicked.connect(lambda _i: self._extend())
        self.retranslate()

    def retranslate(self) -> None:
        self.days_label.setText(self.tr("Ending within"))
        self.days.setSuffix(self.tr(" days"))
        self.extend.setText(self.tr("&Extend or change…"))
        self.model.retranslate()
        self._count()

    def refresh(self) -> None:
        rows = spaces.ending_within(self.db, self.days.value(), self.page.on_date())
        self.model.set_rows(rows)
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("%1 allocations").replace("%1", str(self.model.rowCount())))

    def _extend(self) -> None:
        row = selected_row(self.table, self.model)
        if row is None:
            messages.info(self, self.tr("Extend"), self.tr("Select an allocation first."))
            return
        if AllocationDialog(self.db, existing=row, parent=self).exec():
            self.page.refresh_all()
