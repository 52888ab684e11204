"""What a tenant's reports say about it: profile, stage history, spaces held, and funding."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.vocabularies import (
    AllocationStatus,
    ApplicationStatus,
    ListingStatus,
    PersonRole,
    Stage,
)
from ...db import Database
from ...models import (
    Allocation,
    Building,
    Fund,
    FundApplication,
    Person,
    StageChange,
    Tenant,
    Unit,
)
from .. import dashboard_figures, funding

# Fund applications on their way to money: the pipeline a progress report lists.
PIPELINE = dashboard_figures.PIPELINE


@dataclass(frozen=True)
class TenantProfile:
    id: int
    name_zh: str
    name_en: str
    credit_code: str
    founded_on: dt.date | None
    entry_date: dt.date | None
    registered_capital: Decimal | None
    industry_zh: str
    industry_en: str
    tech_field_zh: str
    tech_field_en: str
    stage: Stage
    graduated_on: dt.date | None
    address: str
    high_tech: bool
    listing: ListingStatus
    founders: list[str]

    def name(self, lang: str) -> str:
        return self.name_en or self.name_zh if lang == "en" else self.name_zh

    def industry(self, lang: str) -> str:
        return self.industry_en if lang == "en" else self.industry_zh


@dataclass(frozen=True)
class StageRow:
    on: dt.date
    from_stage: Stage | None
    to_stage: Stage
    reason: str


@dataclass(frozen=True)
class SpaceRow:
    unit: str
    building: str
    area_m2: Decimal
    desks: int | None
    start: dt.date
    end: dt.date | None
    status: AllocationStatus


def tenant_profile(db: Database, tenant_id: int) -> TenantProfile:
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That tenant no longer exists."))
        founders = [
            p.name
            for p in s.scalars(
                select(Person)
                .where(
                    Person.tenant_id == tenant_id,
                    Person.role.in_(
                        (
                            PersonRole.FOUNDER,
                            PersonRole.CO_FOUNDER,
                            PersonRole.LEGAL_REPRESENTATIVE,
                        )
                    ),
                    Person.archived_at.is_(None),
                )
                .order_by(Person.id)
            )
        ]
        return TenantProfile(
            id=t.id,
            name_zh=t.name_zh,
            name_en=t.name_en or "",
            credit_code=t.credit_code or "",
            founded_on=t.founded_on,
            entry_date=t.entry_date,
            registered_capital=t.registered_capital,
            industry_zh=t.industry.name_zh if t.industry else "",
            industry_en=t.industry.name_en if t.industry else "",
            tech_field_zh=t.tech_field.name_zh if t.tech_field else "",
            tech_field_en=t.tech_field.name_en if t.tech_field else "",
            stage=Stage(t.stage),
            graduated_on=t.graduated_on,
            address=t.park_address or "",
            high_tech=t.high_tech_enterprise,
            listing=ListingStatus(t.listing_status),
            founders=founders,
        )


def stage_history(db: Database, tenant_id: int) -> list[StageRow]:
    with db.read() as s:
        return [
            StageRow(c.changed_on, c.from_stage, c.to_stage, c.reason)
            for c in s.scalars(
                select(StageChange)
                .where(StageChange.tenant_id == tenant_id)
                .order_by(StageChange.changed_on, StageChange.id)
            )
        ]


def spaces_held(db: Database, tenant_id: int) -> list[SpaceRow]:
    with db.read() as s:
        rows = s.execute(
            select(Allocation, Unit.code, Unit.area_m2, Building.code)
            .join(Unit, Unit.id == Allocation.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .where(
                Allocation.tenant_id == tenant_id,
                Allocation.status != AllocationStatus.CANCELLED,
            )
            .order_by(Allocation.start_date)
        )
        return [
            SpaceRow(code, bcode, Decimal(area), a.desks, a.start_date, a.end_date, a.status)
            for a, code, area, bcode in rows
        ]


@dataclass(frozen=True)
class InvestmentLine:
    on: dt.date
    source: str
    amount: Decimal
    kind: str  # "outside" or "fund"


@dataclass(frozen=True)
class ApplicationLine:
    fund: str
    amount_requested: Decimal
    amount_approved: Decimal | None
    status: ApplicationStatus
    since: dt.date


@dataclass(frozen=True)
class FundingSummary:
    outside: Decimal
    from_funds: Decimal
    total: Decimal
    lines: list[InvestmentLine]
    applications: list[ApplicationLine]


def funding_summary(db: Database, tenant_id: int, up_to: dt.date | None = None) -> FundingSummary:
    """Investment received up to `up_to` (the funding area's figure) and fund applications."""
    inv = funding.cumulative_investment(db, tenant_id, up_to)
    lines = [InvestmentLine(x.date, x.source, x.amount, x.kind) for x in inv.sources]
    with db.read() as s:
        apps = [
            ApplicationLine(
                name, a.amount_requested, a.amount_approved, a.status, a.status_since.date()
            )
            for a, name in s.execute(
                select(FundApplication, Fund.name)
                .join(Fund, Fund.id == FundApplication.fund_id)
                .where(
                    FundApplication.tenant_id == tenant_id,
                    FundApplication.status != ApplicationStatus.DRAFT,
                )
                .order_by(FundApplication.status_since)
            )
        ]
    return FundingSummary(inv.outside, inv.from_funds, inv.total, lines, apps)
