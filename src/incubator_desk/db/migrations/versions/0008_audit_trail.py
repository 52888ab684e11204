"""audit_log: the action each entry belongs to, the record's name and tenant; append-only

An audit trail people read needs, for every entry, the user action it was part of (every
entry of one save or one import shares a `batch`), the record as people name it, and the
tenant it concerns, so a tenant's history is one indexed lookup. Existing entries get the
tenant and the name where the record still says them.

The database itself now refuses to change or remove an audit entry (a trigger on each
backend), so no program, ours or another, can rewrite the history quietly. On SQLite a
later migration that rebuilds this table in batch mode must create the triggers again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables whose rows belong to one tenant through their own tenant_id column.
TENANT_TABLES = (
    "people",
    "stage_changes",
    "kpi_snapshots",
    "investments_received",
    "allocations",
    "bookings",
    "mentor_assignments",
    "session_actions",
    "event_registrations",
    "fund_applications",
    "billing_terms",
    "one_off_fees",
    "bills",
    "payments",
    "deposit_moves",
    "annual_returns",
    "qualifications",
    "collection_entries",
)
REFUSED = "audit entries are never changed or removed"


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("record_name", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("tenant_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_audit_log_batch", ["batch"], unique=False)
        batch_op.create_index("ix_audit_log_tenant", ["tenant_id", "at"], unique=False)
        batch_op.create_index("ix_audit_log_operator", ["operator_id", "at"], unique=False)

    op.execute(
        "UPDATE audit_log SET tenant_id = entity_id, record_name = coalesce("
        "(SELECT name_zh FROM tenants WHERE tenants.id = audit_log.entity_id), '') "
        "WHERE entity = 'tenants'"
    )
    for table in TENANT_TABLES:
        op.execute(
            f"UPDATE audit_log SET tenant_id = (SELECT {table}.tenant_id FROM {table} "
            f"WHERE {table}.id = audit_log.entity_id) WHERE entity = '{table}'"
        )

    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{REFUSED}' USING ERRCODE = 'integrity_constraint_violation'; "
            "END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_operator")
        batch_op.drop_index("ix_audit_log_tenant")
        batch_op.drop_index("ix_audit_log_batch")
        batch_op.drop_column("tenant_id")
        batch_op.drop_column("record_name")
        batch_op.drop_column("batch")
