"""Reports page: make a report (graduation, progress, portfolio, Torch statistics), preview it,
print it and save it; the activity log of the database is the page's second tab.

Also defines the tenant-detail tab `TenantGraduationTab` and the Settings section
`ReportSettings` (graduation rules, the report font and the logo), found via ui/extensions.py.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ...core.errors import ServiceError, ValidationError
from ...core.labels import entity_label, label, operator_label
from ...db import Database
from ...reports.dispatch import (
    ReportKind,
    ReportRequest,
    build_report,
    choose_report_font,
    font_in_use,
)
from ...services import graduation as grad
from ...services import overview as ov
from ...services import reporting
from .. import messages
from ..qtmodels.register_model import column as _col
from .base import Page
from .register_page import RegisterPage

try:  # QtPdf comes with the PySide6-Pdf wheel; without it the page says so.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False

CTX = "ReportsPage"
PRINT_DPI = 300


def _tr(text: str) -> str:
    return translate(CTX, text)


REPORT_KINDS = (
    ("graduation", QT_TRANSLATE_NOOP("ReportsPage", "Graduation report (one tenant)")),
    ("progress", QT_TRANSLATE_NOOP("ReportsPage", "Progress report (one tenant, one period)")),
    ("portfolio", QT_TRANSLATE_NOOP("ReportsPage", "Portfolio report (the incubator)")),
    ("torch", QT_TRANSLATE_NOOP("ReportsPage", "Torch statistics return (.xlsx)")),
)

# lupdate reads calls named `translate`: the explicit context matches the one used at run time.
translate = QCoreApplication.translate


# --- background work ----------------------------------------------------------------------


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class ReportJob(QRunnable):
    """Runs `func(progress)` in the thread pool; `cancel()` stops it at the next step."""

    def __init__(self, func: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.func = func
        self.signals = _Signals()
        self._stop = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from ...reports.base import Cancelled

        def progress(done: int, of: int) -> None:
            if self._stop.is_set():
                raise Cancelled
            self.signals.progress.emit(done, of)

        try:
            result = self.func(progress)
            if self._stop.is_set():
                raise Cancelled
        except Cancelled:
            self.signals.cancelled.emit()
        except ServiceError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)


def make_report(
    db: Database,
    kind: str,
    tenant_id: int | None,
    period: str,
    lang: str,
    progress: Callable[[int, int], None],
) -> bytes:
    """The report's bytes (PDF, or .xlsx for the Torch return). Runs in a worker thread."""
    request = ReportRequest.parse(kind, tenant_id, period, lang)
    return build_report(db, request, progress_to=progress).data


