"""Spaces page: inventory, floor plans, allocations, occupancy, vacancies, rent roll, bookings.

Also the tenant detail's Spaces tab (TenantSpacesTab) and the rent-subsidy settings section
(SpaceSettings), found by class name through ui/extensions.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QPointF,
    QRunnable,
    Qt,
    QThreadPool,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.labels import label
from ....core.vocabularies import AllocationStatus, UnitKind, UnitStatus
from ....db import Database
from ....services import spaces
from ....services.spaces import AllocationRow, BookingRow, UnitInfo
from ... import messages
from ...dialogs.allocation_dialog import AllocationDialog, EndAllocationDialog, MoveAllocationDialog
from ...dialogs.booking_dialog import BookingDialog, EquipmentDialog
from ...dialogs.unit_dialog import UnitDialog
from ...widgets.floor_plan import FloorPlanView, Legend
from ...widgets.spaces_form import FormDialog, date_edit, from_qdate, to_qdate
from ..base import Page

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def money(value: Decimal | float | None) -> str:
    return "" if value is None else f"¥{value:,.2f}"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f} %"


def end_text(day: dt.date | None) -> str:
    return (
        day.isoformat()
        if day is not None
        else QCoreApplication.translate("SpacesPage", "no end date")
    )


def status_text(status: AllocationStatus) -> str:
    return {
        AllocationStatus.ACTIVE: QCoreApplication.translate("SpacesPage", "Active"),
        AllocationStatus.ENDED: QCoreApplication.translate("SpacesPage", "Ended"),
        AllocationStatus.MOVED: QCoreApplication.translate("SpacesPage", "Moved"),
        AllocationStatus.CANCELLED: QCoreApplication.translate("SpacesPage", "Cancelled"),
    }[status]


class SortItem(QTableWidgetItem):
    """A table cell that sorts by a key of its own (numbers, dates) rather than its text."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self.key = text if key is None else key
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, SortItem):
            try:
                return bool(self.key < other.key)
            except TypeError:
                return str(self.key) < str(other.key)
        return super().__lt__(other)


