"""Statistics returns through the import machinery: a sheet filled as a tenant fills it
(mistakes included) gives the same per-row report as any import; an export re-imports
unchanged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from incubator_desk.core.money import MoneyUnit
from incubator_desk.core.vocabularies import PersonRole
from incubator_desk.db import Database
from incubator_desk.services import exporting
from incubator_desk.services import importing as imp
from incubator_desk.services import statistics as st
from incubator_desk.services import tenants as svc

CODE_A = "914403001922038216"
CODE_B = "91440300708461136T"


@pytest.fixture
def two(db: Database) -> tuple[int, int]:
    a = svc.create_tenant(
        db, svc.TenantInput(name_zh="甲科技", credit_code=CODE_A, entry_date=dt.date(2024, 1, 1))
    )
    b = svc.create_tenant(
        db, svc.TenantInput(name_zh="乙科技", credit_code=CODE_B, entry_date=dt.date(2024, 1, 1))
    )
    svc.save_person(db, a, svc.PersonInput(name="王伟", role=PersonRole.FOUNDER))
    return a, b


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年度在孵企业统计表（企业填报）"])  # a title row above the headers
    ws.append(
        [
            "统一社会信用代码",
            "企业名称",
            "统计年度",
            "总收入（千元）",
            "研究开发经费支出（千元）",
            "从业人员数",
            "其中：博士",
            "是否高新技术企业",
            "高新技术企业证书编号",
            "创业者类型",
            "纳税人类型",
        ]
    )
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_a_filled_sheet_with_mistakes(db: Database, two: tuple[int, int], tmp_path: Path) -> None:
    a, _b = two
    path = _sheet(
        tmp_path / "企业 填报.xlsx",
        [
            [
                CODE_A,
                "甲科技",
                2026,
                "1,250.5",
                300,
                20,
                2,
                "是",
                "GR202344201234",
                "科技人员",
                "一般纳税人",
            ],
            [
                CODE_B,
                "乙科技",
                2026,
                80,
                10,
                30,
                40,
                "否",
                None,
                None,
                "小规模",
            ],  # 40 of 30; bad choice
            [CODE_B, "乙科技", 2026, 80, 10, 5, None, "否", None, "大学生", None],  # no founder
            ["914403001922038217", "丙", 2026, 1, 1, 1, None, None, None, None, None],  # bad code
            [CODE_B, "乙科技", None, 1, 1, 1, None, None, None, None, None],  # no year
            [CODE_B, "乙科技", 2026, 90, "lots", 6, 1, "否", "", None, "小规模纳税人"],
        ],
    )
    sheet = imp.read_sheet(path, imp.ImportKind.RETURNS)
    plan = imp.plan_import(db, imp.ImportKind.RETURNS, sheet)
    by_row = {r.row: r for r in plan.reports}
    assert by_row[3].outcome is imp.Outcome.CREATED
    assert {p.column for p in by_row[4].problems} == {"其中：博士", "纳税人类型"}
    assert (
        "People" in by_row[5].problems[0].message and by_row[5].problems[0].column == "创业者类型"
    )
    assert by_row[6].outcome is imp.Outcome.REJECTED
    assert by_row[7].problems[0].column == "统计年度"
    assert [p.column for p in by_row[8].problems] == ["研究开发经费支出（千元）"]
    assert imp.plan_import(db, imp.ImportKind.RETURNS, sheet).writable == 1
    assert st.tenant_return(db, a, 2026).version is None  # planning wrote nothing
    imp.apply_import(db, plan)
    ra = st.tenant_return(db, a, 2026).values
    assert ra["revenue"] == Decimal("1250500.00") and ra["rd_spend"] == Decimal("300000.00")
    assert ra["staff_total"] == 20 and ra["staff_phd"] == 2
    assert ra["high_tech"] is True and ra["high_tech_no"] == "GR202344201234"
    assert ra["founder_type"] == "researcher" and ra["taxpayer_type"] == "general"
    # The same file again: the imported row is unchanged now.
    again = imp.plan_import(
        db, imp.ImportKind.RETURNS, imp.read_sheet(path, imp.ImportKind.RETURNS)
    )
    assert {r.row: r.outcome for r in again.reports}[3] is imp.Outcome.UNCHANGED


def test_an_export_reimports_unchanged(db: Database, two: tuple[int, int], tmp_path: Path) -> None:
    a, b = two
    st.save_tenant_return(
        db,
        a,
        2026,
        {"revenue": "12.34567", "net_profit": "-5", "staff_total": "9", "tech_sme": True,
         "tech_sme_no": "202344030500012345", "founder_sex": "女", "industry_code": "6513"},
        unit=MoneyUnit.THOUSAND,
    )  # fmt: skip
    st.save_tenant_return(db, b, 2026, {"ip_valid": "3", "ip_valid_invention": "1"})
    for lang, suffix in (("zh", ".xlsx"), ("en", ".csv")):
        out = tmp_path / f"returns {lang}{suffix}"
        result = exporting.export_returns(db, out, 2026, lang=lang)
        assert result.rows == 2
        plan = imp.plan_import(
            db, imp.ImportKind.RETURNS, imp.read_sheet(out, imp.ImportKind.RETURNS)
        )
        assert [r.outcome for r in plan.reports] == [imp.Outcome.UNCHANGED] * 2, [
            (r.row, r.problems, r.changed) for r in plan.reports
        ]
    header = [
        c.value
        for c in next(
            openpyxl.load_workbook(tmp_path / "returns zh.xlsx").active.iter_rows(max_row=1)
        )
    ]
    assert header[:3] == ["统一社会信用代码", "企业名称", "统计年度"]
    assert "总收入（千元）" in header and "其中：有效发明专利数" in header
