"""statistics return: a tenant's annual figures, its qualifications, the incubator's own
figures for a year; founders' type and sex; tenants' taxpayer type and GB/T 4754 class

New tables and new nullable (or empty-string) columns only: nothing existing changes. Money is
whole fen (BIGINT), as everywhere.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 19:10:46.825730
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incubator_years",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("income_services", sa.BigInteger(), nullable=True),
        sa.Column("income_property", sa.BigInteger(), nullable=True),
        sa.Column("income_investment", sa.BigInteger(), nullable=True),
        sa.Column("income_other", sa.BigInteger(), nullable=True),
        sa.Column("government_support", sa.BigInteger(), nullable=True),
        sa.Column("net_profit", sa.BigInteger(), nullable=True),
        sa.Column("taxes_paid", sa.BigInteger(), nullable=True),
        sa.Column("staff_total", sa.Integer(), nullable=True),
        sa.Column("staff_professional", sa.Integer(), nullable=True),
        sa.Column("staff_college", sa.Integer(), nullable=True),
        sa.Column("staff_returnees", sa.Integer(), nullable=True),
        sa.Column("area_total", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("area_public", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("incubation_fund", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "year BETWEEN 1990 AND 2200", name=op.f("ck_incubator_years_year_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incubator_years")),
        sa.UniqueConstraint("year", name=op.f("uq_incubator_years_year")),
    )
    op.create_table(
        "annual_returns",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("ip_applications", sa.Integer(), nullable=True),
        sa.Column("ip_applications_invention", sa.Integer(), nullable=True),
        sa.Column("ip_grants", sa.Integer(), nullable=True),
        sa.Column("ip_grants_invention", sa.Integer(), nullable=True),
        sa.Column("ip_valid", sa.Integer(), nullable=True),
        sa.Column("ip_valid_invention", sa.Integer(), nullable=True),
        sa.Column("software_copyrights", sa.Integer(), nullable=True),
        sa.Column("ic_layouts", sa.Integer(), nullable=True),
        sa.Column("plant_varieties", sa.Integer(), nullable=True),
        sa.Column("foreign_patents_bought", sa.Integer(), nullable=True),
        sa.Column("staff_total", sa.Integer(), nullable=True),
        sa.Column("staff_phd", sa.Integer(), nullable=True),
        sa.Column("staff_master", sa.Integer(), nullable=True),
        sa.Column("staff_college", sa.Integer(), nullable=True),
        sa.Column("staff_returnees", sa.Integer(), nullable=True),
        sa.Column("staff_talent", sa.Integer(), nullable=True),
        sa.Column("graduates_hired", sa.Integer(), nullable=True),
        sa.Column("revenue", sa.BigInteger(), nullable=True),
        sa.Column("net_profit", sa.BigInteger(), nullable=True),
        sa.Column("taxes_paid", sa.BigInteger(), nullable=True),
        sa.Column("export_value", sa.BigInteger(), nullable=True),
        sa.Column("rd_spend", sa.BigInteger(), nullable=True),
        sa.Column("investment_received", sa.BigInteger(), nullable=True),
        sa.Column("investment_from_incubator", sa.BigInteger(), nullable=True),
        sa.Column("bank_loans", sa.BigInteger(), nullable=True),
        sa.Column("government_grants", sa.BigInteger(), nullable=True),
        sa.Column("tech_contracts_count", sa.Integer(), nullable=True),
        sa.Column("tech_contracts_value", sa.BigInteger(), nullable=True),
        sa.Column("national_programmes", sa.Integer(), nullable=True),
        sa.Column("provincial_awards", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_annual_returns_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_returns")),
        sa.UniqueConstraint("tenant_id", "year", name=op.f("uq_annual_returns_tenant_id_year")),
    )
    with op.batch_alter_table("annual_returns", schema=None) as batch_op:
        batch_op.create_index("ix_annual_returns_year", ["year"], unique=False)

    op.create_table(
        "qualifications",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "high_tech",
                "tech_sme",
                "innovative_sme",
                "specialised_sme",
                "little_giant",
                name="qualificationkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("certificate_no", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_qualifications_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualifications")),
        sa.UniqueConstraint("tenant_id", "kind", name=op.f("uq_qualifications_tenant_id_kind")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "founder_type",
                sa.Enum(
                    "student",
                    "researcher",
                    "returnee",
                    "serial",
                    "executive",
                    "other",
                    name="foundertype",
                    native_enum=False,
                    length=24,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column(
                "sex",
                sa.Enum("female", "male", name="sex", native_enum=False, length=24),
                nullable=True,
            )
        )

    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "taxpayer_type",
                sa.Enum(
                    "general", "small_scale", name="taxpayertype", native_enum=False, length=24
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("industry_code", sa.String(length=8), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_column("industry_code")
        batch_op.drop_column("taxpayer_type")

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("sex")
        batch_op.drop_column("founder_type")

    op.drop_table("qualifications")
    with op.batch_alter_table("annual_returns", schema=None) as batch_op:
        batch_op.drop_index("ix_annual_returns_year")

    op.drop_table("annual_returns")
    op.drop_table("incubator_years")
