"""`occupancy` and `rent-roll` on the command line."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from .test_cli import assert_clean_error, run


def test_occupancy_and_rent_roll(tmp_path: Path) -> None:
    db = tmp_path / "园区 数据.sqlite"
    assert run("--db", str(db), "demo", "--tenants", "40", data_dir=tmp_path).returncode == 0
    occ = run("--db", str(db), "occupancy", "--on", "2026-06-30", data_dir=tmp_path)
    assert occ.returncode == 0, occ.stderr
    assert "Occupancy on 2026-06-30" in occ.stdout and "(site)" in occ.stdout
    out = tmp_path / "租金 清单" / "2026-11.xlsx"
    roll = run(
        "--db", str(db), "rent-roll", "--month", "2026-11", "--out", str(out), data_dir=tmp_path
    )
    assert roll.returncode == 0, roll.stderr
    ws = load_workbook(out).active
    assert ws is not None and ws.max_row >= 4
    bad = run("--db", str(db), "rent-roll", "--month", "2026-13", data_dir=tmp_path)
    assert_clean_error(bad)
    wrong = run(
        "--db",
        str(db),
        "rent-roll",
        "--month",
        "2026-11",
        "--out",
        str(tmp_path / "x.csv"),
        data_dir=tmp_path,
    )
    assert wrong.returncode == 2
    assert_clean_error(wrong)
