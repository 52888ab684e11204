"""A manager checks the year's return on the Statistics page, opens a tenant from the check
to its Statistics tab, corrects a figure (a mistake shown beside its field first), reads the
self-assessment with its evidence, changes a threshold in Settings, and sees the Dashboard
card; the return is exported as one workbook with both tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from incubator_desk.db import Database
from incubator_desk.services import reporting, statistics
from incubator_desk.ui import messages
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.dashboard import DashboardPage
from incubator_desk.ui.pages.statistics import (
    StatisticsPage,
    StatisticsSettings,
    TenantStatisticsTab,
)

YEAR = reporting.last_complete_quarter().year


def _page(qtbot, window: MainWindow) -> StatisticsPage:
    window.show_page("statistics")
    page = window.page("statistics")
    assert isinstance(page, StatisticsPage)
    qtbot.waitUntil(lambda: page.check.data is not None, timeout=20000)
    qtbot.waitUntil(lambda: page.assessment.assessment is not None, timeout=20000)
    return page


def test_check_to_tenant_tab_fix_and_export(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, window)
    check = page.check
    data = check.data
    assert data is not None and data.year == YEAR
    assert check.model.rowCount() == len(data.findings) > 0
    assert str(len(data.findings)) in check.summary.text()
    # The first line about a tenant: open it from the list, as a person double-clicks it.
    row = next(i for i, f in enumerate(check.model.rows()) if f.tenant_id is not None)
    finding = check.model.rows()[row]
    check.table.selectRow(row)
    assert check.fix.isEnabled()
    opened = []
    monkeypatch.setattr(page, "open_tenant", lambda tid: opened.append(tid))
    page.check.open_tenant.disconnect()
    check.open_tenant.connect(page.open_tenant)
    qtbot.mouseClick(check.fix, Qt.MouseButton.LeftButton)
    assert opened == [finding.tenant_id]
    monkeypatch.undo()

    dialog = page.open_tenant(finding.tenant_id)
    assert dialog is not None
    qtbot.addWidget(dialog)
    tab = dialog.findChild(TenantStatisticsTab)
    assert tab is not None and dialog.tabs.currentWidget() is tab
    assert tab.year.value() == YEAR
    assert finding.message in tab.findings.text()

    # A mistake: more doctorates than staff. The message sits beside the field, nothing saved.
    staff, phd = tab.edits["staff_total"], tab.edits["staff_phd"]
    assert isinstance(staff, QLineEdit) and isinstance(phd, QLineEdit)
    staff.clear()
    qtbot.keyClicks(staff, "12")
    phd.clear()
    qtbot.keyClicks(phd, "40")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    message = tab.errors.labels["staff_phd"]
    assert not message.isHidden() and "12" in message.text() and "40" in message.text()
    assert statistics.tenant_return(demo_db, finding.tenant_id, YEAR).entered("staff_phd") != 40
    # Corrected, with the rest of what the return asks for; money typed in 千元.
    phd.clear()
    qtbot.keyClicks(phd, "2")
    revenue = tab.edits["revenue"]
    assert isinstance(revenue, QLineEdit)
    revenue.clear()
    qtbot.keyClicks(revenue, "1500.5")
    rd = tab.edits["rd_spend"]
    assert isinstance(rd, QLineEdit)
    rd.clear()
    qtbot.keyClicks(rd, "300")
    grants = tab.edits["government_grants"]
    assert isinstance(grants, QLineEdit)
    grants.clear()
    hte = tab.edits["high_tech"]
    assert isinstance(hte, QCheckBox)
    if hte.isChecked():
        number = tab.edits["high_tech_no"]
        assert isinstance(number, QLineEdit)
        number.clear()
        qtbot.keyClicks(number, "GR202344209999")
    taxpayer = tab.edits["taxpayer_type"]
    assert isinstance(taxpayer, QComboBox)
    taxpayer.setCurrentIndex(taxpayer.findData("general"))
    code = tab.edits["industry_code"]
    assert isinstance(code, QLineEdit)
    code.clear()
    qtbot.keyClicks(code, "6513")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.errors.shown, tab.errors.summary.text()
    saved = statistics.tenant_return(demo_db, finding.tenant_id, YEAR).values
    assert saved["revenue"] == Decimal("1500500.00") and saved["staff_phd"] == 2
    assert saved["rd_spend"] == Decimal("300000.00") and saved["industry_code"] == "6513"
    assert saved["taxpayer_type"] == "general"
    dialog.close()

    # The return: both tables, after confirming the findings that are left.
    page.refresh()
    qtbot.waitUntil(lambda: check.data is not None and check.model.rowCount() > 0, timeout=20000)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    out = tmp_path / "火炬 统计.xlsx"
    assert check.export_return(str(out)) == out
    QThreadPool.globalInstance().waitForDone(20000)
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    wb = load_workbook(out)
    assert [ws.title for ws in wb.worksheets] == [
        f"{YEAR}年在孵企业情况表",
        f"{YEAR}年孵化器运营综合情况",
    ]


def test_self_assessment_view_shows_evidence_and_settings_change_it(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = _page(qtbot, window)
    view = page.assessment
    a = view.assessment
    assert a is not None
    lines = view.model.rows()
    assert len(lines) == sum(len(lv.results) for lv in a.levels)
    assert "National incubator (2018 conditions)" in view.levels.text()
    # A criterion counted by tenants lists them beside the table.
    row = next(i for i, x in enumerate(lines) if x.result.key == "n18_tenants")
    view.table.selectRow(row)
    assert view.tenants.count() == len(lines[row].result.reading.tenants) > 0
    assert "国科发区〔2018〕300号" in view.detail.text()

    # Settings → Statistics: the tenants threshold raised past the incubator's count.
    qtbot.mouseClick(view.settings, Qt.MouseButton.LeftButton)
    settings_page = window.page("settings")
    section = settings_page.findChild(StatisticsSettings)
    assert section is not None and settings_page.tabs.currentWidget() is section
    t_row = next(i for i, c in enumerate(section.criteria) if c.key == "n18_tenants")
    section.table.item(t_row, 2).setText("5000")
    bad = next(i for i, c in enumerate(section.criteria) if c.key == "n18_area")
    section.table.item(bad, 2).setText("lots")
    qtbot.mouseClick(section.save_criteria, Qt.MouseButton.LeftButton)
    assert "lots" in section.criteria_errors.summary.text()
    assert section.table.currentRow() == bad
    section.table.item(bad, 2).setText("10000")
    qtbot.mouseClick(section.save_criteria, Qt.MouseButton.LeftButton)
    assert not section.criteria_errors.shown
    page.refresh()
    qtbot.waitUntil(
        lambda: (
            view.assessment is not None
            and any(
                x.result.key == "n18_tenants" and x.result.met is False for x in view.model.rows()
            )
        ),
        timeout=20000,
    )
    assert view.assessment.levels[0].reached is False
    # The incubator's own figures: a part above its whole is refused beside the field.
    staff, prof = section.edits["staff_total"], section.edits["staff_professional"]
    staff.setText("30")
    prof.setText("40")
    qtbot.mouseClick(section.save_year, Qt.MouseButton.LeftButton)
    assert not section.year_errors.labels["staff_professional"].isHidden()
    prof.setText("20")
    qtbot.mouseClick(section.save_year, Qt.MouseButton.LeftButton)
    assert not section.year_errors.shown, section.year_errors.summary.text()
    assert (
        statistics.incubator_year(demo_db, section.year.value()).values["staff_professional"] == 20
    )


def test_dashboard_card_opens_the_self_assessment(qtbot, window: MainWindow) -> None:
    dash = window.page("dashboard")
    assert isinstance(dash, DashboardPage)
    qtbot.waitUntil(lambda: not dash.charts_filling(), timeout=20000)
    card = dash.cards["assessment"]
    assert "/ 3" in card.value.text()
    assert "National incubator (2018 conditions)" in card.detail.text()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    page = window.current_page()
    assert isinstance(page, StatisticsPage)
    assert page.tabs.currentWidget() is page.assessment


def test_a_founders_type_and_sex_from_the_people_tab(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    from incubator_desk.core.vocabularies import PersonRole
    from incubator_desk.services import tenants as svc
    from incubator_desk.ui.dialogs.tenant_form import PersonDialog

    tid = svc.create_tenant(
        demo_db, svc.TenantInput(name_zh="新创科技", credit_code="91440300708461136T")
    )
    dlg = PersonDialog(demo_db, tid)
    qtbot.addWidget(dlg)
    dlg.name.setText("林芳")  # QTest types ASCII only
    dlg.role.setCurrentIndex(dlg.role.findData(PersonRole.FOUNDER))
    dlg.founder_type.setCurrentIndex(dlg.founder_type.findData("returnee"))
    dlg.sex.setCurrentIndex(dlg.sex.findData("female"))
    assert dlg.founder_type.currentText() == "Returnee from study abroad"
    dlg._save()
    values = statistics.tenant_return(demo_db, tid, YEAR).values
    assert values["founder_type"] == "returnee" and values["founder_sex"] == "female"
    row = svc.people(demo_db, tid)[0]
    again = PersonDialog(demo_db, tid, row)
    qtbot.addWidget(again)
    assert again.founder_type.currentData() == "returnee" and again.sex.currentData() == "female"


def test_another_year_asks_before_dropping_unsaved_edits(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch
) -> None:
    tid = next(r.tenant_id for r in statistics.tenant_returns(demo_db, YEAR))
    tab = TenantStatisticsTab(demo_db, tid)
    qtbot.addWidget(tab)
    revenue = tab.edits["revenue"]
    assert isinstance(revenue, QLineEdit)
    revenue.clear()
    qtbot.keyClicks(revenue, "42")
    asked: list[str] = []

    def no(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", no)
    tab.year.setValue(YEAR - 1)
    assert asked and str(YEAR) in asked[0]
    assert tab.year.value() == YEAR and revenue.text() == "42"  # kept, as asked
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    tab.year.setValue(YEAR - 1)
    assert tab.shown_year == YEAR - 1 and revenue.text() != "42"
