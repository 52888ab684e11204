"""A fund manager takes an application from draft to disbursement in the window: a new fund,
the application, moves on the board (dragged and by menu), three reviewers (one conflicted),
the committee's decision, a paid tranche; the fund's position, the tenant's Funding tab and
cumulative_investment then show the same money."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from incubator_desk.core.labels import label
from incubator_desk.core.vocabularies import ApplicationStatus as S
from incubator_desk.db import Database
from incubator_desk.services import funding as fs
from incubator_desk.services.tenants import tenant_choices
from incubator_desk.ui import messages
from incubator_desk.ui.dialogs import application_tabs
from incubator_desk.ui.dialogs.application_dialog import ApplicationDialog
from incubator_desk.ui.dialogs.application_steps import (
    CommitteeDialog,
    MoveDialog,
    ReviewDialog,
    TrancheDialog,
)
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.funding import FundingPage, FundingSettings, TenantFundingTab
from incubator_desk.ui.widgets.pipeline_board import MIME

from .test_main_window import click_sidebar, type_text


def answer_modal(qtbot, handle: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialog (opened with exec) as a person would."""
    seen: list[QDialog] = []

    def run() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(10, run)
            return
        assert isinstance(dlg, QDialog)
        seen.append(dlg)
        handle(dlg)

    QTimer.singleShot(0, run)
    return seen


def comment_and_move(text: str) -> Callable[[QDialog], None]:
    def handle(dlg: QDialog) -> None:
        assert isinstance(dlg, MoveDialog)
        dlg.comment.setPlainText(text)
        dlg.accept()

    return handle


def drag_card(page: FundingPage, app_id: int, to: S) -> None:
    """Drop a card on a column the way Qt delivers a drop from another column."""
    version = fs.application(page.db, app_id).version
    view = page.board.views[to]
    mime = QMimeData()
    mime.setData(MIME, f"{app_id}:{version}".encode())
    pos = QPoint(20, 20)
    enter = QDragEnterEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view.viewport(), drop)


