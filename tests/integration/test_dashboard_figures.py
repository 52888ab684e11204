"""The Dashboard's figures in plain SQL: read from the file before the database layer is
loaded, or through an open database (SQLite and PostgreSQL), they are the services' figures."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from incubator_desk.core import clock
from incubator_desk.db import Database
from incubator_desk.db.direct import engine_reader, open_current_sqlite
from incubator_desk.db.revision import HEAD
from incubator_desk.services import billing, dashboard_figures
from incubator_desk.services import graduation as grad
from incubator_desk.services.demo import generate_demo

TODAY = dt.date(2026, 11, 30)
DAYS = [TODAY - dt.timedelta(days=n) for n in range(0, 200, 9)] + [
    dt.date(2027, 1, 15),
    dt.date(2027, 3, 1),
]


@pytest.fixture
def books(db: Database) -> Database:
    """A demo with the last months billed, some tenants paying late or not at all."""
    generate_demo(db, tenants=30, seed=2, today=TODAY, books=True)
    return db


def test_overdue_money_is_the_receivables_ageing_added_up(books: Database) -> None:
    reader = engine_reader(books)
    seen_over_90 = False
    for on in DAYS:
        owed = billing.overdue_summary(books, on)
        money = dashboard_figures.overdue_money(reader, on)
        assert (money.total, money.tenants, money.over_90) == (
            owed.total,
            owed.tenants,
            owed.over_90,
        ), on
        seen_over_90 |= money.over_90 > 0
    assert billing.overdue_summary(books, TODAY).tenants > 0 and seen_over_90


def test_the_file_read_directly_gives_the_figures_of_the_open_database(
    open_db: Callable[[str], Database],
) -> None:
    db = open_db("demo.sqlite")
    generate_demo(db, tenants=40, seed=5, today=TODAY, books=True)
    path = db.location.sqlite_path
    assert path is not None
    direct = open_current_sqlite(str(path))
    assert direct is not None
    through = engine_reader(db)
    rules = grad.GraduationRules(min_criteria=2, incubation_months=30)
    for on in (TODAY, dt.date(2026, 2, 1), dt.date(2027, 1, 1)):
        assert dashboard_figures.figures(direct, on) == dashboard_figures.figures(through, on)
        for r in (None, rules):
            got = dashboard_figures.graduation_counts(direct, on, r)
            assert got == dashboard_figures.graduation_counts(through, on, r)
            assert got == grad.summary(db, on, r)
        assert dashboard_figures.overdue_money(direct, on) == dashboard_figures.overdue_money(
            through, on
        )
    before = path.read_bytes()
    with direct.read() as q:
        assert q("SELECT count(*) FROM tenants")[0][0] == 40
    assert path.read_bytes() == before  # read only


def test_the_time_zone_comes_from_the_file(open_db: Callable[[str], Database]) -> None:
    from incubator_desk.services import settings

    db = open_db("zone.sqlite")
    settings.set_time_zone(db, "Asia/Urumqi", None)
    clock.set_zone(clock.DEFAULT_ZONE)
    path = db.location.sqlite_path
    direct = open_current_sqlite(str(path))
    assert direct is not None
    assert dashboard_figures.use_time_zone(direct) == "Asia/Urumqi"
    assert clock.zone().key == "Asia/Urumqi"


def test_only_a_current_sqlite_file_is_read_directly(
    open_db: Callable[[str], Database], tmp_path: Path
) -> None:
    db = open_db("current.sqlite")
    path = db.location.sqlite_path
    assert path is not None
    assert open_current_sqlite(str(path)) is not None
    assert open_current_sqlite(f"sqlite:///{path}") is not None
    db.dispose()

    older = tmp_path / "older copy.sqlite"
    older.write_bytes(path.read_bytes())
    con = sqlite3.connect(older)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database", encoding="utf-8")
    for raw in (
        str(older),  # to be upgraded first: the ordinary opening does that
        str(text),
        str(tmp_path / "missing.sqlite"),
        str(tmp_path),
        "postgresql://someone@localhost/park",
        "",
        None,
    ):
        assert open_current_sqlite(raw) is None, raw
    con = sqlite3.connect(older)
    con.execute("UPDATE alembic_version SET version_num = ?", (HEAD,))
    con.commit()
    con.close()
    assert open_current_sqlite(str(older)) is not None


def test_a_file_with_accounts_shows_no_figures_before_someone_signs_in(
    open_db: Callable[[str], Database],
) -> None:
    from incubator_desk.core.vocabularies import OperatorRole
    from incubator_desk.services import accounts

    db = open_db("signed.sqlite")
    path = str(db.location.sqlite_path)
    assert open_current_sqlite(path) is not None
    accounts.create_account(db, "zhou", "correct horse", OperatorRole.ADMINISTRATOR)
    assert accounts.sign_in_required(db)
    assert open_current_sqlite(path) is None  # the ordinary opening asks who is there first
