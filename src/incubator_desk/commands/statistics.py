"""`incubator-desk statistics check --year YEAR` (what the return lacks, per tenant) and
`incubator-desk assessment [--year YEAR] [--json]` (the self-assessment against the national
levels). The return itself: `report torch --year YEAR --out FILE.xlsx` (or `export torch`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from . import CliError, opened_database


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year") from None
    if not 1990 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"{value} is not a year of the return")
    return value


def register(sub: Any) -> None:
    p = sub.add_parser("statistics", help="the Torch statistics return: the check before export")
    what = p.add_subparsers(dest="statistics_what", metavar="WHAT", required=True)
    c = what.add_parser("check", help="list what is missing or implausible, per tenant")
    c.add_argument("--year", type=_year, required=True, metavar="YEAR")
    c.add_argument("--json", action="store_true", help="print a JSON array of findings")
    c.set_defaults(handler=run_check)

    a = sub.add_parser(
        "assessment", help="the self-assessment against the national incubator levels"
    )
    a.add_argument(
        "--year", type=_year, metavar="YEAR", help="default: the year of the last full quarter"
    )
    a.add_argument("--json", action="store_true", help="print the assessment as JSON")
    a.set_defaults(handler=run_assessment)


def run_check(args: argparse.Namespace) -> int:
    """Exit status 0 when nothing was found, 1 when there are findings to fix."""
    from ..services import statistics

    with opened_database(args) as db:
        data = statistics.torch_return(db, args.year)
    findings = data.findings
    if args.json:
        json.dump([f.to_json() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for f in findings:
            who = f"{f.credit_code:<18}  {f.tenant}" if f.tenant_id is not None else f.tenant
            print(f"{who}  [{f.severity.value}] {statistics.field_label(f.field)}: {f.message}")
        tenants = len({f.tenant_id for f in findings if f.tenant_id is not None})
        print(
            f"{len(findings)} finding(s) for {tenants} of {len(data.returns)} tenant(s) "
            f"in {args.year}.",
            file=sys.stderr,
        )
    return 1 if findings else 0


def run_assessment(args: argparse.Namespace) -> int:
    from ..services import reporting, statistics

    year = args.year or reporting.last_complete_quarter().year
    with opened_database(args) as db:
        a = statistics.assess(db, year)
    if args.json:
        json.dump(a.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    verdict = {True: "REACHED", False: "not reached", None: "not known"}
    for level in a.levels:
        print(f"{level.name} ({year}): {verdict[level.reached]}")
        for r in level.results:
            mark = {True: "x", False: " ", None: "?"}[r.met]
            evidence = r.reading.detail_text()
            if r.reading.tenants:
                evidence = f"{len(r.reading.tenants)} tenant(s): " + ", ".join(
                    r.reading.tenants[:5]
                )
                evidence += " …" if len(r.reading.tenants) > 5 else ""
            print(f"    [{mark}] {r.name} {r.threshold_text}: {r.value_text}  ({evidence})")
    return 0


__all__ = ["CliError", "register"]
