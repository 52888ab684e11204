"""`incubator-desk audit`: the audit trail, filtered, printed or saved as a spreadsheet."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from . import CliError, opened_database, positive


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def register(sub: Any) -> None:
    from ..services.audit import AREAS, SYSTEM

    p = sub.add_parser(
        "audit",
        help="who changed what and when: the audit trail, newest first",
        description="List audit entries (newest first) or save them with --xlsx. "
        "Filters combine; dates are the park's calendar days, both ends included.",
    )
    p.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="from this day")
    p.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="up to this day")
    p.add_argument("--person", metavar="NAME", help="user name or display name of who changed")
    p.add_argument("--area", choices=(*AREAS, SYSTEM), help="the area of the application")
    p.add_argument("--record", metavar="TEXT", help="records whose name or tenant contains TEXT")
    p.add_argument("--search", metavar="TEXT", help="TEXT anywhere: names, summaries, values")
    p.add_argument("--action-id", metavar="ID", help="only the entries of one action (an import)")
    p.add_argument(
        "--limit", type=positive, default=50, help="entries to print (default 50; --xlsx: all)"
    )
    p.add_argument("--changes", action="store_true", help="print each entry's before → after")
    p.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="save every matching entry")
    p.set_defaults(handler=run_audit)


def _operator_id(db: Any, name: str) -> int:
    from sqlalchemy import or_, select

    from ..models import Operator

    with db.read() as s:
        found = list(
            s.scalars(
                select(Operator.id).where(
                    or_(Operator.username == name, Operator.display_name == name)
                )
            )
        )
    if len(found) != 1:
        raise CliError(f"No one called {name!r} has made a change: check the name.")
    return found[0]


def run_audit(args: argparse.Namespace) -> int:
    from ..core import clock
    from ..core.labels import entity_label, label, operator_label
    from ..services import audit

    if args.since and args.until and args.since > args.until:
        raise CliError("--since is after --until: nothing can match.")
    with opened_database(args) as db:
        filters: dict[str, Any] = {
            "since": args.since,
            "until": args.until,
            "area": args.area,
            "record": args.record,
            "batch": args.action_id,
        }
        if args.person:
            filters["operator"] = _operator_id(db, args.person)
        q = audit.Query(search=args.search or "", filters=filters, sort_key="at", descending=True)
        if args.xlsx is not None:
            if args.xlsx.suffix.lower() != ".xlsx":
                raise CliError(f"Save the audit trail to a .xlsx file, not {args.xlsx.name!r}.")
            written = audit.export_audit(db, q, args.xlsx)
            print(f"Saved {written} entr{'y' if written == 1 else 'ies'} to {args.xlsx}")
            return 0
        total = audit.count(db, q)
        shown = audit.rows(db, dataclasses.replace(q, limit=args.limit))
        for row in shown:
            entry_id, at, who, action, entity, record, tenant, summary, entity_id = row[:9]
            name = record or (f"#{entity_id}" if entity_id is not None else "")
            where = f" ({tenant})" if tenant and tenant != record else ""
            print(
                f"{clock.local_text(clock.read_timestamp(at))}  {operator_label(who)}  "
                f"{label(action)} "
                f"{entity_label(entity)} {name}{where}" + (f"  — {summary}" if summary else "")
            )
            if args.changes:
                for c in audit.entry(db, entry_id).changes:
                    if c.before and c.after:
                        print(f"    {c.field}: {c.before} → {c.after}")
                    else:
                        print(f"    {c.field}: {c.after or c.before}")
    if total > len(shown):
        print(
            f"{len(shown)} of {total} entries shown; narrow the filters, raise --limit, "
            "or save them all with --xlsx.",
            file=sys.stderr,
        )
    elif total == 0:
        print("No audit entries match.", file=sys.stderr)
    return 0
