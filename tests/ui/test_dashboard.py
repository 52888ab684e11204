"""The dashboard paints at once and fills its figures from a background task; a card's list is
read when the card is opened."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from incubator_desk.db import Database
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.ui.pages import dashboard as page_module
from incubator_desk.ui.pages.dashboard import DashboardPage
from incubator_desk.ui.toolkit import Task, TaskContext


def test_figures_are_counted_off_the_ui_thread_and_filled_in(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    threads: list[threading.Thread] = []
    real = reporting.dashboard

    def counted(db: Database) -> reporting.Dashboard:
        threads.append(threading.current_thread())
        return real(db)

    monkeypatch.setattr(page_module.reporting, "dashboard", counted)
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    # built and shown before any figure is known
    assert page.is_filling()
    assert {card.value.text() for card in page.cards.values()} == {"…"}
    assert page.open_list("candidates") is None
    with qtbot.waitSignal(page.filled, timeout=10000):
        page.show()
    assert not page.is_filling()
    assert threads and threads[0] is not threading.main_thread()

    expected = real(demo_db)
    results = grad.evaluate_all(demo_db, expected.on)
    values = {name: card.value.text() for name, card in page.cards.items()}
    assert values["candidates"] == str(len(grad.candidates(results)))
    assert values["overdue"] == str(len(grad.overdue(results)))
    assert values["tenants"] == str(expected.figures.active_tenants)
    assert values["missing"] == str(expected.missing)
    assert values["events"] == str(expected.events_this_week)
    # the self-assessment, the longest reading, follows the other cards with the charts
    assert values.pop("assessment") == "…"
    assert "…" not in values.values()
    qtbot.waitUntil(lambda: not page.charts_filling(), timeout=20000)
    assert page.cards["assessment"].value.text() != "…"


def test_a_later_refresh_wins(qtbot, demo_db: Database, monkeypatch) -> None:
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_filling(), timeout=10000)
    current = page._dash
    assert current is not None
    stale = dataclasses.replace(current, missing=-1)
    real_run_task = page_module.run_task
    started: list[int] = []

    def run_task(job: Callable[[TaskContext], object], **kw: Any) -> Task:
        n = len(started)
        started.append(n)

        def first_answers_last(ctx: TaskContext) -> object:
            if n == 0:
                time.sleep(0.6)
                return stale
            return job(ctx)

        return real_run_task(first_answers_last, **kw)

    monkeypatch.setattr(page_module, "run_task", run_task)
    page.refresh()
    page.refresh()
    assert page.is_filling()
    with qtbot.waitSignal(page.filled, timeout=10000):
        pass
    assert not page.is_filling() and page._dash == current
    qtbot.wait(1000)  # the first refresh's late answer changes nothing
    assert page._dash == current and page.cards["missing"].value.text() != "-1"


def test_lists_are_read_when_a_card_is_opened(qtbot, demo_db: Database) -> None:
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_filling(), timeout=10000)
    on = page._dash.on if page._dash else None
    results = grad.evaluate_all(demo_db, on)
    expected = {
        "candidates": [g.name for g in grad.candidates(results)],
        "overdue": [g.name for g in grad.overdue(results)],
        "ending": [r.cells[0] for r in reporting.allocations_ending(demo_db, on)],
        "events": [r.cells[0] for r in reporting.events_this_week(demo_db, on)],
        "mentoring": [r.cells[0] for r in reporting.sessions_this_week(demo_db, on)],
        "missing": [r.cells[0] for r in reporting.missing_figures(demo_db, on)],
    }
    assert expected["candidates"] and expected["overdue"]
    for name, names in expected.items():
        qtbot.mouseClick(page.cards[name], Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog is not None  # open at once, its rows read in the background
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=10000)
        model = dialog.table.model()
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == names, name
        if name in ("candidates", "overdue"):
            g = next(g for g in results if g.name == names[0])
            met = "; ".join(c.name for c in g.criteria if c.enabled and c.met) or "—"
            assert model.index(0, 3).data() == met
            assert model.index(0, 2).data() == f"{g.months_in_incubation} / {g.limit_months}"
        dialog.close()

    # a list closed before its rows arrive is simply gone
    qtbot.mouseClick(page.cards["candidates"], Qt.MouseButton.LeftButton)
    assert page.dialog is not None
    page.dialog.close()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    qtbot.wait(300)


def test_tenants_in_incubation_lists_only_the_stages_it_counts(qtbot, demo_db: Database) -> None:
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.is_filling(), timeout=10000)
    card = page.cards["tenants"]
    in_incubation, left = card.detail.text().split("\n")
    counted = sum(int(part.rsplit(" ", 1)[1]) for part in in_incubation.split(", "))
    assert counted == int(card.value.text())
    assert "Graduated" not in in_incubation and "Exited" not in in_incubation
    assert left.startswith("Left the incubator: Graduated ")


def test_the_charts_are_filled_from_the_background_reading(qtbot, demo_db: Database) -> None:
    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.charts_filled, timeout=20000):
        page.show()  # the cards first, then the charts (read once the cards are in)
    assert not page.is_filling() and not page.charts_filling()
    dash = reporting.dashboard(demo_db)
    charts = reporting.dashboard_charts(demo_db, dash.on)

    stages = page.stage_chart
    assert stages.categories[-2:] == ["Graduated", "Exited"]
    assert sum(stages.series[0].values[:-2]) == dash.figures.active_tenants
    assert page.occupancy_chart.series[0].values == [a.share for a in charts.areas]
    flows = page.flow_chart
    assert flows.categories[-1] == f"{dash.on.year}*"  # this year, counted to date
    years = charts.flows
    assert [s.values for s in flows.series] == [
        [f.entered for f in years],
        [f.graduated for f in years],
        [f.exited for f in years],
    ]
    assert page.money_chart.series[1].values == [float(m.paid) for m in charts.money]
    for chart in page.charts():
        # drawn, named and described for a screen reader
        assert chart.accessibleName() and chart.accessibleDescription()
        chart.grab()
        assert chart.bars


def test_a_long_figure_is_drawn_smaller_rather_than_cut(qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    from incubator_desk.app import make_application

    make_application()  # the application's style sheet sizes the figures
    card = page_module.Card()
    qtbot.addWidget(card)
    card.resize(200, 140)
    card.show()
    card.set_value("12")
    card.value.ensurePolished()
    small = QFontMetrics(card.value.font()).height()
    card.set_value("¥148,250,000.97")
    card.value.ensurePolished()
    shown = QFontMetrics(card.value.font())
    assert shown.horizontalAdvance(card.value.text()) <= card.contentsRect().width()
    assert shown.height() < small  # drawn smaller than a short figure
    card.resize(900, 140)  # room again: the full size comes back
    card.value.ensurePolished()
    assert QFontMetrics(card.value.font()).height() == small


def test_the_self_assessment_card_speaks_the_language_switched_to(qtbot, demo_db: Database) -> None:
    from incubator_desk.ui import i18n

    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.charts_filling(), timeout=20000)
    assert "MIIT 2025: standard level" in page.cards["assessment"].detail.text()
    try:
        i18n.install("zh_CN")
        page.retranslate()
        detail = page.cards["assessment"].detail.text()
        assert "工信部2025年办法：标准级" in detail and "MIIT" not in detail
    finally:
        i18n.install("en")


def test_a_chart_of_many_bars_asks_for_a_line_of_height_per_bar(qtbot) -> None:
    from incubator_desk.ui.widgets.charts import BarChart, Series

    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    floors = [f"A栋 {n}层" for n in range(1, 13)]
    chart.set_data(floors, [Series("let", [50] * len(floors))])
    line = chart.fontMetrics().height()
    assert chart.minimumSizeHint().height() >= len(floors) * line
