"""Backups, restores, archives and attachments on real SQLite files, with other processes
writing, holding the lock, or killed (kill -9) in the middle of a backup or a restore."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desk.core import clock
from incubator_desk.core.errors import (
    ArchiveError,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseMissing,
)
from incubator_desk.core.vocabularies import FundKind, Instrument
from incubator_desk.db import Database, archive, attachments, backup, open_database
from incubator_desk.db.engine import DatabaseLocation, location_from_string
from incubator_desk.models import Tenant
from incubator_desk.services import backups as backup_service
from incubator_desk.services import funding as fs
from incubator_desk.services.demo import generate_demo

SRC = str(Path(__file__).resolve().parents[2] / "src")
# 81 Chinese characters: 243 bytes, a valid name that no longer fits with a prefix added
LONG_NAME = ("深圳市南山区科技创新孵化器入驻企业年度财务审计报告及附注说明" * 3)[:81] + ".pdf"


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def unpacked(backup_file: Path, into: Path) -> Path:
    with zipfile.ZipFile(backup_file) as zf:
        return Path(zf.extract(archive.DATABASE, into))


def python(code: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(location_from_string(str(tmp_path / "office.sqlite")), create=True).db
    generate_demo(db, tenants=25, seed=3)
    yield db
    db.dispose()


def _application(db: Database) -> int:
    with db.uow() as uow:
        tenant = Tenant(name_zh="深圳云帆科技有限公司")
        uow.session.add(tenant)
        uow.commit()
    fund = fs.save_fund(db, fs.FundData("备份测试基金", FundKind.EQUITY, Decimal(10_000_000), 2024))
    return fs.create_application(
        db,
        fs.ApplicationData(
            fund_id=fund,
            tenant_id=tenant.id,
            amount_requested=Decimal(1_000_000),
            instrument=Instrument.EQUITY,
            pre_money_valuation=Decimal(18_000_000),
        ),
    )


# --- making and listing backups -------------------------------------------------------------


def test_backup_holds_the_database_and_its_files(demo_db: Database, tmp_path: Path) -> None:
    app_id = _application(demo_db)
    source = tmp_path / LONG_NAME
    assert len(LONG_NAME) == 85 and len(LONG_NAME.encode()) + len("0123456789ab_") > 255
    source.write_bytes(b"%PDF-1.4 audit")
    doc = fs.attach_document(demo_db, app_id, source, "financial_statements")
    stored = fs.document_file(demo_db, doc)
    assert stored.read_bytes() == b"%PDF-1.4 audit"
    assert attachments.attachments_dir(demo_db.location) in stored.parents
    assert fs.application(demo_db, app_id).documents[0].original_name == LONG_NAME

    made = backup.back_up(demo_db.location)
    assert made.path.parent == backup.folder_for(demo_db.location)
    assert made.kind == backup.AUTO
    counts = table_counts(demo_db.location.sqlite_path)  # type: ignore[arg-type]  # a file
    assert made.manifest.counts.tenants == counts["tenants"] == 26
    assert made.manifest.counts.allocations == counts["allocations"]
    assert made.manifest.counts.applications == counts["fund_applications"]
    names = [m.name for m in made.manifest.members]
    assert names[0] == "database.sqlite"
    assert len(made.manifest.attachments()) == 1
    assert names[1].startswith("attachments/applications/") and names[1].endswith(".pdf")
    assert archive.verify(made.path) == made.manifest
    # the copy in the archive is a sound, single file (no -wal needed) with the same rows
    copy = unpacked(made.path, tmp_path / "x")
    assert integrity(copy) == "ok"
    assert table_counts(copy) == counts
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL

    later = backup.back_up(demo_db.location, kind=backup.MANUAL)
    found, unreadable = backup.list_backups([backup.folder_for(demo_db.location)])
    assert [b.path for b in found] == [later.path, made.path] and unreadable == []


def test_a_backup_folder_that_is_not_there_is_refused_not_made(
    demo_db: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick" / "backups"
    with pytest.raises(DatabaseError) as caught:
        backup.back_up(demo_db.location, folder=backup.folder_for(demo_db.location, stick))
    assert str(stick) in str(caught.value) and "cannot be reached" in str(caught.value)
    assert not (tmp_path / "usb-stick").exists()

    backup_service.set_folder(demo_db, None)
    with pytest.raises(Exception, match="does not exist"):
        backup_service.set_folder(demo_db, stick)
    stick.mkdir(parents=True)
    backup_service.set_folder(demo_db, stick)
    made = backup_service.back_up(demo_db)
    assert made.path.parent.parent == stick
    status = backup_service.status(demo_db)
    assert status.last is not None and status.last.path == made.path and not status.problem


def test_rotation_keeps_seven_days_four_weeks_twelve_months(tmp_path: Path) -> None:
    def fake(day: dt.datetime) -> backup.Backup:
        manifest = archive.Manifest("auto", day, "", "0001", "", backup.snapshot.Counts(), 0, ())
        return backup.Backup(tmp_path / day.isoformat(), manifest, 1)

    start = dt.datetime(2026, 11, 30, 17, 0, tzinfo=dt.UTC)
    # two a day for 400 days
    made = [fake(start - dt.timedelta(hours=12 * n)) for n in range(800)]
    kept = sorted((b for b in made if b.path in backup.to_keep(made)), key=lambda b: b.created)
    park = [clock.park_time(b.created) for b in kept]  # days as the park's calendar has them
    days = {d.date() for d in park}
    assert len(kept) == len(days)  # one per day at most: the newest of it
    first = clock.park_time(start).date()
    recent = [first - dt.timedelta(days=n) for n in range(7)]
    assert set(recent) <= days
    assert len({d.isocalendar()[:2] for d in park}) >= 4
    months = {(d.year, d.month) for d in park}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12
    assert kept[-1].created == start


def test_rotation_removes_only_automatic_backups(demo_db: Database) -> None:
    folder = backup.folder_for(demo_db.location)
    now = dt.datetime.now(dt.UTC)
    upgrade = backup.back_up(
        demo_db.location, kind=backup.BEFORE_UPGRADE, now=now - dt.timedelta(days=30)
    )
    auto = [
        backup.back_up(demo_db.location, now=now - dt.timedelta(days=days))
        for days in range(20, -1, -1)
    ]
    after = backup.list_backups([folder])[0]
    assert upgrade.path in {b.path for b in after}
    kept = {b.path for b in after if b.kind == backup.AUTO}
    assert {b.path for b in auto[-7:]} <= kept  # the last seven days
    assert len(kept) < len(auto)
    assert len(kept) <= 7 + 4 + 12


# --- restoring ------------------------------------------------------------------------------


def test_restore_round_trip_keeps_every_count(demo_db: Database, tmp_path: Path) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    app_id = _application(demo_db)
    source = tmp_path / "商业计划书.pdf"
    source.write_bytes(b"plan")
    fs.attach_document(demo_db, app_id, source, "business_plan")
    before = table_counts(path)
    made = backup.back_up(demo_db.location, kind=backup.MANUAL)

    # change a lot: remove a document (and its file), add and delete rows
    doc = fs.application(demo_db, app_id).documents[0]
    fs.remove_document(demo_db, doc.id)
    assert not doc.path.exists()
    with demo_db.uow() as uow:
        for n in range(5):
            uow.session.add(Tenant(name_zh=f"新企业{n}"))
        uow.commit()
    changed = table_counts(path)
    assert changed != before

    restored = backup.restore(demo_db.location, made.path)
    assert table_counts(path) == before  # every table, including the audit log
    assert integrity(path) == "ok"
    assert restored.aside is not None and restored.aside.name.endswith("_before-restore.zip")
    assert table_counts(unpacked(restored.aside, tmp_path / "aside")) == changed
    # the restored row's file is back, and the open handle sees the restored data
    assert fs.document_file(demo_db, doc.id).read_bytes() == b"plan"
    with demo_db.read() as s:
        assert s.query(Tenant).count() == before["tenants"]
    # still a WAL database that every program agrees on
    assert path.read_bytes()[18:20] == b"\x02\x02"


def test_restore_refuses_what_is_not_a_sound_backup(demo_db: Database, tmp_path: Path) -> None:
    loc = demo_db.location
    path = loc.sqlite_path
    assert path is not None
    before = path.read_bytes()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup", encoding="utf-8")
    with pytest.raises(ArchiveError, match="not an Incubator Desk backup"):
        backup.restore(loc, notes)
    with pytest.raises(ArchiveError, match="no such file"):
        backup.restore(loc, tmp_path / "missing.zip")
    foreign = tmp_path / "other.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ArchiveError, match="does not hold an Incubator Desk database"):
        backup.restore(loc, foreign)

    made = backup.back_up(loc)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(made.path.read_bytes()[: made.size // 2])
    with pytest.raises(DatabaseDamaged, match="damaged"):
        backup.restore(loc, cut)
    flipped = tmp_path / "flipped.zip"
    data = bytearray(made.path.read_bytes())
    data[200] ^= 0xFF  # inside the compressed database
    flipped.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        backup.restore(loc, flipped)
    assert path.read_bytes()[:100] == before[:100]
    assert len(backup.list_backups([backup.folder_for(loc)])[0]) == 1  # nothing set aside


def test_restore_over_a_damaged_database_moves_it_aside(demo_db: Database, tmp_path: Path) -> None:
    loc = demo_db.location
    path = loc.sqlite_path
    assert path is not None
    made = backup.back_up(loc)
    demo_db.dispose()
    with path.open("r+b") as fh:  # wreck pages in the middle of the file
        fh.seek(40 * 4096)
        fh.write(os.urandom(8 * 4096))
    with pytest.raises(DatabaseDamaged):
        backup.back_up(loc)
    restored = backup.restore(loc, made.path)
    assert restored.aside_is_damaged_file and restored.aside is not None
    assert restored.aside.parent == path.parent and ".damaged-" in restored.aside.name
    assert integrity(path) == "ok"
    assert table_counts(path)["tenants"] == made.manifest.counts.tenants


def test_restore_waits_then_says_busy_while_another_program_writes(demo_db: Database) -> None:
    loc = demo_db.location
    made = backup.back_up(loc)
    holder = python(LOCK_HOLDER, str(loc.sqlite_path), "8")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseBusy, match="busy"):
            backup.restore(loc, made.path)
    finally:
        holder.kill()
        holder.wait()


def test_server_databases_are_backed_up_with_pg_dump() -> None:
    loc = location_from_string("postgresql://office@db.example/incubator")
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup.back_up(loc)
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup.restore(loc, Path("x.zip"))


# --- archives: moving to another computer, and what a hostile file cannot do ----------------


def test_archive_moves_everything_to_a_new_database(demo_db: Database, tmp_path: Path) -> None:
    app_id = _application(demo_db)
    source = tmp_path / LONG_NAME
    source.write_bytes(b"audit")
    doc = fs.attach_document(demo_db, app_id, source)
    out = tmp_path / "move" / "everything.zip"
    out.parent.mkdir()
    made = backup.back_up(demo_db.location, out=out, kind=backup.EXPORT)
    assert made.path == out and made.kind == backup.EXPORT

    other = location_from_string(str(tmp_path / "laptop" / "desk.sqlite"))
    manifest = backup.unarchive(out, other)
    assert manifest.counts == made.manifest.counts
    opened = open_database(other)
    try:
        assert fs.document_file(opened.db, doc).read_bytes() == b"audit"
        assert attachments.attachments_dir(other) in fs.document_file(opened.db, doc).parents
    finally:
        opened.db.dispose()
    with pytest.raises(ArchiveError, match="already exists"):
        backup.unarchive(out, other)
    assert not list((tmp_path / "laptop").glob(".unpack-*"))


def _hostile(path: Path, members: dict[str, bytes], manifest: dict[str, object]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return path


def _manifest(members: dict[str, bytes], **extra: object) -> dict[str, object]:
    import hashlib

    data: dict[str, object] = {
        "format": archive.FORMAT,
        "format_version": 1,
        "kind": "export",
        "created": "2026-11-30T10:00:00+00:00",
        "members": [
            {"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
            for n, b in members.items()
        ],
    }
    data.update(extra)
    return data


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "attachments/../../evil.txt", "/etc/evil", "C:/evil", "attachments\\..\\x"],
)
def test_archive_names_outside_their_folder_are_refused(tmp_path: Path, name: str) -> None:
    members = {"database.sqlite": b"SQLite format 3\x00", name: b"evil"}
    bad = _hostile(tmp_path / "bad.zip", members, _manifest(members))
    target = location_from_string(str(tmp_path / "new" / "desk.sqlite"))
    with pytest.raises(ArchiveError, match="outside its own folder"):
        backup.unarchive(bad, target)
    assert not (tmp_path / "evil.txt").exists()
    assert not (tmp_path / "new" / "desk.sqlite").exists()


def test_archives_that_lie_or_are_damaged_are_refused(tmp_path: Path) -> None:
    target = location_from_string(str(tmp_path / "new" / "desk.sqlite"))
    members = {"database.sqlite": b"x" * 1000}
    # claims a size it does not have
    lying = _manifest(members)
    lying["members"][0]["size"] = 10  # type: ignore[index]  # a test's hand-made manifest
    with pytest.raises(DatabaseDamaged, match="wrong size"):
        backup.unarchive(_hostile(tmp_path / "lie.zip", members, lying), target)
    # a newer format, a file that is no zip, a zip without a manifest
    newer = _manifest(members, format_version=99)
    with pytest.raises(ArchiveError, match="newer version"):
        backup.unarchive(_hostile(tmp_path / "newer.zip", members, newer), target)
    (tmp_path / "plain.zip").write_bytes(b"PK\x03\x04 but not really")
    with pytest.raises(DatabaseDamaged):
        backup.unarchive(tmp_path / "plain.zip", target)
    with zipfile.ZipFile(tmp_path / "bare.zip", "w") as zf:
        zf.writestr("database.sqlite", b"x")
    with pytest.raises(ArchiveError, match="no manifest"):
        backup.unarchive(tmp_path / "bare.zip", target)
    assert not (tmp_path / "new" / "desk.sqlite").exists()


def test_an_archive_too_big_for_the_disk_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = {"database.sqlite": b"x" * 5000}
    ok = _hostile(tmp_path / "ok.zip", members, _manifest(members))
    real = archive.shutil.disk_usage
    monkeypatch.setattr(archive.shutil, "disk_usage", lambda p: real(p)._replace(free=1000))
    with pytest.raises(ArchiveError, match="only 0 MB are free"):
        backup.unarchive(ok, location_from_string(str(tmp_path / "new.sqlite")))
    assert not (tmp_path / "new.sqlite").exists()


# --- attachments belong to their database ---------------------------------------------------


def test_two_databases_keep_their_files_apart(tmp_path: Path) -> None:
    first = open_database(location_from_string(str(tmp_path / "a.sqlite")), create=True).db
    second = open_database(location_from_string(str(tmp_path / "b.sqlite")), create=True).db
    try:
        source = tmp_path / "商业计划书.pdf"
        source.write_bytes(b"plan")
        # the same application number and the same file in both: once the same stored path
        doc_a = fs.attach_document(first, _application(first), source)
        doc_b = fs.attach_document(second, _application(second), source)
        path_a, path_b = fs.document_file(first, doc_a), fs.document_file(second, doc_b)
        assert path_a != path_b
        fs.remove_document(second, doc_b)
        assert not path_b.exists()
        assert fs.document_file(first, doc_a).read_bytes() == b"plan"
    finally:
        first.dispose()
        second.dispose()


def test_files_in_the_old_shared_folder_are_copied_over_on_first_use(
    demo_db: Database, tmp_path: Path
) -> None:
    app_id = _application(demo_db)
    source = tmp_path / "合同.pdf"
    source.write_bytes(b"contract")
    doc = fs.attach_document(demo_db, app_id, source)
    own = fs.document_file(demo_db, doc)
    rel = own.relative_to(attachments.attachments_dir(demo_db.location))
    # as an earlier version left it: the file only in the folder every database shared
    legacy = attachments.shared_legacy_dir() / rel
    legacy.parent.mkdir(parents=True)
    own.replace(legacy)
    assert fs.document_file(demo_db, doc) == own
    assert own.read_bytes() == b"contract" and legacy.read_bytes() == b"contract"
    fs.remove_document(demo_db, doc)
    assert not own.exists() and legacy.exists()  # the shared copy may be someone else's


def test_stored_names_fit_any_file_system() -> None:
    name = attachments.stored_name("a" * 64, LONG_NAME)
    assert len(name.encode()) <= attachments.MAX_NAME_BYTES
    assert name.endswith(".pdf") and name.startswith("aaaaaaaaaaaa_深圳市")


# --- other processes ------------------------------------------------------------------------

WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("CREATE TABLE IF NOT EXISTS probe (grp INTEGER, part INTEGER)")
print("ready", flush=True)
n = 0
while True:
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO probe VALUES (?, 1)", (n,))
    con.execute("INSERT INTO probe VALUES (?, 2)", (n,))
    con.execute("COMMIT")
    n += 1
"""

