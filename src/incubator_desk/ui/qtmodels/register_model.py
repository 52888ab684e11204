"""A lazy table model over a service register: fetches a window of rows as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...core.i18n import Translator
from ...db import Database
from ...services.overview import Query, Register
from ..toolkit import display  # also imported from here by pages not yet moved to it

Index = QModelIndex | QPersistentModelIndex
_columns = Translator("Columns")  # column titles are marked under this one context
BATCH = 200


@dataclass(frozen=True)
class Column:
    """A visible column: the register key it shows and a function giving its header text."""

    key: str
    header: Callable[[], str]
    align_right: bool = False
    width: int = 120  # starting width in pixels, until the user resizes it
    format: Callable[[Any], str] | None = None  # instead of the generic `display`


def column(
    key: str,
    text: object,
    right: bool = False,
    width: int = 120,
    fmt: Callable[[Any], str] | None = None,
) -> Column:
    """A column whose header is `text` (marked with QT_TRANSLATE_NOOP("Columns", …))."""
    return Column(key, lambda: _columns(str(text)), right, width, fmt)


class RegisterTableModel(QAbstractTableModel):
    """Rows of a `Register`, BATCH at a time; sorting and filtering are done by the database."""

    def __init__(
        self,
        db: Database,
        register: Register,
        columns: list[Column],
        sort_key: str = "",
        descending: bool = False,
        parent=None,
    ):
        super().__init__(parent)
        self._db = db
        self._register = register
        self._columns = columns
        self._positions = [register.columns.index(c.key) for c in columns]
        self._query = Query(
            sort_key=sort_key or register.default_sort, descending=descending, limit=BATCH
        )
        self._rows: list[tuple[Any, ...]] = []
        self._total = 0
        self.reload()

    # --- what the page asks for -------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, **changes: Any) -> None:
        self._query = replace(self._query, offset=0, **changes)
        self.reload()

    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._register.count(self._db, self._query)
        self._rows = self._register.rows(self._db, replace(self._query, offset=0))
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return int(self._rows[row][0])

    # --- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self._columns[index.column()]
        value = self._rows[index.row()][self._positions[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.format(value) if col.format else display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return display(value) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header()
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._register.rows(self._db, replace(self._query, offset=len(self._rows)))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if key not in self._register.sortable:
            return
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return  # already in this order: the view asks again when sorting is switched on
        self.set_query(sort_key=key, descending=descending)

    def column_width(self, column: int) -> int:
        return self._columns[column].width

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].key in self._register.sortable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._columns) - 1, 0))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )
