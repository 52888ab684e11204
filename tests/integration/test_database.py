"""The database layer on real files and servers: creation, units of work, audit, types, locking."""

from __future__ import annotations

import datetime as dt
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.exc import StatementError

from incubator_desk import paths
from incubator_desk.core.errors import ConflictError
from incubator_desk.core.vocabularies import AuditAction, Stage
from incubator_desk.db import Database, State, open_database
from incubator_desk.db.engine import BUSY_TIMEOUT_MS, location_from_string
from incubator_desk.db.migrate import head_revision, inspect_schema
from incubator_desk.db.uow import LOCAL_OPERATOR
from incubator_desk.models import AuditEntry, Base, KpiSnapshot, Operator, Person, Tenant

CST = dt.timezone(dt.timedelta(hours=8))  # China Standard Time, without needing tzdata


def add_tenant(db: Database, name: str = "深圳云帆科技有限公司", **values: object) -> int:
    with db.uow("Register tenant") as uow:
        tenant = Tenant(name_zh=name, **values)
        uow.session.add(tenant)
        uow.commit()
    return tenant.id


def audit_of(db: Database, entity: str) -> list[tuple[AuditEntry, str]]:
    """The audit entries about one table, oldest first, with the operator's username."""
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry, Operator.username)
            .join(Operator, AuditEntry.operator_id == Operator.id)
            .where(AuditEntry.entity == entity)
            .order_by(AuditEntry.id)
        ).all()
        for entry, _ in rows:
            s.expunge(entry)  # usable after the read session ends (its rollback expires rows)
    return [(entry, username) for entry, username in rows]


def count(db: Database, model: type[Base]) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# --- opening --------------------------------------------------------------------------------


def test_new_database_is_created_at_the_newest_schema(db_url: str) -> None:
    location = location_from_string(db_url)
    assert inspect_schema(location).state is State.NEW

    opened = open_database(location, create=True)
    try:
        assert opened.status_before.state is State.NEW
        assert opened.backup is None  # nothing to back up yet
        status = inspect_schema(location)
        assert (status.state, status.revision) == (State.CURRENT, head_revision())
        with opened.db.engine.connect() as conn:
            assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    finally:
        opened.db.dispose()


def test_reopening_finds_it_current_and_keeps_the_data(db_url: str) -> None:
    location = location_from_string(db_url)
    first = open_database(location, create=True)
    tenant_id = add_tenant(first.db)
    first.db.dispose()

    again = open_database(location)
    try:
        assert again.status_before.state is State.CURRENT
        assert again.backup is None
        assert not paths.backup_dir().exists()  # a current file is not copied
        with again.db.read() as s:
            assert s.get(Tenant, tenant_id) is not None
            # the local operator is created once, not on every open
            assert s.scalars(select(Operator.username)).all() == [LOCAL_OPERATOR]
    finally:
        again.db.dispose()


# --- the unit of work and its audit trail ---------------------------------------------------


