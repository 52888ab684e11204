"""The bookings tab: rooms and shared equipment by the hour, a day (side by side) or a week
(one room, seven days) at a time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from ....core import clock
from ....db import Database
from ....services import spaces
from ....services.spaces import BookingRow
from ... import messages
from ...dialogs.booking_dialog import BookingDialog
from ...toolkit import ErrorMessage, succeeded
from ...toolkit.access import name_filter
from ...widgets.spaces_form import date_edit, from_qdate, to_qdate
from .common import Section

if TYPE_CHECKING:
    from .page import SpacesPage

ROLE_ID = Qt.ItemDataRole.UserRole + 1

FIRST_HOUR, LAST_HOUR = 0, 24
SCROLL_TO_HOUR = 7


def booking_resources(db: Database) -> list[tuple[str, str]]:
    """Bookable rooms, then shared equipment in service, as (key, label)."""
    out = [(f"u:{u.id}", u.label) for u in spaces.list_units(db, bookable=True)]
    out += [(f"e:{e.id}", e.name) for e in spaces.list_equipment(db, active_only=True)]
    return out


class BookingsTab(Section):
    """Bookings of rooms and shared equipment by the hour. Double-click a free slot to book it.

    Rooms and equipment are keyed "u:<unit id>" and "e:<equipment id>"."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        self.errors = ErrorMessage(self, "")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.mode = QComboBox()
        self.prev = QToolButton()
        self.day = date_edit(clock.today())
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
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move in it
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
        self.today_btn.clicked.connect(lambda: self.day.setDate(to_qdate(clock.today())))
        self.day.dateChanged.connect(self.refresh)
        self.room.currentIndexChanged.connect(self.refresh)
        self.book.clicked.connect(self._book)
        self.cancel.clicked.connect(self._cancel)
        self.grid.cellDoubleClicked.connect(self._double_clicked)
        self.grid.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.errors.title = self.tr("Bookings")
        i = self.mode.currentIndex()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("Day"), "day")
        self.mode.addItem(self.tr("Week"), "week")
        self.mode.setCurrentIndex(max(i, 0))
        self.mode.blockSignals(False)
        name_filter(self.mode, self.tr("Day or week"))
        name_filter(self.room, self.tr("Room"))
        self.prev.setText("◀")
        self.prev.setToolTip(self.tr("Previous"))
        self.day.setAccessibleName(self.tr("Day"))
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next"))
        self.prev.setAccessibleName(self.tr("Previous"))
        self.next.setAccessibleName(self.tr("Next"))
        self.today_btn.setText(self.tr("&Today"))
        self.book.setText(self.tr("&Book…"))
        self.cancel.setText(self.tr("Cancel &booking"))
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
            start = clock.at(days[0])
            end = clock.at(days[-1] + dt.timedelta(days=1))
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
            s, e = clock.park_time(b.starts_at), clock.park_time(b.ends_at)
            key = f"u:{b.unit_id}" if b.unit_id is not None else f"e:{b.equipment_id}"
            for c, (rid, d) in enumerate(self._columns):
                if rid != key:
                    continue
                lo = clock.at(d, dt.time(FIRST_HOUR))
                hi = clock.at(d) + dt.timedelta(hours=LAST_HOUR)
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
        first = min(
            (clock.park_time(b.starts_at).hour for b in self.bookings), default=SCROLL_TO_HOUR
        )
        anchor = self.grid.model().index(min(first, SCROLL_TO_HOUR) * 2, 0)
        self.grid.scrollTo(anchor, QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_buttons()

    def _weekday(self, d: dt.date) -> str:
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
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
        start = clock.at(d, dt.time(minutes // 60, minutes % 60))
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
        s = clock.park_time(b.starts_at)
        text = (
            self.tr("Cancel the booking of %1 on %2 for %3?")
            .replace("%1", b.unit_label)
            .replace("%2", s.strftime("%Y-%m-%d %H:%M"))
            .replace("%3", b.holder)
        )
        if not messages.confirm(self, self.tr("Cancel booking"), text):
            return
        succeeded(self.errors, lambda: spaces.cancel_booking(self.db, b.id, b.version))
        self.refresh()
