"""`incubator-desk export-calendar` and `activity-stats`: mentoring and training, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import CliError, opened_database, positive


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export-calendar",
        help="write a mentor's sessions, a tenant's schedule or all events as an .ics file",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--mentor", type=positive, metavar="ID", help="a mentor's sessions")
    which.add_argument(
        "--tenant", metavar="CREDITCODE", help="a tenant's sessions and registered events"
    )
    which.add_argument("--events", action="store_true", help="all training events")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    p.set_defaults(handler=run_export)

    s = sub.add_parser(
        "activity-stats", help="mentoring hours and event attendance for a year or quarter"
    )
    s.add_argument("--year", type=positive, required=True, metavar="YYYY")
    s.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), metavar="Q")
    s.set_defaults(handler=run_stats)


def run_export(args: argparse.Namespace) -> int:
    from ..services import ical

    out: Path = args.out
    if out.suffix.lower() != ".ics":
        raise CliError(f"{out}: the file name must end in .ics")
    if not out.parent.exists():
        raise CliError(f"{out.parent}: no such folder")
    with opened_database(args) as db:
        if args.mentor is not None:
            data, n = ical.mentor_calendar(db, args.mentor)
        elif args.tenant is not None:
            data, n = ical.tenant_calendar(db, ical.tenant_by_credit_code(db, args.tenant))
        else:
            data, n = ical.events_calendar(db)
    ical.write_ics(out, data)
    print(f"Wrote {n} item(s) to {out}")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from ..core.labels import label
    from ..services import activity_stats as st

    with opened_database(args) as db:
        hours = st.mentoring_hours(db, args.year, args.quarter)
        coverage = st.mentor_coverage(db)
        events = st.event_attendance(db, args.year)
    period = f"{args.year}Q{args.quarter}" if args.quarter else str(args.year)
    print(
        f"Mentoring {period}: {hours.total_hours:,.1f} h in {hours.sessions:,} held sessions, "
        f"{hours.tenants_served:,} tenants served"
    )
    for line in hours.by_service_type:
        print(f"  {label(line.key) if not isinstance(line.key, int) else line.name:<28}"
              f"{line.hours:>10,.1f} h {line.sessions:>7,}")  # fmt: skip
    print("  Top mentors:")
    for line in hours.by_mentor[:10]:
        print(f"    {line.name:<26}{line.hours:>10,.1f} h {line.sessions:>7,}")
    share = f"{coverage.share:.0%}" if coverage.share is not None else "-"
    print(
        f"Tenants with a mentor today: {coverage.with_mentor:,} of {coverage.open_tenants:,} "
        f"({share}); active mentors {coverage.active_mentors:,}"
    )
    print("Events    held/planned cancelled registered attended walk-ins  rate")
    for q in events:
        if args.quarter and q.quarter != args.quarter:
            continue
        rate = f"{q.attendance_rate:.0%}" if q.attendance_rate is not None else "-"
        print(
            f"  {q.year}Q{q.quarter}  {q.events:>11,} {q.cancelled:>9,} {q.registered:>10,} "
            f"{q.attended:>8,} {q.walk_ins:>8,} {rate:>5}"
        )
    return 0
