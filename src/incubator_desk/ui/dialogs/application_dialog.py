"""An application in full: details, reviews, committee, disbursements, documents, history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.vocabularies import ApplicationStatus
from ...db import Database
from ...services import funding as fs
from ..toolkit import ErrorMessage, attempt, display
from .application_details import ApplicationDetailsTab
from .application_steps import MoveDialog
from .application_tabs import (
    ApplicationCommitteeTab,
    ApplicationDocumentsTab,
    ApplicationHistoryTab,
    ApplicationReviewsTab,
    ApplicationTab,
    ApplicationTranchesTab,
)


class ApplicationDialog(QDialog):
    """One application. A new one starts on the Details tab; the others open once saved.

    Signals:
        changed(): something was saved; the page reloads.
    """

    changed = Signal()

    def __init__(
        self,
        db: Database,
        app_id: int | None = None,
        parent: QWidget | None = None,
        tenant_id: int | None = None,
        fund_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.app_id = app_id
        self.detail: fs.ApplicationDetail | None = None
        self.resize(900, 620)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.header.setWordWrap(True)
        self.move_button = QToolButton()
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.move_button)
        self.details = ApplicationDetailsTab(db, tenant_id, fund_id)
        self.reviews = ApplicationReviewsTab(db)
        self.committee = ApplicationCommitteeTab(db)
        self.tranches = ApplicationTranchesTab(db)
        self.documents = ApplicationDocumentsTab(db)
        self.history = ApplicationHistoryTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.reviews, self.tr("&Reviews"))
        self.tabs.addTab(self.committee, self.tr("&Committee"))
        self.tabs.addTab(self.tranches, self.tr("Dis&bursements"))
        self.tabs.addTab(self.documents, self.tr("Doc&uments"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.details.saved.connect(self._details_saved)
        tab: ApplicationTab
        for tab in (self.reviews, self.committee, self.tranches, self.documents):
            tab.saved.connect(self._saved)
            tab.refused.connect(self.reload)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.reload()

    def _details_saved(self, app_id: int) -> None:
        self.app_id = app_id
        self._saved()

    def _saved(self) -> None:
        self.changed.emit()
        self.reload()

    def move_to(self, to: ApplicationStatus) -> bool:
        """Ask for a comment, then make the move; committee outcomes go through the
        committee's decision (the service says which)."""
        d = self.detail
        if d is None:
            return False
        errors = ErrorMessage(self, self.tr("Not saved"))
        plan = attempt(errors, lambda: fs.plan_move(self.db, d.id, to, d.version))
        if plan is None:
            self.reload()
            return False
        if plan.decision is not None:
            self.tabs.setCurrentWidget(self.committee)
            return self.committee.record(plan.decision)
        dlg = MoveDialog(d.tenant, d.status, to, self)
        if not dlg.exec():
            return False
        comment = dlg.comment.toPlainText()

        def move() -> bool:
            fs.move_application(self.db, d.id, to, comment, d.version)
            return True

        moved = attempt(errors, move) is not None
        if moved:
            self.changed.emit()
        self.reload()
        return moved

    def reload(self) -> None:
        if self.app_id is None:
            self.setWindowTitle(self.tr("New application"))
            self.header.setText(self.tr("New application: fill in the details and save."))
            for i in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(i, False)
            self.move_button.setEnabled(False)
            self.move_button.setText(self.tr("Move to…"))
            return
        app_id = self.app_id
        d = attempt(
            ErrorMessage(self, self.tr("Application")), lambda: fs.application(self.db, app_id)
        )
        if d is None:
            return
        self.detail = d
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        self.setWindowTitle(self.tr("Application no. %1").replace("%1", str(d.id)))
        self.header.setText(
            self.tr("%1 → %2 · %3 since %4")
            .replace("%1", d.tenant)
            .replace("%2", d.fund)
            .replace("%3", label(d.status))
            .replace("%4", display(clock.park_time(d.status_since).date()))
        )
        self.move_menu.clear()
        for to in d.next_moves:
            action = self.move_menu.addAction(label(to))
            action.triggered.connect(lambda _=False, st=to: self.move_to(st))
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setEnabled(bool(d.next_moves))
        self.details.load(d)
        self.reviews.load(d)
        self.committee.load(d)
        self.tranches.load(d)
        self.documents.load(d)
        self.history.load(d)
