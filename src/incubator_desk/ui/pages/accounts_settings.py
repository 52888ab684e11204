"""Settings → Accounts: who works with this database and in which role.

An administrator adds accounts, resets passwords, sets roles and disables accounts (they are
never deleted: the history names them). Everyone changes their own password here. On a
database with no accounts, this is where the first administrator is created.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.vocabularies import OperatorRole
from ...db import Database
from ...services import accounts
from ...services.access import MATRIX, Action, action_text, current
from .. import messages
from ..toolkit import Column, ErrorMessage, RowsModel, rows_view, succeeded


class AccountsSettings(QWidget):
    """A settings section (ui/extensions.py): built as `AccountsSettings(db, parent)`.

    Open to every role (one's own password); what only an administrator may do is hidden
    from the others, and refused by the services anyway.
    """

    required_action = None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        outer = QVBoxLayout(self)
        self.box = QGroupBox()
        layout = QVBoxLayout(self.box)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.model: RowsModel[accounts.Account] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.view.setMinimumHeight(220)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.view.doubleClicked.connect(lambda _i: self.set_role())
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.first = QPushButton()
        self.first.clicked.connect(self.create_first)
        self.add = QPushButton()
        self.add.clicked.connect(self.add_account)
        self.reset = QPushButton()
        self.reset.clicked.connect(self.reset_password)
        self.role = QPushButton()
        self.role.clicked.connect(self.set_role)
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self.toggle_active)
        self.own = QPushButton()
        self.own.clicked.connect(self.change_own)
        for button in (self.first, self.add, self.reset, self.role, self.toggle):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.own)
        layout.addLayout(row)
        self.roles = QLabel()
        self.roles.setWordWrap(True)
        self.roles.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.roles)
        outer.addWidget(self.box, 1)
        self.errors = ErrorMessage(self, "")
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("AccountsSettings", "Accounts")

    def _columns(self) -> list[Column[accounts.Account]]:
        return [
            Column(self.tr("Sign-in name"), lambda a: a.username, width=130),
            Column(self.tr("Name"), lambda a: a.display_name, width=150),
            Column(self.tr("Role"), lambda a: label(a.role), width=150),
            Column(self.tr("State"), self._state_text, width=230),
            Column(
                self.tr("Last sign-in"),
                lambda a: a.last_sign_in_at,
                text=lambda v: clock.local_text(v) if v else self.tr("never"),
                width=140,
            ),
        ]

    def _state_text(self, a: accounts.Account) -> str:
        if not a.active:
            return self.tr("Disabled")
        if a.locked(clock.now()) and a.locked_until is not None:
            return self.tr("Locked until %1").replace("%1", clock.local_text(a.locked_until))
        return self.tr("Active")

    # --- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        who = current(self.db)
        has = accounts.has_accounts(self.db)
        admin = has and who.may(Action.MANAGE_ACCOUNTS)
        self.model.set_rows(accounts.list_accounts(self.db) if admin else [])
        self.view.setVisible(admin)
        self.first.setVisible(not has)
        for button in (self.add, self.reset, self.role, self.toggle):
            button.setVisible(admin)
        self.own.setVisible(has and not who.is_local)
        if not has:
            text = self.tr(
                "This database has no accounts: whoever opens it works as the automatic local "
                "administrator, without signing in. That suits one person on one computer. "
                "When several people use it, create the first administrator: from then on "
                "everyone signs in, and each account's role decides what it may change."
            )
        elif who.is_local:
            text = self.tr("Nobody is signed in.")
        elif admin:
            text = self.tr(
                "Signed in as %1 (%2). Accounts are disabled, never deleted: the history "
                "names who made each change."
            )
        else:
            text = self.tr("Signed in as %1 (%2). Only an administrator manages accounts.")
        self.state.setText(text.replace("%1", who.name()).replace("%2", label(who.role)))
        self._enable()

    def _selected(self) -> accounts.Account | None:
        return self.model.row_at(self.view.currentIndex())

    def _enable(self) -> None:
        chosen = self._selected()
        for button in (self.reset, self.role, self.toggle):
            button.setEnabled(chosen is not None)
        self.toggle.setText(
            self.tr("&Enable") if chosen is not None and not chosen.active else self.tr("&Disable")
        )

    # --- actions ----------------------------------------------------------------------------
    def _signed_in_again(self) -> None:
        from ..main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow):
            window.show_signed_in()

    def create_first(self) -> None:
        from ..dialogs.sign_in import FirstAdministratorDialog

        dialog = FirstAdministratorDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self._signed_in_again)
        dialog.open()

    def add_account(self) -> None:
        from ..dialogs.account_dialogs import AddAccountDialog

        dialog = AddAccountDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def reset_password(self) -> None:
        from ..dialogs.account_dialogs import PasswordDialog

        chosen = self._selected()
        if chosen is None:
            return
        dialog = PasswordDialog(self.db, chosen.username, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def set_role(self) -> None:
        from ..dialogs.account_dialogs import RoleDialog

        chosen = self._selected()
        if chosen is None or not self.role.isVisible():
            return
        dialog = RoleDialog(self.db, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(self._signed_in_again)  # one's own role may have changed
        dialog.open()

    def toggle_active(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        if chosen.active and not messages.confirm(
            self,
            self.tr("Disable an account"),
            self.tr(
                "Disable %1? They can no longer sign in; what they did stays in the history, "
                "and an administrator can enable the account again."
            ).replace("%1", chosen.display_name),
        ):
            return
        name, active = chosen.username, not chosen.active
        if succeeded(self.errors, lambda: accounts.set_active(self.db, name, active)):
            self.refresh()

    def change_own(self) -> None:
        from ..dialogs.account_dialogs import PasswordDialog

        dialog = PasswordDialog(self.db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: messages.info(self, self.tr("Password"), self.tr("Your password is changed."))
        )
        dialog.open()

    # --- text -------------------------------------------------------------------------------
    def _roles_text(self) -> str:
        lines = []
        for role in OperatorRole:
            actions = MATRIX[role]
            if role == OperatorRole.ADMINISTRATOR:
                what = self.tr("everything, including accounts, shared settings and restoring")
            elif not actions:
                what = self.tr("views and reports only")
            else:
                what = self.tr("; ").join(action_text(a) for a in Action if a in actions)
            lines.append(f"<b>{label(role)}</b>: {what}")
        note = self.tr(
            "A reviewer sees only the applications assigned to them, and the other reviewers' "
            "scores once they have submitted their own. Every role sees the views and reports."
        )
        return "<br>".join(lines) + f"<br><i>{note}</i>"

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Accounts and roles"))
        self.errors.title = self.tr("Accounts")
        self.first.setText(self.tr("Create the &first administrator…"))
        self.add.setText(self.tr("&Add…"))
        self.reset.setText(self.tr("Reset &password…"))
        self.role.setText(self.tr("R&ole…"))
        self.own.setText(self.tr("&Change my password…"))
        self.model.retranslate()
        self.roles.setText(self._roles_text())
        self._enable()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
