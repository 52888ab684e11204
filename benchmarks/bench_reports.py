"""Benchmark: graduation report for one tenant (< 0.5 s), portfolio report for 1,000 tenants
(< 10 s) and the Torch export for 1,000 tenants (< 5 s), on a fresh demo SQLite file."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGETS = {"graduation": 0.5, "portfolio": 10.0, "torch": 5.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.pop("INCUBATOR_DESK_DB", None)

    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
    from incubator_desk.reports.fonts import report_font
    from incubator_desk.services import graduation as grad
    from incubator_desk.services import reporting
    from incubator_desk.services.demo import generate_demo

    db = open_database(resolve_location(str(workdir / "demo.sqlite"))).db
    generate_demo(db, tenants=args.tenants, seed=args.seed, today=dt.date(2026, 11, 26))
    report_font()  # finding and registering the font once is start-up cost, not per report
    candidate = grad.candidates(grad.evaluate_all(db))[0]
    year = reporting.last_complete_quarter().year

    def best(func) -> tuple[float, int]:
        times, size = [], 0
        for _ in range(args.repeat):
            out = io.BytesIO()
            started = time.perf_counter()
            func(out)
            times.append(time.perf_counter() - started)
            size = len(out.getvalue())
        return min(times), size

    def make(request: ReportRequest) -> Callable[[io.BytesIO], None]:
        """The report as the window makes it: data from the services, then the file."""

        def run(out: io.BytesIO) -> None:
            out.write(build_report(db, request).data)

        return run

    period = reporting.Period(year)
    results = {
        "graduation": best(make(ReportRequest(ReportKind.GRADUATION, candidate.tenant_id))),
        "portfolio": best(make(ReportRequest(ReportKind.PORTFOLIO, None, period, "en"))),
        "torch": best(make(ReportRequest(ReportKind.TORCH, None, period))),
    }
    db.dispose()
    shutil.rmtree(workdir, ignore_errors=True)

    labels = {
        "graduation": "graduation report, one tenant (PDF, zh)",
        "portfolio": f"portfolio report, {args.tenants:,} tenants, year {year} (PDF, en)",
        "torch": f"Torch export, {args.tenants:,} tenants, {year} (.xlsx)",
    }
    table = [("what", "seconds", "target", "result", "bytes")]
    ok = True
    for key, (seconds, size) in results.items():
        passed = seconds < TARGETS[key]
        ok &= passed
        table.append(
            (labels[key], f"{seconds:.3f}", f"< {TARGETS[key]:g} s",
             "PASS" if passed else "FAIL", f"{size:,}")
        )  # fmt: skip
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    for i, row in enumerate(table):
        print("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in
                        enumerate(zip(row, widths, strict=True))))  # fmt: skip
        if i == 0:
            print("  ".join("-" * w for w in widths))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
