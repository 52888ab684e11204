"""`incubator-desk collect start|import|status|remind`: collection rounds from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import InputFileError, opened_database, progress_printer

if TYPE_CHECKING:
    from ..services.collection import EntryRow, FileReport, RoundStatus


def register(sub: Any) -> None:
    p = sub.add_parser(
        "collect",
        help="collection rounds: workbooks to tenants, their figures back",
        description="Ask every tenant in incubation for a period's figures with a pre-filled "
        "workbook, import the workbooks that come back (matched by credit code, whatever "
        "their file names) and see who has not answered.",
    )
    what = p.add_subparsers(dest="what", metavar="ACTION", required=True)

    start = what.add_parser(
        "start",
        help="write a workbook per tenant in incubation and record the round",
        description="Write one pre-filled .xlsx per tenant in incubation into DIR. Run again "
        "for the same period, it writes the workbooks of the tenants whose figures have not "
        "been accepted yet (new tenants included).",
    )
    start.add_argument(
        "--period",
        required=True,
        metavar="2026Q3|2026",
        help="a quarter (its figures) or a year (the annual statistics return's tenant data)",
    )
    start.add_argument("--out", required=True, metavar="DIR", type=Path)
    start.add_argument("--due", metavar="YYYY-MM-DD", help="the date to send them back by")
    start.set_defaults(handler=run_start)

    imp = what.add_parser(
        "import",
        help="import returned workbooks from folders or files",
        description="Read every file in DIR (and files named), match each by its credit code, "
        "check it as any import is checked and save it whole or not at all. Exit 0: every "
        "file was saved (blank ones, as sent, are left alone); 2: some file was rejected, in "
        "conflict, unreadable or not matched; 1: nothing to read there.",
    )
    imp.add_argument("sources", nargs="+", metavar="DIR|FILE", type=Path)
    imp.add_argument("--period", metavar="2026Q3|2026", help="the round (default: the newest)")
    imp.add_argument(
        "--overwrite",
        action="store_true",
        help="replace figures already entered for the period that a file contradicts",
    )
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=run_import)

    st = what.add_parser("status", help="who was sent a workbook, who answered, who is missing")
    st.add_argument("--period", metavar="2026Q3|2026", help="the round (default: the newest)")
    st.add_argument("--missing", action="store_true", help="only the tenants still missing")
    st.add_argument("--json", action="store_true", help="print a JSON object")
    st.set_defaults(handler=run_status)

    rm = what.add_parser(
        "remind",
        help="the reminder list of the missing tenants, with contacts",
        description="Print the missing tenants' contacts and a mailto: link with every "
        "address (Bcc); with --out, write them to .csv (for a mail merge) or .xlsx.",
    )
    rm.add_argument("--period", metavar="2026Q3|2026", help="the round (default: the newest)")
    rm.add_argument("--out", metavar="FILE.csv", type=Path)
    rm.set_defaults(handler=run_remind)


def run_start(args: argparse.Namespace) -> int:
    from ..services.collection import start_round

    due = _date(args.due) if args.due else None
    with opened_database(args) as db:
        result = start_round(db, args.period, args.out, progress=progress_printer(), due=due)
    for name, why in result.skipped:
        print(f"skipped: {name}: {why}", file=sys.stderr)
    print(
        f"Round {result.period.label}: wrote {len(result.written)} workbook(s) to {result.folder}"
        + (f"; {result.accepted_before} already accepted" if result.accepted_before else "")
    )
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputFileError(f"--due {text!r} is not a date such as 2026-10-20") from None


def run_import(args: argparse.Namespace) -> int:
    from ..services.collection import files_in, import_returns

    for source in args.sources:
        if not source.exists():
            raise InputFileError(f"{source} does not exist")
    if not files_in(args.sources):
        raise InputFileError(f"no files to import in {', '.join(map(str, args.sources))}")
    with opened_database(args) as db:
        result = import_returns(
            db, args.sources, args.period, args.overwrite, progress=progress_printer()
        )
    if args.json:
        print(
            json.dumps(
                {
                    "period": result.round.period.label,
                    "files": [_file_json(f) for f in result.files],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for f in result.files:
            for line in _file_lines(f):
                print(line)
        print(f"Round {result.round.period.label}: {result.summary()}")
    bad = [f for f in result.files if not f.saved and f.outcome.value != "blank"]
    if bad:
        print(
            f"{len(bad)} file(s) were not saved; the others were. Correct them (or ask the "
            "tenants to) and import them again"
            + (", with --overwrite for conflicts." if _any(bad, "conflict") else "."),
            file=sys.stderr,
        )
        return 2
    return 0


def _any(files: list[FileReport], outcome: str) -> bool:
    return any(f.outcome.value == outcome for f in files)


def _file_lines(f: FileReport) -> list[str]:
    who = f" {f.tenant} ({f.credit_code})" if f.tenant else ""
    head = f"{f.path.name}: {f.outcome.value}:{who}"
    if f.message:
        head += f" {f.message}"
    lines = [head]
    for p in f.problems:
        where = " ".join(x for x in (f"cell {p.cell}" if p.cell else "", p.field) if x)
        lines.append(f"    {where}: {p.message}" if where else f"    {p.message}")
    return lines


def _file_json(f: FileReport) -> dict[str, Any]:
    return {
        "file": f.path.name,
        "outcome": f.outcome.value,
        "tenant": f.tenant,
        "credit_code": f.credit_code,
        "message": f.message,
        "problems": [{"cell": p.cell, "field": p.field, "message": p.message} for p in f.problems],
        "changed": f.changed,
    }


def run_status(args: argparse.Namespace) -> int:
    from ..services.collection import missing, round_status

    with opened_database(args) as db:
        status = round_status(db, args.period)
    entries = missing(status) if args.missing else status.entries
    if args.json:
        print(json.dumps(_status_json(status, entries), ensure_ascii=False, indent=1))
        return 0
    r = status.round
    c = status.counts()
    print(
        f"Round {r.period.label} ({r.kind.value}), workbooks in {r.folder}: sent {c['sent']}, "
        f"returned {c['returned']} (accepted {c['accepted']}, rejected {c['rejected']}, "
        f"conflict {c['conflict']}), missing {c['missing']}"
    )
    for e in entries:
        state = "missing" if e.missing else e.status.value
        print(f"{e.credit_code:<18}  {state:<9}  {e.name}  {e.returned_file}".rstrip())
        for line in e.why.splitlines():
            print(f"    {line}")
    return 0


def _status_json(status: RoundStatus, entries: list[EntryRow]) -> dict[str, Any]:
    r = status.round
    return {
        "period": r.period.label,
        "kind": r.kind.value,
        "folder": r.folder,
        "started_at": r.started_at.isoformat(),
        "counts": status.counts(),
        "tenants": [
            {
                "name": e.name,
                "credit_code": e.credit_code,
                "status": "missing" if e.missing else e.status.value,
                "file_sent": e.file_name,
                "sent_at": e.sent_at.isoformat(),
                "returned_file": e.returned_file,
                "returned_at": e.returned_at.isoformat() if e.returned_at else None,
                "accepted_at": e.accepted_at.isoformat() if e.accepted_at else None,
                "problems": list(e.problems),
                "contact": e.contact,
                "email": e.email,
                "phone": e.phone,
            }
            for e in entries
        ],
    }


def run_remind(args: argparse.Namespace) -> int:
    from ..services.collection import (
        mailto_link,
        missing,
        reminder_body,
        reminder_subject,
        reminder_text,
        round_status,
    )

    with opened_database(args) as db:
        status = round_status(db, args.period)
    late = missing(status)
    if not late:
        print(f"Round {status.round.period.label}: every tenant has answered.")
        return 0
    if args.out is not None:
        from ..services.collection import write_reminders

        n = write_reminders(args.out, late)
        print(f"Wrote {n} tenant(s) to {args.out}")
    else:
        print(reminder_text(late))
    print(mailto_link(late, reminder_subject(status.round), reminder_body(status.round)))
    return 0
