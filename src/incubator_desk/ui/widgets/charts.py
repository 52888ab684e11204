"""A bar chart drawn with the palette's colours: columns per category (grouped when there are
several series) or horizontal bars, with a title, a legend, gridlines on round numbers, the
values in tooltips and in words for a screen reader.

Small and dependency-free on purpose: the dashboard draws four of these on start-up, and the
colours come from `theme` at paint time, so the charts read in a light and a dark scheme.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolTip, QWidget

from ..theme import Colours, Tone, colours


@dataclass(frozen=True)
class Series:
    """One series: its name (in the legend) and a value per category."""

    name: str
    values: Sequence[float]


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) that covers `top` in about `ticks` gridlines."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def nice_top(top: float, ticks: int = 4) -> tuple[float, float]:
    """The axis's top (a gridline at or above `top`, never below it) and the step."""
    step = nice_step(top, ticks)
    return max(step, math.ceil(top / step - 1e-9) * step), step


@dataclass(frozen=True)
class Bar:
    """Where one bar was drawn, for its tooltip."""

    rect: QRectF
    text: str


class BarChart(QFrame):
    """A titled bar chart. `set_data` gives categories, series and how values are put in words.

    `horizontal` draws a bar per category from a label on the left (one series, or the first);
    otherwise columns stand on the categories, grouped by series. `tones` colour the bars of
    each category by what they mean instead of by series (e.g. stages left of the incubator).
    `track_to` draws a faint full-length track behind each horizontal bar (a share of 100 %).
    """

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader can say it
        self.horizontal = horizontal
        self.title = ""
        self.note = ""
        self.empty_text = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.tones: list[Tone | None] = []
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.axis_text: Callable[[float], str] | None = None
        self.track_to: float | None = None
        self.bars: list[Bar] = []

    def sizeHint(self) -> QSize:
        return QSize(360, 160)  # small: a page of charts shares out the height it has

    def minimumSizeHint(self) -> QSize:
        if not self.horizontal or not self.categories:
            return QSize(240, 150)
        # a line of text for each bar, with the title and the note above and below
        line = self.fontMetrics().height()
        return QSize(240, max(150, round(len(self.categories) * line * 1.3) + 4 * line))

    def set_title(self, title: str, note: str = "", empty_text: str = "") -> None:
        self.title, self.note, self.empty_text = title, note, empty_text
        self.setAccessibleName(title)
        self._describe()
        self.update()

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        value_text: Callable[[float], str] | None = None,
        *,
        axis_text: Callable[[float], str] | None = None,
        tones: Sequence[Tone | None] = (),
        track_to: float | None = None,
    ) -> None:
        self.categories = list(categories)
        self.series = list(series)
        if value_text is not None:
            self.value_text = value_text
        self.axis_text = axis_text
        self.tones = list(tones)
        self.track_to = track_to
        self._describe()
        self.updateGeometry()  # bars in rows need the height of their rows
        self.update()

    def has_data(self) -> bool:
        return any(v for s in self.series for v in s.values)

    def describe(self) -> str:
        """The chart in words: each category with its values."""
        if not self.has_data():
            return self.empty_text
        parts = []
        for i, cat in enumerate(self.categories):
            values = [
                (f"{s.name} " if len(self.series) > 1 else "") + self.value_text(s.values[i])
                for s in self.series
            ]
            parts.append(f"{cat}: {', '.join(values)}")
        return "; ".join(parts) + (f". {self.note}" if self.note else "")

    def _describe(self) -> None:
        self.setAccessibleDescription(self.describe())

    # --- painting ----------------------------------------------------------------------------
    def _colour(self, c: Colours, series: int, category: int) -> QColor:
        tone = self.tones[category] if category < len(self.tones) else None
        if tone is not None:
            return c.tone(tone) if tone is not Tone.INFO else c.accent(0)
        return c.accent(series)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours(self)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(c.highlight if self.hasFocus() else c.line)
        p.setBrush(c.base)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        fm = self.fontMetrics()
        area = QRectF(self.contentsRect()).adjusted(10, 8, -10, -8)
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(c.text)
        title_h = QFontMetrics(title_font).height()
        p.drawText(
            QRectF(area.left(), area.top(), area.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(
                self.title, Qt.TextElideMode.ElideRight, int(area.width())
            ),
        )
        p.setFont(self.font())
        area.setTop(area.top() + title_h + 6)
        if self.note:
            p.setPen(c.muted)
            note_rect = QRectF(area.left(), area.bottom() - fm.height(), area.width(), fm.height())
            p.drawText(
                note_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(self.note, Qt.TextElideMode.ElideRight, int(area.width())),
            )
            area.setBottom(note_rect.top() - 4)
        self.bars = []
        if not self.has_data():
            p.setPen(c.muted)
            p.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            p.end()
            return
        if len(self.series) > 1:
            area.setTop(self._legend(p, c, area) + 4)
        if self.horizontal:
            self._paint_bars(p, c, area)
        else:
            self._paint_columns(p, c, area)
        p.end()

    def _legend(self, p: QPainter, c: Colours, area: QRectF) -> float:
        fm = self.fontMetrics()
        x, y = area.left(), area.top()
        box = fm.height() * 0.7
        for i, s in enumerate(self.series):
            width = box + 4 + fm.horizontalAdvance(s.name) + 14
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + fm.height() + 2
            p.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), c.accent(i))
            p.setPen(c.text)
            p.drawText(QPointF(x + box + 4, y + fm.ascent()), s.name)
            x += width
        return y + fm.height()

    def _paint_columns(self, p: QPainter, c: Colours, area: QRectF) -> None:
        fm = self.fontMetrics()
        top_value = max((max(s.values, default=0) for s in self.series), default=0)
        top, step = nice_top(float(top_value))
        axis = self.axis_text or self.value_text
        ticks = [i * step for i in range(round(top / step) + 1)]
        gutter = max(fm.horizontalAdvance(axis(t)) for t in ticks) + 6
        plot = QRectF(area.left() + gutter, area.top() + fm.height() / 2, 0, 0)
        plot.setRight(area.right())
        plot.setBottom(area.bottom() - fm.height() - 4)
        for t in ticks:
            y = plot.bottom() - plot.height() * t / top
            p.setPen(c.grid if t else c.line)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(c.muted)
            p.drawText(
                QRectF(area.left(), y - fm.height() / 2, gutter - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                axis(t),
            )
        n = max(len(self.categories), 1)
        slot = plot.width() / n
        group = slot * 0.7
        bar_w = group / max(len(self.series), 1)
        for i, cat in enumerate(self.categories):
            x0 = plot.left() + i * slot + (slot - group) / 2
            for j, s in enumerate(self.series):
                v = float(s.values[i])
                h = plot.height() * v / top
                rect = QRectF(x0 + j * bar_w + 1, plot.bottom() - h, bar_w - 2, h)
                p.fillRect(rect, self._colour(c, j, i))
                label = (f"{s.name}: " if len(self.series) > 1 else "") + self.value_text(v)
                self.bars.append(Bar(QRectF(rect.left(), plot.top(), rect.width(), plot.height()),
                                     f"{cat}\n{label}"))  # fmt: skip
            p.setPen(c.text)
            p.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, fm.height() + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(slot)),
            )

    def _paint_bars(self, p: QPainter, c: Colours, area: QRectF) -> None:
        fm = self.fontMetrics()
        values = [float(v) for v in self.series[0].values]
        top = self.track_to or max(values, default=0) or 1.0
        label_w = min(max(fm.horizontalAdvance(cat) for cat in self.categories) + 12,
                      area.width() * 0.4)  # fmt: skip
        value_w = max(fm.horizontalAdvance(self.value_text(v)) for v in values) + 8
        n = max(len(self.categories), 1)
        row = min(area.height() / n, fm.height() * 2.2)
        bar_h = max(min(row * 0.62, fm.height() * 1.3), 4)
        left = area.left() + label_w
        width = max(area.width() - label_w - value_w, 10)
        for i, cat in enumerate(self.categories):
            y = area.top() + i * row
            p.setPen(c.text)
            p.drawText(
                QRectF(area.left(), y, label_w - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(cat, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
            bar = QRectF(left, y + (row - bar_h) / 2, width * values[i] / top, bar_h)
            if self.track_to:
                p.fillRect(QRectF(left, bar.top(), width, bar_h), c.grid)
            p.fillRect(bar, self._colour(c, 0, i))
            text = self.value_text(values[i])
            p.setPen(c.text)
            p.drawText(
                QRectF(bar.right() + 6, y, value_w, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            self.bars.append(Bar(QRectF(area.left(), y, area.width(), row), f"{cat}: {text}"))

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            bar = next((b for b in self.bars if b.rect.contains(QPointF(e.pos()))), None)
            if bar is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), bar.text, self)
            return True
        return super().event(e)