def test_unit_of_work_commits_once_and_audits_every_change(db: Database) -> None:
    commits: list[object] = []
    event.listen(db.engine, "commit", commits.append)

    with db.uow("Register tenant with founder") as uow:
        tenant = Tenant(name_zh="深圳云帆科技有限公司", entry_date=dt.date(2026, 3, 1))
        uow.session.add(tenant)
        uow.session.flush()  # several flushes inside one unit of work still make one commit
        uow.session.add(Person(tenant_id=tenant.id, name="张伟"))
        uow.commit()
    assert len(commits) == 1

    [(created, who)] = audit_of(db, "tenants")
    assert who == LOCAL_OPERATOR
    assert created.action is AuditAction.CREATE
    assert created.entity_id == tenant.id
    assert created.summary == "Register tenant with founder"
    assert created.changes is not None
    assert created.changes["name_zh"] == "深圳云帆科技有限公司"
    assert created.changes["entry_date"] == "2026-03-01"
    assert created.changes["stage"] == Stage.INCUBATING.value  # defaults as saved
    assert created.at.tzinfo is not None
    [(person_created, _)] = audit_of(db, "people")
    assert person_created.action is AuditAction.CREATE

    with db.uow("Rename") as uow:
        t = uow.get(Tenant, tenant.id, expected_version=1)
        t.name_en = "Shenzhen Yunfan Technology"
        t.registered_capital = Decimal("1000000")
        uow.commit()
    assert len(commits) == 2

    _, (updated, who) = audit_of(db, "tenants")
    assert who == LOCAL_OPERATOR
    assert updated.action is AuditAction.UPDATE
    assert updated.entity_id == tenant.id
    assert updated.summary == "Rename"
    # only the fields that changed, as [old, new]; bookkeeping columns are left out
    assert updated.changes is not None
    assert updated.changes.keys() == {"name_en", "registered_capital"}
    assert updated.changes["name_en"] == ["", "Shenzhen Yunfan Technology"]
    old, new = updated.changes["registered_capital"]
    assert old is None and Decimal(new) == Decimal("1000000")  # money as exact text
    with db.read() as s:
        assert s.get_one(Tenant, tenant.id).version == 2

    with db.uow("Remove contact") as uow:
        [person] = uow.session.scalars(select(Person)).all()
        uow.session.delete(person)
        uow.commit()
    _, (deleted, who) = audit_of(db, "people")
    assert (deleted.action, who) == (AuditAction.DELETE, LOCAL_OPERATOR)
    assert deleted.changes is not None and deleted.changes["name"] == "张伟"


def test_unit_of_work_without_commit_saves_nothing(db: Database) -> None:
    with db.uow() as uow:
        uow.session.add(Tenant(name_zh="未保存"))
        uow.session.flush()
    assert count(db, Tenant) == 0
    assert audit_of(db, "tenants") == []


def test_error_inside_unit_of_work_rolls_back_everything(db: Database) -> None:
    kept_id = add_tenant(db, "已有企业")

    with pytest.raises(RuntimeError, match="halfway"), db.uow("Half done") as uow:
        kept = uow.get(Tenant, kept_id, expected_version=1)
        kept.notes = "edited"
        new = Tenant(name_zh="新企业")
        uow.session.add(new)
        uow.session.flush()  # rows really reached the database inside the transaction
        uow.session.add(Person(tenant_id=new.id, name="李娜"))
        uow.session.flush()
        raise RuntimeError("failed halfway")

    with db.read() as s:
        assert s.scalars(select(Tenant.name_zh)).all() == ["已有企业"]
        kept = s.get(Tenant, kept_id)
        assert kept is not None and (kept.notes, kept.version) == ("", 1)
    assert count(db, Person) == 0
    assert [e.action for e, _ in audit_of(db, "tenants")] == [AuditAction.CREATE]
    assert audit_of(db, "people") == []


def test_change_refused_by_the_database_saves_nothing(db: Database) -> None:
    with pytest.raises(ConflictError, match="Nothing was saved"), db.uow() as uow:
        uow.session.add(Tenant(name_zh="甲", credit_code="91440300MA5ABCDE1X"))
        uow.session.flush()
        uow.session.add(Tenant(name_zh="乙", credit_code="91440300MA5ABCDE1X"))  # duplicate
        uow.commit()
    assert count(db, Tenant) == 0
    assert audit_of(db, "tenants") == []


def test_stale_edit_is_refused(db: Database) -> None:
    tenant_id = add_tenant(db)
    with db.read() as s:  # the form opens the record at version 1 …
        opened_version = s.get_one(Tenant, tenant_id).version
    with db.uow() as uow:  # … someone else saves a change meanwhile …
        uow.get(Tenant, tenant_id).notes = "their change"
        uow.commit()

    with pytest.raises(ConflictError, match="changed by someone else"), db.uow() as uow:
        uow.get(Tenant, tenant_id, expected_version=opened_version).notes = "my change"
        uow.commit()

    with db.read() as s:
        tenant = s.get(Tenant, tenant_id)
        assert tenant is not None and (tenant.notes, tenant.version) == ("their change", 2)


