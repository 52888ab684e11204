"""Database URLs and engines: SQLite with WAL, foreign keys and a busy timeout; PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from .. import paths
from ..core.errors import DatabaseLocationError

BUSY_TIMEOUT_MS = 5000
# In WAL mode, NORMAL syncs the log only at checkpoints: a power cut (not a crash of the
# program) can undo the last commits. FULL syncs the log at every commit, so a saved change
# stays saved; it costs a few milliseconds per save (benchmarks/bench_durability.py, README).
SYNCHRONOUS = "FULL"


@dataclass(frozen=True)
class DatabaseLocation:
    """Where the data lives: a SQLite file or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def display(self) -> str:
        """A human-readable location, with any password hidden."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def resolve_location(arg: str | None = None) -> DatabaseLocation:
    """`--db PATH|URL`, else $INCUBATOR_DESK_DB, else the per-user data folder."""
    raw = arg or os.environ.get(paths.DB_ENV) or str(paths.default_db_path())
    return location_from_string(raw)


def location_from_string(raw: str) -> DatabaseLocation:
    if "://" in raw:
        try:
            url = make_url(raw)
        except ArgumentError as exc:
            raise DatabaseLocationError(f"Not a database URL: {raw}") from exc
        if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseLocationError(
                f"Unsupported database {url.get_backend_name()!r}: use a SQLite file "
                "or a postgresql:// URL."
            )
        return DatabaseLocation(url)
    path = Path(raw).expanduser().resolve()
    if path.is_dir():
        raise DatabaseLocationError(f"{path} is a folder; give the path of a database file.")
    return DatabaseLocation(URL.create("sqlite+pysqlite", database=str(path)))


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is switched off so SQLAlchemy's BEGIN is the one used.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
    cur.close()


WRITE_OPTION = "incubator_desk_write"


def _sqlite_on_begin(conn: Any) -> None:
    # A unit of work that writes begins IMMEDIATE: it takes the write lock up front, so two
    # operators saving at once are serialised (the second waits up to the busy timeout) and
    # a check-then-insert such as the overlap check cannot interleave. Reads stay deferred.
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(location: DatabaseLocation, **kwargs: Any) -> Engine:
    if location.is_sqlite:
        # No folders are made here: a path that does not exist is refused by migrate.prepare
        # unless the caller asked to create the database.
        engine = create_engine(
            location.url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(location.url, pool_pre_ping=True, **kwargs)
