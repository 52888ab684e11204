"""Benchmark: mentoring and training at scale (200 mentors, 50,000 sessions, 2,000 events).

Times, against the issue's targets: painting the busiest month of the calendar (loading the
month's sessions, events and bookings, then painting the month view offscreen); the conflict
check run on every save; and the quarterly statistics (hours per tenant/mentor/service type,
mentor coverage, events and attendance). Each beside its limit in the same run, interleaved:
the statements it sent to the database, recorded and run again on a plain sqlite3 connection
(the database's own share; the month view's painting is the program's alone). On
PostgreSQL there is no plain connection to replay on, and only the program is timed.

    python benchmarks/bench_mentoring.py [--sessions N] [--events N] [--postgres URL]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import SqlLimit, Table, interleaved, median, timed

TARGETS = {"month": 150.0, "conflict": 20.0, "stats": 300.0}


def build(db, mentors: int, sessions: int, events: int, tenants: int, seed: int) -> dt.date:
    """Bulk-insert the data set (Core inserts, one transaction); returns the busiest month."""
    from sqlalchemy import insert, text

    from incubator_desk.core.vocabularies import (
        EventKind,
        EventStatus,
        MentorKind,
        RegistrationStatus,
        ServiceType,
        SessionMode,
        SessionStatus,
    )
    from incubator_desk.models import (
        EventRegistration,
        Mentor,
        MentorAssignment,
        MentoringSession,
        Person,
        SessionTenant,
        Tenant,
        TrainingEvent,
    )

    rng = random.Random(seed)
    tz = dt.timezone(dt.timedelta(hours=8))
    first = dt.date(2025, 1, 1)
    days = 730
    with db.engine.begin() as conn:
        conn.execute(
            insert(Tenant),
            [{"id": i, "name_zh": f"深圳测试科技{i}有限公司"} for i in range(1, tenants + 1)],
        )
        conn.execute(
            insert(Person),
            [
                {"id": i, "tenant_id": (i - 1) // 3 + 1, "name": f"员工{i}"}
                for i in range(1, tenants * 3 + 1)
            ],
        )
        conn.execute(
            insert(Mentor),
            [
                {"id": i, "name": f"导师{i}", "kind": rng.choice(list(MentorKind)), "expertise": []}
                for i in range(1, mentors + 1)
            ],
        )
        conn.execute(
            insert(MentorAssignment),
            [
                {"mentor_id": (t % mentors) + 1, "tenant_id": t, "since": first, "until": None}
                for t in range(1, tenants + 1)
            ],
        )
        # Each mentor has its own non-overlapping slots: day, hour.
        rows, attendees = [], []
        per_mentor = sessions // mentors
        sid = 0
        for m in range(1, mentors + 1):
            slots = rng.sample(range(days * 8), per_mentor)
            for slot in slots:
                sid += 1
                day = first + dt.timedelta(days=slot // 8)
                start = dt.datetime.combine(day, dt.time(9 + slot % 8), tz)
                rows.append(
                    {
                        "id": sid,
                        "mentor_id": m,
                        "starts_at": start,
                        "ends_at": start + dt.timedelta(minutes=rng.choice((60, 90))),
                        "mode": SessionMode.ONLINE,
                        "service_type": rng.choice(list(ServiceType)),
                        "topic": "辅导",
                        "status": SessionStatus.HELD
                        if day < dt.date(2026, 11, 26)
                        else SessionStatus.PLANNED,
                    }
                )
                # the mentor's own tenants, so a tenant is never in two sessions at once
                tenant = m + mentors * rng.randrange(tenants // mentors)
                attendees.append({"session_id": sid, "tenant_id": tenant, "rating": 4})
        conn.execute(insert(MentoringSession), rows)
        conn.execute(insert(SessionTenant), attendees)
        ev_rows, regs = [], []
        for e in range(1, events + 1):
            day = first + dt.timedelta(days=rng.randrange(days))
            start = dt.datetime.combine(day, dt.time(14), tz)
            ev_rows.append(
                {
                    "id": e,
                    "title": f"培训活动 {e}",
                    "kind": rng.choice(list(EventKind)),
                    "starts_at": start,
                    "ends_at": start + dt.timedelta(hours=3),
                    "capacity": 30,
                    "status": EventStatus.HELD,
                    "target_stages": [],
                    "target_industries": [],
                }
            )
            for p in rng.sample(range(1, tenants * 3 + 1), 20):
                regs.append(
                    {
                        "event_id": e,
                        "person_id": p,
                        "tenant_id": (p - 1) // 3 + 1,
                        "status": RegistrationStatus.REGISTERED,
                        "checked_in_at": start if rng.random() < 0.8 else None,
                        "feedback_score": 4,
                    }
                )
        conn.execute(insert(TrainingEvent), ev_rows)
        conn.execute(insert(EventRegistration), regs)
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:  # what autovacuum does soon after a bulk load
            conn.execute(text("ANALYZE"))
            conn.commit()
    counts: dict[tuple[int, int], int] = {}
    for r in rows:
        key = (r["starts_at"].year, r["starts_at"].month)
        counts[key] = counts.get(key, 0) + 1
    y, m = max(counts, key=lambda k: counts[k])
    return dt.date(y, m, 15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentors", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--tenants", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", metavar="URL", help="run on this (empty) PostgreSQL database")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-mentoring-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from incubator_desk.db import open_database, resolve_location

    location = args.postgres or str(workdir / "bench.sqlite")
    db = open_database(resolve_location(location), create=True).db
    t0 = time.perf_counter()
    month = build(db, args.mentors, args.sessions, args.events, args.tenants, args.seed)
    built = time.perf_counter() - t0

    from PySide6.QtWidgets import QApplication

    from incubator_desk.core.errors import ConflictError
    from incubator_desk.services import activity_stats, mentoring
    from incubator_desk.ui.widgets.calendar import CalendarPanel

    app = QApplication.instance() or QApplication([])
    panel = CalendarPanel(db)
    panel.resize(1360, 820)
    panel.show()
    panel.view.anchor = month
    panel.set_mode("month")
    app.processEvents()

    def month_view() -> None:
        panel.view.set_entries(panel.load_entries())
        panel.view.repaint()

    runs = 7
    sql = SqlLimit(db.engine, Path(location)) if not args.postgres else None
    measured: list[tuple[str, Callable[[], None], float | None]] = []

    # the conflict check as a save runs it: a busy mentor, a slot next to its other sessions
    rows = mentoring.sessions_between(
        db,
        dt.datetime.combine(month, dt.time()).astimezone(),
        dt.datetime.combine(month + dt.timedelta(days=1), dt.time()).astimezone(),
    )
    probe = rows[0]

    def conflict() -> None:
        # The probe overlaps itself on purpose, so the check finds and names a session.
        with db.uow() as uow, contextlib.suppress(ConflictError):
            mentoring.check_conflicts(
                uow.session,
                probe.mentor_id,
                list(probe.tenant_ids),
                probe.starts_at,
                probe.ends_at,
            )

    def stats() -> None:
        activity_stats.mentoring_hours(db, month.year, (month.month - 1) // 3 + 1)
        activity_stats.mentor_coverage(db)
        activity_stats.event_attendance(db, month.year)

    month_view()
    shown = len(panel.view.entries)
    measured = [
        (f"month view {month:%Y-%m} ({shown:,} items) load + paint", month_view, TARGETS["month"]),
        ("conflict check on save (mentor + tenants)", conflict, TARGETS["conflict"]),
        ("quarterly statistics (hours, coverage, events)", stats, TARGETS["stats"]),
        (
            "whole-year hours (for information)",
            lambda: activity_stats.mentoring_hours(db, month.year),
            None,
        ),
    ]
    backend = "PostgreSQL" if args.postgres else "SQLite"
    table = Table(
        f"{backend}: {args.mentors} mentors, {args.sessions:,} sessions, {args.events:,} events, "
        f"{args.tenants:,} tenants (built in {built:.1f} s); median of {runs} interleaved runs"
    )
    for what, action, target in measured:
        if sql is not None:
            program, limit = sql.pair(action)
            got, base = interleaved([program, limit], runs)
            value, lim = median(got), median(base)
        else:  # no plain driver to replay on: the program alone
            value, lim = median(interleaved([lambda a=action: timed(a)], runs)[0]), None
        table.add(
            what,
            value,
            lim,
            "ms",
            limit_name="the same SQL on sqlite3" if lim is not None else "",
            target_text=f"< {target:.0f} ms" if target else "",
            passed=None if target is None else value * 1000 < target,
        )
    if sql is not None:
        sql.close()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    db.dispose()
    table.print()
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
