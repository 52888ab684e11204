"""A real office's first import: its own spreadsheet on a new database, without the demo.

Values not in a list are added (or mapped, and remembered), and every hostile file ends as a
rejection of the row naming its column, or as one message about the file: never a crash,
garbled text or memory exhausted.
"""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from incubator_desk.core.vocabularies import LookupCategory
from incubator_desk.db import Database
from incubator_desk.models import LookupItem, Tenant
from incubator_desk.services import importing as imp
from incubator_desk.services import tenants as svc

CODES = ["914403001922038216", "91440300708461136T", "91440300MA5FXXXX1Y"]
HEADER = ["企业名称", "统一社会信用代码", "行业", "注册资本（万元）", "入孵日期", "技术领域"]


def office_rows() -> list[list[str]]:
    """What an office's own sheet says: the names people write, amounts in 万元."""
    return [
        ["深圳云帆科技有限公司", CODES[0], "新一代信息技术", "100", "2024-03-01", "电子信息"],
        ["深圳百草生物医药有限公司", CODES[1], "生物医药", "500.5", "2023/9/15", "生物与新医药"],
        ["深圳精工智能装备有限公司", "", "高端装备制造", "80", "2024-01-10", ""],  # no code
    ]


def write_csv(path: Path, rows: list[list[str]], encoding: str, title: bool = True) -> Path:
    lines = []
    if title:
        lines.append("2026年在孵企业名单,,,,,")
    lines += [",".join(r) for r in [HEADER, *rows]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def plan_of(db: Database, path: Path, **kw: Any) -> imp.ImportPlan:
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    return imp.plan_import(db, imp.ImportKind.TENANTS, sheet, **kw)


def industry_of(db: Database, name: str) -> str:
    with db.read() as s:
        tenant = s.scalars(select(Tenant).where(Tenant.name_zh == name)).one()
        return tenant.industry.name_zh if tenant.industry else ""


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_an_ordinary_sheet_imports_on_a_new_database(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    path = write_csv(tmp_path / "名单.csv", office_rows(), encoding)
    plan = plan_of(db, path)
    assert plan.sheet.header_row == 2
    outcomes = [(r.row, r.outcome) for r in plan.reports]
    assert outcomes == [
        (3, imp.Outcome.CREATED),
        (4, imp.Outcome.CREATED),
        (5, imp.Outcome.REJECTED),  # truly bad: no credit code
    ]
    assert plan.unknown == []
    imp.apply_import(db, plan)
    assert industry_of(db, "深圳百草生物医药有限公司") == "生物医药"
    with db.read() as s:
        t = s.scalars(select(Tenant).where(Tenant.credit_code == CODES[1])).one()
        assert t.registered_capital == Decimal("5005000.00")  # 500.5 万元
        assert t.entry_date == dt.date(2023, 9, 15)
        assert t.tech_field is not None and t.tech_field.name_zh == "生物与新医药"
        assert t.planned_graduation_on == dt.date(2028, 9, 15)  # 生物医药: 60 months


def test_official_names_and_sections_are_recognised(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "official.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["企业名称", "统一社会信用代码", "所属行业", "国民经济行业"])
    ws.append(["甲公司", CODES[0], "生物产业", "I 信息传输、软件和信息技术服务业"])
    ws.append(["乙公司", CODES[1], "新一代信息技术产业", "软件和信息技术服务业"])
    ws.append(["丙公司", CODES[2], "数字创意", "M"])
    wb.save(path)
    plan = plan_of(db, path)
    assert plan.counts()[imp.Outcome.CREATED] == 3 and plan.unknown == []
    imp.apply_import(db, plan)
    with db.read() as s:
        sectors = dict(
            s.execute(
                select(Tenant.name_zh, LookupItem.code).join(
                    LookupItem, LookupItem.id == Tenant.sector_id
                )
            ).all()
        )
    assert sectors == {"甲公司": "I", "乙公司": "I", "丙公司": "M"}
    assert industry_of(db, "甲公司") == "生物医药"


def unknown_sheet(tmp_path: Path) -> Path:
    rows = office_rows()[:2]
    rows[0][2] = "人工智能"
    rows[1][2] = "合成生物"
    rows.append(["深圳深蓝人工智能有限公司", CODES[2], "人工智能", "10", "2024-05-01", ""])
    return write_csv(tmp_path / "unknown.csv", rows, "gbk")


def test_unknown_values_are_rejected_when_strict(db: Database, tmp_path: Path) -> None:
    plan = plan_of(db, unknown_sheet(tmp_path), unknown=imp.Unknown.REJECT)
    assert plan.counts()[imp.Outcome.REJECTED] == 3
    problem = plan.reports[0].problems[0]
    assert problem.column == "行业" and "人工智能" in problem.message
    assert {(u.value, u.rows) for u in plan.unknown} == {("人工智能", 2), ("合成生物", 1)}


def test_unknown_values_are_added_to_their_list(db: Database, tmp_path: Path) -> None:
    plan = plan_of(db, unknown_sheet(tmp_path), unknown=imp.Unknown.ADD)
    assert plan.counts()[imp.Outcome.CREATED] == 3
    assert plan.additions() == {LookupCategory.INDUSTRY: ["人工智能", "合成生物"]}
    assert imp.additions_text(plan) == "industry 2 (人工智能, 合成生物)"
    imp.apply_import(db, plan)
    added = [r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.name_zh == "人工智能"]
    assert len(added) == 1 and added[0].code == "new_1"
    assert industry_of(db, "深圳深蓝人工智能有限公司") == "人工智能"
    assert plan_of(db, unknown_sheet(tmp_path)).unknown == []  # known from now on


def test_a_value_mapped_to_an_entry_is_remembered(db: Database, tmp_path: Path) -> None:
    it = next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.code == "it")
    bio = next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.code == "biomedicine")
    choices: dict[imp.ValueKey, imp.ListChoice] = {
        (LookupCategory.INDUSTRY, "人工智能"): it.id,
        (LookupCategory.INDUSTRY, "合成生物"): bio.id,
    }
    plan = plan_of(db, unknown_sheet(tmp_path), unknown=imp.Unknown.REJECT, choices=choices)
    assert plan.counts()[imp.Outcome.CREATED] == 3 and plan.additions() == {}
    assert {u.value: u.choice for u in plan.unknown} == {"人工智能": it.id, "合成生物": bio.id}
    imp.apply_import(db, plan)
    assert industry_of(db, "深圳深蓝人工智能有限公司") == "新一代信息技术"
    again = plan_of(db, unknown_sheet(tmp_path), unknown=imp.Unknown.REJECT)
    assert again.unknown == [] and again.counts()[imp.Outcome.UNCHANGED] == 3
    assert (
        "人工智能"
        in next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.id == it.id).aliases
    )