def test_change_overtaken_while_saving_is_refused(db: Database) -> None:
    tenant_id = add_tenant(db)
    with pytest.raises(ConflictError, match="changed by someone else"), db.uow() as uow:
        tenant = uow.get(Tenant, tenant_id, expected_version=1)
        # another writer bumps the version between our read and our UPDATE
        uow.session.execute(text("UPDATE tenants SET version = version + 1"))
        tenant.notes = "my change"
        uow.commit()
    with db.read() as s:
        assert s.get_one(Tenant, tenant_id).version == 1


@pytest.mark.postgres
def test_concurrent_edit_on_the_server_is_refused(pg_url: str) -> None:
    opened = open_database(location_from_string(pg_url), create=True)
    db = opened.db
    try:
        tenant_id = add_tenant(db)
        with pytest.raises(ConflictError, match="changed by someone else"), db.uow() as mine:
            tenant = mine.get(Tenant, tenant_id, expected_version=1)
            with db.uow() as theirs:  # a second operator, on a connection of their own
                theirs.get(Tenant, tenant_id).notes = "their change"
                theirs.commit()
            tenant.notes = "my change"
            mine.commit()
        with db.read() as s:
            assert s.get_one(Tenant, tenant_id).notes == "their change"
    finally:
        db.dispose()


# --- column types ---------------------------------------------------------------------------


def test_money_round_trips_exactly(db: Database) -> None:
    tenant_id = add_tenant(db, registered_capital=Decimal("12345678.91"))
    with db.uow() as uow:
        uow.session.add(
            KpiSnapshot(
                tenant_id=tenant_id,
                year=2026,
                quarter=1,
                revenue=Decimal("99999999999.99"),
                net_profit=Decimal("-0.01"),
                rd_spend=Decimal("0"),
                export_value=5,  # whole yuan as int are fine
            )
        )
        uow.commit()

    with db.read() as s:
        tenant = s.get(Tenant, tenant_id)
        assert tenant is not None
        assert tenant.registered_capital == Decimal("12345678.91")
        assert str(tenant.registered_capital) == "12345678.91"
        kpi = s.scalars(select(KpiSnapshot)).one()
        assert (kpi.revenue, kpi.net_profit, kpi.rd_spend, kpi.export_value) == (
            Decimal("99999999999.99"),
            Decimal("-0.01"),
            Decimal("0.00"),
            Decimal("5.00"),
        )
        assert all(
            isinstance(v, Decimal)
            for v in (kpi.revenue, kpi.net_profit, kpi.rd_spend, kpi.export_value)
        )
        # stored as whole fen, so sums in SQL are exact too
        stored = s.execute(text("SELECT registered_capital FROM tenants")).scalar_one()
        assert stored == 1234567891


def test_money_refuses_float(db: Database) -> None:
    with pytest.raises(StatementError) as caught, db.uow() as uow:
        uow.session.add(Tenant(name_zh="浮点", registered_capital=12345678.91))
        uow.commit()
    assert isinstance(caught.value.orig, TypeError)
    assert "float" in str(caught.value.orig)
    assert count(db, Tenant) == 0


