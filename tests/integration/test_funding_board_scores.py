"""A board card knows when its score comes from reviews that leave criteria unscored, counted
by the database on SQLite and PostgreSQL alike, whatever the order the cards are read in."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from incubator_desk.core.vocabularies import FundKind, Instrument
from incubator_desk.db import Database
from incubator_desk.services import funding as fs
from incubator_desk.services.demo import generate_demo
from incubator_desk.services.tenants import tenant_choices


def test_partial_scores_are_flagged_in_every_reading(db: Database) -> None:
    generate_demo(db, tenants=40, seed=3)
    rubric, version = fs.rubric(db)
    fund_id = fs.save_fund(
        db, fs.FundData("评分测试基金", FundKind.GRANT, Decimal("1000000"), 2026)
    )
    tenant_id = tenant_choices(db)[0].id
    app_id = fs.create_application(
        db, fs.ApplicationData(fund_id, tenant_id, Decimal("100000"), Instrument.GRANT)
    )
    full = {c.key: 4 for c in rubric.criteria}
    fs.save_review(db, app_id, "王评审", full)
    assert not next(c for c in fs.cards(db) if c.id == app_id).partial_score

    extra = fs.Criterion("esg", "ESG", "环境与社会", Decimal("1"))
    wider = dataclasses.replace(rubric, criteria=(*rubric.criteria, extra))
    fs.save_rubric(db, wider, version)
    readings = [
        fs.cards(db),
        fs.cards(db, order="score"),
        [c for column in fs.board_pages(db).values() for c in column],
    ]
    for cards in readings:
        card = next(c for c in cards if c.id == app_id)
        assert card.partial_score and card.score == Decimal("4.00")
    # Reviews scored on every criterion of the rubric in force are not flagged.
    assert all(not c.partial_score for c in readings[0] if c.score is None)
