"""A server database: it always asks who is there, roles hold there too, and a dropped
connection is said plainly and the next action connects again."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from incubator_desk.core.errors import ConnectionLost, PermissionDenied
from incubator_desk.core.vocabularies import OperatorRole
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.models import Tenant
from incubator_desk.services import accounts
from incubator_desk.services.tenants import TenantInput, create_tenant

pytestmark = pytest.mark.postgres
SECRET = "server secret 1"


@pytest.fixture
def server_db(pg_url: str) -> Iterator[Database]:
    db = open_database(location_from_string(pg_url), create=True).db
    yield db
    db.dispose()


def _drop_connections(admin: Engine, pg_url: str) -> int:
    """End the test schema's server connections, as a server restart or a network cut would."""
    name = pg_url.split("application_name=")[1].split("&")[0]
    with admin.connect() as conn:
        return len(
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            ).all()
        )


def test_a_server_database_always_asks_and_roles_hold_there(server_db: Database) -> None:
    assert accounts.sign_in_required(server_db)  # even before it has accounts
    accounts.create_account(server_db, "zhou", SECRET, OperatorRole.ADMINISTRATOR, "周主任")
    accounts.create_account(server_db, "lin", SECRET, OperatorRole.READ_ONLY, "林同事")
    accounts.sign_in(server_db, "lin", SECRET)
    with pytest.raises(PermissionDenied, match="needs the role Administrator or Manager"):
        create_tenant(server_db, TenantInput(name_zh="深圳只读科技有限公司"))
    accounts.sign_in(server_db, "zhou", SECRET)
    create_tenant(server_db, TenantInput(name_zh="深圳服务器科技有限公司"))


def test_a_connection_dropped_mid_change_is_said_and_the_next_change_reconnects(
    server_db: Database, pg_admin_engine: Engine, pg_url: str
) -> None:
    lost = pytest.raises(ConnectionLost, match="connection to the database server was lost")
    with lost, server_db.uow() as uow:
        uow.session.add(Tenant(name_zh="深圳断线科技有限公司"))
        uow.session.flush()
        assert _drop_connections(pg_admin_engine, pg_url) >= 1
        uow.session.execute(text("SELECT 1"))
        uow.commit()
    with server_db.read() as s:  # nothing half-saved
        assert s.query(Tenant).filter_by(name_zh="深圳断线科技有限公司").count() == 0
    # The pool let the dead connection go: the next change just works.
    create_tenant(server_db, TenantInput(name_zh="深圳重连科技有限公司"))
    # A drop between actions is not even noticed: the pool checks a connection before use.
    _drop_connections(pg_admin_engine, pg_url)
    create_tenant(server_db, TenantInput(name_zh="深圳又连科技有限公司"))


def test_the_command_line_on_a_server_without_accounts_asks_for_the_first_administrator(
    pg_url: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INCUBATOR_DESK_")}
    env["INCUBATOR_DESK_DATA_DIR"] = str(tmp_path / "data")

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "incubator_desk", "--db", pg_url, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **extra},
            stdin=subprocess.DEVNULL,
            timeout=120,
        )

    assert run("db", "upgrade").returncode == 0
    refused = run("occupancy")
    assert refused.returncode == 4, refused.stderr
    assert "no accounts yet" in refused.stderr and "Traceback" not in refused.stderr
    made = run("user", "add", "zhou", "--role", "administrator",
               INCUBATOR_DESK_NEW_PASSWORD=SECRET)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert run("--user", "zhou", "occupancy", INCUBATOR_DESK_PASSWORD=SECRET).returncode == 0
