"""`billing run|arrears|statement|print|export` as a person types them, in a subprocess."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from incubator_desk.core.vocabularies import RateKind, UnitKind
from incubator_desk.db import open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.models import Tenant
from incubator_desk.services import billing, spaces
from incubator_desk.services.spaces import AllocationInput, UnitInput

from .test_cli import assert_clean_error, run

D = dt.date
Y = Decimal
CODE = "914403001922038216"


@pytest.fixture
def park(tmp_path: Path) -> Path:
    """Two tenants in 100 m² offices at ¥90 from October: 9,000.00 rent + 1,000.00 property
    fee a month. 云帆 pays October; 星河 pays nothing."""
    path = tmp_path / "园区 账务.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    try:
        billing.save_rate(db, RateKind.PROPERTY_FEE, D(2020, 1, 1), Y(10))
        site = spaces.save_site(db, None, "南山园区")
        building = spaces.save_building(db, None, site, "B2", "B2 栋")
        floor = spaces.save_floor(db, None, building, 3, "3层")
        for n, (name, code) in enumerate(
            (("深圳云帆科技有限公司", CODE), ("深圳星河数据有限公司", None))
        ):
            with db.uow() as uow:
                t = Tenant(name_zh=name, credit_code=code, entry_date=D(2026, 1, 1))
                uow.session.add(t)
                uow.commit()
            unit = spaces.save_unit(
                db,
                None,
                floor,
                UnitInput(code=f"030{n + 1}", kind=UnitKind.OFFICE, area_m2=Y(100),
                          list_rent=Y(90), plan_x=Y(n * 12), plan_w=Y(10), plan_h=Y(10)),
            )  # fmt: skip
            spaces.allocate(db, AllocationInput(unit, t.id, D(2026, 10, 1), None))
        billing.run_billing(db, D(2026, 10, 1), issued_on=D(2026, 10, 1))
        yunfan = billing.find_tenant(db, CODE)
        billing.record_payment(db, billing.PaymentInput(yunfan, D(2026, 10, 10), Y(10000)))
    finally:
        db.dispose()
    return path


def test_billing_run_then_again_changes_nothing(park: Path, tmp_path: Path) -> None:
    first = run(
        "--db", str(park), "billing", "run", "--period", "2026-11", "--on", "2026-11-01",
        data_dir=tmp_path,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == "Billing 2026-11, issued 2026-11-01: 2 tenant(s) looked at"
    assert "B2026-00003\tbill\t2026-11\t10,000.00\t深圳云帆科技有限公司" in lines
    assert "B2026-00004\tbill\t2026-11\t10,000.00\t深圳星河数据有限公司" in lines
    assert lines[-1] == "2 bill(s), 0 adjustment(s), 0 credit note(s); total 20,000.00"
    again = run("--db", str(park), "billing", "run", "--period", "2026年11月", data_dir=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Nothing to bill: every charge was billed already." in again.stdout


def test_billing_arrears_prints_the_ageing_and_writes_the_letters(
    park: Path, tmp_path: Path
) -> None:
    run("--db", str(park), "billing", "run", "--period", "2026-11", "--on", "2026-11-01",
        data_dir=tmp_path)  # fmt: skip
    letters = tmp_path / "催缴 通知书.pdf"
    result = run(
        "--db", str(park), "billing", "arrears", "--on", "2026-12-20", "--letters", str(letters),
        data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Arrears on 2026-12-20 (days past the due date)"
    # 星河: October due 10-16 (65 days: 61-90), November due 11-16 (34 days: 31-60)
    assert "深圳星河数据有限公司\t0.00\t0.00\t10,000.00\t10,000.00\t0.00\t20,000.00\t0.00" in lines
    assert "深圳云帆科技有限公司\t0.00\t0.00\t10,000.00\t0.00\t0.00\t10,000.00\t0.00" in lines
    assert "2 tenant(s) in arrears, 30,000.00 overdue" in lines
    assert f"Wrote 2 reminder letter(s) to {letters}" in lines
    assert letters.read_bytes().startswith(b"%PDF")


def test_billing_statement_print_and_export(park: Path, tmp_path: Path) -> None:
    statement = tmp_path / "对账单.pdf"
    result = run(
        "--db", str(park), "billing", "statement", CODE.lower(), "--out", str(statement),
        "--from", "2026-01-01", "--to", "2026-10-31", "--lang", "en", data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert statement.read_bytes().startswith(b"%PDF")
    by_name = run(
        "--db", str(park), "billing", "statement", "深圳星河数据有限公司",
        "--out", str(tmp_path / "s2.pdf"), data_dir=tmp_path,
    )  # fmt: skip
    assert by_name.returncode == 0, by_name.stderr

    batch = tmp_path / "bills.pdf"
    printed = run(
        "--db", str(park), "billing", "print", "--period", "2026-10", "--out", str(batch),
        data_dir=tmp_path,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == f"Wrote 2 bill(s) of 2026-10 to {batch}"

    out = tmp_path / "财务 2026.xlsx"
    exported = run(
        "--db", str(park), "billing", "export", "--year", "2026", "--out", str(out),
        data_dir=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "2 bill(s), 4 line(s), 1 payment(s) and 1 balance(s) of 2026" in exported.stdout
    wb = load_workbook(out)
    assert wb.sheetnames == ["账单", "账单明细", "收款", "年末余额", "科目对照"]
    lines = list(wb["账单明细"].iter_rows(min_row=2, values_only=True))
    assert [(r[3], r[7], r[8], r[9]) for r in lines[:2]] == [
        ("租金", 9000, "1122", "6001.01"),
        ("物业费", 1000, "1122", "6001.02"),
    ]
    (payment,) = list(wb["收款"].iter_rows(min_row=2, values_only=True))
    assert payment[3] == 10000 and payment[9:] == ("1002", "1122")


def test_billing_mistakes_are_told_plainly(park: Path, tmp_path: Path) -> None:
    bad_month = run("--db", str(park), "billing", "run", "--period", "2026-13", data_dir=tmp_path)
    assert_clean_error(bad_month)
    assert "is not a month" in bad_month.stderr
    nobody = run(
        "--db", str(park), "billing", "statement", "无此企业", "--out", str(tmp_path / "x.pdf"),
        data_dir=tmp_path,
    )  # fmt: skip
    assert_clean_error(nobody)
    assert "No tenant has the credit code or name 无此企业" in nobody.stderr
    wrong_suffix = run(
        "--db", str(park), "billing", "export", "--year", "2026", "--out",
        str(tmp_path / "x.pdf"), data_dir=tmp_path,
    )  # fmt: skip
    assert_clean_error(wrong_suffix)
    assert "ending in .xlsx" in wrong_suffix.stderr
