"""The government statistics return (火炬统计): a tenant's annual figures and qualifications,
and the incubator's own figures for a year that no other record holds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.vocabularies import QualificationKind
from .base import Base, IdMixin, Versioned, str_enum


class AnnualReturn(IdMixin, Versioned, Base):
    """A tenant's figures for one year as the return asks them. Money in yuan (exact).

    Every figure may be unknown (None): the pre-export check lists what is missing, and the
    return falls back on the quarterly figures where a quarter holds the same figure.
    """

    __tablename__ = "annual_returns"
    __table_args__ = (
        UniqueConstraint("tenant_id", "year"),
        Index("ix_annual_returns_year", "year"),
    )

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    year: Mapped[int]
    # Intellectual property: this year's applications and grants, valid holdings at year end
    ip_applications: Mapped[int | None]
    ip_applications_invention: Mapped[int | None]
    ip_grants: Mapped[int | None]
    ip_grants_invention: Mapped[int | None]
    ip_valid: Mapped[int | None]
    ip_valid_invention: Mapped[int | None]
    software_copyrights: Mapped[int | None]
    ic_layouts: Mapped[int | None]
    plant_varieties: Mapped[int | None]
    foreign_patents_bought: Mapped[int | None]
    # Staff at year end
    staff_total: Mapped[int | None]
    staff_phd: Mapped[int | None]
    staff_master: Mapped[int | None]
    staff_college: Mapped[int | None]
    staff_returnees: Mapped[int | None]
    staff_talent: Mapped[int | None]
    graduates_hired: Mapped[int | None]
    # Money for the year
    revenue: Mapped[Decimal | None]
    net_profit: Mapped[Decimal | None]
    taxes_paid: Mapped[Decimal | None]
    export_value: Mapped[Decimal | None]
    rd_spend: Mapped[Decimal | None]
    investment_received: Mapped[Decimal | None]
    investment_from_incubator: Mapped[Decimal | None]
    bank_loans: Mapped[Decimal | None]
    government_grants: Mapped[Decimal | None]
    # Technology contracts, programmes and awards
    tech_contracts_count: Mapped[int | None]
    tech_contracts_value: Mapped[Decimal | None]
    national_programmes: Mapped[int | None]
    provincial_awards: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class Qualification(IdMixin, Versioned, Base):
    """A recognition a tenant holds (高新技术企业, 科技型中小企业…) with its certificate.

    One row per tenant and kind: the one it holds now. The High-Tech Enterprise flag and date
    the graduation rules read stay on the tenant; this row adds its certificate number.
    """

    __tablename__ = "qualifications"
    __table_args__ = (UniqueConstraint("tenant_id", "kind"),)

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    kind: Mapped[QualificationKind] = mapped_column(str_enum(QualificationKind))
    certificate_no: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date | None]


class IncubatorYear(IdMixin, Versioned, Base):
    """The incubator's own figures for a year (运营综合情况) that no other record holds,
    entered in Settings. Money in yuan; areas in m². None: not entered (areas and the fund
    are then computed from the spaces and funds)."""

    __tablename__ = "incubator_years"
    __table_args__ = (
        UniqueConstraint("year"),
        CheckConstraint("year BETWEEN 1990 AND 2200", name="year_range"),
    )

    year: Mapped[int]
    income_services: Mapped[Decimal | None]
    income_property: Mapped[Decimal | None]
    income_investment: Mapped[Decimal | None]
    income_other: Mapped[Decimal | None]
    government_support: Mapped[Decimal | None]
    net_profit: Mapped[Decimal | None]
    taxes_paid: Mapped[Decimal | None]
    staff_total: Mapped[int | None]
    staff_professional: Mapped[int | None]
    staff_college: Mapped[int | None]
    staff_returnees: Mapped[int | None]
    area_total: Mapped[Decimal | None] = mapped_column(
        Numeric(12, 2), doc="m² under its control, when more than its units"
    )
    area_public: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), doc="m² of public services")
    incubation_fund: Mapped[Decimal | None] = mapped_column(doc="when not the funds' total")
    notes: Mapped[str] = mapped_column(Text, default="")
