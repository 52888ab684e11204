"""The tenant register as the Tenants page and the export list it: filters, sort and search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from ...core import clock
from ...core.periods import last_complete_quarter
from ...core.vocabularies import OPEN_STAGES, Stage
from ...db import Database
from ...models import KpiSnapshot, LookupItem, Person, Tag, Tenant, tenant_tags
from ..overview import Query, Register
from ..text_search import contains
from .search import IN_LIMIT, search_index


@dataclass(frozen=True)
class TenantRegister(Register):
    """The tenant register, searched through the in-memory index and counted leanly."""

    def _where(self, db: Database, q: Query) -> tuple[list[Any], int | None]:
        """The WHERE clauses for `q`, and the count when the search index already knows it."""
        where: list[Any] = []
        known: int | None = None
        text = q.search.strip()
        if text:
            ids = search_index(db).match(text)
            known = len(ids)
            if len(ids) <= IN_LIMIT:
                where.append(Tenant.id.in_(ids))
            else:
                assert self.search is not None
                where.append(self.search(text))
        filters = self.filter_clauses(q)
        return [*where, *filters], (None if filters else known)

    def filtered(self, db: Database, q: Query) -> Select[Any]:
        where, _known = self._where(db, q)
        return self.base.where(*where)

    def count(self, db: Database, q: Query) -> int:
        where, known = self._where(db, q)
        if known is not None:
            return known
        # Only the tenants table: no joins, no contact subqueries.
        lean = select(func.count(Tenant.id)).where(Tenant.archived_at.is_(None), *where)
        with db.read() as s:
            return s.scalar(lean) or 0


INDUSTRY = aliased(LookupItem)


def tenant_register(today: dt.date | None = None) -> TenantRegister:
    """The tenant list with every filter the page offers; search and sort done by the database."""
    today = today or clock.today()

    def first_person(column: Any) -> Any:
        """`column` of the tenant's primary contact, or else of its first person."""
        return (
            select(column)
            .where(Person.tenant_id == Tenant.id, Person.archived_at.is_(None))
            .order_by(Person.is_primary_contact.desc(), Person.id)
            .limit(1)
            .scalar_subquery()
        )

    base = (
        select(
            Tenant.id,
            Tenant.name_zh,
            Tenant.name_en,
            Tenant.credit_code,
            Tenant.stage,
            Tenant.industry_id.label("industry"),
            Tenant.entry_date,
            Tenant.planned_graduation_on,
            first_person(Person.name).label("contact"),
            first_person(Person.phone).label("phone"),
            Tenant.high_tech_enterprise,
        )
        .outerjoin(INDUSTRY, INDUSTRY.id == Tenant.industry_id)
        .where(Tenant.archived_at.is_(None))
    )

    def search(text: str) -> Any:
        code = "".join(text.split()).upper()
        people_match = (
            select(Person.id)
            .where(Person.tenant_id == Tenant.id, Person.archived_at.is_(None))
            .where(
                or_(contains(Person.name, text), contains(Person.phone, text, ignore_case=False))
            )
            .exists()
        )
        return or_(
            contains(Tenant.name_zh, text),
            contains(Tenant.name_en, text),
            contains(Tenant.credit_code, code, ignore_case=False),
            people_match,
        )

    last_y, last_q = last_complete_quarter(today)

    def entry_year(value: Any) -> Any:
        year = int(value)
        return and_(
            Tenant.entry_date >= dt.date(year, 1, 1), Tenant.entry_date <= dt.date(year, 12, 31)
        )

    def tag(value: Any) -> Any:
        return exists(
            select(tenant_tags.c.tenant_id)
            .join(Tag, Tag.id == tenant_tags.c.tag_id)
            .where(tenant_tags.c.tenant_id == Tenant.id, Tag.name == str(value))
        )

    def overdue(_value: Any) -> Any:
        return and_(Tenant.stage.in_(OPEN_STAGES), Tenant.planned_graduation_on < today)

    def figures_missing(_value: Any) -> Any:
        return and_(
            Tenant.stage.in_(OPEN_STAGES),
            Tenant.entry_date <= dt.date(last_y, last_q * 3, 1),
            ~exists(
                select(KpiSnapshot.id).where(
                    KpiSnapshot.tenant_id == Tenant.id,
                    KpiSnapshot.year == last_y,
                    KpiSnapshot.quarter == last_q,
                )
            ),
        )

    return TenantRegister(
        key="tenants",
        columns=(
            "id",
            "name_zh",
            "name_en",
            "credit_code",
            "stage",
            "industry",
            "entry_date",
            "planned_graduation_on",
            "contact",
            "phone",
            "high_tech_enterprise",
        ),
        base=base,
        sortable={
            "name_zh": Tenant.name_zh,
            "name_en": Tenant.name_en,
            "credit_code": Tenant.credit_code,
            "stage": Tenant.stage,
            "industry": INDUSTRY.sort_order,
            "entry_date": Tenant.entry_date,
            "planned_graduation_on": Tenant.planned_graduation_on,
            "high_tech_enterprise": Tenant.high_tech_enterprise,
        },
        search=search,
        filters={
            "stage": lambda v: Tenant.stage == Stage(v),
            "industry": lambda v: Tenant.industry_id == int(v),
            "entry_year": entry_year,
            "tag": tag,
            "overdue": overdue,
            "figures_missing": figures_missing,
        },
        default_sort="entry_date",
    )


def entry_years(db: Database) -> list[int]:
    with db.read() as s:
        first, last = s.execute(
            select(func.min(Tenant.entry_date), func.max(Tenant.entry_date))
        ).one()
    if first is None or last is None:
        return []
    return list(range(last.year, first.year - 1, -1))


def count(db: Database, query: Query, today: dt.date | None = None) -> int:
    return tenant_register(today).count(db, query)
