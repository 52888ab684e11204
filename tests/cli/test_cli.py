"""The command line as a user runs it: a subprocess, stdout, stderr and the exit status."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from incubator_desk import __version__


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None, timeout: int = 120):
    full_env = {k: v for k, v in os.environ.items() if k != "INCUBATOR_DESK_DB"}
    full_env["INCUBATOR_DESK_DATA_DIR"] = str(data_dir)
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "incubator_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("incubator-desk: ") or "usage:" in result.stderr


def tenant_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM tenants").fetchone()[0]
    finally:
        con.close()


def test_version(tmp_path: Path) -> None:
    result = run("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_fills_refuses_then_adds_with_force(tmp_path: Path) -> None:
    db = tmp_path / "演示 数据.sqlite"  # Chinese characters and a space in the file name
    first = run("--db", str(db), "demo", "--tenants", "25", "--seed", "7", data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Tenants" in first.stdout or "tenants" in first.stdout
    assert tenant_count(db) == 25

    again = run("--db", str(db), "demo", "--tenants", "25", data_dir=tmp_path)
    assert_clean_error(again)
    assert "--force" in again.stderr
    assert tenant_count(db) == 25  # nothing half-written

    forced = run("--db", str(db), "demo", "--tenants", "5", "--force", data_dir=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert tenant_count(db) == 30


def test_demo_uses_environment_database(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite"
    result = run("demo", "--tenants", "3", data_dir=tmp_path, env={"INCUBATOR_DESK_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert tenant_count(db) == 3


def test_demo_default_goes_to_the_data_folder(tmp_path: Path) -> None:
    result = run("demo", "--tenants", "2", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert tenant_count(tmp_path / "incubator-desk.sqlite") == 2


def test_demo_rejects_bad_numbers(tmp_path: Path) -> None:
    result = run("demo", "--tenants", "0", data_dir=tmp_path)
    assert result.returncode == 2
    assert "at least 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_check_and_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "check.sqlite"
    missing = run("--db", str(db), "db", "check", data_dir=tmp_path)
    assert_clean_error(missing)
    assert "no database" in missing.stderr

    not_there = run("--db", str(db), "db", "upgrade", data_dir=tmp_path)
    assert not_there.returncode == 1 and "no database" in not_there.stderr
    assert not db.exists()

    created = run("--db", str(db), "db", "create", data_dir=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Created a new database" in created.stdout

    again = run("--db", str(db), "db", "upgrade", data_dir=tmp_path)
    assert again.returncode == 0
    assert "Already" in again.stdout

    check = run("--db", str(db), "db", "check", data_dir=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Integrity:       ok" in check.stdout
    assert "current" in check.stdout


def test_foreign_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("这不是数据库 — not a database\n", encoding="utf-8")
    before = notes.read_bytes()
    for args in (("db", "check"), ("db", "upgrade"), ("demo", "--tenants", "2")):
        result = run("--db", str(notes), *args, data_dir=tmp_path)
        assert_clean_error(result)
        assert "not an Incubator Desk database" in result.stderr
    assert notes.read_bytes() == before
    assert not Path(f"{notes}-wal").exists()


def test_directory_as_database_is_refused(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path), "db", "upgrade", data_dir=tmp_path)
    assert_clean_error(result)
    assert "folder" in result.stderr


def test_unreachable_server_gives_a_clear_error(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    result = run("--db", url, "db", "upgrade", data_dir=tmp_path)
    assert_clean_error(result)
    assert "Cannot connect" in result.stderr


@pytest.mark.parametrize("extra", [[], ["--lang", "zh_CN"]])
def test_window_opens_and_closes(tmp_path: Path, extra: list[str]) -> None:
    db = tmp_path / "gui.sqlite"
    assert run("--db", str(db), "demo", "--tenants", "5", data_dir=tmp_path).returncode == 0
    result = run(
        "--db",
        str(db),
        *extra,
        data_dir=tmp_path,
        env={"INCUBATOR_DESK_EXIT_AFTER_SHOW": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "gui.sqlite" in settings  # remembered as the last database


def test_window_self_test_previews_a_report(tmp_path: Path) -> None:
    """The hidden self-test the packaged build's smoke test runs (ui/self_test.py)."""
    db = tmp_path / "gui.sqlite"
    assert run("--db", str(db), "demo", "--tenants", "5", data_dir=tmp_path).returncode == 0
    code = json.loads(run("--db", str(db), "graduation", "--json", data_dir=tmp_path).stdout)
    pdf = tmp_path / "报告 report.pdf"
    made = run(
        "--db",
        str(db),
        "report",
        "graduation",
        code[0]["credit_code"],
        "--out",
        str(pdf),
        data_dir=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    result = run("--db", str(db), data_dir=tmp_path, env={"INCUBATOR_DESK_SELF_TEST": str(pdf)})
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout and "Traceback" not in result.stderr
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a pdf")
    failed = run("--db", str(db), data_dir=tmp_path, env={"INCUBATOR_DESK_SELF_TEST": str(broken)})
    assert failed.returncode == 1
    assert "self-test failed" in failed.stderr


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path) -> None:
    db = tmp_path / "pipe.sqlite"
    assert run("--db", str(db), "demo", "--tenants", "5", data_dir=tmp_path).returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "INCUBATOR_DESK_DB"}
    env["INCUBATOR_DESK_DATA_DIR"] = str(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "incubator_desk", "--db", str(db), "graduation", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `| head` does once it has its lines
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert err == ""


def test_demo_flag_opens_the_window_on_a_fresh_demo_database(tmp_path: Path) -> None:
    env = {"INCUBATOR_DESK_EXIT_AFTER_SHOW": "loaded"}
    first = run("--demo", data_dir=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    demo = tmp_path / "demo.sqlite"
    assert tenant_count(demo) == 300
    second = run("--demo", data_dir=tmp_path, env=env)  # remade, not added to
    assert second.returncode == 0, second.stderr
    assert tenant_count(demo) == 300
    settings = tmp_path / "settings.ini"
    assert "demo.sqlite" not in (settings.read_text(encoding="utf-8") if settings.exists() else "")


def test_opening_the_window_reads_its_options_without_loading_the_commands() -> None:
    from incubator_desk import cli

    args = cli._window_only(["--db", "/tmp/park data.sqlite", "--lang", "en"])
    assert args is not None and args.command is None
    assert (args.db, args.lang, args.demo) == ("/tmp/park data.sqlite", "en", False)
    demo = cli._window_only(["--demo"])
    assert cli._window_only([]) is not None and demo is not None and demo.demo
    for argv in (
        ["tenants", "list"],
        ["--db", "x.sqlite", "demo"],
        ["--help"],
        ["--version"],
        ["--lang", "fr"],  # refused by the whole command line, with its usage
        ["--db"],
        ["--nonsense"],
    ):
        assert cli._window_only(argv) is None, argv
