"""A new office imports its own sheet from the command line, on a new database, without the demo.

`db upgrade` then `import tenants` of an ordinary GBK or UTF-8-with-BOM sheet (a title row,
万元 in a header, the industry names people write): only truly bad rows are rejected.
Values not in a list are added and named (`added to lists: industry 2 (…)`) unless
--strict. Every hostile file ends with exit 1 (the file) or 2 (rows), never 3.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

CODES = ["914403001922038216", "91440300708461136T", "91440300MA5FXXXX1Y", "91440300MA5FXXXY10"]
HEADER = "企业名称,统一社会信用代码,所属行业,注册资本（万元）,入孵日期,技术领域"
ROWS = [
    f"深圳云帆科技有限公司,{CODES[0]},新一代信息技术,100,2024-03-01,电子信息",
    f"深圳百草生物医药有限公司,{CODES[1]},生物医药,500.5,2023/9/15,生物与新医药",
    f"深圳精工智能装备有限公司,{CODES[2]},高端装备制造,80,2024-01-10,先进制造与自动化",
    f"深圳绿源环保科技有限公司,{CODES[3]},节能环保,1e3,2024-02-01,资源与环境",
    "深圳无码公司,,新材料,10,2024-01-10,新材料",  # truly bad: no credit code
]


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


def sheet(tmp_path: Path, rows: list[str], encoding: str, name: str = "名单.csv") -> Path:
    path = tmp_path / name
    text = "\r\n".join(["2026年在孵企业名单,,,,,", HEADER, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def new_database(tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite"
    done = run("--db", str(db), "db", "create", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    return db


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_an_ordinary_sheet_on_a_new_database(tmp_path: Path, encoding: str) -> None:
    db = new_database(tmp_path)
    done = run(
        "--db",
        str(db),
        "import",
        "tenants",
        str(sheet(tmp_path, ROWS, encoding)),
        data_dir=tmp_path,
    )
    assert done.returncode == 2, done.stdout + done.stderr  # one row truly bad
    assert "created 4, updated 0, unchanged 0, rejected 1" in done.stdout
    assert "row 7, column 统一社会信用代码: rejected: 深圳无码公司" in done.stdout
    assert "added to lists" not in done.stdout
    assert query(
        db,
        "SELECT t.name_zh, i.name_zh, t.registered_capital FROM tenants t "
        "JOIN lookup_items i ON i.id = t.industry_id ORDER BY t.id",
    ) == [
        ("深圳云帆科技有限公司", "新一代信息技术", 100_000_000),  # 100 万元, in fen
        ("深圳百草生物医药有限公司", "生物医药", 500_500_000),
        ("深圳精工智能装备有限公司", "高端装备制造", 80_000_000),
        ("深圳绿源环保科技有限公司", "节能环保", 1_000_000_000),
    ]


def test_values_not_in_a_list_are_added_unless_strict(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    rows = [
        r.replace("新一代信息技术", "人工智能").replace("节能环保", "合成生物") for r in ROWS[:4]
    ]
    path = sheet(tmp_path, rows, "gbk")

    strict = run("--db", str(db), "import", "tenants", str(path), "--strict", data_dir=tmp_path)
    assert strict.returncode == 2
    assert "“人工智能” is not in the list of industries" in strict.stdout
    assert "created 2, updated 0, unchanged 0, rejected 2" in strict.stdout

    again = run("--db", str(db), "import", "tenants", str(path), data_dir=tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "created 2, updated 0, unchanged 2, rejected 0" in again.stdout
    assert "added to lists: industry 2 (人工智能, 合成生物)" in again.stdout
    assert query(db, "SELECT count(*) FROM lookup_items WHERE name_zh = '人工智能'") == [(1,)]


def broken_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "broken.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["企业名称", "统一社会信用代码"])
    ws.append(["甲", CODES[0]])
    wb.save(path)
    data, out = io.BytesIO(path.read_bytes()), io.BytesIO()
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(b"</sheetData>", b"<row><c></sheetData>")
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())
    return path


def test_hostile_files_end_with_exit_1_or_2(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(
        (HEADER + "\r\n" + ROWS[0] + "\r\n").encode("utf-8") + (ROWS[1] + "\r\n").encode("gbk")
    )
    long_cell = sheet(tmp_path, [ROWS[0], "长" * 200_000 + ROWS[1]], "utf-8", "long.csv")
    control = sheet(tmp_path, [ROWS[0].replace("云帆", "云\x00帆"), ROWS[1]], "utf-8", "nul.csv")
    numbers = tmp_path / "numbers.csv"
    numbers.write_text(
        "统一社会信用代码,期间,员工人数,获得投资,营业收入（万元）\r\n"
        f"{CODES[0]},2025Q1,9223372036854775808,,\r\n"
        f"{CODES[0]},2025Q2,,1e20,\r\n"
        f"{CODES[0]},2025Q3,,,1e30\r\n",
        encoding="utf-8",
    )
    first = run(
        "--db",
        str(db),
        "import",
        "tenants",
        str(sheet(tmp_path, ROWS[:1], "gbk")),
        data_dir=tmp_path,
    )
    assert first.returncode == 0, first.stdout + first.stderr

    for path, what, status, expected in (
        (mixed, "tenants", 1, "mixes two encodings"),
        (long_cell, "tenants", 1, "cannot be read"),
        (broken_workbook(tmp_path), "tenants", 1, "not well-formed XML"),
        (control, "tenants", 2, "control character (U+0000)"),
        (numbers, "figures", 2, "too large"),
    ):
        done = run("--db", str(db), "import", what, str(path), data_dir=tmp_path)
        assert done.returncode == status, (path.name, done.stdout, done.stderr)
        assert expected in done.stdout + done.stderr, (path.name, done.stdout, done.stderr)
        assert "unexpected error" not in done.stderr
    rejected = run("--db", str(db), "import", "figures", str(numbers), data_dir=tmp_path).stdout
    for column in ("员工人数", "获得投资", "营业收入（万元）"):
        assert f"column {column}: rejected" in rejected
