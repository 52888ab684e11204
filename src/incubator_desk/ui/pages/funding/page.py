"""The Funding page: the filter bar over the pipeline board, the list of applications, the
funds and the funnel; moving an application from the board or the Move menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from ....core.labels import label
from ....core.vocabularies import ApplicationStatus
from ....db import Database
from ....services import funding as fs
from ....services.access import Action
from ...dialogs.application_dialog import ApplicationDialog
from ...dialogs.application_steps import CommitteeDialog, MoveDialog
from ...toolkit import ErrorMessage, attempt
from ...toolkit.access import name_filter
from ...toolkit.guards import guard
from ...toolkit.tables import finish_table
from ...widgets.pipeline_board import PipelineBoard
from ..base import Page
from .funds_tab import FundsTab
from .funnel_tab import FunnelTab
from .list_model import CardTableModel

LIST_WIDTHS = (60, 240, 170, 120, 120, 120, 60, 90, 150)


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
        guard(self.new_app, Action.FUNDING)
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
        self.board = PipelineBoard(fs.BOARD_COLUMNS)
        self.tabs.addTab(self.board, "")
        self.list_model = CardTableModel(db, self)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        self.list.setSortingEnabled(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(LIST_WIDTHS):
            self.list.setColumnWidth(col, width)
        finish_table(self.list)
        self.tabs.addTab(self.list, "")
        self.funds_tab = FundsTab(db)
        self.tabs.addTab(self.funds_tab, "")
        self.funnel_tab = FunnelTab()
        self.tabs.addTab(self.funnel_tab, "")
        self.layout_.addWidget(self.tabs, 1)

        self._counts: dict[ApplicationStatus, int] = {}
        self._funds: list[fs.FundRow] = []
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
        self.funds_tab.changed.connect(self.refresh)
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
        name_filter(self.fund_filter, self.tr("Fund"))
        name_filter(self.year_filter, self.tr("Year"))

    def refresh(self) -> None:
        self._funds = fs.funds(self.db)
        if not self._loaded_filters or self.fund_filter.count() != len(self._funds) + 1:
            self._fill_filters()
            self._loaded_filters = True
        f = self.card_filter()
        self._counts = fs.card_counts(self.db, f)
        self.board.set_cards(fs.board_pages(self.db, f), self._counts, self._load_column)
        self.list_model.load(f, sum(self._counts.values()))
        self.funds_tab.set_funds(self._funds)
        self._funnel_stale = True
        self._load_funnel()
        self._show_count()
        self._update_actions()

    def _load_funnel(self) -> None:
        """The funnel is figured when its tab is shown (it reads every move)."""
        if self.tabs.currentWidget() is not self.funnel_tab or not self._funnel_stale:
            return
        year = self.year_filter.currentData()
        funnels = fs.funnel(self.db, year)
        self._funnel_stale = False
        self.funnel_tab.show_funnel(funnels, self.fund_filter.currentData(), year)

    def card_filter(self) -> fs.CardFilter:
        return fs.CardFilter(
            self.fund_filter.currentData(), self.year_filter.currentData(), self.search.text()
        )

    def _load_column(self, status: ApplicationStatus, offset: int) -> list[fs.Card]:
        f = self.card_filter()
        return fs.cards(
            self.db, f.fund_id, f.year, f.search, status=status, offset=offset, limit=100
        )

    # -- selection and actions ---------------------------------------------------------------

    def selected_card(self) -> fs.Card | None:
        if self.tabs.currentWidget() is self.list:
            return self.list_model.card_at(self.list.currentIndex())
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
        errors = ErrorMessage(self, self.tr("Move application"))
        plan = attempt(errors, lambda: fs.plan_move(self.db, app_id, to, version))
        ok = False
        if plan is not None and plan.decision is not None:
            ok = bool(CommitteeDialog(self.db, plan.detail, plan.decision, self).exec())
        elif plan is not None:
            dlg = MoveDialog(plan.detail.tenant, plan.detail.status, to, self)
            if dlg.exec():
                comment = dlg.comment.toPlainText()

                def move() -> bool:
                    fs.move_application(self.db, app_id, to, comment, version)
                    return True

                ok = attempt(errors, move) is not None
        self.refresh()
        self.board.select(app_id)
        return ok

    # -- text --------------------------------------------------------------------------------

    def title_text(self) -> str:
        return self.tr("Funding")

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n application(s)", "", sum(self._counts.values())))

    def retranslate(self) -> None:
        super().retranslate()
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
        self.list_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 8)
        if self._loaded_filters:
            self.board.retranslate()
            self._fill_filters()
