"""A consistent, checked copy of a SQLite database while it is in use, and what it holds.

SQLite's online backup API copies the whole file in one step under a read transaction:
other programs keep writing (WAL lets them) and the copy is the database as it was at one
instant. The copy is then switched to a rollback journal (a single file, nothing beside it)
and checked with `PRAGMA integrity_check` before anyone relies on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DatabaseBusy, DatabaseDamaged, DatabaseError
from ..core.i18n import QT_TRANSLATE_NOOP
from . import attachments
from .engine import BUSY_TIMEOUT_MS, DatabaseLocation

Progress = Callable[[int, int], object]

COPY_FAILED = QT_TRANSLATE_NOOP(
    "database", "{path} could not be copied ({detail}). Nothing was written."
)
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "database",
    "The copy of {path} failed its integrity check ({detail}): the database itself may be "
    "damaged. Run `incubator-desk db check` on it.",
)
BUSY = QT_TRANSLATE_NOOP(
    "database",
    "{path} is busy: another program is changing it. Wait a moment and try again.",
)


@dataclass(frozen=True)
class Counts:
    """The figures a person recognises a copy of their database by."""

    tenants: int = 0
    allocations: int = 0
    applications: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "tenants": self.tenants,
            "allocations": self.allocations,
            "applications": self.applications,
        }

    @classmethod
    def from_dict(cls, data: object) -> Counts:
        if not isinstance(data, dict):
            return cls()
        return cls(**{k: int(data.get(k, 0)) for k in ("tenants", "allocations", "applications")})


COUNTED = {"tenants": "tenants", "allocations": "allocations", "applications": "fund_applications"}


@dataclass(frozen=True)
class Contents:
    """What a database file holds: schema revision, counts, the newest audit entry, files."""

    revision: str | None
    counts: Counts
    audit_high: int
    attachments: list[str] = field(default_factory=list)  # stored paths, as the rows say


@dataclass(frozen=True)
class Snapshot:
    path: Path  # the checked copy
    contents: Contents
    files: list[tuple[str, Path]]  # (stored path, the file to read it from)
    missing: list[str]  # stored paths whose file is gone


def is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def read_contents(con: sqlite3.Connection) -> Contents:
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def scalar(sql: str) -> int:
        row = con.execute(sql).fetchone()
        return int(row[0] or 0) if row else 0

    # The table names are this module's own constants, never input.
    counts = Counts(
        **{
            key: scalar(f"SELECT count(*) FROM {table}") if table in tables else 0
            for key, table in COUNTED.items()
        }
    )
    revision = None
    if "alembic_version" in tables:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    high = scalar("SELECT max(id) FROM audit_log") if "audit_log" in tables else 0
    stored: list[str] = []
    if "application_documents" in tables:
        stored = sorted(
            {r[0] for r in con.execute("SELECT stored_path FROM application_documents")}
        )
    return Contents(revision, counts, high, stored)


def integrity_problems(con: sqlite3.Connection, limit: int = 20) -> list[str]:
    """What `PRAGMA integrity_check` finds ([] when sound), never raising on damage."""
    try:
        rows = [r[0] for r in con.execute(f"PRAGMA integrity_check({limit})")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


class _Busy(Exception):
    pass


def _give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise _Busy


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """SQLite's backup API from `src` into `dst`, in one step (one consistent read).

    Python retries a busy step for ever; after the connections' own busy timeout has run
    out once, this raises `sqlite3.OperationalError("database is locked")` instead.
    """
    try:
        src.backup(dst, progress=_give_up_when_busy)
    except _Busy:
        raise sqlite3.OperationalError("database is locked") from None


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` (in use or not) to the new file `target` with the online backup API."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            copy_pages(src, dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def take(location: DatabaseLocation, into: Path, progress: Progress | None = None) -> Snapshot:
    """Copy the database into the folder `into` and check the copy. Raises DatabaseError."""
    source = location.sqlite_path
    assert source is not None, "only SQLite files are copied this way"
    target = into / "database.sqlite"
    if progress:
        progress(0, 3)
    try:
        copy_database(source, target)
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusy(BUSY, path=source) from exc
        raise DatabaseError(COPY_FAILED, path=source, detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # "malformed", "not a database": the file is damaged
        raise DatabaseDamaged(COPY_DAMAGED, path=source, detail=str(exc)) from exc
    if progress:
        progress(1, 3)
    con = sqlite3.connect(target)
    try:
        problems = integrity_problems(con)
        if problems:
            raise DatabaseDamaged(COPY_DAMAGED, path=source, detail="; ".join(problems[:3]))
        if progress:
            progress(2, 3)
        contents = read_contents(con)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(COPY_DAMAGED, path=source, detail=str(exc)) from exc
    finally:
        con.close()
    files: list[tuple[str, Path]] = []
    missing: list[str] = []
    for stored in contents.attachments:
        if Path(stored).is_absolute():
            continue  # outside the database's folder: never written by this version
        found = attachments.resolve(location, stored)
        if found.is_file():
            files.append((stored, found))
        else:
            missing.append(stored)
    if progress:
        progress(3, 3)
    return Snapshot(target, contents, files, missing)
