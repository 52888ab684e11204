"""Funnel figures on demo data agree with a count made the slow, obvious way."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import select

from incubator_desk.core.vocabularies import DisbursementStatus
from incubator_desk.db import Database
from incubator_desk.models import ApplicationMove, Disbursement, FundApplication
from incubator_desk.services import funding as fs
from incubator_desk.services.demo import generate_demo


def test_funnel_matches_a_brute_force_count(db: Database) -> None:
    generate_demo(db, tenants=60, seed=5)
    with db.read() as s:
        apps = {a.id: (a.fund_id, a.amount_requested) for a in s.scalars(select(FundApplication))}
        moves = defaultdict(list)
        for m in s.scalars(
            select(ApplicationMove).order_by(ApplicationMove.at, ApplicationMove.id)
        ):
            moves[m.application_id].append((m.to_status, m.at, m.from_status))
        paid = defaultdict(Decimal)
        for d in s.scalars(
            select(Disbursement).where(Disbursement.status == DisbursementStatus.PAID)
        ):
            paid[apps[d.application_id][0]] += d.amount
    assert apps
    reached: dict[tuple, int] = defaultdict(int)
    stay: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0])
    for app_id, ms in moves.items():
        fid = apps[app_id][0]
        # A stage lasts from the move into it to the move out of it (whose from_status it
        # is): by the chain, not by time order, which the demo's same-day moves can break.
        entered = {to: at for to, at, _frm in ms}
        for to, _at, _frm in ms:
            reached[(fid, to)] += 1
        for _to, at, frm in ms:
            if frm is not None:
                acc = stay[(fid, frm)]
                acc[0] += (at - entered[frm]).total_seconds() / 86400
                acc[1] += 1
    figures = {f.fund_id: f for f in fs.funnel(db)}
    assert figures[None].applications == len(apps)
    for fid, f in figures.items():
        if fid is None:
            continue
        mine = [amount for fund_id, amount in apps.values() if fund_id == fid]
        assert f.applications == len(mine)
        assert f.requested == sum(mine, Decimal(0))
        assert f.disbursed == paid.get(fid, Decimal(0))
        for st, n in f.reached.items():
            assert n == reached[(fid, st)]
        for st, days in f.days_in_stage.items():
            total, n = stay[(fid, st)]
            assert days == pytest.approx(total / n, abs=1e-4)
        assert set(f.days_in_stage) == {st for (g, st), v in stay.items() if g == fid and v[1]}
    year = max(fs.years(db))
    this_year = fs.funnel(db, year)[0]
    started = sum(
        1 for ms in moves.values() for _to, at, frm in ms if frm is None and at.year == year
    )
    assert this_year.applications == started


def test_card_scores_agree_with_the_review_summary(db: Database) -> None:
    """The board's scores (summed by the database from the JSON scores, including the demo's
    Chinese criterion names) equal the application's own review summary."""
    generate_demo(db, tenants=60, seed=5)
    scored = [c for c in fs.cards(db) if c.score is not None]
    assert scored
    for card in scored:
        assert card.score == fs.application(db, card.id).summary.average
    pages = fs.board_pages(db, per_column=3)
    counts = fs.card_counts(db)
    assert all(len(cards) <= 3 for cards in pages.values())
    assert {st for st, cards in pages.items() if cards} == set(counts)
    by_score = fs.cards(db, order="score", descending=True)
    values = [c.score for c in by_score if c.score is not None]
    assert values == sorted(values, reverse=True) and len(by_score) == sum(counts.values())
