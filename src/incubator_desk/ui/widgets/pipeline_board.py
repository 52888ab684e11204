"""The pipeline board: a column per stage, a card per application, cards dragged between
columns to move an application (the page asks the service, which applies the rules)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import ApplicationStatus
from ...services.funding import Card

MIME = "application/x-incubator-desk-application"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


Loader = Callable[[ApplicationStatus, int], list[Card]]
PAGE = 100


class CardModel(QAbstractListModel):
    """The cards of one column (plain rows from the service), fetched a page at a time."""

    def __init__(self, status: ApplicationStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.cards: list[Card] = []
        self.total = 0
        self.loader: Loader | None = None
        self.today = clock.today()

    def set_cards(
        self, cards: Sequence[Card], total: int | None = None, loader: Loader | None = None
    ) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.total = len(self.cards) if total is None else total
        self.loader = loader
        self.today = clock.today()
        self.endResetModel()

    def has_more(self) -> bool:
        return self.loader is not None and len(self.cards) < self.total

    def load_more(self) -> None:
        """The next page, asked for by the column when it is scrolled to its end. (Not
        Qt's canFetchMore/fetchMore: a view calls those right after a reset, before its
        first layout, which would load a second page of every column at once.)"""
        if not self.has_more() or self.loader is None:
            return
        more = self.loader(self.status, len(self.cards))
        if not more:
            self.total = len(self.cards)
            return
        first = len(self.cards)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.cards.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.tenant} {card.fund}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.tenant}\n{card.fund}\n{money(card.amount)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        card = self.cards[indexes[0].row()]
        mime.setData(MIME, QByteArray(f"{card.id}:{card.version}".encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class CardDelegate(QStyledItemDelegate):
    """Paints a card: tenant, fund, amount, score and days in the stage."""

    HEIGHT = 64

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(120, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card = index.data(CARD_ROLE)
        model = index.model()
        today = model.today if isinstance(model, CardModel) else clock.today()
        r = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#3b82f6") if selected else QColor("#c8ccd4")))
        painter.setBrush(QColor("#e8f0fe") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(r, 5, 5)
        painter.setPen(QColor("#1f2328"))
        inner = r.adjusted(8, 4, -8, -4)
        fm = painter.fontMetrics()
        line = fm.height()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                card.tenant, Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#57606a"))
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(card.fund, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setPen(QColor("#1f2328"))
        amount = money(card.amount)
        score = "—" if card.score is None else f"★ {card.score}"
        days = card.days_in_stage(today)
        bottom = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, amount)
        days_text = self.tr("%1 d").replace("%1", str(days))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, f"{score}   {days_text}")
        painter.restore()


class ColumnView(QListView):
    """A column's list; accepts cards dropped from another column.

    Signals:
        dropped(int, int): application id and version of a card dropped here.
    """

    dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(CardDelegate(self))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if value and value >= self.verticalScrollBar().maximum() and isinstance(model, CardModel):
            model.load_more()

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME) and event.source() is not self

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        raw = bytes(event.mimeData().data(MIME).data()).decode()
        app_id, version = (int(x) for x in raw.split(":"))
        # Ignore, so the source view does not remove the row itself: the board reloads.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(app_id, version)


class PipelineBoard(QScrollArea):
    """Columns per stage.

    Signals:
        move_requested(int, int, object): application id, version and target status.
        open_requested(int): an application's card was double-clicked (or Enter pressed).
        current_changed(object): the selected card (a Card) or None.
    """

    move_requested = Signal(int, int, object)
    open_requested = Signal(int)
    current_changed = Signal(object)

    def __init__(
        self, statuses: Sequence[ApplicationStatus], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.models: dict[ApplicationStatus, CardModel] = {}
        self.views: dict[ApplicationStatus, ColumnView] = {}
        self.headers: dict[ApplicationStatus, QLabel] = {}
        for status in statuses:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setMinimumWidth(190)
            col = QVBoxLayout(box)
            col.setContentsMargins(4, 4, 4, 4)
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)
            header.setStyleSheet("font-weight: bold; padding: 2px;")
            view = ColumnView(box)
            model = CardModel(status, view)
            view.setModel(model)
            view.dropped.connect(lambda a, v, st=status: self.move_requested.emit(a, v, st))
            view.doubleClicked.connect(lambda idx: self.open_requested.emit(idx.data(CARD_ROLE).id))
            view.activated.connect(lambda idx: self.open_requested.emit(idx.data(CARD_ROLE).id))
            view.selectionModel().currentChanged.connect(
                lambda cur, _prev, v=view: self._current(v, cur)
            )
            col.addWidget(header)
            col.addWidget(view, 1)
            row.addWidget(box)
            self.models[status] = model
            self.views[status] = view
            self.headers[status] = header
        self.setWidget(inner)
        self.current: Card | None = None

    def _current(self, view: ColumnView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        for other in self.views.values():
            if other is not view:
                other.selectionModel().clearSelection()
        self.current = index.data(CARD_ROLE)
        self.current_changed.emit(self.current)

    def set_cards(
        self,
        cards: Sequence[Card] | dict[ApplicationStatus, list[Card]],
        counts: dict[ApplicationStatus, int] | None = None,
        loader: Loader | None = None,
    ) -> None:
        """Show cards: all of them, or each column's first page with the column totals and
        a loader for the rest (fetched as the column is scrolled)."""
        if isinstance(cards, dict):
            by_status = {s: list(cards.get(s, [])) for s in self.models}
        else:
            by_status = {s: [] for s in self.models}
            for card in cards:
                if card.status in by_status:
                    by_status[card.status].append(card)
        for status, model in self.models.items():
            total = None if counts is None else counts.get(status, 0)
            model.set_cards(by_status[status], total, loader)
        self.current = None
        self.retranslate()

    def retranslate(self) -> None:
        for status, header in self.headers.items():
            header.setText(f"{label(status)} ({self.models[status].total:,})")

    def card_index(self, app_id: int) -> tuple[ApplicationStatus, int] | None:
        for status, model in self.models.items():
            for row, card in enumerate(model.cards):
                if card.id == app_id:
                    return status, row
        return None

    def select(self, app_id: int) -> None:
        found = self.card_index(app_id)
        if found is None:
            return
        status, row = found
        view = self.views[status]
        view.setCurrentIndex(self.models[status].index(row))
        view.scrollTo(self.models[status].index(row))
        view.setFocus()
