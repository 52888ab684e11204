"""SQL read through the database driver alone: the Dashboard's figures before the rest loads.

Loading SQLAlchemy and the models costs several times what a bare Qt window takes to show. So
the window reads its first page's figures without them: `open_current_sqlite` opens a SQLite
file read-only when its schema is this version's (anything else: None, and the ordinary
opening decides, explains and upgrades), and `services/dashboard_figures.py` asks it SQL
written for SQLite and PostgreSQL alike. `engine_reader(db)` runs the same SQL through an open
`Database` (a refresh, PostgreSQL), so each figure is computed one way only.

SQL is written with `:name` parameters. Values are passed as the database stores them:
dates as ISO text and aware times as UTC text on SQLite (as the models' column types write
them), as themselves on PostgreSQL; enums by their value. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .revision import HEAD

if TYPE_CHECKING:
    from .uow import Database, UnitOfWork

Query = Callable[..., list[tuple[Any, ...]]]
"""`q(sql, **params)`: the rows of one statement."""

BUSY_TIMEOUT_S = 5.0
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class SqlReader(Protocol):
    """Somewhere to read SQL from: `with reader.read() as q: q(sql, **params)`."""

    dialect: str  # "sqlite" or "postgresql"

    def read(self) -> Any: ...


def sqlite_value(value: object) -> object:
    """A parameter as SQLite holds it (see the models' column types)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("timestamps must be time-zone aware")
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _server_value(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


class DirectReader:
    """A SQLite database file read through `sqlite3`, a connection per reading (each may run
    on its own thread)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def read(self) -> Iterator[Query]:
        con = sqlite3.connect(
            f"{self.path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )
        try:
            con.execute("BEGIN")  # one snapshot for all the statements of the reading

            def q(sql: str, **params: object) -> list[tuple[Any, ...]]:
                return con.execute(sql, {k: sqlite_value(v) for k, v in params.items()}).fetchall()

            yield q
        finally:
            con.close()


class EngineReader:
    """The same SQL run through an open database's connection (SQLite or PostgreSQL)."""

    def __init__(self, db: Database | UnitOfWork) -> None:
        self.db = db
        self.dialect = db.dialect

    @contextmanager
    def read(self) -> Iterator[Query]:
        sqlite = self.dialect == "sqlite"
        with self.db.read() as s:
            conn = s.connection()

            def q(sql: str, **params: object) -> list[tuple[Any, ...]]:
                if sqlite:
                    values = {k: sqlite_value(v) for k, v in params.items()}
                    return [tuple(r) for r in conn.exec_driver_sql(sql, values)]
                text = _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))
                values = {k: _server_value(v) for k, v in params.items()}
                return [tuple(r) for r in conn.exec_driver_sql(text, values)]

            yield q


def engine_reader(db: Database | UnitOfWork) -> SqlReader:
    return EngineReader(db)


def open_current_sqlite(raw: str | None) -> DirectReader | None:
    """A reader of the SQLite file `raw` names (a path, or a sqlite:/// URL), when it is an
    Incubator Desk database of this version that someone has open or that is closed, and that
    asks nobody to sign in; None for anything else (another kind of database, no file, an
    older or newer schema, a file that cannot be read, a file with accounts): the ordinary
    opening then decides, asks and says why."""
    if not raw:
        return None
    if "://" in raw:
        if not raw.startswith("sqlite:///") or "?" in raw:
            return None
        raw = raw.removeprefix("sqlite:///")
    try:
        path = Path(raw).expanduser().resolve()
        with path.open("rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                return None
        reader = DirectReader(path)
        with reader.read() as q:
            names = {r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in names:
                return None
            revision = q("SELECT version_num FROM alembic_version")
            if revision != [(HEAD,)]:
                return None
            # Once it has accounts, nobody sees its figures before signing in
            # (services/accounts.sign_in_required).
            if q("SELECT 1 FROM operators WHERE password_hash IS NOT NULL LIMIT 1"):
                return None
    except (OSError, sqlite3.Error, ValueError):
        return None
    return reader


def json_value(raw: object) -> object:
    """A JSON column's value: SQLite gives its text, PostgreSQL the value itself."""
    if isinstance(raw, (str, bytes)):
        import json

        try:
            return json.loads(raw)
        except ValueError:
            return None
    return raw


def setting_value(q: Query, key: str) -> object:
    """The stored value of shared setting `key` (None: never saved)."""
    rows = q('SELECT value FROM settings WHERE "key" = :key', key=key)
    return json_value(rows[0][0]) if rows else None


__all__ = [
    "DirectReader",
    "EngineReader",
    "Query",
    "SqlReader",
    "engine_reader",
    "json_value",
    "open_current_sqlite",
    "setting_value",
    "sqlite_value",
]
