"""A manager picks a graduation candidate on the dashboard, makes its graduation report in
Chinese, previews, prints and saves it; cancels a long report; edits the graduation rules."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool

from incubator_desk.db import Database
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.ui import messages
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.dashboard import DashboardPage
from incubator_desk.ui.pages.reports import (
    ReportSettings,
    ReportsPage,
    TenantGraduationTab,
    printing,
)
from incubator_desk.ui.pages.reports import maker as maker_module


def test_candidate_from_dashboard_to_printed_chinese_report(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    dash = window.page("dashboard")
    assert isinstance(dash, DashboardPage)
    expected = grad.candidates(grad.evaluate_all(demo_db))
    qtbot.waitUntil(lambda: not dash.is_filling(), timeout=10000)
    assert dash.cards["candidates"].value.text() == f"{len(expected):,}"
    assert expected, "the demo has graduation candidates"
    qtbot.mouseClick(dash.cards["candidates"], Qt.MouseButton.LeftButton)
    dialog = dash.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.table.model().rowCount() == len(expected)
    dialog.table.selectRow(0)
    chosen = dialog.selected_tenant()
    report_button = next(b for b in dialog.action_buttons if "Graduation report" in b.text())
    qtbot.mouseClick(report_button, Qt.MouseButton.LeftButton)

    page = window.current_page()
    assert isinstance(page, ReportsPage)
    maker = page.maker
    assert maker.kind.currentData() == "graduation"
    assert maker.tenant.currentData() == chosen and maker.lang.currentData() == "zh"
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.data is not None, timeout=15000)
    assert maker.data is not None and maker.data.startswith(b"%PDF")
    assert maker.document.pageCount() >= 3
    assert maker.print_button.isEnabled() and maker.save_button.isEnabled()

    printed = tmp_path / "printed.pdf"

    def fake_dialog(_parent, printer) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(printing, "ask_printer", fake_dialog)
    qtbot.mouseClick(maker.print_button, Qt.MouseButton.LeftButton)
    assert printed.exists() and printed.stat().st_size > 10_000
    assert "Sent" in maker.status.text()

    target = tmp_path / "毕业 报告"
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(target))
    qtbot.mouseClick(maker.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_name(target.name + ".pdf")
    assert saved.read_bytes() == maker.data


def test_generation_can_be_cancelled(qtbot, window: MainWindow, monkeypatch) -> None:
    def slow(db, request, progress):
        for i in range(200):
            progress(i, 200)
            time.sleep(0.01)
        return b"%PDF-never"

    monkeypatch.setattr(maker_module, "make_report", slow)
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    maker = page.maker
    maker.select("portfolio")
    maker.period.setText("2025")
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    assert maker.cancel.isVisible() and not maker.generate.isEnabled()
    qtbot.waitUntil(lambda: maker.progress.value() > 0, timeout=5000)
    qtbot.mouseClick(maker.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.task is None, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    assert maker.data is None and maker.status.text() == "Cancelled."
    assert maker.generate.isEnabled() and not maker.save_button.isEnabled()


def test_bad_period_is_shown_next_to_the_field(qtbot, window: MainWindow) -> None:
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    maker = page.maker
    maker.select("progress")
    maker.period.clear()
    qtbot.keyClicks(maker.period, "2026Q7")
    qtbot.keyClick(maker.period, Qt.Key.Key_Return)
    assert maker.task is None and maker.error.isVisible() and "2026Q3" in maker.error.text()
    assert "2026Q3" in maker.period.toolTip()  # the field itself is marked
    # A report the database has nothing for: the service's reason, where the form shows errors.
    maker.period.setText("2001Q1")
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.task is None, timeout=15000)
    assert "no figures recorded for 2001Q1" in maker.error.text() and maker.data is None


def test_torch_return_is_saved_as_excel(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    maker = page.maker
    maker.select("torch")
    maker.period.setText(str(reporting.last_complete_quarter().year))
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.data is not None, timeout=15000)
    assert not maker.print_button.isEnabled()
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(tmp_path / "火炬.xlsx"))
    qtbot.mouseClick(maker.save_button, Qt.MouseButton.LeftButton)
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "火炬.xlsx").active["A3"].value == "企业名称"


def test_graduation_rules_edited_in_settings(qtbot, demo_db: Database) -> None:
    section = ReportSettings(demo_db)
    qtbot.addWidget(section)
    section.revenue_amount.setText("ten million")
    assert not section.save_rules()
    revenue_error = section.errors.labels["revenue_threshold"]
    assert revenue_error.isVisibleTo(section) and revenue_error.text()
    section.revenue_amount.setText("8,000,000")
    section.min_criteria.setValue(2)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    rules = grad.rules(demo_db)
    assert rules.min_criteria == 2 and rules.revenue_threshold == 8_000_000
    section.long_incubation.setValue(12)
    assert not section.save_rules()
    assert section.errors.labels["long_incubation_months"].text()
    qtbot.mouseClick(section.defaults, Qt.MouseButton.LeftButton)
    assert section.save_rules() and grad.rules(demo_db) == grad.GraduationRules()


def test_tenant_graduation_tab(qtbot, qtmodeltester, demo_db: Database, tmp_path: Path) -> None:
    g = grad.overdue(grad.evaluate_all(demo_db))[0]
    tab = TenantGraduationTab(demo_db, g.tenant_id)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 4
    assert [c.key for c in tab.model.rows()] == [c.key for c in g.criteria]
    assert str(g.months_in_incubation) in tab.summary.text()
    assert "Overdue" in tab.summary.text()
    assert TenantGraduationTab.tab_title() == "Graduation"

    tab.lang.setCurrentIndex(tab.lang.findData("en"))
    tab.save_report(str(tmp_path / "graduation"))
    assert not tab.report.isEnabled()
    qtbot.waitUntil(lambda: tab.task is None, timeout=15000)
    saved = tmp_path / "graduation.pdf"
    assert saved.read_bytes().startswith(b"%PDF") and str(saved) in tab.status.text()
    assert tab.report.isEnabled()


def test_logo_and_font_refused_with_the_services_reason(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, _title, text: shown.append(text))
    section = ReportSettings(demo_db)
    qtbot.addWidget(section)
    assert section.logo_state.text() == "none" and not section.remove_logo.isEnabled()

    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    section.pick_logo(str(fake))
    assert shown and "not a PNG or JPEG image" in shown[-1]
    assert section.logo_state.text() == "none" and reporting.logo_name(demo_db) is None

    from PIL import Image

    Image.new("RGB", (90, 30), (200, 30, 30)).save(tmp_path / "good.jpg", "JPEG")
    section.pick_logo(str(tmp_path / "good.jpg"))
    assert section.logo_state.text() == "good.jpg" and section.remove_logo.isEnabled()

    before = section.font_in_use.text()
    section.pick_font(str(fake))
    assert "cannot be embedded" in shown[-1] and section.font_in_use.text() == before
