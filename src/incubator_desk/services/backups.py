"""Backups of the open database: where they go (chosen in Settings), whether one is due,
making, listing and restoring them. The mechanics are in db/backup.py and db/archive.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..core.errors import DatabaseError, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ..core.settings import BACKUP_FOLDER, BACKUP_MAX_AGE_DAYS
from ..db import Database
from ..db import backup as mechanics
from ..db.archive import Manifest
from ..db.backup import AUTO, EXPORT, MANUAL, Backup, Progress, Restored, Unreadable
from ..db.engine import DatabaseLocation, location_from_string
from ..models import AuditEntry
from . import settings

_t = Translator("errors")

AUTO_EVERY = dt.timedelta(days=1)

FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "The folder {folder} does not exist. Choose a folder that exists."
)


@dataclass(frozen=True)
class Status:
    """What the window says about backups."""

    server: bool  # a server database: backups are the server's job
    folder: Path | None
    last: Backup | None
    problem: str  # why the folder cannot be used ("" when it can)
    changed_since: bool  # the database changed after the last backup (or there is none)
    max_age: dt.timedelta

    @property
    def age(self) -> dt.timedelta | None:
        if self.last is None:
            return None
        return dt.datetime.now(dt.UTC) - self.last.created

    @property
    def too_old(self) -> bool:
        """No backup of changed data for longer than the limit."""
        if self.server or not self.changed_since:
            return False
        age = self.age
        return age is None or age > self.max_age

    @property
    def due(self) -> bool:
        """Time for an automatic backup: changes, and none made in the last day."""
        if self.server or self.problem or not self.changed_since:
            return False
        age = self.age
        return age is None or age >= AUTO_EVERY


def chosen_root(db: Database) -> Path | None:
    """The backups folder chosen in Settings, or None for the data folder's."""
    value = settings.get(db, BACKUP_FOLDER).value
    return Path(value) if value else None


def folder(db: Database) -> Path:
    """This database's folder inside the chosen (or default) backups folder."""
    return mechanics.folder_for(db.location, chosen_root(db))


def folders(db: Database) -> list[Path]:
    """Where this database's backups may be: the chosen folder, then the data folder's."""
    places = [folder(db)]
    local = mechanics.folder_for(db.location)
    if local not in places:
        places.append(local)
    return places


def max_age(db: Database) -> dt.timedelta:
    return dt.timedelta(days=settings.get(db, BACKUP_MAX_AGE_DAYS).value)


def set_folder(db: Database, chosen: str | Path | None) -> None:
    """Choose the backups folder (None or "" for the data folder's). It must exist."""
    text = str(chosen or "").strip()
    if text and not Path(text).is_dir():
        raise ValidationError({"folder": _t(FOLDER_NOT_FOUND, folder=text)})
    current = settings.get(db, BACKUP_FOLDER)
    settings.put(db, BACKUP_FOLDER, text, current.version)


def set_max_age(db: Database, days: int) -> None:
    current = settings.get(db, BACKUP_MAX_AGE_DAYS)
    settings.put(db, BACKUP_MAX_AGE_DAYS, days, current.version)


def back_up(
    db: Database, out: Path | None = None, kind: str = MANUAL, progress: Progress | None = None
) -> Backup:
    """A backup into this database's backups folder, or into the file `out`."""
    if out is not None:
        return mechanics.back_up(db.location, out=out, kind=kind, progress=progress)
    return mechanics.back_up(db.location, folder=folder(db), kind=kind, progress=progress)


def back_up_automatically(db: Database, progress: Progress | None = None) -> Backup:
    return back_up(db, kind=AUTO, progress=progress)


def export_everything(db: Database, out: Path, progress: Progress | None = None) -> Backup:
    """One archive with the database (its shared settings included) and its attached files,
    to open on another computer."""
    return mechanics.back_up(db.location, out=out, kind=EXPORT, progress=progress)


def list_backups(db: Database) -> tuple[list[Backup], list[Unreadable]]:
    """This database's backups, newest first, from every folder they may be in."""
    return mechanics.list_backups(folders(db))


def folders_of(location: DatabaseLocation) -> list[Path]:
    """Where the backups of a database that cannot be opened (a damaged one) may be."""
    return mechanics.folders_of(location)


def list_in(places: list[Path]) -> tuple[list[Backup], list[Unreadable]]:
    return mechanics.list_backups(places)


def restore(location: DatabaseLocation, source: Path, progress: Progress | None = None) -> Restored:
    """Replace the database's contents with `source`; the current data is backed up first
    into the data folder's backups (always at hand, whatever stick is plugged in). Works on
    a database that cannot be opened, too: a damaged file is moved aside instead."""
    return mechanics.restore(location, source, progress=progress)


def unarchive(source: Path, target: Path, progress: Progress | None = None) -> Manifest:
    """Make a new database file at `target` from an archive (moving to this computer)."""
    return mechanics.unarchive(source, location_from_string(str(target)), progress=progress)


def is_archive(path: Path) -> bool:
    """A backup or an archive (a zip with a manifest), not merely any zip file."""
    return mechanics.archive.holds_manifest(path)


def describe(source: Path) -> Manifest:
    """What a backup file (or a bare database file) holds, without unpacking it."""
    return mechanics.describe(source)


def status(db: Database) -> Status:
    limit = max_age(db)
    if db.location.sqlite_path is None:
        return Status(True, None, None, "", False, limit)
    place = folder(db)
    problem = ""
    root = place.parent
    if root != mechanics.default_root() and not root.is_dir():
        detail = translate("database", mechanics.NO_SUCH_FOLDER)
        problem = str(DatabaseError(mechanics.UNREACHABLE, folder=root, detail=detail))
    backups, _ = mechanics.list_backups(folders(db))
    last = backups[0] if backups else None
    changed = last is None or last.manifest.audit_high != _audit_high(db)
    return Status(False, place, last, problem, changed, limit)


def _audit_high(db: Database) -> int:
    """The newest audit entry: every change saved through a unit of work writes one."""
    with db.read() as s:
        return s.scalar(select(func.max(AuditEntry.id))) or 0


__all__ = [
    "AUTO",
    "EXPORT",
    "MANUAL",
    "Backup",
    "DatabaseError",
    "Restored",
    "Status",
    "Unreadable",
    "back_up",
    "back_up_automatically",
    "chosen_root",
    "describe",
    "export_everything",
    "folder",
    "folders",
    "folders_of",
    "is_archive",
    "list_backups",
    "list_in",
    "max_age",
    "restore",
    "set_folder",
    "set_max_age",
    "status",
    "unarchive",
]
