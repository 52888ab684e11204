"""collection rounds: a period's figures asked of every tenant by workbook, and what came back

New tables only: a round (quarterly figures or the annual return, quarter 0 for a year) and
one entry per tenant (the file sent; returned, rejected with its problems, in conflict with
figures already entered, or accepted).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 19:11:08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "collection_rounds",
        sa.Column(
            "kind",
            sa.Enum("quarterly", "annual", name="roundkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "quarter BETWEEN 0 AND 4", name=op.f("ck_collection_rounds_quarter_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_rounds")),
        sa.UniqueConstraint(
            "kind", "year", "quarter", name=op.f("uq_collection_rounds_kind_year_quarter")
        ),
    )
    op.create_table(
        "collection_entries",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "sent",
                "rejected",
                "conflict",
                "accepted",
                name="returnstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("returned_file", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("problems", sa.JSON(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["collection_rounds.id"],
            name=op.f("fk_collection_entries_round_id_collection_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_collection_entries_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_entries")),
        sa.UniqueConstraint(
            "round_id", "tenant_id", name=op.f("uq_collection_entries_round_id_tenant_id")
        ),
    )
    with op.batch_alter_table("collection_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collection_entries_round_id"), ["round_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_collection_entries_tenant_id"), ["tenant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("collection_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collection_entries_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_collection_entries_round_id"))

    op.drop_table("collection_entries")
    op.drop_table("collection_rounds")
