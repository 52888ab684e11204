"""The self-assessment of a year: each level reached or not, each criterion with its
threshold and source, the incubator's value, met or not, and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.i18n import QT_TRANSLATE_NOOP
from ....db import Database
from ....services import statistics
from ...toolkit import Column, RowsModel, Task, rows_view, run_task

MET_COLOURS = {True: QColor("#1a7f37"), False: QColor("#cf222e"), None: QColor("#6e7781")}


VERDICTS = {
    True: QT_TRANSLATE_NOOP("AssessmentView", "reached"),
    False: QT_TRANSLATE_NOOP("AssessmentView", "not reached"),
    None: QT_TRANSLATE_NOOP("AssessmentView", "not known yet"),
}


SHORT_LEVELS = {
    statistics.Level.NATIONAL_2018: QT_TRANSLATE_NOOP("AssessmentView", "National (2018)"),
    statistics.Level.MIIT_STANDARD: QT_TRANSLATE_NOOP("AssessmentView", "MIIT standard"),
    statistics.Level.MIIT_EXCELLENT: QT_TRANSLATE_NOOP("AssessmentView", "MIIT excellent"),
}


def verdict_text(reached: bool | None) -> str:
    return QCoreApplication.translate("AssessmentView", VERDICTS[reached])


def level_line(level: statistics.LevelResult) -> str:
    """ "National incubator (2018 conditions): 14 of 15 met · not reached"."""
    return (
        QCoreApplication.translate("AssessmentView", "%1: %2 of %3 met · %4")
        .replace("%1", level.name)
        .replace("%2", str(level.met))
        .replace("%3", str(len(level.results)))
        .replace("%4", verdict_text(level.reached))
    )


@dataclass(frozen=True)
class Line:
    """A row of the table: a criterion of a level."""

    level: statistics.Level
    result: statistics.CriterionResult


def evidence_text(r: statistics.CriterionResult) -> str:
    names = r.reading.tenants
    if names:
        return QCoreApplication.translate(
            "AssessmentView", "%n tenant(s): %1", "", len(names)
        ).replace("%1", "、".join(names[:4]) + ("…" if len(names) > 4 else ""))
    return r.reading.detail_text()


class AssessmentView(QWidget):
    """The self-assessment of a year, level by level; a criterion's whole evidence beside it.

    Signals:
        open_settings(): the person asked to change the thresholds or the entered figures.
    """

    open_settings = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = 0
        self.task: Task | None = None
        self.assessment: statistics.Assessment | None = None
        self.levels = QLabel()
        self.levels.setWordWrap(True)
        self.levels.setTextFormat(Qt.TextFormat.PlainText)
        self.model: RowsModel[Line] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)  # one line a criterion; the whole of it beside the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tenants = QListWidget()
        side_box.addWidget(self.detail)
        side_box.addWidget(self.tenants, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 300])
        self.settings = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.settings)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.levels)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.settings.clicked.connect(self.open_settings)
        self.retranslate()

    def _columns(self) -> list[Column[Line]]:
        return [
            Column(
                self.tr("Level"),
                lambda x: QCoreApplication.translate("AssessmentView", SHORT_LEVELS[x.level]),
                tooltip=lambda x: QCoreApplication.translate(
                    "statistics", statistics.LEVEL_NAMES[x.level]
                ),
                width=110,
            ),
            Column(
                self.tr("Criterion"),
                lambda x: x.result.name + (" *" if x.result.criterion.note else ""),
                tooltip=lambda x: x.result.criterion.source,
                width=260,
            ),
            Column(self.tr("Threshold"), lambda x: x.result.threshold_text, width=100),
            Column(self.tr("This incubator"), lambda x: x.result.value_text, right=True, width=110),
            Column(
                self.tr("Met"),
                lambda x: (
                    "—"
                    if x.result.met is None
                    else (self.tr("Yes") if x.result.met else self.tr("No"))
                ),
                foreground=lambda x: MET_COLOURS[x.result.met],
                width=50,
            ),
            Column(
                self.tr("Evidence"),
                lambda x: evidence_text(x.result),
                tooltip=lambda x: evidence_text(x.result),
            ),
        ]

    def show_year(self, year: int) -> None:
        self.year = year
        self.levels.setText(self.tr("Assessing %1…").replace("%1", str(year)))
        db = self.db
        self.task = run_task(
            lambda _ctx: statistics.assess(db, year),
            on_result=self._show,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: ServiceError) -> None:
        self.assessment = None
        self.model.set_rows([])
        self.levels.setText(str(err))

    def _show(self, a: statistics.Assessment) -> None:
        if a.year != self.year:
            return
        self.assessment = a
        self.model.set_rows([Line(lv.level, r) for lv in a.levels for r in lv.results])
        self._summarise()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _summarise(self) -> None:
        a = self.assessment
        if a is None:
            return
        lines = [
            self.tr("Self-assessment of %1 against the national levels:").replace("%1", str(a.year))
        ]
        lines += ["• " + level_line(lv) for lv in a.levels]
        lines.append(
            self.tr("* uncertain threshold: see its note. Thresholds are edited in Settings.")
        )
        self.levels.setText("\n".join(lines))

    def _show_detail(self) -> None:
        line = self.model.row_at(self.table.currentIndex())
        self.tenants.clear()
        if line is None:
            self.detail.clear()
            return
        r = line.result
        c = r.criterion
        parts = [
            r.name,
            self.tr("Threshold: %1 · this incubator: %2")
            .replace("%1", r.threshold_text)
            .replace("%2", r.value_text),
            self.tr("Source: %1").replace("%1", c.source),
        ]
        if c.group:
            parts.append(self.tr("Either this criterion or the other of its pair is enough."))
        if c.note:
            parts.append(QCoreApplication.translate("statistics", c.note))
        detail = r.reading.detail_text()
        if detail:
            parts.append(detail)
        if r.reading.tenants:
            parts.append(self.tr("The %n tenant(s) counted:", "", len(r.reading.tenants)))
        self.detail.setText("\n".join(parts))
        self.tenants.addItems(list(r.reading.tenants))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.settings.setText(self.tr("&Thresholds and figures in Settings…"))
        self._summarise()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["AssessmentView", "level_line", "verdict_text"]
