"""What the demo tenants report for the statistics return beyond their quarterly figures.

Drawn from a generator of each tenant's own (seeded by the run's seed and the tenant), so
adding these figures leaves every other demo record as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...core.vocabularies import (
    DisbursementStatus,
    FounderType,
    QualificationKind,
    Sex,
    TaxpayerType,
)
from ...models import (
    AnnualReturn,
    Disbursement,
    FundApplication,
    IncubatorYear,
    InvestmentReceived,
    KpiSnapshot,
    Qualification,
    Setting,
    Tenant,
)
from .run import DemoRun
from .writer import table_of

# Plausible classes of GB/T 4754-2017 for each demo industry.
INDUSTRY_CLASSES: dict[str, tuple[str, ...]] = {
    "it": ("6513", "6511", "6550", "6450"),
    "ic_design": ("6520",),
    "biomedicine": ("2761", "2720", "7340"),
    "medical_devices": ("3581", "3589"),
    "new_energy": ("3841", "3825"),
    "new_materials": ("3985", "2661"),
    "manufacturing": ("3491", "3562"),
    "agriculture": ("0190",),
    "digital_creative": ("6572", "6579"),
    "fintech": ("6513", "6450"),
    "environment": ("7721", "7723"),
    "aerospace": ("3741",),
}


def side_rng(seed: int, tenant_id: int, salt: int = 0) -> random.Random:
    return random.Random(seed * 1_000_003 + tenant_id * 7 + salt)


def tenant_profile(seed: int, tenant_id: int, industry: str) -> tuple[TaxpayerType, str]:
    """The tenant's taxpayer type and GB/T 4754 class."""
    rng = side_rng(seed, tenant_id)
    taxpayer = TaxpayerType.GENERAL if rng.random() < 0.55 else TaxpayerType.SMALL_SCALE
    classes = INDUSTRY_CLASSES.get(industry, ("7320",))
    return taxpayer, classes[int(rng.random() * len(classes))]


def founder_profile(
    seed: int, tenant_id: int, student: bool, returnee: bool, serial: bool
) -> tuple[FounderType, Sex]:
    """The main founder's type (consistent with their flags) and sex."""
    rng = side_rng(seed, tenant_id, 1)
    sex = Sex.FEMALE if rng.random() < 0.3 else Sex.MALE
    x = rng.random()
    if student:
        kind = FounderType.STUDENT
    elif returnee:
        kind = FounderType.RETURNEE
    elif serial:
        kind = FounderType.SERIAL
    elif x < 0.45:
        kind = FounderType.RESEARCHER
    elif x < 0.6:
        kind = FounderType.EXECUTIVE
    else:
        kind = FounderType.OTHER
    return kind, sex


# --- the year's return, per tenant, and the incubator's own year -------------------------------

_FLOWS = (
    "revenue", "net_profit", "export_value", "rd_spend", "taxes_paid", "tech_contracts_count",
    "tech_contracts_value", "fresh_graduates_hired", "invention_applications",
    "invention_grants", "software_copyrights",
)  # fmt: skip
_STOCKS = (
    "staff_total", "staff_phd", "staff_master", "staff_college", "staff_returnees",
    "valid_invention_patents", "ic_layouts",
)  # fmt: skip
ANNUAL_COLUMNS = (
    "id", "tenant_id", "year", "ip_applications", "ip_applications_invention", "ip_grants",
    "ip_grants_invention", "ip_valid", "ip_valid_invention", "software_copyrights", "ic_layouts",
    "plant_varieties", "foreign_patents_bought", "staff_total", "staff_phd", "staff_master",
    "staff_college", "staff_returnees", "staff_talent", "graduates_hired", "revenue",
    "net_profit", "taxes_paid", "export_value", "rd_spend", "investment_received",
    "investment_from_incubator", "bank_loans", "government_grants", "tech_contracts_count",
    "tech_contracts_value", "national_programmes", "provincial_awards", "notes",
)  # fmt: skip
YEAR_COLUMNS = (
    "id", "year", "income_services", "income_property", "income_investment", "income_other",
    "government_support", "net_profit", "taxes_paid", "staff_total", "staff_professional",
    "staff_college", "staff_returnees", "area_total", "area_public", "incubation_fund", "notes",
)  # fmt: skip
OPERATING_SINCE = "2016-05-18"


