"""initial schema: the whole incubator domain

Revision ID: 0001
Revises:
Create Date: 2026-11-26 15:24:04.288031
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "funds",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "equity",
                "convertible_note",
                "grant",
                "loan",
                name="fundkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("total_size", sa.BigInteger(), nullable=False),
        sa.Column("per_deal_cap", sa.BigInteger(), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("interest_rate", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("interest_subsidy_share", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("guarantee_fee_subsidy_share", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("open_for_applications", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("total_size >= 0", name=op.f("ck_funds_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds")),
        sa.UniqueConstraint("name", name=op.f("uq_funds_name")),
    )
    op.create_table(
        "lookup_items",
        sa.Column(
            "category",
            sa.Enum(
                "industry",
                "tech_field",
                "registration_type",
                name="lookupcategory",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("long_incubation", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookup_items")),
        sa.UniqueConstraint("category", "code", name=op.f("uq_lookup_items_category_code")),
    )
    op.create_table(
        "mentors",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "entrepreneurship",
                "professional",
                "investor",
                "service_provider",
                name="mentorkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("expertise", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentors")),
    )
    with op.batch_alter_table("mentors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentors_name"), ["name"], unique=False)

    op.create_table(
        "operators",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin", "manager", "viewer", name="operatorrole", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
        sa.UniqueConstraint("username", name=op.f("uq_operators_username")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sites",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("name", name=op.f("uq_sites_name")),
    )
    op.create_table(
        "subsidy_policies",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subsidy_policies")),
        sa.UniqueConstraint("name", name=op.f("uq_subsidy_policies_name")),
    )
    op.create_table(
        "tags",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "audit_log",
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "archive",
                "move",
                "import",
                "generate",
                name="auditaction",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_audit_log_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "buildings",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_buildings_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buildings")),
        sa.UniqueConstraint("site_id", "code", name=op.f("uq_buildings_site_id_code")),
    )
    op.create_table(
        "tenants",
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("registered_capital", sa.BigInteger(), nullable=True),
        sa.Column("industry_id", sa.Integer(), nullable=True),
        sa.Column("tech_field_id", sa.Integer(), nullable=True),
        sa.Column("registration_type_id", sa.Integer(), nullable=True),
        sa.Column("park_address", sa.String(length=200), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=True),
        sa.Column("planned_graduation_on", sa.Date(), nullable=True),
        sa.Column(
            "stage",
            sa.Enum(
                "pre_incubation",
                "incubating",
                "accelerating",
                "graduated",
                "exited",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "exit_reason",
            sa.Enum(
                "failed",
                "moved_out",
                "merged",
                "contract_ended",
                "other",
                name="exitreason",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("graduated_on", sa.Date(), nullable=True),
        sa.Column("high_tech_enterprise", sa.Boolean(), nullable=False),
        sa.Column("high_tech_since", sa.Date(), nullable=True),
        sa.Column(
            "listing_status",
            sa.Enum(
                "none",
                "quoted",
                "listed",
                "acquired",
                "merged",
                name="listingstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("listing_date", sa.Date(), nullable=True),
        sa.Column("national_projects", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["lookup_items.id"], name=op.f("fk_tenants_industry_id_lookup_items")
        ),
        sa.ForeignKeyConstraint(
            ["registration_type_id"],
            ["lookup_items.id"],
            name=op.f("fk_tenants_registration_type_id_lookup_items"),
        ),
        sa.ForeignKeyConstraint(
            ["tech_field_id"],
            ["lookup_items.id"],
            name=op.f("fk_tenants_tech_field_id_lookup_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenants")),
        sa.UniqueConstraint("credit_code", name=op.f("uq_tenants_credit_code")),
    )
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.create_index("ix_tenants_entry_date", ["entry_date"], unique=False)
        batch_op.create_index("ix_tenants_name_zh", ["name_zh"], unique=False)
        batch_op.create_index("ix_tenants_stage", ["stage"], unique=False)

    op.create_table(
        "floors",
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("plan_width", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("plan_height", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_floors_building_id_buildings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floors")),
        sa.UniqueConstraint("building_id", "level", name=op.f("uq_floors_building_id_level")),
    )
    op.create_table(
        "fund_applications",
        sa.Column("fund_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("amount_requested", sa.BigInteger(), nullable=False),
        sa.Column(
            "instrument",
            sa.Enum(
                "equity",
                "convertible_note",
                "grant",
                "loan",
                name="instrument",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("pre_money_valuation", sa.BigInteger(), nullable=True),
        sa.Column("stake_percent", sa.Numeric(precision=7, scale=4), nullable=True),
        sa.Column("use_of_funds", sa.Text(), nullable=False),
        sa.Column("milestones", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "screening",
                "due_diligence",
                "committee",
                "approved",
                "rejected",
                "withdrawn",
                "agreement_signed",
                "disbursed",
                "closed",
                name="applicationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("status_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amount_approved", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "amount_requested > 0", name=op.f("ck_fund_applications_amount_positive")
        ),
        sa.CheckConstraint(
            "stake_percent IS NULL OR (stake_percent > 0 AND stake_percent <= 100)",
            name=op.f("ck_fund_applications_stake_range"),
        ),
        sa.ForeignKeyConstraint(
            ["fund_id"], ["funds.id"], name=op.f("fk_fund_applications_fund_id_funds")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_fund_applications_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_applications")),
    )
    with op.batch_alter_table("fund_applications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_fund_applications_fund_status", ["fund_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_fund_applications_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "investments_received",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("investor", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("round", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_investments_received_amount_positive")),
        sa.CheckConstraint(
            "quarter BETWEEN 1 AND 4", name=op.f("ck_investments_received_quarter_range")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_investments_received_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_investments_received")),
    )
    with op.batch_alter_table("investments_received", schema=None) as batch_op:
        batch_op.create_index(
            "ix_investments_received_tenant_period", ["tenant_id", "year", "quarter"], unique=False
        )

    op.create_table(
        "kpi_snapshots",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("staff_total", sa.Integer(), nullable=True),
        sa.Column("staff_rd", sa.Integer(), nullable=True),
        sa.Column("staff_phd", sa.Integer(), nullable=True),
        sa.Column("staff_master", sa.Integer(), nullable=True),
        sa.Column("staff_bachelor", sa.Integer(), nullable=True),
        sa.Column("staff_college", sa.Integer(), nullable=True),
        sa.Column("staff_returnees", sa.Integer(), nullable=True),
        sa.Column("fresh_graduates_hired", sa.Integer(), nullable=True),
        sa.Column("revenue", sa.BigInteger(), nullable=True),
        sa.Column("net_profit", sa.BigInteger(), nullable=True),
        sa.Column("export_value", sa.BigInteger(), nullable=True),
        sa.Column("rd_spend", sa.BigInteger(), nullable=True),
        sa.Column("taxes_paid", sa.BigInteger(), nullable=True),
        sa.Column("invention_applications", sa.Integer(), nullable=True),
        sa.Column("invention_grants", sa.Integer(), nullable=True),
        sa.Column("utility_models", sa.Integer(), nullable=True),
        sa.Column("designs", sa.Integer(), nullable=True),
        sa.Column("software_copyrights", sa.Integer(), nullable=True),
        sa.Column("valid_invention_patents", sa.Integer(), nullable=True),
        sa.Column("ic_layouts", sa.Integer(), nullable=True),
        sa.Column("tech_contracts_count", sa.Integer(), nullable=True),
        sa.Column("tech_contracts_value", sa.BigInteger(), nullable=True),
        sa.Column("awards", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_kpi_snapshots_quarter_range")),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_kpi_snapshots_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_snapshots")),
        sa.UniqueConstraint(
            "tenant_id", "year", "quarter", name=op.f("uq_kpi_snapshots_tenant_id_year_quarter")
        ),
    )
    with op.batch_alter_table("kpi_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_kpi_snapshots_period", ["year", "quarter"], unique=False)

    op.create_table(
        "mentor_assignments",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "until IS NULL OR until >= since", name=op.f("ck_mentor_assignments_dates_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_mentor_assignments_mentor_id_mentors")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_mentor_assignments_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_assignments")),
        sa.UniqueConstraint(
            "mentor_id",
            "tenant_id",
            "since",
            name=op.f("uq_mentor_assignments_mentor_id_tenant_id_since"),
        ),
    )
    with op.batch_alter_table("mentor_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentor_assignments_mentor_id"), ["mentor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_mentor_assignments_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "founder",
                "co_founder",
                "legal_representative",
                "contact",
                "finance",
                "employee",
                name="personrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_primary_contact", sa.Boolean(), nullable=False),
        sa.Column("student_founder", sa.Boolean(), nullable=False),
        sa.Column("returnee", sa.Boolean(), nullable=False),
        sa.Column("serial_entrepreneur", sa.Boolean(), nullable=False),
        sa.Column("talent_programme", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_people_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "stage_changes",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_stage",
            sa.Enum(
                "pre_incubation",
                "incubating",
                "accelerating",
                "graduated",
                "exited",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_stage",
            sa.Enum(
                "pre_incubation",
                "incubating",
                "accelerating",
                "graduated",
                "exited",
                name="stage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "exit_reason",
            sa.Enum(
                "failed",
                "moved_out",
                "merged",
                "contract_ended",
                "other",
                name="exitreason",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("graduation_criteria", sa.JSON(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_stage_changes_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_stage_changes_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_changes")),
    )
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_changes_tenant_id"), ["tenant_id"], unique=False)

    op.create_table(
        "tenant_tags",
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_tenant_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_tenant_tags_tenant_id_tenants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("tenant_id", "tag_id", name=op.f("pk_tenant_tags")),
    )
    op.create_table(
        "application_documents",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("stored_path", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_application_documents_application_id_fund_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_documents")),
    )
    with op.batch_alter_table("application_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_documents_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "application_moves",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "draft",
                "submitted",
                "screening",
                "due_diligence",
                "committee",
                "approved",
                "rejected",
                "withdrawn",
                "agreement_signed",
                "disbursed",
                "closed",
                name="applicationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "draft",
                "submitted",
                "screening",
                "due_diligence",
                "committee",
                "approved",
                "rejected",
                "withdrawn",
                "agreement_signed",
                "disbursed",
                "closed",
                name="applicationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_application_moves_application_id_fund_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_application_moves_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_moves")),
    )
    with op.batch_alter_table("application_moves", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_moves_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "committee_decisions",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("members_present", sa.JSON(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=False),
        sa.Column("votes_against", sa.Integer(), nullable=False),
        sa.Column("abstentions", sa.Integer(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "approved",
                "rejected",
                "deferred",
                name="committeedecisionkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("amount_approved", sa.BigInteger(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0",
            name=op.f("ck_committee_decisions_votes_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_committee_decisions_application_id_fund_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_decisions")),
    )
    with op.batch_alter_table("committee_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_decisions_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "disbursements",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("tranche_no", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("milestone", sa.String(length=300), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "paid",
                "cancelled",
                name="disbursementstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_disbursements_amount_positive")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_disbursements_application_id_fund_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disbursements")),
        sa.UniqueConstraint(
            "application_id", "tranche_no", name=op.f("uq_disbursements_application_id_tranche_no")
        ),
    )
    with op.batch_alter_table("disbursements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_disbursements_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "reviews",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=120), nullable=False),
        sa.Column("conflict_of_interest", sa.Boolean(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["fund_applications.id"],
            name=op.f("fk_reviews_application_id_fund_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint(
            "application_id", "reviewer", name=op.f("uq_reviews_application_id_reviewer")
        ),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reviews_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "units",
        sa.Column("floor_id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "office",
                "open_desk",
                "lab",
                "workshop",
                "meeting_room",
                "warehouse",
                name="unitkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("area_m2", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("desk_count", sa.Integer(), nullable=False),
        sa.Column("list_rent", sa.BigInteger(), nullable=False),
        sa.Column(
            "rent_basis",
            sa.Enum(
                "per_m2_month",
                "per_desk_month",
                "per_unit_month",
                name="rentbasis",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("features", sa.JSON(), nullable=False),
        sa.Column("plan_x", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("plan_y", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("plan_w", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("plan_h", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "available",
                "maintenance",
                "retired",
                name="unitstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("bookable", sa.Boolean(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("area_m2 > 0", name=op.f("ck_units_area_positive")),
        sa.CheckConstraint("desk_count >= 0", name=op.f("ck_units_desks_not_negative")),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_units_building_id_buildings")
        ),
        sa.ForeignKeyConstraint(["floor_id"], ["floors.id"], name=op.f("fk_units_floor_id_floors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("building_id", "code", name=op.f("uq_units_building_id_code")),
    )
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_units_floor_id"), ["floor_id"], unique=False)

    op.create_table(
        "allocations",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("desks", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("monthly_rent", sa.BigInteger(), nullable=False),
        sa.Column("subsidy_policy_id", sa.Integer(), nullable=True),
        sa.Column("subsidy_percent_override", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "ended",
                "moved",
                "cancelled",
                name="allocationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "desks IS NULL OR desks > 0", name=op.f("ck_allocations_desks_positive")
        ),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date", name=op.f("ck_allocations_dates_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["previous_id"], ["allocations.id"], name=op.f("fk_allocations_previous_id_allocations")
        ),
        sa.ForeignKeyConstraint(
            ["subsidy_policy_id"],
            ["subsidy_policies.id"],
            name=op.f("fk_allocations_subsidy_policy_id_subsidy_policies"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_allocations_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_allocations_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocations")),
    )
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allocations_tenant_id"), ["tenant_id"], unique=False)
        batch_op.create_index(
            "ix_allocations_unit_dates", ["unit_id", "start_date", "end_date"], unique=False
        )

    op.create_table(
        "equipment",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("location_unit_id", sa.Integer(), nullable=True),
        sa.Column("hourly_rate", sa.BigInteger(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_unit_id"], ["units.id"], name=op.f("fk_equipment_location_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
        sa.UniqueConstraint("name", name=op.f("uq_equipment_name")),
    )
    op.create_table(
        "training_events",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "training",
                "workshop",
                "roadshow",
                "demo_day",
                "policy_briefing",
                name="eventkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("venue_unit_id", sa.Integer(), nullable=True),
        sa.Column("venue_address", sa.String(length=300), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("speakers", sa.String(length=300), nullable=False),
        sa.Column("target_stages", sa.JSON(), nullable=False),
        sa.Column("target_industries", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="eventstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("capacity > 0", name=op.f("ck_training_events_capacity_positive")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_training_events_times_ordered")),
        sa.ForeignKeyConstraint(
            ["venue_unit_id"], ["units.id"], name=op.f("fk_training_events_venue_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_events")),
    )
    with op.batch_alter_table("training_events", schema=None) as batch_op:
        batch_op.create_index("ix_training_events_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "bookings",
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("equipment_id", sa.Integer(), nullable=True),
        sa.Column("tenant_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purpose", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum("confirmed", "cancelled", name="bookingstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(unit_id IS NULL) <> (equipment_id IS NULL)", name=op.f("ck_bookings_one_resource")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_bookings_times_ordered")),
        sa.ForeignKeyConstraint(
            ["equipment_id"], ["equipment.id"], name=op.f("fk_bookings_equipment_id_equipment")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["training_events.id"], name=op.f("fk_bookings_event_id_training_events")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_bookings_tenant_id_tenants")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_bookings_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_bookings_equipment_time", ["equipment_id", "starts_at", "ends_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bookings_tenant_id"), ["tenant_id"], unique=False)
        batch_op.create_index(
            "ix_bookings_unit_time", ["unit_id", "starts_at", "ends_at"], unique=False
        )

    op.create_table(
        "event_registrations",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "waitlisted",
                "cancelled",
                name="registrationstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("feedback_score", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "feedback_score IS NULL OR (feedback_score BETWEEN 1 AND 5)",
            name=op.f("ck_event_registrations_feedback_scale"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["training_events.id"],
            name=op.f("fk_event_registrations_event_id_training_events"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_event_registrations_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_event_registrations_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_registrations")),
        sa.UniqueConstraint(
            "event_id", "person_id", name=op.f("uq_event_registrations_event_id_person_id")
        ),
    )
    with op.batch_alter_table("event_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_registrations_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_registrations_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_registrations_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "mentoring_sessions",
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "mode",
            sa.Enum("on_site", "online", name="sessionmode", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column(
            "service_type",
            sa.Enum(
                "coaching",
                "management_training",
                "policy_consulting",
                "rd_services",
                "financing",
                name="servicetype",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="sessionstatus", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_mentoring_sessions_times_ordered")),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_mentoring_sessions_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_mentoring_sessions_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_sessions")),
    )
    with op.batch_alter_table("mentoring_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_mentoring_sessions_mentor_time", ["mentor_id", "starts_at", "ends_at"], unique=False
        )
        batch_op.create_index("ix_mentoring_sessions_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "session_actions",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_sessions.id"],
            name=op.f("fk_session_actions_session_id_mentoring_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_session_actions_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_actions")),
    )
    with op.batch_alter_table("session_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_actions_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_actions_tenant_id"), ["tenant_id"], unique=False
        )

    op.create_table(
        "session_tenants",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("tenant_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "rating IS NULL OR (rating BETWEEN 1 AND 5)",
            name=op.f("ck_session_tenants_rating_scale"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_sessions.id"],
            name=op.f("fk_session_tenants_session_id_mentoring_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f("fk_session_tenants_tenant_id_tenants")
        ),
        sa.PrimaryKeyConstraint("session_id", "tenant_id", name=op.f("pk_session_tenants")),
    )
    with op.batch_alter_table("session_tenants", schema=None) as batch_op:
        batch_op.create_index("ix_session_tenants_tenant", ["tenant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("session_tenants", schema=None) as batch_op:
        batch_op.drop_index("ix_session_tenants_tenant")

    op.drop_table("session_tenants")
    with op.batch_alter_table("session_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_actions_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_session_actions_session_id"))

    op.drop_table("session_actions")
    with op.batch_alter_table("mentoring_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentoring_sessions_starts_at")
        batch_op.drop_index("ix_mentoring_sessions_mentor_time")

    op.drop_table("mentoring_sessions")
    with op.batch_alter_table("event_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_registrations_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_event_registrations_person_id"))
        batch_op.drop_index(batch_op.f("ix_event_registrations_event_id"))

    op.drop_table("event_registrations")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_bookings_unit_time")
        batch_op.drop_index(batch_op.f("ix_bookings_tenant_id"))
        batch_op.drop_index("ix_bookings_equipment_time")

    op.drop_table("bookings")
    with op.batch_alter_table("training_events", schema=None) as batch_op:
        batch_op.drop_index("ix_training_events_starts_at")

    op.drop_table("training_events")
    op.drop_table("equipment")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_index("ix_allocations_unit_dates")
        batch_op.drop_index(batch_op.f("ix_allocations_tenant_id"))

    op.drop_table("allocations")
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_units_floor_id"))

    op.drop_table("units")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_application_id"))

    op.drop_table("reviews")
    with op.batch_alter_table("disbursements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disbursements_application_id"))

    op.drop_table("disbursements")
    with op.batch_alter_table("committee_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_decisions_application_id"))

    op.drop_table("committee_decisions")
    with op.batch_alter_table("application_moves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_moves_application_id"))

    op.drop_table("application_moves")
    with op.batch_alter_table("application_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_documents_application_id"))

    op.drop_table("application_documents")
    op.drop_table("tenant_tags")
    with op.batch_alter_table("stage_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_changes_tenant_id"))

    op.drop_table("stage_changes")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_people_phone"))
        batch_op.drop_index(batch_op.f("ix_people_name"))

    op.drop_table("people")
    with op.batch_alter_table("mentor_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_assignments_tenant_id"))
        batch_op.drop_index(batch_op.f("ix_mentor_assignments_mentor_id"))

    op.drop_table("mentor_assignments")
    with op.batch_alter_table("kpi_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_kpi_snapshots_period")

    op.drop_table("kpi_snapshots")
    with op.batch_alter_table("investments_received", schema=None) as batch_op:
        batch_op.drop_index("ix_investments_received_tenant_period")

    op.drop_table("investments_received")
    with op.batch_alter_table("fund_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fund_applications_tenant_id"))
        batch_op.drop_index("ix_fund_applications_fund_status")

    op.drop_table("fund_applications")
    op.drop_table("floors")
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        batch_op.drop_index("ix_tenants_stage")
        batch_op.drop_index("ix_tenants_name_zh")
        batch_op.drop_index("ix_tenants_entry_date")

    op.drop_table("tenants")
    op.drop_table("buildings")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("tags")
    op.drop_table("subsidy_policies")
    op.drop_table("sites")
    op.drop_table("settings")
    op.drop_table("operators")
    with op.batch_alter_table("mentors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentors_name"))

    op.drop_table("mentors")
    op.drop_table("lookup_items")
    op.drop_table("funds")
