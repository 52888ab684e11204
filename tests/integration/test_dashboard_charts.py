"""The dashboard's charts count what the registers hold: per floor the same let area as the
occupancy card in total, and per year the tenants who entered, graduated and exited."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from incubator_desk.core.vocabularies import Stage
from incubator_desk.db import Database
from incubator_desk.models import StageChange, Tenant
from incubator_desk.services import reporting
from incubator_desk.services.demo import generate_demo
from incubator_desk.services.overview import overview


def test_chart_figures_agree_with_the_registers(db: Database) -> None:
    """On SQLite and PostgreSQL alike (the years are extracted by each database)."""
    generate_demo(db, tenants=40, seed=5)
    totals = overview(db)
    on = totals.on
    charts = reporting.dashboard_charts(db, on)
    assert charts.years == list(range(on.year - 5, on.year + 1))
    areas = charts.areas
    assert len(areas) > 1
    assert sum(a.lettable_area for a in areas) == totals.lettable_area
    assert sum(a.occupied_area for a in areas) == totals.occupied_area
    assert all(0 <= a.share <= 1 for a in areas)
    flows = charts.flows

    with db.read() as s:
        entries = Counter(
            d.year
            for d in s.scalars(select(Tenant.entry_date).where(Tenant.archived_at.is_(None)))
            if d is not None and d <= on
        )
        graduations = Counter(
            d.year
            for d in s.scalars(
                select(StageChange.changed_on).where(
                    StageChange.to_stage == Stage.GRADUATED, StageChange.changed_on <= on
                )
            )
        )
    assert [f.entered for f in flows] == [entries[y] for y in charts.years]
    assert [f.graduated for f in flows] == [graduations[y] for y in charts.years]
    assert sum(f.entered for f in flows) > 0
