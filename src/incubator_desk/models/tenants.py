"""Tenants, their people, tags, stage history, quarterly figures and investment received."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import (
    ExitReason,
    FounderType,
    ListingStatus,
    PersonRole,
    Sex,
    Stage,
    TaxpayerType,
)
from .base import Base, IdMixin, Versioned, str_enum, utcnow
from .system import LookupItem

tenant_tags = Table(
    "tenant_tags",
    Base.metadata,
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(IdMixin, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(64), unique=True)


class Tenant(IdMixin, Versioned, Base):
    """在孵企业: a company housed and served by the incubator."""

    __tablename__ = "tenants"
    __table_args__ = (
        Index("ix_tenants_stage", "stage"),
        # Holds what the Dashboard counts of the tenants in incubation.
        Index("ix_tenants_open_stage", "archived_at", "stage", "entry_date"),
        Index("ix_tenants_entry_date", "entry_date"),
        Index("ix_tenants_name_zh", "name_zh"),
    )

    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    founded_on: Mapped[dt.date | None]
    registered_capital: Mapped[Decimal | None]
    industry_id: Mapped[int | None] = mapped_column(ForeignKey("lookup_items.id"))
    tech_field_id: Mapped[int | None] = mapped_column(ForeignKey("lookup_items.id"))
    registration_type_id: Mapped[int | None] = mapped_column(ForeignKey("lookup_items.id"))
    # The section of 国民经济行业分类 (GB/T 4754) the Torch return asks for.
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("lookup_items.id"))
    park_address: Mapped[str] = mapped_column(String(200), default="")
    entry_date: Mapped[dt.date | None]
    planned_graduation_on: Mapped[dt.date | None]
    stage: Mapped[Stage] = mapped_column(str_enum(Stage), default=Stage.INCUBATING)
    exit_reason: Mapped[ExitReason | None] = mapped_column(str_enum(ExitReason))
    graduated_on: Mapped[dt.date | None]
    high_tech_enterprise: Mapped[bool] = mapped_column(default=False)
    high_tech_since: Mapped[dt.date | None]
    listing_status: Mapped[ListingStatus] = mapped_column(
        str_enum(ListingStatus), default=ListingStatus.NONE
    )
    listing_date: Mapped[dt.date | None]
    national_projects: Mapped[int] = mapped_column(default=0)
    taxpayer_type: Mapped[TaxpayerType | None] = mapped_column(str_enum(TaxpayerType))
    # The finest class of 国民经济行业分类 (GB/T 4754-2017): four digits, e.g. 6513.
    industry_code: Mapped[str] = mapped_column(String(8), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None]

    industry: Mapped[LookupItem | None] = relationship(foreign_keys=[industry_id])
    tech_field: Mapped[LookupItem | None] = relationship(foreign_keys=[tech_field_id])
    registration_type: Mapped[LookupItem | None] = relationship(foreign_keys=[registration_type_id])
    sector: Mapped[LookupItem | None] = relationship(foreign_keys=[sector_id])
    tags: Mapped[list[Tag]] = relationship(secondary=tenant_tags)
    people: Mapped[list[Person]] = relationship(back_populates="tenant")
    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="tenant", order_by="StageChange.changed_on"
    )
    snapshots: Mapped[list[KpiSnapshot]] = relationship(
        back_populates="tenant", order_by="(KpiSnapshot.year, KpiSnapshot.quarter)"
    )


class Person(IdMixin, Versioned, Base):
    """A founder or contact of a tenant, with the flags the Torch statistics ask for."""

    __tablename__ = "people"

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    role: Mapped[PersonRole] = mapped_column(str_enum(PersonRole), default=PersonRole.CONTACT)
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    is_primary_contact: Mapped[bool] = mapped_column(default=False)
    student_founder: Mapped[bool] = mapped_column(default=False)
    returnee: Mapped[bool] = mapped_column(default=False)
    serial_entrepreneur: Mapped[bool] = mapped_column(default=False)
    talent_programme: Mapped[bool] = mapped_column(default=False)
    founder_type: Mapped[FounderType | None] = mapped_column(str_enum(FounderType))
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex))
    archived_at: Mapped[dt.datetime | None]

    tenant: Mapped[Tenant] = relationship(back_populates="people")


class StageChange(IdMixin, Base):
    """One move along the incubation chain: when, to which stage, why and who recorded it."""

    __tablename__ = "stage_changes"

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    from_stage: Mapped[Stage | None] = mapped_column(str_enum(Stage))
    to_stage: Mapped[Stage] = mapped_column(str_enum(Stage))
    changed_on: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(Text, default="")
    exit_reason: Mapped[ExitReason | None] = mapped_column(str_enum(ExitReason))
    # On graduation: which criteria were met ("high_tech", "investment", "revenue", "listed"),
    # so reports can group graduates by criterion.
    graduation_criteria: Mapped[list[str] | None] = mapped_column(JSON)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    tenant: Mapped[Tenant] = relationship(back_populates="stage_changes")


class KpiSnapshot(IdMixin, Versioned, Base):
    """经营数据: a tenant's figures for one quarter. Money in yuan (exact)."""

    __tablename__ = "kpi_snapshots"
    __table_args__ = (
        UniqueConstraint("tenant_id", "year", "quarter"),
        Index("ix_kpi_snapshots_period", "year", "quarter"),
        # Revenue added up by tenant and year from the index alone (the graduation rules)
        Index("ix_kpi_snapshots_revenue", "tenant_id", "year", "quarter", "revenue"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),
    )

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    year: Mapped[int]
    quarter: Mapped[int]
    staff_total: Mapped[int | None]
    staff_rd: Mapped[int | None]
    staff_phd: Mapped[int | None]
    staff_master: Mapped[int | None]
    staff_bachelor: Mapped[int | None]
    staff_college: Mapped[int | None] = mapped_column(
        doc="staff with a college (大专) education or above, degree holders included"
    )
    staff_returnees: Mapped[int | None]
    fresh_graduates_hired: Mapped[int | None]
    revenue: Mapped[Decimal | None]
    net_profit: Mapped[Decimal | None]
    export_value: Mapped[Decimal | None]
    rd_spend: Mapped[Decimal | None]
    taxes_paid: Mapped[Decimal | None]
    invention_applications: Mapped[int | None]
    invention_grants: Mapped[int | None]
    utility_models: Mapped[int | None]
    designs: Mapped[int | None]
    software_copyrights: Mapped[int | None]
    valid_invention_patents: Mapped[int | None]
    ic_layouts: Mapped[int | None]
    tech_contracts_count: Mapped[int | None]
    tech_contracts_value: Mapped[Decimal | None]
    awards: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    tenant: Mapped[Tenant] = relationship(back_populates="snapshots")


class InvestmentReceived(IdMixin, Versioned, Base):
    """Outside investment a tenant reports for a quarter (investor, amount, round).

    Keyed by tenant and quarter rather than hung off a snapshot, so an investment can be
    recorded before the quarter's other figures, and removing figures never removes money
    the graduation rule ("cumulative investment over ¥5,000,000") counts.
    """

    __tablename__ = "investments_received"
    __table_args__ = (
        Index("ix_investments_received_tenant_period", "tenant_id", "year", "quarter"),
        CheckConstraint("quarter BETWEEN 1 AND 4", name="quarter_range"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    year: Mapped[int]
    quarter: Mapped[int]
    investor: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal]
    round: Mapped[str] = mapped_column(String(40), default="")
    received_on: Mapped[dt.date | None]
