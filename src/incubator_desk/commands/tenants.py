"""`incubator-desk import tenants|figures|returns FILE [--dry-run]` and
`export tenants|figures|returns|torch`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from . import InputFileError, opened_database, progress_printer


def register(sub: Any) -> None:
    imp = sub.add_parser(
        "import",
        help="import tenants, quarterly figures or statistics returns from .xlsx or .csv",
        description="Read a sheet, print a report per row and a summary line, and write the "
        "valid rows (nothing with --dry-run). Values not in a list (an industry, a "
        "technology field…) are added to it and named in the summary, unless --strict. "
        "Exit 0: no row rejected; 2: some were; 1: the file cannot be read at all. "
        "Columns: docs/import-columns.md.",
    )
    what = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, text in (
        ("tenants", "tenants, keyed by credit code"),
        ("figures", "quarterly figures, by credit code and period"),
        ("returns", "statistics returns (火炬统计), by credit code and year"),
    ):
        p = what.add_parser(name, help=text)
        p.add_argument("file", metavar="FILE")
        p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
        p.add_argument(
            "--strict",
            action="store_true",
            help="reject rows whose industry, technology field, registration type or sector "
            "is not in its list, instead of adding the value to the list",
        )
        p.set_defaults(handler=run_import, kind=name)

    exp = sub.add_parser(
        "export", help="export tenants, figures, statistics returns or the Torch return"
    )
    what = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, text in (
        ("tenants", "the tenant register (not archived) to .xlsx or .csv"),
        ("figures", "every tenant's quarterly figures to .xlsx or .csv"),
        ("returns", "a year's statistics return per tenant to .xlsx or .csv (re-importable)"),
    ):
        p = what.add_parser(name, help=text)
        p.add_argument("file", metavar="FILE")
        if name == "returns":
            p.add_argument("--year", type=int, required=True, metavar="YEAR")
        p.add_argument(
            "--lang",
            choices=("zh", "en"),
            default="zh",
            help="headers in Chinese (default) or as English column keys",
        )
        p.set_defaults(handler=run_export, kind=name)
    torch = what.add_parser("torch", help="the annual Torch Center statistics return (.xlsx)")
    torch.add_argument("--year", type=int, required=True, metavar="YEAR")
    torch.add_argument("--out", required=True, metavar="FILE.xlsx")
    torch.set_defaults(handler=run_torch)


def run_import(args: argparse.Namespace) -> int:
    from ..services.importing import (
        ImportFileError,
        ImportKind,
        Outcome,
        Unknown,
        additions_text,
        apply_import,
        plan_import,
        read_sheet,
        report_lines,
    )

    kind = ImportKind(args.kind)
    with opened_database(args) as db:
        try:
            sheet = read_sheet(args.file, kind)
        except ImportFileError as exc:
            raise InputFileError(str(exc)) from exc
        unknown = Unknown.REJECT if args.strict else Unknown.ADD
        plan = plan_import(db, kind, sheet, progress=progress_printer("checking "), unknown=unknown)
        for line in report_lines(plan):
            print(line)
        if not args.dry_run and plan.writable:
            apply_import(db, plan, progress=progress_printer("writing "))
            for line in report_lines(plan, Outcome.STALE):
                print(line)
        print(plan.summary())
        if added := additions_text(plan):
            print(f"{'would be added' if args.dry_run else 'added'} to lists: {added}")
        rejected = plan.counts()[Outcome.REJECTED]
        if args.dry_run:
            print("Dry run: nothing was written.")
        if rejected:
            verb = "would be" if args.dry_run else "were"
            print(
                f"{rejected} row(s) were rejected; the other rows {verb} imported. "
                "Correct the rejected rows and import the file again.",
                file=sys.stderr,
            )
            return 2
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..services.exporting import export_figures, export_returns, export_tenants

    with opened_database(args) as db:
        if args.kind == "returns":
            result = export_returns(
                db, args.file, args.year, lang=args.lang, progress=progress_printer()
            )
        else:
            func = export_tenants if args.kind == "tenants" else export_figures
            result = func(db, args.file, lang=args.lang, progress=progress_printer())
    print(f"Exported {result.rows} row(s) to {result.path}")
    return 0


def run_torch(args: argparse.Namespace) -> int:
    from .reports import run_torch_export

    return run_torch_export(args)
