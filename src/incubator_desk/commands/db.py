"""`incubator-desk db upgrade|check`: schema upgrades and integrity checks."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from . import CliError


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="database maintenance")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = actions.add_parser("upgrade", help="back up and upgrade the database to this version")
    up.set_defaults(handler=upgrade)
    chk = actions.add_parser("check", help="show the schema version and check the file's integrity")
    chk.set_defaults(handler=check)


def upgrade(args: argparse.Namespace) -> int:
    from ..db import open_database, resolve_location
    from ..db.migrate import State

    opened = open_database(resolve_location(args.db))
    try:
        before = opened.status_before
        if before.state is State.CURRENT:
            print(f"Already at the current schema version ({before.head}).")
        elif before.state is State.NEW:
            print(f"Created a new database at schema version {before.head}.")
        else:
            print(f"Upgraded from schema {before.revision} to {before.head}.")
            if opened.backup is not None:
                print(f"The previous version was saved as {opened.backup}.")
        return 0
    finally:
        opened.db.dispose()


def check(args: argparse.Namespace) -> int:
    from ..db import resolve_location
    from ..db.migrate import State, inspect_schema

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
