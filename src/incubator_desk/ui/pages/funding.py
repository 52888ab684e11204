"""Funding page: funds with their positions, the pipeline board, the list and the funnel;
the tenant-detail Funding tab; the review-rubric settings section."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServiceError
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import ApplicationStatus
from ...db import Database
from ...services import funding as fs
from .. import i18n, messages
from ..dialogs.application_dialog import ApplicationDialog
from ..dialogs.application_steps import CommitteeDialog, MoveDialog
from ..dialogs.fund_dialog import FundDialog
from ..qtmodels.register_model import display
from ..widgets.pipeline_board import PipelineBoard
from .base import Page

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _item(text: str, right: bool = False, sort: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if sort is not None:
        item.setData(SORT_ROLE, sort)
    return item


def _plain_table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class CardTableModel(QAbstractTableModel):
    """The applications as a table sorted by the database and fetched a page at a time."""

    PAGE = 200

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.cards: list[fs.Card] = []
        self.total = 0
        self.filter = fs.CardFilter()
        self.order = "since"
        self.descending = True
        self.today = dt.date.today()

    def load(self, f: fs.CardFilter, total: int) -> None:
        self.beginResetModel()
        self.filter = f
        self.total = total
        self.today = dt.date.today()
        self.cards = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list[fs.Card]:
        f = self.filter
        return fs.cards(
            self.db, f.fund_id, f.year, f.search, order=self.order,
            descending=self.descending, offset=offset, limit=self.PAGE,
        )  # fmt: skip

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = fs.CARD_ORDER[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load(self.filter, self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.cards) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [
                self.tr("No."), self.tr("Tenant"), self.tr("Fund"), self.tr("Requested (¥)"),
                self.tr("Approved (¥)"), self.tr("Status"), self.tr("Score"),
                self.tr("Days in stage"), self.tr("In this status since"),
            ]  # fmt: skip
            return names[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.cards[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = (
                c.id, c.tenant, c.fund, c.amount, c.approved, c.status, c.score,
                c.days_in_stage(self.today), c.status_since,
            )[col]  # fmt: skip
            return display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3, 4, 6, 7):
            return int(RIGHT)
        return None


class FundingPage(Page):
    """Funds at a glance, the pipeline board, the list of applications and funnel figures."""

    key = "funding"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        bar = QHBoxLayout()
        self.fund_filter = QComboBox()
        self.fund_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.new_app = QPushButton()
        self.open_app = QPushButton()
        self.move_button = QToolButton()
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        self.count = QLabel()
        for w in (self.fund_filter, self.year_filter, self.search):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count)
        for button in (self.new_app, self.open_app, self.move_button):
            bar.addWidget(button)
        self.layout_.addLayout(bar)

        self.tabs = QTabWidget()
        # Board
        self.board = PipelineBoard(fs.BOARD_COLUMNS)
        self.tabs.addTab(self.board, "")
        # List
        self.list_model = CardTableModel(db, self)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        self.list.setSortingEnabled(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 240, 170, 120, 120, 120, 60, 90, 150)):
            self.list.setColumnWidth(col, width)
        self.tabs.addTab(self.list, "")
        # Funds
        funds_box = QWidget()
        self.funds = _plain_table([""] * 10)
        self.new_fund = QPushButton()
        self.edit_fund = QPushButton()
        self.delete_fund = QPushButton()
        row = QHBoxLayout()
        for b in (self.new_fund, self.edit_fund, self.delete_fund):
            row.addWidget(b)
        row.addStretch(1)
        fl = QVBoxLayout(funds_box)
        fl.addWidget(self.funds, 1)
        fl.addLayout(row)
        self.tabs.addTab(funds_box, "")
        # Funnel
        funnel_box = self.funnel_box = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        self.funnel_title = QLabel()
        self.funnel_title.setStyleSheet("font-weight: bold;")
        self.funnel_money = QLabel()
        self.stages = _plain_table([""] * 5)
        tl.addWidget(self.funnel_title)
        tl.addWidget(self.funnel_money)
        tl.addWidget(self.stages, 1)
        self.per_fund = _plain_table([""] * 7)
        funnel_box.addWidget(top)
        funnel_box.addWidget(self.per_fund)
        self.tabs.addTab(funnel_box, "")
        self.layout_.addWidget(self.tabs, 1)

        self._counts: dict[ApplicationStatus, int] = {}
        self._funds: list[fs.FundRow] = []
        self._funnel: list[fs.Funnel] = []
        self._funnel_stale = True
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.fund_filter.activated.connect(lambda _i: self.refresh())
        self.year_filter.activated.connect(lambda _i: self.refresh())
        self.new_app.clicked.connect(self.new_application)
        self.open_app.clicked.connect(self.open_selected)
        self.board.open_requested.connect(self.open_application)
        self.board.move_requested.connect(self.move_card)
        self.board.current_changed.connect(lambda _c: self._update_actions())
        self.list.doubleClicked.connect(lambda _i: self.open_selected())
        self.list.activated.connect(lambda _i: self.open_selected())
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.tabs.currentChanged.connect(lambda _i: self._load_funnel())
        self.new_fund.clicked.connect(lambda: self.edit_fund_dialog(None))
        self.edit_fund.clicked.connect(self._edit_selected_fund)
        self.funds.doubleClicked.connect(lambda _i: self._edit_selected_fund())
        self.delete_fund.clicked.connect(self._delete_selected_fund)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_application)
        self._loaded_filters = False
        self.retranslate()
        self.refresh()

    # -- loading -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fill_filters(self) -> None:
        fund_id = self.fund_filter.currentData()
        year = self.year_filter.currentData()
        self.fund_filter.clear()
        self.fund_filter.addItem(self.tr("All funds"), None)
        for f in self._funds:
            self.fund_filter.addItem(f.name, f.id)
        self.fund_filter.setCurrentIndex(max(0, self.fund_filter.findData(fund_id)))
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for y in fs.years(self.db):
            self.year_filter.addItem(str(y), y)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))

    def refresh(self) -> None:
        self._funds = fs.funds(self.db)
        if not self._loaded_filters or self.fund_filter.count() != len(self._funds) + 1:
            self._fill_filters()
            self._loaded_filters = True
        f = self.card_filter()
        self._counts = fs.card_counts(self.db, f)
        self.board.set_cards(fs.board_pages(self.db, f), self._counts, self._load_column)
        self.list_model.load(f, sum(self._counts.values()))
        self._funnel_stale = True
        self._load_funnel()
        self._fill_funds()
        self._show_count()
        self._update_actions()

    def _load_funnel(self) -> None:
        """The funnel is figured when its tab is shown (it reads every move)."""
        if self.tabs.currentWidget() is not self.funnel_box or not self._funnel_stale:
            return
        self._funnel = fs.funnel(self.db, self.year_filter.currentData())
        self._funnel_stale = False
        self._fill_funnel()

    def card_filter(self) -> fs.CardFilter:
        return fs.CardFilter(
            self.fund_filter.currentData(), self.year_filter.currentData(), self.search.text()
        )

    def _load_column(self, status: ApplicationStatus, offset: int) -> list[fs.Card]:
        f = self.card_filter()
        return fs.cards(
            self.db, f.fund_id, f.year, f.search, status=status, offset=offset, limit=100
        )

    def _fill_funds(self) -> None:
        self.funds.setRowCount(len(self._funds))
        for r, f in enumerate(self._funds):
            d = f.data
            values = [
                _item(d.name), _item(label(d.kind)), _item(money(d.total_size), True),
                _item(money(d.per_deal_cap), True), _item(money(f.committed), True),
                _item(money(f.disbursed), True), _item(money(f.available), True),
                _item(str(f.deals), True), _item(str(f.applications), True),
                _item(self.tr("Open") if d.open_for_applications else self.tr("Closed")),
            ]  # fmt: skip
            for c, item in enumerate(values):
                self.funds.setItem(r, c, item)

    def _fill_funnel(self) -> None:
        fund_id = self.fund_filter.currentData()
        chosen = next((f for f in self._funnel if f.fund_id == fund_id), None)
        year = self.year_filter.currentData()
        if chosen is None:
            return
        name = chosen.fund or self.tr("All funds")
        self.funnel_title.setText(
            self.tr("%1, %2").replace("%1", name)
            .replace("%2", str(year) if year else self.tr("all years"))
        )  # fmt: skip
        self.funnel_money.setText(
            self.tr("%1 application(s) · requested %2 · approved %3 · disbursed %4")
            .replace("%1", str(chosen.applications))
            .replace("%2", money(chosen.requested))
            .replace("%3", money(chosen.approved))
            .replace("%4", money(chosen.disbursed))
        )
        conv = {a: rate for a, _b, rate in chosen.conversion()}
        rows = [*fs.PIPELINE, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN]
        self.stages.setRowCount(len(rows))
        for r, st in enumerate(rows):
            rate = conv.get(st)
            days = chosen.days_in_stage.get(st)
            values = [
                _item(label(st)),
                _item(str(chosen.by_status.get(st, 0)), True),
                _item(str(chosen.reached.get(st, 0)), True),
                _item("" if rate is None else f"{rate:.0%}", True),
                _item("" if days is None else f"{days:.1f}", True),
            ]
            for c, item in enumerate(values):
                self.stages.setItem(r, c, item)
        per = [f for f in self._funnel if f.fund_id is not None]
        self.per_fund.setRowCount(len(per))
        for r, f in enumerate(per):
            at_committee = f.reached.get(ApplicationStatus.COMMITTEE, 0)
            approved_n = f.reached.get(ApplicationStatus.APPROVED, 0)
            values = [
                _item(f.fund), _item(str(f.applications), True), _item(money(f.requested), True),
                _item(money(f.approved), True), _item(money(f.disbursed), True),
                _item(str(approved_n), True),
                _item(f"{approved_n / at_committee:.0%}" if at_committee else "", True),
            ]  # fmt: skip
            for c, item in enumerate(values):
                self.per_fund.setItem(r, c, item)

    # -- selection and actions ---------------------------------------------------------------

    def selected_card(self) -> fs.Card | None:
        if self.tabs.currentWidget() is self.list:
            index = self.list.currentIndex()
            if not index.isValid():
                return None
            return self.list_model.cards[index.row()]
        if self.tabs.currentWidget() is self.board:
            return self.board.current
        return None

    def _update_actions(self) -> None:
        card = self.selected_card()
        self.open_app.setEnabled(card is not None)
        self.move_menu.clear()
        if card is not None:
            for to in fs.allowed_moves(card.status):
                action = self.move_menu.addAction(label(to))
                action.triggered.connect(
                    lambda _=False, c=card, st=to: self.move_card(c.id, c.version, st)
                )
        self.move_button.setEnabled(bool(self.move_menu.actions()))
        self.edit_fund.setEnabled(self.funds.currentRow() >= 0)
        self.delete_fund.setEnabled(self.funds.currentRow() >= 0)

    def open_selected(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.open_application(card.id)

    def open_application(self, app_id: int) -> ApplicationDialog:
        dlg = ApplicationDialog(self.db, app_id, self)
        dlg.changed.connect(self.refresh)
        dlg.open()
        return dlg

    def new_application(self) -> ApplicationDialog:
        dlg = ApplicationDialog(self.db, None, self, fund_id=self.fund_filter.currentData())
        dlg.changed.connect(self.refresh)
        dlg.open()
        return dlg

    def move_card(self, app_id: int, version: int, to: ApplicationStatus) -> bool:
        """A card dropped on a column (or the Move menu): the service says whether the move
        is allowed and how it is made; the committee's outcomes go through its decision."""
        try:
            plan = fs.plan_move(self.db, app_id, to, version)
        except ServiceError as err:
            messages.error(self, self.tr("Move application"), str(err))
            self.refresh()
            return False
        if plan is None:
            return False
        ok = False
        if plan.decision is not None:
            ok = bool(CommitteeDialog(self.db, plan.detail, plan.decision, self).exec())
        else:
            dlg = MoveDialog(plan.detail.tenant, plan.detail.status, to, self)
            if dlg.exec():
                try:
                    fs.move_application(self.db, app_id, to, dlg.comment.toPlainText(), version)
                    ok = True
                except ServiceError as err:
                    messages.error(self, self.tr("Move application"), str(err))
        self.refresh()
        self.board.select(app_id)
        return ok

    # -- funds -------------------------------------------------------------------------------

    def edit_fund_dialog(self, row: fs.FundRow | None) -> FundDialog:
        dlg = FundDialog(self.db, row, self)
        dlg.accepted.connect(self.refresh)
        dlg.open()
        return dlg

    def _edit_selected_fund(self) -> None:
        r = self.funds.currentRow()
        if 0 <= r < len(self._funds):
            self.edit_fund_dialog(self._funds[r])

    def _delete_selected_fund(self) -> None:
        r = self.funds.currentRow()
        if not 0 <= r < len(self._funds):
            return
        f = self._funds[r]
        if not messages.confirm(
            self, self.tr("Delete fund"), self.tr("Delete the fund %1?").replace("%1", f.name)
        ):
            return
        try:
            fs.delete_fund(self.db, f.id, f.version)
        except ServiceError as err:
            messages.error(self, self.tr("Delete fund"), str(err))
        self.refresh()

    # -- text --------------------------------------------------------------------------------

    def title_text(self) -> str:
        return self.tr("Funding")

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n application(s)", "", sum(self._counts.values())))

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_counts"):
            self._show_count()
        self.search.setPlaceholderText(self.tr("Search by tenant or fund…"))
        self.new_app.setText(self.tr("&New application…"))
        self.new_app.setToolTip(self.tr("New application (Ctrl+N)"))
        self.open_app.setText(self.tr("&Open…"))
        self.move_button.setText(self.tr("&Move to…"))
        self.tabs.setTabText(0, self.tr("Pipeline board"))
        self.tabs.setTabText(1, self.tr("List"))
        self.tabs.setTabText(2, self.tr("Funds"))
        self.tabs.setTabText(3, self.tr("Funnel"))
        self.new_fund.setText(self.tr("New &fund…"))
        self.edit_fund.setText(self.tr("&Edit fund…"))
        self.delete_fund.setText(self.tr("&Delete fund"))
        self.funds.setHorizontalHeaderLabels(
            [self.tr("Fund"), self.tr("Kind"), self.tr("Size (¥)"), self.tr("Per-deal cap (¥)"),
             self.tr("Committed (¥)"), self.tr("Disbursed (¥)"), self.tr("Available (¥)"),
             self.tr("Deals"), self.tr("Applications"), self.tr("Applications open")]
        )  # fmt: skip
        self.stages.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Now in stage"), self.tr("Reached"),
             self.tr("Went on to the next"), self.tr("Average days in stage")]
        )  # fmt: skip
        self.per_fund.setHorizontalHeaderLabels(
            [self.tr("Fund"), self.tr("Applications"), self.tr("Requested"), self.tr("Approved"),
             self.tr("Disbursed"), self.tr("Deals approved"), self.tr("Approved at committee")]
        )  # fmt: skip
        self.list_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        if hasattr(self, "_funds"):
            self.board.retranslate()
            self._fill_filters()
            self._fill_funds()
            self._fill_funnel()


