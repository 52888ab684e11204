"""Benchmark: generate the demo incubator into a fresh SQLite file and time it against 60 s.

Beside it, in the same run, its limit: the same rows (read back from the demo made) written
into a new database of the same schema with sqlite3's executemany in one transaction: what
the writing alone costs, without making up the data.

    python benchmarks/bench_demo.py [--tenants 50000] [--runs 1] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import Table, interleaved, median

TARGET_SECONDS = 60.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=50_000, help="tenants to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 26),
        help="the generator's 'today' (fixed so runs compare), YYYY-MM-DD",
    )  # fmt: skip
    parser.add_argument("--keep", action="store_true", help="keep the database file")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    # Backups, settings and the database all stay in the temporary folder.
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.pop("INCUBATOR_DESK_DB", None)

    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.demo import generate_demo

    made: list[tuple[Path, int, float]] = []

    def program() -> float:
        path = workdir / f"demo-{len(made)}.sqlite"
        started = time.perf_counter()
        db = open_database(resolve_location(str(path)), create=True).db
        opened = time.perf_counter() - started
        started = time.perf_counter()
        summary = generate_demo(db, tenants=args.tenants, seed=args.seed, today=args.today)
        seconds = time.perf_counter() - started
        db.dispose()
        made.append((path, summary.total_rows, opened))
        return seconds

    def limit() -> float:
        """The same rows, read back from the last demo made, written into a new database of
        the same schema with sqlite3's executemany in one transaction (the writing alone)."""
        source = made[-1][0]
        target = workdir / f"plain-{len(made)}.sqlite"
        open_database(resolve_location(str(target)), create=True).db.dispose()
        src = sqlite3.connect(source)
        dst = sqlite3.connect(target, isolation_level=None)
        names = [n for (n,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]  # fmt: skip
        dst.execute("PRAGMA foreign_keys = OFF")
        dst.execute("BEGIN")
        for name in names:  # the new schema's own rows (standard lists) out first, untimed
            dst.execute(f'DELETE FROM "{name}"')
        dst.execute("COMMIT")
        tables = [(n, src.execute(f'SELECT * FROM "{n}"').fetchall()) for n in names]
        src.close()
        started = time.perf_counter()
        dst.execute("BEGIN")
        for name, rows in tables:
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        dst.execute("COMMIT")
        seconds = time.perf_counter() - started
        dst.close()
        target.unlink()
        return seconds

    got, base = interleaved([program, limit], args.runs, warm_up=False)
    seconds, plain = median(got), median(base)
    path, rows, opened = made[-1]
    table = Table(f"Demo, {args.tenants:,} tenants, median of {args.runs} interleaved runs")
    table.add("create and migrate an empty file", opened, None, "s")
    table.add(
        f"generate {args.tenants:,} tenants ({rows:,} rows, {rows / seconds:,.0f} rows/s)",
        seconds,
        plain,
        "s",
        limit_name="the same rows: sqlite3 executemany",
        target_text=f"< {TARGET_SECONDS:.0f} s",
        passed=seconds < TARGET_SECONDS,
    )
    table.print()
    print()
    print(
        f"file: {path} ({path.stat().st_size / 1e6:,.0f} MB)" + ("" if args.keep else ", removed")
    )
    if not args.keep:
        shutil.rmtree(workdir)
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
