"""`incubator-desk import …` and `export …` as a user runs them: exit status, report, summary."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from incubator_desk.db import open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.services import graduation as grad


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


def count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_import_export_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = tmp_path / "数据 库.sqlite"
    sheet = tmp_path / "在孵 名单.csv"
    with sheet.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["2026年在孵企业名单"])
        w.writerow(["企业名称", "统一社会信用代码", "入孵日期", "联系人", "电话", "高新技术企业"])
        w.writerow(
            [
                "深圳云帆科技有限公司",
                "914403001922038216",
                "2024-03-01",
                "张三",
                "13800138000",
                "是",
            ]
        )
        w.writerow(["坏代码公司", "914403001922038217", "2024-03-01", "", "", "否"])

    assert run("--db", str(db), "db", "create", data_dir=data).returncode == 0
    dry = run("--db", str(db), "import", "tenants", str(sheet), "--dry-run", data_dir=data)
    assert dry.returncode == 2, dry.stderr
    assert "row 3: created: 深圳云帆科技有限公司" in dry.stdout
    assert "row 4, column 统一社会信用代码: rejected" in dry.stdout
    assert "created 1, updated 0, unchanged 0, rejected 1" in dry.stdout
    assert "rejected" in dry.stderr and "Traceback" not in dry.stderr
    assert count(db, "tenants") == 0

    real = run("--db", str(db), "import", "tenants", str(sheet), data_dir=data)
    assert real.returncode == 2
    assert count(db, "tenants") == 1
    again = run("--db", str(db), "import", "tenants", str(sheet), data_dir=data)
    assert "created 0, updated 0, unchanged 1, rejected 1" in again.stdout
    assert count(db, "tenants") == 1

    out = tmp_path / "导出 名单.xlsx"
    exp = run("--db", str(db), "export", "tenants", str(out), data_dir=data)
    assert exp.returncode == 0, exp.stderr
    assert "Exported 1 row(s)" in exp.stdout
    back = run("--db", str(db), "import", "tenants", str(out), data_dir=data)
    assert back.returncode == 0, back.stdout + back.stderr
    assert "created 0, updated 0, unchanged 1, rejected 0" in back.stdout

    figs = tmp_path / "figures.csv"
    exp = run("--db", str(db), "export", "figures", str(figs), "--lang", "en", data_dir=data)
    assert exp.returncode == 0, exp.stderr
    assert figs.read_text(encoding="utf-8-sig").startswith("credit_code,name_zh,period")
    imp = run("--db", str(db), "import", "figures", str(figs), data_dir=data)
    assert imp.returncode == 0
    assert "created 0, updated 0, unchanged 0, rejected 0" in imp.stdout


def test_unreadable_file_exits_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = tmp_path / "d.sqlite"
    assert run("--db", str(db), "db", "create", data_dir=data).returncode == 0
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04garbage")
    r = run("--db", str(db), "import", "tenants", str(corrupt), data_dir=data)
    assert r.returncode == 1
    assert r.stderr.startswith("incubator-desk: ") and "Traceback" not in r.stderr
    noheader = tmp_path / "x.csv"
    noheader.write_text("a,b\n1,2\n", encoding="utf-8")
    r = run("--db", str(db), "import", "figures", str(noheader), data_dir=data)
    assert r.returncode == 1 and "header" in r.stderr
    r = run("--db", str(db), "export", "tenants", str(tmp_path / "x.pdf"), data_dir=data)
    assert r.returncode == 2 and ".xlsx" in r.stderr


def test_imported_tenant_graduates_by_the_edited_rule(tmp_path: Path) -> None:
    """With the incubation limit set to 36 months, an import plans graduation 36 months on."""
    data = tmp_path / "data"
    db = tmp_path / "rule.sqlite"
    opened = open_database(location_from_string(str(db)), create=True)
    try:
        stored = grad.load_rules(opened.db)
        rules = replace(stored.rules, incubation_months=36)
        grad.save_rules(opened.db, rules, stored.version)
    finally:
        opened.db.dispose()
    sheet = tmp_path / "tenants.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["企业名称", "统一社会信用代码", "入孵日期"])
        w.writerow(["深圳云帆科技有限公司", "914403001922038216", "2024-03-01"])
    r = run("--db", str(db), "import", "tenants", str(sheet), data_dir=data)
    assert r.returncode == 0, r.stdout + r.stderr
    con = sqlite3.connect(db)
    try:
        planned = con.execute("SELECT planned_graduation_on FROM tenants").fetchall()
    finally:
        con.close()
    assert planned == [("2027-03-01",)]
