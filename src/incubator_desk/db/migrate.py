"""Recognise, back up and upgrade databases with the Alembic scripts shipped in the package."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError

from .. import paths
from .engine import DatabaseLocation, make_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database cannot be opened as it is; the message says why and what to do."""


class State(Enum):
    NEW = "new"  # no file, an empty file, or an empty server database
    CURRENT = "current"
    OLDER = "older"  # an Incubator Desk database from an earlier version
    NEWER = "newer"
    FOREIGN = "foreign"  # not an Incubator Desk database


@dataclass(frozen=True)
class SchemaStatus:
    state: State
    revision: str | None
    head: str


def alembic_config(location: DatabaseLocation | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if location is not None:
        cfg.set_main_option("sqlalchemy.url", location.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _sqlite_revision(path: Path) -> tuple[bool, str | None]:
    """(has any tables, alembic revision) read without writing to the file."""
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_MAGIC:
        raise DatabaseError(
            f"{path} is not an Incubator Desk database (it is not a SQLite file). "
            "Choose another file, or create a new database."
        )
    uri = f"{path.as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                return bool(names), None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return True, row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} cannot be read as a database ({exc}). It may be damaged: "
            "restore it from a backup in the backups folder."
        ) from exc


def _server_revision(engine: Engine) -> tuple[bool, str | None]:
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                return bool(names), None
            return True, MigrationContext.configure(conn).get_current_revision()
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(f"Cannot connect to the database server: {exc.orig}") from exc


def inspect_schema(location: DatabaseLocation, engine: Engine | None = None) -> SchemaStatus:
    head = head_revision()
    path = location.sqlite_path
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return SchemaStatus(State.NEW, None, head)
        has_tables, revision = _sqlite_revision(path)
    else:
        owned = engine is None
        engine = engine or make_engine(location)
        try:
            has_tables, revision = _server_revision(engine)
        finally:
            if owned:
                engine.dispose()
    if revision is None:
        return SchemaStatus(State.FOREIGN if has_tables else State.NEW, None, head)
    if revision == head:
        return SchemaStatus(State.CURRENT, revision, head)
    if revision in known_revisions():
        return SchemaStatus(State.OLDER, revision, head)
    return SchemaStatus(State.NEWER, revision, head)


def backup_sqlite(path: Path, reason: str = "before-upgrade") -> Path:
    """Copy a SQLite file (consistently, through SQLite's backup API) to the backups folder."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{path.stem}.{reason}.{stamp}{path.suffix or '.sqlite'}"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{path.stem}.{reason}.{stamp}-{n}{path.suffix or '.sqlite'}")
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade_to_head(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass(frozen=True)
class OpenResult:
    status_before: SchemaStatus
    backup: Path | None


def prepare(location: DatabaseLocation, engine: Engine) -> OpenResult:
    """Make the database usable: create a new one, upgrade an older one after a backup.

    Foreign and newer databases are refused before anything is written to them.
    """
    status = inspect_schema(location, engine if not location.is_sqlite else None)
    if status.state is State.FOREIGN:
        raise DatabaseError(
            f"{location.display()} is not an Incubator Desk database: it holds other tables. "
            "Choose another file, or create a new database."
        )
    if status.state is State.NEWER:
        raise DatabaseError(
            f"{location.display()} was written by a newer version of Incubator Desk "
            f"(schema {status.revision}; this version knows up to {status.head}). "
            "Install the newer version to open it. The file was not changed."
        )
    backup = None
    if status.state is State.OLDER and location.sqlite_path is not None:
        backup = backup_sqlite(location.sqlite_path)
    if status.state in (State.NEW, State.OLDER):
        upgrade_to_head(engine)
    return OpenResult(status, backup)
