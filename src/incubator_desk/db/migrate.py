"""Recognise, back up and upgrade databases with the Alembic scripts shipped in the package."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from ..core.errors import DatabaseBusy, DatabaseDamaged, DatabaseError, DatabaseMissing
from ..core.i18n import QT_TRANSLATE_NOOP
from .engine import WRITE_OPTION, DatabaseLocation, make_engine
from .revision import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

PACKAGED_MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATIONS_DIR = PACKAGED_MIGRATIONS
SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest revision in migrations/versions (revision.py). Opening a current database
# compares with it and never imports Alembic (a fifth of the start-up time).

NOT_SQLITE = QT_TRANSLATE_NOOP(
    "database",
    "{path} is not an Incubator Desk database (it is not a SQLite file). "
    "Choose another file, or create a new database.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "database",
    "{path} cannot be read as a database ({detail}). It may be damaged: restore a backup "
    "(File → Restore from backup…, or `incubator-desk db restore`).",
)
MISSING = QT_TRANSLATE_NOOP(
    "database",
    "There is no database at {path}. Check the path: a typing mistake, or a USB stick or "
    "network drive that is not connected? To start a new database there, create it "
    "(File → New database…, or `incubator-desk --db PATH db create`).",
)
BUSY_UPGRADE = QT_TRANSLATE_NOOP(
    "database",
    "{path} needs to be brought up to date, but another program is changing it. "
    "Close the other programs using it and try again. Nothing was changed.",
)
NO_SERVER = QT_TRANSLATE_NOOP("database", "Cannot connect to the database server: {detail}")
DANGLING = QT_TRANSLATE_NOOP(
    "database",
    "the upgrade would leave rows of {table} (first: row {rowid}) "
    "referring to records that do not exist",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "database",
    "{path} is not an Incubator Desk database: it holds other tables. "
    "Choose another file, or create a new database.",
)
NEWER = QT_TRANSLATE_NOOP(
    "database",
    "{path} was written by a newer version of Incubator Desk "
    "(schema {revision}; this version knows up to {head}). "
    "Install the newer version to open it. The file was not changed.",
)
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "database", "{path} could not be brought up to date ({detail}). Nothing was changed."
)
UPGRADE_FAILED_BACKUP = QT_TRANSLATE_NOOP(
    "database",
    "{path} could not be brought up to date ({detail}). Nothing was changed. "
    "A copy from before the upgrade is at {backup}.",
)


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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if location is not None:
        cfg.set_main_option("sqlalchemy.url", location.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    if MIGRATIONS_DIR == PACKAGED_MIGRATIONS:
        return HEAD
    return script_head()


def script_head() -> str:
    """The head as Alembic reads it from the scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _damaged(path: Path, detail: str) -> DatabaseError:
    return DatabaseDamaged(DAMAGED, path=path, detail=detail)


def _check_sqlite_header(path: Path, wal_in_use: bool) -> None:
    """Refuse files that are not SQLite, and SQLite files cut short (a copy that stopped early).

    The header records the page size and, when its "valid-for" counter matches the change
    counter, the number of pages; a file shorter than that has lost data. While a -wal file
    exists a checkpoint may be under way, so the size is only checked for closed databases.
    """
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_MAGIC:
        raise DatabaseError(NOT_SQLITE, path=path)
    if len(header) < 100:
        raise _damaged(path, "the file ends inside its header")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path, "the header is damaged")
    change_counter = header[24:28]
    page_count = int.from_bytes(header[28:32], "big")
    if not wal_in_use and header[92:96] == change_counter and page_count:
        size = path.stat().st_size
        if size < page_count * page_size:
            raise _damaged(path, f"the file is cut short: {size} of {page_count * page_size} bytes")


def _sqlite_revision(path: Path) -> tuple[bool, str | None]:
    """(has any tables, alembic revision) read without writing to the file."""
    wal = path.with_name(path.name + "-wal")
    wal_in_use = wal.exists() and wal.stat().st_size > 0
    _check_sqlite_header(path, wal_in_use)
    # A read-only connection to a WAL database creates -wal and -shm files next to it and
    # leaves them behind. With no -wal file nobody has the database open, so read it as
    # immutable (no locks, no side files). Should that fail because someone opened it in
    # this very moment (a -wal file has appeared), read it again the ordinary way.
    immutable = not wal.exists()
    try:
        return _read_revision(path, immutable)
    except sqlite3.DatabaseError as exc:
        if not (immutable and wal.exists()):
            raise _damaged(path, str(exc)) from exc
    try:
        return _read_revision(path, immutable=False)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc


