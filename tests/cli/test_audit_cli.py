"""`incubator-desk audit` as a user runs it: filters, before → after, --xlsx, bad input."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INCUBATOR_DESK_DB"}
    env["INCUBATOR_DESK_DATA_DIR"] = str(data_dir)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "incubator_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_the_audit_trail_listed_filtered_and_saved(tmp_path: Path) -> None:
    data, db = tmp_path / "data", str(tmp_path / "数据 库.sqlite")
    sheet = tmp_path / "在孵 名单.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["企业名称", "统一社会信用代码", "入孵日期", "联系人"])
        w.writerow(["深圳云帆科技有限公司", "914403001922038216", "2024-03-01", "张三"])
        w.writerow(["深圳星河智能有限公司", "91440300708461136T", "2024-05-01", "李四"])
    assert run("--db", db, "db", "create", data_dir=data).returncode == 0
    assert run("--db", db, "import", "tenants", str(sheet), data_dir=data).returncode == 0

    listed = run("--db", db, "audit", "--record", "云帆", "--changes", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    assert "Created Tenant 深圳云帆科技有限公司" in listed.stdout
    assert "Local operator" in listed.stdout
    assert "    Entry date: 2024-03-01" in listed.stdout
    assert "星河" not in listed.stdout

    everything = run("--db", db, "audit", "--area", "tenants", "--limit", "2", data_dir=data)
    assert everything.returncode == 0 and len(everything.stdout.splitlines()) == 2
    assert "2 of " in everything.stderr and "--xlsx" in everything.stderr

    out = tmp_path / "审计 记录.xlsx"
    saved = run("--db", db, "audit", "--area", "tenants", "--xlsx", str(out), data_dir=data)
    assert saved.returncode == 0, saved.stderr
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.values)[1:]
    assert {r[4] for r in rows} >= {"深圳云帆科技有限公司", "深圳星河智能有限公司", "张三"}
    assert f"Saved {len(rows)} entries" in saved.stdout
    # the import is one action: its number finds every entry it wrote
    action_id = next(r[8] for r in rows if r[2] == "Imported")
    one = run("--db", db, "audit", "--action-id", action_id, "--limit", "100", data_dir=data)
    assert len(one.stdout.splitlines()) == 1 + 2 + 2  # the summary, two tenants, two contacts

    nobody = run("--db", db, "audit", "--person", "nobody", data_dir=data)
    assert nobody.returncode == 2 and "nobody" in nobody.stderr and "Traceback" not in nobody.stderr
    backwards = run(
        "--db", db, "audit", "--since", "2026-12-01", "--until", "2026-11-01", data_dir=data
    )
    assert backwards.returncode == 2 and "--since is after --until" in backwards.stderr
    bad_day = run("--db", db, "audit", "--since", "yesterday", data_dir=data)
    assert bad_day.returncode == 2 and "2026-11-30" in bad_day.stderr
    csv_out = run("--db", db, "audit", "--xlsx", str(tmp_path / "a.csv"), data_dir=data)
    assert csv_out.returncode == 2 and ".xlsx" in csv_out.stderr
