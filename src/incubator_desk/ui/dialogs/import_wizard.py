"""The import window: pick a file, map its columns, see a report per row, then import or not.

Reading, checking and writing run as background tasks with a progress bar and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServiceError
from ...core.i18n import Translator
from ...db import Database
from ...services import importing as imp
from .. import messages
from ..i18n import name_language
from ..toolkit import ERROR_COLOUR, Column, RowsModel, Task, TaskContext, rows_view, run_task
from .unknown_values import UnknownValuesPanel

_outcome = Translator("import")  # the outcome names are marked in services/importing


def ro(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


@dataclass(frozen=True)
class ReportLine:
    """One line of the report: a row of the sheet, and one of its problems (or its changes)."""

    report: imp.RowReport
    column: str
    reason: str


OUTCOME_COLOURS = {
    imp.Outcome.CREATED: "#1b5e20",
    imp.Outcome.UPDATED: "#0d47a1",
    imp.Outcome.UNCHANGED: "#616161",
    imp.Outcome.REJECTED: ERROR_COLOUR,
    imp.Outcome.STALE: "#e65100",
}


class ImportDialog(QDialog):
    """Signals: imported(): rows were written."""

    imported = Signal()

    def __init__(
        self,
        db: Database,
        kind: imp.ImportKind = imp.ImportKind.TENANTS,
        path: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.sheet: imp.Sheet | None = None
        self.plan: imp.ImportPlan | None = None
        self.worker: Task | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Tenants"), imp.ImportKind.TENANTS)
        self.kind.addItem(self.tr("Quarterly figures"), imp.ImportKind.FIGURES)
        self.kind.addItem(self.tr("Statistics returns (by year)"), imp.ImportKind.RETURNS)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.path = QLineEdit(path)
        self.path.setReadOnly(True)
        self.browse = QPushButton(self.tr("&Choose file…"))
        top = QHBoxLayout()
        kind_caption = QLabel(self.tr("&Import:"))
        kind_caption.setBuddy(self.kind)
        top.addWidget(kind_caption)
        top.addWidget(self.kind)
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)

        self.file_note = QLabel()
        self.file_note.setWordWrap(True)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("First value"),
                self.tr("Read as"),
            ]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.mapping.setColumnWidth(2, 190)  # the column's choice boxes: wide enough to read
        self.recheck = QPushButton(self.tr("C&heck again with this mapping"))
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_title = QLabel(self.tr("Columns"))
        self.map_title.setStyleSheet("font-weight: bold;")
        map_layout.addWidget(self.map_title)
        map_layout.addWidget(self.mapping, 1)
        map_layout.addWidget(self.recheck)
        # Values not in their lists: add, match to an entry, or leave the rows out.
        self.values = UnknownValuesPanel(db)
        self.values.setVisible(False)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(map_box)
        left.addWidget(self.values)
        left.setSizes([380, 260])
        self._recheck_soon = QTimer(self)
        self._recheck_soon.setSingleShot(True)
        self._recheck_soon.setInterval(250)
        self._recheck_soon.timeout.connect(self._recheck)
        self.values.changed.connect(self._recheck_soon.start)

        self.report_model: RowsModel[ReportLine] = RowsModel(self._report_columns, parent=self)
        self.report = rows_view(self.report_model)
        self.report.setWordWrap(True)
        self.only_rejected = QCheckBox(self.tr("Show only &rejected rows"))
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.report_title = QLabel(self.tr("Report per row (nothing is written yet)"))
        self.report_title.setStyleSheet("font-weight: bold;")
        head.addWidget(self.report_title, 1)
        head.addWidget(self.only_rejected)
        report_layout.addLayout(head)
        report_layout.addWidget(self.report, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        report_layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(report_box)
        split.setSizes([460, 680])

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        self.run = QPushButton()
        self.run.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel)
        bottom.addStretch(0)
        bottom.addWidget(self.run)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_note)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.browse.clicked.connect(self._choose)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recheck.clicked.connect(self._recheck)
        self.only_rejected.toggled.connect(self._fill_report)
        self.cancel.clicked.connect(self._cancel)
        self.run.clicked.connect(self._import)
        self.close_button.clicked.connect(self.reject)
        self.resize(1160, 680)
        self._set_plan(None)
        if path:
            self.load(path)

    # --- flow -----------------------------------------------------------------------------------
    def current_kind(self) -> imp.ImportKind:
        return imp.ImportKind(self.kind.currentData())

    def _choose(self) -> None:
        path = messages.open_file(
            self,
            self.tr("Choose a sheet to import"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if path:
            self.load(path)

    def _kind_changed(self) -> None:
        if self.path.text():
            self.load(self.path.text())

    def load(self, path: str) -> None:
        self.path.setText(path)
        kind = self.current_kind()
        self._set_plan(None)
        self.values.reset()

        def job(ctx: TaskContext) -> tuple[imp.Sheet, imp.ImportPlan]:
            sheet = imp.read_sheet(path, kind)
            return sheet, imp.plan_import(
                self.db,
                kind,
                sheet,
                progress=ctx.report_progress,
                cancelled=ctx.cancelled,
                unknown=imp.Unknown.ADD,
            )

        self._start(job, self._planned)

    def _recheck(self) -> None:
        if self.sheet is None:
            return
        if self.worker is not None:  # a check under way: check again when it ends
            self._recheck_soon.start()
            return
        sheet, kind, mapping = self.sheet, self.current_kind(), self.current_mapping()
        choices = self.values.choices()

        def job(ctx: TaskContext) -> tuple[imp.Sheet, imp.ImportPlan]:
            return sheet, imp.plan_import(
                self.db,
                kind,
                sheet,
                mapping,
                progress=ctx.report_progress,
                cancelled=ctx.cancelled,
                unknown=imp.Unknown.ADD,
                choices=choices,
            )

        self._start(job, self._planned)

    def _import(self) -> None:
        plan = self.plan
        if plan is None or not plan.writable:
            return

        # The import decides itself where it can stop (it writes in one transaction).
        def job(ctx: TaskContext) -> Any:
            return imp.apply_import(
                self.db, plan, progress=ctx.report_progress, cancelled=ctx.cancelled
            )

        self._start(job, self._written)

    def _start(self, job: Callable[[TaskContext], Any], on_done: Callable[[Any], None]) -> None:
        self.worker = run_task(
            job,
            on_result=on_done,
            on_progress=self._progress,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            cancelled_by=(imp.ImportCancelled,),
            parent=self,
        )
        self.worker.finished.connect(self._ended)
        self._busy(True)

    def _ended(self) -> None:
        self.worker = None
        self._busy(False)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        self.cancel.setVisible(on)
        self.cancel.setEnabled(on)
        for w in (self.browse, self.kind, self.recheck, self.run, self.mapping, self.values):
            w.setEnabled(not on)
        if not on:
            self._enable()

    def _progress(self, done: int, of: int) -> None:
        self.progress.setRange(0, max(of, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel.setEnabled(False)

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Cancelled: nothing was written."))

    def _failed(self, err: ServiceError) -> None:
        self.file_note.setText(str(err))
        self.file_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        messages.error(self, self.tr("Import"), str(err))

    def _planned(self, result: tuple[imp.Sheet, imp.ImportPlan]) -> None:
        sheet, plan = result
        self.sheet = sheet
        self._set_plan(plan)

    def _written(self, counts: Any) -> None:
        plan = self.plan
        self.imported.emit()
        added = plan.additions() if plan is not None else {}
        c = counts
        text = self.tr(
            "Imported: {created} created, {updated} updated. "
            "{rejected} rejected rows were left out.",
        ).format(
            created=c[imp.Outcome.CREATED],
            updated=c[imp.Outcome.UPDATED],
            rejected=c[imp.Outcome.REJECTED],
        )
        if added:
            comma = "、" if name_language() == "zh" else ", "
            names = comma.join(n for values in added.values() for n in values)
            text += " " + self.tr("Added to the lists: %1.").replace("%1", names)
        stale = c[imp.Outcome.STALE]
        if stale:
            text += " " + self.tr(
                "%n row(s) were left as they are: someone changed those records after the "
                "preview. They are marked in the list; import the file again to update them.",
                None,
                stale,
            )
            self._fill_report()
        self.summary.setText(text)
        self.plan = None
        self.values.show_values([])
        self.run.setEnabled(False)
        messages.info(self, self.tr("Import"), text)
        if plan is not None and c[imp.Outcome.REJECTED] == 0 and not stale:
            self.accept()

    # --- showing ----------------------------------------------------------------------------------
    def _set_plan(self, plan: imp.ImportPlan | None) -> None:
        self.plan = plan
        self.file_note.setStyleSheet("")
        if plan is None:
            self.file_note.setText(
                self.tr(
                    "Choose an .xlsx or .csv file (UTF-8 or GBK). Headers in Chinese or English "
                    "are recognised; a title row above them is fine. Nothing is written until you "
                    "press Import.",
                )
            )
            self.mapping.setRowCount(0)
            self.report_model.set_rows([])
            self.summary.clear()
            self._enable()
            return
        sheet = plan.sheet
        enc = f", {sheet.encoding.upper()}" if sheet.encoding else ""
        self.file_note.setText(
            self.tr("“{name}”{enc}: header in row {row}, {rows} data rows.").format(
                name=sheet.path.name, enc=enc, row=sheet.header_row, rows=len(plan.reports)
            )
        )
        self._fill_mapping(plan)
        self.values.show_values(plan.unknown)
        self._fill_report()
        c = plan.counts()
        self.summary.setText(
            self.tr(
                "{created} to create, {updated} to update, {unchanged} unchanged, "
                "{rejected} rejected",
            ).format(
                created=c[imp.Outcome.CREATED],
                updated=c[imp.Outcome.UPDATED],
                unchanged=c[imp.Outcome.UNCHANGED],
                rejected=c[imp.Outcome.REJECTED],
            )
        )
        self._enable()

    def _enable(self) -> None:
        plan = self.plan
        n = plan.writable if plan is not None else 0
        self.run.setText(self.tr("&Import %n valid row(s)", None, n) if n else self.tr("&Import"))
        self.run.setEnabled(n > 0)
        self.recheck.setEnabled(self.sheet is not None and plan is not None)

    def _fill_mapping(self, plan: imp.ImportPlan) -> None:
        sheet = plan.sheet
        specs = imp.COLUMNS[plan.kind]
        self.mapping.setRowCount(len(sheet.headers))
        first = next((r for r in sheet.rows if any(c not in (None, "") for c in r)), [])
        for i, header in enumerate(sheet.headers):
            head_item = ro(header or self.tr("(no header)"))
            self.mapping.setItem(i, 0, head_item)
            sample = first[i] if i < len(first) else None
            self.mapping.setItem(i, 1, ro("" if sample is None else str(sample)[:40]))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for spec in specs:
                combo.addItem(f"{spec.zh} / {spec.key}", spec.key)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(i, "")), 0))
            if i not in plan.mapping:
                head_item.setForeground(QBrush(QColor("#8a6d00")))
                head_item.setToolTip(self.tr("Not recognised: choose what it holds."))
            self.mapping.setCellWidget(i, 2, combo)

    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[i] = combo.currentData()
        return mapping

    def _report_columns(self) -> list[Column[ReportLine]]:
        return [
            Column(self.tr("Row"), lambda line: line.report.row, right=True),
            Column(
                self.tr("Result"),
                lambda line: _outcome(imp.OUTCOME_LABELS[line.report.outcome]),
                foreground=lambda line: QBrush(QColor(OUTCOME_COLOURS[line.report.outcome])),
            ),
            Column(self.tr("Tenant"), lambda line: line.report.label, width=220),
            Column(self.tr("Column"), lambda line: line.column),
            Column(self.tr("Reason"), lambda line: line.reason, tooltip=lambda line: line.reason),
        ]

    def _fill_report(self) -> None:
        plan = self.plan
        if plan is None:
            return
        lines: list[ReportLine] = []
        for r in plan.reports:
            if self.only_rejected.isChecked() and r.outcome != imp.Outcome.REJECTED:
                continue
            if r.problems:
                lines += [ReportLine(r, p.column, p.message) for p in r.problems]
            else:
                lines.append(ReportLine(r, "", ", ".join(r.changed)))
        self.report_model.set_rows(lines)
        if len(lines) <= 2000:  # wrapping long reasons costs a layout per row
            self.report.resizeRowsToContents()
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)
        self.report.setColumnWidth(2, 220)

    def reject(self) -> None:
        if self.worker is not None:
            self._cancel()
            self.worker.wait(5000)
        super().reject()
