"""Benchmark: back up, verify, list and restore a 50,000-tenant demo database.

    python benchmarks/bench_backup.py [--db FILE] [--tenants N]

Without --db a demo database is generated first (about a minute for 50,000 tenants); with
--db the file is copied and the copy used, so the original is never touched. Each step is
what the window and `incubator-desk db backup|backups|restore` do.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

TARGET_BACKUP_SECONDS = 60.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database to copy and use")
    parser.add_argument("--tenants", type=int, default=50_000)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("INCUBATOR_DESK_DB", None)

    from incubator_desk.db import archive, backup, open_database, snapshot
    from incubator_desk.db.engine import location_from_string

    path = workdir / "demo.sqlite"
    rows: list[tuple[str, str, str]] = [("step", "seconds", "note")]
    try:
        if args.db:
            snapshot.copy_database(args.db, path)
        else:
            from incubator_desk.services.demo import generate_demo

            started = time.perf_counter()
            db = open_database(location_from_string(str(path)), create=True).db
            generate_demo(db, tenants=args.tenants, seed=1)
            db.dispose()
            rows.append(("generate the demo", f"{time.perf_counter() - started:.1f}", ""))
        location = location_from_string(str(path))
        size = path.stat().st_size

        started = time.perf_counter()
        copy = workdir / "copy.sqlite"
        snapshot.copy_database(path, copy)
        rows.append(("  online backup API copy", f"{time.perf_counter() - started:.2f}", ""))
        con = sqlite3.connect(copy)
        started = time.perf_counter()
        problems = snapshot.integrity_problems(con)
        rows.append(("  integrity_check of the copy", f"{time.perf_counter() - started:.2f}",
                     "ok" if not problems else "; ".join(problems)))  # fmt: skip
        con.close()
        copy.unlink()

        started = time.perf_counter()
        made = backup.back_up(location)
        seconds = time.perf_counter() - started
        ok = seconds < TARGET_BACKUP_SECONDS
        rows.append(
            (
                "back up (copy, check, zip)",
                f"{seconds:.2f}",
                f"{size / 1e6:,.0f} MB -> {made.size / 1e6:,.0f} MB; "
                f"target < {TARGET_BACKUP_SECONDS:.0f} s: {'PASS' if ok else 'FAIL'}",
            )
        )
        started = time.perf_counter()
        found, _ = backup.list_backups([backup.folder_for(location)])
        rows.append(("list backups (manifests)", f"{time.perf_counter() - started:.3f}",
                     f"{len(found)} backup(s)"))  # fmt: skip
        started = time.perf_counter()
        archive.verify(made.path)
        rows.append(("verify every checksum", f"{time.perf_counter() - started:.2f}", ""))
        started = time.perf_counter()
        restored = backup.restore(location, made.path)
        rows.append(
            (
                "restore (unpack, check, copy aside, write)",
                f"{time.perf_counter() - started:.2f}",
                f"{restored.backup.counts.tenants:,} tenants",
            )
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
