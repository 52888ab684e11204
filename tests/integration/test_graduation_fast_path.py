"""The graduation engine's fast path (a chunk of tenants per handful of queries, revenue added
up in SQL) says exactly what a plain evaluation of one tenant at a time says, on the demo data,
on several days and under other rules; and so do the dashboard's counts in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from incubator_desk.core.money import report_money
from incubator_desk.core.periods import add_months, months_between, quarter_end
from incubator_desk.core.vocabularies import OPEN_STAGES, ListingStatus, Stage
from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.models import InvestmentReceived, KpiSnapshot, StageChange, Tenant
from incubator_desk.services import graduation as grad
from incubator_desk.services.demo import generate_demo
from incubator_desk.services.funding import cumulative_investment

TODAY = dt.date(2026, 11, 26)
DAYS = (TODAY, dt.date(2025, 3, 31), dt.date(2023, 12, 31), dt.date(2026, 2, 14))
OTHER_RULES = grad.GraduationRules(
    high_tech_enabled=False,
    investment_threshold=Decimal("800000.5"),
    revenue_threshold=Decimal("3000000"),
    min_criteria=2,
    incubation_months=30,
    long_incubation_months=40,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("fast") / "demo.sqlite"
    db = open_database(resolve_location(str(path)), create=True).db
    generate_demo(db, tenants=150, seed=11, today=TODAY)
    yield db
    db.dispose()


def reference(db: Database, tenant: Tenant, on: dt.date, r: grad.GraduationRules) -> dict[str, Any]:
    """One tenant evaluated on its own, the plain way: its rows read one by one and added up
    in Python (the engine as it was before the fast path)."""
    with db.read() as s:
        quarters: list[str] = []
        for year, quarter, received_on in s.execute(
            select(
                InvestmentReceived.year, InvestmentReceived.quarter, InvestmentReceived.received_on
            )
            .where(InvestmentReceived.tenant_id == tenant.id)
            .order_by(InvestmentReceived.year, InvestmentReceived.quarter)
        ):
            label = f"{year}Q{quarter}"
            if (received_on or quarter_end(year, quarter)) <= on and label not in quarters:
                quarters.append(label)
        annual: dict[int, Decimal] = {}
        by_year: dict[int, list[int]] = {}
        for snap in s.scalars(select(KpiSnapshot).where(KpiSnapshot.tenant_id == tenant.id)):
            if snap.revenue is not None:
                annual[snap.year] = annual.get(snap.year, Decimal(0)) + snap.revenue
                by_year.setdefault(snap.year, []).append(snap.quarter)
        ended_on = s.scalar(
            select(func.max(StageChange.changed_on)).where(
                StageChange.tenant_id == tenant.id,
                StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)),
            )
        )
        industry = tenant.industry
    total = cumulative_investment(db, tenant.id, up_to=on).total
    criteria: list[dict[str, Any]] = []

    def add(key: str, enabled: bool, met: bool, evidence: str, figure: Any, qs: Any) -> None:
        criteria.append(
            {"key": key, "enabled": enabled, "met": met, "evidence": evidence,
             "figure": figure, "quarters": tuple(qs)}
        )  # fmt: skip

    if tenant.high_tech_enterprise:
        since = tenant.high_tech_since
        text = f"Certified since {since.isoformat()}" if since else "Certified (date not recorded)"
        add("high_tech", r.high_tech_enabled, True, text, None, ())
    else:
        add("high_tech", r.high_tech_enabled, False, "Not certified", None, ())
    span = f"{quarters[0]}–{quarters[-1]}" if len(quarters) > 1 else "".join(quarters)
    limit = report_money(r.investment_threshold)
    if total > 0 and span:
        text = f"{report_money(total)} received ({span}); threshold {limit}"
    elif total > 0:
        text = f"{report_money(total)} received from the incubator's funds; threshold {limit}"
    else:
        text = f"No investment recorded; threshold {limit}"
    add("investment", r.investment_enabled, total > r.investment_threshold, text, total, quarters)
    pairs = [(y, annual[y] + annual[y + 1]) for y in sorted(annual) if y + 1 in annual]
    limit = report_money(r.revenue_threshold)
    if not pairs:
        text = f"No two consecutive years of revenue recorded; threshold {limit}"
        add("revenue", r.revenue_enabled, False, text, None, ())
    else:
        best = max(pairs, key=lambda p: p[1])  # the first of equal totals, as before
        y1, pair_total = best
        y2 = y1 + 1

        def qtext(y: int) -> str:
            qs = sorted(set(by_year[y]))
            return f"{y}Q1–Q4" if qs == [1, 2, 3, 4] else ", ".join(f"{y}Q{q}" for q in qs)

        text = (
            f"{y1}: {report_money(annual[y1])} ({qtext(y1)}) + {y2}: {report_money(annual[y2])} "
            f"({qtext(y2)}) = {report_money(pair_total)}; threshold {limit}"
        )
        qs = [f"{y}Q{q}" for y in (y1, y2) for q in sorted(by_year[y])]
        add("revenue", r.revenue_enabled, pair_total > r.revenue_threshold, text, pair_total, qs)
    listing = ListingStatus(tenant.listing_status)
    on_text = tenant.listing_date.isoformat() if tenant.listing_date else "?"
    texts = {
        ListingStatus.LISTED: f"Listed on {on_text}",
        ListingStatus.QUOTED: f"Quoted (NEEQ / regional market) on {on_text}",
        ListingStatus.ACQUIRED: f"Acquired on {on_text}",
        ListingStatus.MERGED: f"Merged on {on_text}",
    }
    listed = listing in texts
    add("listed", r.listed_enabled, listed, texts.get(listing, "Not listed, quoted or acquired"),
        None, ())  # fmt: skip

    met = sum(1 for c in criteria if c["enabled"] and c["met"])
    long = industry is not None and industry.long_incubation
    limit_months = r.long_incubation_months if long else r.incubation_months
    stage = Stage(tenant.stage)
    months = limit_date = None
    if tenant.entry_date is not None:
        end = on if stage in OPEN_STAGES else (tenant.graduated_on or ended_on or on)
        months = months_between(tenant.entry_date, min(end, on))
        limit_date = add_months(tenant.entry_date, limit_months)
    admitted = None
    if tenant.founded_on and tenant.entry_date:
        admitted = months_between(tenant.founded_on, tenant.entry_date) <= r.admission_max_months
    return {
        "tenant_id": tenant.id,
        "name": tenant.name_zh,
        "name_en": tenant.name_en or "",
        "credit_code": tenant.credit_code or "",
        "stage": stage,
        "industry": industry.name_zh if industry is not None else "",
        "entry_date": tenant.entry_date,
        "founded_on": tenant.founded_on,
        "months": months,
        "limit_months": limit_months,
        "limit_date": limit_date,
        "overdue": stage in OPEN_STAGES and months is not None and months > limit_months,
        "admitted": admitted,
        "criteria": criteria,
        "criteria_met": met,
        "min_criteria": r.min_criteria,
        "eligible": met >= r.min_criteria,
    }


def criterion(c: grad.CriterionResult) -> dict[str, Any]:
    return {
        "key": c.key,
        "enabled": c.enabled,
        "met": c.met,
        "evidence": c.evidence,
        "figure": c.figure,
        "quarters": c.quarters,
    }


def seen(g: grad.TenantGraduation) -> dict[str, Any]:
    """What the engine said, in the reference's terms (every field, the evidence in words)."""
    return {
        "tenant_id": g.tenant_id,
        "name": g.name,
        "name_en": g.name_en,
        "credit_code": g.credit_code,
        "stage": g.stage,
        "industry": g.industry,
        "entry_date": g.entry_date,
        "founded_on": g.founded_on,
        "months": g.months_in_incubation,
        "limit_months": g.limit_months,
        "limit_date": g.limit_date,
        "overdue": g.overdue,
        "admitted": g.admitted_within_limit,
        "criteria": [criterion(c) for c in g.criteria],
        "criteria_met": g.criteria_met,
        "min_criteria": g.min_criteria,
        "eligible": g.eligible,
    }


