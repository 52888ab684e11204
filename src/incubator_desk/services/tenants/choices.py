"""Tenants to pick from in a form: one list for every area's tenant picker."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...core.vocabularies import OPEN_STAGES
from ...db import Store
from ...models import Tenant


@dataclass(frozen=True)
class TenantChoice:
    """A tenant as a picker shows it."""

    id: int
    name: str
    credit_code: str


def tenant_choices(db: Store, open_only: bool = True) -> list[TenantChoice]:
    """Tenants not archived, by name; with `open_only`, only those still in incubation
    (pre-incubation, incubating, accelerating): the ones that may be given space or
    mentoring. Reports and fund applications list graduated and exited tenants too."""
    stmt = select(Tenant.id, Tenant.name_zh, Tenant.name_en, Tenant.credit_code).where(
        Tenant.archived_at.is_(None)
    )
    if open_only:
        stmt = stmt.where(Tenant.stage.in_(OPEN_STAGES))
    with db.read() as s:
        rows = [TenantChoice(i, zh or en or "", code or "") for i, zh, en, code in s.execute(stmt)]
    return sorted(rows, key=lambda c: (c.name, c.id))
