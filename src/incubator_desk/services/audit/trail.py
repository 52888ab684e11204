"""Reading the audit trail: the register behind the Audit page and a tenant's History tab,
one entry in detail (before → after, field by field), and what the filters offer.

Nothing here, or anywhere else in the application, changes or removes an entry; the
database refuses it too (see the migration that made the trail append-only).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, case, cast, func, literal, or_, select

from ...core import clock
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.labels import entity_label, label, operator_label
from ...core.vocabularies import AuditAction
from ...db import Database, Store
from ...models import AuditEntry, Operator, Tenant
from ..overview import Query, Register
from ..text_search import contains
from .fields import Names, field_label, value_text

COLUMNS = (
    "id",
    "at",
    "operator",
    "action",
    "entity",
    "record",
    "tenant",
    "summary",
    "entity_id",
    "batch",
    "tenant_id",
)


# The areas of the application and the record types (tables) each one keeps. Anything else
# (settings, lists, accounts, demo data) is the "system" area.
AREAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tenants": (
        QT_TRANSLATE_NOOP("fields", "Tenants"),
        (
            "tenants",
            "people",
            "stage_changes",
            "kpi_snapshots",
            "investments_received",
            "tags",
            "annual_returns",
            "qualifications",
            "collection_rounds",
            "collection_entries",
        ),
    ),
    "spaces": (
        QT_TRANSLATE_NOOP("fields", "Spaces"),
        (
            "sites",
            "buildings",
            "floors",
            "units",
            "subsidy_policies",
            "allocations",
            "bookings",
            "equipment",
        ),
    ),
    "mentoring": (
        QT_TRANSLATE_NOOP("fields", "Mentoring"),
        (
            "mentors",
            "mentor_assignments",
            "mentoring_sessions",
            "session_tenants",
            "session_actions",
        ),
    ),
    "training": (
        QT_TRANSLATE_NOOP("fields", "Training"),
        ("training_events", "event_registrations"),
    ),
    "funding": (
        QT_TRANSLATE_NOOP("fields", "Funding"),
        (
            "funds",
            "fund_applications",
            "application_moves",
            "application_documents",
            "reviews",
            "committee_decisions",
            "disbursements",
        ),
    ),
    "billing": (
        QT_TRANSLATE_NOOP("fields", "Billing"),
        (
            "billing_terms",
            "billing_rates",
            "meter_readings",
            "one_off_fees",
            "billing_runs",
            "billing_counters",
            "bills",
            "bill_lines",
            "payments",
            "settlements",
            "deposit_moves",
        ),
    ),
}
SYSTEM = "system"
SYSTEM_LABEL = QT_TRANSLATE_NOOP("fields", "Settings and other records")


def area_choices() -> list[tuple[str, str]]:
    """(key, name in the reader's language) of every area, for the "area" filter."""
    out = [(key, translate("fields", text)) for key, (text, _tables) in AREAS.items()]
    return [*out, (SYSTEM, translate("fields", SYSTEM_LABEL))]


def _area(key: str) -> Any:
    # `entity || ''` keeps SQLite from reading a large area through the entity index and then
    # sorting it all: walking the time index newest first finds a screenful sooner.
    entity = AuditEntry.entity.concat("")
    if key == SYSTEM:
        return entity.not_in([t for _l, tables in AREAS.values() for t in tables])
    return entity.in_(AREAS[key][1])


def _since(day: dt.date) -> Any:
    return AuditEntry.at >= clock.at(day)


def _until(day: dt.date) -> Any:
    """Up to the end of `day` in the park."""
    return AuditEntry.at < clock.at(day + dt.timedelta(days=1))


def _record(text: str) -> Any:
    return or_(contains(AuditEntry.record_name, text), contains(Tenant.name_zh, text))


def _search(text: str) -> Any:
    """Free text: who, the record, the summary, or any value before or after."""
    values = cast(AuditEntry.changes, String)
    # The values are JSON text: Chinese may be stored as \u escapes there.
    escaped = json.dumps(text)[1:-1]
    return or_(
        contains(AuditEntry.record_name, text),
        contains(AuditEntry.summary, text),
        contains(Operator.display_name, text),
        contains(Tenant.name_zh, text),
        contains(values, text),
        *([contains(values, escaped)] if escaped != text else []),
    )


# A record's name, or its number where it has none (an allocation, a booking).
RECORD = func.coalesce(
    func.nullif(AuditEntry.record_name, ""), literal("#") + cast(AuditEntry.entity_id, String)
)


# The tenant an entry concerns, unless the record is the tenant itself (named already).
TENANT = case((AuditEntry.entity == "tenants", None), else_=Tenant.name_zh)


@dataclass(frozen=True)
class AuditRegister(Register):
    """The audit register, counting without the joins when no filter reads what they add."""

    def count(self, db: Database, q: Query) -> int:
        if q.search.strip() or q.filters.get("record"):
            return super().count(db, q)
        # Every entry has its operator, and the tenant is joined outside it: the same count.
        stmt = select(func.count()).select_from(AuditEntry).where(*self.filter_clauses(q))
        with db.read() as s:
            return s.scalar(stmt) or 0


def audit_register() -> Register:
    """Every audit entry with who made it and the tenant it concerns, newest first."""
    base = (
        select(
            AuditEntry.id,
            AuditEntry.at,
            Operator.display_name,
            AuditEntry.action,
            AuditEntry.entity,
            RECORD.label("record_name"),
            TENANT.label("name_zh"),
            AuditEntry.summary,
            AuditEntry.entity_id,
            AuditEntry.batch,
            AuditEntry.tenant_id,
        )
        .join(Operator, Operator.id == AuditEntry.operator_id)
        .outerjoin(Tenant, Tenant.id == AuditEntry.tenant_id)
    )
    return AuditRegister(
        key="audit",
        columns=COLUMNS,
        base=base,
        sortable={
            "at": AuditEntry.at,
            "operator": Operator.display_name,
            "action": AuditEntry.action,
            "entity": AuditEntry.entity,
            "record": RECORD,
            "tenant": TENANT,
        },
        search=_search,
        filters={
            "operator": lambda v: AuditEntry.operator_id == v,
            "entity": lambda v: AuditEntry.entity == v,
            "area": _area,
            "action": lambda v: AuditEntry.action == AuditAction(v),
            "tenant": lambda v: AuditEntry.tenant_id == v,
            "batch": lambda v: AuditEntry.batch == v,
            "record": _record,
            "since": _since,
            "until": _until,
        },
        default_sort="at",
    )


REGISTER = audit_register()


@dataclass(frozen=True)
class Change:
    """One field of an entry: its name, and its value before and after, as people read them."""

    key: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditDetail:
    id: int
    at: dt.datetime
    operator: str
    action: AuditAction
    entity: str
    entity_id: int | None
    record: str
    tenant: str
    summary: str
    batch: str | None
    batch_size: int  # entries in the same user action, this one included
    changes: list[Change]

    @property
    def when(self) -> str:
        return clock.local_text(self.at)

    @property
    def what(self) -> str:
        """ "Changed Tenant 深圳云帆科技有限公司" in the reader's language."""
        name = self.record or (f"#{self.entity_id}" if self.entity_id is not None else "")
        return " ".join(p for p in (label(self.action), entity_label(self.entity), name) if p)


def changes_of(
    action: AuditAction, entity: str, changes: dict[str, Any] | None, names: Names | None
) -> list[Change]:
    """An entry's changes field by field: [before, after] pairs, or the values a record was
    created with (after) or held when it was deleted (before)."""
    out = []
    for key, value in (changes or {}).items():
        if isinstance(value, list) and len(value) == 2 and action is AuditAction.UPDATE:
            before, after = value
        elif action is AuditAction.DELETE:
            before, after = value, None
        else:
            before, after = None, value
        b = value_text(entity, key, before, names)
        a = value_text(entity, key, after, names)
        if b or a:
            out.append(Change(key, field_label(key), b, a))
    return out


def entry(db: Store, entry_id: int) -> AuditDetail:
    """One entry with its changes field by field."""
    with db.read() as s:
        row = s.execute(
            REGISTER.base.add_columns(AuditEntry.changes).where(AuditEntry.id == entry_id)
        ).one()
        batch_size = 1
        if row.batch:
            batch_size = (
                s.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.batch == row.batch)
                )
                or 1
            )
        names = Names(s)
        names.fetch([(row.entity, row.changes)])
        action = AuditAction(row.action)
        return AuditDetail(
            id=row.id,
            at=clock.read_timestamp(row.at),
            operator=operator_label(row.display_name),
            action=action,
            entity=row.entity,
            entity_id=row.entity_id,
            record=row.record_name,
            tenant=row.name_zh or "",
            summary=row.summary,
            batch=row.batch,
            batch_size=batch_size,
            changes=changes_of(action, row.entity, row.changes, names),
        )


def count(db: Database, q: Query) -> int:
    return REGISTER.count(db, q)


def rows(db: Database, q: Query) -> list[tuple[Any, ...]]:
    """A window of entries as the register's COLUMNS."""
    return REGISTER.rows(db, q)


@dataclass(frozen=True)
class OperatorChoice:
    id: int
    name: str


def operators(db: Database) -> list[OperatorChoice]:
    """Everyone who has an account, for the "person" filter (disabled ones too)."""
    with db.read() as s:
        return [
            OperatorChoice(i, operator_label(name))
            for i, name in s.execute(
                select(Operator.id, Operator.display_name).order_by(Operator.display_name)
            )
        ]


def entities(db: Database) -> list[str]:
    """The record types the trail has entries about, for the "area" filter."""
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)))
