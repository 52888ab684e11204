"""Headless sub-commands of `incubator-desk`, one module per area.

Each module defines `register(sub)`, which adds its parsers to the sub-parser action and
sets `handler=` (a function taking the parsed arguments and returning the exit status) with
`set_defaults`. The command line finds every module here by itself.
"""

from __future__ import annotations

import argparse
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


@contextmanager
def opened_database(args: argparse.Namespace, create: bool = False) -> Iterator[Database]:
    """The database named by --db (or the environment, or the default), upgraded if older.

    A path with no database is refused with its name unless `create` is set; only the
    default database in the data folder is made on first use.
    """
    from .. import paths
    from ..db import open_database, resolve_location
    from ..services.settings import use_time_zone

    location = resolve_location(args.db)
    default = location.sqlite_path == paths.default_db_path().resolve()
    opened = open_database(location, create=create or default)
    use_time_zone(opened.db)
    if opened.backup is not None:
        print(f"Backed up the database to {opened.backup} before upgrading it.", file=sys.stderr)
    try:
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
