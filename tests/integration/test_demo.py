"""The demo generator on real database files: counts, rules the data must keep, reproducibility."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select, text

from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.periods import add_months
from incubator_desk.core.vocabularies import AuditAction, LookupCategory, Stage
from incubator_desk.db import Database
from incubator_desk.models import (
    Allocation,
    AuditEntry,
    Booking,
    Fund,
    FundApplication,
    KpiSnapshot,
    LookupItem,
    MentoringSession,
    Person,
    Setting,
    StageChange,
    Tenant,
    TrainingEvent,
)
from incubator_desk.services import creditcode
from incubator_desk.services.demo import DemoSummary, company_name, generate_demo

TODAY = dt.date(2026, 11, 26)
N = 60
FAR = "9999-12-31"  # an open-ended allocation runs until this day in the overlap queries


@pytest.fixture
def demo(open_db: Callable[[str], Database]) -> tuple[Database, DemoSummary]:
    db = open_db("demo.sqlite")
    return db, generate_demo(db, tenants=N, seed=1, today=TODAY)


def scalar(db: Database, sql: str) -> Any:
    with db.read() as s:
        return s.execute(text(sql)).scalar()


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def test_summary_matches_what_is_in_the_database(
    demo: tuple[Database, DemoSummary], open_db: Callable[[str], Database]
) -> None:
    db, summary = demo
    # every database starts with the standard lists; the demo adds the entries it lacks
    standard = {"lookup_items": scalar(open_db("new.sqlite"), "SELECT COUNT(*) FROM lookup_items")}
    assert summary.tenants == N
    tables = {
        "tenants": summary.tenants,
        "people": summary.people,
        "stage_changes": summary.stage_changes,
        "kpi_snapshots": summary.kpi_snapshots,
        "investments_received": summary.investments,
        "tenant_tags": summary.tenant_tags,
        "lookup_items": summary.lookup_items,
        "buildings": summary.buildings,
        "floors": summary.floors,
        "units": summary.units,
        "allocations": summary.allocations,
        "bookings": summary.bookings,
        "mentors": summary.mentors,
        "mentor_assignments": summary.mentor_assignments,
        "mentoring_sessions": summary.mentoring_sessions,
        "session_actions": summary.session_actions,
        "training_events": summary.training_events,
        "event_registrations": summary.event_registrations,
        "funds": summary.funds,
        "fund_applications": summary.fund_applications,
        "application_moves": summary.application_moves,
        "reviews": summary.reviews,
        "committee_decisions": summary.committee_decisions,
        "disbursements": summary.disbursements,
    }
    for table, count in tables.items():
        assert scalar(db, f"SELECT COUNT(*) FROM {table}") == standard.get(table, 0) + count, table
        assert count > 0, table
    assert summary.mentors == N // 10  # one mentor per ten tenants
    assert N <= summary.people <= 3 * N
    assert summary.total_rows == sum(tables.values())
    assert scalar(db, "SELECT COUNT(*) FROM session_tenants") >= summary.mentoring_sessions


def test_credit_codes_are_valid_and_unique(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    codes = [r[0] for r in rows(db, "SELECT credit_code FROM tenants")]
    assert len(codes) == N == len(set(codes))
    assert all(isinstance(c, str) and creditcode.is_valid(c) for c in codes)


def test_tenant_facts_hang_together(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        tenants = s.scalars(select(Tenant)).all()
        names = {t.name_zh for t in tenants}
        assert len(names) == N and len({t.name_en for t in tenants}) == N
        for t in tenants:
            assert t.name_zh.startswith("深圳") and t.name_zh.endswith("有限公司")
            assert t.name_en.startswith("Shenzhen ") and t.name_en.endswith("Co., Ltd.")
            assert t.founded_on is not None and t.entry_date is not None
            assert dt.timedelta(0) <= t.entry_date - t.founded_on <= dt.timedelta(days=731)
            assert t.entry_date <= TODAY
            history = t.stage_changes
            assert history[0].from_stage is None
            assert history[-1].to_stage == t.stage
            for a, b in itertools.pairwise(history):
                assert b.from_stage == a.to_stage and b.changed_on >= a.changed_on
            assert (t.stage is Stage.GRADUATED) == (t.graduated_on is not None)
            assert (t.stage is Stage.EXITED) == (t.exit_reason is not None)
            assert t.high_tech_enterprise == (t.high_tech_since is not None)
            assert t.park_address
            assert 1 <= len(t.people) <= 3
            assert sum(p.is_primary_contact for p in t.people) == 1
        stages = {t.stage for t in tenants}
        assert len(stages) >= 3
        for p in s.scalars(select(Person)):
            assert re.fullmatch(r"1[3-9]\d{9}", p.phone), p.phone
            assert re.fullmatch(r"[a-z]+\.[a-z]+@[a-z.]+", p.email), p.email
        long_codes = set(
            s.scalars(
                select(LookupItem.code).where(
                    LookupItem.category == LookupCategory.INDUSTRY,
                    LookupItem.long_incubation.is_(True),
                )
            )
        )
        assert long_codes == {"biomedicine", "ic_design", "agriculture"}
        categories = set(s.scalars(select(LookupItem.category).distinct()))
        assert categories == set(LookupCategory)


def test_quarterly_figures_stop_at_the_last_completed_quarter(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    latest = rows(db, "SELECT MAX(year * 4 + quarter - 1) FROM kpi_snapshots")[0][0]
    assert latest == 2026 * 4 + 2  # 2026Q3: today is in Q4
    assert (
        scalar(
            db,
            "SELECT COUNT(*) FROM kpi_snapshots k JOIN tenants t ON t.id = k.tenant_id "
            "WHERE k.year * 4 + k.quarter < "
            "  CAST(strftime('%Y', t.entry_date) AS INTEGER) * 4 "
            "  + (CAST(strftime('%m', t.entry_date) AS INTEGER) - 1) / 3 + 1",
        )
        == 0
    )


def test_planned_graduation_follows_the_rule_of_the_tenant_form(
    open_db: Callable[[str], Database],
) -> None:
    """Four years on (five for long-incubation industries), as add_months counts them."""
    db = open_db("g.sqlite")
    generate_demo(db, tenants=300, seed=7, today=TODAY)  # one of them arrives on 2020-02-29
    with db.read() as s:
        found = s.execute(
            select(
                Tenant.entry_date, Tenant.planned_graduation_on, LookupItem.long_incubation
            ).join(LookupItem, LookupItem.id == Tenant.industry_id)
        ).all()
    assert any((entry.month, entry.day) == (2, 29) for entry, _, _ in found)
    for entry, planned, long_incubation in found:
        assert planned == add_months(entry, 60 if long_incubation else 48), entry


def test_same_seed_gives_the_same_data(open_db: Callable[[str], Database]) -> None:
    a, b = open_db("a.sqlite"), open_db("b.sqlite")
    first = generate_demo(a, tenants=N, seed=5, today=TODAY)
    second = generate_demo(b, tenants=N, seed=5, today=TODAY)
    assert first == second
    query = "SELECT id, name_zh, name_en, credit_code, stage FROM tenants ORDER BY id"
    assert rows(a, query) == rows(b, query)
    kpi = "SELECT SUM(revenue), SUM(rd_spend), SUM(staff_total) FROM kpi_snapshots"
    assert rows(a, kpi) == rows(b, kpi)
    for query in (
        "SELECT unit_id, tenant_id, desks, start_date, end_date FROM allocations ORDER BY id",
        "SELECT mentor_id, starts_at FROM mentoring_sessions ORDER BY id",
        "SELECT fund_id, status, amount_approved FROM fund_applications ORDER BY id",
    ):
        assert rows(a, query) == rows(b, query)


def test_another_seed_gives_other_data(open_db: Callable[[str], Database]) -> None:
    a, b = open_db("a.sqlite"), open_db("b.sqlite")
    generate_demo(a, tenants=N, seed=1, today=TODAY)
    generate_demo(b, tenants=N, seed=2, today=TODAY)
    query = "SELECT name_zh, credit_code FROM tenants ORDER BY id"
    assert rows(a, query) != rows(b, query)
    kpi = "SELECT SUM(revenue) FROM kpi_snapshots"
    assert rows(a, kpi) != rows(b, kpi)


def test_refuses_a_database_with_tenants_unless_forced(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with pytest.raises(ConflictError) as info:
        generate_demo(db, tenants=10, seed=2, today=TODAY)
    assert str(N) in str(info.value) and "--force" in str(info.value)
    assert scalar(db, "SELECT COUNT(*) FROM tenants") == N  # nothing written

    more = generate_demo(db, tenants=30, seed=1, force=True, today=TODAY)  # same seed again
    assert more.tenants == 30
    assert scalar(db, "SELECT COUNT(*) FROM tenants") == N + 30
    codes = [r[0] for r in rows(db, "SELECT credit_code FROM tenants")]
    assert len(set(codes)) == N + 30
    names = [r[0] for r in rows(db, "SELECT name_zh FROM tenants")]
    assert len(set(names)) == N + 30
    # Lists, funds and the setting are reused, not duplicated; space is a second phase.
    assert more.lookup_items == 0 and more.funds == 0
    assert scalar(db, "SELECT COUNT(*) FROM funds") == 6
    assert scalar(db, "SELECT COUNT(*) FROM settings WHERE key = 'incubator_name'") == 1
    assert scalar(db, "SELECT COUNT(*) FROM sites") == 2
    with db.read() as s:
        generated = s.scalars(
            select(AuditEntry.entity).where(AuditEntry.action == AuditAction.GENERATE)
        ).all()
    assert generated == ["demo", "demo"]


def test_zero_tenants_is_refused(open_db: Callable[[str], Database]) -> None:
    with pytest.raises(ValidationError) as info:
        generate_demo(open_db("x.sqlite"), tenants=0)
    assert "tenants" in info.value.fields


def test_no_unit_is_let_twice_at_once(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    clashes = scalar(
        db,
        f"""SELECT COUNT(*) FROM allocations a JOIN allocations b
              ON a.unit_id = b.unit_id AND a.id < b.id
            JOIN units u ON u.id = a.unit_id
            WHERE u.kind <> 'open_desk'
              AND a.start_date <= COALESCE(b.end_date, '{FAR}')
              AND b.start_date <= COALESCE(a.end_date, '{FAR}')""",
    )
    assert clashes == 0
    assert scalar(db, "SELECT COUNT(*) FROM allocations WHERE end_date < start_date") == 0


def test_open_desk_areas_never_hold_more_than_their_desks(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    # Occupancy only rises on a start date, so checking every start date checks every day.
    overfull = rows(
        db,
        f"""SELECT a.unit_id, a.start_date, SUM(b.desks), u.desk_count
            FROM allocations a JOIN units u ON u.id = a.unit_id AND u.kind = 'open_desk'
            JOIN allocations b ON b.unit_id = a.unit_id
              AND b.start_date <= a.start_date
              AND COALESCE(b.end_date, '{FAR}') >= a.start_date
            GROUP BY a.id HAVING SUM(b.desks) > u.desk_count""",
    )
    assert overfull == []
    assert scalar(db, "SELECT COUNT(*) FROM allocations a JOIN units u ON u.id = a.unit_id "
                      "WHERE u.kind = 'open_desk' AND a.desks IS NULL") == 0  # fmt: skip


def test_moves_point_back_to_the_allocation_they_end(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    broken = scalar(
        db,
        """SELECT COUNT(*) FROM allocations a JOIN allocations p ON p.id = a.previous_id
           WHERE p.tenant_id <> a.tenant_id OR p.status <> 'moved'
              OR p.end_date IS NULL OR p.end_date >= a.start_date""",
    )
    assert broken == 0


def test_room_bookings_and_mentors_are_never_double_booked(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    rooms = scalar(
        db,
        """SELECT COUNT(*) FROM bookings a JOIN bookings b
             ON a.unit_id = b.unit_id AND a.id < b.id
           WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at""",
    )
    mentors = scalar(
        db,
        """SELECT COUNT(*) FROM mentoring_sessions a JOIN mentoring_sessions b
             ON a.mentor_id = b.mentor_id AND a.id < b.id
           WHERE a.starts_at < b.ends_at AND b.starts_at < a.ends_at""",
    )
    assert rooms == 0 and mentors == 0
    assert scalar(db, "SELECT COUNT(*) FROM bookings b JOIN units u ON u.id = b.unit_id "
                      "WHERE NOT u.bookable") == 0  # fmt: skip


def test_events_respect_capacity(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    over = rows(
        db,
        """SELECT e.id FROM training_events e JOIN event_registrations r ON r.event_id = e.id
           WHERE r.status = 'registered' GROUP BY e.id HAVING COUNT(*) > e.capacity""",
    )
    assert over == []
    waitlist_without_full = rows(
        db,
        """SELECT e.id FROM training_events e JOIN event_registrations r ON r.event_id = e.id
           GROUP BY e.id
           HAVING SUM(r.status = 'waitlisted') > 0
              AND SUM(r.status = 'registered') < e.capacity""",
    )
    assert waitlist_without_full == []


def test_money_never_exceeds_what_was_approved_or_budgeted(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    over_approved = rows(
        db,
        """SELECT a.id FROM fund_applications a JOIN disbursements d ON d.application_id = a.id
           GROUP BY a.id HAVING SUM(d.amount) > COALESCE(a.amount_approved, 0)""",
    )
    assert over_approved == []
    over_budget = rows(
        db,
        """SELECT f.id FROM funds f JOIN fund_applications a ON a.fund_id = f.id
           GROUP BY f.id HAVING SUM(COALESCE(a.amount_approved, 0)) > f.total_size""",
    )
    assert over_budget == []
    assert scalar(db, "SELECT COUNT(*) FROM fund_applications "
                      "WHERE amount_approved > amount_requested") == 0  # fmt: skip
    assert scalar(db, "SELECT COUNT(*) FROM committee_decisions WHERE "
                      "votes_for + votes_against + abstentions <> "
                      "json_array_length(members_present)") == 0  # fmt: skip
    with db.read() as s:
        for app in s.scalars(select(FundApplication)):
            assert [m.to_status for m in app.moves][-1] == app.status
            assert app.moves[-1].at == app.status_since


def test_money_is_decimal_and_timestamps_are_aware(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as s:
        tenant = s.scalars(select(Tenant)).first()
        kpi = s.scalars(select(KpiSnapshot)).first()
        allocation = s.scalars(select(Allocation)).first()
        fund = s.scalars(select(Fund).where(Fund.interest_rate.is_not(None))).first()
        assert tenant is not None and kpi is not None and allocation is not None
        assert fund is not None
        for value in (
            tenant.registered_capital,
            kpi.revenue,
            kpi.rd_spend,
            allocation.monthly_rent,
            fund.total_size,
        ):
            assert isinstance(value, Decimal)
        assert isinstance(fund.interest_rate, Decimal)
        stamps = [
            tenant.created_at,
            tenant.updated_at,
            s.scalars(select(StageChange.recorded_at)).first(),
            s.scalars(select(Booking.starts_at)).first(),
            s.scalars(select(MentoringSession.starts_at)).first(),
            s.scalars(select(TrainingEvent.ends_at)).first(),
            s.scalars(select(FundApplication.status_since)).first(),
        ]
        for stamp in stamps:
            assert isinstance(stamp, dt.datetime) and stamp.utcoffset() is not None
        setting = s.get(Setting, "incubator_name")
        assert setting is not None
        assert setting.value == {"zh": "南山科技创业孵化器", "en": "Nanshan Tech Incubator"}
        # Working hours in Shenzhen, whatever zone the database keeps them in.
        hours = {b.astimezone(dt.timezone(dt.timedelta(hours=8))).hour
                 for b in s.scalars(select(Booking.starts_at))}  # fmt: skip
        assert hours and min(hours) >= 8 and max(hours) <= 17


def test_units_fit_their_floor_plan_without_overlapping(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    outside = scalar(
        db,
        """SELECT COUNT(*) FROM units u JOIN floors f ON f.id = u.floor_id
           WHERE u.plan_x < 0 OR u.plan_y < 0
              OR u.plan_x + u.plan_w > f.plan_width + 0.001
              OR u.plan_y + u.plan_h > f.plan_height + 0.001""",
    )
    overlapping = scalar(
        db,
        """SELECT COUNT(*) FROM units a JOIN units b ON a.floor_id = b.floor_id AND a.id < b.id
           WHERE a.plan_x < b.plan_x + b.plan_w - 0.001 AND b.plan_x < a.plan_x + a.plan_w - 0.001
             AND a.plan_y < b.plan_y + b.plan_h - 0.001
             AND b.plan_y < a.plan_y + a.plan_h - 0.001""",
    )
    assert outside == 0 and overlapping == 0
    codes = [r[0] for r in rows(db, "SELECT code FROM buildings ORDER BY id")]
    assert codes[:2] == ["A", "B"][: len(codes[:2])]
    assert scalar(db, "SELECT COUNT(*) FROM units WHERE kind = 'meeting_room' AND bookable") > 0


def test_generated_records_can_be_edited_with_optimistic_locking(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    with db.uow() as u:
        tenant = u.get(Tenant, 1, expected_version=1)
        tenant.notes = "checked"
        u.commit()
    with db.read() as s:
        saved = s.get(Tenant, 1)
        assert saved is not None and saved.version == 2 and saved.notes == "checked"
    with db.uow() as u:  # new rows after the generated ones get fresh ids
        u.session.add(
            StageChange(tenant_id=1, to_stage=Stage.INCUBATING, changed_on=TODAY,
                        operator_id=db.operator_id)
        )  # fmt: skip
        u.commit()


def test_progress_is_reported_up_to_the_total(open_db: Callable[[str], Database]) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(open_db("p.sqlite"), tenants=20, seed=3, today=TODAY,
                  progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_postgres_and_sqlite_take_the_same_data(db: Database) -> None:
    """Runs on each backend the suite has (PostgreSQL only with a test server)."""
    summary = generate_demo(db, tenants=20, seed=4, today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == 20
        total = s.scalar(select(func.sum(KpiSnapshot.revenue)))
        assert isinstance(total, Decimal) and total > 0
    with db.uow() as u:  # the id sequences continue after the generated rows
        u.session.add(
            StageChange(tenant_id=1, to_stage=Stage.INCUBATING, changed_on=TODAY,
                        operator_id=db.operator_id)
        )  # fmt: skip
        u.commit()
    assert summary.stage_changes > 0


def test_company_names_stay_distinct_when_the_words_run_out() -> None:
    trade = [("云", "yun"), ("帆", "fan"), ("安", "an")]
    words = [("智能科技", "Intelligent Technology")]
    rng = random.Random(0)
    used: set[str] = set()
    names = [company_name(rng.random, words, trade, used) for _ in range(80)]
    assert len({zh for zh, _, _ in names}) == 80 and len({en for _, en, _ in names}) == 80
    assert names[0][0].startswith("深圳") and names[0][0].endswith("智能科技有限公司")
    assert any("（南山）" in zh for zh, _, _ in names)
    assert any("(Nanshan 2)" in en for _, en, _ in names)
    assert any("Yun'an" in en or "Fan'an" in en for _, en, _ in names)


# What the generator writes for seed 1 and TODAY (N tenants, then 30 more with --force and
# seed 2), as a digest of every table in insertion order. Reorganising the generator must not
# move it: the same seed gives the same database, release after release. If you change what
# the demo generates on purpose, put the digest the failure message prints here.
GOLDEN_DIGEST = "36a6bd59f257ef8b1e003d9ba1ab4c77035d8ba4110b9cd6879c382679739f01"
CLOCK_COLUMNS = {
    "audit_log": {"at", "batch"},  # the batch is a random identifier
    "operators": {"created_at", "updated_at"},
    # the standard lists are written when the database is made
    "lookup_items": {"created_at", "updated_at"},
    "lookup_aliases": {"created_at"},
}


def database_digest(db: Database) -> str:
    """A hash of every row of every table, minus the columns that hold the wall clock."""
    digest = hashlib.sha256()
    with db.read() as s:
        tables = s.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        for table in list(tables):
            if table == "alembic_version":  # the schema's version, not the demo's data
                continue
            names = [r[1] for r in s.execute(text(f'PRAGMA table_info("{table}")'))]
            keep = [n for n in names if n not in CLOCK_COLUMNS.get(table, set())]
            select_list = ", ".join(f'"{n}"' for n in keep)
            digest.update(f"{table}({select_list})\n".encode())
            for row in s.execute(text(f'SELECT {select_list} FROM "{table}" ORDER BY rowid')):
                digest.update(repr(tuple(row)).encode() + b"\n")
    return digest.hexdigest()


def test_same_seed_gives_the_same_database_as_before(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    generate_demo(db, tenants=30, seed=2, force=True, today=TODAY)
    got = database_digest(db)
    assert got == GOLDEN_DIGEST, (
        f"the demo data for a fixed seed changed (digest {got}); if that was meant, "
        "update GOLDEN_DIGEST"
    )


def test_the_demo_looks_like_a_well_run_incubator(demo: tuple[Database, DemoSummary]) -> None:
    """Actions are followed up (a few of the last month's still open) and drafts are recent:
    the lists a manager opens first do not look neglected."""
    db, _ = demo
    with db.read() as s:
        overdue = list(
            s.execute(
                text("SELECT due_on FROM session_actions WHERE done = 0 AND due_on < :today"),
                {"today": TODAY.isoformat()},
            ).scalars()
        )
        actions = s.scalar(text("SELECT count(*) FROM session_actions"))
        drafts = list(
            s.execute(
                text("SELECT status_since FROM fund_applications WHERE status = 'draft'")
            ).scalars()
        )
    ages = [(TODAY - dt.date.fromisoformat(str(d)[:10])).days for d in overdue]
    assert max(ages, default=0) <= 30, ages  # none left open for months
    assert len(overdue) <= max(10, actions // 20)
    for since in drafts:
        assert (TODAY - dt.date.fromisoformat(str(since)[:10])).days <= 45
