"""The applications as a sortable list: sorted by the database, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ....core import clock
from ....db import Database
from ....services import funding as fs
from ...toolkit import ROW_ROLE, display

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex
RIGHT_COLUMNS = (0, 3, 4, 6, 7)  # number, amounts, score, days


class CardTableModel(QAbstractTableModel):
    """Applications as rows (the service's cards). Not a RowsModel: with tens of thousands
    of applications the database sorts (by `fs.CARD_ORDER`) and the view fetches pages."""

    PAGE = 200

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.cards: list[fs.Card] = []
        self.total = 0
        self.filter = fs.CardFilter()
        self.order = "since"
        self.descending = True
        self.today = clock.today()

    def load(self, f: fs.CardFilter, total: int) -> None:
        self.beginResetModel()
        self.filter = f
        self.total = total
        self.today = clock.today()
        self.cards = self._page(0)
        self.endResetModel()

    def card_at(self, index: Index) -> fs.Card | None:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        return self.cards[index.row()]

    def _page(self, offset: int) -> list[fs.Card]:
        f = self.filter
        return fs.cards(
            self.db, f.fund_id, f.year, f.search, order=self.order,
            descending=self.descending, offset=offset, limit=self.PAGE,
        )  # fmt: skip

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(fs.CARD_ORDER):
            return
        self.order = fs.CARD_ORDER[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load(self.filter, self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.cards) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self.cards))
        if not more:
            self.total = len(self.cards)
            return
        self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(more) - 1)
        self.cards.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(fs.CARD_ORDER)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(fs.CARD_ORDER):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = [
                self.tr("No."), self.tr("Tenant"), self.tr("Fund"), self.tr("Requested (¥)"),
                self.tr("Approved (¥)"), self.tr("Status"), self.tr("Score"),
                self.tr("Days in stage"), self.tr("In this status since"),
            ]  # fmt: skip
            return names[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RIGHT_COLUMNS:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.card_at(index)
        if c is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # A finished stage has no age worth reading; the day it began is the date, not a
            # clock time.
            days = None if c.status in fs.FINISHED else c.days_in_stage(self.today)
            value = (
                c.id, c.tenant, c.fund, c.amount, c.approved, c.status, c.score,
                days, clock.park_time(c.status_since).date(),
            )[col]  # fmt: skip
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in RIGHT_COLUMNS:
            return RIGHT
        if role == ROW_ROLE:
            return c
        return None
