"""Settings → Backups: where this database's backups go (a USB stick, a network share) and
after how many days without a backup of changes the window warns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.settings import BACKUP_MAX_AGE_DAYS
from ...db import Database
from ...services import backups as svc
from ...services import settings as shared
from .. import messages
from ..toolkit import FieldErrors, succeeded


class BackupSettings(QWidget):
    """A settings section (ui/extensions.py): built as `BackupSettings(db, parent)`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._age_version: int | None = None
        outer = QVBoxLayout(self)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        self.default = QPushButton()
        self.default.clicked.connect(lambda: self.set_folder(""))
        self.errors = FieldErrors()
        self.folder_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.default)
        form.addRow(self.folder_label, row)
        self.errors.add("folder", self.folder)
        form.addRow("", self.errors.message_label("folder"))

        self.max_age = QSpinBox()
        self.max_age.setRange(1, 365)
        self.save_age = QPushButton()
        self.save_age.clicked.connect(self.save_max_age)
        self.max_age.valueChanged.connect(lambda _v: self.save_age.setEnabled(True))
        self.age_label = QLabel()
        self.age_label.setBuddy(self.max_age)
        age_row = QHBoxLayout()
        age_row.addWidget(self.max_age)
        age_row.addWidget(self.save_age)
        age_row.addStretch(1)
        form.addRow(self.age_label, age_row)
        self.errors.add("max_age", self.max_age)
        form.addRow("", self.errors.message_label("max_age"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow("", self.note)
        form.addRow("", self.errors.summary)
        outer.addWidget(self.box)
        outer.addStretch(1)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("BackupSettings", "Backups")

    @property
    def server(self) -> bool:
        return self.db.location.sqlite_path is None

    def refresh(self) -> None:
        self.errors.clear()
        for w in (self.folder, self.choose, self.default, self.max_age, self.save_age):
            w.setEnabled(not self.server)
        chosen = svc.chosen_root(self.db)
        self.folder.setText(str(chosen) if chosen else "")
        age = shared.get(self.db, BACKUP_MAX_AGE_DAYS)
        self._age_version = age.version
        self.max_age.blockSignals(True)
        self.max_age.setValue(age.value)
        self.max_age.blockSignals(False)
        self.save_age.setEnabled(False)
        self._show_note()

    def choose_folder(self) -> None:
        start = self.folder.text() or str(svc.folder(self.db).parent)
        path = messages.choose_folder(self, self.tr("Backups folder"), start)
        if path:
            self.set_folder(path)

    def set_folder(self, path: str) -> None:
        if succeeded(self.errors, lambda: svc.set_folder(self.db, path)):
            self.refresh()
            self._window_checks_again()

    def save_max_age(self) -> None:
        if succeeded(self.errors, lambda: svc.set_max_age(self.db, self.max_age.value())):
            self.refresh()
            self._window_checks_again()

    def _window_checks_again(self) -> None:
        from ..main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow):
            window.backups.check()

    def _show_note(self) -> None:
        if self.server:
            self.note.setText(
                self.tr(
                    "This database is on a server: its backups are made on the server with "
                    "pg_dump, not by this program."
                )
            )
            return
        self.folder.setPlaceholderText(
            self.tr("the data folder's backups: %1").replace("%1", str(svc.folder(self.db).parent))
        )
        self.note.setText(
            self.tr(
                "A backup is made when the window closes after changes, and once a day while "
                "it is open, into a folder for this database inside the one above: %1. The "
                "newest of each of the last 7 days, 4 weeks and 12 months are kept. Backups "
                "made before a restore or an upgrade stay in the data folder."
            ).replace("%1", str(svc.folder(self.db)))
        )

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Backups of this database"))
        self.folder_label.setText(self.tr("Backups folder:"))
        self.choose.setText(self.tr("&Choose…"))
        self.default.setText(self.tr("Use the &data folder"))
        self.age_label.setText(self.tr("&Warn after:"))
        self.max_age.setSuffix(self.tr(" days without a backup"))
        self.save_age.setText(self.tr("&Save"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
