"""Backups in the window: File → Back up now / Restore from backup / Export everything, Open
of an archive, the status bar, backing up on close, Settings → Backups; a missing remembered
database explained with choices; a busy database on save; reading while another writes."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QCommandLinkButton, QDialog

from incubator_desk import paths
from incubator_desk.core.errors import DatabaseDamaged, DatabaseError, DatabaseMissing
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.db.migrate import NEWER
from incubator_desk.models import Tenant
from incubator_desk.services import backups as svc
from incubator_desk.ui import messages, settings
from incubator_desk.ui.dialogs.database_problem import Choice, DatabaseProblemDialog
from incubator_desk.ui.dialogs.restore_dialog import RestoreDialog
from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.backup_settings import BackupSettings

from .test_main_window import type_text

SRC = str(Path(__file__).resolve().parents[2] / "src")
LOCK_HOLDER = (
    "import sqlite3, sys, time\n"
    "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "con.execute('BEGIN IMMEDIATE')\n"
    "con.execute('UPDATE operators SET display_name = display_name')\n"
    "print('locked', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box's title and text, answered yes."""
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text: out.append((title, text)))
    monkeypatch.setattr(messages, "error", lambda _p, title, text: out.append((title, text)))

    def confirm(_p: object, title: str, text: str) -> bool:
        out.append((title, text))
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return out