def _read_revision(path: Path, immutable: bool) -> tuple[bool, str | None]:
    mode = "mode=ro&immutable=1" if immutable else "mode=ro"
    con = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True, timeout=5)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return bool(names), None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return True, row[0] if row else None
    finally:
        con.close()


def _server_revision(engine: Engine) -> tuple[bool, str | None]:
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                return bool(names), None
            from alembic.runtime.migration import MigrationContext

            return True, MigrationContext.configure(conn).get_current_revision()
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(NO_SERVER, detail=str(exc.orig).strip()) from exc


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


def backup_before_upgrade(location: DatabaseLocation) -> Path:
    """A full backup (database and files) into the database's own backups folder."""
    from .backup import BEFORE_UPGRADE, back_up

    return back_up(location, kind=BEFORE_UPGRADE).path


# Any constant: the key of the PostgreSQL advisory lock that serialises schema upgrades.
_UPGRADE_LOCK_KEY = 0x1DE5_0001


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction: all of them or, on error, none.

    Two copies of the application opening the same database at once must not both upgrade
    it: SQLite takes the write lock up front (BEGIN IMMEDIATE) and PostgreSQL an advisory
    lock, so the second waits and then finds nothing left to do.

    SQLite checks foreign keys during migrations too, and Alembic's batch mode rebuilds a
    table by copying it and dropping the original; with foreign keys on, that DROP fails
    when other rows refer to the table, or silently deletes them where the reference says
    ON DELETE CASCADE. So foreign keys are off while migrating (the pragma only takes effect
    outside a transaction) and checked as a whole before committing.
    """
    from alembic import command

    cfg = alembic_config()
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_pragma(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK_KEY})")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        table, rowid = broken[0][0], broken[0][1]
                        raise DatabaseError(DANGLING, table=table, rowid=rowid)
        finally:
            if sqlite and not conn.invalidated:
                _sqlite_pragma(conn, "PRAGMA foreign_keys = ON")


def _sqlite_pragma(conn: Connection, pragma: str) -> None:
    # On the DB-API connection itself: through SQLAlchemy it would first begin a transaction.
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    dbapi.execute(pragma)


@dataclass(frozen=True)
class OpenResult:
    status_before: SchemaStatus
    backup: Path | None


def prepare(location: DatabaseLocation, engine: Engine, create: bool = False) -> OpenResult:
    """Make the database usable: create a new one, upgrade an older one after a backup.

    A SQLite file that does not exist is created only when `create` is set (a mistyped or
    unplugged path must not quietly become a new, empty database). Foreign, newer and
    damaged databases are refused before anything is written to them.
    """
    path = location.sqlite_path
    if path is not None and not path.exists():
        if not create:
            raise DatabaseMissing(MISSING, path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
    status = inspect_schema(location, engine if not location.is_sqlite else None)
    if status.state is State.FOREIGN:
        raise DatabaseError(FOREIGN, path=location.display())
    if status.state is State.NEWER:
        raise DatabaseError(
            NEWER, path=location.display(), revision=status.revision, head=status.head
        )
    backup = None
    if status.state is State.OLDER and location.sqlite_path is not None:
        backup = backup_before_upgrade(location)
    if status.state in (State.NEW, State.OLDER):
        # Another copy of the application may be creating or upgrading this very file: an
        # upgrade can outlast one busy timeout, so keep waiting for it (each try waits the
        # busy timeout), then find nothing left to do.
        deadline = time.monotonic() + UPGRADE_WAIT_SECONDS
        while True:
            try:
                upgrade_to_head(engine)
                break
            except OperationalError as exc:
                if not _is_locked(exc):
                    raise _upgrade_failed(location, exc, backup) from exc
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(BUSY_UPGRADE, path=location.display()) from exc
            except (SQLAlchemyError, DatabaseError) as exc:
                raise _upgrade_failed(location, exc, backup) from exc
    return OpenResult(status, backup)


UPGRADE_WAIT_SECONDS = 60  # how long a copy waits for another copy's upgrade


def _is_locked(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "locked" in text or "busy" in text


def _upgrade_failed(
    location: DatabaseLocation, exc: Exception, backup: Path | None
) -> DatabaseError:
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return DatabaseError(
        UPGRADE_FAILED_BACKUP if backup else UPGRADE_FAILED,
        path=location.display(),
        detail=detail,
        backup=backup,
    )
