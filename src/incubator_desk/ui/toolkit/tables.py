"""Tables that show their whole text: headers never narrower than their title, one line per
row with the full text of a cut cell or header on hover; Tab moves on to the next control.

    finish_table(view)            # after setModel; every table builder calls it
    fit_headers(view)             # again after a language change (finish_table connects it)

- Rows are one line high and the same height everywhere (`row_height(view)`), so a long
  name is elided with "…" rather than wrapped into a second line the row has no room for;
  its tooltip shows it whole. A table whose rows need several lines (criteria with their
  evidence) passes `wrap=True`: its rows are sized to their contents instead.
- A header is never cut: a section narrower than its title is widened to fit it, and a
  title that must be cut (a user dragged its section narrower) has a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip, QWidget


def row_height(widget: QWidget) -> int:
    """One line of text in `widget`'s font with the style's padding: every table's rows."""
    return widget.fontMetrics().height() + 10


def header_text_width(header: QHeaderView, section: int) -> int:
    """Pixels the title of `section` needs, with the style's margins and a sort arrow."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(section, header.orientation()) or "")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 4 * margin + arrow


def fit_headers(view: QTableView) -> None:
    """Widen every interactive section that is narrower than its title."""
    header = view.horizontalHeader()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        need = header_text_width(header, section)
        if header.sectionSize(section) >= need:
            continue
        stretched = (
            header.stretchLastSection() and header.visualIndex(section) == header.count() - 1
        )
        if stretched:  # a stretched last section keeps the size it had when stretching began
            header.setStretchLastSection(False)
        header.resizeSection(section, need)
        if stretched:
            header.setStretchLastSection(True)


class _CutTextTips(QObject):
    """Shows the whole text of a cell or header title when it is cut, on hover."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        if watched is self.view.viewport():
            return self._cell_tip(event)
        return self._header_tip(event)

    def _cell_tip(self, event: QHelpEvent) -> bool:
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip wins
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = self.view.visualRect(index)
        needed = self.view.fontMetrics().horizontalAdvance(text) + 8
        if text and needed > rect.width():
            QToolTip.showText(event.globalPos(), text, self.view.viewport(), rect)
        else:
            QToolTip.hideText()
        return True

    def _header_tip(self, event: QHelpEvent) -> bool:
        header = self.view.horizontalHeader()
        section = header.logicalIndexAt(QPoint(event.pos()))
        if section < 0:
            return False
        model = header.model()
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "") if model else ""
        if text and header_text_width(header, section) > header.sectionSize(section):
            QToolTip.showText(event.globalPos(), text, header.viewport())
        else:
            QToolTip.hideText()
        return True


def finish_table(view: QTableView, wrap: bool = False) -> QTableView:
    """Even one-line rows (or rows sized to wrapped text), uncut headers, tips for cut text."""
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    # Tab leaves the table for the next control (arrow keys move between rows): with Qt's
    # default, Tab walks the cells and a keyboard user is stuck in the table.
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    if wrap:  # as tall as the text needs, never shorter than a one-line row elsewhere
        rows.setMinimumSectionSize(row_height(view))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(view))
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)
    header.setHighlightSections(False)
    tips = _CutTextTips(view)
    view.viewport().installEventFilter(tips)
    header.viewport().installEventFilter(tips)
    model = view.model()
    if model is not None:
        model.headerDataChanged.connect(lambda *_: fit_headers(view))
        model.modelReset.connect(lambda: fit_headers(view))
    fit_headers(view)
    return view


__all__ = ["finish_table", "fit_headers", "header_text_width", "row_height"]