def status_of(db: Database, app_id: int) -> S:
    return fs.application(db, app_id).status


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_draft_to_disbursement_in_the_window(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    opened: list[Path] = []
    monkeypatch.setattr(application_tabs, "open_path", lambda p: opened.append(p) or True)

    click_sidebar(qtbot, window, "funding")
    page = window.current_page()
    assert isinstance(page, FundingPage)

    # A new fund, through its dialog.
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.funds_tab.new_fund, Qt.MouseButton.LeftButton)
    fund_dlg = page.findChildren(QDialog)[-1]
    type_text(qtbot, fund_dlg.name, "南山种子基金")
    type_text(qtbot, fund_dlg.size_edit, "3,000,000")
    type_text(qtbot, fund_dlg.cap, "1000000")
    qtbot.mouseClick(fund_dlg.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert fund_dlg.result() == QDialog.DialogCode.Accepted, fund_dlg.error.text()
    fund = next(f for f in fs.funds(demo_db) if f.name == "南山种子基金")
    funds = page.funds_tab.model
    assert funds.index(funds.index_of(fund), 6).data() == "¥3,000,000.00"

    # The application.
    choice = tenant_choices(demo_db, open_only=False)[5]
    tenant_id, tenant_name = choice.id, choice.name
    page.fund_filter.setCurrentIndex(page.fund_filter.findData(fund.id))
    page.refresh()
    qtbot.mouseClick(page.new_app, Qt.MouseButton.LeftButton)
    dlg = page.findChildren(ApplicationDialog)[-1]
    details = dlg.details
    assert details.fund.currentData() == fund.id
    details.tenant.setCurrentIndex(details.tenant.findData(tenant_id))
    type_text(qtbot, details.amount, "1200000")  # above the cap: refused next to the field
    type_text(qtbot, details.pre_money, "9000000")
    qtbot.mouseClick(details.save, Qt.MouseButton.LeftButton)
    assert "per-deal cap" in details.error.text() and dlg.app_id is None
    assert "border" in details.amount.styleSheet()
    details.amount.clear()
    type_text(qtbot, details.amount, "1000000")
    qtbot.mouseClick(details.save, Qt.MouseButton.LeftButton)
    app_id = dlg.app_id
    assert app_id is not None and status_of(demo_db, app_id) is S.DRAFT
    assert details.stake.text() == "10.00"
    dlg.close()

    # Attach the business plan (a Chinese file name with a space) and open it.
    plan = tmp_path / "商业 计划书.pdf"
    plan.write_bytes(b"%PDF plan")
    monkeypatch.setattr(messages, "open_file", lambda *a: str(plan))
    dlg = page.open_application(app_id)
    dlg.tabs.setCurrentIndex(4)
    docs = dlg.documents
    qtbot.mouseClick(docs.attach, Qt.MouseButton.LeftButton)  # copied in the background
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1 and docs.attach.isEnabled())
    assert docs.model.index(0, 5).data() == "On disk"
    docs.view.selectRow(0)
    qtbot.mouseClick(docs.open_doc, Qt.MouseButton.LeftButton)  # checked in the background
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes() == b"%PDF plan"
    dlg.close()

    # Moves: dragged on the board, then by the Move menu.
    page.tabs.setCurrentIndex(0)
    answer_modal(qtbot, comment_and_move("材料齐全"))
    drag_card(page, app_id, S.SUBMITTED)
    assert status_of(demo_db, app_id) is S.SUBMITTED
    # An invalid drop is refused with the allowed moves, and nothing changes.
    drag_card(page, app_id, S.DISBURSED)
    assert "Allowed from here: Screening, Withdrawn" in errors[-1]
    assert status_of(demo_db, app_id) is S.SUBMITTED
    for to in (S.SCREENING, S.DUE_DILIGENCE, S.COMMITTEE):
        page.board.select(app_id)
        action = next(a for a in page.move_menu.actions() if a.text() == label(to))
        answer_modal(qtbot, comment_and_move(f"→ {to.value}"))
        action.trigger()
        assert status_of(demo_db, app_id) is to, errors

    # Three reviewers, one with a conflict of interest.
    dlg = page.open_application(app_id)
    dlg.tabs.setCurrentIndex(1)
    for name, scores, conflict in (
        ("周明远", (4, 4, 4, 4, 4), False),
        ("林晓峰", (2, 3, 4, 4, 4), False),
        ("陈思涵", (5, 5, 5, 5, 5), True),
    ):

        def review(d: QDialog, name=name, scores=scores, conflict=conflict) -> None:
            assert isinstance(d, ReviewDialog)
            type_text(qtbot, d.reviewer, name)
            d.conflict.setChecked(conflict)
            for spin, value in zip(d.scores.values(), scores, strict=True):
                spin.setValue(value)
            d.save()

        answer_modal(qtbot, review)
        qtbot.mouseClick(dlg.reviews.add_review, Qt.MouseButton.LeftButton)
    assert dlg.reviews.model.rowCount() == 3
    assert "3.58 from 2 reviewer(s); spread 0.85" in dlg.reviews.summary.text()
    assert "1 reviewer(s) with a conflict of interest" in dlg.reviews.summary.text()
    dlg.close()
    page.refresh()
    page.tabs.setCurrentIndex(1)
    row = next(r for r, c in enumerate(page.list_model.cards) if c.id == app_id)
    assert page.list_model.index(row, 6).data() == "3.58"
    page.list.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by score, in the database
    scores = [c.score for c in page.list_model.cards if c.score is not None]
    assert scores == sorted(scores, reverse=True)
    page.tabs.setCurrentIndex(0)

    # The committee: dragging the card to Approved asks for the decision.
    def committee(d: QDialog) -> None:
        assert isinstance(d, CommitteeDialog), type(d)
        type_text(qtbot, d.members, "甲, 乙, 丙")
        d.votes_for.setValue(2)
        d.votes_against.setValue(1)
        d.amount.setText("900,000")
        d.conditions.setPlainText("分两期拨付")
        d.save()
        assert d.result() == QDialog.DialogCode.Accepted, d.error.text()

    seen = answer_modal(qtbot, committee)
    drag_card(page, app_id, S.APPROVED)
    assert seen, "no committee dialog"
    assert status_of(demo_db, app_id) is S.APPROVED, (errors, seen[0].error.text())
    answer_modal(qtbot, comment_and_move("协议已签"))
    page.move_card(app_id, fs.application(demo_db, app_id).version, S.AGREEMENT_SIGNED)

    # A tranche paid at once moves the application to Disbursed.
    dlg = page.open_application(app_id)
    dlg.tabs.setCurrentIndex(3)

    def tranche(d: QDialog) -> None:
        assert isinstance(d, TrancheDialog)
        d.amount.setText("600000")
        type_text(qtbot, d.milestone, "签约后首期")
        d.paid.setChecked(True)
        d.save()

    answer_modal(qtbot, tranche)
    qtbot.mouseClick(dlg.tranches.add_tranche, Qt.MouseButton.LeftButton)
    assert status_of(demo_db, app_id) is S.DISBURSED
    assert "paid ¥600,000.00" in dlg.tranches.money_summary.text()
    assert dlg.history.count() == 8
    dlg.close()

    # The same money everywhere.
    page.refresh()
    row = next(i for i, f in enumerate(funds.rows()) if f.id == fund.id)
    assert funds.index(row, 4).data() == "¥900,000.00"  # committed
    assert funds.index(row, 5).data() == "¥600,000.00"  # disbursed
    assert funds.index(row, 6).data() == "¥2,100,000.00"  # available
    total = fs.cumulative_investment(demo_db, tenant_id)
    assert total.from_funds == Decimal(600_000)
    tab = TenantFundingTab(demo_db, tenant_id)
    qtbot.addWidget(tab)
    assert f"¥{total.total:,.2f}" in tab.total.text()
    assert f"¥{Decimal(600_000):,.2f}" in tab.total.text()
    apps, paid = tab.apps_model, tab.paid_model
    mine = next(r for r in range(apps.rowCount()) if apps.index(r, 0).data() == str(app_id))
    assert apps.index(mine, 5).data() == "¥600,000.00"
    assert any(paid.index(r, 3).data() == "¥600,000.00" for r in range(paid.rowCount()))
    assert TenantFundingTab.tab_title() == "Funding"
    # The graduation rule "cumulative investment over ¥5,000,000" reads the same figure.
    graduation = pytest.importorskip("incubator_desk.services.graduation")
    result = graduation.evaluate(demo_db, tenant_id)
    criterion = next(c for c in result.criteria if c.key == "investment")
    assert criterion.figure == total.total
    del tenant_name