def make_table(parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def fill_table(
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[tuple[str, Any]]],
    ids: Sequence[Any] | None = None,
    numeric: Sequence[int] = (),
) -> None:
    """Fill a table with (text, sort key) cells; row ids go in the first cell's UserRole."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, (text, key) in enumerate(row):
            item = SortItem(text, key)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and ids is not None:
                item.setData(ROLE_ID, ids[r])
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(max(table.columnWidth(c), 70), 320))


def selected_id(table: QTableWidget) -> Any:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(ROLE_ID)


def allocation_cells(r: AllocationRow, who: str = "both") -> list[tuple[str, Any]]:
    """Cells of an allocation row; `who` is "both", "tenant" (a unit's history) or "unit"."""
    cells: list[tuple[str, Any]] = []
    if who in ("both", "tenant"):
        cells.append((r.tenant_name, r.tenant_name))
    if who in ("both", "unit"):
        cells.append((r.unit_label, r.unit_label))
    cells += [
        (str(r.desks) if r.desks else "", r.desks or 0),
        (r.start_date.isoformat(), r.start_date),
        (end_text(r.end_date), r.end_date or dt.date.max),
        (money(r.monthly_rent), r.monthly_rent),
        (status_text(r.status), r.status.value),
    ]
    return cells


def allocation_headers(who: str = "both") -> list[str]:
    head = []
    if who in ("both", "tenant"):
        head.append(QCoreApplication.translate("SpacesPage", "Tenant"))
    if who in ("both", "unit"):
        head.append(QCoreApplication.translate("SpacesPage", "Unit"))
    return [
        *head,
        QCoreApplication.translate("SpacesPage", "Desks"),
        QCoreApplication.translate("SpacesPage", "From"),
        QCoreApplication.translate("SpacesPage", "Until"),
        QCoreApplication.translate("SpacesPage", "Monthly rent"),
        QCoreApplication.translate("SpacesPage", "Status"),
    ]


def report_error(parent: QWidget, exc: ServiceError) -> None:
    messages.error(parent, QCoreApplication.translate("SpacesPage", "Spaces"), str(exc))


class _Section(QWidget):
    """A part of the page that re-reads its data on refresh and re-labels on language change."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        self.page = page
        self.db = page.db

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ---------------------------------------------------------------------------------------------
# Floor plan tab
# ---------------------------------------------------------------------------------------------


class FloorTab(_Section):
    """The plan of the floor chosen in the tree, with the clicked unit's details and history."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        self.floor_id: int | None = None
        self.unit: UnitInfo | None = None
        self.history: list[AllocationRow] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.zoom_out = QToolButton()
        self.zoom_in = QToolButton()
        self.fit = QToolButton()
        self.zoom_label = QLabel()
        self.edit = QPushButton()
        self.edit.setCheckable(True)
        self.save_layout = QPushButton()
        self.discard = QPushButton()
        self.add_unit = QPushButton()
        for tool in (self.zoom_out, self.zoom_in, self.fit, self.zoom_label):
            bar.addWidget(tool)
        bar.addSpacing(16)
        for button in (self.edit, self.save_layout, self.discard, self.add_unit):
            bar.addWidget(button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.legend = Legend()
        lay.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.view = FloorPlanView()
        self.view.setMinimumWidth(420)
        split.addWidget(self.view)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(8, 0, 0, 0)
        self.unit_title = QLabel()
        self.unit_title.setObjectName("unitTitle")
        self.unit_title.setStyleSheet("font-size:15px; font-weight:600;")
        self.unit_details = QLabel()
        self.unit_details.setWordWrap(True)
        self.unit_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl.addWidget(self.unit_title)
        sl.addWidget(self.unit_details)
        buttons = QHBoxLayout()
        self.allocate_btn = QPushButton()
        self.edit_unit_btn = QPushButton()
        self.retire_btn = QPushButton()
        for w in (self.allocate_btn, self.edit_unit_btn, self.retire_btn):
            buttons.addWidget(w)
        buttons.addStretch(1)
        sl.addLayout(buttons)
        self.history_label = QLabel()
        sl.addWidget(self.history_label)
        self.history_table = make_table()
        sl.addWidget(self.history_table, 1)
        hb = QHBoxLayout()
        self.change_btn = QPushButton()
        self.move_btn = QPushButton()
        self.end_btn = QPushButton()
        self.cancel_btn = QPushButton()
        for w in (self.change_btn, self.move_btn, self.end_btn, self.cancel_btn):
            hb.addWidget(w)
        hb.addStretch(1)
        sl.addLayout(hb)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)

        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(self._fit)
        self.edit.toggled.connect(self._edit_toggled)
        self.save_layout.clicked.connect(self._save_layout)
        self.discard.clicked.connect(self._discard)
        self.add_unit.clicked.connect(self._add_unit)
        self.view.unit_clicked.connect(self.show_unit)
        self.view.unit_activated.connect(self._activate)
        self.view.layout_changed.connect(self._update_buttons)
        self.allocate_btn.clicked.connect(self._allocate)
        self.edit_unit_btn.clicked.connect(self._edit_unit)
        self.retire_btn.clicked.connect(self._retire)
        self.change_btn.clicked.connect(self._change)
        self.move_btn.clicked.connect(self._move)
        self.end_btn.clicked.connect(self._end)
        self.cancel_btn.clicked.connect(self._cancel)
        self.history_table.itemSelectionChanged.connect(self._update_buttons)
        self.history_table.doubleClicked.connect(lambda _i: self._change())
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(
            QCoreApplication.translate("SpacesPage", "Zoom out (Ctrl+wheel, or -)")
        )
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(
            QCoreApplication.translate("SpacesPage", "Zoom in (Ctrl+wheel, or +)")
        )
        self.fit.setText(QCoreApplication.translate("SpacesPage", "Fit"))
        self.fit.setToolTip(QCoreApplication.translate("SpacesPage", "Show the whole floor"))
        self.edit.setText(QCoreApplication.translate("SpacesPage", "&Edit layout"))
        self.edit.setToolTip(
            QCoreApplication.translate(
                "SpacesPage",
                "Drag units to move them; drag the blue corner to resize. Then save the layout.",
            )
        )
        self.save_layout.setText(QCoreApplication.translate("SpacesPage", "&Save layout"))
        self.discard.setText(QCoreApplication.translate("SpacesPage", "&Discard changes"))
        self.add_unit.setText(QCoreApplication.translate("SpacesPage", "Add &unit…"))
        self.allocate_btn.setText(QCoreApplication.translate("SpacesPage", "&Allocate…"))
        self.edit_unit_btn.setText(QCoreApplication.translate("SpacesPage", "Edit u&nit…"))
        self.retire_btn.setText(QCoreApplication.translate("SpacesPage", "&Remove…"))
        self.retire_btn.setToolTip(
            QCoreApplication.translate(
                "SpacesPage",
                "Delete a unit entered by mistake; a unit with any history is retired instead.",
            )
        )
        self.history_label.setText(QCoreApplication.translate("SpacesPage", "Allocation history"))
        self.change_btn.setText(QCoreApplication.translate("SpacesPage", "&Change…"))
        self.move_btn.setText(QCoreApplication.translate("SpacesPage", "&Move…"))
        self.end_btn.setText(QCoreApplication.translate("SpacesPage", "E&nd…"))
        self.cancel_btn.setText(QCoreApplication.translate("SpacesPage", "Cance&l"))
        self.cancel_btn.setToolTip(
            QCoreApplication.translate("SpacesPage", "Cancel an allocation entered by mistake")
        )
        self.legend.retranslate()
        self._update_zoom_label()
        if self.unit is not None:
            self._show_unit_details()
        else:
            self.unit_title.setText(QCoreApplication.translate("SpacesPage", "Click a unit"))
            self.unit_details.setText(
                QCoreApplication.translate(
                    "SpacesPage", "Click a unit on the plan to see who holds it and its history."
                )
            )

    # -- loading -----------------------------------------------------------------------------

    def set_floor(self, floor_id: int | None) -> None:
        if (
            self.view.edit_mode()
            and self.view.changed_placements()
            and not messages.confirm(
                self,
                QCoreApplication.translate("SpacesPage", "Floor plan"),
                QCoreApplication.translate(
                    "SpacesPage", "Discard the layout changes not yet saved?"
                ),
            )
        ):
            return
        changed = floor_id != self.floor_id
        self.floor_id = floor_id
        if changed:
            self.unit = None
        self.refresh(fit=changed)

    def refresh(self, fit: bool = False) -> None:
        if self.floor_id is None:
            self.view.show_plan(None)
        else:
            try:
                plan = spaces.floor_plan(self.db, self.floor_id, self.page.on_date())
            except ServiceError:
                self.floor_id = None
                plan = None
            self.view.show_plan(plan)
            if fit:
                self.view.auto_fit = True
                self._fit()
        if self.unit is not None:
            self.show_unit(self.unit.id)
        else:
            self.retranslate()
        self._update_buttons()

    def show_unit(self, unit_id: int) -> None:
        try:
            self.unit = spaces.get_unit(self.db, unit_id)
        except ServiceError:
            self.unit = None
            self.retranslate()
            return
        self.history = spaces.unit_history(self.db, unit_id)
        fill_table(
            self.history_table,
            allocation_headers("tenant"),
            [allocation_cells(r, "tenant") for r in self.history],
            [r.id for r in self.history],
        )
        self._show_unit_details()
        self._update_buttons()

    def _show_unit_details(self) -> None:
        u = self.unit
        if u is None:
            return
        tile = (
            next((t for t in self.view.plan.tiles if t.unit.id == u.id), None)
            if self.view.plan
            else None
        )
        self.unit_title.setText(f"{u.label} · {label(u.kind)}")
        parts = [
            QCoreApplication.translate("SpacesPage", "%1 m²").replace("%1", f"{u.area_m2:g}"),
            QCoreApplication.translate("SpacesPage", "List rent %1").replace(
                "%1", money(u.list_rent)
            ),
            label(u.status),
        ]
        if u.desk_count:
            taken = tile.desks_taken if tile else 0
            parts.append(
                QCoreApplication.translate("SpacesPage", "Desks: %1 of %2 taken")
                .replace("%1", str(taken))
                .replace("%2", str(u.desk_count))
            )
        if u.features:
            parts.append(", ".join(u.features))
        holders = tile.holders if tile else []
        if holders:
            parts.append(
                QCoreApplication.translate("SpacesPage", "Held on %1 by %2")
                .replace("%1", self.page.on_date().isoformat())
                .replace("%2", ", ".join(holders))
            )
        elif u.lettable:
            parts.append(
                QCoreApplication.translate("SpacesPage", "Vacant on %1").replace(
                    "%1", self.page.on_date().isoformat()
                )
            )
        self.unit_details.setText("\n".join(parts))

    # -- buttons -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        editing = self.view.edit_mode()
        has_floor = self.floor_id is not None
        dirty = bool(self.view.changed_placements()) if editing else False
        self.edit.setEnabled(has_floor)
        self.save_layout.setVisible(editing)
        self.discard.setVisible(editing)
        self.save_layout.setEnabled(dirty)
        self.discard.setEnabled(editing)
        self.add_unit.setEnabled(has_floor and not editing)
        u = self.unit
        self.allocate_btn.setEnabled(u is not None and u.allocatable and not editing)
        self.edit_unit_btn.setEnabled(u is not None and not editing)
        self.retire_btn.setEnabled(u is not None and u.status != UnitStatus.RETIRED and not editing)
        row = self._selected_allocation()
        live = row is not None and row.status in (AllocationStatus.ACTIVE, AllocationStatus.ENDED)
        self.change_btn.setEnabled(live and not editing)
        self.move_btn.setEnabled(live and not editing)
        self.end_btn.setEnabled(
            row is not None and row.status == AllocationStatus.ACTIVE and not editing
        )
        self.cancel_btn.setEnabled(live and not editing)

    def _selected_allocation(self) -> AllocationRow | None:
        aid = selected_id(self.history_table)
        return next((r for r in self.history if r.id == aid), None)

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{self.view.zoom_level() * 100:.0f} %")

    def _zoom(self, factor: float) -> None:
        self.view.zoom_by(factor)
        self._update_zoom_label()

    def _fit(self) -> None:
        self.view.fit()
        self._update_zoom_label()

    def _edit_toggled(self, on: bool) -> None:
        if not on and self.view.changed_placements():
            if not messages.confirm(
                self,
                QCoreApplication.translate("SpacesPage", "Floor plan"),
                QCoreApplication.translate(
                    "SpacesPage", "Discard the layout changes not yet saved?"
                ),
            ):
                self.edit.blockSignals(True)
                self.edit.setChecked(True)
                self.edit.blockSignals(False)
                return
            self.view.set_edit_mode(False)
            self.refresh()
        self.view.set_edit_mode(on)
        self._update_buttons()

    def _save_layout(self) -> None:
        if self.floor_id is None:
            return
        try:
            spaces.save_layout(self.db, self.floor_id, self.view.changed_placements())
        except ServiceError as exc:
            report_error(self, exc)
            return
        self.refresh()
        self.page.status(QCoreApplication.translate("SpacesPage", "Layout saved."))

    def _discard(self) -> None:
        self.view.set_edit_mode(True)
        self.refresh()

    def _activate(self, unit_id: int) -> None:
        self.show_unit(unit_id)
        if self.allocate_btn.isEnabled():
            self._allocate()
        elif self.edit_unit_btn.isEnabled():
            self._edit_unit()

    def _add_unit(self) -> None:
        if self.floor_id is None:
            return
        dlg = UnitDialog(self.db, self.floor_id, None, (0.0, 0.0), self)
        if dlg.exec() and dlg.saved_id is not None:
            self.page.refresh_all()
            self.view.select_unit(dlg.saved_id)

    def _edit_unit(self) -> None:
        if self.unit is None:
            return
        dlg = UnitDialog(self.db, self.unit.floor_id, self.unit, parent=self)
        if dlg.exec():
            self.page.refresh_all()

    def _retire(self) -> None:
        u = self.unit
        if u is None:
            return
        if not messages.confirm(
            self,
            QCoreApplication.translate("SpacesPage", "Remove unit"),
            QCoreApplication.translate(
                "SpacesPage",
                "Remove %1? If nothing refers to it, it is deleted. If it has allocations or "
                "bookings, it is retired instead: it stays in the history but can no longer be "
                "allocated or booked.",
            ).replace("%1", u.label),
        ):
            return
        try:
            deleted = spaces.remove_unit(self.db, u.id, u.version)
        except ServiceError as exc:
            report_error(self, exc)
            return
        self.unit = None
        self.page.refresh_all()
        done = (
            QCoreApplication.translate("SpacesPage", "%1 deleted.")
            if deleted
            else QCoreApplication.translate("SpacesPage", "%1 retired.")
        )
        self.page.status(done.replace("%1", u.label))

    def _allocate(self) -> None:
        if self.unit is None:
            return
        dlg = AllocationDialog(self.db, unit=self.unit, start=self.page.on_date(), parent=self)
        if dlg.exec():
            self.page.refresh_all()

    def _change(self) -> None:
        row = self._selected_allocation()
        if row is None or not self.change_btn.isEnabled():
            return
        if AllocationDialog(self.db, existing=row, parent=self).exec():
            self.page.refresh_all()

    def _move(self) -> None:
        row = self._selected_allocation()
        if row is not None and MoveAllocationDialog(self.db, row, self).exec():
            self.page.refresh_all()

    def _end(self) -> None:
        row = self._selected_allocation()
        if row is not None and EndAllocationDialog(self.db, row, self).exec():
            self.page.refresh_all()

    def _cancel(self) -> None:
        row = self._selected_allocation()
        if row is None:
            return
        text = QCoreApplication.translate(
            "SpacesPage",
            "Cancel the allocation of %1 to %2 from %3? Use this only for an entry made by "
            "mistake; to stop an allocation, end it.",
        )
        text = (
            text.replace("%1", row.unit_label)
            .replace("%2", row.tenant_name)
            .replace("%3", row.start_date.isoformat())
        )
        if not messages.confirm(
            self, QCoreApplication.translate("SpacesPage", "Cancel allocation"), text
        ):
            return
        try:
            spaces.cancel_allocation(self.db, row.id, row.version)
        except ServiceError as exc:
            report_error(self, exc)
            return
        self.page.refresh_all()


# ---------------------------------------------------------------------------------------------
# Units list, occupancy, vacancies, ending soon, rent roll
# ---------------------------------------------------------------------------------------------


class UnitsTab(_Section):
    """Every unit, searchable by code and filtered by kind."""

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
        self.table = make_table()
        lay.addWidget(self.table, 1)
        self.units: list[UnitInfo] = []
        self.search.textChanged.connect(self._apply)
        self.kind.currentIndexChanged.connect(self._apply)
        self.retired.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("SpacesPage", "Search by unit code…")
        )
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(QCoreApplication.translate("SpacesPage", "All kinds"), "")
        for k in UnitKind:
            self.kind.addItem(label(k), k.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.retired.setText(QCoreApplication.translate("SpacesPage", "Show retired"))
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
        fill_table(
            self.table,
            [
                QCoreApplication.translate("SpacesPage", "Unit"),
                QCoreApplication.translate("SpacesPage", "Floor"),
                QCoreApplication.translate("SpacesPage", "Kind"),
                QCoreApplication.translate("SpacesPage", "Area (m²)"),
                QCoreApplication.translate("SpacesPage", "Desks"),
                QCoreApplication.translate("SpacesPage", "List rent"),
                QCoreApplication.translate("SpacesPage", "Status"),
                QCoreApplication.translate("SpacesPage", "Features"),
            ],
            [
                [
                    (u.label, u.label),
                    (str(u.floor_level), u.floor_level),
                    (label(u.kind), label(u.kind)),
                    (f"{u.area_m2:,.2f}", u.area_m2),
                    (str(u.desk_count) if u.desk_count else "", u.desk_count),
                    (money(u.list_rent), u.list_rent),
                    (label(u.status), u.status.value),
                    (", ".join(u.features), ""),
                ]
                for u in rows
            ],
            [u.id for u in rows],
            numeric=(1, 3, 4, 5),
        )
        self.count.setText(
            QCoreApplication.translate("SpacesPage", "%1 units").replace("%1", str(len(rows)))
        )

    def _open(self) -> None:
        uid = selected_id(self.table)
        unit = next((u for u in self.units if u.id == uid), None)
        if unit is not None:
            self.page.show_unit_on_plan(unit)


class OccupancyTab(_Section):
    """Occupancy by site and building at the page's date, and the monthly trend over years."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.table = make_table()
        self.table.setMaximumHeight(220)
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        self.years_label = QLabel()
        self.years = QSpinBox()
        self.years.setRange(1, 20)
        self.years.setValue(5)
        bar.addWidget(self.years_label)
        bar.addWidget(self.years)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        lay.addWidget(self.chart_view, 1)
        self.years.valueChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.years_label.setText(QCoreApplication.translate("SpacesPage", "Trend over the last"))
        self.years.setSuffix(QCoreApplication.translate("SpacesPage", " years"))
        self.chart.setTitle(
            QCoreApplication.translate("SpacesPage", "Occupancy by area, first day of each month")
        )

    def refresh(self) -> None:
        on = self.page.on_date()
        rows = spaces.occupancy(self.db, on)
        fill_table(
            self.table,
            [
                QCoreApplication.translate("SpacesPage", "Site / building"),
                QCoreApplication.translate("SpacesPage", "Units"),
                QCoreApplication.translate("SpacesPage", "Occupied"),
                QCoreApplication.translate("SpacesPage", "Area (m²)"),
                QCoreApplication.translate("SpacesPage", "Occupied (m²)"),
                QCoreApplication.translate("SpacesPage", "By area"),
                QCoreApplication.translate("SpacesPage", "Desks"),
                QCoreApplication.translate("SpacesPage", "Desks taken"),
                QCoreApplication.translate("SpacesPage", "By desk"),
            ],
            [
                [
                    (
                        (
                            r.name
                            if r.level == "building"
                            else f"{r.name} ({QCoreApplication.translate('SpacesPage', 'site')})"
                        ),
                        (r.level != "site", r.name),
                    ),
                    (str(r.units), r.units),
                    (str(r.occupied_units), r.occupied_units),
                    (f"{r.area:,.0f}", r.area),
                    (f"{r.occupied_area:,.0f}", r.occupied_area),
                    (percent(r.area_share), r.area_share or 0),
                    (str(r.desks), r.desks),
                    (str(r.desks_taken), r.desks_taken),
                    (percent(r.desk_share), r.desk_share or 0),
                ]
                for r in rows
            ],
            numeric=range(1, 9),
        )
        first = dt.date(on.year - self.years.value(), on.month, 1)
        trend = spaces.occupancy_trend(self.db, first, on)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM")
        x_axis.setTickCount(min(len(trend.months), 9) or 2)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        stamps = [
            float(QDateTime(QDate(m.year, m.month, m.day), QTime(0, 0)).toMSecsSinceEpoch())
            for m in trend.months
        ]
        series_list = [
            (QCoreApplication.translate("SpacesPage", "All buildings"), trend.total.values, True)
        ]
        if 1 < len(trend.buildings) <= 8:
            series_list += [(b.name, b.values, False) for b in trend.buildings]
        for name, values, bold in series_list:
            series = QLineSeries()
            series.setName(name)
            series.append(
                [QPointF(x, v * 100) for x, v in zip(stamps, values, strict=True) if v is not None]
            )
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            if bold:
                pen = series.pen()
                pen.setWidth(3)
                pen.setColor(QColor("#1565c0"))
                series.setPen(pen)


class VacancyTab(_Section):
    """Units free on the page's date (open-desk areas with desks free)."""

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
        self.table = make_table()
        lay.addWidget(self.table, 1)
        self.rows: list[spaces.VacancyRow] = []
        self.allocate.clicked.connect(self._allocate)
        self.table.doubleClicked.connect(lambda _i: self._allocate())
        self.retranslate()

    def retranslate(self) -> None:
        self.allocate.setText(QCoreApplication.translate("SpacesPage", "&Allocate…"))

    def refresh(self) -> None:
        self.rows = spaces.vacancies(self.db, self.page.on_date())
        fill_table(
            self.table,
            [
                QCoreApplication.translate("SpacesPage", "Unit"),
                QCoreApplication.translate("SpacesPage", "Kind"),
                QCoreApplication.translate("SpacesPage", "Area (m²)"),
                QCoreApplication.translate("SpacesPage", "Free desks"),
                QCoreApplication.translate("SpacesPage", "List rent"),
                QCoreApplication.translate("SpacesPage", "Vacant since"),
            ],
            [
                [
                    (r.label, r.label),
                    (label(r.kind), label(r.kind)),
                    (f"{r.area_m2:,.2f}", r.area_m2),
                    ("" if r.free_desks is None else str(r.free_desks), r.free_desks or 0),
                    (money(r.list_rent), r.list_rent),
                    (
                        r.vacant_since.isoformat() if r.vacant_since else "",
                        r.vacant_since or dt.date.min,
                    ),
                ]
                for r in self.rows
            ],
            [r.unit_id for r in self.rows],
            numeric=(2, 3, 4),
        )
        self.count.setText(
            QCoreApplication.translate("SpacesPage", "%1 units free on %2")
            .replace("%1", str(len(self.rows)))
            .replace("%2", self.page.on_date().isoformat())
        )

    def _allocate(self) -> None:
        uid = selected_id(self.table)
        if uid is None:
            messages.info(
                self,
                QCoreApplication.translate("SpacesPage", "Allocate"),
                QCoreApplication.translate("SpacesPage", "Select a vacant unit first."),
            )
            return
        unit = spaces.get_unit(self.db, uid)
        if AllocationDialog(self.db, unit=unit, start=self.page.on_date(), parent=self).exec():
            self.page.refresh_all()


class EndingTab(_Section):
    """Allocations ending in the next N days."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setRange(1, 730)
        self.days.setValue(60)
        self.count = QLabel()
        self.extend = QPushButton()
        bar.addWidget(self.days_label)
        bar.addWidget(self.days)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.extend)
        lay.addLayout(bar)
        self.table = make_table()
        lay.addWidget(self.table, 1)
        self.rows: list[AllocationRow] = []
        self.days.valueChanged.connect(self.refresh)
        self.extend.clicked.connect(self._extend)
        self.table.doubleClicked.connect(lambda _i: self._extend())
        self.retranslate()

    def retranslate(self) -> None:
        self.days_label.setText(QCoreApplication.translate("SpacesPage", "Ending within"))
        self.days.setSuffix(QCoreApplication.translate("SpacesPage", " days"))
        self.extend.setText(QCoreApplication.translate("SpacesPage", "&Extend or change…"))

    def refresh(self) -> None:
        self.rows = spaces.ending_within(self.db, self.days.value(), self.page.on_date())
        fill_table(
            self.table,
            allocation_headers(),
            [allocation_cells(r) for r in self.rows],
            [r.id for r in self.rows],
        )
        self.count.setText(
            QCoreApplication.translate("SpacesPage", "%1 allocations").replace(
                "%1", str(len(self.rows))
            )
        )

    def _extend(self) -> None:
        aid = selected_id(self.table)
        row = next((r for r in self.rows if r.id == aid), None)
        if row is None:
            messages.info(
                self,
                QCoreApplication.translate("SpacesPage", "Extend"),
                QCoreApplication.translate("SpacesPage", "Select an allocation first."),
            )
            return
        if AllocationDialog(self.db, existing=row, parent=self).exec():
            self.page.refresh_all()


class RentRollTab(_Section):
    """A month's rent roll: list rent, subsidy and rent due per tenant; export to Excel."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.month_label = QLabel()
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = dt.date.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.totals = QLabel()
        self.export = QPushButton()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.totals)
        bar.addWidget(self.export)
        lay.addLayout(bar)
        self.table = make_table()
        lay.addWidget(self.table, 1)
        self.roll: spaces.RentRoll | None = None
        self.month.dateChanged.connect(self.refresh)
        self.export.clicked.connect(self._export)
        self.retranslate()

    def retranslate(self) -> None:
        self.month_label.setText(QCoreApplication.translate("SpacesPage", "Month:"))
        self.export.setText(QCoreApplication.translate("SpacesPage", "E&xport to Excel…"))
        self._show_totals()

    def _month(self) -> dt.date:
        d = self.month.date()
        return dt.date(d.year(), d.month(), 1)

    def refresh(self) -> None:
        self.roll = spaces.rent_roll(self.db, self._month())
        fill_table(
            self.table,
            [
                QCoreApplication.translate("SpacesPage", "Tenant"),
                QCoreApplication.translate("SpacesPage", "Unit"),
                QCoreApplication.translate("SpacesPage", "Desks"),
                QCoreApplication.translate("SpacesPage", "Days"),
                QCoreApplication.translate("SpacesPage", "List rent"),
                QCoreApplication.translate("SpacesPage", "Agreed rent"),
                QCoreApplication.translate("SpacesPage", "Subsidy %"),
                QCoreApplication.translate("SpacesPage", "Subsidy"),
                QCoreApplication.translate("SpacesPage", "Rent due"),
            ],
            [
                [
                    (r.tenant_name, r.tenant_name),
                    (r.unit_label, r.unit_label),
                    (str(r.desks) if r.desks else "", r.desks or 0),
                    (str(r.days), r.days),
                    (money(r.list_rent), r.list_rent),
                    (money(r.agreed_rent), r.agreed_rent),
                    (f"{r.subsidy_percent:g} %", r.subsidy_percent),
                    (money(r.subsidy), r.subsidy),
                    (money(r.rent_due), r.rent_due),
                ]
                for r in self.roll.rows
            ],
            [r.allocation_id for r in self.roll.rows],
            numeric=range(2, 9),
        )
        self._show_totals()

    def _show_totals(self) -> None:
        if self.roll is None:
            self.totals.setText("")
            return
        self.totals.setText(
            QCoreApplication.translate("SpacesPage", "%1 lines · subsidy %2 · rent due %3")
            .replace("%1", str(len(self.roll.rows)))
            .replace("%2", money(self.roll.total_subsidy))
            .replace("%3", money(self.roll.total_due))
        )
        self.export.setEnabled(bool(self.roll.rows))

    def _export(self) -> None:
        if self.roll is None:
            return
        name = QCoreApplication.translate("SpacesPage", "Rent roll %1.xlsx").replace(
            "%1", self.roll.month.strftime("%Y-%m")
        )
        path = messages.save_file(
            self,
            QCoreApplication.translate("SpacesPage", "Export rent roll"),
            str(Path.home() / name),
            QCoreApplication.translate("SpacesPage", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self._start_export(self.roll, target)

    def _start_export(self, roll: spaces.RentRoll, target: Path) -> None:
        """Write the workbook in a worker thread, with a Cancel button, the window responsive."""
        title = QCoreApplication.translate("SpacesPage", "Export rent roll")
        self.progress = QProgressDialog(
            QCoreApplication.translate("SpacesPage", "Writing %1…").replace("%1", target.name),
            QCoreApplication.translate("SpacesPage", "Cancel"),
            0,
            0,
            self,
        )
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(300)
        self.worker = ExportWorker(roll, target)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.signals.done.connect(self._export_done)
        self.worker.signals.failed.connect(self._export_failed)
        self.export.setEnabled(False)
        QThreadPool.globalInstance().start(self.worker)

    def _export_done(self, path: str, written: bool) -> None:
        self.progress.reset()
        self.export.setEnabled(True)
        if written:
            self.page.status(
                QCoreApplication.translate("SpacesPage", "Rent roll saved to %1").replace(
                    "%1", path
                )
            )
        else:
            self.page.status(QCoreApplication.translate("SpacesPage", "Export cancelled."))

    def _export_failed(self, message: str) -> None:
        self.progress.reset()
        self.export.setEnabled(True)
        messages.error(
            self,
            QCoreApplication.translate("SpacesPage", "Export rent roll"),
            QCoreApplication.translate("SpacesPage", "The file could not be written: %1").replace(
                "%1", message
            ),
        )


class ExportSignals(QObject):
    """Signals: done(str path, bool written), failed(str message)."""

    done = Signal(str, bool)
    failed = Signal(str)


class ExportWorker(QRunnable):
    """Writes a rent roll workbook off the UI thread."""

    def __init__(self, roll: spaces.RentRoll, target: Path) -> None:
        super().__init__()
        self.roll, self.target = roll, target
        self.signals = ExportSignals()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            written = spaces.export_rent_roll(
                self.roll, self.target, cancelled=lambda: self._cancelled
            )
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
            return
        self.signals.done.emit(str(self.target), written)


# ---------------------------------------------------------------------------------------------
# Bookings: a day view (rooms side by side) and a week view (one room, seven days)
# ---------------------------------------------------------------------------------------------

FIRST_HOUR, LAST_HOUR = 0, 24
SCROLL_TO_HOUR = 7


def booking_resources(db: Database) -> list[tuple[str, str]]:
    """Bookable rooms, then shared equipment in service, as (key, label)."""
    out = [(f"u:{u.id}", u.label) for u in spaces.list_units(db, bookable=True)]
    out += [(f"e:{e.id}", e.name) for e in spaces.list_equipment(db, active_only=True)]
    return out


class BookingsTab(_Section):
    """Bookings of rooms and shared equipment by the hour. Double-click a free slot to book it.

    Rooms and equipment are keyed "u:<unit id>" and "e:<equipment id>"."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.mode = QComboBox()
        self.prev = QToolButton()
        self.day = date_edit(dt.date.today())
        self.next = QToolButton()
        self.today_btn = QPushButton()
        self.room = QComboBox()
        self.book = QPushButton()
        self.cancel = QPushButton()
        for w in (self.mode, self.prev, self.day, self.next, self.today_btn, self.room):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.book)
        bar.addWidget(self.cancel)
        lay.addLayout(bar)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        lay.addWidget(self.grid, 1)
        self.resources: list[tuple[str, str]] = []  # (key, label)
        self.bookings: list[BookingRow] = []
        self._columns: list[tuple[str, dt.date]] = []  # (resource key, day) per column
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.prev.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today_btn.clicked.connect(lambda: self.day.setDate(to_qdate(dt.date.today())))
        self.day.dateChanged.connect(self.refresh)
        self.room.currentIndexChanged.connect(self.refresh)
        self.book.clicked.connect(self._book)
        self.cancel.clicked.connect(self._cancel)
        self.grid.cellDoubleClicked.connect(self._double_clicked)
        self.grid.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        i = self.mode.currentIndex()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(QCoreApplication.translate("SpacesPage", "Day"), "day")
        self.mode.addItem(QCoreApplication.translate("SpacesPage", "Week"), "week")
        self.mode.setCurrentIndex(max(i, 0))
        self.mode.blockSignals(False)
        self.prev.setText("◀")
        self.prev.setToolTip(QCoreApplication.translate("SpacesPage", "Previous"))
        self.next.setText("▶")
        self.next.setToolTip(QCoreApplication.translate("SpacesPage", "Next"))
        self.today_btn.setText(QCoreApplication.translate("SpacesPage", "&Today"))
        self.book.setText(QCoreApplication.translate("SpacesPage", "&Book…"))
        self.cancel.setText(QCoreApplication.translate("SpacesPage", "Cancel &booking"))
        self._mode_changed()

    def _week(self) -> bool:
        return self.mode.currentData() == "week"

    def _mode_changed(self) -> None:
        self.room.setVisible(self._week())
        self.refresh()

    def _step(self, direction: int) -> None:
        d = from_qdate(self.day.date()) + dt.timedelta(days=direction * (7 if self._week() else 1))
        self.day.setDate(to_qdate(d))

    def refresh(self) -> None:
        resources = booking_resources(self.db)
        if resources != self.resources:
            current = self.room.currentData()
            self.resources = resources
            self.room.blockSignals(True)
            self.room.clear()
            for key, text in resources:
                self.room.addItem(text, key)
            self.room.setCurrentIndex(max(self.room.findData(current), 0))
            self.room.blockSignals(False)
        day = from_qdate(self.day.date())
        if self._week():
            monday = day - dt.timedelta(days=day.weekday())
            rid = self.room.currentData()
            self._columns = [(rid, monday + dt.timedelta(days=k)) for k in range(7)] if rid else []
            headers = [f"{d.strftime('%m-%d')} {self._weekday(d)}" for _, d in self._columns]
        else:
            self._columns = [(key, day) for key, _text in self.resources]
            headers = [text for _key, text in self.resources]
        days = sorted({d for _, d in self._columns})
        if days:
            start = dt.datetime.combine(days[0], dt.time()).astimezone()
            end = dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time()).astimezone()
            keys = {key for key, _ in self._columns}
            self.bookings = spaces.bookings_between(
                self.db,
                start,
                end,
                [int(k[2:]) for k in keys if k.startswith("u:")],
                [int(k[2:]) for k in keys if k.startswith("e:")],
            )
        else:
            self.bookings = []
        self.grid.clear()
        self.grid.clearSpans()
        hours = list(range(FIRST_HOUR, LAST_HOUR))
        self.grid.setRowCount(len(hours) * 2)
        self.grid.setColumnCount(len(self._columns))
        for c, text in enumerate(headers):
            header_item = QTableWidgetItem(text)
            header_item.setToolTip(text)
            self.grid.setHorizontalHeaderItem(c, header_item)
        self.grid.setVerticalHeaderLabels(
            [f"{h:02d}:{m:02d}" if m == 0 else "" for h in hours for m in (0, 30)]
        )
        for b in self.bookings:
            s, e = b.starts_at.astimezone(), b.ends_at.astimezone()
            key = f"u:{b.unit_id}" if b.unit_id is not None else f"e:{b.equipment_id}"
            for c, (rid, d) in enumerate(self._columns):
                if rid != key:
                    continue
                lo = (
                    dt.datetime.combine(d, dt.time()) + dt.timedelta(hours=FIRST_HOUR)
                ).astimezone()
                hi = (
                    dt.datetime.combine(d, dt.time()) + dt.timedelta(hours=LAST_HOUR)
                ).astimezone()
                if e <= lo or s >= hi:
                    continue
                r0 = int(max((s - lo).total_seconds(), 0) // 1800)
                r1 = int(-(-min((e - lo).total_seconds(), (hi - lo).total_seconds()) // 1800))
                text = f"{s.strftime('%H:%M')}–{e.strftime('%H:%M')} {b.holder}"
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, b.id)
                item.setToolTip(f"{b.unit_label}\n{text}\n{b.purpose}")
                item.setBackground(QColor("#bbdefb"))
                self.grid.setItem(r0, c, item)
                if r1 - r0 > 1:
                    self.grid.setSpan(r0, c, r1 - r0, 1)
        # Working hours first; an earlier booking scrolls the view up to it.
        first = min((b.starts_at.astimezone().hour for b in self.bookings), default=SCROLL_TO_HOUR)
        anchor = self.grid.model().index(min(first, SCROLL_TO_HOUR) * 2, 0)
        self.grid.scrollTo(anchor, QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_buttons()

    @staticmethod
    def _weekday(d: dt.date) -> str:
        names = [
            QCoreApplication.translate("SpacesPage", "Mon"),
            QCoreApplication.translate("SpacesPage", "Tue"),
            QCoreApplication.translate("SpacesPage", "Wed"),
            QCoreApplication.translate("SpacesPage", "Thu"),
            QCoreApplication.translate("SpacesPage", "Fri"),
            QCoreApplication.translate("SpacesPage", "Sat"),
            QCoreApplication.translate("SpacesPage", "Sun"),
        ]
        return names[d.weekday()]

    def _selected_booking(self) -> BookingRow | None:
        item = self.grid.currentItem()
        bid = item.data(ROLE_ID) if item is not None else None
        return next((b for b in self.bookings if b.id == bid), None)

    def _update_buttons(self) -> None:
        self.book.setEnabled(bool(self.resources))
        self.cancel.setEnabled(self._selected_booking() is not None)

    def _slot(self, row: int, col: int) -> tuple[str | None, dt.datetime | None]:
        if not (0 <= col < len(self._columns)):
            return None, None
        rid, d = self._columns[col]
        minutes = FIRST_HOUR * 60 + row * 30
        start = dt.datetime.combine(d, dt.time(minutes // 60, minutes % 60)).astimezone()
        return rid, start

    def _double_clicked(self, row: int, col: int) -> None:
        if self._selected_booking() is not None:
            return
        rid, start = self._slot(row, col)
        self._open_dialog(rid, start)

    def _book(self) -> None:
        rid, start = (None, None)
        idx = self.grid.currentIndex()
        if idx.isValid():
            rid, start = self._slot(idx.row(), idx.column())
        self._open_dialog(rid, start)

    def _open_dialog(self, rid: str | None, start: dt.datetime | None) -> None:
        if BookingDialog(self.db, rid, start, self).exec():
            self.refresh()

    def _cancel(self) -> None:
        b = self._selected_booking()
        if b is None:
            return
        s = b.starts_at.astimezone()
        text = (
            QCoreApplication.translate("SpacesPage", "Cancel the booking of %1 on %2 for %3?")
            .replace("%1", b.unit_label)
            .replace("%2", s.strftime("%Y-%m-%d %H:%M"))
            .replace("%3", b.holder)
        )
        if not messages.confirm(
            self, QCoreApplication.translate("SpacesPage", "Cancel booking"), text
        ):
            return
        try:
            spaces.cancel_booking(self.db, b.id, b.version)
        except ServiceError as exc:
            report_error(self, exc)
        self.refresh()


# ---------------------------------------------------------------------------------------------
# Sites, buildings and floors
# ---------------------------------------------------------------------------------------------


class PlaceDialog(FormDialog):
    """Add or rename a site, a building or a floor."""

    def __init__(
        self,
        db: Database,
        kind: str,
        parent_id: int | None,
        existing: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.parent_id, self.existing = db, kind, parent_id, existing
        titles = {
            "site": QCoreApplication.translate("SpacesPage", "Site"),
            "building": QCoreApplication.translate("SpacesPage", "Building"),
            "floor": QCoreApplication.translate("SpacesPage", "Floor"),
        }
        self.setWindowTitle(titles[kind])
        self.name = QLineEdit()
        if kind == "site":
            self.add_row(QCoreApplication.translate("SpacesPage", "&Name:"), self.name, "name")
            self.address = self.add_row(
                QCoreApplication.translate("SpacesPage", "&Address:"), QLineEdit(), "address"
            )
            if existing is not None:
                self.name.setText(existing.name)
                self.address.setText(existing.address)
        elif kind == "building":
            self.code = self.add_row(
                QCoreApplication.translate("SpacesPage", "&Code:"), QLineEdit(), "code"
            )
            self.add_row(QCoreApplication.translate("SpacesPage", "&Name:"), self.name, "name")
            if existing is not None:
                self.code.setText(existing.code)
                self.name.setText(existing.name)
        else:
            self.level = self.add_row(
                QCoreApplication.translate("SpacesPage", "&Level:"), QSpinBox(), "level"
            )
            self.level.setRange(-10, 200)
            self.level.setValue(1)
            self.add_row(QCoreApplication.translate("SpacesPage", "&Name:"), self.name, "name")
            self.plan_width = self.add_row(
                QCoreApplication.translate("SpacesPage", "Plan &width (m):"),
                QDoubleSpinBox(),
                "width",
            )
            self.plan_depth = self.add_row(
                QCoreApplication.translate("SpacesPage", "Plan &depth (m):"),
                QDoubleSpinBox(),
                "height",
            )
            for spin in (self.plan_width, self.plan_depth):
                spin.setRange(0, 2000)
                spin.setDecimals(1)
            self.plan_width.setValue(60)
            self.plan_depth.setValue(30)
            if existing is not None:
                self.level.setValue(existing.level)
                self.name.setText(existing.name)
                self.plan_width.setValue(float(existing.width))
                self.plan_depth.setValue(float(existing.height))
        self.resize(420, self.sizeHint().height())

    def submit(self) -> int | None:
        ex = self.existing
        if self.kind == "site":
            return spaces.save_site(
                self.db,
                ex.id if ex else None,
                self.name.text(),
                self.address.text(),
                ex.version if ex else None,
            )
        assert self.parent_id is not None
        if self.kind == "building":
            return spaces.save_building(
                self.db,
                ex.id if ex else None,
                self.parent_id,
                self.code.text(),
                self.name.text(),
                ex.version if ex else None,
            )
        return spaces.save_floor(
            self.db,
            ex.id if ex else None,
            self.parent_id,
            self.level.value(),
            self.name.text(),
            Decimal(str(self.plan_width.value())),
            Decimal(str(self.plan_depth.value())),
            ex.version if ex else None,
        )


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


class SpacesPage(Page):
    key = "spaces"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        bar = QHBoxLayout()
        self.date_label = QLabel()
        self.date = date_edit(dt.date.today())
        self.today = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("statusMessage")
        bar.addWidget(self.date_label)
        bar.addWidget(self.date)
        bar.addWidget(self.today)
        bar.addSpacing(16)
        bar.addWidget(self.message, 1)
        self.layout_.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(200)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        ll.addWidget(self.tree, 1)
        tb = QHBoxLayout()
        self.add_btn = QToolButton()
        self.add_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_btn.setMenu(self.add_menu)
        self.rename_btn = QToolButton()
        tb.addWidget(self.add_btn)
        tb.addWidget(self.rename_btn)
        tb.addStretch(1)
        ll.addLayout(tb)
        split.addWidget(left)
        self.tabs = QTabWidget()
        self.floor_tab = FloorTab(self)
        self.units_tab = UnitsTab(self)
        self.occupancy_tab = OccupancyTab(self)
        self.vacancy_tab = VacancyTab(self)
        self.ending_tab = EndingTab(self)
        self.rent_tab = RentRollTab(self)
        self.bookings_tab = BookingsTab(self)
        self.sections: list[_Section] = [
            self.floor_tab,
            self.units_tab,
            self.occupancy_tab,
            self.vacancy_tab,
            self.ending_tab,
            self.rent_tab,
            self.bookings_tab,
        ]
        for s in self.sections:
            self.tabs.addTab(s, "")
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        split.setSizes([230, 1100])
        self.layout_.addWidget(split, 1)
        self._dirty: set[int] = set(range(len(self.sections)))
        self.inventory: list[spaces.SiteNode] = []

        self.tree.currentItemChanged.connect(self._tree_changed)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.date.dateChanged.connect(lambda _d: self.refresh_all())
        self.today.clicked.connect(lambda: self.date.setDate(to_qdate(dt.date.today())))
        self.rename_btn.clicked.connect(self._rename)
        QShortcut(QKeySequence("F5"), self, self.refresh_all)
        self.retranslate()
        self.refresh()

    # -- texts -------------------------------------------------------------------------------

    def title_text(self) -> str:
        return self.tr("Spaces")

    def retranslate(self) -> None:
        super().retranslate()
        self.date_label.setText(self.tr("On:"))
        self.today.setText(self.tr("Today"))
        names = [
            self.tr("Floor plan"),
            self.tr("Units"),
            self.tr("Occupancy"),
            self.tr("Vacancies"),
            self.tr("Ending soon"),
            self.tr("Rent roll"),
            self.tr("Bookings"),
        ]
        for i, name in enumerate(names):
            self.tabs.setTabText(i, name)
        self.add_btn.setText(self.tr("Add"))
        self.add_menu.clear()
        self.add_menu.addAction(self.tr("Site…"), lambda: self._add("site"))
        self.add_menu.addAction(
            self.tr("Building on the selected site…"), lambda: self._add("building")
        )
        self.add_menu.addAction(
            self.tr("Floor in the selected building…"), lambda: self._add("floor")
        )
        self.rename_btn.setText(self.tr("Edit…"))
        if getattr(self, "inventory", None):
            # Tree labels and table headers are built from translated text: rebuild them.
            self.refresh()

    # -- data --------------------------------------------------------------------------------

    def on_date(self) -> dt.date:
        return from_qdate(self.date.date())

    def status(self, text: str) -> None:
        self.message.setText(text)

    def refresh(self) -> None:
        self._load_tree()
        self._dirty = set(range(len(self.sections)))
        self._tab_changed(self.tabs.currentIndex())

    def refresh_all(self) -> None:
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        if index in self._dirty and 0 <= index < len(self.sections):
            self._dirty.discard(index)
            section = self.sections[index]
            if section is self.floor_tab:
                self.floor_tab.refresh()
            else:
                section.refresh()

    def _load_tree(self) -> None:
        current = self.tree.currentItem()
        keep = (current.data(0, ROLE_KIND), current.data(0, ROLE_ID)) if current else None
        self.inventory = spaces.inventory(self.db)
        self.tree.blockSignals(True)
        self.tree.clear()
        first_floor: QTreeWidgetItem | None = None
        found: QTreeWidgetItem | None = None
        for site in self.inventory:
            si = QTreeWidgetItem([site.name])
            si.setData(0, ROLE_KIND, "site")
            si.setData(0, ROLE_ID, site.id)
            self.tree.addTopLevelItem(si)
            for b in site.buildings:
                bi = QTreeWidgetItem(
                    [b.name if b.name.startswith(b.code) else f"{b.code} {b.name}"]
                )
                bi.setData(0, ROLE_KIND, "building")
                bi.setData(0, ROLE_ID, b.id)
                si.addChild(bi)
                for f in b.floors:
                    text = self.tr("Floor %1").replace("%1", str(f.level))
                    if f.name and str(f.level) not in f.name:
                        text = f"{text} · {f.name}"
                    fi = QTreeWidgetItem([f"{text} ({f.units})"])
                    fi.setData(0, ROLE_KIND, "floor")
                    fi.setData(0, ROLE_ID, f.id)
                    bi.addChild(fi)
                    first_floor = first_floor or fi
                    if keep == ("floor", f.id):
                        found = fi
                if keep == ("building", b.id):
                    found = bi
            if keep == ("site", site.id):
                found = si
            si.setExpanded(True)
        target = found or first_floor
        if target is not None:
            self.tree.setCurrentItem(target)
            parent = target.parent()
            if parent is not None:
                parent.setExpanded(True)
        self.tree.blockSignals(False)
        self.floor_tab.floor_id = self._current_floor()
        if not self.inventory:
            self.status(self.tr("No sites yet: use Add › Site… to lay out the park."))

    def _current_floor(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ROLE_KIND) != "floor":
            return None
        return int(item.data(0, ROLE_ID))

    def _tree_changed(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        if current.data(0, ROLE_KIND) == "floor":
            self.floor_tab.set_floor(int(current.data(0, ROLE_ID)))
            self.tabs.setCurrentWidget(self.floor_tab)

    def _tree_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self.add_menu.actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Edit…"), self._rename)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _selected(self, kind: str) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, ROLE_KIND) != kind:
            item = item.parent()
        return None if item is None else int(item.data(0, ROLE_ID))

    def _add(self, kind: str) -> None:
        parent_id = None
        if kind == "building":
            parent_id = self._selected("site")
            if parent_id is None:
                messages.info(self, self.tr("Add building"), self.tr("Select a site first."))
                return
        elif kind == "floor":
            parent_id = self._selected("building")
            if parent_id is None:
                messages.info(self, self.tr("Add floor"), self.tr("Select a building first."))
                return
        if PlaceDialog(self.db, kind, parent_id, None, self).exec():
            self.refresh_all()

    def _rename(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, ident = item.data(0, ROLE_KIND), int(item.data(0, ROLE_ID))
        for site in self.inventory:
            if kind == "site" and site.id == ident:
                dlg = PlaceDialog(self.db, "site", None, site, self)
                break
            for b in site.buildings:
                if kind == "building" and b.id == ident:
                    dlg = PlaceDialog(self.db, "building", site.id, b, self)
                    break
                for f in b.floors:
                    if kind == "floor" and f.id == ident:
                        plan = spaces.floor_plan(self.db, f.id)
                        info = _FloorEdit(f.id, f.version, f.level, f.name, plan.width, plan.height)
                        dlg = PlaceDialog(self.db, "floor", b.id, info, self)
                        break
                else:
                    continue
                break
            else:
                continue
            break
        else:
            return
        if dlg.exec():
            self.refresh_all()

    def show_unit_on_plan(self, unit: UnitInfo) -> None:
        for i in range(self.tree.topLevelItemCount()):
            stack = [self.tree.topLevelItem(i)]
            while stack:
                it = stack.pop()
                if it is None:
                    continue
                if it.data(0, ROLE_KIND) == "floor" and it.data(0, ROLE_ID) == unit.floor_id:
                    self.tree.setCurrentItem(it)
                    self.tabs.setCurrentWidget(self.floor_tab)
                    self.floor_tab.view.select_unit(unit.id)
                    self.floor_tab.show_unit(unit.id)
                    return
                stack.extend(it.child(k) for k in range(it.childCount()))


class _FloorEdit:
    def __init__(
        self, id_: int, version: int, level: int, name: str, width: Decimal, height: Decimal
    ) -> None:
        self.id, self.version, self.level, self.name = id_, version, level, name
        self.plan_width, self.height = width, height


# ---------------------------------------------------------------------------------------------
# Tenant detail tab and settings section
# ---------------------------------------------------------------------------------------------


class TenantSpacesTab(QWidget):
    """What a tenant holds now and held before."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        lay = QVBoxLayout(self)
        self.now_label = QLabel()
        self.now_label.setStyleSheet("font-weight:600;")
        self.now_table = make_table()
        self.before_label = QLabel()
        self.before_label.setStyleSheet("font-weight:600;")
        self.before_table = make_table()
        bar = QHBoxLayout()
        self.allocate = QPushButton()
        bar.addWidget(self.now_label)
        bar.addStretch(1)
        bar.addWidget(self.allocate)
        lay.addLayout(bar)
        lay.addWidget(self.now_table, 1)
        lay.addWidget(self.before_label)
        lay.addWidget(self.before_table, 1)
        self.allocate.clicked.connect(self._allocate)
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("SpacesPage", "Spaces")

    def retranslate(self) -> None:
        self.allocate.setText(QCoreApplication.translate("SpacesPage", "&Allocate space…"))
        self._labels()

    def _labels(self) -> None:
        self.now_label.setText(
            QCoreApplication.translate("SpacesPage", "Holds now (%1)").replace(
                "%1", str(self.now_table.rowCount())
            )
        )
        self.before_label.setText(
            QCoreApplication.translate("SpacesPage", "Held before (%1)").replace(
                "%1", str(self.before_table.rowCount())
            )
        )

    def refresh(self) -> None:
        now, before = spaces.tenant_spaces(self.db, self.tenant_id)
        for table, rows in ((self.now_table, now), (self.before_table, before)):
            fill_table(
                table,
                allocation_headers("unit"),
                [allocation_cells(r, "unit") for r in rows],
                [r.id for r in rows],
            )
        allowed = {tid for tid, _ in spaces.tenant_choices(self.db)}
        self.allocate.setEnabled(self.tenant_id in allowed)
        self.allocate.setToolTip(
            ""
            if self.tenant_id in allowed
            else QCoreApplication.translate(
                "SpacesPage", "Graduated, exited or archived tenants are not given space."
            )
        )
        self._labels()

    def _allocate(self) -> None:
        if AllocationDialog(self.db, tenant_id=self.tenant_id, parent=self).exec():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)


class SpaceSettings(QWidget):
    """The rent-subsidy policies: month ranges counted from the tenant's entry, and a default."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.policies: list[spaces.PolicyInfo] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_label = QLabel()
        self.choose = QComboBox()
        self.new = QPushButton()
        top.addWidget(self.choose_label)
        top.addWidget(self.choose, 1)
        top.addWidget(self.new)
        lay.addLayout(top)
        form = QFormLayout()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        self.is_default = QCheckBox()
        self.active = QCheckBox()
        form.addRow("", self.is_default)
        form.addRow("", self.active)
        lay.addLayout(form)
        self.help = QLabel()
        self.help.setWordWrap(True)
        lay.addWidget(self.help)
        self.steps = QTableWidget(0, 3)
        self.steps.verticalHeader().setVisible(False)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.steps, 1)
        sb = QHBoxLayout()
        self.add_step = QPushButton()
        self.remove_step = QPushButton()
        self.error = QLabel()
        self.error.setStyleSheet("color:#c62828;")
        self.error.setWordWrap(True)
        self.save = QPushButton()
        sb.addWidget(self.add_step)
        sb.addWidget(self.remove_step)
        sb.addWidget(self.error, 1)
        sb.addWidget(self.save)
        lay.addLayout(sb)
        self.kit_label = QLabel()
        self.kit_label.setStyleSheet("font-weight:600;")
        lay.addWidget(self.kit_label)
        self.kit_table = make_table()
        self.kit_table.setMaximumHeight(170)
        lay.addWidget(self.kit_table)
        kb = QHBoxLayout()
        self.add_kit = QPushButton()
        self.edit_kit = QPushButton()
        kb.addWidget(self.add_kit)
        kb.addWidget(self.edit_kit)
        kb.addStretch(1)
        lay.addLayout(kb)
        self.kit: list[spaces.EquipmentInfo] = []
        self.add_kit.clicked.connect(lambda: self._edit_kit(None))
        self.edit_kit.clicked.connect(lambda: self._edit_kit(selected_id(self.kit_table)))
        self.kit_table.doubleClicked.connect(lambda _i: self._edit_kit(selected_id(self.kit_table)))
        self.choose.currentIndexChanged.connect(self._show)
        self.new.clicked.connect(self._new)
        self.add_step.clicked.connect(self._add_step)
        self.remove_step.clicked.connect(self._remove_step)
        self.save.clicked.connect(self._save)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("SpacesPage", "Rent subsidy")

    def retranslate(self) -> None:
        self.choose_label.setText(QCoreApplication.translate("SpacesPage", "Policy:"))
        self.new.setText(QCoreApplication.translate("SpacesPage", "&New policy"))
        self.name_label.setText(QCoreApplication.translate("SpacesPage", "&Name:"))
        self.is_default.setText(
            QCoreApplication.translate("SpacesPage", "Applied by &default to new allocations")
        )
        self.active.setText(
            QCoreApplication.translate("SpacesPage", "A&ctive (offered when allocating)")
        )
        self.help.setText(
            QCoreApplication.translate(
                "SpacesPage",
                "Each step gives a subsidy for a range of months counted from the tenant's entry "
                "date, e.g. months 0–12 at 100 % (first year free), 12–24 at 50 %. An "
                "allocation may override it with a fixed percentage.",
            )
        )
        self.steps.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SpacesPage", "From month"),
                QCoreApplication.translate("SpacesPage", "To month (not included)"),
                QCoreApplication.translate("SpacesPage", "Subsidy %"),
            ]
        )
        self.add_step.setText(QCoreApplication.translate("SpacesPage", "Add &step"))
        self.remove_step.setText(QCoreApplication.translate("SpacesPage", "&Remove step"))
        self.save.setText(QCoreApplication.translate("SpacesPage", "&Save policy"))
        self.kit_label.setText(
            QCoreApplication.translate("SpacesPage", "Shared equipment booked by the hour")
        )
        self.add_kit.setText(QCoreApplication.translate("SpacesPage", "Add e&quipment…"))
        self.edit_kit.setText(QCoreApplication.translate("SpacesPage", "Edit equ&ipment…"))
        if hasattr(self, "kit"):
            self._load_kit()  # its headers are set with its rows

    def refresh(self) -> None:
        self._load_kit()
        current = self.choose.currentData()
        self.policies = spaces.list_policies(self.db)
        self.choose.blockSignals(True)
        self.choose.clear()
        for p in self.policies:
            text = p.name + (
                QCoreApplication.translate("SpacesPage", " (default)") if p.is_default else ""
            )
            self.choose.addItem(text, p.id)
        self.choose.setCurrentIndex(max(self.choose.findData(current), 0))
        self.choose.blockSignals(False)
        self._show()

    def _load_kit(self) -> None:
        self.kit = spaces.list_equipment(self.db)
        fill_table(
            self.kit_table,
            [
                QCoreApplication.translate("SpacesPage", "Equipment"),
                QCoreApplication.translate("SpacesPage", "Kept in"),
                QCoreApplication.translate("SpacesPage", "Hourly rate"),
                QCoreApplication.translate("SpacesPage", "Buffer (min)"),
                QCoreApplication.translate("SpacesPage", "In service"),
            ],
            [
                [
                    (e.name, e.name),
                    (e.location, e.location),
                    (money(e.hourly_rate), e.hourly_rate),
                    (str(e.buffer_minutes), e.buffer_minutes),
                    (
                        QCoreApplication.translate("SpacesPage", "Yes")
                        if e.active
                        else QCoreApplication.translate("SpacesPage", "No"),
                        e.active,
                    ),
                ]
                for e in self.kit
            ],
            [e.id for e in self.kit],
            numeric=(2, 3),
        )
        self.edit_kit.setEnabled(bool(self.kit))

    def _edit_kit(self, kit_id: int | None) -> None:
        existing = next((e for e in self.kit if e.id == kit_id), None)
        if kit_id is not None and existing is None:
            return
        if EquipmentDialog(self.db, existing, self).exec():
            self._load_kit()

    def _policy(self) -> spaces.PolicyInfo | None:
        pid = self.choose.currentData()
        return next((p for p in self.policies if p.id == pid), None)

    def _show(self) -> None:
        p = self._policy()
        self.error.setText("")
        self.name.setText(p.name if p else "")
        self.is_default.setChecked(p.is_default if p else not self.policies)
        self.active.setChecked(p.active if p else True)
        self.steps.setRowCount(0)
        for st in p.steps if p else [{"from_month": 0, "to_month": 12, "percent": 100}]:
            self._add_step(st)

    def _new(self) -> None:
        self.choose.blockSignals(True)
        self.choose.setCurrentIndex(-1)
        self.choose.blockSignals(False)
        self._show()
        self.name.setFocus()

    def _add_step(self, step: dict[str, Any] | None = None) -> None:
        if not isinstance(step, dict):
            last = self.steps.rowCount()
            lo = self._spin(last - 1, 1) if last else 0
            step = {"from_month": lo, "to_month": lo + 12, "percent": 50}
        r = self.steps.rowCount()
        self.steps.insertRow(r)
        lo_spin, hi_spin = QSpinBox(), QSpinBox()
        for spin in (lo_spin, hi_spin):
            spin.setRange(0, 600)
        lo_spin.setValue(int(step["from_month"]))
        hi_spin.setValue(int(step["to_month"]))
        pct = QDoubleSpinBox()
        pct.setRange(0, 100)
        pct.setSuffix(" %")
        pct.setValue(float(step["percent"]))
        self.steps.setCellWidget(r, 0, lo_spin)
        self.steps.setCellWidget(r, 1, hi_spin)
        self.steps.setCellWidget(r, 2, pct)

    def _remove_step(self) -> None:
        r = self.steps.currentRow()
        if r < 0:
            r = self.steps.rowCount() - 1
        if r >= 0:
            self.steps.removeRow(r)

    def _spin(self, row: int, col: int) -> Any:
        widget = self.steps.cellWidget(row, col)
        assert isinstance(widget, (QSpinBox, QDoubleSpinBox))
        return widget.value()

    def _steps(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.steps.rowCount()):
            out.append(
                {
                    "from_month": self._spin(r, 0),
                    "to_month": self._spin(r, 1),
                    "percent": self._spin(r, 2),
                }
            )
        return out

    def _save(self) -> None:
        p = self._policy()
        try:
            pid = spaces.save_policy(
                self.db,
                p.id if p else None,
                self.name.text(),
                self._steps(),
                self.is_default.isChecked(),
                self.active.isChecked(),
                p.version if p else None,
            )
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        self.policies = []
        self.choose.blockSignals(True)
        self.choose.clear()
        self.choose.addItem("", pid)
        self.choose.blockSignals(False)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SpaceSettings", "SpacesPage", "TenantSpacesTab"]
