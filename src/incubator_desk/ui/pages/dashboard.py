"""Dashboard: the incubator at a glance; each card opens the list (or the page) behind it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import OPEN_STAGES, Stage
from ...db.direct import SqlReader, engine_reader
from ...services import dashboard_figures as figs
from ...services.dashboard_figures import ListRow, Overview
from .. import i18n
from ..theme import Tone
from ..toolkit import Column, RowsModel, Task, TaskContext, display, rows_view, run_task
from ..widgets.charts import BarChart, Series
from .base import Page

if TYPE_CHECKING:  # loaded once the database is open: the figures come first
    from ...db import Database
    from ...services import statistics
    from ...services.reporting import DashboardCharts


class Started(Protocol):
    """A reading already running: `result()` waits for its figures."""

    def result(self) -> object: ...


class Card(QFrame):
    """A figure with a caption and a line of detail. Clicking it emits `clicked`.

    Signals:
        clicked(): the card was clicked or activated with the keyboard.
    """

    clicked = Signal()
    _VALUE_PX = 28  # QLabel#cardValue's size in the application's style sheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        for w in (self.caption, self.value, self.detail):
            box.addWidget(w)
        box.addStretch(1)
        self.setMinimumSize(180, 100)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self._fit_value()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """The figure in the largest size (28 px down to 14) its whole text fits the card in:
        a long amount is smaller rather than cut."""
        room = self.contentsRect().width() - 24
        font = QFont(self.value.font())
        size = self._VALUE_PX
        while size > 14:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(self.value.text()) <= room:
                break
            size -= 2
        style = "" if size == self._VALUE_PX else f"font-size: {size}px;"
        if self.value.styleSheet() != style:
            self.value.setStyleSheet(style)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def cell(i: int) -> Callable[[ListRow], str]:
    return lambda row: row.cells[i] if i < len(row.cells) else ""


def list_row(row: object) -> ListRow:
    """A row of a list as the dialog shows it; a graduation row is put into words here."""
    from ...services.graduation import GraduationRow

    if isinstance(row, GraduationRow):
        months = row.months_in_incubation
        limit = "—" if months is None else f"{months} / {row.limit_months}"
        met = "; ".join(row.met_names()) or "—"
        return ListRow((row.name, row.credit_code, limit, met), row.tenant_id)
    assert isinstance(row, ListRow)
    return row


class ListDialog(QDialog):
    """The list behind a dashboard card: sortable rows; a row about a tenant opens it.

    `actions` are (button text, callback(tenant_id)) applied to the selected row's tenant.
    `rows` None: the list is being read; `set_rows` fills it.
    """

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[ListRow] | None,
        actions: Sequence[tuple[str, Callable[[int], None]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.count = QLabel()
        box.addWidget(self.count)
        self.model: RowsModel[ListRow] = RowsModel(
            [Column(text, cell(i)) for i, text in enumerate(headers)], (), self
        )
        self.table = rows_view(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.action_buttons: list[QPushButton] = []
        for text, callback in actions:
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            self.action_buttons.append(button)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if actions:
            self.table.doubleClicked.connect(lambda _i: self._run(actions[0][1]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.resize(760, 460)
        self.loaded = False
        if rows is None:
            self.count.setText(self.tr("Reading the list…"))
            self._selection_changed()
        else:
            self.set_rows(rows)

    def show_rows(self, rows: Sequence[object]) -> None:
        """The rows as read (list rows, or graduation rows put into words now)."""
        self.set_rows([list_row(r) for r in rows])

    def set_rows(self, rows: Sequence[ListRow]) -> None:
        self.model.set_rows(list(rows))
        self.count.setText(self.tr("%n row(s)", "", len(rows)))
        if rows:
            self.table.selectRow(0)
        self._selection_changed()
        self.loaded = True

    def selected_tenant(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        row = self.model.row_at(selected[0]) if selected else None
        return row.tenant_id if row is not None else None

    def _selection_changed(self) -> None:
        enabled = self.selected_tenant() is not None
        for b in self.action_buttons:
            b.setEnabled(enabled)

    def _run(self, callback: Callable[[int], None]) -> None:
        tid = self.selected_tenant()
        if tid is not None:
            self.accept()
            callback(tid)


def overdue_rows(db: Database, on: dt.date) -> list[ListRow]:
    """The tenants behind the overdue money, the most overdue first."""
    from ...services import billing

    return [
        ListRow(
            (r.tenant_name, money(r.overdue), money(r.buckets[3]), str(r.oldest_days)),
            r.tenant_id,
        )
        for r in billing.overdue_summary(db, on).rows
    ]


CARD_COLUMNS = 5
CARDS = (
    # name, page opened when there is no list behind the card
    ("tenants", "tenants"),
    ("occupancy", "spaces"),
    ("candidates", ""),
    ("overdue", ""),
    ("missing", ""),
    ("mentoring", ""),
    ("events", ""),
    ("funding", "funding"),
    ("ending", ""),
    ("overdue_money", ""),
    ("assessment", "statistics"),
)


class DashboardPage(Page):
    """The incubator at a glance. The page is built at once; its figures are counted by the
    database off the UI thread (`filled` follows), then the charts' own figures and the
    self-assessment, whose readings take longer (so they never delay the other cards:
    `charts_filled` follows); the list behind a card is read when it is opened.

    At start-up the page is shown before the database layer is loaded: built with no database
    and a `reader` of the file (db/direct.py), it reads its cards' figures from that;
    `set_database` then gives it the open database, the charts are read, and a card opened
    meanwhile opens its list.

    Signals:
        charts_filled(): the charts and the self-assessment show the last refresh's figures.
    """

    key = "dashboard"
    charts_filled = Signal()

    def __init__(
        self,
        db: Database | None,
        parent: QWidget | None = None,
        reader: SqlReader | None = None,
        started: Mapping[str, Started] | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._reader = reader
        # readings of `reader` already running (ui/first_figures.py), by name: taken once
        self._started = dict(started or {})
        self._pending_list = ""
        self.subtitle = QLabel()
        self.layout_.addWidget(self.subtitle)
        holder = QWidget()
        page = QVBoxLayout(holder)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(12)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, Card] = {}
        for i, (name, target) in enumerate(CARDS):
            card = Card()
            if name == "assessment":
                card.clicked.connect(self.open_assessment)
            elif target:
                card.clicked.connect(lambda t=target: self.open_page.emit(t))
            else:
                card.clicked.connect(lambda n=name: self.open_list(n))
            self.cards[name] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        page.addLayout(grid)
        charts = QGridLayout()
        charts.setSpacing(10)
        self.stage_chart = BarChart(horizontal=True)
        self.occupancy_chart = BarChart(horizontal=True)
        self.flow_chart = BarChart()
        self.money_chart = BarChart()
        for i, chart in enumerate(self.charts()):
            charts.addWidget(chart, i // 2, i % 2)
        page.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.layout_.addWidget(scroll, 1)
        self._dash: figs.Dashboard | None = None
        self._money: figs.OverdueMoney | None = None
        self._graduation: figs.Summary | None = None
        self._charts: DashboardCharts | None = None
        self._assessment: statistics.Assessment | None = None
        self._tasks: dict[str, Task] = {}  # the readings awaited, by what they read
        self._charts_task: Task | None = None  # the charts' reading, once the cards are in
        self._assessment_task: Task | None = None  # the self-assessment's, likewise
        self.dialog: ListDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """Count the figures again, in the background; the cards keep their values till then.
        The readings run side by side (the database counts them at once, and lets go of the
        interpreter while it does). An answer to an earlier refresh is dropped."""
        reader = self._reader if not self.has_database() else engine_reader(self.db)
        assert reader is not None, "a dashboard reads its database or a file"
        early = not self.has_database()
        title = self.tr("Dashboard")
        started, self._started = self._started, {}

        def read(name: str, job: Callable[[], object]) -> Callable[[TaskContext], object]:
            if name in started:  # already counting: wait for its figures
                job = started[name].result

            def run(_ctx: TaskContext) -> object:
                if not early:
                    return job()
                try:
                    return job()
                except sqlite3.Error:  # read again once the database is open, which says why
                    return None

            return run

        self._tasks = {
            "figures": run_task(
                read("figures", lambda: figs.figures(reader)),
                on_result=self._show_figures,
                parent=self,
                error_title=title,
            ),
            "graduation": run_task(
                read("graduation", lambda: figs.graduation_counts(reader)),
                on_result=self._show_graduation,
                parent=self,
                error_title=title,
            ),
            "money": run_task(
                read("money", lambda: figs.overdue_money(reader)),
                on_result=self._show_money,
                parent=self,
                error_title=title,
            ),
        }
        self._charts_task = None
        self._assessment_task = None
        for task in self._tasks.values():
            task.finished.connect(self._reading_ended)
        self.retranslate()

    def is_filling(self) -> bool:
        return bool(self._tasks)

    def charts_filling(self) -> bool:
        """Whether the charts or the self-assessment still wait for figures (both are read
        after the other cards', and once the database is open, so their longer readings
        never delay those)."""
        return (
            self.is_filling()
            or self._charts_task is not None
            or self._assessment_task is not None
            or not self.has_database()
        )

    def _read_charts(self) -> None:
        from ...services import reporting, statistics

        db = self.db
        title = self.tr("Dashboard")
        task = self._charts_task = run_task(
            lambda _ctx: reporting.dashboard_charts(db),
            on_result=self._show_charts,
            parent=self,
            error_title=title,
        )
        task.finished.connect(self._charts_ended)
        assessing = self._assessment_task = run_task(
            lambda _ctx: statistics.assess(db, reporting.last_complete_quarter().year),
            on_result=self._show_assessment,
            parent=self,
            error_title=title,
        )
        assessing.finished.connect(self._charts_ended)

    def set_database(self, db: Database) -> None:
        """The database, opened: figures read from its file just now are kept (the charts
        are read now)."""
        read = None not in (self._dash, self._graduation, self._money)
        kept = not self.has_database() and self._reader is not None and read
        self.db = db
        self._reader = None
        if not kept:
            self.refresh()
        elif not self.is_filling():
            self._read_charts()
        if self._pending_list:
            name, self._pending_list = self._pending_list, ""
            self.open_list(name)

    def _awaited(self, name: str) -> bool:
        """Whether the signal being handled comes from the reading `name` now awaited."""
        return self.sender() is self._tasks.get(name)

    def _show_figures(self, dash: figs.Dashboard | None) -> None:
        if self._awaited("figures") and dash is not None:
            self._dash = dash
            self.retranslate()

    def _show_graduation(self, summary: figs.Summary | None) -> None:
        if self._awaited("graduation") and summary is not None:
            self._graduation = summary
            self.retranslate()

    def _show_money(self, owed: figs.OverdueMoney | None) -> None:
        if self._awaited("money") and owed is not None:
            self._money = owed
            self.retranslate()

    def _show_charts(self, charts: DashboardCharts) -> None:
        if self.sender() is self._charts_task:
            self._charts = charts
            self.retranslate()

    def _charts_ended(self) -> None:
        sender = self.sender()
        if sender is self._charts_task:
            self._charts_task = None
        elif sender is self._assessment_task:
            self._assessment_task = None
        else:
            return
        if self._charts_task is None and self._assessment_task is None:
            self.charts_filled.emit()

    def charts(self) -> tuple[BarChart, ...]:
        return (self.stage_chart, self.occupancy_chart, self.flow_chart, self.money_chart)

    def _show_assessment(self, assessment: statistics.Assessment) -> None:
        if self.sender() is self._assessment_task:
            self._assessment = assessment
            self.retranslate()

    def _level_line(self, level: statistics.LevelResult) -> str:
        from ...services import statistics

        verdict = {True: "✓", False: "✗", None: "?"}[level.reached]
        return (
            self.tr("%1 %2: %3 of %4 met")
            .replace("%1", verdict)
            .replace(
                "%2", QCoreApplication.translate("statistics", statistics.LEVEL_NAMES[level.level])
            )
            .replace("%3", str(level.met))
            .replace("%4", str(len(level.results)))
        )

    def open_assessment(self) -> None:
        """The Statistics page, on the self-assessment."""
        self.open_page.emit("statistics")
        page = self._window_page("statistics")
        show = getattr(page, "show_assessment", None)
        if callable(show):
            show()

    def _reading_ended(self) -> None:
        """A reading ended with its figures, or with the reason shown: once every reading
        awaited has, `filled`, and the charts' figures are read."""
        ended = [name for name, task in self._tasks.items() if task is self.sender()]
        for name in ended:
            del self._tasks[name]
        if ended and not self._tasks:
            self.filled.emit()
            if self.has_database():  # else once it is open (set_database)
                self._read_charts()

    def title_text(self) -> str:
        return self.tr("Dashboard")

    # --- the lists behind the cards ---------------------------------------------------------
    def _window_page(self, key: str) -> object | None:
        win = self.window()
        page = getattr(win, "page", None)
        return page(key) if callable(page) else None

    def open_tenant(self, tenant_id: int) -> None:
        tenants = self._window_page("tenants")
        opener = getattr(tenants, "open_tenant", None)
        self.open_page.emit("tenants")
        if callable(opener):
            opener(tenant_id)

    def graduation_report(self, tenant_id: int) -> None:
        """Open the Reports page with this tenant's graduation report chosen, in Chinese."""
        reports = self._window_page("reports")
        opener = getattr(reports, "open_report", None)
        self.open_page.emit("reports")
        if callable(opener):
            opener("graduation", tenant_id, "zh")

    def open_list(self, name: str) -> ListDialog | None:
        """Open the list behind card `name`: the dialog at once, its rows when read (while
        the database is still being opened: once it is)."""
        d = self._dash
        if d is None:
            return None
        if not self.has_database():
            self._pending_list = name
            return None
        from ...services import graduation as grad
        from ...services import reporting

        on = d.on
        open_tenant = (self.tr("Open tenant"), self.open_tenant)
        report = (self.tr("Graduation report…"), self.graduation_report)
        grad_headers = [
            self.tr("Tenant"),
            self.tr("Credit code"),
            self.tr("Months / limit"),
            self.tr("Criteria met"),
        ]
        Action = tuple[str, Callable[[int], None]]
        Read = Callable[["Database"], Sequence[object]]
        specs: dict[str, tuple[str, list[str], Read, list[Action]]] = {
            "candidates": (
                self.tr("Graduation candidates"),
                grad_headers,
                lambda db: grad.candidate_rows(db, on),
                [report, open_tenant],
            ),
            "overdue": (
                self.tr("Overdue tenants"),
                grad_headers,
                lambda db: grad.overdue_rows(db, on),
                [report, open_tenant],
            ),
            "missing": (
                self.tr("Figures missing for %1").replace("%1", d.missing_quarter.label),
                [self.tr("Tenant"), self.tr("Credit code"), self.tr("Entry date")],
                lambda db: reporting.missing_figures(db, on),
                [open_tenant],
            ),
            "mentoring": (
                self.tr("Mentoring sessions this week"),
                [self.tr("When"), self.tr("Mentor"), self.tr("Topic")],
                lambda db: reporting.sessions_this_week(db, on),
                [],
            ),
            "events": (
                self.tr("Events this week"),
                [self.tr("When"), self.tr("Event"), self.tr("Registered")],
                lambda db: reporting.events_this_week(db, on),
                [],
            ),
            "ending": (
                self.tr("Allocations ending within 60 days"),
                [self.tr("Tenant"), self.tr("Space"), self.tr("Ends on")],
                lambda db: reporting.allocations_ending(db, on),
                [open_tenant],
            ),
            "overdue_money": (
                self.tr("Overdue money"),
                [
                    self.tr("Tenant"),
                    self.tr("Overdue"),
                    self.tr("Over 90 days"),
                    self.tr("Oldest (days)"),
                ],
                lambda db: overdue_rows(db, on),
                [open_tenant],
            ),
        }
        title, headers, read, actions = specs[name]
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = ListDialog(title, headers, None, actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        dialog.show()
        db = self.db
        run_task(
            lambda _ctx: read(db),
            on_result=dialog.show_rows,
            parent=self,
            error_title=title,
        )
        return dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    # --- charts --------------------------------------------------------------------------------
    def _chart_titles(self) -> None:
        counting = self.tr("Counting…")
        charts = self._charts
        partial = ""
        if charts is not None and charts.on < dt.date(charts.on.year, 12, 31):
            partial = self.tr("* %1 up to %2").replace("%1", str(charts.on.year))
            partial = partial.replace("%2", charts.on.isoformat())
        nothing = self.tr("Nothing recorded yet") if charts is not None else counting
        self.stage_chart.set_title(
            self.tr("Tenants by stage"),
            self.tr("In grey: tenants who have left the incubator"),
            self.tr("No tenants yet") if self._dash is not None else counting,
        )
        self.occupancy_chart.set_title(
            self.tr("Occupancy by floor"), self.tr("Share of lettable area let today"), nothing
        )
        self.flow_chart.set_title(
            self.tr("Tenants entering and leaving, by year"), partial, nothing
        )
        self.money_chart.set_title(self.tr("Funding approved and paid, by year"), partial, nothing)

    def _chart_stages(self, d: Overview) -> None:
        stages = (*OPEN_STAGES, Stage.GRADUATED, Stage.EXITED)
        self.stage_chart.set_data(
            [label(s) for s in stages],
            [Series(self.tr("Tenants"), [d.tenants_by_stage[s] for s in stages])],
            lambda v: f"{v:,.0f}",
            tones=[None if s in OPEN_STAGES else Tone.NEUTRAL for s in stages],
        )

    def _chart_rest(self) -> None:
        charts = self._charts
        if charts is None:
            return
        areas = charts.areas
        flows = charts.flows
        self.occupancy_chart.set_data(
            [a.name for a in areas],
            [Series(self.tr("Let"), [a.share for a in areas])],
            lambda v: f"{v:.0%}",
            track_to=1.0,
        )
        years = [f"{y}*" if y == charts.on.year else str(y) for y in charts.years]
        self.flow_chart.set_data(
            years,
            [
                Series(self.tr("Entered"), [f.entered for f in flows]),
                Series(self.tr("Graduated"), [f.graduated for f in flows]),
                Series(self.tr("Exited"), [f.exited for f in flows]),
            ],
            lambda v: f"{v:,.0f}",
        )
        self.money_chart.set_data(
            years,
            [
                Series(self.tr("Approved"), [float(m.approved) for m in charts.money]),
                Series(self.tr("Paid"), [float(m.paid) for m in charts.money]),
            ],
            lambda v: money(Decimal(str(v))),
            axis_text=self.compact_yuan,
        )

    def compact_yuan(self, value: float) -> str:
        """An axis label in yuan: 万 in Chinese, thousands and millions in English."""
        if i18n.current_language().startswith("zh"):
            return f"{value / 10_000:,.0f}万" if value else "0"
        if value >= 1_000_000:
            return f"¥{value / 1_000_000:,.1f}M".replace(".0M", "M")
        return f"¥{value / 1_000:,.0f}k" if value else "0"

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        captions = {
            "tenants": self.tr("Tenants in incubation"),
            "occupancy": self.tr("Occupancy by area"),
            "candidates": self.tr("Graduation candidates"),
            "overdue": self.tr("Overdue tenants"),
            "missing": self.tr("Figures missing"),
            "mentoring": self.tr("Mentoring this week"),
            "events": self.tr("Events this week"),
            "funding": self.tr("Open applications"),
            "ending": self.tr("Allocations ending"),
            "overdue_money": self.tr("Overdue money"),
            "assessment": self.tr("National levels (self-assessment)"),
        }
        for name, caption in captions.items():
            card = self.cards[name]
            card.caption.setText(caption)
            card.setAccessibleName(caption)
        dash = self._dash
        self._chart_titles()
        if dash is None:
            self.subtitle.setText(self.tr("Counting the figures…"))
            for card in self.cards.values():
                card.set_value("…")
            return
        d = dash.figures
        self.subtitle.setText(self.tr("Figures as of %1").replace("%1", d.on.isoformat()))
        stages = ", ".join(f"{label(s)} {d.tenants_by_stage[s]:,}" for s in OPEN_STAGES)
        done = ", ".join(
            f"{label(s)} {d.tenants_by_stage[s]:,}" for s in (Stage.GRADUATED, Stage.EXITED)
        )
        occ = d.occupancy_by_area
        pipeline = ", ".join(f"{label(s)} {n:,}" for s, n in dash.pipeline.items() if n)
        g = self._graduation
        longest = g.longest_overdue_months if g is not None else None
        entries: dict[str, tuple[str, str]] = {
            "tenants": (
                f"{d.active_tenants:,}",
                stages + "\n" + self.tr("Left the incubator: %1").replace("%1", done),
            ),
            "occupancy": (
                f"{occ:.1%}" if occ is not None else "–",
                self.tr("%1 of %2 m² let; %3 of %4 units")
                .replace("%1", display(d.occupied_area))
                .replace("%2", display(d.lettable_area))
                .replace("%3", f"{d.occupied_units:,}")
                .replace("%4", f"{d.lettable_units:,}"),
            ),
            "candidates": (
                f"{g.candidates:,}" if g is not None else "…",
                self.tr("in incubation and meeting the graduation rules"),
            ),
            "overdue": (
                f"{g.overdue:,}" if g is not None else "…",
                self.tr("past their incubation limit; longest %1 months").replace(
                    "%1", str(longest)
                )
                if longest is not None
                else self.tr("none past their incubation limit")
                if g is not None
                else "",
            ),
            "missing": (
                f"{dash.missing:,}",
                self.tr("tenants with no figures for %1").replace("%1", dash.missing_quarter.label),
            ),
            "mentoring": (
                f"{d.sessions_this_week:,}",
                self.tr("sessions; %1 active mentors").replace("%1", f"{d.mentors:,}"),
            ),
            "events": (
                f"{dash.events_this_week:,}",
                self.tr("%1 in the next 30 days").replace("%1", f"{d.events_next_30d:,}"),
            ),
            "funding": (
                f"{d.open_applications:,}",
                (pipeline + "\n" if pipeline else "")
                + self.tr("%1 funds; ¥%2 committed")
                .replace("%1", f"{d.funds:,}")
                .replace("%2", display(d.committed_amount)),
            ),
            "ending": (
                f"{d.allocations_ending_60d:,}",
                self.tr("within the next 60 days"),
            ),
        }
        owed = self._money
        if owed is not None:
            entries["overdue_money"] = (
                money(owed.total),
                self.tr(
                    "%n tenant(s) past the due date; %1 over 90 days", "", owed.tenants
                ).replace("%1", money(owed.over_90))
                if owed.tenants
                else self.tr("no bill is past its due date"),
            )
        a = self._assessment
        if a is not None:
            entries["assessment"] = (
                f"{sum(1 for lv in a.levels if lv.reached)} / {len(a.levels)}",
                self.tr("levels reached in %1").replace("%1", str(a.year))
                + "\n"
                + "\n".join(self._level_line(lv) for lv in a.levels),
            )
        for name, (value, detail) in entries.items():
            card = self.cards[name]
            card.set_value(value)
            card.detail.setText(detail)
            card.setAccessibleDescription(f"{value}; {detail}")
        self._chart_stages(d)
        self._chart_rest()
