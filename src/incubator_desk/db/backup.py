"""Backups of a SQLite database: made while in use, listed, rotated, verified and restored.

Each backup is an archive (db/archive.py) holding a checked copy of the database and the
files it refers to. Backups of one database go to a folder of its own inside the backups
folder, named for the database file and its location, so several databases can share a
backups folder (a USB stick) without their backups mixing.

Automatic backups are thinned out by a rotation: the newest of each of the last 7 days, of
the last 4 weeks and of the last 12 months are kept. Backups taken before an upgrade or a
restore, and the ones a person asked for, are never removed by it.

A server database (PostgreSQL) is backed up by the server's own tools (pg_dump).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..core import clock
from ..core.errors import (
    ArchiveError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
)
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.settings import BACKUP_FOLDER
from . import archive, attachments, snapshot
from .archive import Manifest
from .engine import BUSY_TIMEOUT_MS, DatabaseLocation, location_from_string
from .migrate import MISSING, SQLITE_MAGIC, State, inspect_schema

Progress = Callable[[int, int], object]

AUTO = "auto"
MANUAL = "manual"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_RESTORE = "before-restore"
EXPORT = "export"
STALE_PARTIAL_SECONDS = 3600
# The shared setting naming the backups folder, read here for databases that cannot be opened.
BACKUP_FOLDER_KEY = BACKUP_FOLDER.key

_t = Translator("database")

SERVER = QT_TRANSLATE_NOOP(
    "database",
    "{path} is a database server. Its backups are made on the server with pg_dump "
    "(and restored with pg_restore); ask whoever runs the server.",
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "database", "The backup folder {folder} cannot be reached ({detail})."
)
NO_SUCH_FILE = QT_TRANSLATE_NOOP("database", "there is no such file")
NEITHER = QT_TRANSLATE_NOOP("database", "it is neither a backup archive nor a database file")
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "database", "it does not exist: is the USB stick or network drive connected?"
)
RESTORE_FOREIGN = QT_TRANSLATE_NOOP(
    "database", "{path} does not hold an Incubator Desk database. Nothing was restored."
)
RESTORE_NEWER = QT_TRANSLATE_NOOP(
    "database",
    "{path} was made by a newer version of Incubator Desk (schema {revision}). "
    "Install the newer version to restore it. Nothing was restored.",
)
RESTORE_DAMAGED = QT_TRANSLATE_NOOP(
    "database", "The database in {path} is damaged ({detail}). Nothing was restored."
)
RESTORE_BUSY = QT_TRANSLATE_NOOP(
    "database",
    "{path} is busy: another program is changing it. Close the other programs using it "
    "and try again. Nothing was restored.",
)
ASIDE_FAILED = QT_TRANSLATE_NOOP(
    "database",
    "The current database could not be copied aside before restoring ({detail}). "
    "Nothing was restored.",
)


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class Backup:
    """One backup file and what its manifest says about it."""

    path: Path
    manifest: Manifest
    size: int  # of the file, compressed

    @property
    def created(self) -> dt.datetime:
        return self.manifest.created

    @property
    def kind(self) -> str:
        return self.manifest.kind


@dataclass(frozen=True)
class Unreadable:
    path: Path
    problem: str


@dataclass(frozen=True)
class Restored:
    backup: Manifest
    aside: Path | None  # the copy of the database as it was before, if there was one
    aside_is_damaged_file: bool = False


# --- where backups go ---------------------------------------------------------------------


def default_root() -> Path:
    """The data folder's `backups/` (not created here)."""
    return paths.backup_dir()


def folder_key(location: DatabaseLocation) -> str:
    """`office-1a2b3c4d`: the file's name and a digest of where it is."""
    path = _sqlite_path(location)
    digest = hashlib.sha256(os.path.normcase(str(path)).encode()).hexdigest()[:8]
    return f"{path.stem}-{digest}"


def folder_for(location: DatabaseLocation, root: Path | None = None) -> Path:
    return (root or default_root()) / folder_key(location)


def file_name(location: DatabaseLocation, kind: str, created: dt.datetime) -> str:
    stamp = clock.park_time(created).strftime("%Y-%m-%d_%H%M%S")
    return f"{_sqlite_path(location).stem}_{stamp}_{kind}{archive.SUFFIX}"


def server_error(location: DatabaseLocation) -> DatabaseError:
    return DatabaseError(SERVER, path=location.display())


def _sqlite_path(location: DatabaseLocation) -> Path:
    path = location.sqlite_path
    if path is None:
        raise server_error(location)
    return path


