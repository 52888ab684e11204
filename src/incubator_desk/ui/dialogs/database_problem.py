"""The database to open is missing, damaged, busy or refused: what happened, and the choices
that make sense for it (try again, locate it, restore a backup, open another, create one)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import DatabaseBusy, DatabaseDamaged, DatabaseMissing, ServiceError


class Choice(Enum):
    RETRY = "retry"
    LOCATE = "locate"
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    CREATE = "create"
    QUIT = "quit"


class DatabaseProblemDialog(QDialog):
    """Says why `path` cannot be opened and asks what to do; `choice` holds the answer."""

    def __init__(self, problem: ServiceError, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.QUIT
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.setMinimumWidth(560)
        self.main = layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        style = self.style()
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning
        if isinstance(problem, DatabaseDamaged):
            kind = QStyle.StandardPixmap.SP_MessageBoxCritical
        icon.setPixmap(style.standardIcon(kind).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        text = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.heading)
        text.addWidget(self.message)
        top.addLayout(text, 1)
        layout.addLayout(top)

        self.buttons: dict[Choice, QCommandLinkButton] = {}
        if isinstance(problem, DatabaseMissing):
            self.heading.setText(self.tr("The database is not there"))
            self.message.setText(
                self.tr(
                    "Incubator Desk cannot find %1.\n\nIf it is on a USB stick or a network "
                    "drive, connect it and choose Try again. If the file was moved or renamed, "
                    "locate it. Nothing has been created in its place."
                ).replace("%1", path)
            )
            self._add(
                Choice.RETRY,
                self.tr("Try again"),
                self.tr("after connecting the USB stick or network drive"),
            )
            self._add(
                Choice.LOCATE, self.tr("Locate it…"), self.tr("find the file where it is now")
            )
        elif isinstance(problem, DatabaseDamaged):
            self.heading.setText(self.tr("The database is damaged"))
            self.message.setText(str(problem))
            self._add(
                Choice.RESTORE,
                self.tr("Restore from a backup…"),
                self.tr("the damaged file is kept aside, nothing is deleted"),
            )
        elif isinstance(problem, DatabaseBusy):
            self.heading.setText(self.tr("The database is busy"))
            self.message.setText(str(problem))
            self._add(
                Choice.RETRY, self.tr("Try again"), self.tr("once the other program has finished")
            )
        else:
            self.heading.setText(self.tr("The database cannot be opened"))
            self.message.setText(str(problem))
        self._add(
            Choice.OPEN_OTHER,
            self.tr("Open another database…"),
            self.tr("a database file, or an archive exported on another computer"),
        )
        self._add(Choice.CREATE, self.tr("Create a new database…"),
                  self.tr("start with an empty database"))  # fmt: skip
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        first = next(iter(self.buttons.values()))
        first.setDefault(True)
        first.setFocus()

    def _add(self, choice: Choice, title: str, description: str) -> None:
        button = QCommandLinkButton(title, description)
        button.clicked.connect(lambda: self._choose(choice))
        self.buttons[choice] = button
        self.main.addWidget(button)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
