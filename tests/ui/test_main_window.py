"""The main window driven as a person would: sidebar, search, filters, sorting, menus, language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from incubator_desk.db import Database, migrate
from incubator_desk.services import overview as ov
from incubator_desk.ui import messages, settings
from incubator_desk.ui.main_window import PAGE_ORDER, MainWindow
from incubator_desk.ui.pages.mentoring import MentoringPage
from incubator_desk.ui.pages.register_page import RegisterPage
from incubator_desk.ui.pages.settings_page import SettingsPage


def type_text(qtbot, widget, text: str) -> None:
    """Type as a person would: ASCII through key presses, Chinese the way an IME commits it."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def click_sidebar(qtbot, win: MainWindow, key: str) -> None:
    item = win.sidebar.item(PAGE_ORDER.index(key))
    rect = win.sidebar.visualItemRect(item)
    qtbot.mouseClick(win.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_page_is_reached_through_the_sidebar(qtbot, window: MainWindow) -> None:
    for key in PAGE_ORDER:
        click_sidebar(qtbot, window, key)
        page = window.current_page()
        assert page is window.pages[key]
        assert page.title.text()
    assert settings.LAST_PAGE.get() == "settings"


def test_page_shortcuts(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("tenants")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.page("dashboard")


def test_dashboard_shows_database_figures_and_cards_open_pages(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    figures = ov.overview(demo_db)
    dash = window.page("dashboard")
    qtbot.waitUntil(lambda: not dash.is_filling(), timeout=10000)
    assert dash.cards["tenants"].value.text() == f"{figures.active_tenants:,}"
    assert dash.cards["funding"].value.text() == f"{figures.open_applications:,}"
    qtbot.mouseClick(dash.cards["funding"], Qt.MouseButton.LeftButton)
    assert window.current_page() is window.page("funding")


def test_tenant_search_filter_and_sort(qtbot, window: MainWindow, demo_db: Database) -> None:
    click_sidebar(qtbot, window, "tenants")
    page = window.page("tenants")
    assert isinstance(page, RegisterPage)
    assert page.model.total == 40
    assert page.count.text() == "40 record(s)"

    name = page.model.data(page.model.index(3, 0))
    fragment = name[2:6]
    type_text(qtbot, page.search, fragment)
    qtbot.waitUntil(lambda: page.model.query.search == fragment, timeout=2000)
    assert 1 <= page.model.total < 40
    assert all(
        fragment in page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())
    )

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 40, timeout=2000)
    stage_index = page.filter.findText("Graduated")
    page.filter.setCurrentIndex(stage_index)
    stages = {page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())}
    assert stages <= {"Graduated"}
    expected = ov.overview(demo_db).tenants_by_stage
    assert page.model.total == sum(n for s, n in expected.items() if s.value == "graduated")
    page.filter.setCurrentIndex(0)

    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert page.model.query.sort_key == "name_zh"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    second = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert second == list(reversed(first))


def test_hidden_columns_are_remembered(qtbot, window: MainWindow, demo_db: Database) -> None:
    page = window.page("tenants")
    assert isinstance(page, RegisterPage)
    page._show_column(2, False)
    from incubator_desk.app import build_window

    again = build_window(demo_db)
    qtbot.addWidget(again)
    restored = again.page("tenants")
    assert isinstance(restored, RegisterPage)
    assert restored.table.horizontalHeader().isSectionHidden(2)


def test_register_model_is_a_correct_qt_model(qtmodeltester, window: MainWindow) -> None:
    page = window.page("mentoring")
    assert isinstance(page, MentoringPage)
    qtmodeltester.check(page.sessions_tab.sessions.model)


