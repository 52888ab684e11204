"""`incubator-desk report …` (PDF reports) and `incubator-desk graduation` (criteria per tenant).

`run_torch_export(args)` serves `incubator-desk export torch --year YEAR --out FILE.xlsx`,
whose parser belongs to the tenants area's `export` command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import CliError, opened_database

if TYPE_CHECKING:
    from ..db import Database


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report", help="write a report (graduation, progress, portfolio as PDF; torch as .xlsx)"
    )
    kinds = p.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    g = kinds.add_parser("graduation", help="graduation assessment report of one tenant")
    g.add_argument("tenant", metavar="TENANT", help="the tenant's credit code")
    _common(g)
    g.set_defaults(handler=run_graduation_report)

    pr = kinds.add_parser("progress", help="progress report of one tenant for a quarter or year")
    pr.add_argument("tenant", metavar="TENANT", help="the tenant's credit code")
    pr.add_argument("--period", required=True, metavar="2026Q3|2026")
    _common(pr)
    pr.set_defaults(handler=run_progress_report)

    po = kinds.add_parser("portfolio", help="portfolio report of the incubator")
    po.add_argument("--period", required=True, metavar="2026Q3|2026")
    _common(po)
    po.set_defaults(handler=run_portfolio_report)

    to = kinds.add_parser("torch", help="the annual Torch statistics return of a year (.xlsx)")
    to.add_argument("--year", type=int, required=True, metavar="YEAR")
    to.add_argument("--out", required=True, metavar="FILE.xlsx")
    to.set_defaults(handler=run_torch_export)

    gr = sub.add_parser("graduation", help="list each tenant's graduation criteria")
    gr.add_argument("--json", action="store_true", help="print a JSON array")
    gr.add_argument(
        "--all",
        action="store_true",
        help="include graduated and exited tenants (default: tenants in incubation)",
    )
    gr.set_defaults(handler=run_graduation_list)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", type=Path)
    p.add_argument("--lang", choices=("zh", "en"), default="zh")


def _check_out(path: Path, suffix: str) -> Path:
    path = path.expanduser()
    if path.is_dir():
        raise CliError(f"{path} is a folder: give a file name ending in {suffix}.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CliError(f"Cannot write {path}: the folder {parent} does not exist.")
    return path


def _tenant(db: Database, code: str) -> int:
    from ..services.graduation import tenant_by_credit_code

    return tenant_by_credit_code(db, code)


def _write_report(args: argparse.Namespace, kind: str, credit_code: str | None, period: str) -> int:
    """Every PDF report the same way: the one dispatch the window uses too."""
    from ..reports.dispatch import ReportRequest, build_report

    out = _check_out(args.out, ".pdf")
    with opened_database(args) as db:
        tenant = _tenant(db, credit_code) if credit_code is not None else None
        build_report(db, ReportRequest.parse(kind, tenant, period, args.lang), out)
    print(f"Wrote {out}")
    return 0


def run_graduation_report(args: argparse.Namespace) -> int:
    return _write_report(args, "graduation", args.tenant, "")


def run_progress_report(args: argparse.Namespace) -> int:
    return _write_report(args, "progress", args.tenant, args.period)


def run_portfolio_report(args: argparse.Namespace) -> int:
    return _write_report(args, "portfolio", None, args.period)


def run_graduation_list(args: argparse.Namespace) -> int:
    """Each tenant as it is evaluated: the output starts at once and memory holds one chunk."""
    import gc

    from ..services import graduation

    out = sys.stdout
    with opened_database(args) as db:
        # What is loaded by now (the program, the database layer) stays: the collector need
        # not walk it again and again while tens of thousands of tenants come and go.
        gc.freeze()
        results = graduation.evaluate_each(db, in_incubation=not args.all)
        if args.json:
            # One tenant per line: a JSON array that is written as the tenants are evaluated.
            out.write("[")
            for n, text in enumerate(graduation.json_texts(results)):
                out.write(",\n" if n else "\n")
                out.write(text)
            out.write("\n]\n")
            return 0
        for g in results:
            flags = []
            if g.eligible:
                flags.append("ELIGIBLE")
            if g.overdue:
                flags.append("OVERDUE")
            months = "?" if g.months_in_incubation is None else str(g.months_in_incubation)
            print(
                f"{g.credit_code:<18}  {g.name}  {months}/{g.limit_months} months  "
                f"{g.criteria_met}/{g.min_criteria} criteria  {' '.join(flags)}".rstrip()
            )
            for c in g.criteria:
                mark = "x" if c.met else " "
                off = "" if c.enabled else " (not in use)"
                print(f"    [{mark}] {c.name}{off}: {c.evidence}")
    return 0


def run_torch_export(args: argparse.Namespace) -> int:
    """`report torch` or `export torch --year YEAR --out FILE.xlsx` (args: year, out, db)."""
    from ..reports.dispatch import ReportRequest, build_report

    out = _check_out(Path(args.out), ".xlsx")
    with opened_database(args) as db:
        built = build_report(db, ReportRequest.parse("torch", None, str(args.year)), out)
    print(f"Wrote {built.rows} tenant row(s) and the incubator table to {out}")
    return 0
