"""`incubator-desk db create|check|backup|backups|restore|archive|unarchive` as a user runs
them, and databases that are missing, damaged, refused or locked by another process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.test_cli import assert_clean_error, run, tenant_count

SRC = str(Path(__file__).resolve().parents[2] / "src")


def make_demo(tmp_path: Path, name: str = "office.sqlite", tenants: int = 12) -> Path:
    db = tmp_path / name
    result = run("--db", str(db), "demo", "--tenants", str(tenants), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    return db


def db_run(db: Path, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    result = run("--db", str(db), "db", *args, data_dir=data)
    assert "Traceback" not in result.stderr
    return result


def test_a_mistyped_path_is_refused_with_its_name_and_nothing_is_made(tmp_path: Path) -> None:
    typo = tmp_path / "no" / "such" / "dir" / "typo.sqlite"
    result = run("--db", str(typo), "export", "tenants", str(tmp_path / "x.csv"), data_dir=tmp_path)
    assert_clean_error(result)
    assert result.returncode == 1
    assert f"There is no database at {typo}" in result.stderr
    assert "db create" in result.stderr
    assert not (tmp_path / "no").exists() and not (tmp_path / "x.csv").exists()

    env_typo = run(
        "occupancy", data_dir=tmp_path, env={"INCUBATOR_DESK_DB": str(tmp_path / "gone.sqlite")}
    )
    assert env_typo.returncode == 1 and "gone.sqlite" in env_typo.stderr


def test_create_makes_one_and_never_replaces_a_file(tmp_path: Path) -> None:
    db = tmp_path / "new" / "office.sqlite"
    made = db_run(db, "create", data=tmp_path)
    assert made.returncode == 0 and f"Created a new database at {db}" in made.stdout
    again = db_run(db, "create", data=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_backup_list_restore_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = make_demo(tmp_path)
    before = tenant_count(db)

    none_yet = db_run(db, "backups", data=data)
    assert none_yet.returncode == 0 and "No backups yet" in none_yet.stdout

    made = db_run(db, "backup", data=data)
    assert made.returncode == 0, made.stderr
    assert f"Backed up {db} to " in made.stdout
    assert f"{before} tenants" in made.stdout
    out = tmp_path / "stick" / "office-copy.zip"
    out.parent.mkdir()
    to_file = db_run(db, "backup", "--out", str(out), data=data)
    assert to_file.returncode == 0 and out.is_file()
    nowhere = db_run(db, "backup", "--out", str(tmp_path / "unplugged" / "x.zip"), data=data)
    assert nowhere.returncode == 1 and "cannot be reached" in nowhere.stderr

    listing = db_run(db, "backups", data=data)
    assert listing.returncode == 0
    assert "manual" in listing.stdout and f"{before} tenants" in listing.stdout

    # change the data, then restore
    con = sqlite3.connect(db)
    con.execute("DELETE FROM kpi_snapshots")
    con.commit()
    con.close()

    unconfirmed = db_run(db, "restore", str(out), data=data)
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    restored = db_run(db, "restore", str(out), "--yes", data=data)
    assert restored.returncode == 0, restored.stderr
    assert f"Restored {db} from {out}" in restored.stdout
    assert "The previous data was saved to" in restored.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM kpi_snapshots").fetchone()[0] > 0
    con.close()
    after = db_run(db, "backups", data=data)
    assert "before-restore" in after.stdout

    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff not a backup")
    refused = db_run(db, "restore", str(bogus), "--yes", data=data)
    assert refused.returncode == 1 and "not an Incubator Desk backup" in refused.stderr
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(out.read_bytes()[:2000])
    bad = db_run(db, "restore", str(damaged), "--yes", data=data)
    assert bad.returncode == 2 and "damaged" in bad.stderr


def test_archive_and_unarchive_on_another_computer(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    out = tmp_path / "everything.zip"
    made = db_run(db, "archive", "--out", str(out), data=tmp_path / "data")
    assert made.returncode == 0 and f"Archived {db} to {out}" in made.stdout

    laptop = tmp_path / "laptop"
    moved = laptop / "office.sqlite"
    unpacked = db_run(moved, "unarchive", str(out), data=laptop / "data")
    assert unpacked.returncode == 0, unpacked.stderr
    assert tenant_count(moved) == tenant_count(db)
    again = db_run(moved, "unarchive", str(out), data=laptop / "data")
    assert again.returncode == 1 and "already exists" in again.stderr
    check = db_run(moved, "check", data=laptop / "data")
    assert check.returncode == 0 and "Integrity:       ok" in check.stdout


def test_check_on_a_damaged_file_names_the_newest_good_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = make_demo(tmp_path, tenants=200)
    good = db_run(db, "backup", data=data)
    assert good.returncode == 0
    backup_file = good.stdout.split(" to ", 1)[1].splitlines()[0].strip()
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(os.urandom(4096 * 4))
    check = db_run(db, "check", data=data)
    assert check.returncode == 2, check.stdout + check.stderr
    assert "PROBLEMS FOUND" in check.stdout
    assert f"Newest good backup: {backup_file}" in check.stdout
    assert "db restore" in check.stdout
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()

    restored = db_run(db, "restore", backup_file, "--yes", data=data)
    assert restored.returncode == 0, restored.stderr
    assert "damaged file was moved" in restored.stdout
    assert db_run(db, "check", data=data).returncode == 0


def test_refused_files_get_no_journal_beside_them(tmp_path: Path) -> None:
    db = make_demo(tmp_path, tenants=3)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    before = db.read_bytes()
    for args in (("check",), ("upgrade",), ("backup",)):
        result = db_run(db, *args, data=tmp_path / "data")
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert "newer version" in result.stdout + result.stderr
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()


def test_reading_commands_work_while_another_process_writes(tmp_path: Path) -> None:
    db = make_demo(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "con.execute('BEGIN IMMEDIATE')\n"
            "con.execute('UPDATE operators SET display_name = display_name')\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=SRC),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.perf_counter()
        occupancy = run("--db", str(db), "occupancy", data_dir=tmp_path / "data")
        assert occupancy.returncode == 0, occupancy.stderr
        listing = run("--db", str(db), "db", "backups", data_dir=tmp_path / "data")
        assert listing.returncode == 0, listing.stderr
        assert time.perf_counter() - started < 15  # two starts of Python, no 5 s lock waits

        writing = run("--db", str(db), "demo", "--tenants", "2", "--force", data_dir=tmp_path)
        assert_clean_error(writing)
        assert "busy" in writing.stderr
    finally:
        holder.kill()
        holder.wait()


def test_server_backups_are_left_to_pg_dump(tmp_path: Path) -> None:
    url = "postgresql+psycopg://office@127.0.0.1:1/incubator"
    for args in (
        ("backup",),
        ("backups",),
        ("restore", "x.zip", "--yes"),
        ("archive", "--out", "x.zip"),
    ):
        result = run("--db", url, "db", *args, data_dir=tmp_path)
        assert_clean_error(result)
        assert result.returncode == 1 and "pg_dump" in result.stderr
