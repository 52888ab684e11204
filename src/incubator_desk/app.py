"""Composition root of the window: Qt application, translators, database, main window."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from .core.errors import DatabaseError, DatabaseLocationError
from .ui import i18n, messages, opening, settings, theme
from .ui.demo import make_demo
from .ui.main_window import MainWindow, application_icon
from .ui.toolkit import install_exception_hook, install_qt_message_handler
from .ui.toolkit.access import follow_focus

if TYPE_CHECKING:
    from .db import Database
    from .ui.pages.base import Page

# Benchmarks and smoke tests: "shown" quits as soon as the window's frame is on screen,
# "loaded" once the first page shows the database's figures, "ready" (or any other value)
# once, besides, the database is open (the whole window usable).
EXIT_AFTER_SHOW_ENV = "INCUBATOR_DESK_EXIT_AFTER_SHOW"
# The packaged build's smoke test: walk the window through its parts and load this PDF into
# the report preview, then exit 0 if all of that worked (ui/self_test.py says what it checks).
SELF_TEST_ENV = "INCUBATOR_DESK_SELF_TEST"

STYLE = """
QLabel#pageTitle { font-size: 20px; font-weight: bold; padding: 4px 0 8px 0; }
QListWidget#sidebar { border: none; background: palette(alternate-base); font-size: 14px; }
QListWidget#sidebar::item { padding: 4px 8px; }
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#card:focus { border: 2px solid palette(highlight); }
QLabel#cardCaption { color: palette(placeholder-text); font-size: 13px; }
QLabel#cardValue { font-size: 28px; font-weight: bold; }
QLabel#cardDetail { color: palette(placeholder-text); }
QLabel#fieldError { color: #b00020; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setStyleSheet(STYLE)
    follow_focus(app)
    return app


def _chosen(db_arg: str | None) -> str | None:
    """The database to start with as given: --db, $INCUBATOR_DESK_DB, else the last one."""
    return db_arg or os.environ.get(paths.DB_ENV) or settings.LAST_DATABASE.get() or None


def _first_figures(db_arg: str | None) -> Page | None:
    """When the window opens on the Dashboard and the database to open is a SQLite file of
    this version: the Dashboard, already reading its figures from the file while the window
    is built and the database layer is not loaded yet (db/direct.py); None otherwise (or when
    the file cannot be read that way: the ordinary opening then says why)."""
    from .db.direct import open_current_sqlite
    from .services.dashboard_figures import use_time_zone
    from .ui.pages.dashboard import DashboardPage

    if MainWindow.start_page() != "dashboard":
        return None
    reader = open_current_sqlite(_chosen(db_arg) or str(paths.default_db_path()))
    if reader is None:
        return None
    try:
        use_time_zone(reader)
    except sqlite3.Error:
        return None
    return DashboardPage(None, reader=reader)


def _open_first(db_arg: str | None) -> Database | None:
    """Open the database to start with; when it cannot be opened, explain and offer choices
    (try again, locate it, restore a backup, open another, create one)."""
    from .db import resolve_location
    from .db.engine import location_from_string
    from .ui.dialogs.server_password import open_database_asking

    raw = _chosen(db_arg)
    try:
        location = resolve_location(raw)
    except DatabaseLocationError as exc:
        messages.error(
            None, QCoreApplication.translate("App", "Cannot open the database"), str(exc)
        )
        raw = None
        location = resolve_location(str(paths.default_db_path()))
    # Only the default database is made on first start; a named one must be there.
    create = raw is None
    while True:
        try:
            return open_database_asking(None, location, create=create).db
        except DatabaseError as exc:
            picked = opening.after_problem(None, exc, location)
            if picked is None:
                return None
            try:
                location = location_from_string(picked.raw)
            except DatabaseLocationError as bad:
                messages.error(
                    None, QCoreApplication.translate("App", "Cannot open the database"), str(bad)
                )
                continue
            create = picked.create


def _painted(window: MainWindow, then: Callable[[], object]) -> None:
    """Paint the window now, then go on (with `then`) from the event loop."""
    window.repaint()
    QTimer.singleShot(0, then)


def build_window(db: Database | None = None) -> MainWindow:
    window = MainWindow(db)

    def choose_language(choice: str) -> None:
        settings.LANGUAGE.set(choice)
        i18n.install(choice)

    window.language_chosen.connect(choose_language)
    return window


def run_gui(
    db_arg: str | None = None, demo: bool = False, lang: str | None = None, user: str | None = None
) -> int:
    install_qt_message_handler()  # before the QApplication: its plugins report while it starts
    app = make_application()
    self_test = os.environ.get(SELF_TEST_ENV, "")
    install_exception_hook(interactive=not self_test)
    i18n.install(lang or settings.LANGUAGE.get())
    theme.apply(settings.COLOUR_SCHEME.get())
    # The frame goes on screen first, as fast as a bare Qt window does; then the Dashboard,
    # its figures read from the file (db/direct.py); the database layer is loaded and the
    # database opened after that.
    exit_after = os.environ.get(EXIT_AFTER_SHOW_ENV, "")
    early = not (demo or self_test or exit_after == "shown")
    first = _first_figures(db_arg) if early else None
    window = build_window()
    window.user_hint = user or ""
    if first is not None:
        window.show_first_figures(first)
    window.show()
    status = {"code": 0}

    def start() -> None:
        if first is None:
            load()
            return
        if exit_after == "loaded":  # the figures are on screen: enough
            then: Callable[[], object] = app.quit
        else:  # the rest of the database layer once the figures are on screen
            then = load
        if first.is_filling():
            first.filled.connect(
                lambda: _painted(window, then), Qt.ConnectionType.SingleShotConnection
            )
        else:
            _painted(window, then)

    def load() -> None:
        from .db import credentials

        db = make_demo(window) if demo else _open_first(db_arg)
        if db is None:
            status["code"] = 1
            app.quit()
            return
        if not demo:  # the demo is remade on every --demo; it is not "the last database"
            settings.remember_database(credentials.remembered(db.location))
        window.attach_database(db)
        if window.db is not db:
            return  # waiting for someone to sign in (the window closes if nobody does)
        if self_test:
            from .ui.self_test import SelfTest

            test = SelfTest(window, Path(self_test), finish)
            QTimer.singleShot(0, test.start)
        elif exit_after and exit_after != "shown":
            page = window.current_page()
            if page.is_filling():  # its figures are still being counted
                page.filled.connect(app.quit)
            else:
                QTimer.singleShot(0, app.quit)

    def finish(code: int) -> None:
        status["code"] = code
        app.quit()

    if exit_after == "shown" and not self_test:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, start)
    try:
        code = app.exec()
        return status["code"] or code
    finally:
        if window.db is not None:
            window.db.dispose()
