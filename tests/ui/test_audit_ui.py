"""The Audit page and a tenant's History tab as a person uses them: filters, details, export;
and the figures form refusing a quarter someone else recorded meanwhile."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QThreadPool

from incubator_desk.core import clock
from incubator_desk.core.periods import last_complete_quarter
from incubator_desk.db import Database
from incubator_desk.services import audit
from incubator_desk.services import tenants as svc
from incubator_desk.ui import messages
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.audit import AuditPage, TenantHistoryTab
from incubator_desk.ui.pages.tenants import TenantsPage

from .test_main_window import click_sidebar, type_text


def _edit(db: Database, tenant_id: int, **changes: object) -> None:
    current = svc.get_tenant(db, tenant_id)
    svc.update_tenant(db, tenant_id, dataclasses.replace(current.data, **changes), current.version)


def _first_tenants(db: Database, n: int) -> list[int]:
    return [r[0] for r in svc.tenant_register().rows(db, audit.Query(sort_key="id", limit=n))]


@pytest.fixture
def changed(demo_db: Database) -> list[int]:
    """Three demo tenants edited through the services: the audit trail has something to show."""
    ids = _first_tenants(demo_db, 3)
    _edit(demo_db, ids[0], registered_capital=Decimal("3000000"), park_address="A栋 1201")
    _edit(demo_db, ids[1], park_address="B栋 0802")
    svc.save_person(demo_db, ids[2], svc.PersonInput(name="王芳", phone="13900139000"))
    return ids


@pytest.fixture
def page(qtbot, window: MainWindow, changed: list[int]) -> AuditPage:
    click_sidebar(qtbot, window, "audit")
    p = window.page("audit")
    assert isinstance(p, AuditPage)
    return p


def test_filters_narrow_the_list_and_details_show_before_and_after(
    qtbot, page: AuditPage, demo_db: Database, changed: list[int]
) -> None:
    b = page.browser
    everything = b.model.total
    assert everything == audit.count(demo_db, audit.Query()) and everything >= 4
    assert page.title.text() == "Audit trail"
    name = svc.get_tenant(demo_db, changed[0]).data.name_zh
    type_text(qtbot, b.record, name[:6])
    qtbot.keyClick(b.record, Qt.Key.Key_Return)
    assert 1 <= b.model.total < everything
    assert "entries" in b.count.text()
    # the newest entry is the edit; choosing it shows each field before → after
    b.table.selectRow(0)
    d = b.details
    assert d.heading.text() == f"Changed Tenant {name}"
    assert "Local operator" in d.meta.text()
    rows = {
        d.table.item(r, 0).text(): (d.table.item(r, 1).text(), d.table.item(r, 2).text())
        for r in range(d.table.rowCount())
    }
    assert rows["Address in the park"][1] == "A栋 1201"
    assert rows["Registered capital"][1] == "¥3,000,000.00"
    # the area filter, then a day with nothing on it
    b.area.setCurrentIndex(b.area.findData("funding"))
    assert b.model.total == 0 and not d.table.isVisible()
    b.area.setCurrentIndex(b.area.findData("tenants"))
    assert b.model.total >= 1
    b.since.set_value(clock.today() + dt.timedelta(days=1))
    assert b.model.total == 0
    qtbot.mouseClick(b.clear, Qt.MouseButton.LeftButton)
    assert b.model.total == everything and b.record.text() == ""
    # the person filter and free text over values
    b.person.setCurrentIndex(1)
    assert b.model.total == everything
    type_text(qtbot, b.search, "B栋 0802")
    qtbot.keyClick(b.search, Qt.Key.Key_Return)
    assert b.model.total == 1


def test_one_import_is_one_action_to_show(
    qtbot, page: AuditPage, demo_db: Database, tmp_path: Path
) -> None:
    from incubator_desk.services import importing as imp

    ids = _first_tenants(demo_db, 5)
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["企业名称", "统一社会信用代码", "园区地址"])
    for i, tid in enumerate(ids):
        d = svc.get_tenant(demo_db, tid).data
        ws.append([d.name_zh, d.credit_code, f"C栋 {i:02d}"])
    book.save(tmp_path / "地址 更新.xlsx")
    imp.run_import(demo_db, imp.ImportKind.TENANTS, tmp_path / "地址 更新.xlsx")
    b = page.browser
    b.refresh()
    b.table.selectRow(0)  # the newest: the import's own summary entry
    assert b.details.action.isVisible() and "6" in b.details.action.text()
    qtbot.mouseClick(b.details.action, Qt.MouseButton.LeftButton)
    assert b.model.total == 6 and b.action_only.isVisible()
    qtbot.mouseClick(b.action_only, Qt.MouseButton.LeftButton)
    assert b.model.total > 6 and not b.action_only.isVisible()
    b.show_action(b.model.query.filters.get("batch") or "0" * 32)
    assert b.action_only.isVisible()
    qtbot.mouseClick(b.clear, Qt.MouseButton.LeftButton)  # clearing the filters shows all
    assert not b.action_only.isVisible() and b.batch is None


def test_the_listed_entries_export_in_the_background(
    qtbot, page: AuditPage, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, _title, text: said.append(text))
    b = page.browser
    b.area.setCurrentIndex(b.area.findData("tenants"))
    out = tmp_path / "审计 导出.xlsx"
    task = b.export(str(out))
    assert task is not None and not b.export_button.isEnabled() and b.progress.isVisible()
    with qtbot.waitSignal(task.finished, timeout=15000):
        pass
    assert b.export_button.isEnabled() and not b.progress.isVisible()
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.values)
    assert len(rows) == b.model.total + 1 and rows[0][0] == "When"
    assert any("A栋 1201" in (r[6] or "") for r in rows[1:])
    assert said and str(out) in said[0]
    QThreadPool.globalInstance().waitForDone(5000)


def test_a_tenants_history_tab_shows_its_own_changes(
    qtbot, window: MainWindow, demo_db: Database, changed: list[int]
) -> None:
    click_sidebar(qtbot, window, "tenants")
    tenants = window.page("tenants")
    assert isinstance(tenants, TenantsPage)
    dlg = tenants.open_tenant(changed[2])
    qtbot.addWidget(dlg)
    tab = next(
        dlg.tabs.widget(i) for i in range(dlg.tabs.count()) if dlg.tabs.tabText(i) == "History"
    )
    assert isinstance(tab, TenantHistoryTab)
    dlg.tabs.setCurrentWidget(tab)
    b = tab.browser
    assert b.model.total == 1 and not b.person.isVisibleTo(b)
    b.table.selectRow(0)
    assert b.details.heading.text() == "Created Person 王芳"
    # a quarter entered in the figures tab appears once the tab is shown again
    y, q = last_complete_quarter()
    figures = dlg.figures
    figures.year.setValue(y)
    figures.quarter.setCurrentIndex(q - 1)
    if figures.current is None:
        figures.entry.item(0, 1).setText("17")
        qtbot.mouseClick(figures.save, Qt.MouseButton.LeftButton)
    else:
        svc.save_figures(demo_db, changed[2], y, q, {"staff_total": 17})
    tab.refresh()
    assert b.model.total == 2
    dlg.close()


def test_a_quarter_recorded_by_someone_else_meanwhile_is_refused(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    tenant_id = svc.create_tenant(demo_db, svc.TenantInput(name_zh="深圳新来科技有限公司"))
    click_sidebar(qtbot, window, "tenants")
    tenants = window.page("tenants")
    assert isinstance(tenants, TenantsPage)
    dlg = tenants.open_tenant(tenant_id)
    qtbot.addWidget(dlg)
    tab = dlg.figures
    dlg.tabs.setCurrentWidget(tab)
    assert tab.current is None  # the form opened on an empty quarter
    y, q = tab.year.value(), tab.quarter.currentData()
    svc.save_figures(demo_db, tenant_id, y, q, {"staff_total": 11, "revenue": Decimal(111)})
    tab.entry.item(0, 1).setText("22")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.general.isVisibleTo(tab) and "changed by someone else" in tab.general.text()
    stored, _ = svc.figures_for(demo_db, tenant_id, y, q)
    assert stored is not None
    assert (stored.values["staff_total"], stored.values["revenue"]) == (11, Decimal(111))
    dlg.close()


def test_the_audit_page_in_chinese(qtbot, page: AuditPage, changed: list[int]) -> None:
    from incubator_desk.ui import i18n

    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: page.title.text() == "审计记录", timeout=2000)
    b = page.browser
    assert b.export_button.text().startswith("导出")
    b.table.selectRow(0)
    d = b.details
    fields = {d.table.item(r, 0).text() for r in range(d.table.rowCount())}
    assert fields & {"姓名", "名称", "电话", "园区地址"}
    assert d.heading.text().startswith(("新建", "创建", "修改"))