def test_aware_datetime_round_trips_as_the_same_instant(db: Database) -> None:
    archived = dt.datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=CST)  # 01:30:15Z
    tenant_id = add_tenant(db, archived_at=archived)

    with db.read() as s:
        tenant = s.get(Tenant, tenant_id)
        assert tenant is not None and tenant.archived_at is not None
        assert tenant.archived_at == archived
        assert tenant.archived_at.utcoffset() == dt.timedelta(0)  # comes back in UTC
        assert tenant.archived_at.microsecond == 123456
        assert tenant.created_at.tzinfo is not None
        # stored as UTC, so comparisons in SQL are by instant, whatever the zone of the value
        after = s.scalars(
            select(Tenant.id).where(Tenant.archived_at > dt.datetime(2026, 3, 1, 1, tzinfo=dt.UTC))
        ).all()
        before = s.scalars(
            select(Tenant.id).where(Tenant.archived_at > dt.datetime(2026, 3, 1, 9, tzinfo=CST))
        ).all()
        assert (after, before) == ([tenant_id], [tenant_id])
        later = s.scalars(
            select(Tenant.id).where(Tenant.archived_at > dt.datetime(2026, 3, 1, 2, tzinfo=dt.UTC))
        ).all()
        assert later == []


def test_aware_datetime_refuses_naive(db: Database) -> None:
    with pytest.raises(StatementError) as caught, db.uow() as uow:
        uow.session.add(Tenant(name_zh="无时区", archived_at=dt.datetime(2026, 3, 1, 9, 30)))
        uow.commit()
    assert isinstance(caught.value.orig, ValueError)
    assert "aware" in str(caught.value.orig)
    assert count(db, Tenant) == 0


# --- constraints and SQLite settings --------------------------------------------------------


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(ConflictError, match="refused by the database"), db.uow() as uow:
        uow.session.add(Person(tenant_id=999_999, name="无主"))
        uow.commit()
    assert count(db, Person) == 0


def sqlite_db(tmp_path: Path) -> Database:
    return open_database(location_from_string(str(tmp_path / "desk.sqlite")), create=True).db


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    db = sqlite_db(tmp_path)  # the migration that created it ran on the pooled connection
    try:

        def pragmas(conn: object) -> tuple[object, ...]:
            return tuple(
                conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "busy_timeout", "foreign_keys", "synchronous")
            )

        expected = ("wal", BUSY_TIMEOUT_MS, 1, 2)  # synchronous 2 = FULL: survives a power cut
        with db.engine.connect() as conn:
            assert pragmas(conn) == expected
        with db.uow() as uow:  # the writing engine's connections as well
            assert pragmas(uow.session.connection()) == expected
        with db.read() as s:
            assert pragmas(s.connection()) == expected
    finally:
        db.dispose()
    # WAL is recorded in the file itself (header bytes 18-19 are 2), so every program agrees
    header = (tmp_path / "desk.sqlite").read_bytes()[:20]
    assert header[18:20] == b"\x02\x02"


@pytest.mark.parametrize("engines", ["one engine", "two engines"])
def test_two_threads_writing_at_once_both_succeed(tmp_path: Path, engines: str) -> None:
    """Writes are serialised by BEGIN IMMEDIATE: the second waits instead of failing.

    Each writer reads before it writes (as the overlap checks do). With plain deferred
    transactions both would read the same snapshot and the second would fail with
    "database is locked"; serialised, the second sees the first's row.
    """
    first = sqlite_db(tmp_path)
    second = first if engines == "one engine" else sqlite_db(tmp_path)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(db: Database, who: str) -> None:
        try:
            start.wait(timeout=5)
            with db.uow(f"by {who}") as uow:
                seen = uow.session.scalar(select(func.count()).select_from(Tenant))
                time.sleep(0.2)  # hold the transaction so the two really overlap
                uow.session.add(Tenant(name_zh=f"{who} saw {seen}"))
                uow.commit()
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(first, "A")),
        threading.Thread(target=write, args=(second, "B")),
    ]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    elapsed = time.monotonic() - began
    try:
        assert errors == []
        with first.read() as s:
            names = s.scalars(select(Tenant.name_zh)).all()
        assert sorted(n[-1] for n in names) == ["0", "1"]  # one after the other
        assert elapsed >= 0.4  # the second really waited for the first
        assert len(audit_of(first, "tenants")) == 2
    finally:
        first.dispose()
        second.dispose()