def ask_printer(parent: QWidget, printer: Any) -> bool:
    """The system print dialog; tests replace this function."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(document: Any, printer: Any) -> int:
    """Print every page (or the range chosen) of a loaded QPdfDocument; returns pages printed."""
    from PySide6.QtPrintSupport import QPrinter

    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count) if last else count)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            rect.moveTo(0, 0)
            size = document.pagePointSize(index)
            scale = min(rect.width() / size.width(), rect.height() / size.height())
            # Rendered at no more than 300 dpi, then scaled to the printer's resolution.
            dpi = min(printer.resolution(), PRINT_DPI)
            image = document.render(
                index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
            )
            target = QRect(0, 0, int(size.width() * scale), int(size.height() * scale))
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


# --- the report maker ----------------------------------------------------------------------


class ReportMaker(QWidget):
    """Choose a report, generate it off the UI thread, preview, print and save it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data: bytes | None = None
        self.data_kind = ""
        self.suggested_name = ""
        self.job: ReportJob | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind = QComboBox()
        for key, _text in REPORT_KINDS:
            self.kind.addItem("", key)
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
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang)
        form.addRow(self.lang_label, self.lang)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setMinimumWidth(460)
        self.error.hide()
        form.addRow("", self.error)
        actions = QHBoxLayout()
        self.actions_row = actions
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

        if HAVE_QTPDF:
            self.document: Any = QPdfDocument(self)
            self.view: Any = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            box.addWidget(self.view, 1)
        else:  # pragma: no cover - depends on the installation
            self.document = None
            self.view = QLabel()
            self.view.setWordWrap(True)
            self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.generate.clicked.connect(self.start)
        self.cancel.clicked.connect(self.stop)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(lambda: self.save_report())
        self.period.returnPressed.connect(self.start)
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
        from ...models import Tenant

        current = self.tenant.currentData()
        with self.db.read() as s:
            rows = s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.credit_code)
                .where(Tenant.archived_at.is_(None))
                .order_by(Tenant.name_zh)
            ).all()
        self.tenant.blockSignals(True)
        self.tenant.clear()
        for tid, name, code in rows:
            self.tenant.addItem(f"{name}  {code or ''}".strip(), tid)
        index = self.tenant.findData(current) if current is not None else -1
        self.tenant.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
        self.tenant.blockSignals(False)
        if not self.period.text():
            self.period.setText(reporting.last_complete_quarter().label)

    def select(self, kind: str, tenant_id: int | None = None, lang: str | None = None) -> None:
        """Preset the form (the dashboard uses this for a graduation candidate)."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        if tenant_id is not None:
            index = self.tenant.findData(tenant_id)
            if index < 0:
                self.refresh()
                index = self.tenant.findData(tenant_id)
            self.tenant.setCurrentIndex(index)
        if lang is not None:
            self.lang.setCurrentIndex(max(self.lang.findData(lang), 0))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        needs_tenant = kind in ("graduation", "progress")
        needs_period = kind in ("progress", "portfolio", "torch")
        tenant_widgets: tuple[QWidget, ...] = (self.tenant, self.tenant_label)
        for w in tenant_widgets:
            w.setEnabled(needs_tenant)
        period_widgets: tuple[QWidget, ...] = (self.period, self.period_label, self.period_hint)
        for w in period_widgets:
            w.setEnabled(needs_period)
        self.lang.setEnabled(kind != "torch")
        self.lang_label.setEnabled(kind != "torch")
        self.period_hint.setText(
            translate("ReportsPage", "a year, e.g. 2025")
            if kind == "torch"
            else translate("ReportsPage", "a quarter such as 2026Q3, or a year such as 2026")
        )
        self._show_error("")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _tenant_id(self) -> int | None:
        text = self.tenant.currentText().strip()
        index = self.tenant.findText(text)
        if index < 0:
            return None
        return self.tenant.itemData(index)

    # --- generation ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None:
            return
        kind = self.kind.currentData()
        tenant_id = self._tenant_id()
        period = self.period.text().strip()
        try:
            request = ReportRequest.parse(kind, tenant_id, period, self.lang.currentData())
        except ValidationError as exc:
            self._show_error(str(exc))
            (self.tenant if "tenant" in exc.fields else self.period).setFocus()
            return
        tenant_id = request.tenant_id
        if request.period is not None:
            period = request.period.label
        self._show_error("")
        lang = self.lang.currentData()
        db = self.db
        self.job = ReportJob(lambda p: make_report(db, kind, tenant_id, period, lang, p))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(lambda data: self._done(data, kind, tenant_id, period, lang))
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.generate.setEnabled(False)
        self.status.setText(translate("ReportsPage", "Making the report…"))
        QThreadPool.globalInstance().start(self.job)

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(translate("ReportsPage", "Cancelling…"))

    def _progress(self, done: int, of: int) -> None:
        self.progress.setRange(0, max(of, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel.hide()
        self.generate.setEnabled(True)

    def _done(self, data: bytes, kind: str, tenant_id: int | None, period: str, lang: str) -> None:
        self._finish()
        self.data, self.data_kind = data, kind
        self.suggested_name = self._file_name(kind, tenant_id, period, lang)
        if kind == "torch":
            self.status.setText(
                translate(
                    "ReportsPage", "The Torch return for %1 is ready: save it as an Excel workbook."
                ).replace("%1", period)
            )
            self._load_preview(None)
        else:
            self._load_preview(data)
            pages = self.document.pageCount() if self.document is not None else 0
            self.status.setText(
                translate("ReportsPage", "Report ready: %1 page(s).").replace("%1", str(pages))
            )
        self._set_result_buttons()

    def _failed(self, message: str) -> None:
        self._finish()
        self.status.setText("")
        self._show_error(message)

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(translate("ReportsPage", "Cancelled."))

    def _file_name(self, kind: str, tenant_id: int | None, period: str, lang: str) -> str:
        names = {
            "graduation": translate("ReportsPage", "Graduation report"),
            "progress": translate("ReportsPage", "Progress report"),
            "portfolio": translate("ReportsPage", "Portfolio report"),
            "torch": translate("ReportsPage", "Torch statistics"),
        }
        parts = [names[kind]]
        if tenant_id is not None:
            parts.append(self.tenant.itemText(self.tenant.findData(tenant_id)).split()[0])
        if kind != "graduation":
            parts.append(period)
        else:
            parts.append(dt.date.today().isoformat())
        if kind != "torch":
            parts.append(lang)
        safe = " ".join(parts)
        for ch in '<>:"/\\|?*':
            safe = safe.replace(ch, "_")
        return safe + (".xlsx" if kind == "torch" else ".pdf")

    def _load_preview(self, data: bytes | None) -> None:
        if self.document is None:  # pragma: no cover - no QtPdf
            self.view.setText(
                translate(
                    "ReportsPage",
                    "A preview needs the PySide6-Pdf package. The report is ready: "
                    "save it and open it in a PDF viewer.",
                )
                if data
                else ""
            )
            return
        self.document.close()
        self._buffer = None
        if data is None:
            return
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _set_result_buttons(self) -> None:
        has = self.data is not None
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(
            has and self.data_kind != "torch" and self.document is not None
        )

    # --- print and save -----------------------------------------------------------------------
    def print_report(self) -> None:
        if self.data is None or self.data_kind == "torch" or self.document is None:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF has its own margins: map its page to the paper
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, self.document.pageCount())
        if not ask_printer(self, printer):
            return
        pages = print_pdf(self.document, printer)
        if pages:
            self.status.setText(
                translate("ReportsPage", "Sent %1 page(s) to the printer.").replace(
                    "%1", str(pages)
                )
            )
        else:
            messages.error(
                self,
                translate("ReportsPage", "Print"),
                translate("ReportsPage", "The printer could not be opened."),
            )

    def save_report(self, path: str = "") -> None:
        if self.data is None:
            return
        xlsx = self.data_kind == "torch"
        if not path:
            path = messages.save_file(
                self,
                translate("ReportsPage", "Save the report"),
                str(Path.home() / self.suggested_name),
                translate("ReportsPage", "Excel workbook (*.xlsx)")
                if xlsx
                else translate("ReportsPage", "PDF document (*.pdf)"),
            )
        if not path:
            return
        suffix = ".xlsx" if xlsx else ".pdf"
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        try:
            target.write_bytes(self.data)
        except OSError as exc:
            messages.error(
                self,
                translate("ReportsPage", "Save the report"),
                translate("ReportsPage", "Cannot write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.status.setText(translate("ReportsPage", "Saved to %1").replace("%1", str(target)))

    def retranslate(self) -> None:
        self.form_box.setTitle(translate("ReportsPage", "Report"))
        for i, (_key, text) in enumerate(REPORT_KINDS):
            self.kind.setItemText(i, _tr(str(text)))
        self.kind_label.setText(translate("ReportsPage", "&Report:"))
        self.tenant_label.setText(translate("ReportsPage", "&Tenant:"))
        self.period_label.setText(translate("ReportsPage", "&Period:"))
        self.lang_label.setText(translate("ReportsPage", "Report &language:"))
        line = self.tenant.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("ReportsPage", "Type a name or credit code…"))
        self.generate.setText(translate("ReportsPage", "&Generate"))
        self.cancel.setText(translate("ReportsPage", "Cancel"))
        self.print_button.setText(translate("ReportsPage", "&Print…"))
        self.save_button.setText(translate("ReportsPage", "&Save as…"))
        self._kind_changed()


class ActivityLog(RegisterPage):
    """The activity log (audit trail) of the database, as a tab of the Reports page."""

    key = "reports"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("at", QT_TRANSLATE_NOOP("Columns", "When"), width=150),
            _col(
                "operator", QT_TRANSLATE_NOOP("Columns", "Operator"), width=130, fmt=operator_label
            ),
            _col("action", QT_TRANSLATE_NOOP("Columns", "Action"), width=90),
            _col(
                "entity", QT_TRANSLATE_NOOP("Columns", "Record type"), width=150, fmt=entity_label
            ),
            _col("entity_id", QT_TRANSLATE_NOOP("Columns", "Record"), True),
            _col("summary", QT_TRANSLATE_NOOP("Columns", "Summary")),
        ]
        super().__init__(
            db, ov.activity_register(), columns, sort_column=0, descending=True, parent=parent
        )
        self.title.hide()
        self.layout_.setContentsMargins(0, 8, 0, 0)

    def title_text(self) -> str:
        return self.tr("Activity log")

    def search_placeholder(self) -> str:
        return self.tr("Search by record type, summary or operator…")


class ActivityPage(Page):
    """Reports page: the report maker, and the activity log as a second tab."""

    key = "reports"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.tabs = QTabWidget()
        self.maker = ReportMaker(db, self)
        self.log = ActivityLog(db, self)
        self.tabs.addTab(self.maker, "")
        self.tabs.addTab(self.log, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate()

    # The activity log's table and search, as the old page exposed them.
    @property
    def model(self) -> Any:
        return self.log.model

    @property
    def search(self) -> QLineEdit:
        return self.log.search

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.log)
        self.log.focus_search()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.maker.db = db
        self.log.set_database(db)
        self.maker.refresh()

    def refresh(self) -> None:
        self.maker.refresh()
        self.log.refresh()

    def open_report(self, kind: str, tenant_id: int | None = None, lang: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.maker)
        self.maker.select(kind, tenant_id, lang)

    def title_text(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("Make a report"))
            self.tabs.setTabText(1, self.tr("Activity log"))
            self.maker.retranslate()


# --- tenant detail tab ---------------------------------------------------------------------


class TenantGraduationTab(QWidget):
    """A tenant's graduation criteria with their evidence, months in incubation, overdue."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self.job: ReportJob | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.report = QPushButton()
        self.status = QLabel()
        row.addWidget(self.status, 1)
        row.addWidget(self.lang)
        row.addWidget(self.report)
        box.addLayout(row)
        self.report.clicked.connect(lambda: self.save_report())
        self.result: grad.TenantGraduation | None = None
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return translate("TenantGraduationTab", "Graduation")

    def refresh(self) -> None:
        try:
            self.result = grad.evaluate(self.db, self.tenant_id)
        except ServiceError as exc:
            self.result = None
            self.summary.setText(str(exc))
            self.table.setRowCount(0)
            return
        self._fill()

    def _fill(self) -> None:
        g = self.result
        if g is None:
            return
        tr = self._t
        months = "—" if g.months_in_incubation is None else str(g.months_in_incubation)
        lines = [
            tr("Stage: %1").replace("%1", label(g.stage)),
            tr("Months in incubation: %1 of %2")
            .replace("%1", months)
            .replace("%2", str(g.limit_months))
            + (
                "  " + tr("(limit reached on %1)").replace("%1", g.limit_date.isoformat())
                if g.limit_date
                else ""
            ),
        ]
        if g.overdue:
            lines.append(tr("Overdue: past the incubation limit."))
        lines.append(
            (
                tr("Meets %1 criteria, %2 needed: may graduate.")
                if g.eligible
                else tr("Meets %1 criteria, %2 needed: not yet eligible.")
            )
            .replace("%1", str(g.criteria_met))
            .replace("%2", str(g.min_criteria))
        )
        if g.admitted_within_limit is False:
            lines.append(tr("Entered more than the allowed months after founding."))
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(g.criteria))
        for r, c in enumerate(g.criteria):
            name = c.name + ("" if c.enabled else " " + tr("(not in use)"))
            met = tr("Met") if c.met else tr("Not met")
            for col, text in enumerate((name, met, c.evidence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()

    def save_report(self, path: str = "") -> None:
        if self.job is not None or self.result is None:
            return
        lang = self.lang.currentData()
        if not path:
            name = f"{self._t('Graduation report')} {self.result.name} {lang}.pdf"
            path = messages.save_file(
                self,
                translate("TenantGraduationTab", "Save the graduation report"),
                str(Path.home() / name),
                translate("TenantGraduationTab", "PDF document (*.pdf)"),
            )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        db, tid = self.db, self.tenant_id

        def work(progress: Callable[[int, int], None]) -> Path:
            request = ReportRequest(ReportKind.GRADUATION, tid, lang=lang)
            build_report(db, request, target, progress)
            return target

        self.job = ReportJob(work)
        self.job.signals.done.connect(self._saved)
        self.job.signals.failed.connect(self._failed)
        self.report.setEnabled(False)
        self.status.setText(translate("TenantGraduationTab", "Making the report…"))
        QThreadPool.globalInstance().start(self.job)

    def _saved(self, target: Path) -> None:
        self.job = None
        self.report.setEnabled(True)
        self.status.setText(
            translate("TenantGraduationTab", "Saved to %1").replace("%1", str(target))
        )

    def _failed(self, message: str) -> None:
        self.job = None
        self.report.setEnabled(True)
        self.status.setText("")
        messages.error(self, translate("TenantGraduationTab", "Graduation report"), message)

    def _t(self, text: str) -> str:
        return translate("TenantGraduationTab", text)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("TenantGraduationTab", "Criterion"),
                translate("TenantGraduationTab", "Met"),
                translate("TenantGraduationTab", "Evidence"),
            ]
        )
        self.report.setText(translate("TenantGraduationTab", "Save graduation report…"))
        self._fill()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- settings section ----------------------------------------------------------------------


