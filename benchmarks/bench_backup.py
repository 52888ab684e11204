"""Benchmark: back up, verify, list and restore a 50,000-tenant demo database.

    python benchmarks/bench_backup.py [--db FILE] [--tenants N]

Without --db a demo database is generated first (about a minute for 50,000 tenants); with
--db the file is copied and the copy used, so the original is never touched. Each step is
what the window and `incubator-desk db backup|backups|restore` do. Back up and restore stand
beside their limit in the same run, interleaved: the same work done with the standard library
alone (sqlite3's online backup, integrity_check and a deflated zip; unzip, integrity_check
and a copy). Listing and verifying have no simpler equivalent and are timed alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from _common import Table, interleaved, median

TARGET_BACKUP_SECONDS = 60.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database to copy and use")
    parser.add_argument("--tenants", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("INCUBATOR_DESK_DB", None)

    from incubator_desk.db import archive, backup, open_database, snapshot
    from incubator_desk.db.engine import location_from_string

    path = workdir / "demo.sqlite"
    table = Table(f"Backups, median of {args.runs} interleaved runs")
    gen = ""
    try:
        if args.db:
            snapshot.copy_database(args.db, path)
        else:
            from incubator_desk.services.demo import generate_demo

            started = time.perf_counter()
            db = open_database(location_from_string(str(path)), create=True).db
            generate_demo(db, tenants=args.tenants, seed=1)
            db.dispose()
            gen = f"demo generated in {time.perf_counter() - started:.1f} s"
        location = location_from_string(str(path))
        size = path.stat().st_size

        def plain_backup() -> float:
            """The limit: sqlite3's online backup into a file, its integrity_check, and that
            file deflated into a zip — the standard library alone."""
            copy, made_zip = workdir / "plain-copy.sqlite", workdir / "plain.zip"
            started = time.perf_counter()
            src, dst = sqlite3.connect(path), sqlite3.connect(copy)
            src.backup(dst)
            src.close()
            assert dst.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            dst.close()
            with zipfile.ZipFile(made_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.write(copy, "plain-copy.sqlite")
            seconds = time.perf_counter() - started
            copy.unlink()
            made_zip.unlink()
            return seconds

        made_paths: list[Path] = []

        def program_backup() -> float:
            started = time.perf_counter()
            made_paths.append(backup.back_up(location).path)
            return time.perf_counter() - started

        def plain_restore() -> float:
            """The limit: the zip unpacked, integrity_check, the file written in place."""
            out = workdir / "plain-restore"
            started = time.perf_counter()
            with zipfile.ZipFile(made_paths[-1]) as zf:
                zf.extractall(out)
            unpacked = max(out.rglob("*.sqlite"), key=lambda p: p.stat().st_size)
            con = sqlite3.connect(unpacked)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            con.close()
            shutil.copyfile(unpacked, workdir / "plain-restored.sqlite")
            seconds = time.perf_counter() - started
            shutil.rmtree(out)
            (workdir / "plain-restored.sqlite").unlink()
            return seconds

        def program_restore() -> float:
            started = time.perf_counter()
            backup.restore(location, made_paths[-1])
            return time.perf_counter() - started

        got, base = interleaved([program_backup, plain_backup], args.runs, warm_up=False)
        table.add("back up (copy, check, zip)", median(got), median(base), "s",
                  limit_name="sqlite3 backup + integrity_check + zip",
                  target_text=f"< {TARGET_BACKUP_SECONDS:.0f} s",
                  passed=median(got) < TARGET_BACKUP_SECONDS)  # fmt: skip
        started = time.perf_counter()
        found, _ = backup.list_backups([backup.folder_for(location)])
        table.add(f"list backups ({len(found)}, manifests)", time.perf_counter() - started,
                  None, "ms")  # fmt: skip
        started = time.perf_counter()
        archive.verify(made_paths[-1])
        table.add("verify every checksum", time.perf_counter() - started, None, "s")
        got, base = interleaved([program_restore, plain_restore], args.runs, warm_up=False)
        table.add("restore (unpack, check, copy aside, write)", median(got), median(base), "s",
                  limit_name="unzip + integrity_check + copy")  # fmt: skip
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    table.print()
    print(f"\n{size / 1e6:,.0f} MB database" + (f"; {gen}" if gen else ""))
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
