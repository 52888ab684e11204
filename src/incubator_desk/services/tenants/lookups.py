"""The lists a tenant's fields choose from (industries, technology fields…) and its tags."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.i18n import Translator
from ...core.text import fold
from ...core.vocabularies import LookupCategory
from ...db import Database, Store
from ...models import LookupAlias, LookupItem, Tag
from ..access import Action, requires
from .checks import ALIAS_TAKEN, BAD_CODE, LOOKUP_CODE, REQUIRED, text_problem

_t = Translator("errors")


@dataclass(frozen=True)
class LookupRow:
    id: int
    category: LookupCategory
    code: str
    name_zh: str
    name_en: str
    sort_order: int
    active: bool
    long_incubation: bool
    version: int
    notes: str = ""
    aliases: tuple[str, ...] = ()  # other names imports recognise it by

    def name(self, lang: str = "zh") -> str:
        return (self.name_zh if lang.startswith("zh") else self.name_en) or self.name_zh


def lookups(db: Store, category: LookupCategory, include_inactive: bool = False) -> list[LookupRow]:
    stmt = select(LookupItem).where(LookupItem.category == category)
    if not include_inactive:
        stmt = stmt.where(LookupItem.active.is_(True))
    stmt = stmt.order_by(LookupItem.sort_order, LookupItem.id)
    with db.read() as s:
        others: dict[int, list[str]] = {}
        for item_id, alias in s.execute(
            select(LookupAlias.item_id, LookupAlias.alias)
            .where(LookupAlias.category == category)
            .order_by(LookupAlias.id)
        ):
            others.setdefault(item_id, []).append(alias)
        return [_lookup_row(x, others.get(x.id, ())) for x in s.scalars(stmt)]


def _lookup_row(x: LookupItem, aliases: Iterable[str] = ()) -> LookupRow:
    return LookupRow(
        x.id,
        x.category,
        x.code,
        x.name_zh,
        x.name_en,
        x.sort_order,
        x.active,
        x.long_incubation,
        x.version,
        x.notes,
        tuple(aliases),
    )


_CODE = re.compile(r"^[A-Za-z0-9_]{1,64}$")
MAX_LOOKUP_NAME = 120


@requires(Action.CHANGE_SETTINGS)
def save_lookup(
    db: Store,
    category: LookupCategory,
    code: str,
    name_zh: str,
    name_en: str,
    *,
    long_incubation: bool = False,
    active: bool = True,
    item_id: int | None = None,
    expected_version: int | None = None,
    aliases: Sequence[str] | None = None,
) -> int:
    """Create or change an entry of a list; entries are deactivated, never deleted.

    `aliases` (when given) replaces the other names the entry is recognised by in imports.
    """
    code, name_zh, name_en = code.strip(), name_zh.strip(), name_en.strip()
    errors: dict[str, str] = {}
    if not _CODE.match(code):
        errors["code"] = _t(BAD_CODE)
    if not name_zh and not name_en:
        errors["name_zh"] = _t(REQUIRED)
    for key, value in (("name_zh", name_zh), ("name_en", name_en)):
        if problem := text_problem(value, MAX_LOOKUP_NAME):
            errors[key] = problem
    wanted = list(dict.fromkeys(a.strip() for a in aliases or () if a.strip()))
    for alias in wanted:
        if problem := text_problem(alias, MAX_LOOKUP_NAME):
            errors["aliases"] = problem
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"list {category.value}: {code}") as uow:
        s = uow.session
        other = s.scalar(
            select(LookupItem).where(LookupItem.category == category, LookupItem.code == code)
        )
        if other is not None and other.id != item_id:
            raise ValidationError({"code": _t(LOOKUP_CODE, code=code, name=other.name_zh)})
        if item_id is None:
            top = s.scalar(
                select(func.coalesce(func.max(LookupItem.sort_order), 0)).where(
                    LookupItem.category == category
                )
            )
            item = LookupItem(category=category, code=code, sort_order=(top or 0) + 1)
            s.add(item)
        else:
            item = uow.get(LookupItem, item_id, expected_version)
            item.code = code
        item.name_zh = name_zh or name_en
        item.name_en = name_en or name_zh
        item.long_incubation = long_incubation
        item.active = active
        s.flush()
        if aliases is not None:
            _replace_aliases(s, item, wanted)
        uow.commit()
        return item.id


def _replace_aliases(s: Session, item: LookupItem, wanted: list[str]) -> None:
    own = {fold(n) for n in (item.code, item.name_zh, item.name_en)}
    keep = [a for a in wanted if fold(a) not in own]
    taken = {
        fold(a.alias): a
        for a in s.scalars(
            select(LookupAlias).where(
                LookupAlias.category == item.category, LookupAlias.item_id != item.id
            )
        )
    }
    clashes = [a for a in keep if fold(a) in taken]
    if clashes:
        other = s.get(LookupItem, taken[fold(clashes[0])].item_id)
        raise ValidationError(
            {"aliases": _t(ALIAS_TAKEN, alias=clashes[0], name=other.name_zh if other else "?")}
        )
    for name in (item.name_zh, item.name_en, item.code):
        if (holder := taken.get(fold(name))) is not None:
            raise ValidationError(
                {"name_zh": _t(ALIAS_TAKEN, alias=name, name=_owner_name(s, holder.item_id))}
            )
    current = list(s.scalars(select(LookupAlias).where(LookupAlias.item_id == item.id)))
    by_key = {fold(a): a for a in keep}
    for old in current:
        if fold(old.alias) not in by_key:
            s.delete(old)
    have = {fold(a.alias) for a in current}
    for key, alias in by_key.items():
        if key not in have:
            s.add(LookupAlias(category=item.category, alias=alias, item_id=item.id))


def _owner_name(s: Session, item_id: int) -> str:
    item = s.get(LookupItem, item_id)
    return item.name_zh if item else "?"


def all_tags(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def split_tags(text: str) -> list[str]:
    return [t for t in (x.strip() for x in re.split(r"[;,，；、|/]", text or "")) if t]


def tags_named(s: Session, names: Iterable[str]) -> list[Tag]:
    """The tags of these names, created when new (in the caller's session)."""
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not wanted:
        return []
    have = {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    out = []
    for name in wanted:
        tag = have.get(name)
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
        out.append(tag)
    return out
