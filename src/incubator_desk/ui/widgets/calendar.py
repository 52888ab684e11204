"""A week and month calendar of mentoring sessions, training events and room bookings.

`CalendarView` paints plain `Entry` rows and lets a person drag one to another time or day;
`CalendarPanel` adds the navigation, the filters (mentor, tenant, kind) and the loading from
the services, and carries out a drag as a move through the same service calls (and so the
same conflict checks) as the dialogs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.errors import ServiceError
from ...core.labels import label
from ...db import Database
from ...services import mentoring, training
from ...services.tenants import tenant_choices
from .. import messages
from ..theme import colours, mix
from .text_fit import wrapped

SESSION, EVENT, BOOKING = "session", "event", "booking"
ACCENTS = {SESSION: 0, EVENT: 2, BOOKING: 1}  # each kind's series colour (theme.accent)


def kind_colour(kind: str, widget: QWidget | None = None) -> QColor:
    """The strong colour of a kind of entry in the palette in use: its block's stripe."""
    return colours(widget).accent(ACCENTS.get(kind, 5))


FIRST_HOUR, LAST_HOUR = 8, 20  # the week view widens to show earlier or later items
SNAP_MINUTES = 15


@dataclass(frozen=True)
class Entry:
    """One item on the calendar (times in local time)."""

    kind: str  # SESSION, EVENT or BOOKING
    id: int
    version: int
    title: str
    detail: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    movable: bool = True


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class CalendarView(QWidget):
    """Paints a week (hours down, days across) or a month (a grid of days).

    Signals:
        activated(str, int): an item was double-clicked (kind, id).
        moved(object, object): an item was dragged (Entry, new local start datetime).
        step_requested(int): Page Up (-1), Page Down (+1) or Home (0, today) was pressed.
    """

    activated = Signal(str, int)
    moved = Signal(object, object)
    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "week"
        self.anchor = clock.today()
        self.entries: list[Entry] = []
        self._by_day: dict[dt.date, list[Entry]] = {}
        self._hits: list[tuple[QRectF, Entry]] = []
        self._drag: Entry | None = None
        self._press = QPoint()
        self._drag_pos: QPoint | None = None
        self.first_hour, self.last_hour = FIRST_HOUR, LAST_HOUR
        self.detail_loader: Callable[[int], str] | None = None
        self._details: dict[int, str] = {}
        self.setMouseTracking(True)
        self.setMinimumSize(640, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current: Entry | None = None  # the entry the keyboard is on

    def sizeHint(self) -> QSize:
        return QSize(980, 640)

    # --- range --------------------------------------------------------------------------------
    def days(self) -> list[dt.date]:
        if self.mode == "week":
            first = _monday(self.anchor)
            return [first + dt.timedelta(days=i) for i in range(7)]
        first = _monday(self.anchor.replace(day=1))
        return [first + dt.timedelta(days=i) for i in range(42)]

    def range(self) -> tuple[dt.datetime, dt.datetime]:
        days = self.days()
        return clock.at(days[0]), clock.at(days[-1] + dt.timedelta(days=1))

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        if self.current is not None:
            key = (self.current.kind, self.current.id)
            self.current = next((e for e in entries if (e.kind, e.id) == key), None)
        self._details = {}
        self._by_day = {}
        for e in entries:
            day = e.starts_at.date()
            last = (e.ends_at - dt.timedelta(seconds=1)).date()
            while day <= last:
                self._by_day.setdefault(day, []).append(e)
                day += dt.timedelta(days=1)
        for items in self._by_day.values():
            items.sort(key=lambda x: (x.starts_at, x.id))
        first_h, last_h = FIRST_HOUR, LAST_HOUR
        for e in entries:
            if e.starts_at.date() == (e.ends_at - dt.timedelta(seconds=1)).date():
                first_h = min(first_h, e.starts_at.hour)
                end_h = e.ends_at.hour + (1 if e.ends_at.minute else 0)
                last_h = max(last_h, end_h if end_h else 24)
        self.first_hour, self.last_hour = first_h, max(last_h, first_h + 1)
        self.update()

    # --- geometry -----------------------------------------------------------------------------
    def _gutter(self) -> float:
        return 48.0 if self.mode == "week" else 0.0

    def _header(self) -> float:
        return 24.0

    def _week_geometry(self) -> tuple[float, float, float]:
        col_w = (self.width() - self._gutter()) / 7
        hour_h = (self.height() - self._header()) / (self.last_hour - self.first_hour)
        return col_w, hour_h, self._gutter()

    def _month_cell(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - self._header()) / 6

    def _point_to_time(self, pos: QPointF, entry: Entry) -> dt.datetime | None:
        days = self.days()
        local_start = clock.park_time(entry.starts_at)
        if self.mode == "week":
            col_w, hour_h, gutter = self._week_geometry()
            col = int((pos.x() - gutter) // col_w)
            if not 0 <= col < 7:
                return None
            minutes = (pos.y() - self._header()) / hour_h * 60 + self.first_hour * 60
            minutes -= self._grab_offset_minutes
            minutes = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
            minutes = max(0, min(minutes, 24 * 60 - SNAP_MINUTES))
            return clock.at(days[col]) + dt.timedelta(minutes=minutes)
        cw, ch = self._month_cell()
        col, row = int(pos.x() // cw), int((pos.y() - self._header()) // ch)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        day = days[row * 7 + col]
        return clock.at(day, local_start.time().replace(tzinfo=None))

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), self.palette().base())
        self._hits = []
        if self.mode == "week":
            self._paint_week(p)
        else:
            self._paint_month(p)
        if self._drag is not None and self._drag_pos is not None:
            target = self._point_to_time(QPointF(self._drag_pos), self._drag)
            if target is not None:
                p.setPen(QPen(kind_colour(self._drag.kind, self), 2, Qt.PenStyle.DashLine))
                text = target.strftime("%Y-%m-%d %H:%M")
                p.drawText(self._drag_pos + QPoint(12, -6), text)
        p.end()

    def _paint_week(self, p: QPainter) -> None:
        col_w, hour_h, gutter = self._week_geometry()
        head = self._header()
        grid = self.palette().mid().color()
        text = self.palette().text().color()
        today = clock.today()
        p.setPen(grid)
        for h in range(self.first_hour, self.last_hour + 1):
            y = head + (h - self.first_hour) * hour_h
            p.drawLine(QPointF(gutter, y), QPointF(self.width(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - 2, gutter - 6, 16), Qt.AlignmentFlag.AlignRight, f"{h:02d}:00")
            p.setPen(grid)
        names = _weekday_names()
        for i, day in enumerate(self.days()):
            x = gutter + i * col_w
            p.setPen(grid)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            if day == today:
                p.fillRect(QRectF(x + 1, 0, col_w - 1, head), self.palette().highlight())
                p.setPen(self.palette().highlightedText().color())
            else:
                p.setPen(text)
            p.drawText(
                QRectF(x, 0, col_w, head),
                Qt.AlignmentFlag.AlignCenter,
                f"{names[day.weekday()]} {day.month}/{day.day}",
            )
            entries = sorted(self._by_day.get(day, []), key=lambda e: (e.starts_at, e.id))
            lanes: list[dt.datetime] = []
            placed: list[tuple[Entry, int]] = []
            for e in entries:
                for k, busy_until in enumerate(lanes):
                    if busy_until <= e.starts_at:
                        lanes[k] = e.ends_at
                        placed.append((e, k))
                        break
                else:
                    lanes.append(e.ends_at)
                    placed.append((e, len(lanes) - 1))
            n = max(len(lanes), 1)
            day_start = clock.at(day)
            for e, k in placed:
                first_m, last_m = self.first_hour * 60, self.last_hour * 60
                top_m = max((e.starts_at - day_start).total_seconds() / 60, first_m)
                end_m = min((e.ends_at - day_start).total_seconds() / 60, last_m)
                if end_m <= first_m or top_m >= last_m:
                    continue
                y0 = head + (top_m / 60 - self.first_hour) * hour_h
                y1 = head + (end_m / 60 - self.first_hour) * hour_h
                w = (col_w - 4) / n
                rect = QRectF(x + 2 + k * w, y0 + 1, w - 2, max(y1 - y0 - 2, 12))
                self._paint_block(p, rect, e)

    def _paint_month(self, p: QPainter) -> None:
        cw, ch = self._month_cell()
        head = self._header()
        grid = self.palette().mid().color()
        text = self.palette().text().color()
        dim = self.palette().placeholderText().color()
        fm = QFontMetrics(self.font())
        line_h = fm.height() + 2
        names = _weekday_names()
        today = clock.today()
        for i in range(7):
            p.setPen(text)
            p.drawText(QRectF(i * cw, 0, cw, head), Qt.AlignmentFlag.AlignCenter, names[i])
        for idx, day in enumerate(self.days()):
            row, col = divmod(idx, 7)
            cell = QRectF(col * cw, head + row * ch, cw, ch)
            p.setPen(grid)
            p.drawRect(cell)
            if day == today:
                p.fillRect(cell.adjusted(1, 1, 0, -ch + line_h), self.palette().highlight())
                p.setPen(self.palette().highlightedText().color())
            else:
                p.setPen(text if day.month == self.anchor.month else dim)
            p.drawText(cell.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
            entries = self._by_day.get(day, [])
            room = max(int((ch - line_h) // line_h), 0)
            shown = entries if len(entries) <= room else entries[: max(room - 1, 0)]
            for k, e in enumerate(shown):
                rect = QRectF(cell.x() + 2, cell.y() + line_h * (k + 1), cw - 4, line_h - 1)
                self._paint_entry(p, rect, e, f"{e.starts_at:%H:%M} {e.title}")
            if len(shown) < len(entries):
                p.setPen(text)
                more = QCoreApplication.translate(
                    "Calendar", "+%n more", None, len(entries) - len(shown)
                )
                p.drawText(
                    QRectF(cell.x() + 4, cell.y() + line_h * (len(shown) + 1), cw - 8, line_h),
                    Qt.AlignmentFlag.AlignLeft,
                    more,
                )

    def _fill_entry(self, p: QPainter, rect: QRectF, e: Entry) -> None:
        """A block's background: a wash of its kind's colour, a stripe of it on the left."""
        c = colours(self)
        strong = kind_colour(e.kind, self)
        share = 0.45 if self._drag is e else (0.32 if c.dark else 0.22)
        p.fillRect(rect, mix(c.base, strong, share))
        p.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), strong)
        if e is self.current and self.hasFocus():
            p.setPen(QPen(c.highlight, 2))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        self._hits.append((rect, e))

    def _paint_entry(self, p: QPainter, rect: QRectF, e: Entry, text: str) -> None:
        """A month-view line: the time and title on one line."""
        self._fill_entry(p, rect, e)
        p.setPen(colours(self).text)
        fm = QFontMetrics(p.font())
        p.drawText(
            rect.adjusted(6, 0, -2, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 8),
        )

    def _paint_block(self, p: QPainter, rect: QRectF, e: Entry) -> None:
        """A week-view block: the times, then the title wrapped over the lines the block has
        room for, then the detail (the tenants, the venue) if there is room left."""
        self._fill_entry(p, rect, e)
        c = colours(self)
        font = QFont(p.font())
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 6))
        line = QFontMetricsF(font).height()
        small_line = QFontMetricsF(small).height()
        inner = rect.adjusted(6, 1, -3, -1)
        width = inner.width()
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        when = f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M}"
        if inner.height() < small_line + line:  # one line only: the time and the title
            p.setPen(c.text)
            p.setFont(font)
            text = QFontMetricsF(font).elidedText(
                f"{e.starts_at:%H:%M} {e.title}", Qt.TextElideMode.ElideRight, width
            )
            p.drawText(inner, top, text)
            p.setFont(font)
            return
        p.setPen(c.muted)
        p.setFont(small)
        p.drawText(QRectF(inner.left(), inner.top(), width, small_line), top, when)
        y = inner.top() + small_line
        rows = int((inner.bottom() - y) // line)
        title = wrapped(e.title, font, width, rows)
        p.setPen(c.text)
        p.setFont(font)
        for text in title:
            p.drawText(QRectF(inner.left(), y, width, line), top, text)
            y += line
        rest = int((inner.bottom() - y) // small_line)
        if rest > 0 and e.detail:
            p.setPen(c.muted)
            p.setFont(small)
            for text in wrapped(e.detail, small, width, rest):
                p.drawText(QRectF(inner.left(), y, width, small_line), top, text)
                y += small_line
        p.setFont(font)

    # --- mouse --------------------------------------------------------------------------------
    def entry_at(self, pos: QPointF) -> Entry | None:
        for rect, e in reversed(self._hits):
            if rect.contains(pos):
                return e
        return None

    def entry_rect(self, entry_id: int, kind: str) -> QRectF | None:
        for rect, e in self._hits:
            if e.id == entry_id and e.kind == kind:
                return rect
        return None

    def detail_of(self, e: Entry) -> str:
        """The entry's second line; a month-view session reads its tenants when first asked."""
        if e.detail or e.kind != SESSION or self.detail_loader is None:
            return e.detail
        text = self._details.get(e.id)
        if text is None:
            text = self._details[e.id] = self.detail_loader(e.id)
        return text

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            e = self.entry_at(event.position())
            if e is not None and e.movable:
                self._drag = e
                self._press = event.position().toPoint()
                self._drag_pos = None
                self._grab_offset_minutes = 0.0
                if self.mode == "week":
                    _, hour_h, _ = self._week_geometry()
                    rect = self.entry_rect(e.id, e.kind)
                    if rect is not None:
                        self._grab_offset_minutes = (event.position().y() - rect.y()) / hour_h * 60
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (event.position().toPoint() - self._press).manhattanLength() > 6:
                self._drag_pos = event.position().toPoint()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
        else:
            e = self.entry_at(event.position())
            self.setToolTip(f"{e.title}\n{self.detail_of(e)}" if e else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, pos = self._drag, self._drag_pos
        self._drag, self._drag_pos = None, None
        self.unsetCursor()
        if drag is not None and pos is not None:
            target = self._point_to_time(QPointF(pos), drag)
            if target is not None and target != drag.starts_at:
                self.moved.emit(drag, target)
        self.update()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Home: 0}
        moves = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
        }
        key = event.key()
        if key in steps:
            self.step_requested.emit(steps[Qt.Key(key)])
            return
        if key in moves:
            self.move_current(moves[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.activated.emit(self.current.kind, self.current.id)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Put the keyboard on the next (or previous) entry in time, and say which it is."""
        ordered = sorted(self.entries, key=lambda e: (e.starts_at, e.kind, e.id))
        if not ordered:
            return
        if self.current is None or self.current not in ordered:
            self.current = ordered[0 if step > 0 else -1]
        else:
            i = ordered.index(self.current) + step
            self.current = ordered[max(0, min(i, len(ordered) - 1))]
        e = self.current
        self.setAccessibleDescription(
            f"{e.starts_at:%Y-%m-%d %H:%M}–{e.ends_at:%H:%M} {e.title}. {self.detail_of(e)}"
        )
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        e = self.entry_at(event.position())
        if e is not None:
            self._drag = None
            self.activated.emit(e.kind, e.id)
        super().mouseDoubleClickEvent(event)

    _grab_offset_minutes = 0.0


def _weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("Calendar", "Mon"),
        QCoreApplication.translate("Calendar", "Tue"),
        QCoreApplication.translate("Calendar", "Wed"),
        QCoreApplication.translate("Calendar", "Thu"),
        QCoreApplication.translate("Calendar", "Fri"),
        QCoreApplication.translate("Calendar", "Sat"),
        QCoreApplication.translate("Calendar", "Sun"),
    ]


class CalendarPanel(QWidget):
    """The calendar with its navigation and filters, loading from the services.

    Signals:
        open_session(int): a session was double-clicked.
        open_event(int): an event was double-clicked.
        changed(): an item was moved (other views may reload).
    """

    open_session = Signal(int)
    open_event = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.prev = QToolButton()
        self.prev.setText("‹")
        self.next = QToolButton()
        self.next.setText("›")
        self.today = QPushButton()
        self.week = QPushButton()
        self.month = QPushButton()
        for b in (self.week, self.month):
            b.setCheckable(True)
        self.week.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.week)
        group.addButton(self.month)
        self.range_label = QLabel()
        self.range_label.setObjectName("calendarRange")
        font = QFont(self.range_label.font())
        font.setBold(True)
        self.range_label.setFont(font)
        self.kind = QComboBox()
        self.mentor = QComboBox()
        self.tenant = QComboBox()
        self.tenant.setMaximumWidth(280)
        for nav in (self.prev, self.today, self.next, self.range_label):
            bar.addWidget(nav)
        bar.addStretch(1)
        self.kind_label, self.mentor_label, self.tenant_label = QLabel(), QLabel(), QLabel()
        for lab, w in (
            (self.kind_label, self.kind),
            (self.mentor_label, self.mentor),
            (self.tenant_label, self.tenant),
        ):
            lab.setBuddy(w)
            bar.addWidget(lab)
            bar.addWidget(w)
        bar.addWidget(self.week)
        bar.addWidget(self.month)
        box.addLayout(bar)
        self.view = CalendarView()
        self.view.detail_loader = self._session_tenants
        box.addWidget(self.view, 1)
        self.legend = QLabel()
        box.addWidget(self.legend)

        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(self.go_today)
        self.week.toggled.connect(lambda on: self.set_mode("week" if on else "month"))
        for combo in (self.kind, self.mentor, self.tenant):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.step_requested.connect(lambda d: self.step(d) if d else self.go_today())
        self.view.activated.connect(self._activated)
        self.view.moved.connect(self._moved)
        self._loaded = False
        self.retranslate()

    # --- navigation ---------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.view.mode = mode
        self.week.setChecked(mode == "week")
        self.month.setChecked(mode == "month")
        self.reload()

    def step(self, direction: int) -> None:
        a = self.view.anchor
        if self.view.mode == "week":
            self.view.anchor = a + dt.timedelta(days=7 * direction)
        else:
            month = a.month - 1 + direction
            self.view.anchor = dt.date(a.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.view.anchor = clock.today()
        self.reload()

    def show_date(self, day: dt.date) -> None:
        self.view.anchor = day
        self.reload()

    # --- data ---------------------------------------------------------------------------------
    def fill_filters(self) -> None:
        for combo in (self.mentor, self.tenant):
            combo.blockSignals(True)
        cur_m, cur_t = self.mentor.currentData(), self.tenant.currentData()
        self.mentor.clear()
        self.mentor.addItem(QCoreApplication.translate("Calendar", "All mentors"), None)
        for m in mentoring.list_mentors(self.db):
            self.mentor.addItem(m.name, m.id)
        self.tenant.clear()
        self.tenant.addItem(QCoreApplication.translate("Calendar", "All tenants"), None)
        for t in tenant_choices(self.db, open_only=False):
            self.tenant.addItem(t.name, t.id)
        self.mentor.setCurrentIndex(max(self.mentor.findData(cur_m), 0))
        self.tenant.setCurrentIndex(max(self.tenant.findData(cur_t), 0))
        for combo in (self.mentor, self.tenant):
            combo.blockSignals(False)

    def load_entries(self) -> list[Entry]:
        start, end = self.view.range()
        kind = self.kind.currentData() or ""
        mentor_id = self.mentor.currentData()
        tenant_id = self.tenant.currentData()
        out: list[Entry] = []
        if kind in ("", SESSION):
            # The month view paints without tenant names (shown on hover, read then).
            for s in mentoring.sessions_between(
                self.db,
                start,
                end,
                mentor_id=mentor_id,
                tenant_id=tenant_id,
                with_tenants=self.view.mode == "week",
            ):
                out.append(
                    Entry(
                        SESSION,
                        s.id,
                        s.version,
                        f"{s.mentor} · {s.topic or label(s.service_type)}",
                        " / ".join(s.tenants),
                        clock.park_time(s.starts_at),
                        clock.park_time(s.ends_at),
                    )
                )
        if kind in ("", EVENT) and mentor_id is None:
            tenant_events = None
            if tenant_id is not None:
                tenant_events = {r.event_id for r in training.events_for_tenant(self.db, tenant_id)}
            for e in training.events_between(self.db, start, end):
                if tenant_events is not None and e.id not in tenant_events:
                    continue
                out.append(
                    Entry(
                        EVENT,
                        e.id,
                        e.version,
                        e.title,
                        f"{label(e.kind)} · {e.venue}",
                        clock.park_time(e.starts_at),
                        clock.park_time(e.ends_at),
                    )
                )
        if kind in ("", BOOKING) and mentor_id is None:
            for b in mentoring.bookings_between(self.db, start, end, tenant_id=tenant_id):
                out.append(
                    Entry(
                        BOOKING,
                        b.id,
                        b.version,
                        f"{b.room} · {b.holder or b.purpose}",
                        b.purpose,
                        clock.park_time(b.starts_at),
                        clock.park_time(b.ends_at),
                    )
                )
        return out

    def _session_tenants(self, session_id: int) -> str:
        try:
            return " / ".join(mentoring.get_session(self.db, session_id).tenants)
        except ServiceError:
            return ""

    def reload(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.fill_filters()
        self.view.set_entries(self.load_entries())
        self._update_range_label()

    def set_database(self, db: Database) -> None:
        self.db = db
        self._loaded = False
        self.reload()

    def invalidate(self) -> None:
        """Read the mentors and tenants of the filters again at the next reload."""
        self._loaded = False

    def _update_range_label(self) -> None:
        days = self.view.days()
        if self.view.mode == "week":
            self.range_label.setText(f"{days[0]:%Y-%m-%d} – {days[-1]:%Y-%m-%d}")
        else:
            self.range_label.setText(f"{self.view.anchor:%Y-%m}")

    def _activated(self, kind: str, item_id: int) -> None:
        if kind == SESSION:
            self.open_session.emit(item_id)
        elif kind == EVENT:
            self.open_event.emit(item_id)
        else:
            b = next((x for x in self.view.entries if x.kind == BOOKING and x.id == item_id), None)
            if b is not None:
                messages.info(
                    self,
                    QCoreApplication.translate("Calendar", "Room booking"),
                    f"{b.title}\n{b.starts_at:%Y-%m-%d %H:%M} – {b.ends_at:%H:%M}\n{b.detail}",
                )

    def _moved(self, entry: Entry, new_start: dt.datetime) -> None:
        move: Callable[..., object] = {
            SESSION: mentoring.move_session,
            EVENT: training.move_event,
            BOOKING: mentoring.move_booking,
        }[entry.kind]
        try:
            move(self.db, entry.id, entry.version, new_start)
        except ServiceError as exc:
            messages.error(
                self, QCoreApplication.translate("Calendar", "The item was not moved"), str(exc)
            )
        self.reload()
        self.changed.emit()

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.today.setText(QCoreApplication.translate("Calendar", "&Today"))
        self.prev.setToolTip(QCoreApplication.translate("Calendar", "Previous") + " (Page Up)")
        self.prev.setAccessibleName(QCoreApplication.translate("Calendar", "Previous"))
        self.next.setAccessibleName(QCoreApplication.translate("Calendar", "Next"))
        self.view.setAccessibleName(QCoreApplication.translate("Calendar", "Calendar"))
        self.next.setToolTip(QCoreApplication.translate("Calendar", "Next") + " (Page Down)")
        self.week.setText(QCoreApplication.translate("Calendar", "&Week"))
        self.month.setText(QCoreApplication.translate("Calendar", "&Month"))
        self.kind_label.setText(QCoreApplication.translate("Calendar", "Show:"))
        self.mentor_label.setText(QCoreApplication.translate("Calendar", "Mentor:"))
        self.tenant_label.setText(QCoreApplication.translate("Calendar", "Tenant:"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(QCoreApplication.translate("Calendar", "Everything"), "")
        self.kind.addItem(QCoreApplication.translate("Calendar", "Mentoring sessions"), SESSION)
        self.kind.addItem(QCoreApplication.translate("Calendar", "Training events"), EVENT)
        self.kind.addItem(QCoreApplication.translate("Calendar", "Room bookings"), BOOKING)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        if self._loaded:
            self.mentor.setItemText(0, QCoreApplication.translate("Calendar", "All mentors"))
            self.tenant.setItemText(0, QCoreApplication.translate("Calendar", "All tenants"))
        swatch = '<span style="color:{c}">■</span> {t}'
        parts = [
            swatch.format(
                c=kind_colour(SESSION, self).name(),
                t=QCoreApplication.translate("Calendar", "Mentoring sessions"),
            ),
            swatch.format(
                c=kind_colour(EVENT, self).name(),
                t=QCoreApplication.translate("Calendar", "Training events"),
            ),
            swatch.format(
                c=kind_colour(BOOKING, self).name(),
                t=QCoreApplication.translate("Calendar", "Room bookings"),
            ),
            QCoreApplication.translate(
                "Calendar",
                "Double-click an item to open it (or arrow keys, then Enter); drag it to move it.",
            ),
        ]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self._update_range_label()
        if self._loaded:  # the entries' details name kinds and services in the language
            self.view.set_entries(self.load_entries())
        self.view.update()
