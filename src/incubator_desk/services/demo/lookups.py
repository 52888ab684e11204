"""The demo's lists and settings: lookup items, tags, the rent subsidy, the incubator's name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ...core.vocabularies import LookupCategory
from ...models import LookupItem, Setting, SubsidyPolicy, Tag
from .run import DemoRun
from .writer import table_of

INCUBATOR_NAME = {"zh": "南山科技创业孵化器", "en": "Nanshan Tech Incubator"}


@dataclass(frozen=True)
class Lists:
    """Ids of the lists the other builders refer to."""

    lookup: dict[tuple[str, str], int]  # (category, code) -> lookup item id
    tag_ids: list[int]
    policy_id: int


def write_lists(run: DemoRun) -> Lists:
    """Lookup items, tags and the subsidy policy; those already in the database are reused."""
    conn, w, words = run.conn, run.writer, run.words.companies
    t = table_of(LookupItem)
    existing = {
        (row.category, row.code): row.id
        for row in conn.execute(select(t.c.id, t.c.category, t.c.code))
    }
    wanted = []
    for i, ind in enumerate(words.industries):
        wanted.append(
            (LookupCategory.INDUSTRY, ind.code, ind.name_zh, ind.name_en, i, ind.long_incubation)
        )
    for i, tf in enumerate(words.tech_fields):
        wanted.append((LookupCategory.TECH_FIELD, tf.code, tf.name_zh, tf.name_en, i, False))
    for i, rt in enumerate(words.registration_types):
        wanted.append((LookupCategory.REGISTRATION_TYPE, rt.code, rt.name_zh, rt.name_en, i, False))
    rows = []
    lookup: dict[tuple[str, str], int] = {}
    new = [x for x in wanted if (x[0].value, x[1]) not in existing]
    next_id = w.reserve(t, len(new))
    for category, code, zh, en, order, long_inc in wanted:
        key = (category.value, code)
        if key in existing:
            lookup[key] = existing[key]
            continue
        lookup[key] = next_id
        rows.append((next_id, category, code, zh, en, order, True, long_inc, ""))
        next_id += 1
    for key, item_id in existing.items():  # GB/T 4754 sections: every database has them
        if key[0] == LookupCategory.SECTOR:
            lookup[(LookupCategory.SECTOR.value, key[1])] = item_id
    w.write(
        t,
        (
            "id",
            "category",
            "code",
            "name_zh",
            "name_en",
            "sort_order",
            "active",
            "long_incubation",
            "notes",
        ),
        rows,
    )

    tt = table_of(Tag)
    tags = {row.name: row.id for row in conn.execute(select(tt.c.id, tt.c.name))}
    new_tags = [name for name in words.tags if name not in tags]
    first = w.reserve(tt, len(new_tags))
    for i, name in enumerate(new_tags):
        tags[name] = first + i
    w.write(tt, ("id", "name"), [(tags[n], n) for n in new_tags])

    premises = run.words.premises
    pt = table_of(SubsidyPolicy)
    policy = conn.execute(
        select(pt.c.id).where(pt.c.name == premises.subsidy_policy)
    ).scalar_one_or_none()
    if policy is None:
        has_default = conn.scalar(select(func.count()).where(pt.c.is_default.is_(True)))
        policy = w.reserve(pt, 1)
        w.write(
            pt,
            ("id", "name", "steps", "is_default", "active"),
            [(policy, premises.subsidy_policy, premises.subsidy_steps, not has_default, True)],
        )
    return Lists(lookup, [tags[n] for n in words.tags], policy)


def write_settings(run: DemoRun) -> None:
    """The incubator's name, unless the database already has one."""
    st = table_of(Setting)
    if run.conn.scalar(select(func.count()).where(st.c.key == "incubator_name")):
        return
    run.writer.write(st, ("key", "value"), [("incubator_name", INCUBATOR_NAME)])
