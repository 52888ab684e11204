"""Colours for what the window draws itself (board cards, charts, the floor plan, calendar
blocks), taken from the palette so they read in a light and a dark scheme alike.

Widgets paint with `colours(widget)` at paint time (never a colour kept from construction), so a
change of scheme shows at the next repaint. `accent(i)` and `tone(...)` give the few hues the
charts and plans need: each is picked for the scheme in use (darker on light, lighter on dark).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

Role = QPalette.ColorRole


class Tone(Enum):
    """What a colour says, whatever its hue in the scheme in use."""

    GOOD = "good"  # let, paid, done
    WARN = "warn"  # ending soon, partly let, incomplete
    BAD = "bad"  # overdue, clash, out of service
    INFO = "info"  # reserved, planned, selected
    NEUTRAL = "neutral"  # vacant, not applicable
    ROOM = "room"  # a meeting room, booked by the hour


# (light scheme, dark scheme): the light colours are dark enough for text on a pale background,
# the dark ones light enough on a dark one; fills are mixed from them with the base colour.
_TONES = {
    Tone.GOOD: ("#1a7f37", "#56d364"),
    Tone.WARN: ("#9a6700", "#e3b341"),
    Tone.BAD: ("#cf222e", "#ff7b72"),
    Tone.INFO: ("#0969da", "#58a6ff"),
    Tone.NEUTRAL: ("#6e7781", "#8b949e"),
    Tone.ROOM: ("#8250df", "#bc8cff"),
}
# Series colours for charts, distinct from one another in both schemes (Okabe–Ito, adjusted).
_ACCENTS = (
    ("#0969da", "#58a6ff"),
    ("#d4760a", "#f0a04b"),
    ("#1a7f37", "#56d364"),
    ("#8250df", "#bc8cff"),
    ("#bf3989", "#f778ba"),
    ("#6e7781", "#8b949e"),
    ("#0a7b83", "#39c5cf"),
    ("#9a6700", "#e3b341"),
)


def palette_of(widget: QWidget | None = None) -> QPalette:
    if widget is not None:
        return widget.palette()
    return QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the scheme in use is dark: its window colour is darker than its text."""
    p = palette or QApplication.palette()
    return p.color(Role.Window).lightness() < p.color(Role.WindowText).lightness()


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` with `share_of_b` of `b` blended in (0: a, 1: b)."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
        a.alphaF() * (1 - t) + b.alphaF() * t,
    )


@dataclass(frozen=True)
class Colours:
    """The colours of one palette that custom drawing needs."""

    palette: QPalette
    dark: bool

    @property
    def base(self) -> QColor:
        """The background of a card or a plan."""
        return self.palette.color(Role.Base)

    @property
    def window(self) -> QColor:
        return self.palette.color(Role.Window)

    @property
    def text(self) -> QColor:
        return self.palette.color(Role.Text)

    @property
    def muted(self) -> QColor:
        """Secondary text: a fund's name under its tenant, an axis label."""
        return mix(self.text, self.base, 0.4)

    @property
    def line(self) -> QColor:
        """A card's or a cell's border."""
        return mix(self.text, self.base, 0.75)

    @property
    def grid(self) -> QColor:
        """A chart's gridlines: fainter than a border."""
        return mix(self.text, self.base, 0.87)

    @property
    def highlight(self) -> QColor:
        return self.palette.color(Role.Highlight)

    @property
    def highlight_fill(self) -> QColor:
        """A selected card's background: a wash of the highlight, text stays readable."""
        return mix(self.base, self.highlight, 0.22)

    def tone(self, tone: Tone) -> QColor:
        """The strong colour of `tone`: for text, lines and chart bars."""
        return QColor(_TONES[tone][1 if self.dark else 0])

    def fill(self, tone: Tone) -> QColor:
        """A pale (light scheme) or deep (dark scheme) fill of `tone` that text reads on."""
        return mix(self.base, self.tone(tone), 0.28 if self.dark else 0.2)

    def accent(self, i: int) -> QColor:
        """The i-th series colour of a chart."""
        return QColor(_ACCENTS[i % len(_ACCENTS)][1 if self.dark else 0])


def colours(widget: QWidget | None = None) -> Colours:
    """The colours to paint `widget` with now (the application's palette without one)."""
    p = palette_of(widget)
    return Colours(p, is_dark(p))


class _ToneKeeper(QObject):
    """Gives a widget its tone again when the application's scheme changes."""

    def __init__(self, widget: QWidget, tone: Tone) -> None:
        super().__init__(widget)
        self.tone = tone
        widget.installEventFilter(self)

    def apply(self, widget: QWidget) -> None:
        p = widget.palette()
        colour = colours().tone(self.tone)  # the application's scheme, not the old palette
        p.setColor(Role.WindowText, colour)
        p.setColor(Role.Text, colour)
        widget.setPalette(p)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def set_text_tone(widget: QWidget, tone: Tone) -> None:
    """Show `widget`'s text in `tone` (a warning, a clash) in the scheme in use, and again
    in the new one when the scheme changes."""
    keeper = widget.findChild(_ToneKeeper)
    if keeper is None:
        keeper = _ToneKeeper(widget, tone)
    keeper.tone = tone
    keeper.apply(widget)
