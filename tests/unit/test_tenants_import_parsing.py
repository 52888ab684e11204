"""Reading sheets without a database: headers, units, encodings, values, formula neutralising."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desk.core.money import MoneyUnit
from incubator_desk.services import importing as imp
from incubator_desk.services.spreadsheets import safe_value


@pytest.mark.parametrize(
    ("header", "key", "unit"),
    [
        ("企业名称", "name_zh", MoneyUnit.YUAN),
        ("name", "name_zh", MoneyUnit.YUAN),
        ("统一社会信用代码", "credit_code", MoneyUnit.YUAN),
        ("Credit_Code", "credit_code", MoneyUnit.YUAN),
        ("营业收入(万元)", "revenue", MoneyUnit.TEN_THOUSAND),
        ("营业收入（万元）", "revenue", MoneyUnit.TEN_THOUSAND),
        ("研发投入（千元）", "rd_spend", MoneyUnit.THOUSAND),
        ("研发投入 ( 千元 )", "rd_spend", MoneyUnit.THOUSAND),
        ("营业收入(元)", "revenue", MoneyUnit.YUAN),
        ("rd_spend", "rd_spend", MoneyUnit.YUAN),
        ("获得投资", "investment_received", MoneyUnit.YUAN),
        ("期间", "period", MoneyUnit.YUAN),
        ("员工人数", "staff_total", MoneyUnit.YUAN),
    ],
)
def test_headers_are_recognised_with_their_unit(header: str, key: str, unit: MoneyUnit) -> None:
    kind = imp.ImportKind.FIGURES
    assert imp.recognise(kind, header) == key
    assert imp.split_header(header)[1] is unit


def test_tenant_headers() -> None:
    for header, key in (
        ("成立日期", "founded_on"),
        ("入孵日期", "entry_date"),
        ("行业", "industry"),
        ("阶段", "stage"),
        ("联系人", "contact_name"),
        ("电话", "phone"),
        ("邮箱", "email"),
        ("高新技术企业", "high_tech_enterprise"),
        ("high_tech_enterprise", "high_tech_enterprise"),
        ("注册资本（万元）", "registered_capital"),
    ):
        assert imp.recognise(imp.ImportKind.TENANTS, header) == key
    assert imp.recognise(imp.ImportKind.TENANTS, "随便什么") is None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"名单 {encoding}.csv"
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["2026年在孵企业名单"])
        w.writerow(["企业名称", "统一社会信用代码", "营业收入（万元）"])
        w.writerow(["深圳云帆科技有限公司", "914403001922038216", "12.5"])
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert sheet.header_row == 2
    assert sheet.rows[0][0] == "深圳云帆科技有限公司"
    assert sheet.encoding == ("gbk" if encoding == "gbk" else encoding)


def test_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(imp.ImportFileError):
        imp.read_sheet(bad, imp.ImportKind.TENANTS)
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    with pytest.raises(imp.ImportFileError, match="xls"):
        imp.read_sheet(xls, imp.ImportKind.TENANTS)
    noheader = tmp_path / "x.csv"
    noheader.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(imp.ImportFileError, match="header"):
        imp.read_sheet(noheader, imp.ImportKind.TENANTS)
    with pytest.raises(imp.ImportFileError):
        imp.read_sheet(tmp_path / "missing.csv", imp.ImportKind.TENANTS)


def test_values() -> None:
    assert imp.parse_date("2024/3/5") == dt.date(2024, 3, 5)
    assert imp.parse_date("2024年3月5日") == dt.date(2024, 3, 5)
    assert imp.parse_date(dt.datetime(2024, 3, 5, 0, 0)) == dt.date(2024, 3, 5)
    assert imp.parse_date("45000") == dt.date(2023, 3, 15)
    with pytest.raises(imp.CellError):
        imp.parse_date("next week")
    assert imp.parse_decimal("1,234.5", MoneyUnit.TEN_THOUSAND) == Decimal("12345000.00")
    assert imp.parse_decimal(0.1) == Decimal("0.10")
    assert imp.parse_decimal("¥ 100") == Decimal("100.00")
    with pytest.raises(imp.CellError):
        imp.parse_decimal("abc")
    with pytest.raises(imp.CellError):
        imp.parse_int("1.5")
    assert imp.parse_bool("是") is True
    assert imp.parse_bool("否") is False
    assert imp.parse_bool("Yes") is True


def test_formula_injection_is_neutralised_and_read_back() -> None:
    for text in ("=1+1", "+86 138", "-2", "@SUM(A1)"):
        out = safe_value(text)
        assert out.startswith("'")
        assert imp.text_value(out) == text
    assert safe_value(-5) == -5
    assert safe_value("深圳") == "深圳"
    assert safe_value("云帆\x00科技\x07") == "云帆科技"
