"""Finance staff bill a month, record a payment spread over two bills and print the arrears
letters through the window; a bill is cancelled with its reason; the tenant window flags the
arrears; the Dashboard's card shows the overdue money; Settings → Billing keeps its rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import BillStatus, RateKind
from incubator_desk.db import Database
from incubator_desk.services import billing
from incubator_desk.ui.dialogs.tenant_detail import TenantDetailDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.billing import BillingPage, BillingSettings, TenantBillingTab
from incubator_desk.ui.pages.billing.documents import DocumentDialog
from incubator_desk.ui.pages.billing.payments import PaymentDialog
from incubator_desk.ui.pages.dashboard import DashboardPage
from incubator_desk.ui.pages.reports import printing

TODAY = clock.today()
MONTH = TODAY.replace(day=1)
LAST_MONTH = (MONTH - dt.timedelta(days=1)).replace(day=1)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def billing_page(window: MainWindow) -> BillingPage:
    window.show_page("billing")
    page = window.current_page()
    assert isinstance(page, BillingPage)
    return page


def run_month(qtbot, page: BillingPage, month: dt.date) -> None:  # type: ignore[no-untyped-def]
    tab = page.bills_tab
    tab.month.setDate(qdate(month))
    tab.issued.setDate(qdate(month))
    qtbot.mouseClick(tab.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)


def test_finance_staff_bill_a_month_twice_and_nothing_is_billed_twice(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    billing.save_rate(demo_db, RateKind.PROPERTY_FEE, dt.date(2020, 1, 1), Decimal(12))
    page = billing_page(window)
    tab = page.bills_tab
    assert tab.model.rowCount() == 0
    run_month(qtbot, page, MONTH)
    made = billing.list_bills(demo_db, MONTH)
    assert made and all(b.issued_on == MONTH for b in made)
    assert tab.model.rowCount() == len(made)
    assert page.message.text().startswith(f"{MONTH:%Y-%m}: {len(made)} bill(s), 0 adjustment(s)")
    numbers = {tab.model.index(r, 0).data() for r in range(tab.model.rowCount())}
    assert numbers == {b.number for b in made}

    run_month(qtbot, page, MONTH)
    assert "nothing to bill" in page.message.text()
    assert len(billing.list_bills(demo_db)) == len(made)

    # the year's finance export, saved where the person says
    target = tmp_path / "财务导出.xlsx"
    saved = tab.export(str(target))
    assert saved == target
    assert load_workbook(target).sheetnames == ["Bills", "Bill lines", "Payments", "Balances",
                                               "Account codes"]  # fmt: skip

    # one bill opened, then cancelled with its reason
    tab.table.selectRow(0)
    dialog = tab.open_selected()
    assert dialog is not None and dialog.lines_model.rowCount() >= 1
    dialog.cancel_bill()
    reason = dialog.reason_dialog
    reason.reason.setText("租户名称开错")
    reason.buttons.accepted.emit()
    assert dialog.detail is not None and dialog.detail.bill.status is BillStatus.CANCELLED
    assert "租户名称开错" in dialog.note.text()
    assert not dialog.cancel_button.isEnabled()
    dialog.close()


def test_a_payment_is_spread_over_two_bills_in_the_window(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = billing_page(window)
    run_month(qtbot, page, LAST_MONTH)
    run_month(qtbot, page, MONTH)
    tenant = next(
        b.tenant_id
        for b in billing.list_bills(demo_db, MONTH)
        if b.total > 100 and len(billing.open_bills(demo_db, b.tenant_id)) == 2
    )
    first, second = billing.open_bills(demo_db, tenant)
    page.tabs.setCurrentWidget(page.payments_tab)
    dialog = page.payments_tab.record(tenant)
    assert isinstance(dialog, PaymentDialog) and dialog.table.rowCount() == 2
    paid = first.open + second.open / 2
    dialog.amount.setValue(float(paid))
    dialog.reference.setText("招商银行 8812")
    dialog.invoice.setText("44031234")
    qtbot.mouseClick(dialog.spread_button, Qt.MouseButton.LeftButton)
    assert dialog.spread() == {first.id: first.open, second.id: paid - first.open}
    dialog.buttons.accepted.emit()
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    (payment,) = billing.list_payments(demo_db, tenant_id=tenant)
    assert payment.amount == paid and payment.invoice_number == "44031234"
    assert payment.bills == f"{first.number}, {second.number}"
    after = {b.id: b.open for b in billing.list_bills(demo_db, tenant_id=tenant)}
    assert after[first.id] == 0 and after[second.id] == second.open - (paid - first.open)
    assert page.payments_tab.model.rowCount() >= 1 or TODAY.month != MONTH.month
    assert page.message.text() == "Payment recorded."


def test_arrears_letters_are_printed_from_the_window(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    page = billing_page(window)
    run_month(qtbot, page, MONTH)
    later = MONTH + dt.timedelta(days=70)
    page.tabs.setCurrentWidget(page.arrears_tab)
    tab = page.arrears_tab
    tab.on.setDate(qdate(later))
    late = [r for r in billing.ageing(demo_db, later) if r.overdue > 0]
    assert late and tab.model.rowCount() == len(late)
    assert tab.summary.text().startswith(f"{len(late)} tenant(s) in arrears")
    assert tab.letters_button.isEnabled()

    qtbot.mouseClick(tab.letters_button, Qt.MouseButton.LeftButton)
    letters = tab.document
    assert isinstance(letters, DocumentDialog)
    qtbot.waitUntil(lambda: letters.data is not None, timeout=20000)
    assert letters.document.pageCount() == len(late)  # one letter a page

    printed = tmp_path / "催缴通知书.pdf"

    def fake_dialog(_parent, printer) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(printing, "ask_printer", fake_dialog)
    qtbot.mouseClick(letters.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and printed.stat().st_size > 10_000
    assert letters.status.text() == f"Sent {len(late)} page(s) to the printer."
    saved = letters.save(str(tmp_path / "letters"))
    assert saved is not None and saved.read_bytes() == letters.data
    letters.close()

    # the tenant window flags the arrears, in its heading and its Billing tab
    worst = late[0]
    detail = TenantDetailDialog(demo_db, worst.tenant_id)
    qtbot.addWidget(detail)
    tab_widget = next(t for t in detail.extra if isinstance(t, TenantBillingTab))
    assert tab_widget.bills_model.rowCount() >= 1
    if worst.oldest_days and (TODAY - MONTH).days > 15:  # overdue today too
        assert "In arrears" in detail.heading.text()
        assert tab_widget.flag.isVisibleTo(tab_widget)


def test_the_dashboard_card_shows_the_overdue_money(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = billing_page(window)
    run_month(qtbot, page, LAST_MONTH)  # due half-way through last month: overdue today
    window.show_page("dashboard")
    dash = window.current_page()
    assert isinstance(dash, DashboardPage)
    with qtbot.waitSignal(dash.filled, timeout=20000):
        dash.refresh()
    owed = billing.overdue_summary(demo_db)
    card = dash.cards["overdue_money"]
    assert card.caption.text() == "Overdue money"
    assert card.value.text() == f"¥{owed.total:,.2f}"
    if owed.tenants:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        dialog = dash.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.table.model().rowCount() == owed.tenants, timeout=10000)


def test_billing_settings_keep_rules_prices_and_account_codes(qtbot, demo_db: Database) -> None:
    section = BillingSettings(demo_db)
    qtbot.addWidget(section)
    section.due_days.setValue(20)
    section.payee.setText("深圳市南山科技企业孵化器有限公司")
    row = next(
        i for i in range(section.codes.rowCount())
        if section.codes.item(i, 0).data(Qt.ItemDataRole.UserRole) == "rent"
    )  # fmt: skip
    section.codes.item(row, 1).setText("6001.11")
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    rules = billing.billing_rules(demo_db)
    assert rules.due_days == 20 and rules.code("rent") == "6001.11"
    assert rules.payee == "深圳市南山科技企业孵化器有限公司"
    dialog = section.new_rate()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RateKind.WATER))
    dialog.rate.setValue(5.2)
    dialog.buttons.accepted.emit()
    assert [(r.kind, r.rate) for r in billing.list_rates(demo_db)] == [
        (RateKind.WATER, Decimal("5.2000"))
    ]
    assert section.rates_model.rowCount() == 1


def test_the_billing_models_pass_the_model_tester(
    qtbot, qtmodeltester, window: MainWindow, demo_db: Database
) -> None:
    page = billing_page(window)
    run_month(qtbot, page, MONTH)
    qtmodeltester.check(page.bills_tab.model)
    page.tabs.setCurrentWidget(page.arrears_tab)
    page.arrears_tab.on.setDate(qdate(MONTH + dt.timedelta(days=70)))
    qtmodeltester.check(page.arrears_tab.model)
