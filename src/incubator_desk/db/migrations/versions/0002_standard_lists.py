"""standard lists in every database; other names of list entries; a tenant's GB/T 4754 section

Every database, new or upgraded, gets the standard lists a Chinese incubator files its
statistics with: the strategic emerging industries (战略性新兴产业分类 2018) under the names
people write (生物医药 for 生物产业), the eight high-tech fields (国家重点支持的高新技术领域),
registration types and the sections A–T of 国民经济行业分类 (GB/T 4754-2017). An entry that
already exists (by code, or by name: the demo and the operator fill some) is kept as it is
and only gains the other names it is missing.

The data is written into this revision on purpose: a migration must do the same thing on
every database whatever later versions of the application change.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 16:50:00
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORY = sa.Enum(
    "industry",
    "tech_field",
    "registration_type",
    "sector",
    name="lookupcategory",
    native_enum=False,
    length=24,
)

# (code, 中文 as people write it, English, longer incubation, notes, other names)
Entry = tuple[str, str, str, bool, str, tuple[str, ...]]

SEI = "战略性新兴产业分类（2018）"
INDUSTRIES: tuple[Entry, ...] = (
    (
        "it",
        "新一代信息技术",
        "Next-generation information technology",
        False,
        f"{SEI}：新一代信息技术产业",
        ("新一代信息技术产业", "New generation information technology industry"),
    ),
    (
        "manufacturing",
        "高端装备制造",
        "High-end equipment manufacturing",
        False,
        f"{SEI}：高端装备制造产业",
        (
            "高端装备制造产业",
            "高端装备制造业",
            "高端装备",
            "High-end equipment manufacturing industry",
        ),
    ),
    (
        "new_materials",
        "新材料",
        "New materials",
        False,
        f"{SEI}：新材料产业",
        ("新材料产业", "New material industry"),
    ),
    (
        "biomedicine",
        "生物医药",
        "Biomedicine",
        True,
        f"{SEI}：生物产业",
        (
            "生物产业",
            "生物医药产业",
            "生物技术",
            "生物医药与健康",
            "Biology industry",
            "Bioindustry",
        ),
    ),
    (
        "new_energy_vehicles",
        "新能源汽车",
        "New energy vehicles",
        False,
        f"{SEI}：新能源汽车产业",
        ("新能源汽车产业", "New energy vehicle industry"),
    ),
    (
        "new_energy",
        "新能源",
        "New energy",
        False,
        f"{SEI}：新能源产业",
        ("新能源产业", "New energy industry"),
    ),
    (
        "environment",
        "节能环保",
        "Energy saving and environmental protection",
        False,
        f"{SEI}：节能环保产业",
        ("节能环保产业", "Energy saving and environmental protection industry"),
    ),
    (
        "digital_creative",
        "数字创意",
        "Digital creative",
        False,
        f"{SEI}：数字创意产业",
        ("数字创意产业", "Digital creative industry"),
    ),
    (
        "related_services",
        "相关服务业",
        "Related services",
        False,
        f"{SEI}：相关服务业",
        ("相关服务",),
    ),
    (
        "ic_design",
        "集成电路设计",
        "IC design",
        True,
        "Not one of the nine strategic emerging industries (it belongs to 新一代信息技术): "
        "listed for its longer incubation period.",
        ("集成电路", "芯片设计"),
    ),
    (
        "agriculture",
        "现代农业",
        "Modern agriculture",
        True,
        "Not one of the nine strategic emerging industries: listed for its longer incubation "
        "period.",
        ("现代农业产业",),
    ),
)

HTF = "国家重点支持的高新技术领域（2016）"
TECH_FIELDS: tuple[Entry, ...] = (
    ("electronic_info", "电子信息", "Electronic information", False, HTF, ("电子信息技术",)),
    (
        "bio_medicine",
        "生物与新医药",
        "Biology and new medicine",
        False,
        HTF,
        ("生物与新医药技术",),
    ),
    ("aerospace", "航空航天", "Aerospace", False, HTF, ("航空航天技术",)),
    ("new_materials", "新材料", "New materials", False, HTF, ("新材料技术",)),
    ("tech_services", "高技术服务", "High-tech services", False, HTF, ("高技术服务业",)),
    (
        "new_energy",
        "新能源与节能",
        "New energy and energy saving",
        False,
        HTF,
        ("新能源及节能技术", "新能源与节能技术"),
    ),
    (
        "environment",
        "资源与环境",
        "Resources and environment",
        False,
        HTF,
        ("资源与环境技术",),
    ),
    (
        "manufacturing",
        "先进制造与自动化",
        "Advanced manufacturing and automation",
        False,
        HTF,
        ("先进制造与自动化技术", "高新技术改造传统产业"),
    ),
)

REGISTRATION_TYPES: tuple[Entry, ...] = (
    (
        "llc",
        "有限责任公司",
        "Limited liability company",
        False,
        "",
        (
            "有限公司",
            "其他有限责任公司",
            "一人有限责任公司",
            "有限责任公司（自然人投资或控股）",
            "有限责任公司（自然人独资）",
            "有限责任公司（法人独资）",
            "有限责任公司（自然人投资或控股的法人独资）",
            "有限责任公司（非自然人投资或控股的法人独资）",
            "Limited company",
            "LLC",
        ),
    ),
    (
        "joint_stock",
        "股份有限公司",
        "Joint-stock company",
        False,
        "",
        (
            "股份公司",
            "其他股份有限公司",
            "股份有限公司（非上市）",
            "股份有限公司（上市）",
            "股份有限公司（非上市、自然人投资或控股）",
            "Company limited by shares",
        ),
    ),
    (
        "private",
        "私营企业",
        "Private enterprise",
        False,
        "",
        ("民营企业", "私营有限责任公司", "私营股份有限公司"),
    ),
    (
        "partnership",
        "合伙企业",
        "Partnership",
        False,
        "",
        ("有限合伙企业", "普通合伙企业", "有限合伙", "普通合伙", "私营合伙企业"),
    ),
    (
        "sole_proprietorship",
        "个人独资企业",
        "Sole proprietorship",
        False,
        "",
        ("私营独资企业", "独资企业"),
    ),
    ("state_owned", "国有企业", "State-owned enterprise", False, "", ("国有独资公司", "国企")),
    ("collective", "集体企业", "Collective enterprise", False, "", ()),
    ("joint_stock_cooperative", "股份合作企业", "Joint-stock cooperative", False, "", ()),
    (
        "hk_macao_taiwan",
        "港澳台投资企业",
        "Hong Kong, Macao or Taiwan invested enterprise",
        False,
        "",
        (
            "港澳台商投资企业",
            "港澳台商独资经营企业",
            "港澳台独资企业",
            "有限责任公司（台港澳法人独资）",
            "有限责任公司（台港澳与境内合资）",
        ),
    ),
    (
        "foreign_invested",
        "外商投资企业",
        "Foreign-invested enterprise",
        False,
        "",
        (
            "外资企业",
            "外商独资企业",
            "中外合资经营企业",
            "中外合作经营企业",
            "外商投资股份有限公司",
            "有限责任公司（外商投资）",
            "有限责任公司（外国法人独资）",
            "有限责任公司（中外合资）",
        ),
    ),
    ("other", "其他企业", "Other enterprise", False, "", ()),
)

GBT = "GB/T 4754-2017"
# (section, 中文, English, divisions people write instead of the section)
_SECTIONS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("A", "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery", ("农业",)),
    ("B", "采矿业", "Mining", ()),
    (
        "C",
        "制造业",
        "Manufacturing",
        (
            "医药制造业",
            "通用设备制造业",
            "专用设备制造业",
            "汽车制造业",
            "电气机械和器材制造业",
            "计算机、通信和其他电子设备制造业",
            "仪器仪表制造业",
        ),
    ),
    (
        "D",
        "电力、热力、燃气及水生产和供应业",
        "Production and supply of electricity, heat, gas and water",
        (),
    ),
    ("E", "建筑业", "Construction", ()),
    ("F", "批发和零售业", "Wholesale and retail trade", ("批发业", "零售业")),
    ("G", "交通运输、仓储和邮政业", "Transport, storage and postal services", ()),
    ("H", "住宿和餐饮业", "Accommodation and catering", ()),
    (
        "I",
        "信息传输、软件和信息技术服务业",
        "Information transmission, software and information technology services",
        ("软件和信息技术服务业", "互联网和相关服务", "电信、广播电视和卫星传输服务"),
    ),
    ("J", "金融业", "Finance", ()),
    ("K", "房地产业", "Real estate", ()),
    ("L", "租赁和商务服务业", "Leasing and business services", ("商务服务业",)),
    (
        "M",
        "科学研究和技术服务业",
        "Scientific research and technical services",
        ("研究和试验发展", "专业技术服务业", "科技推广和应用服务业"),
    ),
    (
        "N",
        "水利、环境和公共设施管理业",
        "Water conservancy, environment and public facilities management",
        (),
    ),
    ("O", "居民服务、修理和其他服务业", "Resident services, repair and other services", ()),
    ("P", "教育", "Education", ()),
    ("Q", "卫生和社会工作", "Health and social work", ()),
    ("R", "文化、体育和娱乐业", "Culture, sports and entertainment", ()),
    (
        "S",
        "公共管理、社会保障和社会组织",
        "Public administration, social security and social organisations",
        (),
    ),
    ("T", "国际组织", "International organisations", ()),
)
SECTORS: tuple[Entry, ...] = tuple(
    (code, zh, en, False, f"{GBT} 门类 {code}", (f"{code} {zh}", *divisions))
    for code, zh, en, divisions in _SECTIONS
)

LISTS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    ("industry", INDUSTRIES),
    ("tech_field", TECH_FIELDS),
    ("registration_type", REGISTRATION_TYPES),
    ("sector", SECTORS),
)


def _fold(text: str) -> str:
    """Names compared loosely, as imports compare them (a copy: this revision is frozen)."""
    folded = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return re.sub(r"[\s_\-*:：]+", "", folded)


def upgrade() -> None:
    op.create_table(
        "lookup_aliases",
        sa.Column("category", CATEGORY, nullable=False),
        sa.Column("alias", sa.String(length=120), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["lookup_items.id"],
            name=op.f("fk_lookup_aliases_item_id_lookup_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lookup_aliases")),
        sa.UniqueConstraint("category", "alias", name=op.f("uq_lookup_aliases_category_alias")),
    )
    with op.batch_alter_table("lookup_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lookup_aliases_item_id"), ["item_id"], unique=False)
    # A plain ADD COLUMN: rebuilding the tenants table (batch mode) would trip over the rows
    # that refer to it. SQLite takes the reference only inside the column's definition.
    fk_name = op.f("fk_tenants_sector_id_lookup_items")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE tenants ADD COLUMN sector_id INTEGER "
            f"CONSTRAINT {fk_name} REFERENCES lookup_items (id)"
        )
    else:
        op.add_column("tenants", sa.Column("sector_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk_name, "tenants", "lookup_items", ["sector_id"], ["id"])
    _fill_lists(op.get_bind())


def _fill_lists(conn: sa.Connection) -> None:
    items = sa.table(
        "lookup_items",
        sa.column("id", sa.Integer),
        sa.column("category", sa.String),
        sa.column("code", sa.String),
        sa.column("name_zh", sa.String),
        sa.column("name_en", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("long_incubation", sa.Boolean),
        sa.column("notes", sa.Text),
        sa.column("version", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    aliases = sa.table(
        "lookup_aliases",
        sa.column("category", sa.String),
        sa.column("alias", sa.String),
        sa.column("item_id", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    now = dt.datetime.now(dt.UTC)
    if conn.dialect.name == "sqlite":  # stored as UTC text, as the application's own type does
        now = now.replace(tzinfo=None)
    for category, entries in LISTS:
        rows = conn.execute(
            sa.select(
                items.c.id, items.c.code, items.c.name_zh, items.c.name_en, items.c.sort_order
            ).where(items.c.category == category)
        ).all()
        by_code = {r.code: r.id for r in rows}
        by_name: dict[str, int] = {}
        for r in rows:
            for key in (r.code, r.name_zh, r.name_en):
                if key:
                    by_name.setdefault(_fold(key), r.id)
        order = max((r.sort_order for r in rows), default=0)
        for code, zh, en, long_incubation, notes, _others in entries:
            existing = by_code.get(code) or by_name.get(_fold(zh))
            if existing is not None:
                by_code[code] = existing
                continue
            order += 1
            item_id = conn.execute(
                items.insert()
                .values(
                    category=category,
                    code=code,
                    name_zh=zh,
                    name_en=en,
                    sort_order=order,
                    active=True,
                    long_incubation=long_incubation,
                    notes=notes,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
                .returning(items.c.id)
            ).scalar_one()
            by_code[code] = item_id
            for key in (code, zh, en):
                by_name.setdefault(_fold(key), item_id)
        taken = {
            _fold(a)
            for a in conn.execute(
                sa.select(aliases.c.alias).where(aliases.c.category == category)
            ).scalars()
        }
        new_aliases = []
        for code, _zh, _en, _long, _notes, others in entries:
            for other in others:
                key = _fold(other)
                if key in by_name or key in taken:
                    continue  # already a name of an entry, or another name already
                taken.add(key)
                new_aliases.append(
                    {
                        "category": category,
                        "alias": other,
                        "item_id": by_code[code],
                        "created_at": now,
                    }
                )
        if new_aliases:
            conn.execute(aliases.insert(), new_aliases)


def downgrade() -> None:
    with op.batch_alter_table("tenants", schema=None) as batch_op:
        if op.get_bind().dialect.name != "sqlite":  # SQLite's copy leaves the reference out
            batch_op.drop_constraint(
                batch_op.f("fk_tenants_sector_id_lookup_items"), type_="foreignkey"
            )
        batch_op.drop_column("sector_id")
    with op.batch_alter_table("lookup_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lookup_aliases_item_id"))
    op.drop_table("lookup_aliases")
    # The sections exist only for the column just dropped; the other lists stay, as data.
    op.execute(sa.text("DELETE FROM lookup_items WHERE category = 'sector'"))
