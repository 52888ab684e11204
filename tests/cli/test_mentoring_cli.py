"""`export-calendar` and `activity-stats` as a user runs them (a subprocess)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from incubator_desk.services.ical import read_ics


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INCUBATOR_DESK_DB"}
    env["INCUBATOR_DESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "incubator_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_export_calendar_and_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "desk.sqlite")
    assert run("--db", db, "demo", "--tenants", "40", data_dir=tmp_path).returncode == 0
    con = sqlite3.connect(db)
    mentor, n_sessions = con.execute(
        "SELECT mentor_id, count(*) FROM mentoring_sessions GROUP BY mentor_id LIMIT 1"
    ).fetchone()
    code, tenant = con.execute(
        "SELECT credit_code, id FROM tenants WHERE credit_code IS NOT NULL LIMIT 1"
    ).fetchone()
    n_events = con.execute("SELECT count(*) FROM training_events").fetchone()[0]
    con.close()

    out = tmp_path / "导师 日程.ics"
    r = run("--db", db, "export-calendar", "--mentor", str(mentor), "--out", str(out),
            data_dir=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert f"Wrote {n_sessions} item(s)" in r.stdout
    assert len(read_ics(out.read_bytes())) == n_sessions

    out = tmp_path / "events.ics"
    r = run("--db", db, "export-calendar", "--events", "--out", str(out), data_dir=tmp_path)
    assert r.returncode == 0 and len(read_ics(out.read_bytes())) == n_events

    r = run("--db", db, "export-calendar", "--tenant", code.lower(), "--out", str(out),
            data_dir=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr

    # bad input: a clean message and a non-zero status, never a traceback
    for bad in (
        ["--tenant", "914403001922038216", "--out", str(out)],  # nobody has it
        ["--events", "--out", str(tmp_path / "x.txt")],
        ["--events", "--out", str(tmp_path / "no such folder" / "x.ics")],
        ["--mentor", "99999", "--out", str(out)],
    ):
        r = run("--db", db, "export-calendar", *bad, data_dir=tmp_path)
        assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.startswith("incubator-desk: "), r.stderr

    r = run("--db", db, "activity-stats", "--year", "2026", "--quarter", "2", data_dir=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Mentoring 2026Q2" in r.stdout and "Tenants with a mentor today" in r.stdout
    assert tenant > 0
