"""Choosing the database to open: a file, or an archive from another computer (unpacked where
the person says); and what to do when the database asked for cannot be opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import paths
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from . import messages
from .toolkit import run_task

if TYPE_CHECKING:  # the database layer loads once the window is on screen
    from ..core.errors import ServiceError
    from ..db.engine import DatabaseLocation

DB_FILTER = "Incubator Desk database (*.sqlite *.db);;All files (*)"
_t = Translator("Opening")
OPEN_TITLE = QT_TRANSLATE_NOOP("Opening", "Open database")
WHERE_TITLE = QT_TRANSLATE_NOOP("Opening", "Where should the database from the archive go?")
UNPACKING = QT_TRANSLATE_NOOP("Opening", "Unpacking the archive…")
ARCHIVE_TITLE = QT_TRANSLATE_NOOP("Opening", "Open an archive")
NEW_TITLE = QT_TRANSLATE_NOOP("Opening", "New database")
LOCATE_TITLE = QT_TRANSLATE_NOOP("Opening", "Locate the database")
EXISTS = QT_TRANSLATE_NOOP(
    "Opening",
    "%1 already exists. A new database never replaces an existing file: "
    "choose another name, or use Open to open it.",
)
OPEN_FILTER = (
    "Incubator Desk database or archive (*.sqlite *.db *.zip);;"
    "Incubator Desk database (*.sqlite *.db);;Incubator Desk archive (*.zip);;All files (*)"
)


@dataclass(frozen=True)
class Picked:
    """What to open next: a path or URL, and whether to create it."""

    raw: str
    create: bool = False


def choose_file(parent: QWidget | None, start: str) -> str:
    """A database file to open; an archive is unpacked first (its new database's path)."""
    from ..services import backups as svc

    path = messages.open_file(parent, _t(OPEN_TITLE), start, OPEN_FILTER)
    if path and svc.is_archive(Path(path)):
        unpacked = unpack_archive(parent, Path(path))
        return str(unpacked) if unpacked is not None else ""
    return path


def unpack_archive(parent: QWidget | None, archive: Path) -> Path | None:
    """Ask where the database from an archive goes, unpack it there; its path, or None."""
    from ..services import backups as svc

    suggested = paths.data_dir() / f"{archive.stem}.sqlite"
    target = messages.save_file(parent, _t(WHERE_TITLE), str(suggested), DB_FILTER)
    if not target:
        return None
    progress = QProgressDialog(_t(UNPACKING), "", 0, 1000, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    made: list[Path] = []
    task = run_task(
        lambda ctx: svc.unarchive(archive, Path(target), progress=ctx.report_progress),
        on_result=lambda _manifest: made.append(Path(target)),
        parent=parent,
        error_title=_t(ARCHIVE_TITLE),
    )
    task.track(progress)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    loop.exec()
    return made[0] if made else None


def new_database_path(parent: QWidget | None) -> str:
    """A path for a new database, never an existing file's ("" when there is none)."""
    path = messages.save_file(
        parent, _t(NEW_TITLE), str(paths.data_dir() / "incubator.sqlite"), DB_FILTER
    )
    if not path:
        return ""
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        messages.error(parent, _t(NEW_TITLE), _t(EXISTS).replace("%1", str(target)))
        return ""
    return path


def _nearest_folder(path: Path | None) -> str:
    while path is not None and not path.is_dir():
        path = path.parent if path.parent != path else None
    return str(path or paths.data_dir())


def after_problem(
    parent: QWidget | None, problem: ServiceError, location: DatabaseLocation
) -> Picked | None:
    """Explain why `location` cannot be opened and do what the person chooses.

    Returns what to try to open next, or None when they chose to quit.
    """
    from ..services import backups as svc
    from .dialogs.database_problem import Choice, DatabaseProblemDialog
    from .dialogs.restore_dialog import RestoreDialog

    while True:
        dialog = DatabaseProblemDialog(problem, location.display(), parent)
        dialog.exec()
        choice = dialog.choice
        if choice is Choice.QUIT:
            return None
        if choice is Choice.RETRY:
            return Picked(location.display())
        if choice is Choice.LOCATE:
            start = _nearest_folder(location.sqlite_path)
            found = messages.open_file(parent, _t(LOCATE_TITLE), start, DB_FILTER)
            if found:
                return Picked(found)
        elif choice is Choice.RESTORE:
            restore = RestoreDialog(location, svc.folders_of(location), parent)
            if restore.exec():
                return Picked(location.display())
        elif choice is Choice.OPEN_OTHER:
            other = choose_file(parent, str(paths.data_dir()))
            if other:
                return Picked(other)
        elif choice is Choice.CREATE:
            new = new_database_path(parent)
            if new:
                return Picked(new, create=True)
