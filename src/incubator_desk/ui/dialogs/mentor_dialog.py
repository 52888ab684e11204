"""Add or edit a mentor: name, kind, organisation, expertise and how to reach them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core.labels import label
from ...core.vocabularies import MentorKind
from ...db import Database
from ...services import mentoring as svc
from .record_dialog import RecordDialog


class MentorDialog(RecordDialog[svc.MentorData, svc.MentorRow]):
    """Add a mentor (`mentor` None) or edit one."""

    def __init__(
        self, db: Database, mentor: svc.MentorRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, mentor, svc.create_mentor, svc.update_mentor, parent)
        self.setWindowTitle(self.tr("Edit mentor") if mentor else self.tr("New mentor"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in MentorKind:
            self.kind.addItem(label(k), k)
        self.organisation = QLineEdit()
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("Comma-separated, e.g. 融资, 知识产权"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.active = QCheckBox(self.tr("Active (offered to tenants)"))
        self.active.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        for key, caption, widget in (
            ("name", self.tr("&Name:"), self.name),
            ("kind", self.tr("&Kind:"), self.kind),
            ("organisation", self.tr("&Organisation:"), self.organisation),
            ("expertise", self.tr("E&xpertise:"), self.expertise),
            ("phone", self.tr("&Phone:"), self.phone),
            ("email", self.tr("&E-mail:"), self.email),
        ):
            self.errors.add_row(form, key, QLabel(caption), widget)
        form.addRow("", self.active)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow(self.errors.summary)
        form.addRow(self.save_buttons())
        if mentor:
            self.name.setText(mentor.name)
            self.kind.setCurrentIndex(self.kind.findData(mentor.kind))
            self.organisation.setText(mentor.organisation)
            self.expertise.setText(", ".join(mentor.expertise))
            self.phone.setText(mentor.phone)
            self.email.setText(mentor.email)
            self.active.setChecked(mentor.active)
            self.notes.setPlainText(mentor.notes)
        self.resize(460, self.sizeHint().height())

    def data(self) -> svc.MentorData:
        return svc.MentorData(
            self.name.text(),
            self.kind.currentData(),
            self.organisation.text(),
            self.expertise.text().replace("，", ",").split(","),
            self.phone.text(),
            self.email.text(),
            self.active.isChecked(),
            self.notes.toPlainText(),
        )
