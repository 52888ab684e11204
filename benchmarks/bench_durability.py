"""Benchmark: what a commit costs with synchronous=FULL against NORMAL (SQLite in WAL mode).

In WAL mode NORMAL writes each commit to the log without syncing it to the disk; only
checkpoints sync. A crash of the program loses nothing either way, but a power cut or a
pulled USB stick can undo the last commits made under NORMAL. FULL syncs the log at every
commit. This measures the price of that on this machine's disk, two ways: a bare one-row
commit with sqlite3, and a save through the application's unit of work (a setting written,
with its audit entry), as the window makes one per click on Save. The bare commit is the
save's limit, measured in the same run: the four writers take turns, a few commits each.

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

from _common import Table

LEVELS = ("NORMAL", "FULL")


class Bare:
    """One-row commits with sqlite3 alone, WAL and the given synchronous level: the limit."""

    def __init__(self, path: Path, level: str) -> None:
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode = WAL")
        self.con.execute(f"PRAGMA synchronous = {level}")
        self.con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, note TEXT)")
        self.n = 0

    def commits(self, k: int) -> list[float]:
        times = []
        for _ in range(k):
            self.n += 1
            started = time.perf_counter()
            self.con.execute("BEGIN IMMEDIATE")
            self.con.execute("INSERT INTO t (note) VALUES (?)", (f"row {self.n}",))
            self.con.execute("COMMIT")
            times.append(time.perf_counter() - started)
        return times

    def close(self) -> None:
        self.con.close()


class Saves:
    """A save as the window makes one: a setting written through the unit of work, with its
    audit entry."""

    def __init__(self, path: Path, level: str) -> None:
        from incubator_desk.db import engine, open_database
        from incubator_desk.db.engine import location_from_string

        engine.SYNCHRONOUS = level  # read when a connection is made
        self.db = open_database(location_from_string(str(path)), create=True).db
        with self.db.read() as s:
            s.connection()  # the connection made now, at this level
        self.version: int | None = None
        self.n = 0

    def commits(self, k: int) -> list[float]:
        from incubator_desk.services import settings

        times = []
        for _ in range(k):
            self.n += 1
            started = time.perf_counter()
            name = {"zh": f"孵化器{self.n}", "en": ""}
            self.version = settings.put(self.db, settings.INCUBATOR_NAME, name, self.version)
            times.append(time.perf_counter() - started)
        return times

    def close(self) -> None:
        self.db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=10, help="turns the commits are split in")
    parser.add_argument("--dir", type=Path, help="folder for the test files (default: temp)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-durability-", dir=args.dir))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir / "data")
    os.environ.pop("INCUBATOR_DESK_DB", None)

    kinds = {"bare commit": Bare, "unit of work": Saves}
    writers = {
        (what, level): kind(workdir / f"{what.replace(' ', '-')}-{level}.sqlite", level)
        for what, kind in kinds.items()
        for level in LEVELS
    }
    per_round = max(1, args.commits // args.rounds)
    times: dict[tuple[str, str], list[float]] = {key: [] for key in writers}
    try:
        for w in writers.values():
            w.commits(20)  # warm up: files created, pages allocated
        for _ in range(args.rounds):  # taking turns, so a busy disk slows all alike
            for key, w in writers.items():
                times[key] += w.commits(per_round)
    finally:
        for w in writers.values():
            w.close()
        shutil.rmtree(workdir, ignore_errors=True)

    med = {key: statistics.median(t) for key, t in times.items()}
    n = len(times[("bare commit", "FULL")])
    table = Table(
        f"Commits on {workdir.parent}, {n} each, median, in {args.rounds} interleaved turns"
    )
    for level in LEVELS:
        table.add(
            f"a save through the unit of work, synchronous={level}",
            med[("unit of work", level)],
            med[("bare commit", level)],
            "ms",
            limit_name=f"sqlite3 one-row commit, {level}",
        )
    for what in kinds:
        table.add(
            f"{what}, synchronous=FULL",
            med[(what, "FULL")],
            med[(what, "NORMAL")],
            "ms",
            limit_name="the same, NORMAL",
        )
    table.print()
    print()
    for what in kinds:
        extra = med[(what, "FULL")] - med[(what, "NORMAL")]
        print(f"FULL costs {extra * 1000:+.2f} ms per {what} (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
