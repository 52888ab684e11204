"""Unexpected exceptions: logged with their traceback and shown, never swallowed.

Expected errors are `ServiceError`s; the toolkit shows them where they belong (next to a
field, in a message). Anything else is a bug, and goes one way: `sys.excepthook`.

- `install_exception_hook()` (called once by the application) makes that hook log the
  exception with its traceback on the "incubator_desk" logger and show a message through
  `ui.messages`, so the window stays usable.
- `report_unexpected(exc)` hands an exception caught elsewhere (a background task) to the
  same hook, traceback included.

Under pytest-qt the hook is pytest-qt's own, so an unexpected exception in a slot or a task
fails the test that caused it instead of being printed and forgotten.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from .. import messages

log = logging.getLogger("incubator_desk")


def _show_and_log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("Unexpected error", exc_info=(kind, exc, tb))
    if isinstance(exc, KeyboardInterrupt):
        return
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    messages.error(
        parent,
        QCoreApplication.translate("Toolkit", "Unexpected error"),
        QCoreApplication.translate(
            "Toolkit",
            "Something went wrong that the program did not expect; the details are in the "
            "log.\n\n%1",
        ).replace("%1", f"{type(exc).__name__}: {exc}"),
    )


def install_exception_hook() -> None:
    """Log and show every exception no code handled (slots, tasks, timers)."""
    sys.excepthook = _show_and_log


def report_unexpected(exc: BaseException) -> None:
    """Hand `exc`, caught where it cannot be raised further, to the exception hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


__all__ = ["install_exception_hook", "log", "report_unexpected"]