def references(db: Database, on: dt.date, r: grad.GraduationRules) -> list[dict[str, Any]]:
    with db.read() as s:
        query = select(Tenant).where(Tenant.archived_at.is_(None))
        tenants = list(s.scalars(query.order_by(Tenant.name_zh, Tenant.id)))
        return [reference(db, t, on, r) for t in tenants]


@pytest.mark.parametrize("on", DAYS)
@pytest.mark.parametrize("r", [grad.GraduationRules(), OTHER_RULES], ids=["defaults", "other"])
def test_fast_path_equals_each_tenant_evaluated_alone(
    demo: Database, on: dt.date, r: grad.GraduationRules
) -> None:
    fast = grad.evaluate_all(demo, on, rules_=r)
    with demo.read() as s:
        tenants = list(
            s.scalars(
                select(Tenant)
                .where(Tenant.archived_at.is_(None))
                .order_by(Tenant.name_zh, Tenant.id)
            )
        )
        expected = [reference(demo, t, on, r) for t in tenants]
    assert [seen(g) for g in fast] == expected
    # what there is to compare: candidates, overdue, money by the day, revenue pairs
    assert (any(g.candidate for g in fast) and any(g.overdue for g in fast)) or on < TODAY
    assert any(c.key == "revenue" and c.quarters for g in fast for c in g.criteria)
    assert any(c.key == "investment" and c.quarters for g in fast for c in g.criteria)


def test_fast_path_on_both_databases(db: Database) -> None:
    """PostgreSQL adds up and compares the same way (bigint sums come back as Decimal)."""
    generate_demo(db, tenants=40, seed=4, today=TODAY)
    for on, r in ((TODAY, grad.GraduationRules()), (DAYS[1], OTHER_RULES)):
        assert [seen(g) for g in grad.evaluate_all(db, on, rules_=r)] == references(db, on, r)
        results = grad.evaluate_all(db, on, rules_=r)
        summary = grad.summary(db, on, r)
        assert summary.candidates == len(grad.candidates(results))
        assert summary.overdue == len(grad.overdue(results))


