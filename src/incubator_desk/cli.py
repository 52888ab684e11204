"""Command line: no sub-command opens the window; sub-commands run headless.

Errors a user can act on are printed on stderr with exit status 2; an unexpected failure
prints one line naming the log file that holds the details, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, paths

EXIT_UNREADABLE = 1  # an input file or a database file that cannot be used as it is
EXIT_ERROR = 2  # anything else the user can act on, and damage found in a file
EXIT_INTERNAL = 3
EXIT_SIGN_IN = 4  # no --user where the database has accounts, a wrong password, a locked account
EXIT_REFUSED = 5  # the signed-in person's role does not allow the action
EXIT_BROKEN_PIPE = 141  # as a command ended by SIGPIPE: the reader (`| head`) stopped reading

log = logging.getLogger("incubator_desk")


def _command_modules() -> list[Any]:
    from . import commands

    return [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name)
    ]


def _window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or postgresql:// URL (default: $INCUBATOR_DESK_DB, "
        "else the per-user data folder)",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a freshly made demo database",
    )
    p.add_argument("--lang", choices=("zh_CN", "en"), help="language of the window")
    p.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME where the database has accounts (password asked, or "
        "$INCUBATOR_DESK_PASSWORD); the window fills the sign-in dialog with it",
    )


class _NotJustTheWindow(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotJustTheWindow(message)


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments, when all they ask is to open the window: read without loading every
    command's module (a sixth of the window's start). None for anything else, which the whole
    command line then reads, answers or refuses."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    p = _WindowParser(prog="incubator-desk", add_help=False)
    _window_options(p)
    try:
        args, rest = p.parse_known_args(list(argv))
    except _NotJustTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="incubator-desk",
        description="Incubator Desk: tenant register, spaces, mentoring, training, funding "
        "and reports for tech-business incubators. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _window_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(sub)
    return p


def _configure_logging() -> Path:
    log_file = paths.data_dir() / "incubator-desk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    args = _window_only(given) or _parser().parse_args(given)
    try:
        log_file = _configure_logging()
    except OSError as exc:
        print(f"incubator-desk: cannot write to the data folder: {exc}", file=sys.stderr)
        return EXIT_ERROR
    from .commands import CliError, InputFileError
    from .core.errors import (
        DatabaseDamaged,
        DatabaseError,
        DatabaseLocationError,
        PermissionDenied,
        ServiceError,
        SignInError,
    )

    try:
        if args.command is None:
            # The Dashboard's figures are read from the file while the window loads.
            from .ui import first_figures

            early = first_figures.start(args.db, args.demo)
            from .app import run_gui

            return run_gui(
                db_arg=args.db, demo=args.demo, lang=args.lang, user=args.user, early=early
            )
        return int(args.handler(args))
    except SignInError as exc:
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    except PermissionDenied as exc:
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except DatabaseDamaged as exc:
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (InputFileError, DatabaseError, DatabaseLocationError) as exc:
        # No database at the path, not a database or backup, a newer version's: a bad file.
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except (CliError, ServiceError) as exc:
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("incubator-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Nothing more can be written; point stdout at nothing so the flush at exit is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        log.error("unexpected error\n%s", traceback.format_exc())
        print(
            f"incubator-desk: unexpected error: {exc.__class__.__name__}: {exc}\n"
            f"Details were written to {log_file}.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return 0