class TenantFundingTab(QWidget):
    """A tenant's applications, money from the incubator's funds, outside investment from
    the quarterly figures, and the cumulative total the graduation rule reads."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.total.setWordWrap(True)
        self.apps_box = QGroupBox()
        self.apps = _plain_table([""] * 7)
        QVBoxLayout(self.apps_box).addWidget(self.apps)
        self.paid_box = QGroupBox()
        self.paid = _plain_table([""] * 5)
        QVBoxLayout(self.paid_box).addWidget(self.paid)
        self.outside_box = QGroupBox()
        self.outside = _plain_table([""] * 5)
        QVBoxLayout(self.outside_box).addWidget(self.outside)
        self.new_app = QPushButton()
        self.new_app.clicked.connect(self._new_application)
        self.apps.doubleClicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.new_app)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.apps_box, 2)
        lay.addWidget(self.paid_box, 1)
        lay.addWidget(self.outside_box, 1)
        self.data: fs.TenantFunding | None = None
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("TenantFundingTab", "Funding")

    def _open(self) -> None:
        r = self.apps.currentRow()
        if self.data is not None and 0 <= r < len(self.data.applications):
            dlg = ApplicationDialog(self.db, self.data.applications[r].id, self)
            dlg.changed.connect(self.refresh)
            dlg.open()

    def _new_application(self) -> None:
        dlg = ApplicationDialog(self.db, None, self, tenant_id=self.tenant_id)
        dlg.changed.connect(self.refresh)
        dlg.open()

    def refresh(self) -> None:
        d = fs.tenant_funding(self.db, self.tenant_id)
        self.data = d
        inv = d.investment
        self.total.setText(
            self.tr("Cumulative investment %1 (outside %2 + incubator funds %3)")
            .replace("%1", money(inv.total))
            .replace("%2", money(inv.outside))
            .replace("%3", money(inv.from_funds))
        )
        self.apps.setRowCount(len(d.applications))
        for r, a in enumerate(d.applications):
            values = [
                _item(str(a.id), True), _item(a.fund), _item(label(a.instrument)),
                _item(money(a.amount_requested), True), _item(money(a.amount_approved), True),
                _item(money(a.paid), True), _item(label(a.status)),
            ]  # fmt: skip
            for c, item in enumerate(values):
                self.apps.setItem(r, c, item)
        self.paid.setRowCount(len(d.payments))
        for r, p in enumerate(d.payments):
            values = [
                _item(display(p.date)), _item(p.fund), _item(label(p.instrument)),
                _item(money(p.amount), True),
                _item(self.tr("Yes") if p.counts_as_investment else self.tr("No")),
            ]  # fmt: skip
            for c, item in enumerate(values):
                self.paid.setItem(r, c, item)
        self.outside.setRowCount(len(d.outside))
        for r, o in enumerate(d.outside):
            values = [_item(display(o.date)), _item(o.period), _item(o.investor),
                      _item(o.round), _item(money(o.amount), True)]  # fmt: skip
            for c, item in enumerate(values):
                self.outside.setItem(r, c, item)

    def retranslate(self) -> None:
        self.apps_box.setTitle(self.tr("Applications"))
        self.paid_box.setTitle(self.tr("Money received from the incubator's funds"))
        self.outside_box.setTitle(self.tr("Investment recorded in the quarterly figures"))
        self.new_app.setText(self.tr("&New application…"))
        self.apps.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Fund"), self.tr("Instrument"), self.tr("Requested (¥)"),
             self.tr("Approved (¥)"), self.tr("Paid (¥)"), self.tr("Status")]
        )  # fmt: skip
        self.paid.setHorizontalHeaderLabels(
            [self.tr("Paid on"), self.tr("Fund"), self.tr("Instrument"), self.tr("Amount (¥)"),
             self.tr("Counts as investment")]
        )  # fmt: skip
        self.outside.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Quarter"), self.tr("Investor"), self.tr("Round"),
             self.tr("Amount (¥)")]
        )  # fmt: skip
        if self.data is not None:
            self.refresh()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FundingSettings(QWidget):
    """The review rubric: criteria (English and Chinese names), weights and the scale."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.version: int | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scale_min = QSpinBox()
        self.scale_max = QSpinBox()
        for s in (self.scale_min, self.scale_max):
            s.setRange(0, 100)
        self.scale_label = QLabel()
        self.add = QPushButton()
        self.remove = QPushButton()
        self.save = QPushButton()
        self.revert = QPushButton()
        self.error = QLabel()
        self.error.setStyleSheet("color: #cf222e;")
        self.error.setWordWrap(True)
        self.add.clicked.connect(self._add_row)
        self.remove.clicked.connect(self._remove_row)
        self.save.clicked.connect(self.save_rubric)
        self.revert.clicked.connect(self.refresh)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_label)
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.revert, self.save):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(scale)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FundingSettings", "Funding review")

    def _add_row(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(("", "", "", "10")):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setCurrentCell(r, 1)
        item = self.table.item(r, 1)
        if item is not None:
            self.table.editItem(item)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def refresh(self) -> None:
        rubric, self.version = fs.rubric(self.db)
        self.table.setRowCount(len(rubric.criteria))
        for r, c in enumerate(rubric.criteria):
            for col, text in enumerate((c.key, c.name_en, c.name_zh, f"{c.weight.normalize():f}")):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.scale_min.setValue(rubric.scale_min)
        self.scale_max.setValue(rubric.scale_max)
        self.error.clear()

    def rubric_from_table(self) -> fs.Rubric | None:
        crit = []
        for r in range(self.table.rowCount()):
            cells = []
            for c in range(4):
                item = self.table.item(r, c)
                cells.append(item.text().strip() if item is not None else "")
            key = cells[0] or cells[1].lower().replace(" ", "_") or cells[2]
            try:
                weight = Decimal(cells[3].replace(",", "."))
            except ArithmeticError:
                self.error.setText(
                    self.tr("Row %1: the weight is not a number.").replace("%1", str(r + 1))
                )
                return None
            crit.append(fs.Criterion(key, cells[1], cells[2], weight))
        return fs.Rubric(tuple(crit), self.scale_min.value(), self.scale_max.value())

    def save_rubric(self) -> bool:
        self.error.clear()
        rubric = self.rubric_from_table()
        if rubric is None:
            return False
        try:
            fs.save_rubric(self.db, rubric, self.version)
        except ServiceError as err:
            self.error.setText(str(err))
            return False
        self.refresh()
        return True

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Reviewers score each application on these criteria. The weighted score is "
                "the weighted mean of a reviewer's scores; reviewers with a conflict of "
                "interest are left out of the average."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Name (English)"), self.tr("Name (Chinese)"),
             self.tr("Weight")]
        )  # fmt: skip
        self.scale_label.setText(self.tr("Scores from"))
        self.add.setText(self.tr("&Add criterion"))
        self.remove.setText(self.tr("&Remove criterion"))
        self.save.setText(self.tr("&Save"))
        self.revert.setText(self.tr("Re&vert"))

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["FundingPage", "FundingSettings", "TenantFundingTab", "i18n"]
