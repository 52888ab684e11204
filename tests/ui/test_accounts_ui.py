"""Signing in, the first administrator, Settings → Accounts and a read-only person's window,
driven by typing and clicking as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from incubator_desk.core.vocabularies import OperatorRole
from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.services import accounts
from incubator_desk.services.demo import generate_demo
from incubator_desk.ui import messages
from incubator_desk.ui.toolkit import tasks

PASSWORD = "park secret 7"


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a person would: ASCII through key presses, Chinese the way an IME commits it."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def click_ok(qtbot, buttons: QDialogButtonBox) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def staffed(tmp_path: Path) -> Iterator[Database]:
    """A demo database with an administrator, a read-only colleague and a reviewer."""
    db = open_database(resolve_location(str(tmp_path / "办公 室.sqlite")), create=True).db
    generate_demo(db, tenants=20, seed=3)
    accounts.create_account(db, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR, "周主任")
    accounts.create_account(db, "lin", PASSWORD, OperatorRole.READ_ONLY, "林同事")
    accounts.sign_out(db)
    yield db
    db.dispose()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: out.append((title, text)))
    monkeypatch.setattr(messages, "info", lambda _p, title, text: out.append((title, text)))
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    return out


def _window(qtbot):
    from incubator_desk.app import build_window, make_application
    from incubator_desk.ui import i18n

    make_application()
    i18n.install("en")
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_window_asks_who_is_there_and_a_wrong_password_is_said_in_the_dialog(
    qtbot, staffed: Database
) -> None:
    from incubator_desk.ui.dialogs.sign_in import SignInDialog

    win = _window(qtbot)
    win.attach_database(staffed)
    dialog = win.admission
    assert isinstance(dialog, SignInDialog)
    assert win.db is None  # nothing is shown before someone signs in
    type_text(qtbot, dialog.username, "zhou")
    type_text(qtbot, dialog.password, "not my password")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors.summary.isVisible()
    assert dialog.errors.summary.text() == "The name or the password is wrong."
    assert dialog.password.text() == ""  # typed again, from empty
    type_text(qtbot, dialog.password, PASSWORD)
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: win.db is staffed)
    assert win.user_label.text() == "Signed in: 周主任 (Administrator)"
    assert win.act_switch_user.isEnabled()


def test_repeated_wrong_passwords_lock_the_account_in_the_dialog(qtbot, staffed: Database) -> None:
    from incubator_desk.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(staffed, None, "lin")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(accounts.MAX_FAILED_SIGN_INS):
        type_text(qtbot, dialog.password, "guess guess")
        click_ok(qtbot, dialog.buttons)
    assert "locked until" in dialog.errors.summary.text()
    type_text(qtbot, dialog.password, PASSWORD)
    click_ok(qtbot, dialog.buttons)
    assert "locked until" in dialog.errors.summary.text()
    assert dialog.who is None and dialog.isVisible()


def test_cancelling_the_sign_in_closes_a_window_with_nothing_to_show(
    qtbot, staffed: Database
) -> None:
    win = _window(qtbot)
    win.attach_database(staffed)
    assert win.admission is not None
    win.admission.reject()
    qtbot.waitUntil(lambda: not win.isVisible())


def test_a_one_person_office_creates_its_first_administrator_in_settings(
    qtbot, tmp_path: Path, said: list[tuple[str, str]]
) -> None:
    from incubator_desk.ui.dialogs.sign_in import FirstAdministratorDialog
    from incubator_desk.ui.pages.accounts_settings import AccountsSettings

    db = open_database(resolve_location(str(tmp_path / "one.sqlite")), create=True).db
    try:
        generate_demo(db, tenants=10, seed=2)
        win = _window(qtbot)
        win.attach_database(db)
        assert win.db is db  # no accounts, no sign-in
        assert win.user_label.text() == "No sign-in: local administrator"
        assert not win.act_switch_user.isEnabled()
        win.show_page("settings")
        settings_page = win.page("settings")
        section = settings_page.findChild(AccountsSettings)
        assert section is not None
        settings_page.tabs.setCurrentWidget(section)
        assert win.first_run is None, "no first-start dialog in the way"
        assert section.first.isVisible() and not section.add.isVisible()
        qtbot.mouseClick(section.first, Qt.MouseButton.LeftButton)
        dialog = section.findChild(FirstAdministratorDialog)
        assert dialog is not None
        type_text(qtbot, dialog.fields.username, "zhou")
        type_text(qtbot, dialog.fields.display_name, "周主任")
        type_text(qtbot, dialog.fields.password, "short")
        type_text(qtbot, dialog.fields.again, "short")
        click_ok(qtbot, dialog.buttons)
        assert "at least 8 characters" in dialog.fields.errors.labels["password"].text()
        for field in (dialog.fields.password, dialog.fields.again):
            field.clear()
            type_text(qtbot, field, PASSWORD)
        click_ok(qtbot, dialog.buttons)
        qtbot.waitUntil(lambda: section.add.isVisible())
        assert [a.username for a in accounts.list_accounts(db)] == ["zhou"]
        assert win.user_label.text() == "Signed in: 周主任 (Administrator)"
        assert accounts.sign_in_required(db)
    finally:
        db.dispose()


def test_an_administrator_adds_an_account_and_changes_its_role(
    qtbot, staffed: Database, said: list[tuple[str, str]]
) -> None:
    from incubator_desk.ui.dialogs.account_dialogs import AddAccountDialog, RoleDialog
    from incubator_desk.ui.pages.accounts_settings import AccountsSettings

    accounts.sign_in(staffed, "zhou", PASSWORD)
    section = AccountsSettings(staffed)
    qtbot.addWidget(section)
    section.show()
    assert [a.username for a in section.model.rows()] == ["lin", "zhou"]
    qtbot.mouseClick(section.add, Qt.MouseButton.LeftButton)
    dialog = section.findChild(AddAccountDialog)
    assert dialog is not None
    type_text(qtbot, dialog.fields.username, "chen")
    type_text(qtbot, dialog.fields.display_name, "陈会计")
    dialog.role.setCurrentIndex(list(OperatorRole).index(OperatorRole.FINANCE))
    type_text(qtbot, dialog.fields.password, PASSWORD)
    type_text(qtbot, dialog.fields.again, PASSWORD)
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: len(section.model.rows()) == 3)
    chen = next(a for a in section.model.rows() if a.username == "chen")
    assert chen.role == OperatorRole.FINANCE
    section.view.setCurrentIndex(section.model.index(section.model.index_of(chen), 0))
    qtbot.mouseClick(section.role, Qt.MouseButton.LeftButton)
    role = section.findChild(RoleDialog)
    assert role is not None
    role.role.setCurrentIndex(list(OperatorRole).index(OperatorRole.COORDINATOR))
    click_ok(qtbot, role.buttons)
    qtbot.waitUntil(
        lambda: (
            next(a for a in section.model.rows() if a.username == "chen").role
            == OperatorRole.COORDINATOR
        )
    )


def test_a_read_only_colleague_sees_disabled_actions_and_is_told_why_a_change_is_refused(
    qtbot, staffed: Database, said: list[tuple[str, str]]
) -> None:
    from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog
    from incubator_desk.ui.pages.accounts_settings import AccountsSettings
    from incubator_desk.ui.pages.tenants import TenantListsSettings, TenantsPage

    win = _window(qtbot)
    win.user_hint = "lin"
    win.attach_database(staffed)
    dialog = win.admission
    assert dialog is not None and dialog.username.text() == "lin"
    type_text(qtbot, dialog.password, PASSWORD)
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: win.db is staffed)
    assert win.user_label.text() == "Signed in: 林同事 (Read-only)"
    win.show_page("tenants")
    page = win.page("tenants")
    assert isinstance(page, TenantsPage)
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    assert page.new_button.toolTip() == "Needs the role Administrator or Manager."
    win.show_page("settings")
    lists = win.page("settings").findChild(TenantListsSettings)
    own = win.page("settings").findChild(AccountsSettings)
    assert lists is not None and not lists.isEnabled()  # shared settings: readable, greyed
    assert not win.page("settings").org_box.isEnabled()  # the incubator's name and zone
    assert win.page("settings").language.isEnabled()  # this computer's own choice
    assert own is not None and own.isEnabled() and not own.own.isHidden()  # own password

    # A way round the disabled button still meets the service's refusal, said in the form.
    form = NewTenantDialog(staffed, page)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.form.name_zh, "深圳只读科技有限公司")
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.tenant_id is None
    shown = form.form.errors.summary.text()
    assert "林同事 is signed in as Read-only" in shown
    assert "changing the tenant register needs the role Administrator or Manager" in shown


def test_sign_out_and_switch_user_rereads_what_the_next_person_may_do(
    qtbot, staffed: Database
) -> None:
    from incubator_desk.ui.pages.tenants import TenantsPage

    accounts.sign_in(staffed, "lin", PASSWORD)
    win = _window(qtbot)
    win.attach_database(staffed)
    assert win.db is staffed
    win.show_page("tenants")
    page = win.page("tenants")
    assert isinstance(page, TenantsPage) and not page.new_button.isEnabled()
    win.act_switch_user.trigger()
    assert win.user_label.text() == "Not signed in"
    dialog = win.admission
    assert dialog is not None
    type_text(qtbot, dialog.username, "zhou")
    type_text(qtbot, dialog.password, PASSWORD)
    click_ok(qtbot, dialog.buttons)
    qtbot.waitUntil(lambda: page.new_button.isEnabled())
    assert win.user_label.text() == "Signed in: 周主任 (Administrator)"
    QApplication.processEvents()


def test_the_server_password_dialog_offers_the_credential_store_or_says_there_is_none(
    qtbot,
) -> None:
    import keyring
    from keyring.backends import fail

    from incubator_desk.db.engine import location_from_string
    from incubator_desk.ui.dialogs.server_password import ServerPasswordDialog

    location = location_from_string("postgresql://desk_app@db.example.cn/incubator")
    dialog = ServerPasswordDialog(location, "password authentication failed")
    qtbot.addWidget(dialog)
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    assert dialog.note.isHidden()
    type_text(qtbot, dialog.password, "s3cret")
    assert dialog.chosen().url.password == "s3cret"

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        bare = ServerPasswordDialog(location)
        qtbot.addWidget(bare)
        assert not bare.remember.isEnabled() and not bare.remember.isChecked()
        assert not bare.note.isHidden()
        assert "asked at every start" in bare.note.text()
    finally:
        keyring.set_keyring(before)


def test_a_manager_assigns_an_application_and_the_reviewer_sees_only_that_one(
    qtbot, staffed: Database, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.services import funding
    from incubator_desk.ui.dialogs.application_dialog import ApplicationDialog

    accounts.sign_in(staffed, "zhou", PASSWORD)
    accounts.create_account(staffed, "li", PASSWORD, OperatorRole.REVIEWER, "李评审")
    every = [c.id for c in funding.cards(staffed)]
    assert len(every) >= 2
    app_id = every[0]
    dialog = ApplicationDialog(staffed, app_id)
    qtbot.addWidget(dialog)
    tab = dialog.reviews
    assert tab.reviewers_label.text() == "No reviewer's account is assigned."
    monkeypatch.setattr(messages, "choose", lambda _p, _t, _x, items: items.index("李评审 (li)"))
    qtbot.mouseClick(tab.assign, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "李评审" in tab.reviewers_label.text())
    dialog.close()

    accounts.sign_in(staffed, "li", PASSWORD)
    assert [c.id for c in funding.cards(staffed)] == [app_id]
    mine = ApplicationDialog(staffed, app_id)
    qtbot.addWidget(mine)
    assert not mine.reviews.assign.isEnabled()  # a reviewer does not hand out applications
    assert mine.reviews.assign.toolTip() == ("Needs the role Administrator, Manager or Finance.")


@pytest.mark.postgres
def test_a_server_database_without_accounts_opens_on_its_first_administrator(
    qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str]]
) -> None:
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.services.access import current
    from incubator_desk.ui.dialogs.sign_in import FirstAdministratorDialog

    db = open_database(location_from_string(pg_url), create=True).db
    win = _window(qtbot)
    # Only the admission is looked at here: the pages would go on reading the server in the
    # background after the test's schema is dropped.
    shown: list[Database] = []
    monkeypatch.setattr(win, "_attach", shown.append)
    try:
        win.attach_database(db)
        dialog = win.admission
        assert isinstance(dialog, FirstAdministratorDialog) and dialog.required
        assert shown == []
        type_text(qtbot, dialog.fields.username, "zhou")
        type_text(qtbot, dialog.fields.display_name, "周主任")
        type_text(qtbot, dialog.fields.password, PASSWORD)
        type_text(qtbot, dialog.fields.again, PASSWORD)
        click_ok(qtbot, dialog.buttons)
        qtbot.waitUntil(lambda: shown == [db])
        assert [(a.username, a.role) for a in accounts.list_accounts(db)] == [
            ("zhou", OperatorRole.ADMINISTRATOR)
        ]
        assert current(db).display_name == "周主任"  # signed in as it
    finally:
        # What the window started in the background ends before the server's schema goes,
        # or its failure would be shown in a message box while the test is torn down.
        qtbot.waitUntil(lambda: not tasks._live, timeout=60_000)
        db.dispose()
