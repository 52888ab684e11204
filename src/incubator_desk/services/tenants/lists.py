"""Keeping the lists tidy: merging two entries, and entries and other names that imports add."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.text import fold
from ...core.vocabularies import AuditAction, LookupCategory
from ...db import Database, Store
from ...models import LookupAlias, LookupItem, Tenant, TrainingEvent
from ..access import Action, requires
from .search import invalidate_search

_t = Translator("errors")

MERGE_ITSELF = QT_TRANSLATE_NOOP("errors", "Choose another entry to merge with.")
MERGE_OTHER_LIST = QT_TRANSLATE_NOOP("errors", "Only entries of the same list can be merged.")

# The tenant column each list fills.
TENANT_COLUMN = {
    LookupCategory.INDUSTRY: Tenant.industry_id,
    LookupCategory.TECH_FIELD: Tenant.tech_field_id,
    LookupCategory.REGISTRATION_TYPE: Tenant.registration_type_id,
    LookupCategory.SECTOR: Tenant.sector_id,
}
MAX_NAME = 120


@dataclass(frozen=True)
class MergeResult:
    kept: int
    tenants_moved: int
    events_moved: int


@requires(Action.CHANGE_SETTINGS)
def merge_lookups(
    db: Database,
    keep_id: int,
    merge_id: int,
    keep_version: int | None = None,
    merge_version: int | None = None,
) -> MergeResult:
    """Merge entry `merge_id` into `keep_id`: every reference moves to the kept entry.

    The merged entry's names and other names become other names of the kept one (so a
    later import of the old name finds it), and the merged entry is removed.
    """
    if keep_id == merge_id:
        raise ValidationError({"merge": _t(MERGE_ITSELF)})
    with db.uow(summary="merge list entries") as uow:
        s = uow.session
        keep = uow.get(LookupItem, keep_id, keep_version)
        gone = uow.get(LookupItem, merge_id, merge_version)
        if keep.category != gone.category:
            raise ValidationError({"merge": _t(MERGE_OTHER_LIST)})
        column = TENANT_COLUMN[keep.category]
        moved = s.scalar(select(func.count()).where(column == merge_id)) or 0
        s.execute(
            update(Tenant)
            .where(column == merge_id)
            .values({column.key: keep_id})
            .execution_options(synchronize_session=False)
        )
        events = 0
        if keep.category == LookupCategory.INDUSTRY:
            for event in s.scalars(select(TrainingEvent)):
                targets = list(event.target_industries or [])
                if merge_id in targets:
                    event.target_industries = list(
                        dict.fromkeys(keep_id if t == merge_id else t for t in targets)
                    )
                    events += 1
        own = {fold(n) for n in (keep.code, keep.name_zh, keep.name_en)}
        names = [gone.name_zh, gone.name_en]
        for alias in list(s.scalars(select(LookupAlias).where(LookupAlias.item_id == merge_id))):
            names.append(alias.alias)
            s.delete(alias)
        s.flush()
        existing = {
            fold(a)
            for a in s.scalars(
                select(LookupAlias.alias).where(LookupAlias.category == keep.category)
            )
        }
        for name in names:
            key = fold(name)
            if name and key not in own and key not in existing:
                existing.add(key)
                s.add(LookupAlias(category=keep.category, alias=name[:MAX_NAME], item_id=keep_id))
        keep.long_incubation = keep.long_incubation or gone.long_incubation
        s.delete(gone)
        uow.audit(
            AuditAction.UPDATE,
            "lookup_items",
            keep_id,
            f"merged “{gone.name_zh}” ({gone.code}) into “{keep.name_zh}” ({keep.code}): "
            f"{moved} tenant(s), {events} event(s)",
        )
        uow.commit()
    invalidate_search(db)
    return MergeResult(keep_id, moved, events)


def usage(db: Store, category: LookupCategory) -> dict[int, int]:
    """Entry id → how many tenants (archived ones included) refer to it."""
    column = TENANT_COLUMN[category]
    with db.read() as s:
        return {
            item_id: n
            for item_id, n in s.execute(
                select(column, func.count()).where(column.is_not(None)).group_by(column)
            )
            if item_id is not None
        }


def add_entries(
    s: Session, category: LookupCategory, names: Iterable[str], note: str = ""
) -> dict[str, int]:
    """New entries of a list named as written (in the caller's session): folded name → id."""
    taken = set(s.scalars(select(LookupItem.code).where(LookupItem.category == category)))
    top = (
        s.scalar(
            select(func.coalesce(func.max(LookupItem.sort_order), 0)).where(
                LookupItem.category == category
            )
        )
        or 0
    )
    out: dict[str, int] = {}
    for name in names:
        name = name.strip()[:MAX_NAME]
        if not name or fold(name) in out:
            continue
        code = _new_code(name, taken)
        taken.add(code)
        top += 1
        item = LookupItem(
            category=category,
            code=code,
            name_zh=name,
            name_en=name,
            sort_order=top,
            notes=note,
        )
        s.add(item)
        s.flush()
        out[fold(name)] = item.id
    return out


def remember_aliases(s: Session, category: LookupCategory, aliases: dict[str, int]) -> None:
    """Other names (as written → entry id) imports will recognise from now on."""
    existing = {
        fold(a)
        for a in s.scalars(select(LookupAlias.alias).where(LookupAlias.category == category))
    }
    for alias, item_id in aliases.items():
        key = fold(alias)
        if key and key not in existing:
            existing.add(key)
            s.add(LookupAlias(category=category, alias=alias[:MAX_NAME], item_id=item_id))


def _new_code(name: str, taken: set[str]) -> str:
    """A code for a new entry: the name's letters when it has some (ASCII), else new_<n>."""
    plain = unicodedata.normalize("NFKC", name).lower().encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    base = base[:50] or "new"
    if base != "new" and base not in taken:
        return base
    n = 1
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"
