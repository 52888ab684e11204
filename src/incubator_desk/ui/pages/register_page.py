"""A page listing one register: instant search, a filter, sortable remembered columns, a count."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from ...db import Database
from ...services.overview import Register
from .. import settings
from ..qtmodels.register_model import Column, RegisterTableModel
from ..toolkit.access import name_filter
from ..toolkit.tables import finish_table
from .base import Page

SEARCH_DELAY_MS = 250


class RegisterPage(Page):
    """A sortable, searchable table of one register, loaded a screenful at a time."""

    def __init__(
        self,
        db: Database,
        register: Register,
        columns: list[Column],
        filter_name: str = "",
        filter_options: Callable[[], list[tuple[str, str]]] | None = None,
        sort_column: int = 0,
        descending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._register = register
        self._filter_name = filter_name
        self._filter_options = filter_options

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        bar.addWidget(self.search)
        self.filter = QComboBox()
        self.filter.setVisible(filter_options is not None)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        bar.addWidget(self.count)
        self.layout_.addLayout(bar)

        self.model = RegisterTableModel(
            db, register, columns, columns[sort_column].key, descending, self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(sort_column, order)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(140)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for col in range(self.model.columnCount()):
            header.resizeSection(col, self.model.column_width(col))
        state = settings.header_state(register.key).get()
        if state:
            header.restoreState(QByteArray(state))
        finish_table(self.table)
        header.sortIndicatorChanged.connect(lambda *_: self._update_count())
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sectionMoved.connect(lambda *_: self._save_header())
        self.layout_.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.retranslate()

    # --- behaviour ----------------------------------------------------------------------------
    def filter_title(self) -> str:
        """What the filter chooses ("Stage"): its name for screen readers and its tooltip."""
        return ""

    def _apply_search(self) -> None:
        self._timer.stop()
        if self.search.text() != self.model.query.search:
            self.model.set_query(search=self.search.text())
            self._update_count()

    def _apply_filter(self) -> None:
        if not self._filter_name:
            return
        value = self.filter.currentData()
        self.model.set_query(filters={self._filter_name: value} if value else {})
        self._update_count()

    def refresh(self) -> None:
        self.model.set_database(self.db)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n record(s)", "", self.model.total))

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            visible = self.model.columnCount() - header.hiddenSectionCount()
            action.setEnabled(header.isSectionHidden(col) or visible > 1)
            action.toggled.connect(lambda on, c=col: self._show_column(c, on))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(pos))

    def _show_column(self, col: int, on: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not on)
        self._save_header()

    def _save_header(self) -> None:
        state = self.table.horizontalHeader().saveState()
        settings.header_state(self._register.key).set(bytes(state.data()))

    def selected_id(self) -> int | None:
        """The id of the selected record, or None when nothing is selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_id(index.row())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- text ---------------------------------------------------------------------------------
    def search_placeholder(self) -> str:
        return self.tr("Search…")

    def retranslate(self) -> None:
        super().retranslate()
        self.search.setPlaceholderText(self.search_placeholder())
        if self.filter_title():
            name_filter(self.filter, self.filter_title())
        if self._filter_options is not None:
            current = self.filter.currentData()
            self.filter.blockSignals(True)
            self.filter.clear()
            for value, text in self._filter_options():
                self.filter.addItem(text, value)
            index = self.filter.findData(current)
            self.filter.setCurrentIndex(max(index, 0))
            self.filter.blockSignals(False)
        self.model.retranslate()
        self._update_count()
