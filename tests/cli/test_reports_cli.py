"""`incubator-desk report …`, `graduation [--json]` and the Torch export function, run as a
user runs them: exit status, stdout, stderr, and the files written."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .test_cli import assert_clean_error, run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("reports_cli")
    path = root / "demo.sqlite"
    result = run("--db", str(path), "demo", "--tenants", "40", "--seed", "3", data_dir=root)
    assert result.returncode == 0, result.stderr
    return path, root


def test_graduation_json_lists_every_tenant_in_incubation(demo_file: tuple[Path, Path]) -> None:
    path, root = demo_file
    result = run("--db", str(path), "graduation", "--json", data_dir=root)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data and all(
        {"credit_code", "name", "eligible", "months_in_incubation", "overdue", "criteria"} <= set(x)
        for x in data
    )
    assert {c["key"] for c in data[0]["criteria"]} == {
        "high_tech",
        "investment",
        "revenue",
        "listed",
    }
    assert all(isinstance(c["met"], bool) and c["evidence"] for x in data for c in x["criteria"])
    text = run("--db", str(path), "graduation", "--all", data_dir=root)
    assert text.returncode == 0 and data[0]["credit_code"] in text.stdout
    # --all adds the graduated and exited tenants, four criteria lines each
    assert text.stdout.count("    [") > 4 * len(data)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_reports_are_written_and_read_back(demo_file: tuple[Path, Path], tmp_path: Path) -> None:
    path, root = demo_file
    data = json.loads(run("--db", str(path), "graduation", "--json", data_dir=root).stdout)
    cand = next(x for x in data if x["eligible"])
    out = tmp_path / "毕业 报告.pdf"
    result = run(
        "--db",
        str(path),
        "report",
        "graduation",
        cand["credit_code"],
        "--out",
        str(out),
        data_dir=root,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True).stdout.decode()
    assert cand["credit_code"] in text and "毕业评估报告" in text

    out = tmp_path / "portfolio.pdf"
    result = run(
        "--db",
        str(path),
        "report",
        "portfolio",
        "--period",
        "2025",
        "--lang",
        "en",
        "--out",
        str(out),
        data_dir=root,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "Page 1 of"
        in subprocess.run(["pdftotext", str(out), "-"], capture_output=True).stdout.decode()
    )


def test_clear_errors_and_non_zero_exit(demo_file: tuple[Path, Path], tmp_path: Path) -> None:
    path, root = demo_file
    data = json.loads(run("--db", str(path), "graduation", "--json", data_dir=root).stdout)
    code = data[0]["credit_code"]
    base = ("--db", str(path), "report")

    unknown = run(
        *base, "graduation", "914403001922038216", "--out", str(tmp_path / "a.pdf"), data_dir=root
    )
    assert_clean_error(unknown)
    assert "914403001922038216" in unknown.stderr

    empty = run(
        *base,
        "progress",
        code,
        "--period",
        "2001Q1",
        "--out",
        str(tmp_path / "b.pdf"),
        data_dir=root,
    )
    assert_clean_error(empty)
    assert "2001Q1" in empty.stderr

    bad_period = run(
        *base, "portfolio", "--period", "2026Q7", "--out", str(tmp_path / "d.pdf"), data_dir=root
    )
    assert_clean_error(bad_period)
    assert "2026Q3" in bad_period.stderr

    no_folder = run(
        *base,
        "portfolio",
        "--period",
        "2025",
        "--out",
        str(tmp_path / "missing" / "e.pdf"),
        data_dir=root,
    )
    assert_clean_error(no_folder)
    assert "does not exist" in no_folder.stderr

    assert not list(tmp_path.glob("*.pdf"))


def test_no_chinese_font_is_a_clear_error(demo_file: tuple[Path, Path], tmp_path: Path) -> None:
    path, root = demo_file
    fake = tmp_path / "NotoSansCJK-Regular.otf"
    fake.write_bytes(b"OTTO" + b"\0" * 64)
    result = run(
        "--db",
        str(path),
        "report",
        "portfolio",
        "--period",
        "2025",
        "--out",
        str(tmp_path / "f.pdf"),
        data_dir=root,
        env={"INCUBATOR_DESK_REPORT_FONT": str(fake)},
    )
    assert_clean_error(result)
    assert "fonts-wqy-microhei" in result.stderr and "Settings" in result.stderr
    assert not (tmp_path / "f.pdf").exists()


def test_run_torch_export(demo_file: tuple[Path, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from incubator_desk.commands import CliError
    from incubator_desk.commands.reports import run_torch_export

    path, _root = demo_file
    out = tmp_path / "火炬 2025.xlsx"
    assert run_torch_export(argparse.Namespace(db=str(path), year=2025, out=str(out))) == 0
    ws = load_workbook(out).active
    assert ws["A3"].value == "企业名称" and ws.max_row > 10
    # and as the user runs it, through the tenants area's `export torch`
    again = tmp_path / "torch cli.xlsx"
    result = run(
        "--db", str(path), "export", "torch", "--year", "2025", "--out", str(again),
        data_dir=_root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert load_workbook(again).active.max_row == ws.max_row
    with pytest.raises(CliError):
        run_torch_export(
            argparse.Namespace(db=str(path), year=2025, out=str(tmp_path / "no" / "x.xlsx"))
        )
