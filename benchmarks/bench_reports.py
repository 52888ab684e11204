"""Reports on a 1,000-tenant demo, each beside plain ReportLab drawing the same flowables.

The program: a report as the window and the command line make it (`build_report`: the data
read by the services, the story laid out with the page header, footer and "Page x of y").
The limit, measured in the same run and interleaved: ReportLab's own `SimpleDocTemplate`
building the same story (the flowables made beforehand from the same data). For the Torch
export, the limit is openpyxl writing the same values with the same number formats.

    python benchmarks/bench_reports.py [--tenants 1000] [--runs 5] [--db FILE]

Target (issue 15): each report <= 2x plain ReportLab.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import Table, interleaved, median, timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenants", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a demo database to use instead of a new one")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.pop("INCUBATOR_DESK_DB", None)

    started = time.perf_counter()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.reports import fonts, graduation, portfolio, progress
    from incubator_desk.reports.base import Lang, Styles
    from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
    from incubator_desk.services import graduation as grad
    from incubator_desk.services import reporting, statistics
    from incubator_desk.services.demo import generate_demo

    path = args.db or workdir / "demo.sqlite"
    db = open_database(resolve_location(str(path)), create=args.db is None).db
    if args.db is None:
        generate_demo(db, tenants=args.tenants, seed=args.seed, today=dt.date(2026, 11, 26))
    n_tenants = len(grad.evaluate_all(db, rules_=grad.GraduationRules()))
    imports = time.perf_counter() - started

    first_font = timed(fonts.report_font)  # the first report of a process finds the font
    font = fonts.report_font()
    candidate = grad.candidates(grad.evaluate_all(db))[0].tenant_id
    period = reporting.last_complete_quarter()
    year = period.year

    def report(request: ReportRequest) -> float:
        return timed(lambda: build_report(db, request))

    def plain(make_story: Callable[[], list[Any]]) -> float:
        story = make_story()  # the same flowables, made beforehand
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
        return timed(lambda: doc.build(story))

    grad_data = reporting.graduation_report_data(db, candidate)
    prog_data = reporting.progress_report_data(db, candidate, period)
    port_data = reporting.portfolio_report_data(db, reporting.Period(year))
    torch_data = statistics.torch_return(db, year)
    zh, en = Lang("zh"), Lang("en")

    def torch_plain() -> float:
        """openpyxl writing the same values with the same number formats, nothing else."""
        from openpyxl import Workbook

        from incubator_desk.reports.torch import COLUMNS, FORMATS

        def write() -> None:
            wb = Workbook()
            ws = wb.active
            ws.append([f.heading() for f in COLUMNS])
            for r, row in enumerate(torch_data.returns, start=2):
                for i, f in enumerate(COLUMNS, start=1):
                    c = ws.cell(r, i, _cell(statistics.cell(f.kind, row.values.get(f.key))))
                    if f.kind in FORMATS:
                        c.number_format = FORMATS[f.kind]
            wb.save(io.BytesIO())

        return timed(write)

    pairs = {
        "graduation report, one tenant (PDF, zh)": (
            lambda: report(ReportRequest(ReportKind.GRADUATION, candidate)),
            lambda: plain(lambda: graduation.story(grad_data, zh, Styles(font, True), font)),
        ),
        f"progress report, one tenant, {period.label} (PDF, zh)": (
            lambda: report(ReportRequest(ReportKind.PROGRESS, candidate, period)),
            lambda: plain(lambda: progress.story(prog_data, zh, Styles(font, True), font)),
        ),
        f"portfolio report, {n_tenants:,} tenants, {year} (PDF, en)": (
            lambda: report(ReportRequest(ReportKind.PORTFOLIO, None, reporting.Period(year), "en")),
            lambda: plain(lambda: portfolio.story(port_data, en, Styles(font, False), font)),
        ),
        f"Torch export, {len(torch_data.rows):,} tenants, {year} (.xlsx)": (
            lambda: report(ReportRequest(ReportKind.TORCH, None, reporting.Period(year))),
            torch_plain,
        ),
    }
    table = Table(
        f"Reports, {n_tenants:,}-tenant demo, median of {args.runs} interleaved runs "
        f"(set-up {imports:.1f} s)"
    )
    table.add(
        "first report of a process: font found, checked, registered",
        first_font,
        None,
        limit_name="(once per process)",
    )
    for what, (program, limit) in pairs.items():
        got, base = interleaved([program, limit], args.runs)
        name = (
            "openpyxl, same cells, formats"
            if "Torch" in what
            else "plain ReportLab, same flowables"
        )
        table.add(what, median(got), median(base), "ms", 2.0, name)
    table.print()
    db.dispose()
    return 1 if table.failed else 0


def _cell(value: object) -> object:
    from decimal import Decimal

    if isinstance(value, bool):
        return "是" if value else "否"
    return float(value) if isinstance(value, Decimal) else value


if __name__ == "__main__":
    sys.exit(main())
