"""operators become accounts: passwords, lockout, last sign-in; six roles; review assignments

An operator with a password is an account (argon2id hash). Failed sign-ins are counted and
lock the account for a while; the last sign-in is kept. The three roles of earlier versions
become the six the services enforce: admin → administrator, viewer → read-only (manager stays).
Reviewers see and score the applications assigned to them: review_assignments holds those.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ROLES = ("admin", "manager", "viewer")
NEW_ROLES = ("administrator", "manager", "finance", "reviewer", "coordinator", "read-only")
RENAMED = {"admin": "administrator", "viewer": "read-only"}


def _role(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name="operatorrole", native_enum=False, length=24)


def upgrade() -> None:
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=255), nullable=True))
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column(
            "role", existing_type=_role(OLD_ROLES), type_=_role(NEW_ROLES), existing_nullable=False
        )
    operators = sa.table("operators", sa.column("role", sa.String))
    for old, new in RENAMED.items():
        op.execute(operators.update().where(operators.c.role == old).values(role=new))
    op.create_table(
        "review_assignments",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_review_assignments_application_id_fund_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_review_assignments_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_assignments")),
        sa.UniqueConstraint(
            "application_id",
            "operator_id",
            name=op.f("uq_review_assignments_application_id_operator_id"),
        ),
    )
    with op.batch_alter_table("review_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_assignments_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_assignments_operator_id"), ["operator_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("review_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_assignments_operator_id"))
        batch_op.drop_index(batch_op.f("ix_review_assignments_application_id"))
    op.drop_table("review_assignments")
    operators = sa.table("operators", sa.column("role", sa.String))
    for old, new in RENAMED.items():
        op.execute(operators.update().where(operators.c.role == new).values(role=old))
    # Roles the earlier version did not know read as its nearest: viewing only.
    op.execute(operators.update().where(operators.c.role.not_in(OLD_ROLES)).values(role="viewer"))
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.alter_column(
            "role", existing_type=_role(NEW_ROLES), type_=_role(OLD_ROLES), existing_nullable=False
        )
        batch_op.drop_column("last_sign_in_at")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
        batch_op.drop_column("password_hash")
