"""The Torch return of a year on a real database: both tables in the workbook, columns in the
return's order, money in 千元, the incubator's entered and computed lines, and the check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from incubator_desk.core.errors import NotFound, ValidationError
from incubator_desk.core.money import MoneyUnit
from incubator_desk.core.periods import Period
from incubator_desk.core.vocabularies import PersonRole
from incubator_desk.db import Database
from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
from incubator_desk.services import settings as settings_service
from incubator_desk.services import statistics as st
from incubator_desk.services import tenants as svc

CODE_A = "914403001922038216"
CODE_B = "91440300708461136T"


def _tenant(db: Database, name: str, code: str, entry: dt.date) -> int:
    return svc.create_tenant(
        db,
        svc.TenantInput(
            name_zh=name, credit_code=code, founded_on=dt.date(2022, 1, 5), entry_date=entry
        ),
    )


@pytest.fixture
def two(db: Database) -> tuple[int, int]:
    settings_service.set_incubator_name(db, "南山孵化器", "Nanshan", None)
    a = _tenant(db, "甲科技有限公司", CODE_A, dt.date(2023, 3, 1))
    b = _tenant(db, "乙科技有限公司", CODE_B, dt.date(2026, 2, 1))
    svc.save_person(db, a, svc.PersonInput(name="王伟", role=PersonRole.FOUNDER))
    st.save_tenant_return(
        db,
        a,
        2026,
        {
            "revenue": "1234.56",
            "rd_spend": "200",
            "net_profit": "-35.5",
            "government_grants": "50",
            "staff_total": "12",
            "staff_phd": "1",
            "high_tech": "是",
            "high_tech_no": "GR202344201234",
            "founder_type": "留学人员",
            "founder_sex": "男",
            "taxpayer_type": "一般纳税人",
            "industry_code": "6513",
            "ip_valid": "4",
        },
        unit=MoneyUnit.THOUSAND,
    )
    # B: R&D and grants above revenue, revenue with no staff, a HTE without its certificate
    st.save_tenant_return(
        db,
        b,
        2026,
        {
            "revenue": "100000",
            "rd_spend": "150000",
            "government_grants": "120000",
            "high_tech": True,
        },
    )
    return a, b


def test_both_tables_in_the_returns_order_money_in_thousands(
    db: Database, two: tuple[int, int], tmp_path: Path
) -> None:
    st.save_incubator_year(
        db,
        2026,
        {
            "income_services": "2000",
            "income_property": "5000",
            "income_investment": "500",
            "income_other": "100",
            "staff_total": "20",
            "staff_professional": "17",
            "area_total": "12000",
        },
        unit=MoneyUnit.THOUSAND,
    )
    out = tmp_path / "火炬 统计 2026.xlsx"
    built = build_report(db, ReportRequest(ReportKind.TORCH, period=Period(2026)), out)
    assert built.rows == 2
    wb = load_workbook(out)
    tenants, incubator = wb.worksheets
    assert "南山孵化器" in tenants["A1"].value and "千元" in tenants["A2"].value
    header = [c.value for c in tenants[3]]
    assert header == [f.heading() for f in st.FIELDS]
    rows = {
        r[1]: dict(zip(header, r, strict=True))
        for r in tenants.iter_rows(min_row=4, values_only=True)
    }
    a = rows[CODE_A]
    assert a["总收入（千元）"] == pytest.approx(1234.6)  # 1,234,560 yuan, one decimal
    assert a["净利润（千元）"] == pytest.approx(-35.5)
    assert a["研究开发经费支出（千元）"] == pytest.approx(200.0)
    assert a["是否高新技术企业"] == "是" and a["高新技术企业证书编号"] == "GR202344201234"
    assert a["创业者类型"] == "留学人员" and a["创业者性别"] == "男"
    assert a["纳税人类型"] == "一般纳税人" and a["行业代码（GB/T 4754）"] == "6513"
    assert a["从业人员数（人）"] == 12 and a["是否科技型中小企业"] == "否"
    assert rows[CODE_B]["总收入（千元）"] == pytest.approx(100.0)
    # The incubator table: lines in order, entered ones marked, income added up.
    lines = {r[0]: (r[1], r[2]) for r in incubator.iter_rows(min_row=4, values_only=True)}
    assert [r[0] for r in incubator.iter_rows(min_row=4, values_only=True)] == [
        line.heading() for line in st.INCUBATOR_LINES
    ]
    assert lines["孵化器总收入（千元）"] == (pytest.approx(7600.0), "系统计算")
    assert lines["其中：房租及物业收入（千元）"] == (pytest.approx(5000.0), "填报")
    assert lines["在孵企业数（家）"][0] == 2
    assert lines["其中：当年新增在孵企业数（家）"][0] == 1
    assert lines["在孵企业总收入（千元）"][0] == pytest.approx(1334.6)
    assert lines["孵化器总面积（m²）"] == (pytest.approx(12000.0), "填报")


def test_the_check_names_what_is_missing_or_implausible(db: Database, two: tuple[int, int]) -> None:
    a, b = two
    data = st.torch_return(db, 2026)
    found = {(f.tenant_id, f.field, f.severity) for f in data.findings}
    M, IMPL = st.Severity.MISSING, st.Severity.IMPLAUSIBLE
    assert (b, "rd_spend", IMPL) in found
    assert (b, "government_grants", IMPL) in found
    assert (b, "staff_total", IMPL) in found  # revenue with no staff
    assert (b, "high_tech_no", M) in found
    assert (b, "founder_type", M) in found and (b, "industry_code", M) in found
    assert not any(t == a and sev is IMPL for t, _f, sev in found)
    assert (a, "tech_field", M) in found  # kept in the tenant form, and needed
    # The incubator's own figures not entered yet
    assert (None, "income_services", M) in found
    msg = next(f.message for f in data.findings if f.tenant_id == b and f.field == "rd_spend")
    assert "150.0" in msg and "100.0" in msg  # in 千元, as the return writes them


def test_no_tenant_in_the_year_is_refused(db: Database) -> None:
    with pytest.raises(NotFound):
        st.torch_return(db, 2026)


def test_the_incubators_year_is_validated(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        st.save_incubator_year(
            db, 2026, {"staff_total": "5", "staff_professional": "9", "income_services": "x"}
        )
    assert set(err.value.fields) == {"staff_professional", "income_services"}
    v = st.save_incubator_year(db, 2026, {"staff_total": "5", "net_profit": "-3"})
    assert st.incubator_year(db, 2026).values["net_profit"] == Decimal("-3.00")
    assert st.incubator_year(db, 2026).version == v
