"""Spaces at scale: 2,000 units and 20,000 allocations over ten years.

Measures the overlap check on save (a whole allocate() call, refused and accepted), drawing a
floor with 300 units, and monthly occupancy over ten years for all buildings. The two reads
stand beside their limit in the same run, interleaved: the statements they sent, recorded and
run again on a plain sqlite3 connection (the database's own share). A save has none: each one
refused or accepted changes what the next finds, so its statements cannot be run again alike.

    python benchmarks/bench_spaces.py [--runs 20] [--db URL_OR_FILE]

--db must name an empty database (it is filled with the benchmark data).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from _common import SqlLimit, Table, interleaved, median, timed

if TYPE_CHECKING:
    from incubator_desk.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNITS = 2_000
ALLOCATIONS = 20_000
BIG_FLOOR = 300
TODAY = dt.date(2026, 11, 26)
FIRST = dt.date(2016, 12, 1)


def build(db: Database) -> tuple[int, list[int], list[int]]:
    """Sites, 10 buildings, a 300-unit floor, 2,000 units, 20,000 allocations, 4,000 tenants."""
    from sqlalchemy import insert

    from incubator_desk.core.vocabularies import AllocationStatus, RentBasis, Stage, UnitKind
    from incubator_desk.models import Allocation, Building, Floor, Site, Tenant, Unit

    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)
    with db.uow("bench") as uow:
        s = uow.session
        site = Site(name="基准园区")
        s.add(site)
        s.flush()
        buildings = [Building(site_id=site.id, code=f"B{k}", name=f"B{k}栋") for k in range(10)]
        s.add_all(buildings)
        s.flush()
        floors = []
        for b in buildings:
            for level in range(1, 11):
                floors.append(
                    Floor(
                        building_id=b.id,
                        level=level,
                        plan_width=Decimal(200),
                        plan_height=Decimal(100),
                    )
                )
        s.add_all(floors)
        s.flush()
        uow.commit()
    big = floors[0]
    unit_rows = []
    # 300 units on the first floor, the other 1,700 spread over the rest
    layout = [(big, i) for i in range(BIG_FLOOR)]
    others = floors[1:]
    layout += [(others[i % len(others)], i // len(others)) for i in range(UNITS - BIG_FLOOR)]
    for n, (floor, i) in enumerate(layout):
        col, row = i % 20, i // 20
        kind = UnitKind.OPEN_DESK if n % 10 == 0 else UnitKind.OFFICE
        unit_rows.append(
            dict(
                floor_id=floor.id,
                building_id=floor.building_id,
                code=f"U{n:05d}",
                kind=kind,
                area_m2=Decimal(60),
                desk_count=12 if kind == UnitKind.OPEN_DESK else 0,
                list_rent=Decimal(90),
                rent_basis=RentBasis.PER_M2_MONTH,
                features=[],
                plan_x=Decimal(col * 10),
                plan_y=Decimal(row * 6),
                plan_w=Decimal(9),
                plan_h=Decimal(5),
                status="available",
                bookable=False,
                buffer_minutes=0,
                notes="",
                version=1,
                created_at=now,
                updated_at=now,
            )
        )
    with db.engine.begin() as conn:
        conn.execute(insert(Unit), unit_rows)
        tenants = [
            dict(
                name_zh=f"基准企业{k:05d}",
                name_en="",
                stage=Stage.INCUBATING,
                park_address="",
                national_projects=0,
                high_tech_enterprise=False,
                listing_status="none",
                notes="",
                version=1,
                created_at=now,
                updated_at=now,
            )
            for k in range(4_000)
        ]
        conn.execute(insert(Tenant), tenants)
    from sqlalchemy import select

    with db.read() as s:
        unit_ids = list(s.scalars(select(Unit.id).order_by(Unit.id)))
        kinds = dict(s.execute(select(Unit.id, Unit.kind)).all())
        tenant_ids = list(s.scalars(select(Tenant.id)))
    allocs = []
    per_unit = ALLOCATIONS // UNITS
    span = (TODAY - FIRST).days
    for uid in unit_ids:
        day = FIRST.toordinal() + rng.randint(0, 60)
        for k in range(per_unit):
            length = span // per_unit - rng.randint(5, 40)
            start = dt.date.fromordinal(day)
            end = None if k == per_unit - 1 else dt.date.fromordinal(day + length)
            allocs.append(
                dict(
                    unit_id=uid,
                    tenant_id=rng.choice(tenant_ids),
                    desks=6 if kinds[uid] == UnitKind.OPEN_DESK else None,
                    start_date=start,
                    end_date=end,
                    monthly_rent=Decimal(5400),
                    status=AllocationStatus.ACTIVE
                    if end is None or end >= TODAY
                    else AllocationStatus.ENDED,
                    notes="",
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
            day += length + rng.randint(1, 10)
    with db.engine.begin() as conn:
        conn.execute(insert(Allocation), allocs)
    return big.id, unit_ids, tenant_ids


def _beside(
    sql: SqlLimit | None, action: Callable[[], None], runs: int
) -> tuple[float, float | None]:
    """Medians of the action and of its SQL alone (None without a plain driver)."""
    if sql is None:
        return median(interleaved([lambda: timed(action)], runs)[0]), None
    program, limit = sql.pair(action)
    got, base = interleaved([program, limit], runs)
    return median(got), median(base)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--db", help="a PostgreSQL URL or a SQLite file (default: a new temp file)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="incubator-bench-spaces-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work)

    from incubator_desk.core.errors import ConflictError
    from incubator_desk.db import open_database
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.services import spaces
    from incubator_desk.services.spaces import AllocationInput

    db = open_database(location_from_string(args.db or str(work / "bench.sqlite")), create=True).db
    t0 = time.perf_counter()
    big_floor, unit_ids, tenant_ids = build(db)
    print(
        f"built {UNITS:,} units and {ALLOCATIONS:,} allocations "
        f"in {time.perf_counter() - t0:.1f} s ({db.location.display()})",
        file=sys.stderr,
    )

    rng = random.Random(3)
    refused: list[float] = []
    accepted: list[float] = []
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(args.runs):
        uid = rng.choice(unit_ids)
        start = FIRST + dt.timedelta(days=rng.randint(400, 3000))
        t = time.perf_counter()
        try:
            outcomes["accepted"] += 1
            spaces.allocate(
                db,
                AllocationInput(
                    uid, rng.choice(tenant_ids), start, start + dt.timedelta(days=90), desks=None
                ),
            )
        except ConflictError:
            outcomes["accepted"] -= 1
            outcomes["refused"] += 1
        refused.append(time.perf_counter() - t)
    # accepted: far in the future, after the open-ended ones were ended
    free_units = unit_ids[: args.runs]
    with db.uow("end") as uow:
        from incubator_desk.models import Allocation

        for a in uow.session.query(Allocation).filter(
            Allocation.unit_id.in_(free_units), Allocation.end_date.is_(None)
        ):
            a.end_date = TODAY
        uow.commit()
    for uid in free_units:
        start = TODAY + dt.timedelta(days=30)
        t = time.perf_counter()
        spaces.allocate(
            db,
            AllocationInput(
                uid,
                rng.choice(tenant_ids),
                start,
                None,
                desks=6 if spaces.get_unit(db, uid).kind == "open_desk" else None,
            ),
        )
        accepted.append(time.perf_counter() - t)

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from incubator_desk.ui.widgets.floor_plan import FloorPlanView

    app = QApplication.instance() or QApplication([])
    view = FloorPlanView()
    view.resize(1200, 800)
    view.show()

    def draw() -> None:
        plan = spaces.floor_plan(db, big_floor, TODAY)
        view.show_plan(plan)
        view.fit()
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        del painter  # before the image it painted on
        assert len(plan.tiles) == BIG_FLOOR

    def trend() -> None:
        got = spaces.occupancy_trend(db, FIRST, TODAY)
        assert len(got.months) >= 120 and len(got.buildings) == 10

    reads = [(f"floor with {BIG_FLOOR} units: query + draw", draw, 200)]
    reads.append(("monthly occupancy, ten years x 10 buildings", trend, 500))
    path = db.location.sqlite_path
    sql = SqlLimit(db.engine, path) if path is not None else None
    n = max(5, args.runs // 4)
    timed_reads = [(name, *_beside(sql, action, n), target) for name, action, target in reads]
    del reads, draw, trend  # nothing of ours holds the view when Qt lets it go
    if sql is not None:
        sql.close()
    view.close()
    view.deleteLater()
    app.processEvents()

    table = Table(
        f"Spaces with {UNITS:,} units and {ALLOCATIONS:,} allocations over ten years "
        f"(median; {db.location.url.get_backend_name()})"
    )
    saves = [
        (f"overlap check on save, busy units ({outcomes['refused']} refused)", refused),
        ("overlap check on save, accepted (allocate() + commit)", accepted),
    ]
    for name, samples in saves:
        value = statistics.median(samples)
        table.add(name, value, None, "ms", target_text="< 20 ms", passed=value * 1000 < 20,
                  limit_name="(a save: not replayed)")  # fmt: skip
    for name, value, lim, target in timed_reads:
        table.add(
            name,
            value,
            lim,
            "ms",
            limit_name="the same SQL on sqlite3" if lim is not None else "",
            target_text=f"< {target} ms",
            passed=value * 1000 < target,
        )
    table.print()
    db.dispose()
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