class ReportSettings(QWidget):
    """Settings → Reports: graduation rules, the report font and the logo on report covers."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._version: int | None = None
        box = QVBoxLayout(self)

        self.rules_box = QGroupBox()
        form = QFormLayout(self.rules_box)
        self.high_tech = QCheckBox()
        self.investment = QCheckBox()
        self.investment_amount = QLineEdit()
        self.revenue = QCheckBox()
        self.revenue_amount = QLineEdit()
        self.listed = QCheckBox()
        self.min_criteria = QSpinBox()
        self.min_criteria.setRange(1, 4)
        self.admission = QSpinBox()
        self.incubation = QSpinBox()
        self.long_incubation = QSpinBox()
        for spin in (self.admission, self.incubation, self.long_incubation):
            spin.setRange(1, 240)
        for w in (self.min_criteria, self.admission, self.incubation, self.long_incubation):
            w.setFixedWidth(90)
        for edit in (self.investment_amount, self.revenue_amount):
            edit.setFixedWidth(160)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

        def add(name: str, widget: QWidget, extra: QWidget | None = None) -> None:
            lab = QLabel()
            lab.setBuddy(widget)
            self.labels[name] = lab
            err = QLabel()
            err.setStyleSheet("color: #b00020;")
            err.setWordWrap(True)
            err.hide()
            self.errors[name] = err
            row = QHBoxLayout()
            row.addWidget(widget)
            if extra is not None:
                row.addWidget(extra)
            row.addWidget(err)
            row.addStretch(1)
            form.addRow(lab, row)

        add("high_tech", self.high_tech)
        add("investment", self.investment, self.investment_amount)
        add("revenue", self.revenue, self.revenue_amount)
        add("listed", self.listed)
        add("min_criteria", self.min_criteria)
        add("admission_max_months", self.admission)
        add("incubation_months", self.incubation)
        add("long_incubation_months", self.long_incubation)
        self.long_note = QLabel()
        self.long_note.setWordWrap(True)
        form.addRow("", self.long_note)
        self.criteria_error = QLabel()
        self.criteria_error.setStyleSheet("color: #b00020;")
        self.criteria_error.hide()
        form.addRow("", self.criteria_error)
        buttons = QHBoxLayout()
        self.defaults = QPushButton()
        self.revert = QPushButton()
        self.save = QPushButton()
        buttons.addWidget(self.defaults)
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        form.addRow(buttons)
        self.saved_note = QLabel()
        form.addRow("", self.saved_note)
        box.addWidget(self.rules_box)

        self.font_box = QGroupBox()
        ff = QFormLayout(self.font_box)
        self.font_in_use = QLabel()
        self.font_in_use.setWordWrap(True)
        self.font_in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_in_use_label = QLabel()
        ff.addRow(self.font_in_use_label, self.font_in_use)
        frow = QHBoxLayout()
        self.choose_font = QPushButton()
        self.auto_font = QPushButton()
        frow.addWidget(self.choose_font)
        frow.addWidget(self.auto_font)
        frow.addStretch(1)
        ff.addRow("", frow)
        self.logo_state = QLabel()
        self.logo_label = QLabel()
        ff.addRow(self.logo_label, self.logo_state)
        lrow = QHBoxLayout()
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        lrow.addWidget(self.choose_logo)
        lrow.addWidget(self.remove_logo)
        lrow.addStretch(1)
        ff.addRow("", lrow)
        box.addWidget(self.font_box)
        box.addStretch(1)

        self.save.clicked.connect(self.save_rules)
        self.revert.clicked.connect(self.refresh)
        self.defaults.clicked.connect(lambda: self._show_rules(grad.GraduationRules()))
        self.choose_font.clicked.connect(lambda: self.pick_font())
        self.auto_font.clicked.connect(self.use_automatic_font)
        self.choose_logo.clicked.connect(lambda: self.pick_logo())
        self.remove_logo.clicked.connect(self.clear_logo)
        for cb, edit in (
            (self.investment, self.investment_amount),
            (self.revenue, self.revenue_amount),
        ):
            cb.toggled.connect(edit.setEnabled)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return translate("ReportSettings", "Graduation and reports")

    def _t(self, text: str) -> str:
        return translate("ReportSettings", text)

    # --- rules --------------------------------------------------------------------------------
    def refresh(self) -> None:
        stored = grad.load_rules(self.db)
        self._version = stored.version
        self._show_rules(stored.rules)
        self._clear_errors()
        self.saved_note.setText("")
        self._show_long_industries()
        self._show_font()

    def _show_rules(self, r: grad.GraduationRules) -> None:
        self.high_tech.setChecked(r.high_tech_enabled)
        self.investment.setChecked(r.investment_enabled)
        self.investment_amount.setText(f"{r.investment_threshold.normalize():f}")
        self.investment_amount.setEnabled(r.investment_enabled)
        self.revenue.setChecked(r.revenue_enabled)
        self.revenue_amount.setText(f"{r.revenue_threshold.normalize():f}")
        self.revenue_amount.setEnabled(r.revenue_enabled)
        self.listed.setChecked(r.listed_enabled)
        self.min_criteria.setValue(r.min_criteria)
        self.admission.setValue(r.admission_max_months)
        self.incubation.setValue(r.incubation_months)
        self.long_incubation.setValue(r.long_incubation_months)

    def _clear_errors(self) -> None:
        for err in (*self.errors.values(), self.criteria_error):
            err.setText("")
            err.hide()

    def _amount(self, edit: QLineEdit, name: str) -> Decimal | None:
        text = edit.text().strip().replace(",", "").replace("¥", "").replace("，", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            self._error(name, translate("ReportSettings", "Write an amount in yuan, e.g. 5000000."))
            return None
        return value

    def _error(self, name: str, text: str) -> None:
        target = self.errors.get(name, self.criteria_error)
        target.setText(text)
        target.show()

    def save_rules(self) -> bool:
        self._clear_errors()
        inv = self._amount(self.investment_amount, "investment")
        rev = self._amount(self.revenue_amount, "revenue")
        if inv is None or rev is None:
            return False
        r = grad.GraduationRules(
            high_tech_enabled=self.high_tech.isChecked(),
            investment_enabled=self.investment.isChecked(),
            investment_threshold=inv,
            revenue_enabled=self.revenue.isChecked(),
            revenue_threshold=rev,
            listed_enabled=self.listed.isChecked(),
            min_criteria=self.min_criteria.value(),
            admission_max_months=self.admission.value(),
            incubation_months=self.incubation.value(),
            long_incubation_months=self.long_incubation.value(),
        )
        field_map = {"investment_threshold": "investment", "revenue_threshold": "revenue"}
        try:
            self._version = grad.save_rules(self.db, r, self._version)
        except ValidationError as exc:
            for name, message in exc.fields.items():
                self._error(field_map.get(name, name), message)
            return False
        except ServiceError as exc:
            messages.error(self, translate("ReportSettings", "Graduation rules"), str(exc))
            return False
        self.saved_note.setText(
            translate("ReportSettings", "Saved. Every report and list uses the new rules.")
        )
        return True

    def _show_long_industries(self) -> None:
        from ...core.vocabularies import LookupCategory
        from ...models import LookupItem

        with self.db.read() as s:
            names = list(
                s.scalars(
                    select(LookupItem.name_zh).where(
                        LookupItem.category == LookupCategory.INDUSTRY,
                        LookupItem.long_incubation.is_(True),
                        LookupItem.active.is_(True),
                    )
                )
            )
        self.long_note.setText(
            translate(
                "ReportSettings", "Industries with the longer limit (set in the industry list): %1"
            ).replace("%1", "、".join(names) if names else translate("ReportSettings", "none"))
        )

    # --- font and logo ------------------------------------------------------------------------
    def _show_font(self) -> None:
        try:
            in_use = font_in_use(self.db)
        except ServiceError as exc:
            self.font_in_use.setText(str(exc))
            self.font_in_use.setStyleSheet("color: #b00020;")
        else:
            how = (
                translate("ReportSettings", "chosen")
                if in_use.chosen
                else translate("ReportSettings", "found automatically")
            )
            self.font_in_use.setText(f"{in_use.choice.describe()} ({how})")
            self.font_in_use.setStyleSheet("")
        logo = reporting.logo_name(self.db)
        self.logo_state.setText(logo if logo is not None else translate("ReportSettings", "none"))
        self.remove_logo.setEnabled(logo is not None)

    def pick_font(self, path: str = "") -> None:
        if not path:
            path = messages.open_file(
                self,
                translate("ReportSettings", "Choose a Chinese TrueType font"),
                "",
                translate("ReportSettings", "TrueType fonts (*.ttf *.ttc)"),
            )
        if not path:
            return
        try:
            choose_report_font(self.db, Path(path))
        except ServiceError as exc:
            messages.error(self, translate("ReportSettings", "Report font"), str(exc))
            return
        self._show_font()

    def use_automatic_font(self) -> None:
        try:
            choose_report_font(self.db, None)
        except ServiceError as exc:
            messages.error(self, translate("ReportSettings", "Report font"), str(exc))
        self._show_font()

    def pick_logo(self, path: str = "") -> None:
        if not path:
            path = messages.open_file(
                self,
                translate("ReportSettings", "Choose the logo"),
                "",
                translate("ReportSettings", "Images (*.png *.jpg *.jpeg)"),
            )
        if not path:
            return
        try:
            reporting.set_logo(self.db, Path(path))
        except ServiceError as exc:
            messages.error(self, translate("ReportSettings", "Logo"), str(exc))
            return
        self._show_font()

    def clear_logo(self) -> None:
        if not messages.confirm(
            self,
            translate("ReportSettings", "Logo"),
            translate("ReportSettings", "Remove the logo from report covers?"),
        ):
            return
        try:
            reporting.remove_logo(self.db)
        except ServiceError as exc:
            messages.error(self, translate("ReportSettings", "Logo"), str(exc))
        self._show_font()

    def retranslate(self) -> None:
        self.rules_box.setTitle(translate("ReportSettings", "Graduation rules"))
        texts = {
            "high_tech": translate("ReportSettings", "High and New Technology Enterprise"),
            "investment": translate("ReportSettings", "Cumulative investment over (¥)"),
            "revenue": translate("ReportSettings", "Revenue of two consecutive years over (¥)"),
            "listed": translate("ReportSettings", "Merged, acquired, listed or quoted"),
            "min_criteria": translate("ReportSettings", "Criteria needed (at least)"),
            "admission_max_months": translate(
                "ReportSettings", "Admission within (months of founding)"
            ),
            "incubation_months": translate("ReportSettings", "Incubation limit (months)"),
            "long_incubation_months": translate(
                "ReportSettings", "Longer limit for flagged industries (months)"
            ),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for cb in (self.high_tech, self.investment, self.revenue, self.listed):
            cb.setText(translate("ReportSettings", "in use"))
        self.defaults.setText(translate("ReportSettings", "Restore the national defaults"))
        self.revert.setText(translate("ReportSettings", "Revert"))
        self.save.setText(translate("ReportSettings", "Save rules"))
        self.font_box.setTitle(translate("ReportSettings", "Report font and logo"))
        self.font_in_use_label.setText(translate("ReportSettings", "Font in reports:"))
        self.choose_font.setText(translate("ReportSettings", "Choose font…"))
        self.auto_font.setText(translate("ReportSettings", "Find automatically"))
        self.logo_label.setText(translate("ReportSettings", "Logo on covers:"))
        self.choose_logo.setText(translate("ReportSettings", "Choose logo…"))
        self.remove_logo.setText(translate("ReportSettings", "Remove logo"))
        if hasattr(self, "logo_state"):
            # These lines hold translated words too.
            self._show_font()
            self._show_long_industries()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
