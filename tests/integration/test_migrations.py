"""Schema migrations: new and older databases are brought to head; others are refused untouched.

Refused files are compared byte for byte before and after, and the folder they sit in must
not gain a -wal, -shm or -journal file either: opening someone's file by mistake must leave
no trace.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect, select, text

from incubator_desk import paths
from incubator_desk.db import Database, DatabaseError, State, migrate, open_database
from incubator_desk.db.backup import folder_for
from incubator_desk.db.engine import DatabaseLocation, location_from_string, make_engine
from incubator_desk.models import Base, Person, Tenant

SCRIPTS = ScriptDirectory.from_config(migrate.alembic_config())
REVISIONS = [s.revision for s in reversed(list(SCRIPTS.walk_revisions()))]  # base → head
FIRST = REVISIONS[0]
BACKUP_NAME = re.compile(r"^desk_\d{4}-\d\d-\d\d_\d{6}(-\d+)?_before-upgrade\.zip$")


# --- helpers --------------------------------------------------------------------------------


@contextmanager
def migration_connection(location: DatabaseLocation) -> Iterator[Connection]:
    """A connection of the application's own engine (same pragmas), in one transaction."""
    engine = make_engine(location)
    try:
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def upgrade_to(location: DatabaseLocation, revision: str) -> None:
    cfg = migrate.alembic_config()
    with migration_connection(location) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(location: DatabaseLocation) -> str | None:
    with migration_connection(location) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_differences(conn: Connection) -> list[object]:
    """What `alembic check` would report: how the migrated schema differs from the models."""
    context = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def insert_first_release_rows(path: Path) -> None:
    """Rows as the first schema version stores them, written with plain SQL (not today's models).

    A tenant with a tag and a founder: the founder and the tag link refer to the tenant, so a
    migration that rebuilds the tenants table must keep them.
    """
    con = sqlite3.connect(path)
    try:
        stamp = "2026-01-05 08:00:00.000000"
        con.execute(
            "INSERT INTO operators (id, username, display_name, role, active, version, "
            "created_at, updated_at) VALUES (1, 'local', 'Local operator', 'admin', 1, 1, ?, ?)",
            (stamp, stamp),
        )
        con.execute(
            "INSERT INTO tenants (id, name_zh, name_en, credit_code, registered_capital, "
            "park_address, stage, high_tech_enterprise, listing_status, national_projects, "
            "notes, version, created_at, updated_at) VALUES (1, '深圳云帆科技有限公司', "
            "'Yunfan', '91440300MA5ABCDE1X', 1234567891, '3-201', 'incubating', 0, 'none', 0, "
            "'', 1, ?, ?)",
            (stamp, stamp),
        )
        con.execute("INSERT INTO tags (id, name) VALUES (1, '人工智能')")
        con.execute("INSERT INTO tenant_tags (tenant_id, tag_id) VALUES (1, 1)")
        con.execute(
            "INSERT INTO people (id, tenant_id, name, role, phone, email, is_primary_contact, "
            "student_founder, returnee, serial_entrepreneur, talent_programme, version, "
            "created_at, updated_at) VALUES (1, 1, '张伟', 'founder', '13800000000', '', 1, 0, "
            "0, 0, 0, 1, ?, ?)",
            (stamp, stamp),
        )
        con.commit()
    finally:
        con.close()


def first_release_file(tmp_path: Path, revision: str = FIRST) -> Path:
    """A SQLite file made by the first schema version, with rows, then migrated to `revision`."""
    path = tmp_path / "desk.sqlite"
    location = location_from_string(str(path))
    upgrade_to(location, FIRST)
    insert_first_release_rows(path)
    if revision != FIRST:
        upgrade_to(location, revision)
    return path


