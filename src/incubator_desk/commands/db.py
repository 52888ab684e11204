"""`incubator-desk db …`: create, upgrade and check a database; back it up, list and restore
its backups; archive it to move it to another computer, and unpack such an archive.

Exit status: 0 done, 1 a bad file or input (no database there, not a database or not a
backup, a newer version's), 2 an integrity problem (a damaged database or backup).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from . import opened_database, progress_printer

EXIT_BAD_FILE = 1
EXIT_DAMAGED = 2


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="database maintenance: create, check, back up, restore, archive")
    actions = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    new = actions.add_parser("create", help="create a new, empty database at --db")
    new.set_defaults(handler=create)
    up = actions.add_parser("upgrade", help="back up and upgrade the database to this version")
    up.set_defaults(handler=upgrade)
    chk = actions.add_parser("check", help="show the schema version and check the file's integrity")
    chk.set_defaults(handler=check)
    bak = actions.add_parser(
        "backup", help="back up the database and its attached files (checked, in one file)"
    )
    bak.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help="write the backup to FILE (default: a dated file in the backups folder)",
    )
    bak.set_defaults(handler=backup)
    lst = actions.add_parser("backups", help="list the database's backups, newest first")
    lst.set_defaults(handler=backups)
    res = actions.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    res.add_argument(
        "file", metavar="FILE", type=Path, help="a backup, an archive or a database file"
    )
    res.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    res.set_defaults(handler=restore)
    arc = actions.add_parser(
        "archive", help="write everything (database, attached files, checksums) into one file"
    )
    arc.add_argument("--out", metavar="FILE", type=Path, required=True)
    arc.set_defaults(handler=archive)
    una = actions.add_parser(
        "unarchive", help="make the database at --db from an archive (on another computer)"
    )
    una.add_argument("file", metavar="FILE", type=Path, help="an archive or a backup")
    una.set_defaults(handler=unarchive)


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(n, 1) / 1024:.0f} KB"


def _when(moment: Any) -> str:
    from ..core import clock

    return clock.local_text(moment)


def _counts(c: Any) -> str:
    return f"{c.tenants:,} tenants, {c.allocations:,} allocations, {c.applications:,} applications"


# --- create, upgrade, check ---------------------------------------------------------------


def create(args: argparse.Namespace) -> int:
    from ..db import open_database, resolve_location

    location = resolve_location(args.db)
    path = location.sqlite_path
    if path is not None and path.exists() and path.stat().st_size > 0:
        print(
            f"incubator-desk: {path} already exists. A new database never replaces a file: "
            "choose another path.",
            file=sys.stderr,
        )
        return EXIT_BAD_FILE
    opened = open_database(location, create=True)
    try:
        head = opened.status_before.head
        print(f"Created a new database at {location.display()} (schema {head}).")
    finally:
        opened.db.dispose()
    return 0


def upgrade(args: argparse.Namespace) -> int:
    from ..db import open_database, resolve_location
    from ..db.migrate import State

    opened = open_database(resolve_location(args.db))
    try:
        before = opened.status_before
        if before.state is State.CURRENT:
            print(f"Already at the current schema version ({before.head}).")
        elif before.state is State.NEW:
            print(f"Set up the empty database at schema version {before.head}.")
        else:
            print(f"Upgraded from schema {before.revision} to {before.head}.")
            if opened.backup is not None:
                print(f"The previous version was saved as {opened.backup}.")
        return 0
    finally:
        opened.db.dispose()


def check(args: argparse.Namespace) -> int:
    from ..core.errors import DatabaseDamaged, DatabaseMissing
    from ..db import resolve_location
    from ..db.migrate import MISSING, State, inspect_schema

    location = resolve_location(args.db)
    path = location.sqlite_path
    if path is not None and not path.exists():
        raise DatabaseMissing(MISSING, path=path)
    print(f"Database:        {location.display()}")
    try:
        status = inspect_schema(location)
    except DatabaseDamaged as exc:
        print("State:           DAMAGED")
        print(f"  {exc}")
        _name_good_backup(location)
        return EXIT_DAMAGED
    print(f"Schema version:  {status.revision or '-'} (this application: {status.head})")
    code = 0
    if status.state is State.FOREIGN:
        print("State:           not an Incubator Desk database")
        code = EXIT_BAD_FILE
    elif status.state is State.NEWER:
        print("State:           written by a newer version of the application")
        code = EXIT_BAD_FILE
    elif status.state is State.OLDER:
        print("State:           older schema; run `incubator-desk db upgrade`")
    elif status.state is State.NEW:
        print("State:           empty (a new database)")
    else:
        print("State:           current")
    if path is None:
        return code
    problems = _integrity(path)
    if not problems:
        print("Integrity:       ok")
        return code
    print("Integrity:       PROBLEMS FOUND")
    for line in problems[:20]:
        print(f"  {line}")
    _name_good_backup(location)
    return EXIT_DAMAGED


def _integrity(path: Path) -> list[str]:
    """integrity_check and foreign_key_check, read without writing anything beside the file."""
    from ..db.snapshot import integrity_problems

    # With no -wal file nobody has it open: read it as immutable, so no -wal/-shm appear.
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        con = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        problems = integrity_problems(con)
        try:
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problems.append(f"the references between records cannot be checked: {exc}")
        else:
            if broken:
                problems.append(f"{len(broken)} rows refer to missing records")
        return problems
    finally:
        con.close()


def _name_good_backup(location: Any) -> None:
    from ..db import backup as mechanics

    folders = mechanics.folders_of(location)
    good = mechanics.newest_good(folders)
    if good is None:
        where = ", ".join(str(f) for f in folders)
        print(f"No good backup was found (looked in {where}).")
        return
    print(
        f"Newest good backup: {good.path}\n"
        f"  made {_when(good.created)}: {_counts(good.manifest.counts)}\n"
        f'  restore it with: incubator-desk --db "{location.display()}" db restore "{good.path}"'
    )


# --- backups ------------------------------------------------------------------------------


def _file_database(args: argparse.Namespace) -> None:
    """Backups are of database files: a server's are pg_dump's job (exit 1 with that)."""
    from ..db import backup as mechanics
    from ..db import resolve_location

    location = resolve_location(args.db)
    if location.sqlite_path is None:
        raise mechanics.server_error(location)


def backup(args: argparse.Namespace) -> int:
    from ..services import backups as svc

    _file_database(args)
    with opened_database(args) as db:
        started = time.perf_counter()
        made = svc.back_up(db, out=args.out, progress=progress_printer("Backing up "))
        seconds = time.perf_counter() - started
    m = made.manifest
    files = len(m.attachments())
    print(
        f"Backed up {m.source} to {made.path}\n"
        f"  {_counts(m.counts)}, {files} attached file(s); {_size(made.size)}; {seconds:.1f} s"
    )
    if m.missing:
        print(
            f"  {len(m.missing)} attached file(s) were missing and are not in the backup:",
            file=sys.stderr,
        )
        for name in m.missing[:10]:
            print(f"    {name}", file=sys.stderr)
    return 0


def backups(args: argparse.Namespace) -> int:
    from ..services import backups as svc

    _file_database(args)
    with opened_database(args) as db:
        found, unreadable = svc.list_backups(db)
        places = svc.folders(db)
    if not found:
        print(f"No backups yet (looked in {', '.join(str(p) for p in places)}).")
    else:
        print(f"{'made':<17} {'kind':<15} {'size':>9}  contents")
        for b in found:
            made, size = _when(b.created), _size(b.size)
            print(f"{made:<17} {b.kind:<15} {size:>9}  {_counts(b.manifest.counts)}")
            print(f"{'':<17} {b.path}")
    for bad in unreadable:
        print(f"incubator-desk: {bad.path}: {bad.problem}", file=sys.stderr)
    return 0


def _may_restore(args: argparse.Namespace, location: Any) -> None:
    """Restoring replaces everyone's data: on a database with accounts, an administrator's
    action. A missing or damaged file is restored by whoever has it (there is nobody to ask)."""
    from ..core.errors import DatabaseError
    from ..services.access import Action, check

    if location.sqlite_path is None or not location.sqlite_path.exists():
        return
    try:
        with opened_database(args) as db:
            check(db, Action.RESTORE)
    except DatabaseError:
        return


def restore(args: argparse.Namespace) -> int:
    from ..db import backup as mechanics
    from ..db import open_database, resolve_location

    location = resolve_location(args.db)
    if location.sqlite_path is None:
        raise mechanics.server_error(location)
    info = mechanics.describe(args.file)
    _may_restore(args, location)
    if not args.yes:
        question = (
            f"Replace the contents of {location.display()} with the backup made "
            f"{_when(info.created)} ({_counts(info.counts)})? The current database is "
            "backed up first. [y/N] "
        )
        if not sys.stdin.isatty():
            print(
                f"incubator-desk: restoring replaces the contents of {location.display()}: "
                "run it again with --yes to confirm. Nothing was restored.",
                file=sys.stderr,
            )
            return EXIT_BAD_FILE
        if input(question).strip().lower() not in ("y", "yes"):
            print("Nothing was restored.")
            return EXIT_BAD_FILE
    restored = mechanics.restore(location, args.file, progress=progress_printer("Restoring "))
    print(
        f"Restored {location.display()} from {args.file} (made {_when(restored.backup.created)}: "
        f"{_counts(restored.backup.counts)})."
    )
    if restored.aside is not None:
        if restored.aside_is_damaged_file:
            print(f"The damaged file was moved to {restored.aside}.")
        else:
            print(f"The previous data was saved to {restored.aside}.")
    opened = open_database(location)  # brings an older backup up to this version
    try:
        if opened.backup is not None:
            print(f"Upgraded the restored database; its old version is in {opened.backup}.")
    finally:
        opened.db.dispose()
    return 0


# --- moving to another computer -----------------------------------------------------------


def archive(args: argparse.Namespace) -> int:
    from ..db import backup as mechanics

    _file_database(args)
    with opened_database(args) as db:
        location = db.location
    made = mechanics.back_up(
        location, out=args.out, kind=mechanics.EXPORT, progress=progress_printer("Archiving ")
    )
    m = made.manifest
    print(
        f"Archived {m.source} to {made.path}: {_counts(m.counts)}, "
        f"{len(m.attachments())} attached file(s); {_size(made.size)}.\n"
        f'On the other computer: incubator-desk --db NEW_PATH db unarchive "{made.path.name}"'
    )
    return 0


def unarchive(args: argparse.Namespace) -> int:
    from ..db import backup as mechanics
    from ..db import resolve_location

    location = resolve_location(args.db)
    made = mechanics.unarchive(args.file, location, progress=progress_printer("Unpacking "))
    print(
        f"Made {location.display()} from {args.file}: {_counts(made.counts)}, "
        f"{len(made.attachments())} attached file(s)."
    )
    return 0
