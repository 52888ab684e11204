"""`report torch`, `statistics check` and `assessment`, run as a user runs them: exit status,
stdout, stderr and the workbook written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .test_cli import assert_clean_error, run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    root = tmp_path_factory.mktemp("statistics_cli")
    path = root / "demo.sqlite"
    result = run("--db", str(path), "demo", "--tenants", "40", "--seed", "5", data_dir=root)
    assert result.returncode == 0, result.stderr
    year = json.loads(run("--db", str(path), "assessment", "--json", data_dir=root).stdout)["year"]
    return path, root, year


def test_report_torch_writes_both_tables(demo_file: tuple[Path, Path, int], tmp_path: Path) -> None:
    path, root, year = demo_file
    out = tmp_path / "火炬 统计.xlsx"
    result = run(
        "--db", str(path), "report", "torch", "--year", str(year), "--out", str(out), data_dir=root
    )
    assert result.returncode == 0, result.stderr
    assert "incubator table" in result.stdout
    wb = load_workbook(out)
    assert len(wb.worksheets) == 2
    assert wb.worksheets[0]["A3"].value == "企业名称"
    assert wb.worksheets[1]["A4"].value == "在孵企业数（家）"
    bad = run(
        "--db", str(path), "report", "torch", "--year", "1991", "--out", str(out), data_dir=root
    )
    assert_clean_error(bad)
    assert "1991" in bad.stderr


def test_statistics_check_lists_findings(demo_file: tuple[Path, Path, int]) -> None:
    path, root, year = demo_file
    result = run("--db", str(path), "statistics", "check", "--year", str(year), data_dir=root)
    # The demo leaves a few things to fix: status 1, one line each, a count on stderr.
    assert result.returncode == 1, result.stderr
    assert "finding(s) for" in result.stderr and "[implausible]" in result.stdout
    found = json.loads(
        run(
            "--db", str(path), "statistics", "check", "--year", str(year), "--json", data_dir=root
        ).stdout
    )
    assert found and {"tenant", "credit_code", "field", "severity", "message"} <= set(found[0])
    assert len(result.stdout.splitlines()) == len(found)
    bad = run("--db", str(path), "statistics", "check", "--year", "20x6", data_dir=root)
    assert_clean_error(bad)


def test_assessment_text_and_json(demo_file: tuple[Path, Path, int]) -> None:
    path, root, year = demo_file
    data = json.loads(run("--db", str(path), "assessment", "--json", data_dir=root).stdout)
    assert [lv["level"] for lv in data["levels"]] == [
        "national_2018",
        "miit_standard",
        "miit_excellent",
    ]
    tenants = next(c for c in data["levels"][0]["criteria"] if c["key"] == "n18_tenants")
    assert tenants["threshold"] == "50" and tenants["evidence"]["tenants"]
    assert "国科发区〔2018〕300号" in tenants["source"]
    text = run("--db", str(path), "assessment", "--year", str(year), data_dir=root)
    assert text.returncode == 0, text.stderr
    assert "National incubator (2018 conditions)" in text.stdout and "    [" in text.stdout


def test_returns_export_and_import_round_trip(
    demo_file: tuple[Path, Path, int], tmp_path: Path
) -> None:
    path, root, year = demo_file
    out = tmp_path / "统计 年报.xlsx"
    exported = run(
        "--db", str(path), "export", "returns", str(out), "--year", str(year), data_dir=root
    )
    assert exported.returncode == 0, exported.stderr
    assert "row(s)" in exported.stdout
    # A tenant's figure changed in the file, another row spoilt.
    wb = load_workbook(out)
    ws = wb.active
    header = [c.value for c in ws[1]]
    staff = header.index("从业人员数") + 1
    ws.cell(2, staff, 77)
    ws.cell(3, staff, "many")
    wb.save(out)
    dry = run("--db", str(path), "import", "returns", str(out), "--dry-run", data_dir=root)
    assert dry.returncode == 2, dry.stderr
    assert "row 2: updated" in dry.stdout and "row 3, column 从业人员数: rejected" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout
    done = run("--db", str(path), "import", "returns", str(out), data_dir=root)
    assert done.returncode == 2 and "updated 1" in done.stdout
    again = run("--db", str(path), "import", "returns", str(out), data_dir=root)
    assert "row 2: unchanged" in again.stdout
