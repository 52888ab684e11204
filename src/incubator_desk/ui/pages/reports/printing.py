"""Printing a report's PDF: the system print dialog, and its pages rendered to the printer."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system print dialog; tests replace this function."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen) of a loaded QPdfDocument; returns pages printed."""
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