@pytest.mark.parametrize("on", DAYS[:2])
def test_one_tenant_says_what_all_tenants_say(demo: Database, on: dt.date) -> None:
    everyone = grad.evaluate_all(demo, on)
    for g in everyone[::7]:
        assert grad.evaluate(demo, g.tenant_id, on) == g
    some = [g.tenant_id for g in everyone[::3]]
    assert grad.evaluate_all(demo, on, some) == [g for g in everyone if g.tenant_id in set(some)]


def test_queries_do_not_grow_with_the_tenants(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        if args[2].lstrip().upper().startswith("SELECT"):
            statements.append(args[2])

    event.listen(demo.engine, "before_cursor_execute", count)
    try:
        monkeypatch.setattr(grad.engine, "CHUNK", 40)
        n = len(grad.evaluate_all(demo, TODAY, rules_=grad.GraduationRules()))
        chunked = len(statements)
        statements.clear()
        monkeypatch.setattr(grad.engine, "CHUNK", 10_000)
        assert len(grad.evaluate_all(demo, TODAY, rules_=grad.GraduationRules())) == n
        whole = len(statements)
    finally:
        event.remove(demo.engine, "before_cursor_execute", count)
    assert n == 150
    assert whole == 5  # the tenants, then for their one chunk: investment (2), revenue, ends
    assert chunked == 1 + 4 * -(-n // 40)


def test_evidence_is_put_into_words_only_when_read(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_desk.core import i18n

    calls: list[str] = []
    monkeypatch.setattr(i18n, "_translator", lambda _ctx, text: calls.append(text) or text)
    results = grad.evaluate_all(demo, TODAY)
    assert calls == []
    assert grad.candidates(results)[0].criteria[1].evidence
    assert calls


def row(g: grad.TenantGraduation, r: grad.GraduationRules) -> grad.GraduationRow:
    met = tuple(c.key for c in g.criteria if c.enabled and c.met)
    months, limit = g.months_in_incubation, g.limit_months
    return grad.GraduationRow(g.tenant_id, g.name, g.credit_code, months, limit, met)


def test_summary_counts_as_the_engine(demo: Database) -> None:
    for on in DAYS:
        for r in (grad.GraduationRules(), OTHER_RULES):
            results = grad.evaluate_all(demo, on, rules_=r)
            summary = grad.summary(demo, on, r)
            overdue = grad.overdue(results)
            assert summary.candidates == len(grad.candidates(results))
            assert summary.overdue == len(overdue)
            assert summary.longest_overdue_months == (
                overdue[0].months_in_incubation if overdue else None
            )
            assert grad.candidate_rows(demo, on, r) == [row(g, r) for g in grad.candidates(results)]
            assert grad.overdue_rows(demo, on, r) == [row(g, r) for g in overdue]


def test_cli_json_is_the_engines(demo: Database, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    path = demo.location.sqlite_path
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "incubator_desk",
            "--db",
            str(path),
            "graduation",
            "--json",
            "--all",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out) == [g.to_json() for g in grad.evaluate_all(demo)]


@pytest.mark.parametrize("on", DAYS[:2])
@pytest.mark.parametrize("r", [grad.GraduationRules(), OTHER_RULES])
def test_json_text_is_the_json_of_to_json(
    demo: Database, on: dt.date, r: grad.GraduationRules
) -> None:
    """The command line writes each tenant's JSON directly: the very text json.dumps writes
    for `to_json()`, for every tenant, in English and in another language."""
    import json

    from incubator_desk.core import i18n

    results = grad.evaluate_all(demo, on, rules_=r)
    assert len(results) > 100
    for lang in ("en", "other"):
        if lang == "other":  # a language whose words hold quotes, backslashes and Chinese
            i18n.set_translator(lambda _c, text: f'「{text}」 "\\ \t')
        try:
            expected = [json.dumps(g.to_json(), ensure_ascii=False) for g in results]
            assert list(grad.json_texts(results)) == expected
        finally:
            i18n.set_translator(lambda _c, text: text)


def test_json_text_of_odd_values() -> None:
    import json

    odd = grad.TenantGraduation(
        tenant_id=1,
        credit_code='91"\\x',
        name="名\n称 \u2028 😀 \x01",
        name_en="",
        stage=Stage.EXITED,
        industry="",
        entry_date=None,
        founded_on=None,
        months_in_incubation=None,
        limit_months=36,
        limit_date=None,
        overdue=False,
        admitted_within_limit=None,
        criteria=[
            grad.CriterionResult(
                "investment",
                False,
                True,
                "{total} received ({quarters}); threshold {limit}",
                (("total", Decimal("-0.4")), ("quarters", 'Q"1'), ("limit", "¥1")),
            ),
            grad.CriterionResult("listed", True, False, "Not listed, quoted or acquired"),
        ],
        criteria_met=0,
        min_criteria=1,
        eligible=False,
    )
    assert list(grad.json_texts([odd, odd])) == [json.dumps(odd.to_json(), ensure_ascii=False)] * 2
