"""The pipeline board: a column per stage, a card per application, cards dragged between
columns to move an application (the page asks the service, which applies the rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QPainter, QPen
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
from ...services.funding import COMMITTED, FINISHED, Card
from ..theme import colours

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
            return card_description(card, self.today)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card_description(card, self.today).replace("\n", ", ")
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


def shown_amount(card: Card) -> Decimal:
    """The approved amount once the committee has approved one, else the amount requested."""
    if card.status in COMMITTED and card.approved is not None:
        return card.approved
    return card.amount


def card_texts(card: Card, today: dt.date) -> tuple[str, str, str]:
    """A card's amount, score and stage time: how long it has waited in its stage, or for a
    finished stage the date it got there (days there would mean nothing)."""
    amount = money(shown_amount(card))
    if card.status in COMMITTED and card.approved is not None:
        amount = QCoreApplication.translate("PipelineBoard", "%1 approved").replace("%1", amount)
    score = "★ —" if card.score is None else f"★ {card.score}"
    if card.partial_score and card.score is not None:
        score += " ⚠"  # over some of the rubric's criteria only
    if card.status in FINISHED:
        when = clock.park_time(card.status_since).date().isoformat()
    else:
        days = card.days_in_stage(today)
        when = (
            QCoreApplication.translate("PipelineBoard", "1 day")
            if days == 1
            else QCoreApplication.translate("PipelineBoard", "%1 days").replace("%1", str(days))
        )
    return amount, score, when


def card_description(card: Card, today: dt.date) -> str:
    """A card in words, for its tooltip and for a screen reader."""
    amount, _score, when = card_texts(card, today)
    score = (
        QCoreApplication.translate("PipelineBoard", "no score yet")
        if card.score is None
        else QCoreApplication.translate("PipelineBoard", "score %1").replace("%1", f"{card.score}")
    )
    if card.partial_score and card.score is not None:
        score += " " + QCoreApplication.translate(
            "PipelineBoard", "(a review leaves some criteria unscored)"
        )
    if card.status in FINISHED:
        stage = QCoreApplication.translate("PipelineBoard", "%1 since %2").replace(
            "%1", label(card.status)
        )
    else:
        stage = QCoreApplication.translate("PipelineBoard", "%1 for %2").replace(
            "%1", label(card.status)
        )
    lines = [card.tenant, card.fund, amount]
    if amount != money(card.amount):
        lines.append(
            QCoreApplication.translate("PipelineBoard", "%1 requested").replace(
                "%1", money(card.amount)
            )
        )
    return "\n".join([*lines, score, stage.replace("%2", when)])


class CardDelegate(QStyledItemDelegate):
    """Paints a card in four lines: tenant, fund, amount, then score and days in the stage
    (each line elided to the column's width, so nothing is drawn over anything else)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(120, 4 * option.fontMetrics.height() + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card = index.data(CARD_ROLE)
        model = index.model()
        today = model.today if isinstance(model, CardModel) else clock.today()
        c = colours(option.widget)
        r = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(c.highlight if selected or focused else c.line, 2 if focused else 1))
        painter.setBrush(c.highlight_fill if selected else c.base)
        painter.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        if card.status in FINISHED:  # a finished card is set apart by a band on its left
            painter.fillRect(QRect(r.left() + 1, r.top() + 4, 3, r.height() - 8), c.line)
        inner = r.adjusted(8, 4, -8, -4)
        fm = option.fontMetrics
        line = fm.height()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(c.text)
        elide = Qt.TextElideMode.ElideRight
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            left,
            painter.fontMetrics().elidedText(card.tenant, elide, inner.width()),
        )
        painter.setFont(option.font)
        amount, score, when = card_texts(card, today)
        rows = ((card.fund, c.muted), (amount, c.text))
        for i, (text, colour) in enumerate(rows, start=1):
            painter.setPen(colour)
            painter.drawText(
                QRect(inner.left(), inner.top() + i * line, inner.width(), line),
                left,
                fm.elidedText(text, elide, inner.width()),
            )
        # The last line: the score on the left, the stage time on the right, never overlapping
        # (the score gives way first).
        last = QRect(inner.left(), inner.top() + 3 * line, inner.width(), line)
        when_width = min(fm.horizontalAdvance(when) + 2, inner.width())
        painter.setPen(c.muted)
        painter.drawText(
            last,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(when, elide, when_width),
        )
        painter.drawText(last, left, fm.elidedText(score, elide, inner.width() - when_width - 8))
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
            self.views[status].setAccessibleName(header.text())

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
