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
    """Choose one of the tenants' people (search by person or company); `person_id` after OK.

    `marked` names people already on the list (person id → what they are there as, e.g.
    "Registered"): they are shown so, and cannot be chosen unless `marked_selectable`.
    """

    def __init__(
        self,
        db: Database,
        title: str,
        parent: QWidget | None = None,
        marked: dict[int, str] | None = None,
        marked_selectable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.marked = dict(marked or {})
        self.marked_selectable = marked_selectable
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by person or company…"))
        box.addWidget(self.search)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People"))
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
        first = None
        for p in svc.people_choices(self.db, text):
            it = QListWidgetItem(f"{p.name} — {p.tenant}")
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            already = self.marked.get(p.id)
            if already is not None:
                it.setText(f"✓ {p.name} — {p.tenant}  ({already})")
                it.setToolTip(self.tr("Already on this event's list: %1").replace("%1", already))
                if not self.marked_selectable:
                    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(it)
            if first is None and it.flags() & Qt.ItemFlag.ItemIsEnabled:
                first = self.people.count() - 1
        if first is not None:
            self.people.setCurrentRow(first)

    def _ok(self) -> None:
        it = self.people.currentItem()
        if it is None or not it.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.person_id = it.data(Qt.ItemDataRole.UserRole)
        self.accept()