def with_probe_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgrade_body: str) -> str:
    """Point the application at a copy of its migrations plus one more revision after head.

    Until the project has a second real revision, this makes the "older database" path real:
    the file is at a known revision below head, so it must be backed up and upgraded.
    """
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    revision = "9000_probe"
    (scripts / "versions" / f"{revision}.py").write_text(
        f'"""probe revision written by the tests"""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {REVISIONS[-1]!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade():\n"
        f"{upgrade_body}\n\n"
        "def downgrade():\n"
        "    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    assert migrate.head_revision() == revision
    return revision


# A revision that rebuilds the tenants table the way Alembic's batch mode does on SQLite
# (copy, drop the original, rename), which other tables refer to.
REBUILD_TENANTS = """\
    with op.batch_alter_table("tenants", recreate="always") as batch:
        batch.add_column(sa.Column("probe_note", sa.String(20), nullable=True))
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def untouched(path: Path) -> Iterator[None]:
    """The file's bytes, its folder's listing and the backups folder stay exactly as they were."""
    digest, listing = sha256(path), sorted(p.name for p in path.parent.iterdir())
    backups = backup_files()
    yield
    assert sha256(path) == digest, "the refused file was changed"
    assert sorted(p.name for p in path.parent.iterdir()) == listing, "files appeared next to it"
    assert backup_files() == backups


def backup_files() -> list[Path]:
    root = paths.backup_dir()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def unpacked_database(backup: Path, into: Path) -> Path:
    """The database file inside a backup archive."""
    with zipfile.ZipFile(backup) as zf:
        return Path(zf.extract("database.sqlite", into))


# --- new databases --------------------------------------------------------------------------


def test_empty_database_is_upgraded_to_head(db_url: str) -> None:
    location = location_from_string(db_url)
    opened = open_database(location, create=True)
    try:
        assert opened.status_before.state is State.NEW
        assert current_revision(location) == REVISIONS[-1]
        with opened.db.engine.connect() as conn:
            assert schema_differences(conn) == []
    finally:
        opened.db.dispose()


def test_copies_opening_a_new_database_at_once_all_succeed(db_url: str) -> None:
    """Several operators start the application on the same new database at the same moment.

    The first creates the schema and the local operator; the others wait for it and then
    find nothing left to do, instead of failing on tables or a user that already exist.
    """
    location = location_from_string(db_url)
    start = threading.Barrier(4)
    opened: list[Database] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            start.wait(timeout=10)
            opened.append(open_database(location, create=True).db)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it, daemon=True) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    try:
        assert not any(t.is_alive() for t in threads), "opening hung"
        assert errors == []
        assert len({db.operator_id for db in opened}) == 1
        assert current_revision(location) == REVISIONS[-1]
    finally:
        for db in opened:
            db.dispose()


def test_empty_file_counts_as_new(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    path.touch()  # e.g. made by "New file" in a file manager
    opened = open_database(location_from_string(str(path)))
    opened.db.dispose()
    assert opened.status_before.state is State.NEW
    assert opened.backup is None
    assert current_revision(location_from_string(str(path))) == REVISIONS[-1]


def test_every_revision_in_turn_then_the_schema_matches_the_models(db_url: str) -> None:
    """Upgrade one revision at a time from base to head, then compare with the models."""
    assert SCRIPTS.get_heads() == [REVISIONS[-1]], "migrations must form a single line"
    location = location_from_string(db_url)
    for before, revision in zip([None, *REVISIONS], REVISIONS, strict=False):
        assert SCRIPTS.get_revision(revision).down_revision == before
        upgrade_to(location, revision)
        assert current_revision(location) == revision

    engine = make_engine(location)
    try:
        with engine.connect() as conn:
            assert schema_differences(conn) == []
        # and back down to nothing: every downgrade runs, so a release can be undone
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


# --- older databases ------------------------------------------------------------------------


@pytest.mark.parametrize("revision", REVISIONS)
def test_database_saved_at_each_revision_opens_with_its_rows(tmp_path: Path, revision: str) -> None:
    path = first_release_file(tmp_path, revision)
    opened = open_database(location_from_string(str(path)))
    try:
        expected = State.CURRENT if revision == REVISIONS[-1] else State.OLDER
        assert (opened.status_before.state, opened.status_before.revision) == (expected, revision)
        assert (opened.backup is not None) == (expected is State.OLDER)
        assert current_revision(opened.db.location) == REVISIONS[-1]
        with opened.db.read() as s:
            tenant = s.get(Tenant, 1)
            assert tenant is not None and tenant.name_zh == "深圳云帆科技有限公司"
            assert str(tenant.registered_capital) == "12345678.91"
            assert [t.name for t in tenant.tags] == ["人工智能"]
            assert s.scalars(select(Person.name)).all() == ["张伟"]
    finally:
        opened.db.dispose()


def test_older_database_is_backed_up_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = first_release_file(tmp_path, REVISIONS[-1])
    original = sha256(path)
    head = with_probe_revision(tmp_path, monkeypatch, REBUILD_TENANTS)

    backups_when_upgrade_began: list[list[Path]] = []
    real_upgrade = migrate.upgrade_to_head

    def spy(engine):
        backups_when_upgrade_began.append(backup_files())
        real_upgrade(engine)

    monkeypatch.setattr(migrate, "upgrade_to_head", spy)

    opened = open_database(location_from_string(str(path)))
    try:
        status = opened.status_before
        assert (status.state, status.revision, status.head) == (State.OLDER, REVISIONS[-1], head)
        backup = opened.backup
        assert backup is not None and backup.parent == folder_for(opened.db.location)
        assert BACKUP_NAME.match(backup.name), backup.name
        assert backups_when_upgrade_began == [[backup]]  # the copy existed before upgrading

        # upgraded, with every row and every reference kept
        assert current_revision(opened.db.location) == head
        with opened.db.read() as s:
            tenant = s.get(Tenant, 1)
            assert tenant is not None and [t.name for t in tenant.tags] == ["人工智能"]
            assert [p.name for p in tenant.people] == ["张伟"]
            assert s.execute(text("SELECT probe_note FROM tenants")).all() == [(None,)]
        # foreign keys were switched off for the rebuild only
        with opened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        opened.db.dispose()

    # the backup is the database as it was: same revision, same rows, a sound file
    copy = unpacked_database(backup, tmp_path / "unpacked")
    con = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (REVISIONS[-1],)
        ]
        assert con.execute("SELECT name_zh FROM tenants").fetchall() == [("深圳云帆科技有限公司",)]
        assert con.execute("SELECT count(*) FROM tenant_tags").fetchone() == (1,)
        columns = {row[1] for row in con.execute("PRAGMA table_info(tenants)")}
        assert "probe_note" not in columns
    finally:
        con.close()
    assert original != sha256(path)  # (the live file did change: it was upgraded)


def test_failed_upgrade_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = first_release_file(tmp_path, REVISIONS[-1])
    with_probe_revision(
        tmp_path,
        monkeypatch,
        REBUILD_TENANTS + '    op.execute("UPDATE no_such_table SET x = 1")\n',
    )
    with pytest.raises(DatabaseError, match="could not be brought up to date") as caught:
        open_database(location_from_string(str(path)))
    backups = backup_files()
    assert len(backups) == 1 and str(backups[0]) in str(caught.value)

    con = sqlite3.connect(path)
    try:  # all of the upgrade or none of it: still at the old revision, rows intact
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (REVISIONS[-1],)
        ]
        columns = {row[1] for row in con.execute("PRAGMA table_info(tenants)")}
        assert "probe_note" not in columns
        assert con.execute("SELECT count(*) FROM tenant_tags").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM people").fetchone() == (1,)
    finally:
        con.close()


# --- databases that are refused -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["random bytes", "text file"])
def test_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "desk.sqlite"
    if kind == "random bytes":
        path.write_bytes(random.Random(20261126).randbytes(64 * 1024))
    else:
        path.write_text("租户名单\n深圳云帆科技有限公司, 3-201\n", encoding="utf-8")
    with untouched(path), pytest.raises(DatabaseError, match="not a SQLite file"):
        open_database(location_from_string(str(path)))


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "customers.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO customers (name) VALUES ('someone else''s data')")
    con.commit()
    con.close()
    with untouched(path), pytest.raises(DatabaseError, match="not an Incubator Desk database"):
        open_database(location_from_string(str(path)))


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    opened = open_database(location_from_string(str(path)), create=True)  # WAL mode
    opened.db.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with untouched(path), pytest.raises(DatabaseError, match="newer version") as caught:
        open_database(location_from_string(str(path)))
    assert "9999_future" in str(caught.value)


@pytest.mark.postgres
def test_server_database_from_a_newer_version_is_refused_untouched(pg_url: str) -> None:
    location = location_from_string(pg_url)
    open_database(location, create=True).db.dispose()
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
            before = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
        with pytest.raises(DatabaseError, match="newer version"):
            open_database(location)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).all() == [
                ("9999_future",)
            ]
            assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == before
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_server_database_of_another_program_is_refused_untouched(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE customers (id serial PRIMARY KEY, name text)"))
        with pytest.raises(DatabaseError, match="not an Incubator Desk database"):
            open_database(location_from_string(pg_url))
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == ["customers"]
    finally:
        engine.dispose()


def _app_file_with_rows(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    opened = open_database(location_from_string(str(path)), create=True)
    with opened.db.uow() as uow:
        for n in range(200):
            uow.session.add(Tenant(name_zh=f"企业{n}", notes="备注" * 50))
        uow.commit()
    opened.db.dispose()  # the last connection checkpoints the WAL into the file and removes it
    assert not path.with_name(path.name + "-wal").exists()
    return path


def test_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = _app_file_with_rows(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy that stopped halfway
    with untouched(path), pytest.raises(DatabaseError, match="damaged") as caught:
        open_database(location_from_string(str(path)))
    assert "cut short" in str(caught.value)
    assert "backup" in str(caught.value)


def test_database_with_a_damaged_first_page_is_refused_untouched(tmp_path: Path) -> None:
    path = _app_file_with_rows(tmp_path)
    data = bytearray(path.read_bytes())
    # keep the 100-byte file header, scramble the table of contents that follows it
    data[100:4096] = random.Random(7).randbytes(4096 - 100)
    path.write_bytes(bytes(data))
    with untouched(path), pytest.raises(DatabaseError, match="damaged"):
        open_database(location_from_string(str(path)))


def test_the_recorded_head_is_the_scripts_head() -> None:
    # Opening a current database trusts migrate.HEAD instead of importing Alembic.
    assert migrate.script_head() == migrate.HEAD


def test_operators_roles_of_earlier_versions_become_the_six_roles(tmp_path: Path) -> None:
    """admin → administrator, viewer → read-only; operators keep working with no password."""
    path = tmp_path / "roles.sqlite"
    location = location_from_string(str(path))
    upgrade_to(location, "0006")
    con = sqlite3.connect(path)
    try:
        stamp = "2026-01-05 08:00:00.000000"
        con.executemany(
            "INSERT INTO operators (username, display_name, role, active, version, created_at,"
            " updated_at) VALUES (?, ?, ?, 1, 1, ?, ?)",
            [
                (n, n, r, stamp, stamp)
                for n, r in (("a", "admin"), ("m", "manager"), ("v", "viewer"))
            ],
        )
        con.commit()
    finally:
        con.close()
    upgrade_to(location, "0007")
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT username, role, password_hash, failed_sign_ins FROM operators ORDER BY username"
        ).fetchall()
    finally:
        con.close()
    assert rows == [
        ("a", "administrator", None, 0),
        ("m", "manager", None, 0),
        ("v", "read-only", None, 0),
    ]
