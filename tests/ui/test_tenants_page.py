"""The Tenants page as a person uses it: search, filters, create, figures, import, export."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractTableModel, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import func, select

from incubator_desk.core import clock
from incubator_desk.core.labels import label
from incubator_desk.core.periods import last_complete_quarter, period_text
from incubator_desk.core.vocabularies import LookupCategory
from incubator_desk.db import Database
from incubator_desk.models import Tenant
from incubator_desk.services import (
    audit,
    billing,
    funding,
    graduation,
    mentoring,
    spaces,
    training,
)
from incubator_desk.services import tenants as svc
from incubator_desk.services.importing import ImportKind
from incubator_desk.services.overview import Query
from incubator_desk.ui import messages
from incubator_desk.ui.dialogs.import_wizard import ImportDialog
from incubator_desk.ui.dialogs.tenant_detail import TenantDetailDialog
from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.tenants import TenantListsSettings, TenantsPage

from .test_main_window import click_sidebar, type_text


@pytest.fixture
def page(qtbot, window: MainWindow):
    click_sidebar(qtbot, window, "tenants")
    p = window.page("tenants")
    assert isinstance(p, TenantsPage)
    yield p
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(messages, "error", lambda _p, title, text: said.append((title, text)))
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    return said


def test_filters_match_the_service(qtbot, page: TenantsPage, demo_db: Database) -> None:
    reg = svc.tenant_register()
    page.industry.setCurrentIndex(1)
    industry = page.industry.currentData()
    assert page.model.total == reg.count(demo_db, Query(filters={"industry": industry}))
    page.industry.setCurrentIndex(0)
    qtbot.mouseClick(page.overdue, Qt.MouseButton.LeftButton, pos=page.overdue.rect().center())
    assert page.overdue.isChecked()
    assert page.model.total == reg.count(demo_db, Query(filters={"overdue": True}))
    assert page.count.text() == f"{page.model.total} record(s)"
    page.overdue.setChecked(False)
    page.figures_missing.setChecked(True)
    assert page.model.total == reg.count(demo_db, Query(filters={"figures_missing": True}))
    page.figures_missing.setChecked(False)
    type_text(qtbot, page.search, "'; DROP")
    qtbot.waitUntil(lambda: page.model.query.search == "'; DROP", timeout=2000)
    assert page.model.total == 0
    # Sort by every sortable column through the header
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.total == 40
    header = page.table.horizontalHeader()
    for col in range(page.model.columnCount()):
        if page.model.is_sortable(col):
            header.setSortIndicator(col, Qt.SortOrder.AscendingOrder)
            assert page.model.rowCount() > 0


def test_keyboard_opens_and_archives(
    qtbot, page: TenantsPage, demo_db: Database, answers: list[tuple[str, str]]
) -> None:
    opened: list[int] = []
    page.open_tenant = lambda tid: opened.append(tid)
    type_text(qtbot, page.search, "x")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # applies the search, opens nothing
    assert page.model.query.search == "x" and opened == []
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.table.setFocus()
    page.table.selectRow(0)
    tenant_id = page.current_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [tenant_id]
    total = page.model.total
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # confirmed by the `answers` fixture
    assert page.model.total == total - 1
    assert svc.get_tenant(demo_db, tenant_id).archived_at is not None


def test_create_tenant_with_errors_next_to_fields(
    qtbot,
    page: TenantsPage,
    demo_db: Database,
    answers: list[tuple[str, str]],
) -> None:
    dlg = NewTenantDialog(demo_db, page)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.form.name_zh, "深圳测试科技有限公司")
    type_text(qtbot, dlg.form.credit_code, "914403001922038217")
    qtbot.mouseClick(dlg.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    error = dlg.form.errors.labels["credit_code"]
    assert error.isVisible() and "“6”" in error.text()
    assert dlg.isVisible()
    dlg.form.credit_code.clear()
    type_text(qtbot, dlg.form.credit_code, "91440300 708461136t")
    dlg.form.industry.setCurrentIndex(2)
    qtbot.mouseClick(dlg.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dlg.tenant_id is not None
    d = svc.get_tenant(demo_db, dlg.tenant_id)
    assert d.data.credit_code == "91440300708461136T"
    assert d.data.planned_graduation_on is not None


def test_record_a_quarter_and_see_it_charted(
    qtbot, page: TenantsPage, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.selectRow(0)
    tenant_id = page.current_id()
    assert tenant_id is not None
    dlg = page.open_tenant(tenant_id)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, TenantDetailDialog)
    tab = dlg.figures
    dlg.tabs.setCurrentWidget(tab)
    y, q = last_complete_quarter()
    tab.year.setValue(y)
    tab.quarter.setCurrentIndex(q - 1)
    # staff 12, revenue 345678.90 typed into the "this quarter" column
    tab.entry.item(0, 1).setText("12")
    tab.entry.item(8, 1).setText("345,678.90")
    tab.entry.item(1, 1).setText("30")  # more R&D staff than staff: refused beside the row
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert "12" in tab.entry.item(1, 3).text()
    tab.entry.item(1, 1).setText("5")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    now, _before = svc.figures_for(demo_db, tenant_id, y, q)
    assert now is not None
    assert now.values["staff_total"] == 12 and now.values["revenue"] == Decimal("345678.90")
    assert len(tab.chart.series()) == 3
    history = tab.history.model()
    assert history.index(0, 0).data() == period_text(y, q)

    from incubator_desk.ui.dialogs import tenant_form

    def fake_exec(inv) -> int:
        inv.investor.setText("深创投")
        inv.amount.setText("-5")
        inv._save()
        assert inv.errors.labels["amount"].isVisibleTo(inv)
        inv.amount.setText("2,000,000")
        inv._save()
        return 1

    monkeypatch.setattr(tenant_form.InvestmentDialog, "exec", fake_exec)
    qtbot.mouseClick(tab.add_investment, Qt.MouseButton.LeftButton)
    assert svc.figures_history(demo_db, tenant_id)[-1].investment >= Decimal(2_000_000)
    assert history.index(0, history.columnCount() - 1).data() != ""
    dlg.close()


TENANT_TABS = [
    "&Profile",
    "P&eople",
    "S&tage timeline",
    "&Quarterly figures",
    "Spaces",
    "Mentoring",
    "Training",
    "Funding",
    "Graduation",
    "Statistics return",
    "Billing",
    "History",
]


def texts_in(tab: QWidget) -> str:
    """Everything a tab shows: its labels, line edits, group titles and every table cell."""
    seen: list[str] = []
    for w in [tab, *tab.findChildren(QWidget)]:
        if isinstance(w, QLabel | QLineEdit):
            seen.append(w.text())
        elif isinstance(w, QGroupBox):
            seen.append(w.title())
        elif isinstance(w, QAbstractItemView) and isinstance(w.model(), QAbstractTableModel):
            model = w.model()
            seen += [
                str(model.index(r, c).data() or "")
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return "\n".join(seen)


def busiest_tenant(db: Database) -> int:
    """The demo tenant with records in the most areas (allocations, sessions, events, funds)."""

    def areas(tenant_id: int) -> int:
        now, before = spaces.tenant_spaces(db, tenant_id)
        return sum(
            (
                bool(now or before),
                bool(sessions_of(db, tenant_id)),
                bool(training.events_for_tenant(db, tenant_id)),
                bool(funding.tenant_funding(db, tenant_id).applications),
                bool(svc.people(db, tenant_id)),
                bool(svc.figures_history(db, tenant_id)),
            )
        )

    with db.read() as s:
        ids = list(s.scalars(select(Tenant.id).where(Tenant.archived_at.is_(None))))
    return max(ids, key=areas)


def sessions_of(db: Database, tenant_id: int) -> list[mentoring.SessionRow]:
    return mentoring.sessions_between(
        db,
        clock.local_aware(dt.datetime(1990, 1, 1)),
        clock.local_aware(dt.datetime(2100, 1, 1)),
        tenant_id=tenant_id,
        include_cancelled=True,
    )


def test_the_tenant_window_shows_every_tab_with_the_tenants_data(
    qtbot, page: TenantsPage, demo_db: Database
) -> None:
    tenant_id = busiest_tenant(demo_db)
    billing.run_billing(demo_db, clock.today().replace(day=1), issued_on=clock.today())
    detail = svc.get_tenant(demo_db, tenant_id)
    dlg = page.open_tenant(tenant_id)
    qtbot.addWidget(dlg)
    assert [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())] == TENANT_TABS
    shown = {dlg.tabs.tabText(i): texts_in(dlg.tabs.widget(i)) for i in range(dlg.tabs.count())}

    assert detail.data.name_zh in shown["&Profile"]
    assert detail.data.credit_code in shown["&Profile"]
    people = svc.people(demo_db, tenant_id)
    assert all(p.data.name in shown["P&eople"] for p in people)
    assert label(detail.stage) in shown["S&tage timeline"]
    figures = svc.figures_history(demo_db, tenant_id)
    assert all(f.period in shown["&Quarterly figures"] for f in figures)

    now, before = spaces.tenant_spaces(demo_db, tenant_id)
    assert all(a.unit_label in shown["Spaces"] for a in now + before)
    sessions = sessions_of(demo_db, tenant_id)
    assert all(s.topic in shown["Mentoring"] for s in sessions)
    events = training.events_for_tenant(demo_db, tenant_id)
    assert all(e.title in shown["Training"] for e in events)
    money = funding.tenant_funding(demo_db, tenant_id)
    assert all(a.fund in shown["Funding"] for a in money.applications)
    assert all(p.fund in shown["Funding"] for p in money.payments)
    result = graduation.evaluate(demo_db, tenant_id)
    assert label(result.stage) in shown["Graduation"]
    assert str(result.limit_months) in shown["Graduation"]
    bills = billing.list_bills(demo_db, tenant_id=tenant_id)
    assert all(b.number in shown["Billing"] for b in bills)
    assert detail.data.credit_code in shown["Statistics return"]
    assert "Intellectual property" in shown["Statistics return"]
    changes = audit.count(demo_db, Query(filters={"tenant": tenant_id}))
    assert f"{changes} entries" in shown["History"]
    # The busiest demo tenant has records in every area, so no check above was vacuous.
    assert people and figures and (now or before) and sessions and events and money.applications
    assert bills or not now
    dlg.close()


def test_a_tenant_tab_that_fails_to_build_is_not_hidden(
    qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.ui.pages import training as training_page

    def broken(*_a: object) -> None:
        raise RuntimeError("the training tab is broken")

    monkeypatch.setattr(training_page.TenantTrainingTab, "__init__", broken)
    with pytest.raises(RuntimeError, match="training tab is broken"):
        TenantDetailDialog(demo_db, busiest_tenant(demo_db))


def test_import_wizard_preview_then_import(
    qtbot,
    page: TenantsPage,
    demo_db: Database,
    tmp_path: Path,
    answers: list[tuple[str, str]],
) -> None:
    industry = svc.lookups(demo_db, LookupCategory.INDUSTRY)[0].name_zh
    path = tmp_path / "在孵 名单.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["2026年名单"])
        w.writerow(["企业名称", "统一社会信用代码", "行业", "营业收入（万元）", "自定义列"])
        w.writerow(["深圳导入一号有限公司", "914403001922038216", industry, "", "A-101"])
        w.writerow(["深圳导入二号有限公司", "914403001922038217", industry, "", "A-102"])
    with demo_db.read() as s:
        before = s.scalar(select(func.count()).select_from(Tenant))
    dlg = page.import_file(ImportKind.TENANTS, str(path))
    assert isinstance(dlg, ImportDialog)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=10_000)
    report = dlg.report.model()
    assert report.rowCount() == 2
    assert report.index(1, 1).data() == "rejected"
    assert report.index(1, 3).data() == "统一社会信用代码"
    assert dlg.run.text() == "&Import 1 valid row(s)"
    # map the unknown column by hand, check again
    combo = dlg.mapping.cellWidget(4, 2)
    combo.setCurrentIndex(combo.findData("park_address"))
    qtbot.mouseClick(dlg.recheck, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.worker is None and dlg.plan is not None, timeout=10_000)
    assert dlg.plan.mapping[4] == "park_address"
    qtbot.mouseClick(dlg.run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.worker is None and dlg.plan is None, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(2000)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == before + 1
        assert (
            s.scalar(select(Tenant.park_address).where(Tenant.name_zh == "深圳导入一号有限公司"))
            == "A-101"
        )
    assert answers and "1 created" in answers[-1][1]
    qtbot.waitUntil(lambda: page.model.total == before + 1, timeout=2000)


def test_export_current_filter(
    qtbot, page: TenantsPage, tmp_path: Path, answers: list[tuple[str, str]]
) -> None:
    page.filter.setCurrentIndex(page.filter.findData("incubating"))
    expected = page.model.total
    out = tmp_path / "导出 结果.xlsx"
    page.export("tenants", str(out))
    qtbot.waitUntil(lambda: page._worker is None, timeout=10_000)
    assert out.exists()
    assert answers[-1][1].startswith(f"Exported {expected} row(s)")


def test_lists_settings_section(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    section = TenantListsSettings(demo_db)
    qtbot.addWidget(section)
    assert TenantListsSettings.section_title() == "Tenant lists"
    n = section.table.model().rowCount()
    assert n > 0
    from incubator_desk.ui.pages import tenants as page_module

    def fake_exec(dlg) -> int:
        dlg.code.setText("quantum")
        dlg.name_zh.setText("量子信息")
        dlg.name_en.setText("Quantum information")
        dlg._save()
        return 1

    monkeypatch.setattr(page_module.LookupDialog, "exec", fake_exec)
    qtbot.mouseClick(section.add, Qt.MouseButton.LeftButton)
    assert section.table.model().rowCount() == n + 1
    assert any(i.code == "quantum" for i in svc.lookups(demo_db, LookupCategory.INDUSTRY))
    QApplication.processEvents()
