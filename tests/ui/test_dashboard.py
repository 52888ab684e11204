"""The dashboard paints at once and fills its figures from a background task; a card's list is
read when the card is opened."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from incubator_desk.db import Database
from incubator_desk.services import dashboard_figures as figs
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.ui.pages import dashboard as page_module
from incubator_desk.ui.pages.dashboard import DashboardPage
from incubator_desk.ui.toolkit import Task, TaskContext


def test_figures_are_counted_off_the_ui_thread_and_filled_in(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    threads: list[threading.Thread] = []
    real = figs.figures

    def counted(reader: Any, on: Any = None) -> figs.Dashboard:
        threads.append(threading.current_thread())
        return real(reader, on)

    monkeypatch.setattr(page_module.figs, "figures", counted)
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
    monkeypatch.undo()

    expected = reporting.dashboard(demo_db)
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
    assert counted == int(card.value.text().replace(",", ""))
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


def test_the_window_starts_on_figures_read_from_the_file(qtbot, demo_db: Database) -> None:
    """Before the database is open the Dashboard shows the file's figures; once it is open the
    page keeps them, and what was clicked meanwhile (a card, another page) opens then."""
    from incubator_desk.app import build_window, make_application
    from incubator_desk.db.direct import open_current_sqlite
    from incubator_desk.ui import settings

    make_application()
    settings.LAST_PAGE.set("dashboard")
    path = demo_db.location.sqlite_path
    reader = open_current_sqlite(str(path))
    assert reader is not None
    page = DashboardPage(None, reader=reader)
    window = build_window()
    qtbot.addWidget(window)
    window.show_first_figures(page)
    window.show()
    assert window.current_page() is page and not page.has_database()
    with qtbot.waitSignal(page.filled, timeout=10000):
        pass
    expected = reporting.dashboard(demo_db)
    assert page.cards["tenants"].value.text() == f"{expected.figures.active_tenants:,}"
    assert page.cards["candidates"].value.text() == f"{grad.summary(demo_db).candidates:,}"
    # clicked while the database is being opened
    assert page.open_list("candidates") is None and page.dialog is None
    window.sidebar.setCurrentRow(1)  # Tenants
    assert window.current_page() is page

    window.attach_database(demo_db)
    assert page.db is demo_db and not page.is_filling()  # the figures read are kept
    assert window.current_page() is window.page("tenants")
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.model.rowCount() == grad.summary(demo_db).candidates
    dialog.close()
    page.refresh()  # from now on through the open database
    with qtbot.waitSignal(page.filled, timeout=10000):
        pass
    assert page.cards["tenants"].value.text() == f"{expected.figures.active_tenants:,}"


START = """
import sys
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec
def _report():
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "pages"))
    page = window.current_page()
    print(f"{'sqlalchemy' in sys.modules},{window.db is not None}")
    print("|".join(f"{k}={c.value.text()}" for k, c in sorted(page.cards.items())))
def _exec_and_report(*args):
    QApplication.instance().aboutToQuit.connect(_report)
    return _exec()
QApplication.exec = _exec_and_report
from incubator_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_start_up_shows_the_figures_before_loading_the_database_layer(
    demo_db: Database, tmp_path: Path
) -> None:
    """`incubator-desk --db FILE` fills the Dashboard from the file without SQLAlchemy or the
    models; "ready" waits for the database too. The figures are those of the database."""
    path = str(demo_db.location.sqlite_path)
    expected = reporting.dashboard(demo_db)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        INCUBATOR_DESK_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = {}
    for mode in ("loaded", "ready"):
        result = subprocess.run(
            [sys.executable, "-c", START, "--db", path],
            capture_output=True,
            text=True,
            env=dict(env, INCUBATOR_DESK_EXIT_AFTER_SHOW=mode),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        flags, cards = result.stdout.split()
        out[mode] = (flags, dict(c.split("=", 1) for c in cards.split("|")))
    assert out["loaded"][0] == "False,False"  # nothing of the database layer yet
    assert out["ready"][0] == "True,True"
    for mode in ("loaded", "ready"):
        cards = out[mode][1]
        assert cards["tenants"] == f"{expected.figures.active_tenants:,}"
        assert cards["missing"] == f"{expected.missing:,}"
        assert cards["candidates"] == f"{grad.summary(demo_db).candidates:,}"


def test_readings_started_before_the_window_are_taken_not_read_again(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    """`incubator-desk` starts the card readings before Qt's widgets load; the Dashboard then
    shows what they read instead of reading again."""
    from incubator_desk.ui import first_figures, settings

    expected = reporting.dashboard(demo_db)
    candidates = grad.summary(demo_db).candidates
    settings.LAST_PAGE.set("dashboard")
    early = first_figures.start(str(demo_db.location.sqlite_path))
    assert early is not None and set(early.readings) == {"figures", "graduation", "money"}

    def again(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("read again")

    for name in ("figures", "graduation_counts", "overdue_money"):
        monkeypatch.setattr(figs, name, again)
    page = DashboardPage(None, reader=early.reader, started=early.readings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10000):
        pass
    assert page.cards["tenants"].value.text() == f"{expected.figures.active_tenants:,}"
    assert page.cards["candidates"].value.text() == f"{candidates:,}"
    assert page.cards["missing"].value.text() == f"{expected.missing:,}"


def test_readings_start_early_only_for_the_dashboard_of_a_file(
    demo_db: Database, monkeypatch
) -> None:
    from incubator_desk.ui import first_figures, settings

    path = str(demo_db.location.sqlite_path)
    settings.LAST_PAGE.set("tenants")  # the window opens on another page
    assert first_figures.start(path) is None
    settings.LAST_PAGE.set("dashboard")
    assert first_figures.start(path, demo=True) is None  # the demo is made first
    assert first_figures.start("postgresql://someone@server/park") is None
    monkeypatch.setenv(first_figures.EXIT_AFTER_SHOW_ENV, "shown")
    assert first_figures.start(path) is None
    monkeypatch.setenv(first_figures.EXIT_AFTER_SHOW_ENV, "loaded")
    early = first_figures.start(path)
    assert early is not None
    assert early.readings["money"].result() is not None


def test_large_counts_are_shown_with_thousands_separated(qtbot, demo_db: Database) -> None:
    from incubator_desk.core.vocabularies import Stage

    page = DashboardPage(demo_db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10000):
        pass
    assert page._dash is not None
    many = {stage: 12_345 for stage in page._dash.figures.tenants_by_stage}
    page._dash = dataclasses.replace(
        page._dash, figures=dataclasses.replace(page._dash.figures, tenants_by_stage=many)
    )
    page.retranslate()
    tenants = page.cards["tenants"]
    assert tenants.value.text() == "37,035"  # the three stages in incubation
    assert "12,345" in tenants.detail.text() and "12345" not in tenants.detail.text()
    assert Stage.GRADUATED in many
