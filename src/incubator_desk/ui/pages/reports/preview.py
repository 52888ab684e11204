"""What a made report looks like before it is saved: PDF pages with zoom and page controls,
or, for a workbook, its sheets as tables with a note saying what the file is.

Signals of `ReportPreview`: `open_requested()` — the person asked to open the workbook in
their spreadsheet program.
"""

from __future__ import annotations

import operator

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.spreadsheets import SheetPreview
from ...toolkit import Column, RowsModel
from ...widgets.rows_view import rows_view

FIT_WIDTH, FIT_PAGE = "width", "page"
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPane(QWidget):
    """A PDF's pages with a zoom choice and page navigation (Ctrl++ / Ctrl+- zoom too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous = QToolButton()
        self.previous.setText("‹")
        self.next = QToolButton()
        self.next.setText("›")
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page_label = QLabel()
        self.page_label.setBuddy(self.page)
        self.of_pages = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem("", FIT_WIDTH)
        self.zoom.addItem("", FIT_PAGE)
        for z in ZOOMS:
            self.zoom.addItem(f"{z:.0%}", z)
        self.zoom_label = QLabel()
        self.zoom_label.setBuddy(self.zoom)
        for w in (self.page_label, self.previous, self.page, self.next, self.of_pages):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom)
        box.addLayout(bar)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        box.addWidget(self.view, 1)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None

        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.document.pageCountChanged.connect(self._page_changed)
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_zoom(s))
        self.retranslate()
        self._update_controls()

    # --- the document -------------------------------------------------------------------------
    def load(self, data: bytes | None) -> None:
        self.document.close()
        self._buffer = None
        if data is not None:
            self._bytes = QByteArray(data)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self._update_controls()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show page `page` (0-based), kept within the document."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_controls()

    # --- zoom ---------------------------------------------------------------------------------
    def _zoom_chosen(self) -> None:
        choice = self.zoom.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def step_zoom(self, direction: int) -> None:
        """The next larger (1) or smaller (-1) fixed zoom from what is shown now."""
        now = self.view.zoomFactor()
        if direction > 0:
            bigger = [z for z in ZOOMS if z > now + 0.01]
            target = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < now - 0.01]
            target = smaller[-1] if smaller else ZOOMS[0]
        self.zoom.setCurrentIndex(self.zoom.findData(target))

    # --- controls -----------------------------------------------------------------------------
    def _page_changed(self, _page: int) -> None:
        if shiboken6.isValid(self.document):  # not while the pane is being taken apart
            self._update_controls()

    def _update_controls(self) -> None:
        count = self.page_count()
        current = self.current_page() if count else 0
        self.page.blockSignals(True)
        self.page.setMaximum(max(count, 1))
        self.page.setValue(current + 1)
        self.page.blockSignals(False)
        for w in (self.page, self.page_label, self.zoom, self.zoom_label):
            w.setEnabled(count > 0)
        self.previous.setEnabled(count > 0 and current > 0)
        self.next.setEnabled(count > 0 and current < count - 1)
        self.of_pages.setText(self.tr("of %1").replace("%1", str(count)) if count else "")

    def retranslate(self) -> None:
        self.page_label.setText(self.tr("P&age:"))
        self.zoom_label.setText(self.tr("&Zoom:"))
        self.zoom.setItemText(0, self.tr("Fit width"))
        self.zoom.setItemText(1, self.tr("Whole page"))
        self.previous.setToolTip(self.tr("Previous page"))
        self.previous.setAccessibleName(self.tr("Previous page"))
        self.next.setToolTip(self.tr("Next page"))
        self.next.setAccessibleName(self.tr("Next page"))
        self.view.setAccessibleName(self.tr("Report preview"))
        self._update_controls()


class WorkbookPane(QWidget):
    """A workbook's sheets as read-only tables, under a note on what the file is."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.open_button = QPushButton()
        top.addWidget(self.note, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.sheets = QTabWidget()
        box.addWidget(self.sheets, 1)
        self._shown: tuple[str, list[SheetPreview]] | None = None
        self.open_button.clicked.connect(self.open_requested)
        self.retranslate()

    def show_sheets(self, what: str, sheets: list[SheetPreview]) -> None:
        """`what` names the workbook ("The Torch return for 2025"); `sheets` its contents."""
        self._shown = (what, sheets)
        self.sheets.clear()
        for sheet in sheets:
            width = max((len(r) for r in sheet.rows), default=0)
            columns: list[Column[list[str]]] = [
                Column(_column_letter(i), operator.itemgetter(i)) for i in range(width)
            ]
            model: RowsModel[list[str]] = RowsModel(columns, sheet.rows, parent=self.sheets)
            view = rows_view(model, sortable=False)
            view.setAccessibleName(sheet.title)
            self.sheets.addTab(view, sheet.title)
        self._update_note()

    def clear(self) -> None:
        self._shown = None
        self.sheets.clear()
        self._update_note()

    def _update_note(self) -> None:
        if self._shown is None:
            self.note.clear()
            return
        what, sheets = self._shown
        cut = [s for s in sheets if s.total_rows > len(s.rows)]
        text = (
            self.tr(
                "%1 is an Excel workbook (%2 sheet(s)), not a printable document. Its contents "
                "are shown below; save it with Save as… or open it in your spreadsheet program."
            )
            .replace("%1", what)
            .replace("%2", str(len(sheets)))
        )
        if cut:
            text += " " + self.tr("Long sheets show their first %1 rows here.").replace(
                "%1", str(len(cut[0].rows))
            )
        self.note.setText(text)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("&Open in spreadsheet program"))
        self._update_note()


def _column_letter(i: int) -> str:
    """A, B, … Z, AA, AB … as a spreadsheet names its columns."""
    name = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class ReportPreview(QStackedWidget):
    """The PDF pane or the workbook pane, whichever the made report needs; empty at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = PdfPane()
        self.workbook = WorkbookPane()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("fieldHint")
        self.addWidget(self.empty)
        self.addWidget(self.pdf)
        self.addWidget(self.workbook)
        self.retranslate()

    def show_pdf(self, data: bytes) -> None:
        self.workbook.clear()
        self.pdf.load(data)
        self.setCurrentWidget(self.pdf)

    def show_workbook(self, what: str, sheets: list[SheetPreview]) -> None:
        self.pdf.load(None)
        self.workbook.show_sheets(what, sheets)
        self.setCurrentWidget(self.workbook)

    def show_nothing(self) -> None:
        self.pdf.load(None)
        self.workbook.clear()
        self.setCurrentWidget(self.empty)

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr(
                "Choose a report and press Generate: its pages appear here before you "
                "print or save them."
            )
        )
        self.pdf.retranslate()
        self.workbook.retranslate()


__all__ = ["PdfPane", "ReportPreview", "WorkbookPane"]
