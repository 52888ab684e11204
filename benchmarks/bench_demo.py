"""Benchmark: generate the demo incubator into a fresh SQLite file and time it against 60 s."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

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
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    # Backups, settings and the database all stay in the temporary folder.
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.pop("INCUBATOR_DESK_DB", None)

    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.demo import generate_demo

    path = workdir / "demo.sqlite"
    started = time.perf_counter()
    db = open_database(resolve_location(str(path)), create=True).db
    opened = time.perf_counter() - started

    started = time.perf_counter()
    summary = generate_demo(db, tenants=args.tenants, seed=args.seed, today=args.today)
    seconds = time.perf_counter() - started
    db.dispose()

    rows = summary.total_rows
    ok = seconds < TARGET_SECONDS
    table = [
        ("what", "seconds", "target", "result", "rows/s"),
        ("create and migrate an empty file", f"{opened:.2f}", "-", "-", "-"),
        (
            f"generate {args.tenants:,} tenants ({rows:,} rows)",
            f"{seconds:.2f}",
            f"< {TARGET_SECONDS:.0f} s",
            "PASS" if ok else "FAIL",
            f"{rows / seconds:,.0f}",
        ),
    ]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print()
    print(
        f"file: {path} ({path.stat().st_size / 1e6:,.0f} MB)" + ("" if args.keep else ", removed")
    )
    print("created: " + summary.describe())
    if not args.keep:
        shutil.rmtree(workdir)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
