"""The import window: pick a file, map its columns, see a report per row, then import or not.

Reading, checking and writing run in a QThreadPool worker with a progress bar and Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ...db import Database
from ...services import importing as imp
from .. import messages

# lupdate reads calls named `translate`: the explicit context matches the one used at run time.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return translate("ImportDialog", text)


class WorkerSignals(QObject):
    """Signals: progress(int, int); done(object); failed(str); cancelled()."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs `job(progress, cancelled)` off the UI thread and reports through `signals`."""

    def __init__(self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]):
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self.stop = threading.Event()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.stop.is_set)
        except imp.ImportCancelled:
            self.signals.cancelled.emit()
        except ServiceError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the user, logged; the window stays usable
            import logging

            logging.getLogger("incubator_desk").exception("import worker failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def ro(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


OUTCOME_COLOURS = {
    imp.Outcome.CREATED: "#1b5e20",
    imp.Outcome.UPDATED: "#0d47a1",
    imp.Outcome.UNCHANGED: "#616161",
    imp.Outcome.REJECTED: "#b3261e",
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
        self.setWindowTitle(translate("ImportDialog", "Import from Excel or CSV"))
        self.sheet: imp.Sheet | None = None
        self.plan: imp.ImportPlan | None = None
        self.worker: Worker | None = None

        self.kind = QComboBox()
        self.kind.addItem(translate("ImportDialog", "Tenants"), imp.ImportKind.TENANTS)
        self.kind.addItem(translate("ImportDialog", "Quarterly figures"), imp.ImportKind.FIGURES)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.path = QLineEdit(path)
        self.path.setReadOnly(True)
        self.browse = QPushButton(translate("ImportDialog", "&Choose file…"))
        top = QHBoxLayout()
        kind_caption = QLabel(translate("ImportDialog", "&Import:"))
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
                translate("ImportDialog", "Column in the file"),
                translate("ImportDialog", "First value"),
                translate("ImportDialog", "Read as"),
            ]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.recheck = QPushButton(translate("ImportDialog", "C&heck again with this mapping"))
        map_box = QWidget()
        map_layout = QVBoxLayout(map_box)
        map_layout.setContentsMargins(0, 0, 0, 0)
        self.map_title = QLabel(translate("ImportDialog", "Columns"))
        self.map_title.setStyleSheet("font-weight: bold;")
        map_layout.addWidget(self.map_title)
        map_layout.addWidget(self.mapping, 1)
        map_layout.addWidget(self.recheck)

        self.report = QTableWidget(0, 5)
        self.report.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Result"),
                translate("ImportDialog", "Tenant"),
                translate("ImportDialog", "Column"),
                translate("ImportDialog", "Reason"),
            ]
        )
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.setWordWrap(True)
        self.only_rejected = QCheckBox(translate("ImportDialog", "Show only &rejected rows"))
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.report_title = QLabel(
            translate("ImportDialog", "Report per row (nothing is written yet)")
        )
        self.report_title.setStyleSheet("font-weight: bold;")
        head.addWidget(self.report_title, 1)
        head.addWidget(self.only_rejected)
        report_layout.addLayout(head)
        report_layout.addWidget(self.report, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        report_layout.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(map_box)
        split.addWidget(report_box)
        split.setSizes([460, 680])

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel = QPushButton(translate("ImportDialog", "Cancel"))
        self.cancel.setVisible(False)
        self.run = QPushButton()
        self.run.setDefault(True)
        self.close_button = QPushButton(translate("ImportDialog", "Close"))
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
            translate("ImportDialog", "Choose a sheet to import"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            translate("ImportDialog", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
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

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            sheet = imp.read_sheet(path, kind)
            return sheet, imp.plan_import(
                self.db, kind, sheet, progress=progress, cancelled=cancelled
            )

        self._start(job, self._planned)

    def _recheck(self) -> None:
        if self.sheet is None:
            return
        sheet, kind, mapping = self.sheet, self.current_kind(), self.current_mapping()

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return sheet, imp.plan_import(
                self.db, kind, sheet, mapping, progress=progress, cancelled=cancelled
            )

        self._start(job, self._planned)

    def _import(self) -> None:
        plan = self.plan
        if plan is None or not plan.writable:
            return

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return imp.apply_import(self.db, plan, progress=progress, cancelled=cancelled)

        self._start(job, self._written)

    def _start(self, job: Any, on_done: Callable[[Any], None]) -> None:
        self.worker = Worker(job)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.done.connect(on_done)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self._busy(True)
        QThreadPool.globalInstance().start(self.worker)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        self.cancel.setVisible(on)
        self.cancel.setEnabled(on)
        for w in (self.browse, self.kind, self.recheck, self.run, self.mapping):
            w.setEnabled(not on)
        if not on:
            self._enable()

    def _progress(self, done: int, of: int) -> None:
        self.progress.setRange(0, max(of, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.cancel.setEnabled(False)

    def _cancelled(self) -> None:
        self.worker = None
        self._busy(False)
        self.summary.setText(translate("ImportDialog", "Cancelled: nothing was written."))

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self.file_note.setText(message)
        self.file_note.setStyleSheet("color: #b3261e;")
        messages.error(self, translate("ImportDialog", "Import"), message)

    def _planned(self, result: Any) -> None:
        self.worker = None
        sheet, plan = result
        self.sheet = sheet
        self._busy(False)
        self._set_plan(plan)

    def _written(self, counts: Any) -> None:
        self.worker = None
        plan = self.plan
        self._busy(False)
        self.imported.emit()
        c = counts
        text = translate(
            "ImportDialog",
            "Imported: {created} created, {updated} updated. "
            "{rejected} rejected rows were left out.",
        ).format(
            created=c[imp.Outcome.CREATED],
            updated=c[imp.Outcome.UPDATED],
            rejected=c[imp.Outcome.REJECTED],
        )
        self.summary.setText(text)
        self.plan = None
        self.run.setEnabled(False)
        messages.info(self, translate("ImportDialog", "Import"), text)
        if plan is not None and plan.counts()[imp.Outcome.REJECTED] == 0:
            self.accept()

    # --- showing ----------------------------------------------------------------------------------
    def _set_plan(self, plan: imp.ImportPlan | None) -> None:
        self.plan = plan
        self.file_note.setStyleSheet("")
        if plan is None:
            self.file_note.setText(
                translate(
                    "ImportDialog",
                    "Choose an .xlsx or .csv file (UTF-8 or GBK). Headers in Chinese or English "
                    "are recognised; a title row above them is fine. Nothing is written until you "
                    "press Import.",
                )
            )
            self.mapping.setRowCount(0)
            self.report.setRowCount(0)
            self.summary.clear()
            self._enable()
            return
        sheet = plan.sheet
        enc = f", {sheet.encoding.upper()}" if sheet.encoding else ""
        self.file_note.setText(
            translate(
                "ImportDialog", "“{name}”{enc}: header in row {row}, {rows} data rows."
            ).format(name=sheet.path.name, enc=enc, row=sheet.header_row, rows=len(plan.reports))
        )
        self._fill_mapping(plan)
        self._fill_report()
        c = plan.counts()
        self.summary.setText(
            translate(
                "ImportDialog",
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
        self.run.setText(
            translate("ImportDialog", "&Import %n valid row(s)", None, n)
            if n
            else translate("ImportDialog", "&Import")
        )
        self.run.setEnabled(n > 0)
        self.recheck.setEnabled(self.sheet is not None and plan is not None)

    def _fill_mapping(self, plan: imp.ImportPlan) -> None:
        sheet = plan.sheet
        specs = imp.COLUMNS[plan.kind]
        self.mapping.setRowCount(len(sheet.headers))
        first = next((r for r in sheet.rows if any(c not in (None, "") for c in r)), [])
        for i, header in enumerate(sheet.headers):
            head_item = ro(header or translate("ImportDialog", "(no header)"))
            self.mapping.setItem(i, 0, head_item)
            sample = first[i] if i < len(first) else None
            self.mapping.setItem(i, 1, ro("" if sample is None else str(sample)[:40]))
            combo = QComboBox()
            combo.addItem(translate("ImportDialog", "(ignore)"), "")
            for spec in specs:
                combo.addItem(f"{spec.zh} / {spec.key}", spec.key)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(i, "")), 0))
            if i not in plan.mapping:
                head_item.setForeground(QBrush(QColor("#8a6d00")))
                head_item.setToolTip(
                    translate("ImportDialog", "Not recognised: choose what it holds.")
                )
            self.mapping.setCellWidget(i, 2, combo)

    def current_mapping(self) -> dict[int, str]:
        mapping: dict[int, str] = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[i] = combo.currentData()
        return mapping

    def _fill_report(self) -> None:
        plan = self.plan
        if plan is None:
            return
        lines: list[tuple[imp.RowReport, str, str]] = []
        for r in plan.reports:
            if self.only_rejected.isChecked() and r.outcome != imp.Outcome.REJECTED:
                continue
            if r.problems:
                lines += [(r, p.column, p.message) for p in r.problems]
            else:
                lines.append((r, "", ", ".join(r.changed)))
        self.report.setUpdatesEnabled(False)
        self.report.setRowCount(len(lines))
        for i, (r, column, reason) in enumerate(lines):
            row_item = ro(str(r.row))
            row_item.setData(Qt.ItemDataRole.DisplayRole, r.row)
            self.report.setItem(i, 0, row_item)
            outcome = ro(translate("import", imp.OUTCOME_LABELS[r.outcome]))
            outcome.setForeground(QBrush(QColor(OUTCOME_COLOURS[r.outcome])))
            self.report.setItem(i, 1, outcome)
            self.report.setItem(i, 2, ro(r.label))
            self.report.setItem(i, 3, ro(column))
            reason_item = ro(reason)
            reason_item.setToolTip(reason)
            self.report.setItem(i, 4, reason_item)
        self.report.setUpdatesEnabled(True)
        if len(lines) <= 2000:  # wrapping long reasons costs a layout per row
            self.report.resizeRowsToContents()
        self.report.resizeColumnToContents(0)
        self.report.resizeColumnToContents(1)
        self.report.setColumnWidth(2, 220)

    def reject(self) -> None:
        if self.worker is not None:
            self._cancel()
            QThreadPool.globalInstance().waitForDone(5000)
        super().reject()
