"""The Mentoring page: sessions, mentors, overdue actions, the calendar and statistics, as tabs.

Each tab reads its data when it is first shown, and again after a change made anywhere on
the page.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from ....db import Database
from ...dialogs.event_dialog import EventDialog
from ...widgets.calendar import CalendarPanel
from ..base import Page
from .actions import OverdueActionsTab
from .mentors import MentorsTab
from .sessions import SessionsTab, edit_session
from .statistics import StatisticsPanel


class MentoringPage(Page):
    """Sessions, mentors, overdue actions, the calendar and statistics, as tabs."""

    key = "mentoring"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.sessions_tab = SessionsTab(db)
        self.mentors_tab = MentorsTab(db)
        self.actions_tab = OverdueActionsTab(db)
        self.calendar = CalendarPanel(db)
        # the same figures the reports print (services/activity_stats)
        self.stats_tab = StatisticsPanel(db)
        for tab in (
            self.sessions_tab,
            self.mentors_tab,
            self.actions_tab,
            self.calendar,
            self.stats_tab,
        ):
            self.tabs.addTab(tab, "")
        self._loaded: set[QWidget] = set()

        for changes in (self.sessions_tab, self.mentors_tab, self.actions_tab):
            changes.changed.connect(self._changed)
        self.calendar.open_session.connect(self.open_session)
        self.calendar.open_event.connect(self._open_event)
        self.calendar.changed.connect(self.sessions_tab.reload)
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_session(None))
        self.retranslate()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loaded.clear()
        self.calendar.invalidate()
        self.sessions_tab.reload()
        self._load_tab()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.sessions_tab.db = db
        self.mentors_tab.db = db
        self.actions_tab.db = db
        self.stats_tab.db = db
        self.calendar.db = db
        self.refresh()

    def _load_tab(self) -> None:
        widget = self.tabs.currentWidget()
        if widget in self._loaded:
            return
        self._loaded.add(widget)
        if widget is self.mentors_tab:
            self.mentors_tab.reload()
        elif widget is self.actions_tab:
            self.actions_tab.reload()
        elif widget is self.stats_tab:
            self.stats_tab.reload()
        elif widget is self.calendar:
            self.calendar.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_tab()

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.mentors_tab:
            self.mentors_tab.mentor_search.setFocus()
            self.mentors_tab.mentor_search.selectAll()
        else:
            self.tabs.setCurrentWidget(self.sessions_tab)
            self.sessions_tab.sessions.focus_search()

    def _changed(self) -> None:
        """After a change: reload what shows, the rest when next shown."""
        self.refresh()

    # --- opening items ------------------------------------------------------------------------
    def open_session(self, session_id: int | None) -> int | None:
        saved = edit_session(self, self.db, session_id)
        if saved is not None:
            self._changed()
        return saved

    def _open_event(self, event_id: int) -> None:
        dlg = EventDialog(self.db, event_id, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.calendar.reload()

    # --- text ---------------------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Mentoring")

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("&Sessions"))
        self.tabs.setTabText(1, self.tr("M&entors"))
        self.tabs.setTabText(2, self.tr("&Overdue actions"))
        self.tabs.setTabText(3, self.tr("&Calendar"))
        self.tabs.setTabText(4, self.tr("S&tatistics"))
        self.sessions_tab.retranslate()
        self.mentors_tab.retranslate()
        self.actions_tab.retranslate()
        self.calendar.retranslate()
        self.stats_tab.retranslate()
