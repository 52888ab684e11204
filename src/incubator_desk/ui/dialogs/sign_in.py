"""Signing in, and the first administrator of a database that has no accounts yet.

Both dialogs do their work through services/accounts.py: a wrong password, a locked or
disabled account is the service's message, shown in the dialog, and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.vocabularies import OperatorRole
from ...db import Database
from ...services import accounts
from ...services.access import Who
from ..toolkit import FieldErrors, attempt


def password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


class SignInDialog(QDialog):
    """Asks who is there; accepted once `accounts.sign_in` took the name and password.

    `who` is the signed-in person afterwards.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, user: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.who: Who | None = None
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(420)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.username = QLineEdit(user)
        self.password = password_field()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        form.addRow(self.name_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.errors = FieldErrors(fields={"username": self.username, "password": self.password})
        layout.addWidget(self.errors.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if user else self.username).setFocus()
        self.retranslate()

    def sign_in(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.errors.show(ValidationError({"username": self.tr("Enter your sign-in name.")}))
            return
        who = attempt(self.errors, lambda: accounts.sign_in(self.db, name, self.password.text()))
        if who is None:
            self.password.clear()
            self.password.setFocus()
            return
        self.who = who
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.intro.setText(self.tr("Sign in to %1.").replace("%1", self.db.location.display()))
        self.name_label.setText(self.tr("Sign-in &name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AccountForm(QWidget):
    """Sign-in name, display name and a password typed twice (shared by the first
    administrator's step and an administrator's Add account)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = password_field()
        self.again = password_field()
        self.errors = FieldErrors()
        self.captions = [QLabel() for _ in range(4)]
        for caption, key, widget in zip(
            self.captions,
            ("username", "display_name", "password", "again"),
            (self.username, self.display_name, self.password, self.again),
            strict=True,
        ):
            caption.setBuddy(widget)
            self.errors.add_row(self.form, key, caption, widget)
        self.retranslate()

    def insert_row(self, row: int, caption: QLabel, widget: QWidget, key: str) -> None:
        caption.setBuddy(widget)
        self.form.insertRow(row, caption, widget)
        self.errors.add(key, widget)

    def check_again(self) -> bool:
        if self.password.text() != self.again.text():
            self.errors.show(ValidationError({"again": self.tr("The two passwords differ.")}))
            return False
        return True

    def retranslate(self) -> None:
        texts = (
            self.tr("Sign-in &name:"),
            self.tr("&Full name:"),
            self.tr("&Password:"),
            self.tr("&Again:"),
        )
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. wangfang"))
        self.display_name.setPlaceholderText(self.tr("e.g. 王芳, as others see it"))
        self.password.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(accounts.MIN_PASSWORD))
        )


class FirstAdministratorDialog(QDialog):
    """Creates the database's first account, an administrator, and signs it in.

    `required` (a server database): the window does not open without it, and Cancel quits.
    Otherwise (Settings → Accounts on a SQLite file) it is a choice the person makes.
    """

    def __init__(self, db: Database, parent: QWidget | None = None, required: bool = False):
        super().__init__(parent)
        self.db = db
        self.required = required
        self.account: accounts.Account | None = None
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(440)
        layout.addWidget(self.intro)
        self.fields = AccountForm()
        self.errors = self.fields.errors
        layout.addWidget(self.fields)
        layout.addWidget(self.errors.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create_administrator)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.username.setFocus()
        self.retranslate()

    def create_administrator(self) -> None:
        if not self.fields.check_again():
            return
        made = attempt(
            self.errors,
            lambda: accounts.create_account(
                self.db,
                self.fields.username.text(),
                self.fields.password.text(),
                OperatorRole.ADMINISTRATOR,
                self.fields.display_name.text(),
            ),
        )
        if made is None:
            return
        self.account = made
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The first administrator"))
        if self.required:
            text = self.tr(
                "This database is on a server that several people share, and it has no "
                "accounts yet. Create the first administrator: the one who adds everyone "
                "else's account in Settings → Accounts. Everyone signs in from now on."
            )
        else:
            text = self.tr(
                "Until now everyone using this database worked as the automatic local "
                "administrator, with no sign-in. Once this first administrator exists, "
                "everyone signs in with an account of their own, and the administrator gives "
                "each one a role. This cannot be undone."
            )
        self.intro.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create and sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit") if self.required else self.tr("Cancel"))
        self.fields.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["AccountForm", "FirstAdministratorDialog", "SignInDialog", "password_field"]
