"""Benchmark: a collection round for hundreds of tenants, written and read back.

    python benchmarks/bench_collection.py [--tenants 1000]

On a demo database of TENANTS tenants (about half are in incubation with a credit code):
start a round for the current quarter (one workbook per tenant, written with openpyxl), fill
every workbook as a tenant would (not timed), and import the folder (each file read, checked
through the import's planning and saved in its own unit of work). Prints wall and CPU
seconds and the milliseconds per workbook, beside the limit: writing the same number of
plain one-sheet workbooks with openpyxl, and reading them back (the least any workbook
round trip costs in this stack), timed in the same run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-collect-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work / "data")

    import openpyxl

    from incubator_desk.core import clock
    from incubator_desk.core.periods import Period, quarter_of
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services import collection as col
    from incubator_desk.services.collection.workbook import COL_KEY, COL_VALUE, FORM_TITLE
    from incubator_desk.services.demo import generate_demo

    db = open_database(resolve_location(str(work / "bench.sqlite")), create=True).db
    print(f"making a {args.tenants:,}-tenant demo database …", file=sys.stderr, flush=True)
    generate_demo(db, tenants=args.tenants, seed=5)
    period = Period(*quarter_of(clock.today()))
    out, back = work / "out", work / "back"

    started, c0 = time.perf_counter(), cpu()
    result = col.start_round(db, period, out)
    write_wall, write_cpu = time.perf_counter() - started, cpu() - c0
    n = len(result.written)

    back.mkdir()
    for i, name in enumerate(result.written):
        wb = openpyxl.load_workbook(out / name)
        ws = wb[FORM_TITLE]
        rows = {ws.cell(r, COL_KEY).value: r for r in range(1, ws.max_row + 1)}
        for key, value in (("staff_total", 10 + i % 40), ("revenue", 12.5 + i), ("rd_spend", 3)):
            ws.cell(rows[key], COL_VALUE, value)
        wb.save(back / f"reply {i}.xlsx")

    started, c0 = time.perf_counter(), cpu()
    imported = col.import_returns(db, [back], period)
    read_wall, read_cpu = time.perf_counter() - started, cpu() - c0
    accepted = imported.counts()[col.FileOutcome.ACCEPTED]

    # The limit: plain workbooks of the same number of cells, written and read back.
    plain = work / "plain"
    plain.mkdir()
    started, c0 = time.perf_counter(), cpu()
    for i in range(n):
        wb = openpyxl.Workbook()
        ws = wb.active
        assert ws is not None
        for r in range(1, 40):
            ws.append([r, f"项目 {r}", "人", r * 2, None, "说明", f"k{r}"])
        wb.save(plain / f"{i}.xlsx")
    plain_write_wall, plain_write_cpu = time.perf_counter() - started, cpu() - c0
    started, c0 = time.perf_counter(), cpu()
    for i in range(n):
        wb = openpyxl.load_workbook(plain / f"{i}.xlsx", read_only=True)
        for _row in wb.active.iter_rows(max_row=300, max_col=7):  # type: ignore[union-attr]
            pass
        wb.close()
    plain_read_wall, plain_read_cpu = time.perf_counter() - started, cpu() - c0

    def line(what: str, wall: float, cpu_s: float, limit_wall: float, limit_cpu: float) -> None:
        print(
            f"{what:<34} {wall:8.1f} s {cpu_s:8.1f} s CPU {1000 * cpu_s / n:7.1f} ms/file"
            f"   limit {limit_wall:6.1f} s {limit_cpu:6.1f} s CPU"
        )

    print(f"{n} workbooks ({args.tenants:,}-tenant demo), {accepted} accepted on import")
    line(
        "start a round (write workbooks)", write_wall, write_cpu, plain_write_wall, plain_write_cpu
    )
    line("import the returned folder", read_wall, read_cpu, plain_read_wall, plain_read_cpu)
    db.dispose()
    return 0 if accepted == n else 1


if __name__ == "__main__":
    raise SystemExit(main())
