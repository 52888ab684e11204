"""The dialog that starts a collection round: the period, the folder, the date to answer by."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.errors import ServiceError
from ....core.periods import Period, PeriodError, last_complete_quarter
from ....db import Database
from ....services import collection as col
from ... import messages
from ...toolkit import FieldErrors, Task, run_task


def default_folder(period: str) -> str:
    """Documents/Incubator Desk/<period>: where a round's workbooks go unless chosen."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "Incubator Desk" / period)


class StartRoundDialog(QDialog):
    """Asks what a new round needs and starts it in the background, with progress and Cancel
    (hundreds of workbooks take a while); the round's refusals show next to their fields.
    `result` holds what the start did once the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Start a collection round"))
        self.result_: col.StartResult | None = None
        self.task: Task | None = None
        last = Period(*last_complete_quarter(clock.today())).label
        intro = QLabel(
            self.tr(
                "A workbook is written for every tenant in incubation, with its name, credit "
                "code and last period's figures. Send each tenant its file; the files that "
                "come back, under any name, are matched by credit code."
            )
        )
        intro.setWordWrap(True)
        self.period_edit = QLineEdit(last)
        self.period_edit.setPlaceholderText("2026Q3")
        self.period_edit.textEdited.connect(self._period_edited)
        self.folder_edit = QLineEdit(default_folder(last))
        self._folder_chosen = False
        self.folder_edit.textEdited.connect(self._folder_edited)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        self.due_check = QCheckBox(self.tr("Ask for the workbooks back by"))
        self.due_edit = QDateEdit(QDate.fromString(_in_two_weeks(), "yyyy-MM-dd"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, "period", QLabel(self.tr("&Period:")), self.period_edit)
        hint = QLabel(
            self.tr(
                "A quarter such as 2026Q3 (the quarter's figures), or a year such as 2025 "
                "(the tenants' data of the annual statistics return)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        self.errors.add_row(form, "folder", QLabel(self.tr("&Folder:")), folder_box)
        form.addRow("", due_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Write the workbooks"))
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self._cancel)
        self.progress = QProgressBar()
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _period_edited(self, text: str) -> None:
        if not self._folder_chosen:
            try:
                label = Period.parse(text).label
            except PeriodError:
                return
            self.folder_edit.setText(default_folder(label))

    def _folder_edited(self, _text: str) -> None:
        self._folder_chosen = True

    def _browse(self) -> None:
        chosen = messages.choose_folder(
            self, self.tr("Folder for the workbooks"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)
            self._folder_chosen = True

    def _start(self) -> None:
        if self.task is not None:
            return
        self.errors.clear()
        period, folder = self.period_edit.text(), self.folder_edit.text().strip()
        due = _date(self.due_edit.date()) if self.due_check.isChecked() else None
        db = self.db
        self.ok.setEnabled(False)
        self.progress.show()
        self.task = run_task(
            lambda ctx: col.start_round(
                db, period, folder, progress=ctx.progress, cancelled=ctx.cancelled, due=due
            ),
            on_result=self._started,
            on_error=self._failed,
            parent=self,
        )
        self.task.track(self.progress)
        self.task.finished.connect(self._finished)

    def _started(self, result: col.StartResult) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, err: ServiceError) -> None:
        self.errors.show(err)

    def _finished(self) -> None:
        self.task = None
        self.ok.setEnabled(True)
        self.progress.hide()

    def _cancel(self) -> None:
        """Cancel stops a start under way (its workbooks are removed), else closes."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().reject()


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _in_two_weeks() -> str:
    return (clock.today() + dt.timedelta(days=14)).isoformat()