def test_rubric_settings_section(qtbot, demo_db: Database) -> None:
    section = FundingSettings(demo_db)
    qtbot.addWidget(section)
    assert section.table.rowCount() == 5
    qtbot.mouseClick(section.add, Qt.MouseButton.LeftButton)
    section.table.item(5, 0).setText("ip")
    section.table.item(5, 1).setText("IP")
    section.table.item(5, 2).setText("知识产权")
    section.table.item(5, 3).setText("0")
    assert not section.save_rubric()
    assert "weight" in section.error.text()
    section.table.item(5, 3).setText("5")
    assert section.save_rubric()
    r, _v = fs.rubric(demo_db)
    assert [c.key for c in r.criteria][-1] == "ip" and r.criteria[-1].weight == 5
    assert isinstance(section, QWidget)


def test_funding_tables_pass_the_model_tester(qtbot, qtmodeltester, demo_db: Database) -> None:
    """Every table of the funding window, filled from the demo, is a well-behaved model."""
    page = FundingPage(demo_db)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.funnel_tab)  # the funnel is figured when it is shown
    stages = page.funnel_tab.stages_model
    assert [stages.index(r, 0).data() for r in range(stages.rowCount())][-2:] == [
        label(S.REJECTED),
        label(S.WITHDRAWN),
    ]
    assert page.funnel_tab.funds_model.rowCount() == len(fs.funds(demo_db)) > 0
    disbursed = fs.cards(demo_db, status=S.DISBURSED, limit=1)[0]
    detail = fs.application(demo_db, disbursed.id)
    dlg = ApplicationDialog(demo_db, disbursed.id)
    qtbot.addWidget(dlg)
    assert dlg.tranches.model.rowCount() == len(detail.tranches) > 0
    tab = TenantFundingTab(demo_db, detail.data.tenant_id)
    qtbot.addWidget(tab)
    models = [
        page.list_model, page.funds_tab.model, stages, page.funnel_tab.funds_model,
        dlg.reviews.model, dlg.committee.model, dlg.tranches.model, dlg.documents.model,
        tab.apps_model, tab.paid_model, tab.outside_model, *page.board.models.values(),
    ]  # fmt: skip
    for model in models:
        qtmodeltester.check(model)
