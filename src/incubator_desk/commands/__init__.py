"""Headless sub-commands of `incubator-desk`, one module per area.

Each module defines `register(sub)`, which adds its parsers to the sub-parser action and
sets `handler=` (a function taking the parsed arguments and returning the exit status) with
`set_defaults`. The command line finds every module here by itself.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db import Database


class CliError(Exception):
    """A headless command failed in a way the user can act on (exit status 2)."""


class InputFileError(CliError):
    """An input file cannot be read at all (exit status 1)."""


def positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


PASSWORD_ENV = "INCUBATOR_DESK_PASSWORD"  # the --user's password, for scripts
NEW_PASSWORD_ENV = "INCUBATOR_DESK_NEW_PASSWORD"  # a password `user add`/`reset-password` set


def read_password(prompt: str, env: str = PASSWORD_ENV, confirm: bool = False) -> str:
    """A password from the environment variable, else asked on the terminal (not echoed)."""
    from ..core.errors import SignInError

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SignInError(
            "No password: set {env} or run the command in a terminal to be asked.", env=env
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("The two passwords differ. Nothing was changed.")
    return first


def sign_in(db: Database, args: argparse.Namespace) -> str | None:
    """Act as --user when the database has accounts (or is a server's); SignInError if the
    name is missing or the password is wrong. Without accounts, the local administrator acts."""
    from ..core.errors import SignInError
    from ..services import accounts

    user = getattr(args, "user", None)
    if not accounts.has_accounts(db):
        if db.dialect != "sqlite":
            raise SignInError(
                "This server database has no accounts yet. Create the first administrator: "
                "incubator-desk --db URL user add NAME --role administrator"
            )
        return None  # a one-person office: the automatic local administrator acts
    if not user:
        raise SignInError(
            "This database has accounts: say who you are with --user NAME (the password is "
            "asked, or read from {env}).",
            env=PASSWORD_ENV,
        )
    password = read_password(f"Password for {user}: ")
    accounts.sign_in(db, user, password)
    return password


@contextmanager
def opened_database(
    args: argparse.Namespace, create: bool = False, signed_in: bool = True
) -> Iterator[Database]:
    """The database named by --db (or the environment, or the default), upgraded if older,
    with --user signed in where the database has accounts (unless `signed_in` is False).

    A path with no database is refused with its name unless `create` is set; only the
    default database in the data folder is made on first use.
    """
    from .. import paths
    from ..db import credentials, open_database, resolve_location
    from ..services.settings import use_time_zone

    # A server's password: in the URL, else the credential store, else PGPASSWORD/.pgpass.
    location = credentials.fill(resolve_location(args.db))
    default = location.sqlite_path == paths.default_db_path().resolve()
    opened = open_database(location, create=create or default)
    use_time_zone(opened.db)
    if opened.backup is not None:
        print(f"Backed up the database to {opened.backup} before upgrading it.", file=sys.stderr)
    try:
        if signed_in:
            sign_in(opened.db, args)
        yield opened.db
    finally:
        opened.db.dispose()


def progress_printer(label: str = "") -> Callable[[int, int], None]:
    """A progress callback printing a percentage on a terminal, silent otherwise."""

    def progress(done: int, of: int) -> None:
        if sys.stderr.isatty():
            end = "\n" if done >= of else ""
            print(f"\r{label}{done * 100 // max(of, 1):3d} %", end=end, file=sys.stderr, flush=True)

    return progress
