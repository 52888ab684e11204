"""The password of a server database: asked when the credential store has none (or the server
refused the one it had), and kept there when the person says so. Never in a settings file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import DatabaseError
from ...db import Opened, credentials
from ...db.engine import DatabaseLocation
from .sign_in import password_field


class ServerPasswordDialog(QDialog):
    """Asks for the database server's password; `remember` keeps it in the credential store."""

    def __init__(
        self, location: DatabaseLocation, problem: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.problem_text = problem
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(420)
        layout.addWidget(self.intro)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("fieldError")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.password = password_field()
        self.caption = QLabel()
        self.caption.setBuddy(self.password)
        form.addRow(self.caption, self.password)
        layout.addLayout(form)
        self.remember = QCheckBox()
        self.remember.setEnabled(credentials.available())
        self.remember.setChecked(credentials.available())
        layout.addWidget(self.remember)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setVisible(not credentials.available())
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.setFocus()
        self.retranslate()

    def chosen(self) -> DatabaseLocation:
        return credentials.with_password(self.location, self.password.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database server password"))
        self.intro.setText(
            self.tr("The password of %1 on the database server:").replace(
                "%1", credentials.account_key(self.location)
            )
        )
        self.caption.setText(self.tr("&Password:"))
        self.remember.setText(
            self.tr("&Remember it in this computer's credential store (not in a settings file)")
        )
        self.note.setText(
            self.tr(
                "This computer has no credential store the program can use, so the password "
                "is asked at every start. It is never written to a settings file."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def refused_password(problem: str) -> bool:
    """Whether a server's refusal is about the password (asked again), not the server."""
    text = problem.lower()
    return "password" in text or "authentication" in text


def ask(
    parent: QWidget | None, location: DatabaseLocation, problem: str = ""
) -> tuple[DatabaseLocation, bool] | None:
    """The location with the password typed, and whether to keep it; None if cancelled."""
    dialog = ServerPasswordDialog(location, problem, parent)
    waiting = QApplication.overrideCursor() is not None
    if waiting:  # the window waits for the server; the person types
        QApplication.restoreOverrideCursor()
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen(), dialog.remember.isChecked()
    finally:
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def open_database_asking(
    parent: QWidget | None, location: DatabaseLocation, create: bool = False
) -> Opened:
    """`open_database`, with a server's password from the credential store or asked for.

    A password the server refuses is asked again (with the server's words); the one that
    works is kept in the credential store when the person ticked Remember. Cancelling
    raises the server's refusal (DatabaseError), as opening without asking would have.
    """
    from ...db import open_database

    location = credentials.fill(location)
    remember = False
    while True:
        try:
            opened = open_database(location, create=create)
        except DatabaseError as exc:
            if location.is_sqlite or not refused_password(str(exc)):
                raise
            answer = ask(parent, location, str(exc) if location.url.password else "")
            if answer is None:
                raise
            location, remember = answer
            continue
        if remember:
            credentials.store(location)
        return opened


__all__ = ["ServerPasswordDialog", "ask", "open_database_asking", "refused_password"]
