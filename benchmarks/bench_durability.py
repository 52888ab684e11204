"""Benchmark: what a commit costs with synchronous=FULL against NORMAL (SQLite in WAL mode).

In WAL mode NORMAL writes each commit to the log without syncing it to the disk; only
checkpoints sync. A crash of the program loses nothing either way, but a power cut or a
pulled USB stick can undo the last commits made under NORMAL. FULL syncs the log at every
commit. This measures the price of that on this machine's disk, two ways: a bare one-row
commit with sqlite3, and a save through the application's unit of work (a setting written,
with its audit entry), as the window makes one per click on Save.

    python benchmarks/bench_durability.py [--commits N] [--dir FOLDER]

--dir puts the files on another disk (a USB stick, a network share) to measure that one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

LEVELS = ("NORMAL", "FULL")


def bare_commits(path: Path, level: str, n: int) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(f"PRAGMA synchronous = {level}")
    con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, note TEXT)")
    times = []
    for i in range(n):
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO t (note) VALUES (?)", (f"row {i}",))
        con.execute("COMMIT")
        times.append(time.perf_counter() - started)
    con.close()
    return times


def unit_of_work_commits(path: Path, level: str, n: int) -> list[float]:
    from incubator_desk.db import engine, open_database
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.services import settings

    engine.SYNCHRONOUS = level
    db = open_database(location_from_string(str(path)), create=True).db
    try:
        version = None
        times = []
        for i in range(n):
            started = time.perf_counter()
            name = {"zh": f"孵化器{i}", "en": ""}
            version = settings.put(db, settings.INCUBATOR_NAME, name, version)
            times.append(time.perf_counter() - started)
        return times
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="folder for the test files (default: temp)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-durability-", dir=args.dir))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("INCUBATOR_DESK_DB", None)

    rows = [("what", "synchronous", "commits", "median ms", "mean ms", "p95 ms", "commits/s")]
    results: dict[tuple[str, str], float] = {}
    try:
        for what, run in (("bare commit", bare_commits), ("unit of work", unit_of_work_commits)):
            for level in LEVELS:
                path = workdir / f"{what.replace(' ', '-')}-{level}.sqlite"
                run(path, level, 20)  # warm up: file created, pages allocated
                times = run(path, level, args.commits)
                ms = sorted(t * 1000 for t in times)
                mean = statistics.fmean(ms)
                results[(what, level)] = statistics.median(ms)
                rows.append(
                    (
                        what,
                        level,
                        str(len(ms)),
                        f"{statistics.median(ms):.2f}",
                        f"{mean:.2f}",
                        f"{ms[int(len(ms) * 0.95)]:.2f}",
                        f"{1000 / mean:,.0f}",
                    )
                )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print()
    for what in ("bare commit", "unit of work"):
        extra = results[(what, "FULL")] - results[(what, "NORMAL")]
        print(f"FULL costs {extra:+.2f} ms per {what} (median) on {workdir.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
