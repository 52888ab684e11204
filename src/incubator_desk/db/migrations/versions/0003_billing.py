"""billing: bills and their lines, payments and what they settle, deposits, meter readings,
one-off fees, rates from a date, tenants' billing terms, runs and number counters

New tables only: nothing existing is changed. Money is whole fen (BIGINT), as everywhere.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 16:51:15.874831
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "billing_counters",
        sa.Column("key", sa.String(length=20), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_billing_counters")),
    )
    op.create_table(
        "billing_rates",
        sa.Column(
            "kind",
            sa.Enum(
                "property_fee",
                "electricity",
                "water",
                "room_hour",
                name="ratekind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate", sa.Numeric(precision=12, scale=4), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("rate >= 0", name=op.f("ck_billing_rates_rate_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_rates")),
    )
    with op.batch_alter_table("billing_rates", schema=None) as batch_op:
        batch_op.create_index("ix_billing_rates_kind_from", ["kind", "valid_from"], unique=True)

    op.create_table(
        "billing_runs",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("first_run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_runs")),
        sa.UniqueConstraint("month", name=op.f("uq_billing_runs_month")),
    )
    op.create_table(
        "billing_terms",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column(
            "cycle",
            sa.Enum("monthly", "quarterly", name="billingcycle", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("due_days", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_billing_terms_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_terms")),
        sa.UniqueConstraint("tenant_id", name=op.f("uq_billing_terms_tenant_id")),
    )
    op.create_table(
        "bills",
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "bill", "adjustment", "credit_note", name="billkind", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("issued", "cancelled", name="billstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("due_on >= issued_on", name=op.f("ck_bills_due_after_issue")),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_bills_period_ordered")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["bills.id"], name=op.f("fk_bills_corrects_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["billing_runs.id"], name=op.f("fk_bills_run_id_billing_runs")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_bills_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bills")),
        sa.UniqueConstraint("number", name=op.f("uq_bills_number")),
    )
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.create_index("ix_bills_issued_on", ["issued_on"], unique=False)
        batch_op.create_index("ix_bills_tenant_period", ["tenant_id", "period_start"], unique=False)

    op.create_table(
        "one_off_fees",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("charged_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "cancelled", name="feestatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_one_off_fees_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_one_off_fees_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_off_fees")),
    )
    with op.batch_alter_table("one_off_fees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_one_off_fees_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "payments",
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_transfer",
                "cash",
                "wechat",
                "alipay",
                "cheque",
                "deposit",
                name="paymentmethod",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("invoice_number", sa.String(length=60), nullable=False),
        sa.Column(
            "status",
            sa.Enum("recorded", "cancelled", name="paymentstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_payments_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("number", name=op.f("uq_payments_number")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index("ix_payments_tenant_day", ["tenant_id", "received_on"], unique=False)

    op.create_table(
        "bill_lines",
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "rent",
                "subsidy",
                "property_fee",
                "electricity",
                "water",
                "room_booking",
                "equipment_booking",
                "service_fee",
                name="chargekind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("charge_month", sa.Date(), nullable=False),
        sa.Column("service_from", sa.Date(), nullable=False),
        sa.Column("service_to", sa.Date(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=3), nullable=True),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=4), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("previous_amount", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_bill_lines_bill_id_bills")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_lines")),
    )
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bill_lines_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index("ix_bill_lines_source", ["source"], unique=False)

    op.create_table(
        "deposit_moves",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "received",
                "applied",
                "returned",
                name="depositmovekind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_transfer",
                "cash",
                "wechat",
                "alipay",
                "cheque",
                "deposit",
                name="paymentmethod",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_deposit_moves_amount_positive")),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_deposit_moves_payment_id_payments")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_deposit_moves_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deposit_moves")),
    )
    with op.batch_alter_table("deposit_moves", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deposit_moves_tenant_day", ["tenant_id", "moved_on"], unique=False
        )

    op.create_table(
        "settlements",
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("credit_note_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(payment_id IS NULL) <> (credit_note_id IS NULL)",
            name=op.f("ck_settlements_one_source"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_settlements_amount_positive")),
        sa.ForeignKeyConstraint(
            ["bill_id"], ["bills.id"], name=op.f("fk_settlements_bill_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_id"], ["bills.id"], name=op.f("fk_settlements_credit_note_id_bills")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_settlements_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlements")),
    )
    with op.batch_alter_table("settlements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_settlements_bill_id"), ["bill_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_settlements_credit_note_id"), ["credit_note_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_settlements_payment_id"), ["payment_id"], unique=False)

    op.create_table(
        "meter_readings",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("electricity", "water", name="meterkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("read_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_meter_readings_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_meter_readings_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meter_readings")),
    )
    with op.batch_alter_table("meter_readings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_meter_readings_unit_kind_day", ["unit_id", "kind", "read_on"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("meter_readings", schema=None) as batch_op:
        batch_op.drop_index("ix_meter_readings_unit_kind_day")

    op.drop_table("meter_readings")
    with op.batch_alter_table("settlements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_settlements_payment_id"))
        batch_op.drop_index(batch_op.f("ix_settlements_credit_note_id"))
        batch_op.drop_index(batch_op.f("ix_settlements_bill_id"))

    op.drop_table("settlements")
    with op.batch_alter_table("deposit_moves", schema=None) as batch_op:
        batch_op.drop_index("ix_deposit_moves_tenant_day")

    op.drop_table("deposit_moves")
    with op.batch_alter_table("bill_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_bill_lines_source")
        batch_op.drop_index(batch_op.f("ix_bill_lines_bill_id"))

    op.drop_table("bill_lines")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_tenant_day")

    op.drop_table("payments")
    with op.batch_alter_table("one_off_fees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_one_off_fees_tenant_id"))

    op.drop_table("one_off_fees")
    with op.batch_alter_table("bills", schema=None) as batch_op:
        batch_op.drop_index("ix_bills_tenant_period")
        batch_op.drop_index("ix_bills_issued_on")

    op.drop_table("bills")
    op.drop_table("billing_terms")
    op.drop_table("billing_runs")
    with op.batch_alter_table("billing_rates", schema=None) as batch_op:
        batch_op.drop_index("ix_billing_rates_kind_from")

    op.drop_table("billing_rates")
    op.drop_table("billing_counters")
