"""The Statistics tab: mentoring hours and event attendance for a year, from `activity_stats`.

The figures are the ones the reports print; a year of sessions is read in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ....core import clock
from ....db import Database
from ....services import activity_stats as st
from ...toolkit import Column, RowsModel, Task, TaskContext, run_task
from ...widgets.row_table import row_table


@dataclass(frozen=True)
class QuarterLine:
    """One quarter: its mentoring hours and its events, side by side."""

    hours: st.QuarterHours
    events: st.QuarterEvents


@dataclass(frozen=True)
class YearFigures:
    year: int
    quarters: list[QuarterLine]
    hours: st.MentoringHours
    coverage: st.MentorCoverage


def read_figures(db: Database, year: int) -> YearFigures:
    quarters = [
        QuarterLine(h, e)
        for h, e in zip(
            st.mentoring_hours_by_quarter(db, year), st.event_attendance(db, year), strict=True
        )
    ]
    return YearFigures(year, quarters, st.mentoring_hours(db, year), st.mentor_coverage(db))


QUARTER_WIDTH = 108  # ten columns side by side on a 1280-pixel screen


def _one_decimal(value: float) -> str:
    return f"{value:,.1f}"


def _share(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "—"


class StatisticsPanel(QWidget):
    """Mentoring hours and event attendance for a year, by quarter, from `activity_stats`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.task: Task | None = None
        self._figures: YearFigures | None = None
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year_label.setBuddy(self.year)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.coverage = QLabel()
        bar.addWidget(self.coverage)
        box.addLayout(bar)
        self.quarter_model: RowsModel[QuarterLine] = RowsModel(self._quarter_columns, parent=self)
        self.quarters = row_table(self.quarter_model)
        self.quarters.setSortingEnabled(False)  # four quarters, in order
        self.quarters.setMaximumHeight(170)
        box.addWidget(self.quarters)
        lists = QHBoxLayout()
        self.service_model: RowsModel[st.HoursLine] = RowsModel(
            lambda: self._hours_columns(self.tr("Service")), parent=self
        )
        self.mentor_model: RowsModel[st.HoursLine] = RowsModel(
            lambda: self._hours_columns(self.tr("Mentor")), parent=self
        )
        self.tenant_model: RowsModel[st.HoursLine] = RowsModel(
            lambda: self._hours_columns(self.tr("Tenant")), parent=self
        )
        self.by_service = row_table(self.service_model)
        self.by_mentor = row_table(self.mentor_model)
        self.by_tenant = row_table(self.tenant_model)
        self.service_label, self.mentor_label, self.tenant_label = QLabel(), QLabel(), QLabel()
        for lab, table in (
            (self.service_label, self.by_service),
            (self.mentor_label, self.by_mentor),
            (self.tenant_label, self.by_tenant),
        ):
            col = QVBoxLayout()
            col.addWidget(lab)
            col.addWidget(table, 1)
            lists.addLayout(col, 1)
        box.addLayout(lists, 1)
        self.year.valueChanged.connect(lambda _v: self.reload())

    def _quarter_columns(self) -> list[Column[QuarterLine]]:
        def count(title: str, value: Callable[[QuarterLine], int]) -> Column[QuarterLine]:
            return Column(title, value, right=True, width=QUARTER_WIDTH)

        return [
            Column(self.tr("Quarter"), lambda q: f"{q.hours.year}Q{q.hours.quarter}", width=80),
            Column(
                self.tr("Mentoring hours"),
                lambda q: q.hours.hours,
                right=True,
                text=_one_decimal,
                width=QUARTER_WIDTH,
            ),
            count(self.tr("Sessions held"), lambda q: q.hours.sessions),
            count(self.tr("Tenants served"), lambda q: q.hours.tenants_served),
            count(self.tr("Events"), lambda q: q.events.events),
            count(self.tr("Registered"), lambda q: q.events.registered),
            count(self.tr("Attended"), lambda q: q.events.attended),
            count(self.tr("Walk-ins"), lambda q: q.events.walk_ins),
            Column(
                self.tr("Attendance rate"),
                lambda q: q.events.attendance_rate,
                right=True,
                text=_share,
                width=QUARTER_WIDTH,
            ),
            Column(
                self.tr("Average feedback"),
                lambda q: q.events.average_feedback,
                right=True,
                text=lambda v: f"{v:.1f}" if v is not None else "—",
                width=QUARTER_WIDTH,
            ),
        ]

    def _hours_columns(self, first: str) -> list[Column[st.HoursLine]]:
        return [
            Column(first, lambda h: h.name, width=190),
            Column(self.tr("Hours"), lambda h: h.hours, right=True, text=_one_decimal, width=70),
            Column(self.tr("Sessions"), lambda h: h.sessions, right=True, width=70),
        ]

    def reload(self) -> None:
        """Read the year's figures in the background; a newer request wins over an older one."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        db, year = self.db, self.year.value()

        def job(ctx: TaskContext) -> YearFigures:
            figures = read_figures(db, year)
            ctx.check()
            return figures

        self.task = run_task(
            job, on_result=self._show, parent=self, error_title=self.tr("Statistics")
        )

    def _show(self, figures: YearFigures) -> None:
        if figures.year != self.year.value():
            return  # the year was changed while these were read
        self.quarter_model.set_rows(figures.quarters)
        self.service_model.set_rows(figures.hours.by_service_type)
        self.mentor_model.set_rows(figures.hours.by_mentor)
        self.tenant_model.set_rows(figures.hours.by_tenant)
        self._figures = figures
        self._show_coverage()

    def _show_coverage(self) -> None:
        if self._figures is None:
            return
        cov = self._figures.coverage
        self.coverage.setText(
            self.tr("Today %1 of %2 tenants have an assigned mentor (%3); %4 active mentors.")
            .replace("%1", str(cov.with_mentor))
            .replace("%2", str(cov.open_tenants))
            .replace("%3", _share(cov.share))
            .replace("%4", str(cov.active_mentors))
        )

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        for model in (self.quarter_model, self.service_model, self.mentor_model, self.tenant_model):
            model.retranslate()
        self.service_label.setText(self.tr("Hours by service type (year):"))
        self.mentor_label.setText(self.tr("Hours by mentor (year):"))
        self.tenant_label.setText(self.tr("Hours by tenant (year):"))
        self._show_coverage()
