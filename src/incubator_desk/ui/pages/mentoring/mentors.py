"""The Mentors tab: the mentors, the tenants assigned to the selected one, and assignments."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.errors import ServiceError
from ....db import Database
from ....services import mentoring as svc
from ....services.access import Action
from ... import messages
from ...dialogs.assign_dialog import AssignDialog
from ...dialogs.mentor_dialog import MentorDialog
from ...toolkit import Column, RowsModel
from ...toolkit.guards import guard
from ...widgets.row_table import row_table, select_where, selected_row
from .sessions import export_mentor_calendar


def _matches(m: svc.MentorRow, needle: str) -> bool:
    return (
        needle in m.name.lower()
        or needle in m.organisation.lower()
        or any(needle in t.lower() for t in m.expertise)
    )


class MentorsTab(QWidget):
    """Mentors (searchable, inactive ones on request) and their tenants.

    Signals:
        changed(): a mentor or an assignment was added or changed.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        box = QVBoxLayout(self)
        filt = QHBoxLayout()
        self.mentor_search = QLineEdit()
        self.mentor_search.setClearButtonEnabled(True)
        self.mentor_search.setMinimumWidth(320)
        self.show_inactive = QCheckBox()
        filt.addWidget(self.mentor_search)
        filt.addWidget(self.show_inactive)
        filt.addStretch(1)
        self.mentor_count = QLabel()
        filt.addWidget(self.mentor_count)
        box.addLayout(filt)
        self.model: RowsModel[svc.MentorRow] = RowsModel(self._mentor_columns, parent=self)
        self.mentors = row_table(self.model)
        box.addWidget(self.mentors, 2)
        self.assigned_label = QLabel()
        box.addWidget(self.assigned_label)
        self.assigned_model: RowsModel[svc.AssignmentRow] = RowsModel(
            self._assignment_columns, parent=self
        )
        self.assigned = row_table(self.assigned_model)
        box.addWidget(self.assigned, 1)
        bar = QHBoxLayout()
        self.new_mentor = QPushButton()
        guard(self.new_mentor, Action.MENTORING)
        self.edit_mentor = QPushButton()
        self.assign = QPushButton()
        self.end_assign = QPushButton()
        self.export = QPushButton()
        for b in (self.new_mentor, self.edit_mentor, self.assign, self.end_assign):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.export)
        box.addLayout(bar)
        self._all: list[svc.MentorRow] = []

        self.mentor_search.textChanged.connect(lambda _t: self._show_mentors())
        self.show_inactive.toggled.connect(lambda _on: self._show_mentors())
        self.mentors.selectionModel().selectionChanged.connect(lambda *_: self._fill_assigned())
        self.mentors.doubleClicked.connect(lambda _i: self._edit_mentor())
        self.new_mentor.clicked.connect(lambda: self._edit_mentor(new=True))
        self.edit_mentor.clicked.connect(lambda: self._edit_mentor())
        self.assign.clicked.connect(self._assign)
        self.end_assign.clicked.connect(self._end_assignment)
        self.export.clicked.connect(self._export)

    def _mentor_columns(self) -> list[Column[svc.MentorRow]]:
        inactive = self.tr("inactive")
        return [
            Column(self.tr("Name"), lambda m: m.name, width=120),
            Column(self.tr("Kind"), lambda m: m.kind, width=170),
            Column(self.tr("Organisation"), lambda m: m.organisation, width=200),
            Column(self.tr("Expertise"), lambda m: "、".join(m.expertise), width=200),
            Column(self.tr("Tenants"), lambda m: m.tenants, right=True, width=70),
            Column(self.tr("Phone"), lambda m: m.phone, width=130),
            Column(
                self.tr("E-mail"),
                lambda m: m.email if m.active else f"{m.email} ({inactive})",
            ),
        ]

    def _assignment_columns(self) -> list[Column[svc.AssignmentRow]]:
        return [
            Column(self.tr("Tenant"), lambda a: a.tenant, width=320),
            Column(self.tr("From"), lambda a: a.since),
            Column(self.tr("Until"), lambda a: a.until, text=lambda d: d.isoformat() if d else "—"),
        ]

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._all = svc.list_mentors(self.db)
        self._show_mentors()

    def _show_mentors(self) -> None:
        rows = self._all
        if not self.show_inactive.isChecked():
            rows = [m for m in rows if m.active]
        needle = self.mentor_search.text().strip().lower()
        if needle:
            rows = [m for m in rows if _matches(m, needle)]
        selected = self.selected_mentor()
        self.model.set_rows(rows)
        self.mentor_count.setText(self.tr("%n mentor(s)", "", len(rows)))
        if selected is not None:
            select_where(self.mentors, self.model, lambda m: m.id == selected.id)
        self._fill_assigned()

    def _fill_assigned(self) -> None:
        mentor = self.selected_mentor()
        rows = svc.assignments(self.db, mentor_id=mentor.id) if mentor is not None else []
        self.assigned_model.set_rows(rows)

    def selected_mentor(self) -> svc.MentorRow | None:
        return selected_row(self.mentors, self.model)

    # --- actions ------------------------------------------------------------------------------
    def _edit_mentor(self, new: bool = False) -> None:
        mentor = None
        if not new:
            selected = self.selected_mentor()
            if selected is None:
                messages.info(self, self.tr("Mentors"), self.tr("Select a mentor first."))
                return
            mentor = svc.get_mentor(self.db, selected.id)  # the current version, to edit
        dlg = MentorDialog(self.db, mentor, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def _assign(self) -> None:
        mentor = self.selected_mentor()
        dlg = AssignDialog(self.db, mentor.id if mentor else None, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()

    def _end_assignment(self) -> None:
        a = selected_row(self.assigned, self.assigned_model)
        if a is None:
            messages.info(self, self.tr("Mentors"), self.tr("Select an assigned tenant first."))
            return
        text = (
            self.tr("End %1's assignment to %2 today?")
            .replace("%1", a.mentor)
            .replace("%2", a.tenant)
        )
        if not messages.confirm(self, self.tr("End assignment"), text):
            return
        try:
            svc.end_assignment(self.db, a.id, a.version, max(clock.today(), a.since))
        except ServiceError as err:
            messages.error(self, self.tr("Assignment not changed"), str(err))
        self.changed.emit()

    def _export(self) -> None:
        mentor = self.selected_mentor()
        if mentor is None:
            messages.info(self, self.tr("Mentors"), self.tr("Select a mentor first."))
            return
        export_mentor_calendar(self, self.db, mentor.id, mentor.name)

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.mentor_search.setPlaceholderText(self.tr("Search by name, organisation or expertise…"))
        self.show_inactive.setText(self.tr("Show inactive"))
        self.model.retranslate()
        self.assigned_label.setText(self.tr("Tenants assigned to the selected mentor:"))
        self.assigned_model.retranslate()
        self.mentor_count.setText(self.tr("%n mentor(s)", "", self.model.rowCount()))
        self.new_mentor.setText(self.tr("New &mentor…"))
        self.edit_mentor.setText(self.tr("Edit mentor…"))
        self.assign.setText(self.tr("&Assign to a tenant…"))
        self.end_assign.setText(self.tr("End assi&gnment…"))
        self.export.setText(self.tr("E&xport mentor's calendar…"))