def test_a_value_is_added_only_when_a_row_using_it_is_written(db: Database, tmp_path: Path) -> None:
    rows = office_rows()[:1]
    rows[0][2] = "太空采矿"
    rows[0][1] = "91440300192203821"  # 17 characters: the row is rejected anyway
    plan = plan_of(db, write_csv(tmp_path / "x.csv", rows, "gbk"), unknown=imp.Unknown.ADD)
    assert plan.additions() == {} and [u.value for u in plan.unknown] == ["太空采矿"]


# --- probes: every hostile file ends as a row rejection or one message -----------------------


def rejected_columns(plan: imp.ImportPlan) -> dict[int, set[str]]:
    return {
        r.row: {p.column for p in r.problems}
        for r in plan.reports
        if r.outcome == imp.Outcome.REJECTED
    }


def test_control_characters_and_nul_reject_their_row(db: Database, tmp_path: Path) -> None:
    rows = office_rows()[:2]
    rows[0][0] = "云帆\x07科技"
    filler = [[f"深圳填充公司{n}", "", "", "", "", ""] for n in range(200)]
    rows = [rows[0], *filler, rows[1]]
    rows[-1][0] = "百草\x00生物"  # far beyond the first 4 KB
    path = write_csv(tmp_path / "control.csv", rows, "utf-8")
    plan = plan_of(db, path)
    bad = rejected_columns(plan)
    assert bad[3] == {"企业名称"} and bad[3 + 201] == {"企业名称"}
    message = plan.reports[0].problems[0].message
    assert "U+0007" in message
    assert "U+0000" in plan.reports[201].problems[0].message


