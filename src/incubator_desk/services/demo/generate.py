"""Demo data: a realistic Shenzhen incubator with years of history, made reproducibly and fast."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ...core import clock
from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.vocabularies import AuditAction
from ...db import Database
from ...models import Tenant
from ..access import Action, requires
from .billing import write_billing
from .bookings import plan_room_bookings
from .funding import write_funding
from .lookups import write_lists, write_settings
from .mentoring import write_mentoring
from .premises import write_allocations, write_premises
from .returns import write_returns
from .run import DemoRun, Progress
from .space_plan import plan_spaces
from .summary import DemoSummary
from .tenant_lives import Residents, plan_tenants
from .tenant_rows import write_tenants
from .training import plan_events, write_events
from .writer import table_of

SQLITE_CACHE_KIB = 64 * 1024

REFUSE = QT_TRANSLATE_NOOP(
    "errors",
    "The database already holds {count} tenants. Demo data is only written into an empty "
    "database; use --force to add it anyway.",
)
BAD_COUNT = QT_TRANSLATE_NOOP("errors", "The number of demo tenants must be at least 1.")


@requires(Action.FILL_DEMO)
def generate_demo(
    db: Database,
    tenants: int = 300,
    seed: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    books: bool = False,
) -> DemoSummary:
    """Fill the database with a realistic incubator: `tenants` companies and their history.

    The same seed and `today` give the same data. A database that already has tenants is
    refused (ConflictError) unless `force` is set, in which case the data is added to it.
    `progress` is called with (done, total) as the work goes on. With `books`, the last three
    months are billed and partly paid too (through the billing services: seconds for a few
    hundred tenants, so the window's demo has them and the benchmarks do not).
    """
    if tenants < 1:
        raise ValidationError({"tenants": translate("errors", BAD_COUNT)}, BAD_COUNT)
    today = today or clock.today()
    with db.uow() as uow:
        conn = uow.session.connection()
        existing = conn.scalar(select(func.count()).select_from(table_of(Tenant))) or 0
        if existing and not force:
            raise ConflictError(REFUSE, count=existing)
        restore = None
        if conn.dialect.name == "sqlite":
            # Hundreds of thousands of index inserts thrash SQLite's default 2 MB page cache.
            restore = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        try:
            run = DemoRun(conn, db.operator_id, tenants, seed, today, _share(progress, books))
            summary = _build(run)
            if books:  # through the billing services, as finance staff keep them
                write_billing(uow, seed, today, _rest(progress, run.total))
        finally:
            if restore is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(restore)}")
        uow.audit(
            AuditAction.GENERATE,
            "demo",
            None,
            f"Demo data (seed {seed}, today {today.isoformat()}): {summary.describe()}"[:500],
        )
        uow.commit()
    return summary


def _share(progress: Progress | None, books: bool) -> Progress | None:
    """The generator's progress, leaving a third of the bar for the books if they are made."""
    if progress is None or not books:
        return progress
    return lambda done, total: progress(done * 2, total * 3)


def _rest(progress: Progress | None, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, of: progress(total * 2 + done * total // max(of, 1), total * 3)


def _build(run: DemoRun) -> DemoSummary:
    """Run the builders in their fixed order and count what they wrote.

    Every builder draws from the one random generator, so moving a step changes every row
    after it. Progress: n units for writing the tenants, n for everything else.
    """
    n = run.n
    lists = write_lists(run)
    tenants = plan_tenants(run)
    space = plan_spaces(run, tenants)
    premises = write_premises(run, space)
    write_tenants(run, tenants, lists)  # ticks n, a chunk of tenants at a time
    write_allocations(run, space, premises, lists.policy_id)
    run.tick(n // 5)
    residents = Residents(tenants, run.rng)
    write_events(run, plan_events(run, premises, lists), premises, residents)
    run.tick(n // 10)
    tenant_bookings = plan_room_bookings(run, premises, residents)
    write_mentoring(run, tenants, premises, tenant_bookings)
    run.tick(n // 5)
    write_funding(run, tenants)
    # from the figures and funding above; draws nothing from run.rng
    write_returns(run, min((t.id for t in tenants), default=0))
    run.tick(n // 10)
    write_settings(run)
    run.writer.fix_sequences()
    run.tick(run.total)
    return DemoSummary.from_counts(run.writer.counts)
