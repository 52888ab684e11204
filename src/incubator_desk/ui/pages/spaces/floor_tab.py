"""The floor-plan tab: the plan of the floor chosen in the tree, layout editing, and the
clicked unit's details and allocation history with the actions on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.labels import label
from ....core.money import money
from ....core.vocabularies import AllocationStatus, RentBasis, UnitStatus
from ....services import spaces
from ....services.spaces import AllocationRow, Tile, UnitInfo
from ... import messages
from ...dialogs.allocation_dialog import AllocationDialog, EndAllocationDialog, MoveAllocationDialog
from ...dialogs.unit_dialog import UnitDialog
from ...toolkit import ErrorMessage, RowsModel, attempt, rows_view, succeeded
from ...widgets.floor_plan import FloorPlanView, Legend
from .common import Section, allocation_columns, selected_row

if TYPE_CHECKING:
    from .page import SpacesPage


class FloorTab(Section):
    """The plan of the floor chosen in the tree, with the clicked unit's details and history."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        self.floor_id: int | None = None
        self.unit: UnitInfo | None = None
        self.errors = ErrorMessage(self, "")
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
        self.unit_title.setStyleSheet("font-size:15px; font-weight: bold;")
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
        self.history = RowsModel(lambda: allocation_columns("tenant"))
        self.history_table = rows_view(self.history)
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
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 300])
        lay.addWidget(split, 1)

        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(self._fit)
        self.view.zoomed.connect(self._update_zoom_label)
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
        self.history_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.history_table.doubleClicked.connect(lambda _i: self._change())
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.errors.title = self.tr("Spaces")
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+wheel, or -)"))
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl+wheel, or +)"))
        self.fit.setText(self.tr("Fit"))
        self.fit.setToolTip(self.tr("Show the whole floor (100 %)"))
        for tool, name in (
            (self.zoom_out, self.tr("Zoom out")),
            (self.zoom_in, self.tr("Zoom in")),
            (self.fit, self.tr("Show the whole floor")),
        ):
            tool.setAccessibleName(name)
        self.view.setAccessibleName(self.tr("Floor plan"))
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.edit.setText(self.tr("&Edit layout"))
        self.edit.setToolTip(
            self.tr(
                "Drag units to move them; drag the blue corner to resize. Then save the layout."
            )
        )
        self.save_layout.setText(self.tr("&Save layout"))
        self.discard.setText(self.tr("&Discard changes"))
        self.add_unit.setText(self.tr("Add &unit…"))
        self.allocate_btn.setText(self.tr("&Allocate…"))
        self.edit_unit_btn.setText(self.tr("Edit u&nit…"))
        self.retire_btn.setText(self.tr("&Remove…"))
        self.retire_btn.setToolTip(
            self.tr("Delete a unit entered by mistake; a unit with any history is retired instead.")
        )
        self.history_label.setText(self.tr("Allocation history"))
        self.history.retranslate()
        self.change_btn.setText(self.tr("&Change…"))
        self.move_btn.setText(self.tr("&Move…"))
        self.end_btn.setText(self.tr("E&nd…"))
        self.cancel_btn.setText(self.tr("Cance&l"))
        self.cancel_btn.setToolTip(self.tr("Cancel an allocation entered by mistake"))
        self.legend.retranslate()
        self._update_zoom_label()
        self._show_unit_details()

    # -- loading -----------------------------------------------------------------------------

    def _discard_unsaved(self) -> bool:
        """True when there are no unsaved layout changes, or the person lets them go."""
        return not (self.view.edit_mode() and self.view.changed_placements()) or messages.confirm(
            self, self.tr("Floor plan"), self.tr("Discard the layout changes not yet saved?")
        )

    def set_floor(self, floor_id: int | None) -> None:
        if not self._discard_unsaved():
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
            except ServiceError:  # the floor was removed meanwhile: show none
                self.floor_id = None
                plan = None
            self.view.show_plan(plan)
            if fit:
                self.view.auto_fit = True
                self._fit()
        if self.unit is not None:
            self.show_unit(self.unit.id)
        else:
            self._show_unit_details()
        self._update_buttons()

    def show_unit(self, unit_id: int) -> None:
        try:
            self.unit = spaces.get_unit(self.db, unit_id)
        except ServiceError:  # removed meanwhile
            self.unit = None
        self.history.set_rows(spaces.unit_history(self.db, unit_id) if self.unit else [])
        self._show_unit_details()
        self._update_buttons()

    def _show_unit_details(self) -> None:
        u = self.unit
        if u is None:
            self.unit_title.setText(self.tr("Click a unit"))
            self.unit_details.setText(
                self.tr("Click a unit on the plan to see who holds it and its history.")
            )
            return
        plan = self.view.plan
        tile = next((t for t in plan.tiles if t.unit.id == u.id), None) if plan else None
        self.unit_title.setText(f"{u.label} · {label(u.kind)}")
        self.unit_details.setText("\n".join(self.unit_lines(u, tile)))

    def unit_lines(self, u: UnitInfo, tile: Tile | None) -> list[str]:
        """The clicked unit in words: size and rent with its unit, then who holds it on the
        page's date (or that it is vacant, or a room booked by the hour), then anything
        unusual about it (under maintenance, retired)."""
        lines = [self.tr("%1 m²").replace("%1", f"{float(u.area_m2):g}")]
        if u.lettable:
            rent = self.tr("List rent %1 %2").replace("%1", money(u.list_rent))
            rent = rent.replace("%2", label(u.rent_basis))
            if u.rent_basis != RentBasis.PER_UNIT_MONTH:
                monthly = spaces.list_rent_for(u, None)
                rent += " " + self.tr("(%1 a month for the whole unit)").replace(
                    "%1", money(monthly)
                )
            lines.append(rent)
        if u.desk_count:
            taken = tile.desks_taken if tile else 0
            lines.append(
                self.tr("Desks: %1 of %2 taken")
                .replace("%1", str(taken))
                .replace("%2", str(u.desk_count))
            )
        if u.features:
            lines.append(", ".join(u.features))
        holders = tile.holders if tile else []
        on = self.page.on_date().isoformat()
        if holders:
            lines.append(
                self.tr("Held on %1 by %2").replace("%1", on).replace("%2", ", ".join(holders))
            )
        elif not u.lettable:
            lines.append(self.tr("Booked by the hour (Bookings tab)"))
        elif u.status == UnitStatus.AVAILABLE:
            lines.append(self.tr("Vacant on %1").replace("%1", on))
        if u.status != UnitStatus.AVAILABLE:
            lines.append(label(u.status))
        if tile is not None and tile.ends_on is not None:
            lines.append(self.tr("Allocation ends on %1").replace("%1", tile.ends_on.isoformat()))
        return lines

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
        return selected_row(self.history_table, self.history)

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
            if not self._discard_unsaved():
                self.edit.blockSignals(True)
                self.edit.setChecked(True)
                self.edit.blockSignals(False)
                return
            self.view.set_edit_mode(False)
            self.refresh()
        self.view.set_edit_mode(on)
        self._update_buttons()

    def _save_layout(self) -> None:
        floor_id = self.floor_id
        if floor_id is None:
            return
        placements = self.view.changed_placements()
        if succeeded(self.errors, lambda: spaces.save_layout(self.db, floor_id, placements)):
            self.refresh()
            self.page.status(self.tr("Layout saved."))

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
        if UnitDialog(self.db, self.unit.floor_id, self.unit, parent=self).exec():
            self.page.refresh_all()

    def _retire(self) -> None:
        u = self.unit
        if u is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove unit"),
            self.tr(
                "Remove %1? If nothing refers to it, it is deleted. If it has allocations or "
                "bookings, it is retired instead: it stays in the history but can no longer be "
                "allocated or booked."
            ).replace("%1", u.label),
        ):
            return
        deleted = attempt(self.errors, lambda: spaces.remove_unit(self.db, u.id, u.version))
        if deleted is None:
            return
        self.unit = None
        self.page.refresh_all()
        done = self.tr("%1 deleted.") if deleted else self.tr("%1 retired.")
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
        text = (
            self.tr(
                "Cancel the allocation of %1 to %2 from %3? Use this only for an entry made by "
                "mistake; to stop an allocation, end it."
            )
            .replace("%1", row.unit_label)
            .replace("%2", row.tenant_name)
            .replace("%3", row.start_date.isoformat())
        )
        if not messages.confirm(self, self.tr("Cancel allocation"), text):
            return
        if succeeded(self.errors, lambda: spaces.cancel_allocation(self.db, row.id, row.version)):
            self.page.refresh_all()
