"""A tenant's billing terms: monthly or quarterly, and the days it has to pay a bill."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import BillingCycle
from ...db import Store
from ...models import BillingTerms, Tenant
from ..access import Action, requires

_t = Translator("errors")


@dataclass(frozen=True)
class Terms:
    tenant_id: int
    cycle: BillingCycle
    due_days: int | None  # None: the incubator's default (Settings → Billing)
    notes: str = ""
    version: int | None = None  # None: never saved, monthly and the default days


def read_terms(s: Session, tenant_ids: set[int] | None = None) -> dict[int, Terms]:
    """The saved terms by tenant (a tenant missing here is billed monthly)."""
    q = select(BillingTerms)
    if tenant_ids is not None:
        q = q.where(BillingTerms.tenant_id.in_(tenant_ids))
    return {
        t.tenant_id: Terms(t.tenant_id, t.cycle, t.due_days, t.notes, t.version)
        for t in s.scalars(q)
    }


def tenant_terms(db: Store, tenant_id: int) -> Terms:
    with db.read() as s:
        return read_terms(s, {tenant_id}).get(tenant_id) or Terms(
            tenant_id, BillingCycle.MONTHLY, None
        )


@requires(Action.BILLING)
def save_terms(
    db: Store,
    tenant_id: int,
    cycle: BillingCycle,
    due_days: int | None,
    notes: str = "",
    expected_version: int | None = None,
) -> int:
    """Bill the tenant monthly or quarterly, with its own days to pay (None: the default).

    A new cycle applies to the periods billed from now on; bills already issued stay."""
    if due_days is not None and not 0 <= due_days <= 365:
        raise ValidationError(
            {"due_days": _t(QT_TRANSLATE_NOOP("errors", "Give a number of days from 0 to 365."))}
        )
    with db.uow(summary="save billing terms") as uow:
        s = uow.session
        if s.get(Tenant, tenant_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
        row = s.scalar(select(BillingTerms).where(BillingTerms.tenant_id == tenant_id))
        if row is None:
            row = BillingTerms(tenant_id=tenant_id)
            s.add(row)
        else:
            uow.get(BillingTerms, row.id, expected_version)
        row.cycle, row.due_days, row.notes = BillingCycle(cycle), due_days, notes.strip()
        uow.commit()
        return row.version


def find_tenant(db: Store, text: str) -> int:
    """The tenant a person names by its credit code or its full name (Chinese or English)."""
    from ..creditcode import normalise

    wanted = (text or "").strip()
    with db.read() as s:
        found = s.scalar(select(Tenant.id).where(Tenant.credit_code == normalise(wanted)))
        if found is None:
            named = s.scalars(
                select(Tenant.id).where(or_(Tenant.name_zh == wanted, Tenant.name_en == wanted))
            ).all()
            found = named[0] if len(named) == 1 else None
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "No tenant has the credit code or name {name}."),
            name=wanted,
        )
    return found


__all__ = ["Terms", "find_tenant", "read_terms", "save_terms", "tenant_terms"]
