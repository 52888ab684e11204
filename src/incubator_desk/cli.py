"""Command line: no sub-command opens the window; sub-commands run headless.

Errors a user can act on are printed on stderr with exit status 2; an unexpected failure
prints one line naming the log file that holds the details, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths

if TYPE_CHECKING:
    from .db import Opened

EXIT_USAGE = 2
EXIT_ERROR = 2
EXIT_INTERNAL = 3

log = logging.getLogger("incubator_desk")


class CliError(Exception):
    """A headless command failed in a way the user can act on."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="incubator-desk",
        description="Incubator Desk: tenant register, spaces, mentoring, training, funding "
        "and reports for tech-business incubators. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--tenants", type=_positive, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--force", action="store_true", help="add demo data even if the database has tenants"
    )

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="back up and upgrade the database to this version")
    db_sub.add_parser("check", help="show the schema version and check the file's integrity")
    return p


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _open(args: argparse.Namespace) -> Opened:
    from .db import open_database, resolve_location

    location = resolve_location(args.db)
    opened = open_database(location)
    if opened.backup is not None:
        print(f"Backed up the database to {opened.backup} before upgrading it.", file=sys.stderr)
    return opened


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import generate_demo

    opened = _open(args)
    try:
        total = args.tenants

        def progress(done: int, of: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done * 100 // max(of, 1):3d} %", end="", file=sys.stderr, flush=True)

        summary = generate_demo(
            opened.db, tenants=total, seed=args.seed, force=args.force, progress=progress
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"Demo data written to {opened.db.location.display()}:")
        for name, count in summary.as_rows():
            print(f"  {name:<28} {count:>9,}")
        return 0
    finally:
        opened.db.dispose()


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from .db.migrate import State

    opened = _open(args)
    try:
        before = opened.status_before
        if before.state is State.CURRENT:
            print(f"Already at the current schema version ({before.head}).")
        elif before.state is State.NEW:
            print(f"Created a new database at schema version {before.head}.")
        else:
            print(f"Upgraded from schema {before.revision} to {before.head}.")
        return 0
    finally:
        opened.db.dispose()


def cmd_db_check(args: argparse.Namespace) -> int:
    from .db import resolve_location
    from .db.migrate import State, inspect_schema

    location = resolve_location(args.db)
    path = location.sqlite_path
    if path is not None and not path.exists():
        raise CliError(f"There is no database at {path}.")
    status = inspect_schema(location)
    print(f"Database:        {location.display()}")
    print(f"Schema version:  {status.revision or '-'} (this application: {status.head})")
    ok = True
    if status.state is State.FOREIGN:
        print("State:           not an Incubator Desk database")
        ok = False
    elif status.state is State.NEWER:
        print("State:           written by a newer version of the application")
        ok = False
    elif status.state is State.OLDER:
        print("State:           older schema; run `incubator-desk db upgrade`")
        ok = False
    elif status.state is State.NEW:
        print("State:           empty (a new database)")
    else:
        print("State:           current")
    if path is not None:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
        if problems == ["ok"] and not fk:
            print("Integrity:       ok")
        else:
            ok = False
            print("Integrity:       PROBLEMS FOUND")
            for line in problems[:20]:
                if line != "ok":
                    print(f"  {line}")
            if fk:
                print(f"  {len(fk)} rows refer to missing records")
    return 0 if ok else 1


def _configure_logging() -> Path:
    log_file = paths.data_dir() / "incubator-desk.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        log_file = _configure_logging()
    except OSError as exc:
        print(f"incubator-desk: cannot write to the data folder: {exc}", file=sys.stderr)
        return EXIT_ERROR
    from .services.errors import ServiceError

    try:
        if args.command is None:
            from .app import run_gui

            return run_gui(db_arg=args.db, demo=args.demo, lang=args.lang)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "db" and args.db_command == "upgrade":
            return cmd_db_upgrade(args)
        if args.command == "db" and args.db_command == "check":
            return cmd_db_check(args)
        parser.error("unknown command")
    except (CliError, ServiceError) as exc:
        print(f"incubator-desk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("incubator-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log.error("unexpected error\n%s", traceback.format_exc())
        print(
            f"incubator-desk: unexpected error: {exc.__class__.__name__}: {exc}\n"
            f"Details were written to {log_file}.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return 0
