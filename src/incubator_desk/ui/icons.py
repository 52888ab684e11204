"""The window's icons: one outline set (Tabler Icons, MIT licence, shipped as SVG files in
resources/icons/tabler with its LICENSE.txt), drawn in the palette's text colour.

`icon(name)` gives a QIcon whose engine draws the SVG when Qt asks for a pixmap, in the colour
of the palette in use at that moment (button text; highlighted text for a selected item;
the disabled text colour for a disabled button), at the screen's pixel ratio. So the icons stay
sharp at 150 % and 200 %, and follow a change between a light and a dark scheme.
`set_icon(button, name)` puts one on a button or action; `decorate(page)` gives a page's
buttons theirs from `BUTTONS`, one table for the whole window (a test checks every entry
names a button that exists).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolButton

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "tabler"

# What each action of the window shows, by the icon file's name.
PAGES = {
    "dashboard": "layout-dashboard",
    "tenants": "building-community",
    "spaces": "building-skyscraper",
    "mentoring": "school",
    "training": "presentation",
    "funding": "coins",
    "billing": "receipt",
    "reports": "report-analytics",
    "statistics": "list-check",
    "audit": "history",
    "settings": "settings",
}


# The buttons of each page, by the page's key: the attribute path of a button → its icon.
BUTTONS: dict[str, dict[str, str]] = {
    "audit": {
        "browser.clear": "x",
        "browser.export_button": "file-export",
    },
    "tenants": {
        "new_button": "plus",
        "open_button": "file-text",
        "archive_button": "trash",
        "import_button": "file-import",
        "export_button": "file-export",
    },
    "spaces": {
        "today": "calendar-event",
        "add_btn": "plus",
        "rename_btn": "pencil",
        "floor_tab.zoom_out": "zoom-out",
        "floor_tab.zoom_in": "zoom-in",
        "floor_tab.fit": "arrows-maximize",
        "floor_tab.edit": "pencil",
        "floor_tab.save_layout": "device-floppy",
        "floor_tab.discard": "x",
        "floor_tab.add_unit": "plus",
        "floor_tab.allocate_btn": "key",
        "floor_tab.edit_unit_btn": "pencil",
        "floor_tab.retire_btn": "trash",
        "floor_tab.change_btn": "pencil",
        "floor_tab.move_btn": "arrows-exchange",
        "floor_tab.end_btn": "door-exit",
        "floor_tab.cancel_btn": "x",
        "vacancy_tab.allocate": "key",
        "ending_tab.extend": "calendar-plus",
        "rent_tab.export": "file-export",
        "bookings_tab.prev": "chevron-left",
        "bookings_tab.next": "chevron-right",
        "bookings_tab.today_btn": "calendar-event",
        "bookings_tab.book": "calendar-plus",
        "bookings_tab.cancel": "x",
    },
    "mentoring": {
        "sessions_tab.new_session": "calendar-plus",
        "sessions_tab.edit_session": "pencil",
        "sessions_tab.cancel_session": "x",
        "sessions_tab.delete_session": "trash",
        "sessions_tab.export_mentor": "file-export",
        "mentors_tab.new_mentor": "user-plus",
        "mentors_tab.edit_mentor": "pencil",
        "mentors_tab.assign": "user-check",
        "mentors_tab.end_assign": "x",
        "mentors_tab.export": "file-export",
        "actions_tab.mark_done": "list-check",
        "actions_tab.open_action_session": "file-text",
        "calendar.prev": "chevron-left",
        "calendar.next": "chevron-right",
        "calendar.today": "calendar-event",
    },
    "training": {
        "new_event": "calendar-plus",
        "edit_event": "pencil",
        "cancel_event": "x",
        "held": "list-check",
        "export": "file-export",
        "register_btn": "user-plus",
        "cancel_reg": "x",
        "check_in_btn": "user-check",
        "walk_in": "user-plus",
    },
    "funding": {
        "new_app": "plus",
        "open_app": "file-text",
        "move_button": "arrow-right",
        "funds_tab.new_fund": "plus",
        "funds_tab.edit_fund": "pencil",
        "funds_tab.delete_fund": "trash",
    },
    "billing": {
        "bills_tab.run_button": "receipt",
        "bills_tab.open_button": "file-text",
        "bills_tab.print_button": "printer",
        "payments_tab.record_button": "cash",
        "arrears_tab.pay_button": "cash",
        "arrears_tab.statement_button": "file-text",
        "arrears_tab.letter_button": "printer",
        "arrears_tab.letters_button": "printer",
        "charges_tab.add_reading": "plus",
        "charges_tab.edit_reading": "pencil",
        "charges_tab.remove_reading": "trash",
        "charges_tab.add_fee": "plus",
    },
    "reports": {
        "maker.generate": "report-analytics",
        "maker.cancel": "x",
        "maker.print_button": "printer",
        "maker.save_button": "device-floppy",
    },
    "statistics": {
        "check.fix": "pencil",
        "check.export": "file-export",
        "assessment.settings": "settings",
    },
}


@cache
def _svg(name: str) -> str:
    path = ICON_DIR / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {ICON_DIR}")
    return path.read_text(encoding="utf-8")


@cache
def _renderer(name: str, rgba: int) -> QSvgRenderer:
    colour = QColor.fromRgba(rgba)
    svg = _svg(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    if colour.alpha() < 255:
        svg = svg.replace(
            'stroke-width="2"', f'stroke-width="2" stroke-opacity="{colour.alphaF():.2f}"'
        )
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def icon_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in: the palette's, by the icon's mode."""
    p = palette or QApplication.palette()
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    if mode == QIcon.Mode.Disabled:
        return p.color(group.Disabled, role.ButtonText)
    if mode == QIcon.Mode.Selected:
        return p.color(group.Active, role.HighlightedText)
    return p.color(group.Active, role.ButtonText)


class SvgIconEngine(QIconEngine):
    """Draws one of the set's SVG files in the palette's colour, at any size and pixel ratio."""

    def __init__(self, name: str) -> None:
        super().__init__()
        _svg(name)  # a name that is not in the set fails here, not when first painted
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self.name, icon_colour(mode).rgba()).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "incubator-desk-svg"

    def iconName(self) -> str:
        return self.name


def icon(name: str) -> QIcon:
    """The set's icon `name` (the SVG file's name without .svg)."""
    return QIcon(SvgIconEngine(name))


def set_icon(target: QAbstractButton | QAction, name: str) -> None:
    target.setIcon(icon(name))


def button_at(page: object, path: str) -> QAbstractButton:
    """The button at `path` (attributes separated by dots) of `page`."""
    target = page
    for part in path.split("."):
        target = getattr(target, part)
    if not isinstance(target, QAbstractButton):
        raise TypeError(f"{path} is not a button but {type(target).__name__}")
    return target


def decorate(key: str, page: object) -> None:
    """Give the buttons of page `key` their icons from `BUTTONS`. A tool button with words
    keeps them beside its icon; one with a sign for text (‹, +) shows the icon alone."""
    for path, name in BUTTONS.get(key, {}).items():
        button = button_at(page, path)
        set_icon(button, name)
        if isinstance(button, QToolButton) and any(ch.isalpha() for ch in button.text()):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
