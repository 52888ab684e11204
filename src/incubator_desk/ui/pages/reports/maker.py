"""The report maker: choose a report, make it off the UI thread, preview, print and save it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
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
from ....db import Database
from ....reports.base import write_file
from ....reports.dispatch import ReportKind, ReportRequest, build_report
from ....services import reporting
from ....services.spreadsheets import preview_workbook
from ....services.tenants import tenant_choices
from ... import i18n, messages
from ...toolkit import ErrorMessage, FieldErrors, Task, TaskContext, attempt, run_task
from . import printing
from .preview import ReportPreview


def make_report(
    db: Database, request: ReportRequest, progress: Callable[[int, int], None]
) -> bytes:
    """The report's bytes (PDF, or .xlsx for the Torch return). Runs in a worker thread."""
    return build_report(db, request, progress_to=progress).data


class ReportMaker(QWidget):
    """Choose a report, generate it off the UI thread, preview, print and save it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data: bytes | None = None
        self.data_kind: ReportKind | None = None
        self.suggested_name = ""
        self.task: Task | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind = QComboBox()
        for kind in ReportKind:
            self.kind.addItem("", kind)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tenant.setMinimumWidth(460)
        self.kind.setMinimumWidth(460)
        completer = self.tenant.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tenant_label = QLabel()
        self.tenant_label.setBuddy(self.tenant)
        form.addRow(self.tenant_label, self.tenant)
        self.period = QLineEdit()
        self.period.setMaximumWidth(160)
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.period_hint = QLabel()
        self.period_hint.setObjectName("fieldHint")
        prow = QHBoxLayout()
        prow.addWidget(self.period)
        prow.addWidget(self.period_hint, 1)
        form.addRow(self.period_label, prow)
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.activated.connect(lambda _i: setattr(self, "_lang_chosen", True))
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang)
        form.addRow(self.lang_label, self.lang)
        self.error = QLabel()
        self.error.setMinimumWidth(460)
        self.errors = FieldErrors(self.error, {"tenant": self.tenant, "period": self.period})
        form.addRow("", self.error)
        actions = QHBoxLayout()
        self.generate = QPushButton()
        self.generate.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel = QPushButton()
        self.cancel.hide()
        self.status = QLabel()
        actions.addWidget(self.generate)
        actions.addWidget(self.progress)
        actions.addWidget(self.cancel)
        actions.addWidget(self.status, 1)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        box.addWidget(self.form_box)

        self.preview = ReportPreview()
        self.document = self.preview.pdf.document
        self.view = self.preview.pdf.view
        box.addWidget(self.preview, 1)
        self._status: Callable[[], str] | None = None  # the status line, again after a switch
        self._lang_chosen = False  # until then the report language follows the window's

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.generate.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(lambda: self.save_report())
        self.period.returnPressed.connect(self.start)
        self.preview.workbook.open_requested.connect(self.open_workbook)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Print), self.print_report),
            (QKeySequence(QKeySequence.StandardKey.Save), lambda: self.save_report()),
            (QKeySequence(Qt.Key.Key_Escape), self.stop),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self.refresh()
        self._kind_changed()
        self._set_result_buttons()

    # --- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.tenant.currentData()
        tenants = tenant_choices(self.db, open_only=False)
        self.tenant.blockSignals(True)
        self.tenant.clear()
        for t in tenants:
            self.tenant.addItem(f"{t.name}  {t.credit_code}".strip(), t.id)
        index = self.tenant.findData(current) if current is not None else -1
        self.tenant.setCurrentIndex(index if index >= 0 else (0 if tenants else -1))
        self.tenant.blockSignals(False)
        if not self.period.text():
            self.period.setText(reporting.last_complete_quarter().label)

    def select(self, kind: str, tenant_id: int | None = None, lang: str | None = None) -> None:
        """Preset the form (the dashboard uses this for a graduation candidate)."""
        self.kind.setCurrentIndex(max(self.kind.findData(ReportKind(kind)), 0))
        if tenant_id is not None:
            index = self.tenant.findData(tenant_id)
            if index < 0:
                self.refresh()
                index = self.tenant.findData(tenant_id)
            self.tenant.setCurrentIndex(index)
        if lang is not None:
            self.lang.setCurrentIndex(max(self.lang.findData(lang), 0))
            self._lang_chosen = True

    def _kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self._kind()
        tenant_widgets: tuple[QWidget, ...] = (self.tenant, self.tenant_label)
        for w in tenant_widgets:
            w.setEnabled(kind.needs_tenant)
        period_widgets: tuple[QWidget, ...] = (self.period, self.period_label, self.period_hint)
        for w in period_widgets:
            w.setEnabled(kind.needs_period)
        self.lang.setEnabled(kind is not ReportKind.TORCH)
        self.lang_label.setEnabled(kind is not ReportKind.TORCH)
        self.period_hint.setText(
            self.tr("a year, e.g. 2025")
            if kind is ReportKind.TORCH
            else self.tr("a quarter such as 2026Q3, or a year such as 2026")
        )
        self.errors.clear()

    def _tenant_id(self) -> int | None:
        index = self.tenant.findText(self.tenant.currentText().strip())
        return None if index < 0 else self.tenant.itemData(index)

    # --- generation ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None:
            return
        request = attempt(
            self.errors,
            lambda: ReportRequest.parse(
                self._kind(), self._tenant_id(), self.period.text().strip(), self.lang.currentData()
            ),
        )
        if request is None:
            return
        db = self.db

        def job(ctx: TaskContext) -> bytes:
            return make_report(db, request, ctx.progress)

        self.task = run_task(
            job,
            on_result=lambda data: self._done(data, request),
            on_error=self._failed,
            on_cancelled=lambda: self._say(lambda: self.tr("Cancelled.")),
            parent=self,
        )
        self.task.track(self.progress)
        self.task.finished.connect(self._finish)
        self.progress.show()
        self.cancel.show()
        self.generate.setEnabled(False)
        self._say(lambda: self.tr("Making the report…"))

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say(lambda: self.tr("Cancelling…"))

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel.hide()
        self.generate.setEnabled(True)

    def _done(self, data: bytes, request: ReportRequest) -> None:
        self.data, self.data_kind = data, request.kind
        self.suggested_name = self._file_name(request)
        if request.kind is ReportKind.TORCH:
            year = request.period.label if request.period is not None else ""
            self.preview.show_workbook(
                self.tr("The Torch return for %1").replace("%1", year), preview_workbook(data)
            )
            self._say(
                lambda: self.tr(
                    "The Torch return for %1 is ready: save it as an Excel workbook."
                ).replace("%1", year)
            )
        else:
            self.preview.show_pdf(data)
            pages = self.document.pageCount()
            self._say(lambda: self.tr("Report ready: %1 page(s).").replace("%1", str(pages)))
        self._set_result_buttons()

    def _say(self, text: Callable[[], str] | None) -> None:
        """Show `text()` on the status line; it is asked again after a language switch."""
        self._status = text
        self.status.setText(text() if text is not None else "")

    def _failed(self, err: ServiceError) -> None:
        self._say(None)
        self.errors.show(err)

    def _file_name(self, request: ReportRequest) -> str:
        names = {
            ReportKind.GRADUATION: self.tr("Graduation report"),
            ReportKind.PROGRESS: self.tr("Progress report"),
            ReportKind.PORTFOLIO: self.tr("Portfolio report"),
            ReportKind.TORCH: self.tr("Torch statistics"),
        }
        parts = [names[request.kind]]
        if request.tenant_id is not None:
            parts.append(self.tenant.itemText(self.tenant.findData(request.tenant_id)).split()[0])
        if request.period is not None:
            parts.append(request.period.label)
        else:
            parts.append(clock.today().isoformat())
        if request.kind is not ReportKind.TORCH:
            parts.append(request.lang)
        safe = " ".join(parts)
        for ch in '<>:"/\\|?*':
            safe = safe.replace(ch, "_")
        return safe + request.kind.suffix

    def show_pdf(self, data: bytes) -> None:
        """Preview a PDF made elsewhere (the window's self-test loads one this way)."""
        self.preview.show_pdf(data)

    def _set_result_buttons(self) -> None:
        has = self.data is not None
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has and self.data_kind is not ReportKind.TORCH)

    # --- print and save -----------------------------------------------------------------------
    def print_report(self) -> None:
        if self.data is None or self.data_kind is ReportKind.TORCH:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF has its own margins: map its page to the paper
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, self.document.pageCount())
        if not printing.ask_printer(self, printer):
            return
        pages = printing.print_pdf(self.document, printer)
        if pages:
            self._say(lambda: self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))
        else:
            messages.error(self, self.tr("Print"), self.tr("The printer could not be opened."))

    def save_report(self, path: str = "") -> None:
        if self.data is None or self.data_kind is None:
            return
        data, suffix = self.data, self.data_kind.suffix
        if not path:
            path = messages.save_file(
                self,
                self.tr("Save the report"),
                str(Path.home() / self.suggested_name),
                self.tr("Excel workbook (*.xlsx)")
                if suffix == ".xlsx"
                else self.tr("PDF document (*.pdf)"),
            )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)

        def write() -> bool:
            write_file(target, data)
            return True

        if attempt(ErrorMessage(self, self.tr("Save the report")), write):
            self._say(lambda: self.tr("Saved to %1").replace("%1", str(target)))

    def open_workbook(self) -> None:
        """Write the workbook to a temporary folder and open it in the spreadsheet program."""
        if self.data is None or self.data_kind is not ReportKind.TORCH:
            return
        target = Path(tempfile.mkdtemp(prefix="incubator-desk-")) / self.suggested_name
        data = self.data

        def write() -> bool:
            write_file(target, data)
            return True

        if not attempt(ErrorMessage(self, self.tr("Open the workbook")), write):
            return
        if messages.open_with_system(str(target)):
            self._say(lambda: self.tr("Opened a copy: %1").replace("%1", str(target)))
        else:
            messages.error(
                self,
                self.tr("Open the workbook"),
                self.tr(
                    "No program is set up to open Excel workbooks here. Save it with "
                    "Save as… and open it where Excel or WPS is installed."
                ),
            )

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Report"))
        kinds = {
            ReportKind.GRADUATION: self.tr("Graduation report (one tenant)"),
            ReportKind.PROGRESS: self.tr("Progress report (one tenant, one period)"),
            ReportKind.PORTFOLIO: self.tr("Portfolio report (the incubator)"),
            ReportKind.TORCH: self.tr("Torch statistics return (.xlsx)"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kinds[ReportKind(self.kind.itemData(i))])
        self.kind_label.setText(self.tr("&Report:"))
        self.tenant_label.setText(self.tr("&Tenant:"))
        self.period_label.setText(self.tr("&Period:"))
        self.lang_label.setText(self.tr("Report &language:"))
        line = self.tenant.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a name or credit code…"))
        self.generate.setText(self.tr("&Generate"))
        self.cancel.setText(self.tr("Cancel"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as…"))
        if not self._lang_chosen:
            self.lang.setCurrentIndex(max(self.lang.findData(i18n.report_language()), 0))
        self.preview.retranslate()
        self._kind_changed()
        if self._status is not None:
            self.status.setText(self._status())
