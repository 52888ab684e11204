"""Colours for what the window draws itself (board cards, charts, the floor plan, calendar
blocks), taken from the palette so they read in a light and a dark scheme alike; and the
scheme itself: the system's, or light or dark as chosen in Settings.

Widgets paint with `colours(widget)` at paint time (never a colour kept from construction), so a
change of scheme shows at the next repaint. `accent(i)` and `tone(...)` give the few hues the
charts and plans need: each is picked for the scheme in use (darker on light, lighter on dark).

    apply("system" | "light" | "dark")   # at start-up and when Settings changes it
    changed()                            # signal changed(bool dark), after apply or the system
    style_chart(chart)                   # a QChart in the scheme's colours

Qt follows the system by itself where its platform integration reports the scheme (Windows
11, macOS, GNOME/KDE): the palette changes and every widget repaints. Forcing a scheme uses
`QStyleHints.setColorScheme` (Qt 6.8+); where the platform does not honour it (offscreen, a
desktop without a scheme setting) the Fusion style with a palette of our own is used, so a
forced dark window is dark everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication, QPalette
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


# --- the scheme in use ------------------------------------------------------------------------

CHOICES = ("system", "light", "dark")


class _Scheme(QObject):
    """Signals: changed(bool dark) — the scheme in effect changed (after `apply` or the
    system's own switch); charts restyle themselves."""

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.choice = "system"
        self.own_palette = False
        self.original_style = ""


_scheme: _Scheme | None = None


def _state() -> _Scheme:
    global _scheme
    if _scheme is None:
        _scheme = _Scheme()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(lambda _s: _system_changed())
            if isinstance(app, QApplication):
                style = app.style()
                _scheme.original_style = style.name() if style is not None else ""
    return _scheme


def changed() -> SignalInstance:
    """The signal `changed(bool dark)`."""
    return _state().changed


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (used when the platform cannot make one)."""
    p = QPalette()
    text, disabled = QColor("#e6e6e6"), QColor("#7f8287")
    roles = {
        Role.Window: QColor("#2b2d30"),
        Role.WindowText: text,
        Role.Base: QColor("#1e1f22"),
        Role.AlternateBase: QColor("#313338"),
        Role.ToolTipBase: QColor("#3c3f41"),
        Role.ToolTipText: text,
        Role.PlaceholderText: QColor("#9a9da3"),
        Role.Text: text,
        Role.Button: QColor("#3a3d41"),
        Role.ButtonText: text,
        Role.BrightText: QColor("#ff6b6b"),
        Role.Light: QColor("#4a4d52"),
        Role.Midlight: QColor("#3f4247"),
        Role.Mid: QColor("#5a5d63"),
        Role.Dark: QColor("#a9acb2"),
        Role.Shadow: QColor("#101113"),
        Role.Highlight: QColor("#3574c4"),
        Role.HighlightedText: QColor("#ffffff"),
        Role.Link: QColor("#8ab4f8"),
        Role.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, Role.Highlight, QColor("#4a4d52"))
    return p


def apply(choice: str) -> bool:
    """Use the colour scheme `choice` ("system", "light", "dark"); returns whether it is dark."""
    if choice not in CHOICES:
        choice = "system"
    state = _state()
    state.choice = choice
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    hints = app.styleHints()
    if choice == "system":
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    want_dark = choice == "dark" or (
        choice == "system" and hints.colorScheme() == Qt.ColorScheme.Dark
    )
    _use_palette(app, want_dark)
    # Widgets styled by the application's style sheet keep the palette they were polished
    # with: setting the sheet again polishes them with the new one.
    app.setStyleSheet(app.styleSheet())
    dark = is_dark(app.palette())
    state.changed.emit(dark)
    return dark


def _use_palette(app: QApplication, want_dark: bool) -> None:
    """Leave the platform's palette alone when it already matches; otherwise Fusion + ours."""
    state = _state()
    if state.own_palette:  # back to what the platform gives before judging it
        state.own_palette = False
        if state.original_style and state.original_style.lower() != "fusion":
            app.setStyle(state.original_style)
        app.setPalette(QPalette())
    if is_dark(app.palette()) == want_dark:
        return
    app.setStyle("Fusion")
    if want_dark:
        app.setPalette(dark_palette())
    else:
        style = app.style()
        app.setPalette(style.standardPalette() if style is not None else QPalette())
    state.own_palette = True


def _system_changed() -> None:
    state = _state()
    if state.choice == "system":
        apply("system")


def style_chart(chart: object) -> None:
    """Give a QChart the scheme's colours: Qt's light or dark chart theme, the palette's base
    behind it, its text colour on titles, labels and the legend, the accents on its lines.
    Call it after the series and axes are added (a theme resets them), and on `changed`."""
    from PySide6.QtCharts import QChart, QXYSeries

    assert isinstance(chart, QChart)
    c = colours()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if c.dark else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(c.base)
    chart.setBackgroundRoundness(0)
    chart.setTitleBrush(c.text)
    chart.legend().setLabelColor(c.text)
    for axis in chart.axes():
        axis.setLabelsColor(c.text)
        axis.setTitleBrush(c.text)
        axis.setGridLineColor(c.grid)
        axis.setLinePenColor(c.line)
    for i, series in enumerate(chart.series()):
        if isinstance(series, QXYSeries):  # lines; bars keep the theme's own colours
            pen = series.pen()
            pen.setColor(c.accent(i))
            series.setPen(pen)
