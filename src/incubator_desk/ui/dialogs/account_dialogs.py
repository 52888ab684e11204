"""An administrator adds an account, resets a password or sets a role; anyone changes their own
password. The rules (who may, the last administrator, password length) are the services'."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.labels import label
from ...core.vocabularies import OperatorRole
from ...db import Database
from ...services import accounts
from ..toolkit import FieldErrors, attempt, succeeded
from .sign_in import AccountForm, password_field


def role_box(current: OperatorRole | None = None) -> QComboBox:
    box = QComboBox()
    for role in OperatorRole:
        box.addItem(label(role), role)
    if current is not None:
        box.setCurrentIndex(list(OperatorRole).index(current))
    return box


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddAccountDialog(QDialog):
    """A new account with a role; its first password is told to the person by whoever adds it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.added: accounts.Account | None = None
        layout = QVBoxLayout(self)
        self.fields = AccountForm()
        self.role = role_box(OperatorRole.MANAGER)
        self.role_label = QLabel()
        self.fields.insert_row(2, self.role_label, self.role, "role")
        self.errors = self.fields.errors
        layout.addWidget(self.fields)
        layout.addWidget(self.errors.summary)
        self.buttons = _buttons(self, "")
        self.buttons.accepted.connect(self.add)
        layout.addWidget(self.buttons)
        self.retranslate()

    def add(self) -> None:
        if not self.fields.check_again():
            return
        self.added = attempt(
            self.errors,
            lambda: accounts.create_account(
                self.db,
                self.fields.username.text(),
                self.fields.password.text(),
                self.role.currentData(),
                self.fields.display_name.text(),
            ),
        )
        if self.added is not None:
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        self.role_label.setText(self.tr("&Role:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.fields.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PasswordDialog(QDialog):
    """A new password typed twice: an administrator's reset of `username`'s, or (username
    None) the signed-in person's own change, which asks for the current one first."""

    def __init__(self, db: Database, username: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.username = username
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.old = password_field()
        self.new = password_field()
        self.again = password_field()
        self.errors = FieldErrors()
        self.captions = [QLabel() for _ in range(3)]
        rows: list[tuple[str, QLineEdit]] = [("new", self.new), ("again", self.again)]
        if username is None:
            rows.insert(0, ("old", self.old))
        for caption, (key, widget) in zip(self.captions, rows, strict=False):
            self.errors.add_row(form, key, caption, widget)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        self.buttons = _buttons(self, "")
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        self.retranslate()

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.errors.show(ValidationError({"again": self.tr("The two passwords differ.")}))
            return
        if self.username is None:
            done = succeeded(
                self.errors,
                lambda: accounts.change_own_password(self.db, self.old.text(), self.new.text()),
            )
        else:
            name = self.username
            done = succeeded(
                self.errors, lambda: accounts.reset_password(self.db, name, self.new.text())
            )
        if done:
            self.accept()

    def retranslate(self) -> None:
        if self.username is None:
            self.setWindowTitle(self.tr("Change my password"))
            self.intro.setText(self.tr("Type your current password, then the new one twice."))
            texts = [self.tr("&Current password:"), self.tr("&New password:"), self.tr("&Again:")]
        else:
            self.setWindowTitle(self.tr("Reset a password"))
            self.intro.setText(
                self.tr(
                    "A new password for %1. Tell it to them in person; a lockout after wrong "
                    "passwords ends with it."
                ).replace("%1", self.username)
            )
            texts = [self.tr("&New password:"), self.tr("&Again:")]
        for caption, text in zip(self.captions, texts, strict=False):
            caption.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RoleDialog(QDialog):
    """Another role for an account."""

    def __init__(
        self, db: Database, account: accounts.Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.role = role_box(account.role)
        self.caption = QLabel()
        self.errors = FieldErrors(fields={"role": self.role})
        self.errors.add_row(form, "role", self.caption, self.role)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        self.buttons = _buttons(self, "")
        self.buttons.accepted.connect(self.save)
        layout.addWidget(self.buttons)
        self.retranslate()

    def save(self) -> None:
        role = self.role.currentData()
        name = self.account.username
        if attempt(self.errors, lambda: accounts.set_role(self.db, name, role)) is not None:
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Role of %1").replace("%1", self.account.display_name))
        self.caption.setText(self.tr("&Role:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))


__all__ = ["AddAccountDialog", "PasswordDialog", "RoleDialog", "role_box"]
