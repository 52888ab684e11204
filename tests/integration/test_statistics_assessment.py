"""The self-assessment against the national levels: every criterion met and not met with its
evidence, thresholds kept as data with their sources, levels built on one another."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.money import MoneyUnit
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.services import statistics as st
from incubator_desk.services import tenants as svc
from incubator_desk.services.demo import generate_demo

YEAR = 2026
# Metrics whose evidence is the tenants they count.
COUNTED = {
    "financed_share", "fund_cases", "ip_applied_share", "ip_valid_share", "tenants",
    "graduates_total", "equity_share", "investment_share", "growth_share", "high_tech_share",
}  # fmt: skip
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("assess") / "demo.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    generate_demo(db, tenants=80, seed=3, today=TODAY)
    yield db
    db.dispose()


def _with(db: Database, key: str, threshold: Decimal) -> st.CriterionResult:
    s = st.assessment_settings(db)
    criteria = [replace(c, threshold=threshold) if c.key == key else c for c in s.criteria]
    st.save_assessment_settings(db, s.operating_since, criteria, s.version)
    found = [r for lv in st.assess(db, YEAR).levels for r in lv.results if r.key == key]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("key", [c.key for c in st.DEFAULT_CRITERIA])
def test_each_criterion_is_met_at_its_value_and_not_above_it(demo: Database, key: str) -> None:
    c = next(c for c in st.DEFAULT_CRITERIA if c.key == key)
    value = st.readings(demo, YEAR, st.assessment_settings(demo))[c.metric].value
    assert value is not None, f"the demo gives {c.metric} a value"
    at = _with(demo, key, value)
    assert at.met is True and at.reading.value == value
    # The evidence: the tenants counted (as many as the figure says), or where it comes from.
    if c.metric in COUNTED:
        n = len(at.reading.tenants)
        if st.METRICS[c.metric].unit == "%":
            open_tenants = len(
                st.readings(demo, YEAR, st.assessment_settings(demo))["tenants"].tenants
            )
            assert value == (Decimal(n) * 100 / open_tenants).quantize(Decimal("0.1"))
        else:
            assert value == n
    else:
        assert at.reading.detail_text()
    above = _with(demo, key, value + Decimal("0.5"))
    assert above.met is False
    assert at.criterion.source  # every threshold names its source
    _with(demo, key, c.threshold)  # back to the default


def test_the_defaults_name_their_source_and_what_is_uncertain() -> None:
    for c in st.DEFAULT_CRITERIA:
        if c.level is st.Level.NATIONAL_2018:
            assert "国科发区〔2018〕300号" in c.source
        else:
            assert "工信部科〔2025〕131号" in c.source and c.note.startswith("Uncertain")
    assert {c.level for c in st.DEFAULT_CRITERIA} == set(st.Level)


def test_shares_count_the_tenants_they_name(db: Database) -> None:
    ids = []
    for n, code in enumerate(("914403001922038216", "91440300708461136T", "91440300MA5DC1HB28")):
        ids.append(
            svc.create_tenant(
                db,
                svc.TenantInput(
                    name_zh=f"企业{n}", credit_code=code, entry_date=dt.date(2024, 1, 1)
                ),
            )
        )
    st.save_tenant_return(
        db, ids[0], YEAR, {"ip_applications": "2", "revenue": "130", "high_tech": True}
    )
    st.save_tenant_return(db, ids[0], YEAR - 1, {"revenue": "100"})
    st.save_tenant_return(db, ids[1], YEAR, {"ip_valid": "1", "revenue": "110", "bank_loans": "5"})
    st.save_tenant_return(db, ids[1], YEAR - 1, {"revenue": "100"})
    st.save_incubator_year(
        db, YEAR, {"income_services": "30", "income_property": "70"}, unit=MoneyUnit.THOUSAND
    )
    reads = st.readings(db, YEAR, st.assessment_settings(db))
    assert reads["tenants"].value == 3
    assert reads["ip_applied_share"].tenants == ("企业0",)
    assert reads["ip_applied_share"].value == Decimal("33.3")
    assert set(reads["ip_valid_share"].tenants) == {"企业1"}
    assert reads["growth_share"].tenants == ("企业0",)  # 130 against 100; 企业1 grew 10%
    assert reads["investment_share"].tenants == ("企业1",)  # a bank loan counts
    assert reads["high_tech_share"].tenants == ("企业0",)
    assert reads["non_rent_share"].value == Decimal("30.00")
    assert reads["operating_years"].value is None  # not entered: the criterion is not known
    a = st.assess(db, YEAR)
    national = a.levels[0]
    assert national.reached is False  # 3 tenants, not 50
    operating = next(r for r in national.results if r.key == "n18_operating")
    assert operating.met is None and "Settings" in operating.reading.detail_text()


def test_alternatives_and_levels_that_build_on_each_other(demo: Database) -> None:
    s = st.assessment_settings(demo)
    easy = [replace(c, threshold=Decimal(0)) for c in s.criteria]
    st.save_assessment_settings(demo, s.operating_since, easy, s.version)
    levels = st.assess(demo, YEAR).levels
    assert [lv.reached for lv in levels] == [True, True, True]
    s = st.assessment_settings(demo)
    # One of the two IP criteria out of reach: the pair is still met.
    criteria = [
        replace(c, threshold=Decimal(100)) if c.key == "n18_ip_applied" else c for c in s.criteria
    ]
    st.save_assessment_settings(demo, s.operating_since, criteria, s.version)
    assert st.assess(demo, YEAR).levels[0].reached is True
    # The national level missed: the MIIT levels built on it are missed too.
    s = st.assessment_settings(demo)
    criteria = [
        replace(c, threshold=Decimal(10**6)) if c.key == "n18_tenants" else c for c in s.criteria
    ]
    st.save_assessment_settings(demo, s.operating_since, criteria, s.version)
    assert [lv.reached for lv in st.assess(demo, YEAR).levels] == [False, False, False]
    # A criterion taken out of use is not assessed.
    s = st.assessment_settings(demo)
    criteria = [replace(c, enabled=False) if c.key == "n18_tenants" else c for c in s.criteria]
    st.save_assessment_settings(demo, s.operating_since, criteria, s.version)
    assert st.assess(demo, YEAR).levels[0].reached is True
    s = st.assessment_settings(demo)
    st.save_assessment_settings(demo, s.operating_since, list(st.DEFAULT_CRITERIA), s.version)


def test_thresholds_are_validated_and_kept_with_their_source(db: Database) -> None:
    s = st.assessment_settings(db)
    bad = [
        replace(c, threshold=Decimal(-1)) if c.key == "n18_area" else
        replace(c, threshold=Decimal(120)) if c.key == "n18_area_used" else
        replace(c, source=" ") if c.key == "n18_fund" else c
        for c in s.criteria
    ]  # fmt: skip
    with pytest.raises(ValidationError) as err:
        st.save_assessment_settings(db, dt.date(2030, 1, 1), bad, s.version)
    assert set(err.value.fields) == {"n18_area", "n18_area_used", "n18_fund", "operating_since"}
    mine = [
        replace(c, threshold=Decimal(30), source="深圳市孵化器认定办法 2025", note="专业孵化器")
        if c.key == "n18_tenants"
        else c
        for c in s.criteria
    ]
    st.save_assessment_settings(db, dt.date(2019, 5, 1), mine, s.version)
    again = st.assessment_settings(db)
    tenants = next(c for c in again.criteria if c.key == "n18_tenants")
    assert (tenants.threshold, tenants.source, tenants.note) == (
        Decimal(30),
        "深圳市孵化器认定办法 2025",
        "专业孵化器",
    )
    assert again.operating_since == dt.date(2019, 5, 1)


def test_assessment_as_json_names_evidence(demo: Database, tmp_path: Path) -> None:
    data = st.assess(demo, YEAR).to_json()
    assert data["year"] == YEAR and len(data["levels"]) == 3
    first = data["levels"][0]["criteria"][0]
    assert {"threshold", "value", "met", "evidence", "source", "note"} <= set(first)


def _same(db: Database, year: int) -> None:
    """The readings read alone are those of the incubator table and every tenant's return."""
    settings = st.assessment_settings(db)
    table = st.incubator_table(db, year)
    assert st.readings(db, year, settings) == st.readings(db, year, settings, table)
    alone, whole = st.assess(db, year), st.assess(db, year, table)
    assert alone == whole and alone.to_json() == whole.to_json()


