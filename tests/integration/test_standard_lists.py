"""Standard lists in every database (new or upgraded), editable, and merged keeping references.

A new office must be able to import its spreadsheet on day one: the lists of industries,
technology fields, registration types and GB/T 4754 sections are there without the demo,
and the names people write (生物医药, 新一代信息技术) and the official ones (生物产业) are both
recognised.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.vocabularies import EventKind, LookupCategory
from incubator_desk.db import Database, migrate, open_database
from incubator_desk.db.engine import location_from_string, make_engine
from incubator_desk.models import LookupAlias, LookupItem, Tenant, TrainingEvent
from incubator_desk.services import tenants as svc

EIGHT_FIELDS = [
    "电子信息",
    "生物与新医药",
    "航空航天",
    "新材料",
    "高技术服务",
    "新能源与节能",
    "资源与环境",
    "先进制造与自动化",
]


def names(db: Database, category: LookupCategory) -> list[str]:
    return [row.name_zh for row in svc.lookups(db, category)]


def test_a_new_database_has_the_standard_lists(db: Database) -> None:
    industries = {row.name_zh: row for row in svc.lookups(db, LookupCategory.INDUSTRY)}
    for name in ("新一代信息技术", "生物医药", "高端装备制造", "新材料", "新能源", "节能环保"):
        assert name in industries
    for name in ("数字创意", "新能源汽车", "相关服务业"):
        assert name in industries
    bio = industries["生物医药"]
    assert bio.long_incubation and "生物产业" in bio.aliases and "生物产业" in bio.notes
    assert bio.name_en == "Biomedicine"
    assert "新一代信息技术产业" in industries["新一代信息技术"].aliases
    assert names(db, LookupCategory.TECH_FIELD) == EIGHT_FIELDS
    assert "有限责任公司" in names(db, LookupCategory.REGISTRATION_TYPE)
    sectors = svc.lookups(db, LookupCategory.SECTOR)
    assert [s.code for s in sectors] == [chr(c) for c in range(ord("A"), ord("T") + 1)]
    assert sectors[8].name_zh == "信息传输、软件和信息技术服务业"
    assert "软件和信息技术服务业" in sectors[8].aliases


def _database_at_first_revision(path: Path) -> None:
    engine = make_engine(location_from_string(str(path)))
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
    finally:
        engine.dispose()


def test_an_upgraded_database_gets_the_lists_without_duplicates(tmp_path: Path) -> None:
    """Entries the demo or the operator made already (by code or by name) are kept as they are."""
    path = tmp_path / "desk.sqlite"
    _database_at_first_revision(path)
    con = sqlite3.connect(path)
    stamp = "2026-01-05 08:00:00.000000"
    con.executemany(
        "INSERT INTO lookup_items (id, category, code, name_zh, name_en, sort_order, active, "
        "long_incubation, notes, version, created_at, updated_at) "
        "VALUES (?, 'industry', ?, ?, ?, ?, 1, ?, '', 1, ?, ?)",
        [
            (1, "it", "新一代信息技术", "Next-generation IT", 1, 0, stamp, stamp),
            (2, "bio", "生物医药", "Biomedicine", 2, 1, stamp, stamp),  # its own code
            (3, "quantum", "量子科技", "Quantum", 3, 0, stamp, stamp),
        ],
    )
    con.execute(
        "INSERT INTO tenants (id, name_zh, name_en, stage, high_tech_enterprise, "
        "listing_status, national_projects, notes, industry_id, park_address, version, "
        "created_at, updated_at) VALUES (1, '深圳云帆科技有限公司', '', 'incubating', 0, "
        "'none', 0, '', 2, '', 1, ?, ?)",
        (stamp, stamp),
    )
    con.commit()
    con.close()

    opened = open_database(location_from_string(str(path)))
    db = opened.db
    try:
        assert opened.backup is not None  # an older database: copied before the upgrade
        rows = svc.lookups(db, LookupCategory.INDUSTRY)
        zh = [r.name_zh for r in rows]
        assert zh.count("生物医药") == 1 and zh.count("新一代信息技术") == 1
        assert zh[:3] == ["新一代信息技术", "生物医药", "量子科技"]  # theirs first, as they were
        bio = next(r for r in rows if r.name_zh == "生物医药")
        assert bio.id == 2 and bio.code == "bio" and "生物产业" in bio.aliases
        with db.read() as s:
            assert s.get_one(Tenant, 1).industry_id == 2
        assert names(db, LookupCategory.TECH_FIELD) == EIGHT_FIELDS
    finally:
        db.dispose()


def test_entries_are_editable_with_their_other_names(db: Database) -> None:
    bio = next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.code == "biomedicine")
    svc.save_lookup(
        db,
        LookupCategory.INDUSTRY,
        bio.code,
        "生物医药",
        "Biomedicine",
        long_incubation=True,
        item_id=bio.id,
        expected_version=bio.version,
        aliases=["生物产业", "大健康"],
    )
    again = next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.id == bio.id)
    assert again.aliases == ("生物产业", "大健康")
    it = next(r for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.code == "it")
    with pytest.raises(ValidationError) as caught:
        svc.save_lookup(
            db,
            LookupCategory.INDUSTRY,
            it.code,
            it.name_zh,
            it.name_en,
            item_id=it.id,
            expected_version=it.version,
            aliases=["大 健康"],  # folded, the same as 生物医药's other name
        )
    assert (
        "大 健康" in caught.value.fields["aliases"] and "生物医药" in caught.value.fields["aliases"]
    )
    # a user code may be upper case now, like the GB/T 4754 sections
    svc.save_lookup(db, LookupCategory.SECTOR, "X_1", "其他门类", "Other section")


def test_merging_moves_every_reference_to_the_entry_kept(db: Database) -> None:
    kept = svc.save_lookup(db, LookupCategory.INDUSTRY, "ai", "人工智能", "AI")
    gone = svc.save_lookup(db, LookupCategory.INDUSTRY, "ai_2", "AI人工智能", "A.I.")
    svc.save_lookup(
        db,
        LookupCategory.INDUSTRY,
        "ai_2",
        "AI人工智能",
        "A.I.",
        item_id=gone,
        aliases=["智能"],
    )
    with db.uow() as uow:
        s = uow.session
        for n, industry in enumerate((kept, gone, gone)):
            s.add(Tenant(name_zh=f"企业{n}", industry_id=industry))
        start = dt.datetime(2026, 5, 1, 2, 0, tzinfo=dt.UTC)
        s.add(
            TrainingEvent(
                title="路演",
                kind=EventKind.ROADSHOW,
                starts_at=start,
                ends_at=start + dt.timedelta(hours=2),
                capacity=30,
                target_industries=[gone, kept],
            )
        )
        uow.commit()

    result = svc.merge_lookups(db, kept, gone)

    assert (result.tenants_moved, result.events_moved) == (2, 1)
    with db.read() as s:
        assert s.get(LookupItem, gone) is None
        assert set(s.scalars(select(Tenant.industry_id))) == {kept}
        assert s.scalars(select(TrainingEvent.target_industries)).one() == [kept]
        aliases = set(s.scalars(select(LookupAlias.alias).where(LookupAlias.item_id == kept)).all())
        assert {"AI人工智能", "A.I.", "智能"} <= aliases
        assert (
            s.scalar(
                select(func.count()).select_from(LookupAlias).where(LookupAlias.item_id == gone)
            )
            == 0
        )
    with pytest.raises(ValidationError):
        svc.merge_lookups(db, kept, kept)
    field = next(r for r in svc.lookups(db, LookupCategory.TECH_FIELD))
    with pytest.raises(ValidationError, match="same list"):
        svc.merge_lookups(db, kept, field.id)