def _yuan(x: float) -> Decimal:
    return Decimal(int(x / 100) * 100)


def _fen(value: Decimal | None) -> int | None:
    """Money as the bulk writer takes it: whole fen."""
    return None if value is None else int(value * 100)


def write_returns(run: DemoRun, first_tenant: int) -> None:
    """The annual return of the last two years for every tenant of this run (ids from
    `first_tenant` on) with figures in them, their qualifications, and the incubator's own
    figures and start of operation where the database has none yet."""
    conn, w = run.conn, run.writer
    years = (run.today_date.year - 1, run.today_date.year)
    snap = table_of(KpiSnapshot)
    sums: dict[tuple[int, int], dict[str, Any]] = {}
    for row in conn.execute(
        select(snap.c.tenant_id, snap.c.year, *(snap.c[k] for k in _FLOWS + _STOCKS))
        .where(snap.c.year.in_(years), snap.c.tenant_id >= first_tenant)
        .order_by(snap.c.tenant_id, snap.c.year, snap.c.quarter)
    ):
        tid, year, *values = row
        acc = sums.setdefault((tid, year), {})
        for key, value in zip(_FLOWS + _STOCKS, values, strict=True):
            if value is None:
                continue
            acc[key] = (acc.get(key) or 0) + value if key in _FLOWS else value
    inv = table_of(InvestmentReceived)
    invested = {
        (tid, year): Decimal(amount)
        for tid, year, amount in conn.execute(
            select(inv.c.tenant_id, inv.c.year, func.sum(inv.c.amount))
            .where(inv.c.year.in_(years))
            .group_by(inv.c.tenant_id, inv.c.year)
        )
    }
    d, fa = table_of(Disbursement), table_of(FundApplication)
    from_fund: dict[tuple[int, int], Decimal] = {}
    for tid, paid_on, amount in conn.execute(
        select(fa.c.tenant_id, d.c.paid_on, d.c.amount)
        .join(fa, fa.c.id == d.c.application_id)
        .where(d.c.status == DisbursementStatus.PAID.value, d.c.paid_on.is_not(None))
    ):
        day = paid_on if isinstance(paid_on, dt.date) else dt.date.fromisoformat(str(paid_on))
        if day.year in years:
            paid = (tid, day.year)
            from_fund[paid] = from_fund.get(paid, Decimal(0)) + Decimal(amount)
    rows: list[tuple[Any, ...]] = []
    keys = sorted(sums)
    first = w.reserve(table_of(AnnualReturn), len(keys))
    for n, (tid, year) in enumerate(keys):
        rows.append((first + n, tid, year, *_annual(run.seed, tid, year, sums[(tid, year)],
                     invested.get((tid, year)), from_fund.get((tid, year)))))  # fmt: skip
    w.write(table_of(AnnualReturn), ANNUAL_COLUMNS, rows)
    _write_qualifications(run, first_tenant)
    yt = table_of(IncubatorYear)
    have = set(conn.scalars(select(yt.c.year)))
    todo = [y for y in years if y not in have]
    first = w.reserve(yt, len(todo))
    yrows = []
    for i, year in enumerate(todo):
        rng = side_rng(run.seed, 0, year)
        yrows.append((
            first + i, year, *(_fen(_yuan(lo + rng.random() * span)) for lo, span in (
                (2_200_000, 800_000), (4_800_000, 1_200_000), (400_000, 600_000),
                (150_000, 100_000), (900_000, 600_000), (600_000, 400_000), (380_000, 120_000),
            )),
            26, 21 + int(rng.random() * 3), 25, 3, None, None, None, "",
        ))  # fmt: skip
    w.write(yt, YEAR_COLUMNS, yrows)
    st = table_of(Setting)
    if not conn.scalar(select(func.count()).where(st.c.key == "self_assessment")):
        w.write(st, ("key", "value"), [("self_assessment", {"operating_since": OPERATING_SINCE})])