LOCK_HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE operators SET display_name = display_name")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_backups_made_while_another_process_writes_are_consistent(
    demo_db: Database, tmp_path: Path
) -> None:
    path = demo_db.location.sqlite_path
    assert path is not None
    writer = python(WRITER, str(path))
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        made = [backup.back_up(demo_db.location, kind=backup.MANUAL) for _ in range(4)]
    finally:
        writer.kill()
        writer.wait()
    seen = []
    for n, b in enumerate(made):
        copy = unpacked(b.path, tmp_path / str(n))
        assert integrity(copy) == "ok"
        con = sqlite3.connect(copy)
        try:
            groups = con.execute("SELECT grp, count(*) FROM probe GROUP BY grp").fetchall()
            seen.append(len(groups))
            assert all(count == 2 for _, count in groups)  # no half transaction
            assert [g for g, _ in groups] == list(range(len(groups)))  # no gap
        finally:
            con.close()
    assert seen == sorted(seen) and seen[-1] > seen[0]  # the writer went on meanwhile


def test_a_reader_works_while_another_process_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    generate_demo(db, tenants=5, seed=1)
    db.dispose()
    holder = python(LOCK_HOLDER, str(path), "30")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.perf_counter()
        opened = open_database(location_from_string(str(path)))
        try:
            with opened.db.read() as s:
                assert s.query(Tenant).count() == 5
            made = backup.back_up(opened.db.location)  # a backup only reads, too
            assert made.manifest.counts.tenants == 5
        finally:
            opened.db.dispose()
        assert time.perf_counter() - started < 3  # no waiting for the lock
    finally:
        holder.kill()
        holder.wait()


