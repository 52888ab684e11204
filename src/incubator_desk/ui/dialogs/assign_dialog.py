"""Assign a mentor to a tenant from a date."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ...core import clock
from ...db import Database
from ...services import mentoring as svc
from ...services.tenants import tenant_choices
from ..toolkit import FieldErrors, attempt
from ..widgets.dates import date_edit, from_qdate, to_qdate


class AssignDialog(QDialog):
    """Pick a mentor and a tenant (either may be given) and the day the assignment starts."""

    def __init__(
        self,
        db: Database,
        mentor_id: int | None,
        tenant_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Assign a mentor"))
        form = QFormLayout(self)
        self.mentor = QComboBox()
        for m in svc.list_mentors(db, include_inactive=False):
            self.mentor.addItem(m.name, m.id)
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for t in tenant_choices(db):
            self.tenant.addItem(t.name, t.id)
        if mentor_id is not None:
            self.mentor.setCurrentIndex(max(self.mentor.findData(mentor_id), 0))
        if tenant_id is not None:
            self.tenant.setCurrentIndex(max(self.tenant.findData(tenant_id), 0))
        self.since = date_edit()
        self.since.setDate(to_qdate(clock.today()))
        self.errors = FieldErrors(
            fields={"mentor_id": self.mentor, "tenant_id": self.tenant, "since": self.since}
        )
        form.addRow(self.tr("&Mentor:"), self.mentor)
        form.addRow(self.tr("&Tenant:"), self.tenant)
        form.addRow(self.tr("&From:"), self.since)
        form.addRow(self.errors.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        mentor_id = self.mentor.currentData()
        index = self.tenant.findText(self.tenant.currentText())
        tenant_id = self.tenant.itemData(index) if index >= 0 else None
        if mentor_id is None or tenant_id is None:
            self.errors.show({"": self.tr("Choose a mentor and a tenant from the lists.")})
            return
        since = from_qdate(self.since.date())
        if attempt(self.errors, lambda: svc.assign_mentor(self.db, mentor_id, tenant_id, since)):
            self.accept()
