"""The Sessions tab: the sessions register with new, edit, cancel, delete and calendar export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ....core.clock import local_text
from ....core.errors import ServiceError
from ....core.labels import label
from ....core.vocabularies import SessionStatus
from ....db import Database
from ....services import ical
from ....services import mentoring as svc
from ....services import overview as ov
from ....services.access import Action
from ... import messages
from ...dialogs.session_dialog import SessionDialog
from ...qtmodels.register_model import column
from ...toolkit.guards import guard
from ...widgets.calendar_export import export_calendar
from ..register_page import RegisterPage


def edit_session(
    parent: QWidget,
    db: Database,
    session_id: int | None,
    *,
    tenant_id: int | None = None,
    start: dt.datetime | None = None,
) -> int | None:
    """Open the session dialog (a new session when `session_id` is None); the saved id or None."""
    try:
        dlg = SessionDialog(db, session_id, parent, tenant_id=tenant_id, start=start)
    except ServiceError as err:  # the session was removed since the list was read
        messages.error(
            parent, QCoreApplication.translate("MentoringPage", "Mentoring session"), str(err)
        )
        return None
    if dlg.exec() == QDialog.DialogCode.Accepted:
        return dlg.saved_id
    return None


class SessionList(RegisterPage):
    """The sessions register (search, sorting, lazy loading, remembered columns)."""

    key = "mentoring-sessions"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            column("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=140),
            column("mentor", QT_TRANSLATE_NOOP("Columns", "Mentor"), width=110),
            column("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=260),
            column("service_type", QT_TRANSLATE_NOOP("Columns", "Service"), width=190),
            column("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=220),
            column("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        ]
        super().__init__(
            db, ov.session_register(), columns, sort_column=0, descending=True, parent=parent
        )
        self.title.hide()
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title_text(self) -> str:
        return ""

    def search_placeholder(self) -> str:
        return QCoreApplication.translate("MentoringPage", "Search by mentor or topic…")


class SessionsTab(QWidget):
    """The sessions register and what can be done to the selected session.

    Signals:
        changed(): a session was added, changed, cancelled or deleted.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        box = QVBoxLayout(self)
        self.sessions = SessionList(db)
        box.addWidget(self.sessions, 1)
        bar = QHBoxLayout()
        self.new_session = QPushButton()
        guard(self.new_session, Action.MENTORING)
        self.edit_session = QPushButton()
        self.cancel_session = QPushButton()
        self.delete_session = QPushButton()
        self.export_mentor = QPushButton()
        for b in (self.new_session, self.edit_session, self.cancel_session, self.delete_session):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.export_mentor)
        box.addLayout(bar)
        self.new_session.clicked.connect(lambda: self.open_session(None))
        self.edit_session.clicked.connect(self._edit_selected)
        self.sessions.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.cancel_session.clicked.connect(self._cancel_selected)
        self.delete_session.clicked.connect(self._delete_selected)
        self.export_mentor.clicked.connect(self._export_mentor)

    def reload(self) -> None:
        self.sessions.db = self.db
        self.sessions.refresh()

    def open_session(self, session_id: int | None) -> None:
        if edit_session(self, self.db, session_id) is not None:
            self.changed.emit()

    def _selected_id(self) -> int | None:
        sid = self.sessions.selected_id()
        if sid is None:
            messages.info(self, self.tr("Mentoring session"), self.tr("Select a session first."))
        return sid

    def _selected(self) -> svc.SessionDetail | None:
        sid = self._selected_id()
        if sid is None:
            return None
        try:
            return svc.get_session(self.db, sid)
        except ServiceError as err:
            messages.error(self, self.tr("Mentoring session"), str(err))
            return None

    def _edit_selected(self) -> None:
        sid = self._selected_id()
        if sid is not None:
            self.open_session(sid)

    def _cancel_selected(self) -> None:
        d = self._selected()
        if d is None or d.status is SessionStatus.CANCELLED:
            return
        text = (
            self.tr("Cancel the session “%1” on %2? Its room booking is released.")
            .replace("%1", d.topic or label(d.service_type))
            .replace("%2", local_text(d.starts_at))
        )
        if not messages.confirm(self, self.tr("Cancel session"), text):
            return
        try:
            svc.cancel_session(self.db, d.id, d.version)
        except ServiceError as err:
            messages.error(self, self.tr("Session not cancelled"), str(err))
        self.changed.emit()

    def _delete_selected(self) -> None:
        d = self._selected()
        if d is None:
            return
        text = (
            self.tr(
                "Delete the session “%1” on %2 with its agreed actions? This cannot be undone; "
                "to keep a record, cancel it instead."
            )
            .replace("%1", d.topic or label(d.service_type))
            .replace("%2", local_text(d.starts_at))
        )
        if not messages.confirm(self, self.tr("Delete session"), text):
            return
        try:
            svc.delete_session(self.db, d.id, d.version)
        except ServiceError as err:
            messages.error(self, self.tr("Session not deleted"), str(err))
        self.changed.emit()

    def _export_mentor(self) -> None:
        sid = self.sessions.selected_id()
        if sid is None:
            messages.info(
                self,
                self.tr("Export calendar"),
                self.tr("Select one of the mentor's sessions (or the mentor) first."),
            )
            return
        d = svc.get_session(self.db, sid)
        export_mentor_calendar(self, self.db, d.mentor_id, d.mentor)

    def retranslate(self) -> None:
        self.new_session.setText(self.tr("&New session…"))
        self.new_session.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.edit_session.setText(self.tr("&Edit…"))
        self.cancel_session.setText(self.tr("Cancel sessio&n"))
        self.delete_session.setText(self.tr("&Delete…"))
        self.export_mentor.setText(self.tr("E&xport mentor's calendar…"))


def export_mentor_calendar(parent: QWidget, db: Database, mentor_id: int, name: str) -> None:
    export_calendar(parent, db, lambda db: ical.mentor_calendar(db, mentor_id), name or "mentor")
