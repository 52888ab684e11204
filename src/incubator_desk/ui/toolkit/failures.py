"""Unexpected exceptions and Qt's own messages: logged, shown to a person, never swallowed.

Expected errors are `ServiceError`s; the toolkit shows them where they belong (next to a
field, in a message). Anything else is a bug, and goes one way: `sys.excepthook`.

- `install_exception_hook()` (called once by the application) makes that hook log the
  exception with its traceback on the "incubator_desk" logger (incubator-desk.log in the data
  folder, opened by the command line) and show the crash dialog (`messages.crash`: what
  happened, where the log is, Copy details), so the window stays usable.
  `install_exception_hook(interactive=False)` is for runs no one watches (the window's
  self-test): the details go to stderr and the application exits with status 70.
- `install_qt_message_handler()` sends Qt's own warnings, errors and fatal messages to the same
  log, and on to stderr as Qt would have printed them; a fatal one is also shown to the person
  before Qt ends the program (a missing platform plugin, say).
- `report_unexpected(exc)` hands an exception caught elsewhere (a background task) to the
  same hook, traceback included.
- `log_file()`: the file the log is written to, if any.

Under pytest-qt the hooks are pytest-qt's own, so an unexpected exception in a slot or a task
fails the test that caused it instead of being printed and forgotten.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ...core.errors import ConnectionLost, PermissionDenied
from .. import messages

log = logging.getLogger("incubator_desk")
qt_log = logging.getLogger("incubator_desk.qt")

EXIT_UNEXPECTED = 70  # an unexpected error ended a run no one watches (EX_SOFTWARE)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_state = {"interactive": True, "showing": False}


@dataclass(frozen=True)
class Crash:
    """What went wrong: a one-line summary, the technical details, and the log that has them."""

    summary: str
    details: str
    log_file: Path | None


def log_file() -> Path | None:
    """The file the "incubator_desk" logger writes to, or None when it writes to no file."""
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def _in_gui_thread() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and QThread.currentThread() is app.thread()


def _show(crash: Crash) -> None:
    """The crash dialog over the active window; one at a time (a failing timer would stack them)."""
    if _state["showing"] or not _in_gui_thread():
        return
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    _state["showing"] = True
    try:
        messages.crash(parent, crash)
    finally:
        _state["showing"] = False


def _show_and_log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if isinstance(exc, (ConnectionLost, PermissionDenied)) and _state["interactive"]:
        # Not bugs: the server went away, or the person's role refuses what a page tried
        # without asking the service first. Said plainly; the next action connects again.
        log.warning("%s: %s", kind.__name__, exc, exc_info=(kind, exc, tb))
        if _in_gui_thread():
            app = QApplication.instance()
            parent = app.activeWindow() if isinstance(app, QApplication) else None
            title = (
                QCoreApplication.translate("failures", "Connection lost")
                if isinstance(exc, ConnectionLost)
                else QCoreApplication.translate("failures", "Not allowed")
            )
            messages.error(parent, title, str(exc))
        return
    log.error("Unexpected error", exc_info=(kind, exc, tb))
    if isinstance(exc, KeyboardInterrupt):
        return
    summary = f"{kind.__name__}: {exc}"
    details = "".join(traceback.format_exception(kind, exc, tb))
    if not _state["interactive"]:
        if sys.stderr is not None:
            print(f"Unexpected error: {summary}\n{details}", file=sys.stderr, flush=True)
        QCoreApplication.exit(EXIT_UNEXPECTED)
        return
    _show(Crash(summary, details, log_file()))


def install_exception_hook(interactive: bool = True) -> None:
    """Log and show every exception no code handled (slots, tasks, timers)."""
    _state["interactive"] = interactive
    sys.excepthook = _show_and_log


def report_unexpected(exc: BaseException) -> None:
    """Hand `exc`, caught where it cannot be raised further, to the exception hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)
    if sys.stderr is not None:  # where Qt would have printed it (None: a Windows window)
        print(message, file=sys.stderr, flush=True)
    if kind == QtMsgType.QtFatalMsg:  # Qt ends the program when this returns
        crash = Crash(f"Qt: {message}", f"{category}: {message}", log_file())
        if _in_gui_thread() and _state["interactive"]:
            _show(crash)
        elif sys.stderr is None:  # no window yet and no console: the system's own message box
            _native_message_box(f"{message}\n\n{crash.log_file or ''}")


def _native_message_box(text: str) -> None:
    if sys.platform == "win32":
        ctypes.windll.user32.MessageBoxW(None, text, "Incubator Desk", 0x10)  # MB_ICONERROR


def install_qt_message_handler() -> None:
    """Qt's messages into the log (and stderr); call before the QApplication exists."""
    qInstallMessageHandler(_qt_message)


__all__ = [
    "EXIT_UNEXPECTED",
    "Crash",
    "install_exception_hook",
    "install_qt_message_handler",
    "log",
    "log_file",
    "report_unexpected",
]