@pytest.fixture
def lock_holder(demo_db: Database) -> Iterator[subprocess.Popen[str]]:
    """Another program holding the database's write lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(demo_db.location.sqlite_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=SRC),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield holder
    holder.kill()
    holder.wait()


def wait_tasks(qtbot) -> None:  # type: ignore[no-untyped-def]
    QThreadPool.globalInstance().waitForDone(30000)
    qtbot.wait(50)  # deliver the tasks' queued signals


# --- restore --------------------------------------------------------------------------------


def test_restore_dialog_lists_backups_and_restores_after_confirming(
    qtbot,
    qtmodeltester,
    demo_db: Database,
    said: list[tuple[str, str]],  # type: ignore[no-untyped-def]
) -> None:
    first = svc.back_up(demo_db)
    with demo_db.uow() as uow:
        uow.session.add(Tenant(name_zh="恢复前新增的企业"))
        uow.commit()
    second = svc.back_up_automatically(demo_db)
    dlg = RestoreDialog(demo_db.location, svc.folders(demo_db))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(dlg.model)
    assert [b.path for b in dlg.model.rows()] == [second.path, first.path]
    row0 = [dlg.model.index(0, c).data() for c in range(6)]
    assert row0[1] == "automatic" and row0[3] == "41"  # kind, tenants
    assert row0[2].endswith("KB")
    assert "Backups are kept in" in dlg.note.text()

    restored: list[object] = []
    dlg.restored.connect(restored.append)
    dlg.view.selectRow(1)  # the older one, made by hand
    assert dlg.model.index(1, 1).data() == "made by hand"
    dlg.restore_selected()
    title, question = said[-1]
    assert title == "Restore from backup"
    assert "40 tenants" in question and "backed up first" in question
    qtbot.waitUntil(lambda: bool(restored), timeout=15000)
    with demo_db.read() as s:
        assert s.query(Tenant).count() == 40
    assert not dlg.isVisible()


def test_restore_dialog_with_no_backups_and_no_choice(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dlg = RestoreDialog(demo_db.location, svc.folders(demo_db))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: "No backups yet" in dlg.note.text(), timeout=5000)
    dlg.restore_selected()
    assert dlg.errors.summary.isVisible()
    assert "Choose a backup in the list first." in dlg.errors.summary.text()


def test_restore_of_a_file_that_is_no_backup_says_so(
    qtbot,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    photo = tmp_path / "holiday.jpg"
    photo.write_bytes(b"\xff\xd8\xff not a backup")
    monkeypatch.setattr(messages, "open_file", lambda *_a: str(photo))
    dlg = RestoreDialog(demo_db.location, svc.folders(demo_db))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.choose_file()
    assert "is not an Incubator Desk backup or archive" in dlg.errors.summary.text()


# --- the main window --------------------------------------------------------------------------


def test_file_menu_backs_up_exports_and_restores(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    for wanted in ("&Back up now…", "Restore from &backup…", "&Export everything…"):
        assert wanted in texts
    out = tmp_path / "stick" / "office.zip"
    out.parent.mkdir()
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(out))
    window.act_back_up.trigger()
    wait_tasks(qtbot)
    assert out.is_file()
    assert said[-1][0] == "Backup" and f"Backed up to {out}" in said[-1][1]
    assert "40 tenants" in said[-1][1]

    archive = tmp_path / "everything.zip"
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(archive))
    window.act_export.trigger()
    wait_tasks(qtbot)
    with zipfile.ZipFile(archive) as zf:
        assert "manifest.json" in zf.namelist()
    assert "Open it with File → Open" in said[-1][1]

    dialogs: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "open", lambda self: dialogs.append(self))
    window.act_restore.trigger()
    assert dialogs and dialogs[0].location == demo_db.location


def test_status_bar_says_when_the_last_backup_was_made(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    said: list[tuple[str, str]],
) -> None:
    keeper = window.backups
    keeper.check()  # no backup yet, and there is data: one is made at once
    qtbot.waitUntil(lambda: keeper.label.text().startswith("Backed up"), timeout=20000)
    assert keeper.label.styleSheet() == ""
    assert "Backups go to" in keeper.label.toolTip()
    assert len(svc.list_backups(demo_db)[0]) == 1

    stick = tmp_path / "stick"
    stick.mkdir()
    svc.set_folder(demo_db, stick)
    stick.rmdir()  # the stick is pulled out
    keeper.check()
    qtbot.waitUntil(lambda: "not reachable" in keeper.label.text(), timeout=10000)
    assert "#" in keeper.label.styleSheet()  # shown in the warning colour
    assert str(stick) in keeper.label.toolTip()
    assert not stick.exists()  # never made on the computer's own disk

    # choosing the folder was a change: closing backs it up, says it cannot, then closes
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    title, text = said[-1]
    assert title == "Backup" and "could not be made" in text and str(stick) in text
    assert "saved in the database itself" in text


def test_closing_after_changes_makes_a_backup_first(
    qtbot,
    window: MainWindow,
    demo_db: Database,  # type: ignore[no-untyped-def]
) -> None:
    assert svc.list_backups(demo_db)[0] == []
    with demo_db.uow() as uow:
        uow.session.add(Tenant(name_zh="关闭前新增的企业"))
        uow.commit()
    assert window.backups.unsaved_changes()
    window.close()
    assert window.isVisible()  # it waits for the backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    made, _ = svc.list_backups(demo_db)
    assert len(made) == 1 and made[0].manifest.counts.tenants == 41


def test_closing_without_changes_closes_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.close()
    assert not window.isVisible()


def test_open_accepts_an_archive_from_another_computer(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive = tmp_path / "from-the-office.zip"
    svc.export_everything(demo_db, archive)
    target = tmp_path / "laptop" / "office.sqlite"
    monkeypatch.setattr(messages, "open_file", lambda *_a: str(archive))
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(target))
    window.choose_database()
    assert window.db is not None and window.db.location.sqlite_path == target
    with window.db.read() as s:
        assert s.query(Tenant).count() == 40


def test_backup_settings_choose_a_folder_and_the_warning_limit(
    qtbot,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    section = BackupSettings(demo_db)
    qtbot.addWidget(section)
    section.show()
    assert section.folder.text() == ""
    assert str(paths.backup_dir()) in section.folder.placeholderText()
    missing = tmp_path / "no-stick"
    monkeypatch.setattr(messages, "choose_folder", lambda *_a: str(missing))
    section.choose_folder()
    assert "does not exist" in section.errors.labels["folder"].text()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(messages, "choose_folder", lambda *_a: str(stick))
    section.choose_folder()
    assert section.folder.text() == str(stick)
    assert svc.chosen_root(demo_db) == stick
    section.max_age.setValue(14)
    section.save_age.click()
    assert svc.max_age(demo_db).days == 14
    section.default.click()
    assert svc.chosen_root(demo_db) is None


# --- opening: missing, damaged, busy --------------------------------------------------------


def test_missing_database_is_explained_with_choices(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "stick" / "office.sqlite"
    problem = DatabaseMissing("There is no database at {path}.", path=gone)
    dlg = DatabaseProblemDialog(problem, str(gone))
    qtbot.addWidget(dlg)
    assert dlg.heading.text() == "The database is not there"
    assert str(gone) in dlg.message.text() and "USB stick" in dlg.message.text()
    titles = [b.text() for b in dlg.findChildren(QCommandLinkButton)]
    assert titles == [
        "Try again",
        "Locate it…",
        "Open another database…",
        "Create a new database…",
    ]
    dlg.buttons[Choice.LOCATE].click()
    assert dlg.choice is Choice.LOCATE and dlg.result() == QDialog.DialogCode.Accepted

    damaged = DatabaseProblemDialog(DatabaseDamaged("{path} is damaged.", path=gone), str(gone))
    qtbot.addWidget(damaged)
    assert damaged.heading.text() == "The database is damaged"
    assert damaged.message.text() == f"{gone} is damaged."
    assert list(damaged.buttons) == [Choice.RESTORE, Choice.OPEN_OTHER, Choice.CREATE]

    newer = DatabaseProblemDialog(DatabaseError(NEWER, path=gone, revision="9", head="1"), "x")
    qtbot.addWidget(newer)
    assert newer.heading.text() == "The database cannot be opened"
    assert "newer version" in newer.message.text()
    assert list(newer.buttons) == [Choice.OPEN_OTHER, Choice.CREATE]


def _answer(monkeypatch: pytest.MonkeyPatch, *choices: Choice) -> list[str]:
    """Make the problem dialog answer with `choices` in turn; returns the headings shown."""
    shown: list[str] = []
    queue = list(choices)

    def exec_(self: DatabaseProblemDialog) -> int:
        shown.append(self.heading.text())
        self.choice = queue.pop(0)
        return 1

    monkeypatch.setattr(DatabaseProblemDialog, "exec", exec_)
    return shown


def test_a_missing_remembered_database_is_not_recreated(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from incubator_desk.app import _open_first, make_application

    make_application()
    gone = tmp_path / "stick" / "office.sqlite"
    settings.LAST_DATABASE.set(str(gone))
    shown = _answer(monkeypatch, Choice.RETRY, Choice.CREATE)
    fresh = tmp_path / "fresh.sqlite"
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(fresh))
    db = _open_first(None)
    assert db is not None
    try:
        assert shown == ["The database is not there", "The database is not there"]
        assert db.location.sqlite_path == fresh
        assert not (tmp_path / "stick").exists()
    finally:
        db.dispose()

    shown = _answer(monkeypatch, Choice.QUIT)
    assert _open_first(str(gone)) is None
    assert not (tmp_path / "stick").exists()


def test_a_damaged_database_is_restored_from_the_choice(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from incubator_desk.app import _open_first, make_application

    make_application()
    path = tmp_path / "office.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    with db.uow() as uow:
        uow.session.add(Tenant(name_zh="深圳云帆科技有限公司"))
        uow.commit()
    made = svc.back_up(db)
    db.dispose()
    with path.open("r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x03")  # an impossible page size: damaged header
    shown = _answer(monkeypatch, Choice.RESTORE)

    def restore_exec(self: RestoreDialog) -> int:
        self.show()
        qtbot.waitUntil(lambda: self.model.rowCount() == 1, timeout=5000)
        self.view.selectRow(0)
        self.restore_selected()
        qtbot.waitUntil(lambda: not self.isVisible(), timeout=15000)
        return int(self.result())

    monkeypatch.setattr(RestoreDialog, "exec", restore_exec)
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    reopened = _open_first(str(path))
    assert reopened is not None
    try:
        assert shown == ["The database is damaged"]
        with reopened.read() as s:
            assert s.query(Tenant).count() == 1
        assert made.path.is_file()
        assert list(tmp_path.glob("office.sqlite.damaged-*"))
    finally:
        reopened.dispose()


def test_the_window_opens_and_reads_while_another_program_writes(
    qtbot,
    demo_db: Database,
    lock_holder: subprocess.Popen[str],  # type: ignore[no-untyped-def]
) -> None:
    from incubator_desk.app import build_window, make_application

    make_application()
    opened = open_database(demo_db.location)  # takes no lock
    win = build_window(opened.db)
    qtbot.addWidget(win)
    win.show()
    for key in ("dashboard", "tenants"):
        win.show_page(key)
    assert "Database:" in win.db_label.text()
    win.close()
    opened.db.dispose()


def test_a_busy_database_on_save_keeps_the_input(
    qtbot,
    window: MainWindow,
    demo_db: Database,
    lock_holder: subprocess.Popen[str],  # type: ignore[no-untyped-def]
) -> None:
    dlg = NewTenantDialog(demo_db, window)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.form.name_zh, "深圳忙碌测试科技有限公司")
    dlg.buttons.buttons()[0].click()  # waits up to the busy timeout, then says so
    summary = dlg.form.errors.summary
    assert summary.isVisible()
    assert "The database is busy: another program is saving to it." in summary.text()
    assert "what you entered is kept" in summary.text()
    assert dlg.isVisible() and dlg.form.name_zh.text() == "深圳忙碌测试科技有限公司"
    assert dlg.tenant_id is None
    lock_holder.kill()
    lock_holder.wait()
    dlg.buttons.buttons()[0].click()  # the same input, saved once the other program is done
    assert dlg.tenant_id is not None


def test_the_busy_message_in_chinese(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from incubator_desk.core.errors import ConflictError
    from incubator_desk.db.uow import LOCKED
    from incubator_desk.ui import i18n

    i18n.install("zh_CN")
    try:
        assert "数据库正忙" in str(ConflictError(LOCKED))
    finally:
        i18n.install("en")
