"""The lists a tenant's fields choose from (industries, technology fields…) and its tags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.i18n import Translator
from ...core.vocabularies import LookupCategory
from ...db import Database
from ...models import LookupItem, Tag
from .checks import BAD_CODE, LOOKUP_CODE, REQUIRED, TOO_LONG

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

    def name(self, lang: str = "zh") -> str:
        return (self.name_zh if lang.startswith("zh") else self.name_en) or self.name_zh


def lookups(
    db: Database, category: LookupCategory, include_inactive: bool = False
) -> list[LookupRow]:
    stmt = select(LookupItem).where(LookupItem.category == category)
    if not include_inactive:
        stmt = stmt.where(LookupItem.active.is_(True))
    stmt = stmt.order_by(LookupItem.sort_order, LookupItem.id)
    with db.read() as s:
        return [_lookup_row(x) for x in s.scalars(stmt)]


def _lookup_row(x: LookupItem) -> LookupRow:
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
    )


_CODE = re.compile(r"^[a-z0-9_]{1,64}$")


def save_lookup(
    db: Database,
    category: LookupCategory,
    code: str,
    name_zh: str,
    name_en: str,
    *,
    long_incubation: bool = False,
    active: bool = True,
    item_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or change an entry of a list; entries are deactivated, never deleted."""
    code, name_zh, name_en = code.strip(), name_zh.strip(), name_en.strip()
    errors: dict[str, str] = {}
    if not _CODE.match(code):
        errors["code"] = _t(BAD_CODE)
    if not name_zh and not name_en:
        errors["name_zh"] = _t(REQUIRED)
    for key, value in (("name_zh", name_zh), ("name_en", name_en)):
        if len(value) > 120:
            errors[key] = _t(TOO_LONG, limit=120, count=len(value))
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
        uow.commit()
        return item.id


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
