"""The window's icons: one shipped set, drawn in the palette's colours at the screen's pixel
ratio; every button the icon table names exists on its page."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from incubator_desk.ui import icons
from incubator_desk.ui.main_window import PAGE_ORDER, MainWindow


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    """The colours of an icon's solid pixels."""
    image = icon.pixmap(QSize(24, 24), 1.0, mode).toImage()
    return [
        c
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).alpha() > 200
    ]


def _near(a: QColor, b: QColor) -> bool:
    """Within antialiasing's rounding of each other."""
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 6


def test_every_page_has_an_icon_of_the_set_and_the_set_ships_its_licence() -> None:
    assert set(icons.PAGES) == set(PAGE_ORDER)
    assert (icons.ICON_DIR / "LICENSE.txt").read_text(encoding="utf-8").startswith("MIT License")
    names = {n for table in icons.BUTTONS.values() for n in table.values()}
    for name in names | set(icons.PAGES.values()):
        assert (icons.ICON_DIR / f"{name}.svg").is_file(), name


def test_icons_take_the_palette_colour_and_stay_sharp_when_scaled(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        for text in ("#102030", "#e0e0e0"):  # a light scheme's dark text, a dark scheme's light
            p = QPalette(before)
            p.setColor(QPalette.ColorRole.ButtonText, QColor(text))
            app.setPalette(p)
            ink = _ink(icons.icon("settings"))
            assert ink and all(_near(c, QColor(text)) for c in ink)
        big = icons.icon("settings").pixmap(QSize(24, 24), 2.0)
        assert big.devicePixelRatio() == 2.0 and big.width() == 48  # drawn, not scaled up
    finally:
        app.setPalette(before)


def test_every_button_in_the_icon_table_exists_and_gets_its_icon(qtbot, window: MainWindow) -> None:
    for key, table in icons.BUTTONS.items():
        page = window.page(key)
        for path in table:
            assert not icons.button_at(page, path).icon().isNull(), (key, path)
    sidebar = window.sidebar
    for row in range(sidebar.count()):
        assert not sidebar.item(row).icon().isNull()


def test_a_tool_button_with_words_keeps_them_beside_its_icon(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    funding = window.page("funding")
    move = icons.button_at(funding, "move_button")
    assert move.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    zoom = icons.button_at(window.page("spaces"), "floor_tab.zoom_in")
    assert zoom.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert zoom.accessibleName() == "Zoom in"


def test_a_warning_keeps_its_tone_across_a_scheme_change(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from incubator_desk.ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    label = QLabel("⚠")
    qtbot.addWidget(label)
    theme.set_text_tone(label, theme.Tone.WARN)
    light = label.palette().color(QPalette.ColorRole.WindowText).name()
    try:
        dark = QPalette(before)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        app.setPalette(dark)
        qtbot.waitUntil(
            lambda: label.palette().color(QPalette.ColorRole.WindowText).name() != light,
            timeout=2000,
        )
        assert theme.is_dark()
    finally:
        app.setPalette(before)
