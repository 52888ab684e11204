"""The Spaces page: the date, the tree of sites, buildings and floors, and the tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....db import Database
from ....services import spaces
from ....services.spaces import BuildingNode, FloorNode, SiteNode, UnitInfo
from ... import messages
from ...dialogs.place_dialog import PlaceDialog
from ...widgets.spaces_form import date_edit, from_qdate, to_qdate
from ..base import Page
from .allocations_tabs import EndingTab, VacancyTab
from .bookings_tab import BookingsTab
from .common import Section
from .floor_tab import FloorTab
from .occupancy_tab import OccupancyTab
from .rent_roll_tab import RentRollTab
from .units_tab import UnitsTab

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


class SpacesPage(Page):
    """Sites, buildings and floors on the left; the floor plan, lists and bookings as tabs.

    Every tab shows the page's date ("On:"); a tab re-reads its data when it is shown after a
    change (`refresh_all` marks them all stale)."""

    key = "spaces"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        bar = QHBoxLayout()
        self.date_label = QLabel()
        self.date = date_edit(clock.today())
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
        self.sections: list[Section] = [
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
        self.inventory: list[SiteNode] = []
        # (kind, id) -> the node and the id of the site or building it is in
        self._nodes: dict[tuple[str, int], tuple[SiteNode | BuildingNode | FloorNode, int | None]]
        self._nodes = {}

        self.tree.currentItemChanged.connect(self._tree_changed)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.date.dateChanged.connect(lambda _d: self.refresh_all())
        self.today.clicked.connect(lambda: self.date.setDate(to_qdate(clock.today())))
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
        self.add_btn.setToolTip(self.tr("Add a site, building or floor"))
        self.add_menu.clear()
        self.add_menu.addAction(self.tr("Site…"), lambda: self._add("site"))
        self.add_menu.addAction(
            self.tr("Building on the selected site…"), lambda: self._add("building")
        )
        self.add_menu.addAction(
            self.tr("Floor in the selected building…"), lambda: self._add("floor")
        )
        self.rename_btn.setText(self.tr("Edit…"))
        if self.tree.topLevelItemCount():
            self.refresh()  # floor names in the tree, chart series and weekdays are texts too

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
            self.sections[index].refresh()

    def _load_tree(self) -> None:
        current = self.tree.currentItem()
        keep = (current.data(0, ROLE_KIND), current.data(0, ROLE_ID)) if current else None
        self.inventory = spaces.inventory(self.db)
        self._nodes = {}
        self.tree.blockSignals(True)
        self.tree.clear()
        first_floor: QTreeWidgetItem | None = None
        found: QTreeWidgetItem | None = None

        def item(text: str, kind: str, node: SiteNode | BuildingNode | FloorNode, up: int | None):
            it = QTreeWidgetItem([text])
            it.setData(0, ROLE_KIND, kind)
            it.setData(0, ROLE_ID, node.id)
            self._nodes[(kind, node.id)] = (node, up)
            return it

        for site in self.inventory:
            si = item(site.name, "site", site, None)
            self.tree.addTopLevelItem(si)
            for b in site.buildings:
                name = b.name if b.name.startswith(b.code) else f"{b.code} {b.name}"
                bi = item(name, "building", b, site.id)
                si.addChild(bi)
                for f in b.floors:
                    text = self.tr("Floor %1").replace("%1", str(f.level))
                    if f.name and str(f.level) not in f.name:
                        text = f"{text} · {f.name}"
                    fi = item(f"{text} ({f.units})", "floor", f, b.id)
                    bi.addChild(fi)
                    first_floor = first_floor or fi
                    found = fi if keep == ("floor", f.id) else found
                found = bi if keep == ("building", b.id) else found
            found = si if keep == ("site", site.id) else found
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
        if current is not None and current.data(0, ROLE_KIND) == "floor":
            self.floor_tab.set_floor(int(current.data(0, ROLE_ID)))
            self.tabs.setCurrentWidget(self.floor_tab)

    def _tree_menu(self, pos: QPoint) -> None:
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
        kind = str(item.data(0, ROLE_KIND))
        node, up = self._nodes[(kind, int(item.data(0, ROLE_ID)))]
        if PlaceDialog(self.db, kind, up, node, self).exec():
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
