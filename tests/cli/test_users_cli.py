"""Accounts and roles on the command line, as a subprocess: `user …`, --user, the password
from $INCUBATOR_DESK_PASSWORD, and the exit statuses 4 (sign-in) and 5 (role refuses)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXIT_SIGN_IN = 4
EXIT_REFUSED = 5
SECRET = "长城 password 1"  # Chinese and a space: passwords are any text


def run(
    db: Path, *args: str, password: str | None = None, new: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INCUBATOR_DESK_")}
    env["INCUBATOR_DESK_DATA_DIR"] = str(db.parent / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        env["INCUBATOR_DESK_PASSWORD"] = password
    if new is not None:
        env["INCUBATOR_DESK_NEW_PASSWORD"] = new
    return subprocess.run(
        [sys.executable, "-m", "incubator_desk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def clean_failure(result: subprocess.CompletedProcess[str], status: int, *words: str) -> None:
    assert result.returncode == status, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("incubator-desk: ")
    for word in words:
        assert word in result.stderr


@pytest.fixture(scope="module")
def made_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database whose first administrator is zhou, with a read-only and a finance
    account (made once through the command line; each test works on a copy)."""
    db = tmp_path_factory.mktemp("office") / "园区 办公.sqlite"
    assert run(db, "demo", "--tenants", "8").returncode == 0
    first = run(db, "user", "add", "zhou", "--role", "administrator", "--display-name", "周主任",
                new=SECRET)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "Added zhou (周主任) as administrator." in first.stdout
    for name, role in (("lin", "read-only"), ("chen", "finance")):
        added = run(db, "--user", "zhou", "user", "add", name, "--role", role,
                    password=SECRET, new=SECRET)  # fmt: skip
        assert added.returncode == 0, added.stderr
    return db


@pytest.fixture
def office(made_office: Path, tmp_path: Path) -> Path:
    copy = tmp_path / made_office.name
    shutil.copyfile(made_office, copy)
    return copy


def test_a_database_without_accounts_needs_no_sign_in(tmp_path: Path) -> None:
    db = tmp_path / "one person.sqlite"
    assert run(db, "demo", "--tenants", "5").returncode == 0
    listed = run(db, "user", "list")
    assert listed.returncode == 0
    assert "automatic local administrator" in listed.stdout
    refused = run(db, "user", "add", "wang", "--role", "manager", new=SECRET)
    clean_failure(refused, 2, "first account must be an administrator")


def test_once_there_are_accounts_commands_need_user(office: Path) -> None:
    clean_failure(run(office, "graduation"), EXIT_SIGN_IN, "--user NAME")
    clean_failure(
        run(office, "--user", "zhou", "graduation", password="wrong one"), EXIT_SIGN_IN, "wrong"
    )
    # No terminal and no $INCUBATOR_DESK_PASSWORD: told how to give it.
    clean_failure(run(office, "--user", "zhou", "graduation"), EXIT_SIGN_IN, "PASSWORD")
    ok = run(office, "--user", "zhou", "graduation", password=SECRET)
    assert ok.returncode == 0, ok.stderr
    # Read-only diagnostics stay open to whoever has the file.
    assert run(office, "db", "check").returncode == 0


def test_a_read_only_account_reads_but_is_refused_changes_with_status_5(
    office: Path, tmp_path: Path
) -> None:
    assert run(office, "--user", "lin", "occupancy", password=SECRET).returncode == 0
    refused = run(office, "--user", "lin", "billing", "run", "--period", "2026-11", password=SECRET)
    clean_failure(refused, EXIT_REFUSED, "lin is signed in as Read-only", "Finance")
    demo = run(office, "--user", "lin", "demo", "--tenants", "3", "--force", password=SECRET)
    clean_failure(demo, EXIT_REFUSED, "needs the role Administrator")
    accounts = run(office, "--user", "lin", "user", "add", "x1", "--role", "manager",
                   password=SECRET, new=SECRET)  # fmt: skip
    clean_failure(accounts, EXIT_REFUSED, "managing accounts")


def test_finance_bills_but_does_not_manage_accounts(office: Path) -> None:
    billed = run(office, "--user", "chen", "billing", "run", "--period", "2026-11", password=SECRET)
    assert billed.returncode == 0, billed.stderr
    role = run(office, "--user", "chen", "user", "set-role", "lin", "manager", password=SECRET)
    clean_failure(role, EXIT_REFUSED, "Administrator")


def test_an_administrator_lists_disables_resets_and_sets_roles(office: Path) -> None:
    def admin(*args: str, new: str | None = None) -> subprocess.CompletedProcess[str]:
        return run(office, "--user", "zhou", *args, password=SECRET, new=new)

    listed = admin("user", "list")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:3] == ["name", "role", "state"]
    assert any(line.split()[:3] == ["lin", "read-only", "active"] for line in lines)

    assert admin("user", "set-role", "lin", "manager").returncode == 0
    assert run(office, "--user", "lin", "billing", "run", "--period", "2026-11",
               password=SECRET).returncode == 0  # fmt: skip

    assert admin("user", "disable", "lin").stdout.strip() == "lin is disabled."
    clean_failure(run(office, "--user", "lin", "graduation", password=SECRET), EXIT_SIGN_IN,
                  "disabled")  # fmt: skip
    assert "disabled" in admin("user", "list").stdout
    assert admin("user", "enable", "lin").returncode == 0

    for _ in range(5):
        run(office, "--user", "lin", "graduation", password="not the one")
    clean_failure(run(office, "--user", "lin", "graduation", password=SECRET), EXIT_SIGN_IN,
                  "locked until")  # fmt: skip
    assert admin("user", "reset-password", "lin", new="a fresh one 9").returncode == 0
    assert run(office, "--user", "lin", "graduation", password="a fresh one 9").returncode == 0

    last = admin("user", "set-role", "zhou", "manager")
    clean_failure(last, 2, "last active administrator")
    unknown = admin("user", "disable", "nobody")
    clean_failure(unknown, 2, "no account named nobody")


def test_people_change_their_own_password(office: Path) -> None:
    changed = run(office, "--user", "chen", "user", "passwd", password=SECRET, new="新的 密码 42")
    assert changed.returncode == 0, changed.stderr
    clean_failure(run(office, "--user", "chen", "graduation", password=SECRET), EXIT_SIGN_IN)
    assert run(office, "--user", "chen", "graduation", password="新的 密码 42").returncode == 0


def test_restoring_a_backup_is_an_administrators_action(office: Path) -> None:
    made = run(office, "--user", "zhou", "db", "backup", password=SECRET)
    assert made.returncode == 0, made.stderr
    zip_path = made.stdout.split(" to ", 1)[1].splitlines()[0].strip()
    refused = run(office, "--user", "chen", "db", "restore", zip_path, "--yes", password=SECRET)
    clean_failure(refused, EXIT_REFUSED, "restoring a backup")
    done = run(office, "--user", "zhou", "db", "restore", zip_path, "--yes", password=SECRET)
    assert done.returncode == 0, done.stderr