def test_a_file_mixing_utf8_and_gbk_lines_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    lines = [",".join(HEADER).encode("utf-8")]
    for n, row in enumerate(office_rows()):
        lines.append(",".join(row).encode("gbk" if n == 1 else "utf-8"))
    path.write_bytes(b"\r\n".join(lines))
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert "lines 3 are GBK" in str(caught.value)


def replace_sheet_xml(path: Path, change: Callable[[str], str]) -> None:
    """Rewrite the first worksheet's XML of a workbook with `change(xml) -> xml`."""
    data = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = change(body.decode()).encode()
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_declared_width_of_16384_columns_is_not_trusted(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "wide.xlsx", [HEADER, *office_rows()])
    replace_sheet_xml(
        path, lambda x: x.replace('<dimension ref="A1:F4"/>', '<dimension ref="A1:XFD1048576"/>')
    )
    started = time.perf_counter()
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert time.perf_counter() - started < 5
    assert len(sheet.rows) == 3 and all(len(r) == len(HEADER) for r in sheet.rows)


def test_a_stray_cell_in_column_xfd_is_ignored(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, *office_rows()[:2]]
    path = xlsx(tmp_path / "stray.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["XFD3"] = "x"
    ws["A20000"] = None
    ws["B200000"] = " "  # a far-away blank cell: no rows of nothing
    wb.save(path)
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert all(len(r) == len(HEADER) for r in sheet.rows if r)
    assert plan_of(db, path).counts()[imp.Outcome.CREATED] == 2


def test_numbers_too_large_reject_their_row(db: Database, tmp_path: Path) -> None:
    """A count of 2^63, an investment of 1e20 and money of 1e30, as numbers and as text."""
    tenants = xlsx(
        tmp_path / "t.xlsx",
        [HEADER, *office_rows()[:2]],
    )
    imp.apply_import(db, plan_of(db, tenants))
    header = ["统一社会信用代码", "期间", "员工人数", "获得投资（万元）", "营业收入"]
    path = xlsx(
        tmp_path / "figures.xlsx",
        [
            header,
            [CODES[0], "2026Q1", 2**63, None, None],
            [CODES[0], "2026Q2", None, 1e20, None],
            [CODES[0], "2026Q3", None, None, 1e30],
            [CODES[1], "2026Q1", "9223372036854775808", "1e20", "1E30"],
            [CODES[1], "2026Q2", 12, 100, 123456.78],
        ],
    )
    sheet = imp.read_sheet(path, imp.ImportKind.FIGURES)
    plan = imp.plan_import(db, imp.ImportKind.FIGURES, sheet, today=dt.date(2026, 11, 30))
    assert rejected_columns(plan) == {
        2: {"员工人数"},
        3: {"获得投资（万元）"},
        4: {"营业收入"},
        5: {"员工人数", "获得投资（万元）", "营业收入"},
    }
    assert plan.counts()[imp.Outcome.CREATED] == 1
    imp.apply_import(db, plan)


def test_a_csv_cell_longer_than_the_field_limit_is_one_message(tmp_path: Path) -> None:
    rows = office_rows()
    rows[1][0] = "长" * 200_000
    path = write_csv(tmp_path / "long.csv", rows, "utf-8")
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert "Line 4" in str(caught.value) and "Nothing was imported" in str(caught.value)


def test_malformed_sheet_xml_is_one_message(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "broken.xlsx", [HEADER, *office_rows()])
    replace_sheet_xml(path, lambda x: x.replace("</sheetData>", "<row><c></sheetData>"))
    with pytest.raises(imp.ImportFileError) as caught:
        imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert "not well-formed XML" in str(caught.value)


def test_nothing_is_written_for_a_probe(db: Database, tmp_path: Path) -> None:
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Tenant))
    path = tmp_path / "mixed.csv"
    path.write_bytes("企业名称,统一社会信用代码\n甲,1\n".encode() + "乙,2\n".encode("gbk"))
    with pytest.raises(imp.ImportFileError):
        imp.run_import(db, imp.ImportKind.TENANTS, path)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == before


def test_a_binary_file_named_csv_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(imp.ImportFileError, match="binary data"):
        imp.read_sheet(path, imp.ImportKind.TENANTS)