@pytest.mark.parametrize("year", [YEAR - 3, YEAR - 2, YEAR - 1, YEAR])
def test_the_assessment_reads_what_the_whole_return_says(demo: Database, year: int) -> None:
    _same(demo, year)  # the demo enters the last two years' returns, the earlier come from quarters


def test_entered_figures_count_before_the_quarterly_ones(db: Database) -> None:
    """A figure entered for the year counts, even 0, before the one the quarters give; what
    is not entered comes from the quarters; archived tenants and other years do not count."""
    generate_demo(db, tenants=60, seed=5, today=TODAY)
    year = YEAR - 2  # the demo's returns of that year are all from the quarterly figures
    returns = st.tenant_returns(db, year)
    assert len(returns) > 20
    quarterly = [r for r in returns if r.values["software_copyrights"]]
    assert quarterly and all("software_copyrights" in r.derived for r in quarterly)
    zero = {
        k: "0"
        for k in (
            "ip_valid_invention", "software_copyrights", "ic_layouts", "revenue", "rd_spend",
            "investment_received", "ip_applications_invention",
        )
    }  # fmt: skip
    for r in quarterly[:3]:
        st.save_tenant_return(db, r.tenant_id, year, zero)
    st.save_tenant_return(db, returns[-1].tenant_id, year, {"investment_from_incubator": "7"})
    st.save_tenant_return(db, returns[-2].tenant_id, year, {"bank_loans": "12", "ip_valid": "2"})
    st.save_tenant_return(db, returns[-3].tenant_id, year - 1, {"revenue": "1", "rd_spend": "1"})
    # Stocks are read at the last quarter that recorded them: a fourth quarter without them
    # keeps the third's valid patents and layouts (software copyrights entered as none).
    held = next(r for r in returns[3:-4] if (r.values["ip_valid_invention"] or 0) > 0)
    st.save_tenant_return(db, held.tenant_id, year, {"software_copyrights": "0", "ip_valid": "0"})
    svc.save_figures(db, held.tenant_id, year, 4, {"revenue": Decimal(1)})
    assert (st.tenant_return(db, held.tenant_id, year).values["ip_valid_invention"] or 0) > 0
    gone = returns[-4].tenant_id
    svc.archive_tenant(db, gone, svc.get_tenant(db, gone).version)
    st.save_incubator_year(db, year, {"area_total": "50000", "staff_total": "9"})
    for each in (year - 1, year, year + 1):
        _same(db, each)
    reads = st.readings(db, year, st.assessment_settings(db))
    for r in quarterly[:3]:
        assert r.name not in reads["ip_valid_share"].tenants
    assert returns[-2].name in reads["ip_valid_share"].tenants
    assert held.name in reads["ip_valid_share"].tenants
    assert returns[-2].name in reads["investment_share"].tenants
    assert returns[-1].name in reads["equity_share"].tenants
    assert returns[-3].name in reads["growth_share"].tenants
    assert returns[-4].name not in reads["tenants"].tenants
    assert reads["area_total"].value == Decimal(50000)
