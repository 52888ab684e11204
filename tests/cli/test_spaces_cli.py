"""`occupancy` and `rent-roll` on the command line: the figures printed are the service's."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.services import spaces

from .test_cli import assert_clean_error, run

ON = dt.date(2026, 6, 30)
MONTH = dt.date(2026, 11, 1)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "园区 数据.sqlite"  # Chinese characters and a space in the file name
    made = run("--db", str(path), "demo", "--tenants", "40", data_dir=folder)
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Database]:
    db = open_database(location_from_string(str(demo_file))).db
    yield db
    db.dispose()


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def test_occupancy_prints_the_services_figures(
    tmp_path: Path, demo_file: Path, demo_db: Database
) -> None:
    occ = run("--db", str(demo_file), "occupancy", "--on", ON.isoformat(), data_dir=tmp_path)
    assert occ.returncode == 0, occ.stderr
    lines = occ.stdout.splitlines()
    assert lines[0] == f"Occupancy on {ON.isoformat()}"
    printed = {}
    for line in lines[2:]:
        *name, units, held, area, by_area, by_desk = line.split()
        printed[" ".join(name)] = (int(units), int(held), area, by_area, by_desk)

    rows = spaces.occupancy(demo_db, ON)
    expected = {
        (r.name if r.level == "building" else f"{r.name} (site)"): (
            r.units,
            r.occupied_units,
            f"{r.area:,.0f}",
            _share(r.area_share),
            _share(r.desk_share),
        )
        for r in rows
    }
    assert printed == expected
    sites = [r for r in rows if r.level == "site"]
    assert sites and all(0 < r.occupied_units <= r.units for r in sites)
    # the lettable units counted are those in the database: offices, labs… not meeting rooms
    con = sqlite3.connect(demo_file)
    try:
        lettable = con.execute(
            "SELECT count(*) FROM units WHERE kind != 'meeting_room' AND NOT bookable"
            " AND status != 'retired'"
        ).fetchone()[0]
    finally:
        con.close()
    assert sum(r.units for r in sites) == lettable > 0


def test_rent_roll_prints_and_saves_the_services_figures(
    tmp_path: Path, demo_file: Path, demo_db: Database
) -> None:
    roll = spaces.rent_roll(demo_db, MONTH)
    assert roll.rows and roll.total_due > 0

    printed = run("--db", str(demo_file), "rent-roll", "--month", "2026-11", data_dir=tmp_path)
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert lines[0] == "Rent roll 2026-11"
    assert [line.split("\t") for line in lines[1:-1]] == [
        [
            r.tenant_name,
            r.unit_label,
            str(r.days),
            f"{r.agreed_rent:.2f}",
            f"{r.subsidy_percent:g}%",
            f"{r.rent_due:.2f}",
        ]
        for r in roll.rows
    ]
    assert lines[-1] == f"Total due {roll.total_due:,.2f}; subsidy {roll.total_subsidy:,.2f}"

    out = tmp_path / "租金 清单" / "2026-11.xlsx"
    saved = run(
        "--db",
        str(demo_file),
        "rent-roll",
        "--month",
        "2026-11",
        "--out",
        str(out),
        data_dir=tmp_path,
    )
    assert saved.returncode == 0, saved.stderr
    assert f"{len(roll.rows)} lines written" in saved.stdout
    ws = load_workbook(out).active
    assert ws is not None
    body = list(ws.iter_rows(min_row=3, max_row=2 + len(roll.rows), values_only=True))
    assert [(row[0], row[1], row[3], Decimal(str(row[8]))) for row in body] == [
        (r.tenant_name, r.unit_label, r.days, r.rent_due) for r in roll.rows
    ]
    total = [c.value for c in ws[ws.max_row]]
    assert ws.max_row == 3 + len(roll.rows)
    assert total[8] == f"=SUM(I3:I{2 + len(roll.rows)})"


def test_bad_months_and_file_names_are_refused_cleanly(tmp_path: Path, demo_file: Path) -> None:
    bad = run("--db", str(demo_file), "rent-roll", "--month", "2026-13", data_dir=tmp_path)
    assert_clean_error(bad)
    wrong = run(
        "--db",
        str(demo_file),
        "rent-roll",
        "--month",
        "2026-11",
        "--out",
        str(tmp_path / "x.csv"),
        data_dir=tmp_path,
    )
    assert wrong.returncode == 2
    assert_clean_error(wrong)
    assert not (tmp_path / "x.csv").exists()
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    unwritable = run(
        "--db", str(demo_file), "rent-roll", "--month", "2026-11", "--out",
        str(blocker / "roll.xlsx"), data_dir=tmp_path,
    )  # fmt: skip
    assert_clean_error(unwritable)
    assert "roll.xlsx" in unwritable.stderr and "cannot be written" in unwritable.stderr