def test_switching_language_retranslates_the_window(qtbot, window: MainWindow) -> None:
    click_sidebar(qtbot, window, "settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() != "Tenants", timeout=2000)
    assert window.sidebar.item(0).text() == "仪表盘"
    assert window.file_menu.title() == "文件(&F)"
    assert window.page("tenants").title.text() == "在孵企业"
    tenants = window.page("tenants")
    assert isinstance(tenants, RegisterPage)
    assert "条记录" in tenants.count.text()
    assert settings.LANGUAGE.get() == "zh_CN"

    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: window.sidebar.item(1).text() == "Tenants", timeout=2000)


def test_incubator_name_is_saved_and_validated(qtbot, window: MainWindow, demo_db) -> None:
    from incubator_desk.services import settings as app_settings

    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    page.name_zh.clear()
    page.name_en.clear()
    qtbot.keyClicks(page.name_zh, " ")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.name_error.isVisibleTo(page)
    assert "at least one language" in page.name_error.text()

    page.name_zh.clear()
    type_text(qtbot, page.name_zh, "前海创新孵化器")
    qtbot.keyClicks(page.name_en, "Qianhai Incubator")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert not page.name_error.isVisibleTo(page)
    stored = app_settings.get(demo_db, app_settings.INCUBATOR_NAME).value
    assert stored == {"zh": "前海创新孵化器", "en": "Qianhai Incubator"}


def test_stale_settings_edit_is_refused(qtbot, window: MainWindow, demo_db) -> None:
    from incubator_desk.services import settings as app_settings

    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    current = app_settings.get(demo_db, app_settings.INCUBATOR_NAME)
    app_settings.set_incubator_name(demo_db, "别处改过", "Changed elsewhere", current.version)
    page.name_en.clear()
    qtbot.keyClicks(page.name_en, "Mine")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert "changed by someone else" in page.name_error.text()
    assert app_settings.get(demo_db, app_settings.INCUBATOR_NAME).value["en"] == "Changed elsewhere"


def test_new_database_and_recent_list(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    target = tmp_path / "新的 孵化器.sqlite"
    monkeypatch.setattr(messages, "save_file", lambda *a: str(target))
    window.act_new.trigger()
    assert window.db.location.sqlite_path == target
    assert str(target) in window.db_label.text()
    assert settings.RECENT_DATABASES.get()[0] == str(target)
    tenants = window.page("tenants")
    assert isinstance(tenants, RegisterPage)
    assert tenants.model.total == 0
    assert tenants.count.text() == "0 record(s)"


def test_new_database_never_replaces_a_file(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    existing = tmp_path / "keep.sqlite"
    existing.write_bytes(b"precious")
    errors: list[str] = []
    monkeypatch.setattr(messages, "save_file", lambda *a: str(existing))
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    before = window.db
    window.act_new.trigger()
    assert errors and "already exists" in errors[0]
    assert existing.read_bytes() == b"precious"
    assert window.db is before


def test_opening_a_foreign_file_keeps_the_current_database(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    bad = tmp_path / "report.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    errors: list[str] = []
    monkeypatch.setattr(messages, "open_file", lambda *a: str(bad))
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    before = window.db
    window.act_open.trigger()
    assert errors and "not an Incubator Desk database" in errors[0]
    assert window.db is before
    assert bad.read_bytes() == b"PK\x03\x04 not a database"
    assert window.page("tenants").model.total == 40


def test_about_names_version_database_and_schema(window: MainWindow) -> None:
    from incubator_desk.ui.dialogs.about import AboutDialog

    window.act_about.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    assert about.values["database"].text() == str(window.db.location.sqlite_path)
    assert about.values["schema"].text() == f"{migrate.HEAD} / {migrate.HEAD}"
    about.close()


def test_window_geometry_is_remembered(qtbot, window: MainWindow, demo_db) -> None:
    window.resize(777, 555)  # within the offscreen screen (800×600)
    QApplication.processEvents()
    window.close()
    from incubator_desk.app import build_window

    again = build_window(demo_db)
    qtbot.addWidget(again)
    assert again.size().width() == 777
    assert again.size().height() == 555
