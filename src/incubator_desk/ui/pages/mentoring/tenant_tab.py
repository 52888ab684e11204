"""The tenant window's Mentoring tab: its mentors, sessions and overdue actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core import clock
from ....db import Database
from ....services import ical
from ....services import mentoring as svc
from ....services.tenants import tenant_choices
from ...dialogs.assign_dialog import AssignDialog
from ...toolkit import Column, RowsModel
from ...widgets.calendar_export import export_calendar
from ...widgets.row_table import row_table, selected_row
from .sessions import edit_session

EVER = (clock.at(dt.date(1990, 1, 1)), clock.at(dt.date(2100, 1, 1)))


class TenantMentoringTab(QWidget):
    """A tenant's mentors, sessions and overdue actions, with new-session and export buttons."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        box = QVBoxLayout(self)
        self.mentors_label = QLabel()
        box.addWidget(self.mentors_label)
        self.session_model: RowsModel[svc.SessionRow] = RowsModel(
            self._session_columns, parent=self
        )
        self.sessions = row_table(self.session_model)
        box.addWidget(self.sessions, 2)
        self.overdue_label = QLabel()
        box.addWidget(self.overdue_label)
        self.overdue_model: RowsModel[svc.OverdueAction] = RowsModel(
            self._overdue_columns, parent=self
        )
        self.overdue = row_table(self.overdue_model)
        box.addWidget(self.overdue, 1)
        bar = QHBoxLayout()
        self.new_session = QPushButton()
        self.assign = QPushButton()
        self.export = QPushButton()
        bar.addWidget(self.new_session)
        bar.addWidget(self.assign)
        bar.addStretch(1)
        bar.addWidget(self.export)
        box.addLayout(bar)
        self.new_session.clicked.connect(self._new_session)
        self.assign.clicked.connect(self._assign)
        self.export.clicked.connect(self._export)
        self.sessions.doubleClicked.connect(lambda _i: self._open_selected())
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantMentoringTab", "Mentoring")

    def _session_columns(self) -> list[Column[svc.SessionRow]]:
        return [
            Column(self.tr("Starts"), lambda s: s.starts_at, width=140),
            Column(self.tr("Mentor"), lambda s: s.mentor),
            Column(self.tr("Service"), lambda s: s.service_type, width=170),
            Column(self.tr("Topic"), lambda s: s.topic, width=220),
            Column(self.tr("Status"), lambda s: s.status),
        ]

    def _overdue_columns(self) -> list[Column[svc.OverdueAction]]:
        return [
            Column(self.tr("Action"), lambda a: a.description, width=300),
            Column(self.tr("Owner"), lambda a: a.owner),
            Column(self.tr("Due"), lambda a: a.due_on),
            Column(self.tr("Mentor"), lambda a: a.mentor),
        ]

    def refresh(self) -> None:
        current = svc.assignments(self.db, tenant_id=self.tenant_id, current_on=clock.today())
        names = "、".join(a.mentor for a in current) or self.tr("none")
        self.mentors_label.setText(self.tr("Assigned mentors: %1").replace("%1", names))
        rows = svc.sessions_between(
            self.db, *EVER, tenant_id=self.tenant_id, include_cancelled=True
        )
        rows.reverse()  # newest first
        self.session_model.set_rows(rows)
        overdue = svc.overdue_actions(self.db, tenant_id=self.tenant_id)
        self.overdue_label.setText(self.tr("Overdue actions: %n", "", len(overdue)))
        self.overdue_model.set_rows(overdue)

    def _open_selected(self) -> None:
        s = selected_row(self.sessions, self.session_model)
        if s is not None and edit_session(self, self.db, s.id) is not None:
            self.refresh()

    def _new_session(self) -> None:
        if edit_session(self, self.db, None, tenant_id=self.tenant_id) is not None:
            self.refresh()

    def _assign(self) -> None:
        dlg = AssignDialog(self.db, None, self.tenant_id, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _export(self) -> None:
        name = next(
            (c.name for c in tenant_choices(self.db, open_only=False) if c.id == self.tenant_id),
            "tenant",
        )
        export_calendar(self, self.db, lambda db: ical.tenant_calendar(db, self.tenant_id), name)

    def retranslate(self) -> None:
        self.session_model.retranslate()
        self.overdue_model.retranslate()
        self.new_session.setText(self.tr("&New session…"))
        self.assign.setText(self.tr("&Assign a mentor…"))
        self.export.setText(self.tr("E&xport schedule (.ics)…"))
