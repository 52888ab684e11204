"""A billing document made off the UI thread, then previewed, printed or saved: bills, a
month's bills at once, a statement, the reminder letters; and the finance export saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....reports.base import write_file
from ... import messages
from ...toolkit import ErrorMessage, Task, TaskContext, attempt, run_task
from ..reports import printing

# Makes the document's bytes in a worker thread: (language "zh"/"en", progress) -> bytes.
Maker = Callable[[str, Callable[[int, int], None]], bytes]


def safe_name(text: str) -> str:
    for ch in '<>:"/\\|?*':
        text = text.replace(ch, "_")
    return text


class DocumentDialog(QDialog):
    """A PDF made by `maker` in the language chosen, shown page by page, to print or save.

    Signals:
        ready(): the document was made and is shown (tests wait for it).
    """

    ready = Signal()

    def __init__(
        self, title: str, file_stem: str, maker: Maker, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.maker, self.file_stem = maker, file_stem
        self.data: bytes | None = None
        self.task: Task | None = None
        self._buffer: QBuffer | None = None
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(self.lang.findData(lang), 0))
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.hide()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        close = QPushButton(self.tr("Close"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Language:")))
        bar.addWidget(self.lang)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.view, 1)
        self.lang.currentIndexChanged.connect(lambda _i: self.make())
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: self.save())
        close.clicked.connect(self.reject)
        self.resize(900, 1000)
        self.make()

    def make(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self._enable(False)
        self.status.setText(self.tr("Making the document…"))
        maker, lang = self.maker, self.lang.currentData()

        def job(ctx: TaskContext) -> bytes:
            return maker(lang, ctx.progress)

        task = run_task(
            job,
            on_result=self._show,
            on_error=lambda err: self.status.setText(str(err)),
            parent=self,
            error_title=self.windowTitle(),
        )
        task.track(self.progress)
        self.progress.show()
        task.finished.connect(lambda t=task: self._finished(t))
        self.task = task

    def _finished(self, task: Task) -> None:
        if self.task is task:
            self.task = None
            self.progress.hide()

    def _show(self, data: bytes) -> None:
        self.data = data
        self.document.close()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self._enable(True)
        self.ready.emit()

    def _enable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def file_name(self) -> str:
        return safe_name(f"{self.file_stem} {self.lang.currentData()}.pdf")

    def print_document(self) -> int:
        """Send every page to a printer chosen in the system dialog; the pages printed."""
        if self.data is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(self.file_name())
        printer.setFromTo(1, self.document.pageCount())
        if not printing.ask_printer(self, printer):
            return 0
        pages = printing.print_pdf(self.document, printer)
        if pages:
            self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))
        else:
            messages.error(self, self.tr("Print"), self.tr("The printer could not be opened."))
        return pages

    def save(self, path: str = "") -> Path | None:
        if self.data is None:
            return None
        if not path:
            path = messages.save_file(
                self,
                self.tr("Save the document"),
                str(Path.home() / self.file_name()),
                self.tr("PDF document (*.pdf)"),
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data = self.data

        def write() -> Path:
            write_file(target, data)
            return target

        saved = attempt(ErrorMessage(self, self.tr("Save the document")), write)
        if saved is not None:
            self.status.setText(self.tr("Saved to %1").replace("%1", str(saved)))
        return saved

    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait(5000)
        super().done(result)


def show_document(
    parent: QWidget, title: str, file_stem: str, maker: Maker, lang: str = "zh"
) -> DocumentDialog:
    dialog = DocumentDialog(title, file_stem, maker, lang, parent)
    dialog.show()
    return dialog


__all__ = ["DocumentDialog", "Maker", "safe_name", "show_document"]
