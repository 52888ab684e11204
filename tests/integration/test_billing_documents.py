"""Bills, statements and reminder letters read back from the PDF (pdftotext), in Chinese and
English; a period's bills printed at once, each numbering its own pages; the finance export
with its account codes."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from incubator_desk.core.vocabularies import PaymentMethod
from incubator_desk.db import Database
from incubator_desk.reports import dispatch
from incubator_desk.services import billing, spaces
from incubator_desk.services import settings as shared

from .test_billing import NOV, OCT, floor_of, let, office, rates, tenant
from .test_reports_pdf import assert_all_fonts_embedded, flat, pdf_text

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)
D = dt.date
Y = Decimal
ON = D(2026, 12, 20)


@pytest.fixture
def books(db: Database) -> dict[str, int]:
    """戊 under a subsidy stepping down on 15 November; 己 moved on 16 November after its
    November bill; 己 pays 3,000.00 of October. See test_billing for the figures."""
    rates(db)
    shared.set_incubator_name(db, "南山科技企业孵化器", "Nanshan Tech Incubator", None)
    rules = billing.billing_rules(db)
    billing.save_rules(
        db,
        billing.BillingRules(
            due_days=rules.due_days,
            reminder_days=10,
            payee="深圳市南山科技企业孵化器有限公司",
            bank="招商银行深圳科技园支行",
            bank_account="7559 1234 5678 901",
        ),
        None,
    )
    floor = floor_of(db)
    policy = spaces.save_policy(
        db,
        None,
        "首年全免，次年减半",
        [
            {"from_month": 0, "to_month": 12, "percent": 100},
            {"from_month": 12, "to_month": 24, "percent": 50},
        ],
        is_default=False,
    )
    wu = tenant(db, "戊科技", entry=D(2025, 11, 15))
    let(db, office(db, floor, "0303"), wu, D(2025, 11, 15), policy=policy)
    ji = tenant(db, "己科技")
    moved = let(db, office(db, floor, "0304", area=50, per_m2=95), ji, OCT)
    billing.run_billing(db, OCT, issued_on=OCT)
    billing.run_billing(db, NOV, issued_on=NOV)
    to_unit = office(db, floor, "0305", area=80, per_m2=90)
    spaces.move_allocation(db, moved, None, to_unit_id=to_unit, move_date=D(2026, 11, 16))
    billing.run_billing(db, NOV, issued_on=D(2026, 11, 20))
    billing.record_payment(
        db,
        billing.PaymentInput(
            ji, D(2026, 10, 20), Y(3000), PaymentMethod.WECHAT, reference="微信 4200001"
        ),
    )
    return {"wu": wu, "ji": ji}


def _number(db: Database, who: int, start: dt.date, kind: str = "bill") -> int:
    (found,) = [
        b.id
        for b in billing.list_bills(db, tenant_id=who)
        if b.period_start == start and b.kind.value == kind
    ]
    return found


def test_a_bill_carries_its_subsidy_in_both_languages(
    db: Database, books: dict[str, int], tmp_path: Path
) -> None:
    bill = _number(db, books["wu"], NOV)
    zh = tmp_path / "账单.pdf"
    dispatch.build_bills(db, [bill], "zh", zh)
    text = flat(pdf_text(zh))
    for expected in (
        "账单·B2026-",
        "戊科技",
        "租金补贴B2-0303",
        "11-01至11-14按100%；11-15至11-30按50%",
        "-¥6,600.00",
        "合计¥3,400.00",
        "其中租金补贴-¥6,600.00",
        "招商银行深圳科技园支行",
        "第1页/共1页",
    ):
        assert expected in text, expected
    assert_all_fonts_embedded(zh)
    en = tmp_path / "bill.pdf"
    dispatch.build_bills(db, [bill], "en", en)
    text = flat(pdf_text(en))
    for expected in ("Bill·B2026-", "11-01–11-14at100%;11-15–11-30at50%", "Total¥3,400.00"):
        assert expected in text, expected


def test_an_adjustment_names_the_bill_it_corrects(
    db: Database, books: dict[str, int], tmp_path: Path
) -> None:
    adjustment = _number(db, books["ji"], NOV, "adjustment")
    out = tmp_path / "adjustment.pdf"
    dispatch.build_bills(db, [adjustment], "en", out)
    text = flat(pdf_text(out))
    assert "Adjustmentbill·A2026-00001" in text
    # (the cell wraps: the words are checked, not the line breaks)
    assert "now¥2,375.00,billedbefore" in text and "¥4,750.00" in text
    assert "Correctsbill" in text and "Total¥1,375.00" in text


def test_a_periods_bills_print_at_once_each_numbering_its_pages(
    db: Database, books: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "2026-11.pdf"
    _data, count = dispatch.build_period_bills(db, NOV, "zh", out)
    assert count == 3  # 戊's bill, 己's bill and its adjustment
    text = flat(pdf_text(out))
    assert text.count("第1页/共1页") == 3 and "共3页" not in text


def test_statement_and_reminder_letter(db: Database, books: dict[str, int], tmp_path: Path) -> None:
    statement = tmp_path / "对账单.pdf"
    dispatch.build_statement(db, books["ji"], D(2026, 1, 1), ON, "zh", statement)
    text = flat(pdf_text(statement))
    # 己: October 5,250.00, November 5,250.00 and the adjustment 1,375.00; 3,000.00 paid
    assert "对账单" in text and "期初余额¥0.00" in text
    assert "收到付款·微信支付·微信4200001" in text
    assert "2026年12月20日余额¥8,875.00" in text
    assert "61–90天¥2,250.00" in text and "31–60天¥5,250.00" in text

    letters = tmp_path / "催缴通知书.pdf"
    _data, count = dispatch.build_reminders(db, ON, None, "zh", letters)
    assert count == 2
    text = flat(pdf_text(letters))
    assert text.count("催缴通知书") >= 2 and "致：己科技" in text and "致：戊科技" in text
    assert "逾期合计¥8,875.00" in text and "请于2026年12月30日前支付¥8,875.00" in text
    assert re.search(r"盖章", text) and text.count("第1页/共1页") == 2
    assert_all_fonts_embedded(letters)
    english = tmp_path / "reminders.pdf"
    dispatch.build_reminders(db, ON, [books["ji"]], "en", english)
    text = flat(pdf_text(english))
    assert "Paymentreminder" in text and "To:己科技" in text
    assert "Totaloverdue¥8,875.00" in text


def test_finance_export_books_each_line_to_its_account(
    db: Database, books: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "finance.xlsx"
    _content, data = dispatch.build_finance_export(db, 2026, "en", out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Bills", "Bill lines", "Payments", "Balances", "Account codes"]
    lines = list(wb["Bill lines"].iter_rows(min_row=2, values_only=True))
    assert len(lines) == len(data.lines)
    subsidy = [r for r in lines if r[3] == "Rent subsidy"]
    assert subsidy and all(r[8:] == ("1122", "6001.01") for r in subsidy)
    assert sum(Decimal(str(r[7])) for r in lines) == sum(b.total for b in data.bills)
    balances = {r[0]: r for r in wb["Balances"].iter_rows(min_row=2, values_only=True)}
    assert Decimal(str(balances["己科技"][8])) == Y("8875.00")