def _annual(
    seed: int,
    tid: int,
    year: int,
    q: dict[str, Any],
    invested: Decimal | None,
    from_fund: Decimal | None,
) -> tuple[Any, ...]:
    rng = side_rng(seed, tid, year)
    rnd = rng.random

    def money(key: str) -> Decimal | None:
        v = q.get(key)
        return None if v is None else Decimal(v)

    revenue, rd = money("revenue"), money("rd_spend")
    if revenue is not None and rd is not None and revenue > 0 and rd > revenue and rnd() < 0.93:
        rd = _yuan(float(revenue) * (0.25 + rnd() * 0.6))  # most report R&D within revenue
    staff = q.get("staff_total")
    apps_inv, grants_inv = q.get("invention_applications"), q.get("invention_grants")
    valid_inv, soft = q.get("valid_invention_patents"), q.get("software_copyrights")
    apps = None if apps_inv is None else apps_inv + int(rnd() * 4)
    grants = None if grants_inv is None else grants_inv + int(rnd() * 3)
    valid = None if valid_inv is None else valid_inv + (soft or 0) + int(rnd() * 3)
    inv = invested
    if from_fund is not None:
        inv = max(inv or Decimal(0), from_fund)
    loans = _yuan(500_000 + rnd() * 2_500_000) if rnd() < 0.08 else None
    grants_gov = _yuan(50_000 + rnd() * 450_000) if rnd() < 0.3 else None
    return (
        apps, apps_inv, grants, grants_inv, valid, valid_inv, soft, q.get("ic_layouts"),
        1 if rnd() < 0.02 else 0, 1 if rnd() < 0.02 else 0, staff, q.get("staff_phd"),
        q.get("staff_master"), q.get("staff_college"), q.get("staff_returnees"),
        None if staff is None else int(staff * rnd() * 0.06), q.get("fresh_graduates_hired"),
        _fen(revenue), _fen(money("net_profit")), _fen(money("taxes_paid")),
        _fen(money("export_value")), _fen(rd), _fen(inv), _fen(from_fund), _fen(loans),
        _fen(grants_gov), q.get("tech_contracts_count"), _fen(money("tech_contracts_value")),
        1 if rnd() < 0.03 else 0, 1 if rnd() < 0.05 else 0, "",
    )  # fmt: skip


def _write_qualifications(run: DemoRun, first_tenant: int) -> None:
    t = table_of(Tenant)
    rows: list[tuple[Any, ...]] = []
    for tid, hte, since in run.conn.execute(
        select(t.c.id, t.c.high_tech_enterprise, t.c.high_tech_since)
        .where(t.c.id >= first_tenant)
        .order_by(t.c.id)
    ):
        rng = side_rng(run.seed, tid, 2)
        rnd = rng.random
        if hte and rnd() < 0.85:
            year = str(since)[:4] if since else "2023"
            rows.append((tid, QualificationKind.HIGH_TECH, f"GR{year}44{int(rnd() * 1e6):06d}",
                         since))  # fmt: skip
        if rnd() < 0.35:
            number = f"{run.today_date.year - 1}4403{int(rnd() * 1e4):04d}{int(rnd() * 1e6):06d}"
            rows.append((tid, QualificationKind.TECH_SME, number, None))
        if rnd() < 0.1:
            rows.append((tid, QualificationKind.INNOVATIVE_SME, "", None))
        if rnd() < 0.05:
            rows.append((tid, QualificationKind.SPECIALISED_SME, "", None))
        if rnd() < 0.012:
            rows.append((tid, QualificationKind.LITTLE_GIANT, "", None))
    qt = table_of(Qualification)
    first = run.writer.reserve(qt, len(rows))
    rows = [(first + i, *r) for i, r in enumerate(rows)]
    run.writer.write(qt, ("id", "tenant_id", "kind", "certificate_no", "issued_on"), rows)
