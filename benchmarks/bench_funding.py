"""Benchmark: 20 funds and 20,000 applications — the pipeline board painted (< 200 ms) and
the funnel figures for all funds (< 300 ms), on a SQLite file.

Each measure stands beside its limit in the same run, interleaved: the statements it sent to
the database, recorded and run again on a plain sqlite3 connection (the database's own
share; painting is the program's alone). With --db (PostgreSQL) only the program is timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import SqlLimit, Table, interleaved, median, timed

BOARD_TARGET_MS = 200.0
FUNNEL_TARGET_MS = 300.0


def _populate(db, funds: int, applications: int, seed: int) -> None:
    """Funds, tenants, applications with their moves, reviews and tranches, in bulk."""
    from sqlalchemy import insert

    from incubator_desk.core.vocabularies import ApplicationStatus as S
    from incubator_desk.core.vocabularies import DisbursementStatus, FundKind, Instrument
    from incubator_desk.models import (
        ApplicationMove,
        Disbursement,
        Fund,
        FundApplication,
        Review,
        Tenant,
    )
    from incubator_desk.services.funding import PIPELINE

    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 26, 9, tzinfo=dt.UTC)
    tenants = max(1000, applications // 10)
    kinds = list(FundKind)
    with db.engine.begin() as conn:
        conn.execute(insert(Tenant), [{"id": i + 1, "name_zh": f"深圳测试科技{i:05d}有限公司"}
                                      for i in range(tenants)])  # fmt: skip
        conn.execute(insert(Fund), [
            {"id": f + 1, "name": f"基金 {f + 1:02d}", "kind": kinds[f % 4],
             "total_size": 10**12, "per_deal_cap": None, "start_year": 2020,
             "open_for_applications": True, "notes": "", "created_at": now, "updated_at": now}
            for f in range(funds)
        ])  # fmt: skip
        apps, moves, reviews, pays = [], [], [], []
        for a in range(1, applications + 1):
            kind = kinds[(a % funds) % 4]
            steps = rng.randint(0, len(PIPELINE) - 1)
            ended = rng.random() < 0.15 and 1 <= steps <= 4
            at = now - dt.timedelta(days=rng.randint(30, 1500))
            path = list(PIPELINE[: steps + 1])
            if ended:
                path.append(S.REJECTED if rng.random() < 0.6 else S.WITHDRAWN)
            prev = None
            for st in path:
                moves.append({"application_id": a, "from_status": prev, "to_status": st,
                              "at": at, "operator_id": db.operator_id, "comment": ""})  # fmt: skip
                prev = st
                last = at
                at += dt.timedelta(days=rng.randint(1, 30))
            amount = rng.randint(10, 500) * 10_000
            approved = amount if steps >= 5 and not ended else None
            apps.append({"id": a, "fund_id": a % funds + 1, "tenant_id": a % tenants + 1,
                         "amount_requested": amount, "instrument": Instrument(kind.value),
                         "status": path[-1], "status_since": last, "amount_approved": approved,
                         "use_of_funds": "", "milestones": "", "created_at": now,
                         "updated_at": now})  # fmt: skip
            if steps >= 3:
                for r in range(rng.randint(2, 3)):
                    reviews.append({"application_id": a, "reviewer": f"评审{r}",
                                    "conflict_of_interest": r == 2 and rng.random() < 0.2,
                                    "scores": {k: rng.randint(1, 5) for k in
                                               ("team", "technology", "market", "traction",
                                                "fit")},
                                    "comment": "", "created_at": now,
                                    "updated_at": now})  # fmt: skip
            if approved and steps >= 7:
                pays.append({"application_id": a, "tranche_no": 1, "amount": approved,
                             "paid_on": at.date(), "status": DisbursementStatus.PAID,
                             "milestone": "", "created_at": now, "updated_at": now})  # fmt: skip
        conn.execute(insert(FundApplication), apps)
        conn.execute(insert(ApplicationMove), moves)
        conn.execute(insert(Review), reviews)
        conn.execute(insert(Disbursement), pays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--funds", type=int, default=20)
    parser.add_argument("--applications", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="a PostgreSQL URL to run against instead of SQLite")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-funding-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(workdir)
    os.environ.pop("INCUBATOR_DESK_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from incubator_desk.app import make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services import funding as fs
    from incubator_desk.ui.pages.funding import FundingPage

    db = open_database(resolve_location(args.db or str(workdir / "funding.sqlite")), create=True).db
    started = time.perf_counter()
    _populate(db, args.funds, args.applications, args.seed)
    filled = time.perf_counter() - started

    make_application()
    page = FundingPage(db)
    page.resize(1600, 900)
    page.show()
    QApplication.processEvents()

    f = fs.CardFilter()

    def paint_board() -> None:
        counts = fs.card_counts(db, f)
        page.board.set_cards(fs.board_pages(db, f), counts, page._load_column)
        page.board.grab()  # paints every visible column and card

    def paint_list() -> None:
        page.list_model.load(f, sum(fs.card_counts(db, f).values()))
        page.list.grab()

    path = None if args.db else workdir / "funding.sqlite"
    sql = SqlLimit(db.engine, path) if path is not None else None

    def sort_by_score() -> None:
        page.tabs.setCurrentIndex(1)
        page.list_model.sort(6, Qt.SortOrder.DescendingOrder)
        page.list.grab()

    paint_board()
    n_cards = sum(m.total for m in page.board.models.values())
    measured = [
        (f"board: load {n_cards:,} cards and paint", paint_board, BOARD_TARGET_MS),
        (
            "  of which loading the cards (service)",
            lambda: (fs.card_counts(db, f), fs.board_pages(db, f)),
            None,
        ),
        (
            f"funnel figures, all {args.funds} funds, all years",
            lambda: fs.funnel(db),
            FUNNEL_TARGET_MS,
        ),
        ("funnel figures, all funds, one year", lambda: fs.funnel(db, year=2025), FUNNEL_TARGET_MS),
        ("sortable list: load and paint", paint_list, None),
        ("sortable list: sort by score and paint", sort_by_score, None),
    ]
    table = Table(
        f"Funding, {args.funds} funds, {args.applications:,} applications "
        f"(filled in {filled:.1f} s, {db.location.display()}); "
        f"median of {args.repeat} interleaved runs"
    )
    for what, action, target in measured:
        if sql is not None:
            program, limit = sql.pair(action)
            got, base = interleaved([program, limit], args.repeat)
            value, lim = median(got), median(base)
        else:  # PostgreSQL: no plain connection to replay on, the program alone
            value, lim = median(interleaved([lambda a=action: timed(a)], args.repeat)[0]), None
        table.add(
            what,
            value,
            lim,
            "ms",
            limit_name="the same SQL on sqlite3" if lim is not None else "",
            target_text=f"< {target:.0f} ms" if target else "",
            passed=None if target is None else value * 1000 < target,
        )
    table.print()
    if sql is not None:
        sql.close()
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    db.dispose()
    shutil.rmtree(workdir)
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
