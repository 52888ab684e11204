"""Composition root of the window: Qt application, translators, database, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from . import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from .core.errors import DatabaseError, DatabaseLocationError
from .ui import first_figures, i18n, messages, opening, settings, theme
from .ui.demo import make_demo
from .ui.main_window import MainWindow, application_icon
from .ui.toolkit import install_exception_hook, install_qt_message_handler
from .ui.toolkit.access import follow_focus

if TYPE_CHECKING:
    from .db import Database
    from .ui.pages.base import Page

EXIT_AFTER_SHOW_ENV = first_figures.EXIT_AFTER_SHOW_ENV  # "shown", "loaded", "ready"
SELF_TEST_ENV = first_figures.SELF_TEST_ENV

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


def _first_figures(early: first_figures.Early | None) -> Page | None:
    """When the window opens on the Dashboard and its figures are being read from the file
    (ui/first_figures.py): the Dashboard, taking those readings; None otherwise."""
    if early is None or MainWindow.start_page() != "dashboard":
        return None
    from .ui.pages.dashboard import DashboardPage

    return DashboardPage(None, reader=early.reader, started=early.readings)


def _open_first(db_arg: str | None) -> Database | None:
    """Open the database to start with; when it cannot be opened, explain and offer choices
    (try again, locate it, restore a backup, open another, create one)."""
    from .db import resolve_location
    from .db.engine import location_from_string
    from .ui.dialogs.server_password import open_database_asking

    raw = first_figures.chosen_database(db_arg)
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
    db_arg: str | None = None,
    demo: bool = False,
    lang: str | None = None,
    user: str | None = None,
    early: first_figures.Early | None = None,
) -> int:
    """The window. `early`: the Dashboard's figures already being read from the database file
    (`first_figures.start`, called before Qt's widgets are loaded)."""
    install_qt_message_handler()  # before the QApplication: its plugins report while it starts
    app = make_application()
    self_test = os.environ.get(SELF_TEST_ENV, "")
    install_exception_hook(interactive=not self_test)
    i18n.install(lang or settings.LANGUAGE.get())
    theme.apply(settings.COLOUR_SCHEME.get())
    # The frame goes on screen first, as fast as a bare Qt window does, with the Dashboard
    # whose figures are being read from the file meanwhile (ui/first_figures.py); the database
    # layer is loaded and the database opened once they are in.
    exit_after = os.environ.get(EXIT_AFTER_SHOW_ENV, "")
    first = _first_figures(early)
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
