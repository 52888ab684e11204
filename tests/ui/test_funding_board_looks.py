"""What the pipeline board and an application's dialog show a fund manager: columns in the order
an application goes, approved money on approved cards, dates (not ages) on finished stages,
no valuation for a loan, and a warning when a weighted score leaves criteria out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from incubator_desk.core.vocabularies import ApplicationStatus as S
from incubator_desk.core.vocabularies import Instrument
from incubator_desk.db import Database
from incubator_desk.services import funding as fs
from incubator_desk.ui.dialogs.application_dialog import ApplicationDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.funding import FundingPage
from incubator_desk.ui.widgets.pipeline_board import CARD_ROLE, CardDelegate, card_texts

from .test_main_window import click_sidebar


def funding_page(qtbot, window: MainWindow) -> FundingPage:
    click_sidebar(qtbot, window, "funding")
    page = window.current_page()
    assert isinstance(page, FundingPage)
    return page


def test_columns_run_as_an_application_goes_with_the_ways_out_last(
    qtbot, window: MainWindow
) -> None:
    page = funding_page(qtbot, window)
    order = list(page.board.headers)
    assert order[-2:] == [S.REJECTED, S.WITHDRAWN]
    assert order.index(S.APPROVED) + 1 == order.index(S.AGREEMENT_SIGNED)
    # Each column's list is named for a screen reader by its stage and count.
    assert page.board.views[S.REJECTED].accessibleName().startswith("Rejected (")


def _card(status: S, **kw: object) -> fs.Card:
    base = fs.Card(
        id=1,
        version=1,
        tenant="深圳云帆科技有限公司",
        fund="孵化贷",
        amount=Decimal("3000000"),
        approved=Decimal("1800000"),
        status=status,
        status_since=dt.datetime(2022, 12, 22, 19, 54, tzinfo=dt.UTC),
        score=Decimal("3.37"),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def test_a_disbursed_card_shows_the_approved_amount_and_the_date_it_got_there() -> None:
    amount, score, when = card_texts(_card(S.DISBURSED), dt.date(2026, 12, 1))
    assert amount == "¥1,800,000.00 approved"
    assert score == "★ 3.37"
    assert when == "2022-12-23"  # the park's day (UTC+8), not 1438 days


def test_an_open_card_shows_the_request_and_its_days_in_the_stage() -> None:
    card = _card(S.DUE_DILIGENCE, approved=None, score=None)
    amount, score, when = card_texts(card, dt.date(2022, 12, 31))
    assert (amount, score, when) == ("¥3,000,000.00", "★ —", "8 days")


def test_cards_in_a_narrow_column_draw_each_line_apart(qtbot, window: MainWindow) -> None:
    """Four lines of text: the amount is never drawn over the score."""
    page = funding_page(qtbot, window)
    view = next(v for v in page.board.views.values() if v.model().rowCount())
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    index = view.model().index(0, 0)
    rect = view.visualRect(index)
    assert rect.height() >= 4 * view.fontMetrics().height()
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(CARD_ROLE).tenant in tip and "¥" in tip


def test_a_loan_application_has_no_valuation_or_stake(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = funding_page(qtbot, window)
    dlg = page.new_application()
    qtbot.addWidget(dlg)
    details = dlg.details
    details.instrument.setCurrentIndex(details.instrument.findData(Instrument.LOAN.value))
    assert not details.pre_money.isVisibleTo(dlg)
    assert not details.stake.isVisibleTo(dlg)
    details.instrument.setCurrentIndex(details.instrument.findData(Instrument.EQUITY.value))
    assert details.pre_money.isVisibleTo(dlg)
    assert details.stake.isVisibleTo(dlg)


def test_a_weighted_score_from_some_criteria_only_is_flagged(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    app_id = next(c.id for c in fs.cards(demo_db) if c.status not in fs.ENDED)
    fs.save_review(demo_db, app_id, "王评审", {c.key: 4 for c in fs.rubric(demo_db)[0].criteria})
    rubric, version = fs.rubric(demo_db)
    extra = fs.Criterion("esg", "ESG", "环境与社会", Decimal("1"))
    fs.save_rubric(
        demo_db, dataclasses.replace(rubric, criteria=(*rubric.criteria, extra)), version
    )

    page = funding_page(qtbot, window)
    dlg = page.open_application(app_id)
    qtbot.addWidget(dlg)
    reviews = dlg.reviews
    dlg.tabs.setCurrentWidget(reviews)
    assert reviews.warning.isVisibleTo(dlg)
    assert "leave criteria unscored" in reviews.warning.text()
    column = next(
        i
        for i in range(reviews.model.columnCount())
        if reviews.model.headerData(i, Qt.Orientation.Horizontal) == "Criteria scored"
    )
    row = next(
        r for r in range(reviews.model.rowCount()) if reviews.model.row_at(
            reviews.model.index(r, 0)).reviewer == "王评审"
    )  # fmt: skip
    total = len(rubric.criteria) + 1
    assert reviews.model.index(row, column).data() == f"{total - 1} of {total} ⚠"

    # The board's card says so too, next to its score.
    dlg.close()
    page.refresh()
    card = next(c for c in fs.cards(demo_db) if c.id == app_id)
    by_score = next(c for c in fs.cards(demo_db, order="score") if c.id == app_id)
    assert card.partial_score and by_score.partial_score
    _amount, score, _when = card_texts(card, dt.date.today())
    assert score.endswith("⚠")


def test_the_stage_line_of_an_application_gives_a_date_not_a_clock_time(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    app_id = fs.cards(demo_db)[0].id
    page = funding_page(qtbot, window)
    dlg = page.open_application(app_id)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, ApplicationDialog)
    since = dlg.header.text().rsplit(" since ", 1)[1]
    dt.date.fromisoformat(since)  # a plain date: no hours and minutes


def test_the_list_gives_dates_and_no_age_for_finished_stages(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    page = funding_page(qtbot, window)
    page.tabs.setCurrentWidget(page.list)
    model = page.list_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    seen = set()
    for row in range(model.rowCount()):
        card = model.card_at(model.index(row, 0))
        assert card is not None
        days, since = model.index(row, 7).data(), model.index(row, 8).data()
        dt.date.fromisoformat(since)  # a date, not a clock time
        if card.status in fs.FINISHED:
            assert days == ""
            seen.add("finished")
        else:
            assert int(days) >= 0
            seen.add("open")
    assert "finished" in seen
