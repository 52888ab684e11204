"""The Overdue actions tab: agreed actions past their due date, for everyone or one person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.clock import local_text
from ....core.errors import ServiceError
from ....db import Database
from ....services import mentoring as svc
from ....services.tenants import tenant_choices
from ... import messages
from ...toolkit import Column, RowsModel
from ...toolkit.access import name_filter
from ...widgets.row_table import row_table, selected_row
from .sessions import edit_session

ALL, MENTOR, TENANT = "", "mentor", "tenant"


class OverdueActionsTab(QWidget):
    """Open actions whose due date has passed, most overdue first; filter by mentor or tenant.

    Signals:
        changed(): the session of an action was edited.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        box = QVBoxLayout(self)
        filt = QHBoxLayout()
        self.overdue_by = QComboBox()
        self.overdue_who = QComboBox()
        self.overdue_who.setMinimumWidth(260)
        filt.addWidget(self.overdue_by)
        filt.addWidget(self.overdue_who)
        filt.addStretch(1)
        self.overdue_count = QLabel()
        filt.addWidget(self.overdue_count)
        box.addLayout(filt)
        self.model: RowsModel[svc.OverdueAction] = RowsModel(self._columns, parent=self)
        self.overdue = row_table(self.model)
        box.addWidget(self.overdue, 1)
        bar = QHBoxLayout()
        self.mark_done = QPushButton()
        self.open_action_session = QPushButton()
        bar.addWidget(self.mark_done)
        bar.addWidget(self.open_action_session)
        bar.addStretch(1)
        box.addLayout(bar)
        self.overdue_by.currentIndexChanged.connect(lambda _i: self._fill_who())
        self.overdue_who.currentIndexChanged.connect(lambda _i: self._fill())
        self.mark_done.clicked.connect(self._mark_done)
        self.open_action_session.clicked.connect(self._open_session)
        self.overdue.doubleClicked.connect(lambda _i: self._open_session())

    def _columns(self) -> list[Column[svc.OverdueAction]]:
        return [
            Column(self.tr("Action"), lambda a: a.description, width=260),
            Column(self.tr("Owner"), lambda a: a.owner, width=100),
            Column(self.tr("Tenant"), lambda a: a.tenant, width=240),
            Column(self.tr("Mentor"), lambda a: a.mentor, width=100),
            Column(self.tr("Due"), lambda a: a.due_on, width=100),
            Column(self.tr("Days overdue"), lambda a: a.days_overdue, right=True, width=100),
            Column(
                self.tr("Session"),
                lambda a: f"{local_text(a.session_starts_at)} {a.session_topic}",
                sort_key=lambda a: a.session_starts_at,
            ),
        ]

    def reload(self) -> None:
        self._fill_who()

    def _fill_who(self) -> None:
        by = self.overdue_by.currentData()
        self.overdue_who.blockSignals(True)
        self.overdue_who.clear()
        if by == MENTOR:
            for m in svc.list_mentors(self.db):
                self.overdue_who.addItem(m.name, m.id)
        elif by == TENANT:
            for t in tenant_choices(self.db, open_only=False):
                self.overdue_who.addItem(t.name, t.id)
        self.overdue_who.setVisible(by not in (None, ALL))
        self.overdue_who.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        by, who = self.overdue_by.currentData(), self.overdue_who.currentData()
        rows = svc.overdue_actions(
            self.db,
            tenant_id=who if by == TENANT else None,
            mentor_id=who if by == MENTOR else None,
        )
        self.model.set_rows(rows)
        self.overdue_count.setText(self.tr("%n overdue action(s)", "", len(rows)))

    def _selected(self) -> svc.OverdueAction | None:
        return selected_row(self.overdue, self.model)

    def _mark_done(self) -> None:
        a = self._selected()
        if a is None:
            messages.info(self, self.tr("Overdue actions"), self.tr("Select an action first."))
            return
        try:
            svc.set_action_done(self.db, a.id, a.version, True)
        except ServiceError as err:
            messages.error(self, self.tr("Action not changed"), str(err))
        self._fill()

    def _open_session(self) -> None:
        a = self._selected()
        if a is not None and edit_session(self, self.db, a.session_id) is not None:
            self.changed.emit()

    def retranslate(self) -> None:
        current = self.overdue_by.currentData()
        self.overdue_by.blockSignals(True)
        self.overdue_by.clear()
        self.overdue_by.addItem(self.tr("All open actions past due"), ALL)
        self.overdue_by.addItem(self.tr("For one mentor"), MENTOR)
        self.overdue_by.addItem(self.tr("For one tenant"), TENANT)
        self.overdue_by.setCurrentIndex(max(self.overdue_by.findData(current), 0))
        self.overdue_by.blockSignals(False)
        name_filter(self.overdue_by, self.tr("Which overdue actions"))
        name_filter(self.overdue_who, self.tr("Mentor or tenant"))
        self.overdue_who.setVisible(self.overdue_by.currentData() not in (None, ALL))
        self.model.retranslate()
        self.overdue_count.setText(self.tr("%n overdue action(s)", "", self.model.rowCount()))
        self.mark_done.setText(self.tr("Mark &done"))
        self.open_action_session.setText(self.tr("Open the &session…"))
