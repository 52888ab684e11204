"""Shared fixtures: a private data folder for every test, and databases on SQLite and PostgreSQL.

PostgreSQL tests run against the server named by $INCUBATOR_DESK_TEST_PG_URL (start a
throw-away one with `eval "$(tools/start-test-postgres.sh)"`) and are skipped without it.
Each of them gets a schema of its own, dropped afterwards, so tests cannot see each other's
rows even when several run at once against the same server.
"""

from __future__ import annotations

import os

# Before anything imports Qt: with no display, Qt would otherwise abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from incubator_desk import paths
from incubator_desk.core import clock
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string

PG_URL_ENV = "INCUBATOR_DESK_TEST_PG_URL"
PG_SCHEMA_PREFIX = "idtest_"


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the user's real data, backups or settings."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(home / "data"))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "share")):
        monkeypatch.setenv(var, str(home / sub))
    # Qt reads XDG_CONFIG_HOME once per process, so once QtCore is loaded point QSettings
    # at this test's folder directly. Not imported here: unit tests stay free of Qt.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        settings = qtcore.QSettings
        for fmt in (settings.Format.NativeFormat, settings.Format.IniFormat):
            for scope in (settings.Scope.UserScope, settings.Scope.SystemScope):
                settings.setPath(fmt, scope, str(home / "qsettings"))
    return home / "data"


class MemoryKeyring(KeyringBackend):
    """A credential store that lives as long as the test: no test reads or writes the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def credential_store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def _park_time_zone() -> Iterator[None]:
    """Each test starts with times shown in the default zone, whatever the last one chose."""
    clock.set_zone(clock.DEFAULT_ZONE)
    yield
    clock.set_zone(clock.DEFAULT_ZONE)


def _pg_server_url() -> URL | None:
    raw = os.environ.get(PG_URL_ENV)
    if not raw:
        return None
    url = make_url(raw)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


@pytest.fixture(scope="session")
def pg_admin_engine() -> Iterator[Engine]:
    """An autocommit engine on the test server, for creating and dropping schemas."""
    url = _pg_server_url()
    if url is None:
        pytest.skip(
            f"PostgreSQL tests need a server: set {PG_URL_ENV} "
            '(e.g. eval "$(tools/start-test-postgres.sh)")'
        )
    engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # a set but unreachable server is a failure, not a skip
        engine.dispose()
        pytest.fail(f"{PG_URL_ENV} is set but the server cannot be reached: {exc}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_admin_engine: Engine) -> Iterator[str]:
    """A URL whose connections work in a fresh, empty schema of their own.

    `search_path` makes the schema the default for every table, sequence and the
    alembic_version table; `application_name` lets teardown end any connection a test
    left open, so dropping the schema never waits on it.
    """
    schema = f"{PG_SCHEMA_PREFIX}{uuid.uuid4().hex[:16]}"
    with pg_admin_engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = pg_admin_engine.url.update_query_dict(
        {"options": f"-csearch_path={schema}", "application_name": schema}
    )
    yield url.render_as_string(hide_password=False)
    with pg_admin_engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = :name AND pid <> pg_backend_pid()"
            ),
            {"name": schema},
        )
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if request.param == "sqlite":
        url = URL.create("sqlite+pysqlite", database=str(tmp_path / "desk.sqlite"))
        return url.render_as_string()
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open Database, migrated to the newest schema, on each backend."""
    opened = open_database(location_from_string(db_url), create=True)
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """Opens (makes) SQLite database files by name in the test's folder; closed afterwards."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        db = open_database(location_from_string(str(tmp_path / name)), create=True).db
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.dispose()
