"""A table model over plain rows (dataclasses, tuples) that a service returned.

    def columns(self) -> list[Column[TenantRow]]:           # self.tr() here: retranslatable
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Amount"), lambda r: r.amount, right=True, text=money),
            Column(self.tr("Since"), lambda r: r.since, tooltip=lambda r: r.note),
        ]

    self.model = RowsModel(self.columns)                    # or a list of Columns
    self.view.setModel(self.model); self.view.setSortingEnabled(True)
    self.model.set_rows(svc.list_things(self.db))
    row = self.model.row_at(self.view.currentIndex())      # the row object, or None

- `Column(title, value, right=False, sort_key=None, tooltip=None, decoration=None,
  foreground=None, text=None, width=None)`: `value(row)` is the cell's value; it is shown
  with `text(value)` or `display(value)` (dates ISO, Decimal with two decimals, enums by
  their label, True as ✓, None as ""); `sort_key(row)` orders the column (default: the
  value; None sorts last either way). `tooltip`, `decoration` (icon/colour) and `foreground`
  take the row. `width` is a starting width for the view (`apply_widths(view)`).
- `RowsModel(columns, rows=(), parent=None)`: `columns` is a list or a function returning
  one; `retranslate()` calls the function again and refreshes the headers. `set_rows(rows)`
  replaces the rows (keeping the current sort order), `rows()` gives them, `row_at(index)`
  takes an index of this model or of a proxy over it, `index_of(row)` finds a row's model row.
- `rows_view(model)`: a read-only QTableView over it (whole rows, single selection, sortable
  by clicking a header, widths applied); `model.row_at(view.currentIndex())` reads it.
- Roles: `ROW_ROLE` gives the row object, `SORT_ROLE` a value Qt can compare, so a
  `QSortFilterProxyModel` with `setSortRole(SORT_ROLE)` sorts like the model itself does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...core import clock
from ...core.labels import label
from .tables import finish_table

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def display(value: Any) -> str:
    """The text of a cell value: the one way a plain value is shown in a table."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, dt.datetime):
        return clock.local_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)


def qt_sortable(value: Any) -> Any:
    """`value` as something QSortFilterProxyModel compares the way Python would."""
    if value is None or isinstance(value, int | float | str):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return qt_sortable(value.value)
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (translated) title and how a row gives its cell."""

    title: str
    value: Callable[[R], Any]
    right: bool = False
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None
    decoration: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None
    text: Callable[[Any], str] | None = None
    width: int | None = None

    def cell_text(self, row: R) -> str:
        value = self.value(row)
        return self.text(value) if self.text is not None else display(value)

    def key(self, row: R) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.value(row)


Columns = Sequence[Column[R]] | Callable[[], Sequence[Column[R]]]


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of `rows`, one `Column` per column; sorts itself (see module doc)."""

    def __init__(
        self, columns: Columns[R], rows: Iterable[R] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_columns = columns if callable(columns) else None
        self._columns: list[Column[R]] = list(columns() if callable(columns) else columns)
        self._rows: list[R] = list(rows)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- what views and pages use -----------------------------------------------------------
    def rows(self) -> list[R]:
        return list(self._rows)

    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    def row_at(self, index: Index) -> R | None:
        """The row shown at `index` (of this model or of proxies over it); None if none."""
        model = index.model()
        while isinstance(model, QAbstractProxyModel) and index.isValid():
            index = model.mapToSource(index)
            model = index.model()
        if not index.isValid() or model is not self or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def index_of(self, row: R) -> int:
        """The model row of `row` (by equality), or -1."""
        for i, r in enumerate(self._rows):
            if r == row:
                return i
        return -1

    def retranslate(self) -> None:
        """Titles again from the columns function (after a language change), texts too."""
        if self._make_columns is not None:
            columns = list(self._make_columns())
            if len(columns) != len(self._columns):
                self.beginResetModel()
                self._columns = columns
                self.endResetModel()
                return
            self._columns = columns
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def apply_widths(self, view: QTableView) -> None:
        for i, col in enumerate(self._columns):
            if col.width is not None:
                view.setColumnWidth(i, col.width)

    # --- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        col = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.cell_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col.right else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return col.decoration(row) if col.decoration is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return col.foreground(row) if col.foreground is not None else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return qt_sortable(col.key(row))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].right:
            return RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted(list(range(len(self._rows))), column, order, by_position=True)
        new_row = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in old_indexes],
        )
        self.layoutChanged.emit()

    def _sorted(
        self, items: list[Any], column: int, order: Qt.SortOrder, by_position: bool = False
    ) -> list[Any]:
        """`items` (rows, or positions in `_rows`) in the column's order, empty keys last."""
        col = self._columns[column]

        def key(item: Any) -> Any:
            return col.key(self._rows[item] if by_position else item)

        keyed = [(key(item), item) for item in items]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [item for k, item in keyed if k is None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [item for _k, item in present] + missing


def rows_view(model: RowsModel[Any], parent: QWidget | None = None) -> QTableView:
    """A read-only table over `model`: whole rows selected one at a time, sortable by a click
    on a header (the rows keep the order they were given in until then)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    model.apply_widths(view)
    for i, col in enumerate(model.columns()):
        if col.right and col.width is None:  # figures: as wide as the widest, no wider
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return finish_table(view)


__all__ = [
    "ROW_ROLE",
    "SORT_ROLE",
    "Column",
    "Columns",
    "RowsModel",
    "display",
    "qt_sortable",
    "rows_view",
]
