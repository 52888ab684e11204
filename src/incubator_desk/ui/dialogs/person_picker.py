"""Choose one of the tenants' people, searching by person or company."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db import Database
from ...services import training as svc


class PersonPicker(QDialog):
    """Choose one of the tenants' people (search by person or company); `person_id` after OK."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by person or company…"))
        box.addWidget(self.search)
        self.people = QListWidget()
        box.addWidget(self.people, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.people.itemDoubleClicked.connect(lambda _i: self._ok())
        self.person_id: int | None = None
        self._fill("")
        self.resize(480, 460)

    def _fill(self, text: str) -> None:
        self.people.clear()
        for p in svc.people_choices(self.db, text):
            it = QListWidgetItem(f"{p.name} — {p.tenant}")
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(it)
        if self.people.count():
            self.people.setCurrentRow(0)

    def _ok(self) -> None:
        it = self.people.currentItem()
        if it is None:
            return
        self.person_id = it.data(Qt.ItemDataRole.UserRole)
        self.accept()