def configured_root(location: DatabaseLocation) -> Path | None:
    """The backups folder chosen in Settings, read straight from the file.

    For a database that cannot be opened (a damaged one): whatever can still be read.
    Open databases read the setting through services/backups.py.
    """
    path = location.sqlite_path
    if path is None or not path.is_file():
        return None
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        con = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True, timeout=1)
        try:
            row = con.execute(
                "SELECT value FROM settings WHERE key = ?", (BACKUP_FOLDER_KEY,)
            ).fetchone()
        finally:
            con.close()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return Path(value) if isinstance(value, str) and value else None


def folders_of(location: DatabaseLocation) -> list[Path]:
    """Where a database's backups may be: the chosen folder and the data folder's (none for
    a server database)."""
    if location.sqlite_path is None:
        return []
    places = [folder_for(location, configured_root(location))]
    local = folder_for(location)
    if local not in places:
        places.append(local)
    return places


def _require_file(location: DatabaseLocation) -> Path:
    path = _sqlite_path(location)
    if not path.is_file():
        raise DatabaseMissing(MISSING, path=path)
    return path


def _ensure_folder(folder: Path) -> None:
    """Make the database's own folder inside an existing backups folder, and check it is
    writable. The backups folder itself is made only when it is the data folder's: a
    chosen folder on a USB stick that is not plugged in must not quietly become a new
    folder on the computer's own disk."""
    try:
        if folder.parent == default_root():
            folder.parent.mkdir(parents=True, exist_ok=True)
        if not folder.parent.is_dir():
            raise DatabaseError(UNREACHABLE, folder=folder.parent, detail=_t(NO_SUCH_FOLDER))
        folder.mkdir(exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(UNREACHABLE, folder=folder, detail=exc.strerror or str(exc)) from exc


# --- making one ---------------------------------------------------------------------------


def back_up(
    location: DatabaseLocation,
    *,
    folder: Path | None = None,
    out: Path | None = None,
    kind: str = AUTO,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Backup:
    """Copy the database and its files into one checked archive.

    `out` names the file; otherwise it goes into `folder` (default: this database's folder
    in the data folder's backups) under a dated name. Automatic backups are rotated after.
    """
    _require_file(location)
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    if out is None:
        folder = folder or folder_for(location)
        _ensure_folder(folder)
        target = _free_name(folder / file_name(location, kind, created))
    else:
        target = out
        if not target.parent.is_dir():
            raise DatabaseError(UNREACHABLE, folder=target.parent, detail=_t(NO_SUCH_FOLDER))
    phases = _Phases(progress, snapshot_share=0.3)
    with tempfile.TemporaryDirectory(prefix="incubator-desk-backup-") as tmp:
        snap = snapshot.take(location, Path(tmp), phases.first)
        manifest = archive.write(
            target,
            snap,
            kind=kind,
            source=location.display(),
            progress=phases.second,
            now=created,
        )
    if out is None and folder is not None:
        remove_stale_partials(folder)
        if kind == AUTO:
            rotate(folder, now=created)
    return Backup(target, manifest, target.stat().st_size)


def _free_name(target: Path) -> Path:
    n = 1
    candidate = target
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


class _Phases:
    """One progress bar over two steps: the copy and check, then the archive."""

    def __init__(self, progress: Progress | None, snapshot_share: float) -> None:
        self.progress = progress
        self.share = snapshot_share

    def _report(self, fraction: float) -> None:
        if self.progress:
            self.progress(int(fraction * 1000), 1000)

    def first(self, done: int, total: int) -> None:
        self._report(self.share * done / max(total, 1))

    def second(self, done: int, total: int) -> None:
        self._report(self.share + (1 - self.share) * done / max(total, 1))


def remove_stale_partials(folder: Path, older_than: float = STALE_PARTIAL_SECONDS) -> None:
    """Remove half-written backups left by a crash (a running backup's file is recent)."""
    limit = time.time() - older_than
    for partial in folder.glob(f".*{archive.PARTIAL}"):
        try:
            if partial.stat().st_mtime < limit:
                partial.unlink()
        except OSError:
            continue


def describe(source: Path) -> Manifest:
    """What a backup holds, from its manifest; for a bare SQLite file, from the file."""
    if archive.is_archive(source):
        return archive.read_manifest(source)
    _require_database_file(source)
    status = inspect_schema(location_from_string(str(source)))
    if status.state in (State.FOREIGN, State.NEW):
        raise ArchiveError(RESTORE_FOREIGN, path=source)
    wal = Path(f"{source}-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        con = sqlite3.connect(f"{source.as_uri()}?{mode}", uri=True)
        try:
            contents = snapshot.read_contents(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(RESTORE_DAMAGED, path=source, detail=str(exc)) from exc
    return Manifest(
        kind=MANUAL,
        created=dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC),
        app_version="",
        revision=contents.revision,
        source=str(source),
        counts=contents.counts,
        audit_high=contents.audit_high,
        members=(),
    )


# --- listing and rotating -----------------------------------------------------------------


def list_backups(folders: Iterable[Path]) -> tuple[list[Backup], list[Unreadable]]:
    """Every backup in these folders, newest first, and the files that are not readable."""
    found: list[Backup] = []
    bad: list[Unreadable] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            files = sorted(folder.glob(f"*{archive.SUFFIX}"))
        except OSError:
            continue
        for path in files:
            key = path.resolve()
            if key in seen or path.name.startswith("."):
                continue
            seen.add(key)
            try:
                manifest = archive.read_manifest(path)
                found.append(Backup(path, manifest, path.stat().st_size))
            except (DatabaseError, OSError) as exc:
                bad.append(Unreadable(path, str(exc)))
    found.sort(key=lambda b: b.created, reverse=True)
    return found, bad


def to_keep(backups: list[Backup], rotation: Rotation = Rotation()) -> set[Path]:
    """The automatic backups a rotation keeps: newest per day, per week and per month."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep: set[Path] = set()
    for count, bucket in (
        (rotation.daily, lambda d: d.date()),
        (rotation.weekly, lambda d: d.isocalendar()[:2]),
        (rotation.monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for b in newest_first:
            key = bucket(clock.park_time(b.created))  # the park's days, weeks, months
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(b.path)
    return keep


def rotate(
    folder: Path, rotation: Rotation = Rotation(), now: dt.datetime | None = None
) -> list[Path]:
    """Delete the automatic backups in `folder` the rotation does not keep."""
    backups, _ = list_backups([folder])
    auto = [b for b in backups if b.kind == AUTO]
    keep = to_keep(auto, rotation)
    removed = []
    for b in auto:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                continue
    return removed


def newest_good(folders: Iterable[Path]) -> Backup | None:
    """The newest backup whose every checksum is right (reads each file in full)."""
    backups, _ = list_backups(folders)
    for b in backups:
        try:
            archive.verify(b.path)
        except (DatabaseError, OSError):
            continue
        return b
    return None


# --- restoring ----------------------------------------------------------------------------


def restore(
    location: DatabaseLocation,
    source: Path,
    *,
    aside_folder: Path | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the database's contents with a backup, after copying the current one aside.

    The backup is unpacked and checked first. The current database is then backed up (kind
    before-restore) into `aside_folder` (default: its folder in the data folder's backups);
    if it is too damaged to copy, the file itself is moved aside beside it. A sound database
    is overwritten through SQLite's backup API, in one transaction, so a crash leaves it as
    it was and other programs that have it open see the restored data.
    """
    target = _sqlite_path(location)
    phases = _Phases(progress, snapshot_share=0.4)
    with tempfile.TemporaryDirectory(prefix="incubator-desk-restore-") as tmp:
        unpacked = Path(tmp)
        manifest = _unpack(source, unpacked, phases.first)
        copy = unpacked / archive.DATABASE
        status = inspect_schema(location_from_string(str(copy)))
        if status.state in (State.FOREIGN, State.NEW):
            raise ArchiveError(RESTORE_FOREIGN, path=source)
        if status.state is State.NEWER:
            raise ArchiveError(RESTORE_NEWER, path=source, revision=status.revision)

        aside: Path | None = None
        moved_damaged = False
        if target.exists():
            try:
                aside = back_up(
                    location, folder=aside_folder or folder_for(location), kind=BEFORE_RESTORE
                ).path
            except DatabaseBusy as exc:
                raise DatabaseBusy(RESTORE_BUSY, path=target) from exc
            except DatabaseDamaged:
                aside = _move_damaged_aside(target)
                moved_damaged = True
            except DatabaseError as exc:
                if exc.template != snapshot.COPY_FAILED:  # the backup folder, most likely
                    raise DatabaseError(ASIDE_FAILED, detail=str(exc)) from exc
                aside = _move_damaged_aside(target)  # SQLite cannot even read it
                moved_damaged = True
        phases.second(1, 4)
        if target.exists():
            _overwrite_in_place(copy, target)
        else:
            _place_new_file(copy, target)
        phases.second(3, 4)
        _restore_files(location, unpacked)
        phases.second(4, 4)
    return Restored(manifest, aside, moved_damaged)


EXISTS = QT_TRANSLATE_NOOP(
    "database",
    "{path} already exists. Unpacking an archive makes a new database and never replaces a "
    "file: choose another path, or restore the archive into that database instead.",
)


def unarchive(
    source: Path, location: DatabaseLocation, progress: Progress | None = None
) -> Manifest:
    """Make a new database at `location` from an archive (or a backup), with its files.

    Everything is unpacked and checked beside the target first; the attached files are put
    in place, and the database file last, by a rename, so it never appears without them.
    """
    target = _sqlite_path(location)
    if target.exists() and target.stat().st_size > 0:
        raise ArchiveError(EXISTS, path=target)
    if not archive.is_archive(source):
        if not source.is_file():
            raise ArchiveError(archive.NOT_ARCHIVE, path=source, detail=_t(NO_SUCH_FILE))
        archive.read_manifest(source)  # says why this is not an archive
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".unpack-", dir=target.parent))
    try:
        manifest = _unpack(source, work, progress)
        copy = work / archive.DATABASE
        status = inspect_schema(location_from_string(str(copy)))
        if status.state in (State.FOREIGN, State.NEW):
            raise ArchiveError(RESTORE_FOREIGN, path=source)
        if status.state is State.NEWER:
            raise ArchiveError(RESTORE_NEWER, path=source, revision=status.revision)
        _restore_files(location, work)
        _place_new_file(copy, target, move=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return manifest


def _unpack(source: Path, into: Path, progress: Progress | None) -> Manifest:
    """An archive is unpacked and verified; a bare SQLite file is copied as a database."""
    if archive.is_archive(source):
        manifest = archive.extract(source, into, progress)
    else:
        _require_database_file(source)
        copy = into / archive.DATABASE
        try:
            snapshot.copy_database(source, copy)
        except sqlite3.Error as exc:
            raise ArchiveError(archive.NOT_ARCHIVE, path=source, detail=str(exc)) from exc
        con = sqlite3.connect(copy)
        try:
            contents = snapshot.read_contents(con)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(archive.NOT_ARCHIVE, path=source, detail=str(exc)) from exc
        finally:
            con.close()
        manifest = Manifest(
            kind=MANUAL,
            created=dt.datetime.fromtimestamp(source.stat().st_mtime, dt.UTC),
            app_version="",
            revision=contents.revision,
            source=str(source),
            counts=contents.counts,
            audit_high=contents.audit_high,
            members=(),
        )
    con = sqlite3.connect(into / archive.DATABASE)
    try:
        problems = snapshot.integrity_problems(con)
    finally:
        con.close()
    if problems:
        raise DatabaseDamaged(RESTORE_DAMAGED, path=source, detail="; ".join(problems[:3]))
    return manifest


def _require_database_file(source: Path) -> None:
    """A file given as a backup that is no archive must at least be a SQLite file."""
    try:
        with source.open("rb") as fh:
            magic = fh.read(16)
    except OSError as exc:
        detail = _t(NO_SUCH_FILE) if not source.exists() else (exc.strerror or str(exc))
        raise ArchiveError(archive.NOT_ARCHIVE, path=source, detail=detail) from exc
    if magic != SQLITE_MAGIC:
        raise ArchiveError(archive.NOT_ARCHIVE, path=source, detail=_t(NEITHER))


def _move_damaged_aside(target: Path) -> Path:
    stamp = clock.park_time(clock.now()).strftime("%Y%m%d-%H%M%S")
    aside = _free_name(target.with_name(f"{target.name}.damaged-{stamp}"))
    for suffix in ("-wal", "-shm"):
        side = Path(f"{target}{suffix}")
        if side.exists():
            side.replace(Path(f"{aside}{suffix}"))
    target.replace(aside)
    return aside


def _overwrite_in_place(copy: Path, target: Path) -> None:
    src = sqlite3.connect(copy)
    try:
        dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            snapshot.copy_pages(src, dst)
        except sqlite3.OperationalError as exc:
            if snapshot.is_busy(exc):
                raise DatabaseBusy(RESTORE_BUSY, path=target) from exc
            raise DatabaseError(snapshot.COPY_FAILED, path=target, detail=str(exc)) from exc
        finally:
            dst.close()
    finally:
        src.close()


def _place_new_file(copy: Path, target: Path, move: bool = False) -> None:
    for suffix in ("-wal", "-shm"):  # a stale journal must never meet a new file
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if move:  # same folder, so a rename: all or nothing
        with copy.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(copy, target)
    else:
        attachments.copy_file(copy, target)


def _restore_files(location: DatabaseLocation, unpacked: Path) -> None:
    """Put the backup's attached files into the database's folder (only missing or changed)."""
    source_root = unpacked / archive.ATTACHMENTS
    if not source_root.is_dir():
        return
    own = attachments.attachments_dir(location)
    for file in source_root.rglob("*"):
        if not file.is_file():
            continue
        dest = own / file.relative_to(source_root)
        if dest.is_file() and _same_file(file, dest):
            continue
        attachments.copy_file(file, dest)


def _same_file(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    return _sha256(a) == _sha256(b)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(archive.CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