def test_a_missing_path_is_refused_with_its_name_and_nothing_is_made(tmp_path: Path) -> None:
    typo = tmp_path / "no" / "such" / "dir" / "typo.sqlite"
    with pytest.raises(DatabaseMissing) as caught:
        open_database(location_from_string(str(typo)))
    assert str(typo) in str(caught.value)
    assert not (tmp_path / "no").exists()
    opened = open_database(location_from_string(str(typo)), create=True)
    opened.db.dispose()
    assert typo.is_file()


KILLED_BACKUP = """
import sys
from incubator_desk.db import backup
from incubator_desk.db.engine import location_from_string
print("start", flush=True)
while True:
    backup.back_up(location_from_string(sys.argv[1]), kind=backup.MANUAL)
"""

KILLED_RESTORE = """
import sys
from pathlib import Path
from incubator_desk.db import backup
from incubator_desk.db.engine import location_from_string
print("start", flush=True)
backup.restore(location_from_string(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def _padded(db: Database, mb: int) -> None:
    """Make the file big enough that a backup or a restore takes a while."""
    with db.uow() as uow:
        conn = uow.session.connection()
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS padding (b BLOB)")
        for _ in range(mb):
            conn.exec_driver_sql("INSERT INTO padding VALUES (randomblob(1048576))")
        uow.commit()


def _all_backups_sound(loc: DatabaseLocation) -> int:
    folder = backup.folder_for(loc)
    found, unreadable = backup.list_backups([folder])
    assert unreadable == []
    for b in found:
        archive.verify(b.path)
    return len(found)


def test_kill_during_backup_leaves_database_and_backups_sound(demo_db: Database) -> None:
    loc = demo_db.location
    path = loc.sqlite_path
    assert path is not None
    _padded(demo_db, 24)
    backup.back_up(loc, kind=backup.MANUAL)
    rng = random.Random(12)
    for _ in range(6):
        proc = python(KILLED_BACKUP, str(path))
        assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert integrity(path) == "ok"
        assert _all_backups_sound(loc) >= 1
    folder = backup.folder_for(loc)
    backup.remove_stale_partials(folder, older_than=0)
    assert not list(folder.glob(".*"))


def test_kill_during_restore_leaves_the_database_sound(demo_db: Database, tmp_path: Path) -> None:
    loc = demo_db.location
    path = loc.sqlite_path
    assert path is not None
    _padded(demo_db, 16)
    old = backup.back_up(loc, kind=backup.MANUAL)
    with demo_db.uow() as uow:
        for n in range(30):
            uow.session.add(Tenant(name_zh=f"后来的企业{n}"))
        uow.commit()
    new_count = table_counts(path)["tenants"]
    demo_db.dispose()
    rng = random.Random(7)
    for _ in range(6):
        if table_counts(path)["tenants"] != new_count:  # the last one finished: change again
            again = open_database(loc).db
            with again.uow() as uow:
                for n in range(30):
                    uow.session.add(Tenant(name_zh=f"后来的企业{n}"))
                uow.commit()
            again.dispose()
        proc = python(KILLED_RESTORE, str(path), str(old.path))
        assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.05, 2.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert integrity(path) == "ok"
        tenants = table_counts(path)["tenants"]
        assert tenants in (old.manifest.counts.tenants, new_count)  # all or nothing
        _all_backups_sound(loc)
    opened = open_database(loc)  # and the application opens it
    opened.db.dispose()


def test_status_says_when_a_backup_is_due_or_too_old(demo_db: Database) -> None:
    first = backup_service.status(demo_db)
    assert first.last is None and first.changed_since and first.due and first.too_old
    assert first.folder == backup.folder_for(demo_db.location) and not first.problem

    made = backup_service.back_up_automatically(demo_db)
    fresh = backup_service.status(demo_db)
    assert fresh.last is not None and fresh.last.path == made.path
    assert not fresh.changed_since and not fresh.due and not fresh.too_old

    made.path.unlink()
    old = backup.back_up(
        demo_db.location,
        folder=backup_service.folder(demo_db),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=8),
    )
    unchanged = backup_service.status(demo_db)
    assert unchanged.last is not None and unchanged.last.path == old.path
    assert not unchanged.too_old  # eight days old, but nothing changed since
    with demo_db.uow() as uow:
        uow.session.add(Tenant(name_zh="新来的企业"))
        uow.commit()
    stale = backup_service.status(demo_db)
    assert stale.changed_since and stale.due and stale.too_old
    backup_service.set_max_age(demo_db, 10)
    assert not backup_service.status(demo_db).too_old
    with pytest.raises(Exception, match="from 1 to 365"):
        backup_service.set_max_age(demo_db, 0)

    server = location_from_string("postgresql://office@db.example/incubator")
    assert backup_service.folders_of(server) == []
