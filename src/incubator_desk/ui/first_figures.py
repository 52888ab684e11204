"""The Dashboard's card figures, read from the database file while the window is still loading.

`start(db_arg)` runs before Qt's widgets and the window's modules are imported: when the window
will open on the Dashboard and the database is a SQLite file of this version that asks nobody
to sign in (db/direct.py decides), each card reading starts at once in its own thread, so the
database counts while the rest of the program loads. The Dashboard then takes the readings
(`Early.readings`) instead of starting them again. Anything else: None, and the window opens
the ordinary way. Only QtCore is imported here (the settings), never QtWidgets.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from .. import paths
from ..db.direct import DirectReader, open_current_sqlite
from ..services import dashboard_figures as figs
from . import settings

# Benchmarks and smoke tests: "shown" quits as soon as the window's frame is on screen,
# "loaded" once the first page shows the database's figures, "ready" (or any other value)
# once, besides, the database is open (the whole window usable).
EXIT_AFTER_SHOW_ENV = "INCUBATOR_DESK_EXIT_AFTER_SHOW"
# The packaged build's smoke test: walk the window through its parts and load this PDF into
# the report preview, then exit 0 if all of that worked (ui/self_test.py says what it checks).
SELF_TEST_ENV = "INCUBATOR_DESK_SELF_TEST"

# The Dashboard's card readings, by the name the page gives them.
READINGS: dict[str, Callable[[DirectReader], Any]] = {
    "figures": figs.figures,
    "graduation": figs.graduation_counts,
    "money": figs.overdue_money,
}


class Reading:
    """One reading running in its own thread; `result()` waits for it (and raises what it
    raised)."""

    def __init__(self, name: str, job: Callable[[], Any]) -> None:
        self._job = job
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name=f"dashboard-{name}", daemon=True).start()

    def _run(self) -> None:
        try:
            self._value = self._job()
        except BaseException as exc:  # handed to whoever waits for the result
            self._error = exc
        finally:
            self._done.set()

    def result(self) -> Any:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class Early:
    """A database file being read before the window exists: its reader and the readings."""

    def __init__(self, reader: DirectReader) -> None:
        self.reader = reader
        self.readings = {
            name: Reading(name, functools.partial(read, reader)) for name, read in READINGS.items()
        }


def chosen_database(db_arg: str | None) -> str | None:
    """The database to start with as given: --db, $INCUBATOR_DESK_DB, else the last one."""
    return db_arg or os.environ.get(paths.DB_ENV) or settings.LAST_DATABASE.get() or None


def wanted(demo: bool) -> bool:
    """Whether this start shows the Dashboard's figures before the database is opened: not
    for the demo (made first), the self-test, or a start that ends at the first frame."""
    exit_after = os.environ.get(EXIT_AFTER_SHOW_ENV, "")
    return not (demo or os.environ.get(SELF_TEST_ENV) or exit_after == "shown")


def start(db_arg: str | None, demo: bool = False) -> Early | None:
    """Start reading the Dashboard's figures from the database file, when the window opens on
    the Dashboard and the file can be read that way; None otherwise."""
    if not wanted(demo) or settings.LAST_PAGE.get() not in ("", "dashboard"):
        return None
    reader = open_current_sqlite(chosen_database(db_arg) or str(paths.default_db_path()))
    if reader is None:
        return None
    try:
        figs.use_time_zone(reader)
    except sqlite3.Error:  # the ordinary opening reads the file again and says why
        return None
    return Early(reader)


__all__ = ["EXIT_AFTER_SHOW_ENV", "SELF_TEST_ENV", "Early", "Reading", "chosen_database", "start"]
