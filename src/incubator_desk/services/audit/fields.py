"""How the audit trail shows a change: each field's name in the reader's language, and each
value as people read it (a tenant's name for its id, "Incubating" for "incubating", ¥ amounts,
park time)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Enum as SqlEnum
from sqlalchemy import select
from sqlalchemy.orm import Mapper, Session

from ...core import clock
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.labels import label
from ...core.money import money
from ...db.audit import record_name
from ...models import Base
from ...models.base import Money

FIELD = "fields"
# The figures keep the labels the tenant window gives them (translated once, under its context).
FIGURE = "TenantDetail"

_LABELS: dict[str, tuple[str, str]] = {
    "name_zh": (FIELD, QT_TRANSLATE_NOOP("fields", "Name (Chinese)")),
    "name_en": (FIELD, QT_TRANSLATE_NOOP("fields", "Name (English)")),
    "credit_code": (FIELD, QT_TRANSLATE_NOOP("fields", "Unified social credit code")),
    "founded_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Founded on")),
    "registered_capital": (FIELD, QT_TRANSLATE_NOOP("fields", "Registered capital")),
    "industry_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Industry")),
    "tech_field_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Technology field")),
    "registration_type_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Registration type")),
    "sector_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Sector of the economy")),
    "park_address": (FIELD, QT_TRANSLATE_NOOP("fields", "Address in the park")),
    "entry_date": (FIELD, QT_TRANSLATE_NOOP("fields", "Entry date")),
    "planned_graduation_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Planned graduation")),
    "high_tech_enterprise": (FIELD, QT_TRANSLATE_NOOP("fields", "High-tech enterprise")),
    "high_tech_since": (FIELD, QT_TRANSLATE_NOOP("fields", "High-tech since")),
    "listing_status": (FIELD, QT_TRANSLATE_NOOP("fields", "Listing")),
    "listing_date": (FIELD, QT_TRANSLATE_NOOP("fields", "Listed on")),
    "tags": (FIELD, QT_TRANSLATE_NOOP("fields", "Tags")),
    "notes": (FIELD, QT_TRANSLATE_NOOP("fields", "Notes")),
    "stage": (FIELD, QT_TRANSLATE_NOOP("fields", "Stage")),
    "exit_reason": (FIELD, QT_TRANSLATE_NOOP("fields", "Exit reason")),
    "graduated_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Graduated on")),
    "archived_at": (FIELD, QT_TRANSLATE_NOOP("fields", "Archived")),
    "tenant_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Tenant")),
    "name": (FIELD, QT_TRANSLATE_NOOP("fields", "Name")),
    "phone": (FIELD, QT_TRANSLATE_NOOP("fields", "Phone")),
    "email": (FIELD, QT_TRANSLATE_NOOP("fields", "Email")),
    "role": (FIELD, QT_TRANSLATE_NOOP("fields", "Role")),
    "is_primary_contact": (FIELD, QT_TRANSLATE_NOOP("fields", "Primary contact")),
    "from_stage": (FIELD, QT_TRANSLATE_NOOP("fields", "From stage")),
    "to_stage": (FIELD, QT_TRANSLATE_NOOP("fields", "To stage")),
    "changed_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Changed on")),
    "reason": (FIELD, QT_TRANSLATE_NOOP("fields", "Reason")),
    "year": (FIELD, QT_TRANSLATE_NOOP("fields", "Year")),
    "quarter": (FIELD, QT_TRANSLATE_NOOP("fields", "Quarter")),
    "awards": (FIELD, QT_TRANSLATE_NOOP("fields", "Awards")),
    "investor": (FIELD, QT_TRANSLATE_NOOP("fields", "Investor")),
    "round": (FIELD, QT_TRANSLATE_NOOP("fields", "Round")),
    "amount": (FIELD, QT_TRANSLATE_NOOP("fields", "Amount")),
    "unit_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Unit")),
    "floor_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Floor")),
    "code": (FIELD, QT_TRANSLATE_NOOP("fields", "Code")),
    "kind": (FIELD, QT_TRANSLATE_NOOP("fields", "Kind")),
    "status": (FIELD, QT_TRANSLATE_NOOP("fields", "Status")),
    "area_m2": (FIELD, QT_TRANSLATE_NOOP("fields", "Area (m²)")),
    "desk_count": (FIELD, QT_TRANSLATE_NOOP("fields", "Desks")),
    "desks": (FIELD, QT_TRANSLATE_NOOP("fields", "Desks")),
    "capacity": (FIELD, QT_TRANSLATE_NOOP("fields", "Capacity")),
    "start_date": (FIELD, QT_TRANSLATE_NOOP("fields", "Start")),
    "end_date": (FIELD, QT_TRANSLATE_NOOP("fields", "End")),
    "monthly_rent": (FIELD, QT_TRANSLATE_NOOP("fields", "Monthly rent")),
    "starts_at": (FIELD, QT_TRANSLATE_NOOP("fields", "Starts")),
    "ends_at": (FIELD, QT_TRANSLATE_NOOP("fields", "Ends")),
    "title": (FIELD, QT_TRANSLATE_NOOP("fields", "Title")),
    "topic": (FIELD, QT_TRANSLATE_NOOP("fields", "Topic")),
    "mentor_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Mentor")),
    "fund_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Fund")),
    "application_id": (FIELD, QT_TRANSLATE_NOOP("fields", "Application")),
    "total_size": (FIELD, QT_TRANSLATE_NOOP("fields", "Fund size")),
    "per_deal_cap": (FIELD, QT_TRANSLATE_NOOP("fields", "Per-deal cap")),
    "amount_requested": (FIELD, QT_TRANSLATE_NOOP("fields", "Amount requested")),
    "amount_approved": (FIELD, QT_TRANSLATE_NOOP("fields", "Amount approved")),
    "instrument": (FIELD, QT_TRANSLATE_NOOP("fields", "Instrument")),
    "status_since": (FIELD, QT_TRANSLATE_NOOP("fields", "Status since")),
    "tranche_no": (FIELD, QT_TRANSLATE_NOOP("fields", "Tranche")),
    "planned_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Planned for")),
    "paid_on": (FIELD, QT_TRANSLATE_NOOP("fields", "Paid on")),
    "milestone": (FIELD, QT_TRANSLATE_NOOP("fields", "Milestone")),
    "number": (FIELD, QT_TRANSLATE_NOOP("fields", "Number")),
    "total": (FIELD, QT_TRANSLATE_NOOP("fields", "Total")),
    "key": (FIELD, QT_TRANSLATE_NOOP("fields", "Setting")),
    "value": (FIELD, QT_TRANSLATE_NOOP("fields", "Value")),
    "username": (FIELD, QT_TRANSLATE_NOOP("fields", "User name")),
    "display_name": (FIELD, QT_TRANSLATE_NOOP("fields", "Display name")),
    "active": (FIELD, QT_TRANSLATE_NOOP("fields", "Active")),
    "password_hash": (FIELD, QT_TRANSLATE_NOOP("fields", "Password")),
    "rows_created": (FIELD, QT_TRANSLATE_NOOP("fields", "Rows created")),
    "rows_updated": (FIELD, QT_TRANSLATE_NOOP("fields", "Rows updated")),
    "rows_unchanged": (FIELD, QT_TRANSLATE_NOOP("fields", "Rows unchanged")),
    "rows_rejected": (FIELD, QT_TRANSLATE_NOOP("fields", "Rows rejected")),
    "rows_stale": (
        FIELD,
        QT_TRANSLATE_NOOP("fields", "Rows left as they were (changed since the preview)"),
    ),
    "staff_total": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Staff, total")),
    "staff_rd": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "R&D staff")),
    "staff_phd": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "PhD holders")),
    "staff_master": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Master's degree holders")),
    "staff_bachelor": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Bachelor's degree holders")),
    "staff_college": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "College (大专) or above")),
    "staff_returnees": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Returnees")),
    "fresh_graduates_hired": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Fresh graduates hired")),
    "revenue": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Revenue (¥)")),
    "net_profit": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Net profit (¥)")),
    "export_value": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Export (¥)")),
    "rd_spend": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "R&D spend (¥)")),
    "taxes_paid": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Taxes paid (¥)")),
    "invention_applications": (
        FIGURE,
        QT_TRANSLATE_NOOP("TenantDetail", "Invention patent applications"),
    ),
    "invention_grants": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Invention patents granted")),
    "utility_models": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Utility models")),
    "designs": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Designs")),
    "software_copyrights": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Software copyrights")),
    "valid_invention_patents": (
        FIGURE,
        QT_TRANSLATE_NOOP("TenantDetail", "Valid invention patents"),
    ),
    "ic_layouts": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "IC layout designs")),
    "tech_contracts_count": (FIGURE, QT_TRANSLATE_NOOP("TenantDetail", "Technology contracts")),
    "tech_contracts_value": (
        FIGURE,
        QT_TRANSLATE_NOOP("TenantDetail", "Technology contracts value (¥)"),
    ),
}
YES = QT_TRANSLATE_NOOP("fields", "Yes")
NO = QT_TRANSLATE_NOOP("fields", "No")


def field_label(key: str) -> str:
    """A column's name as the reader reads it ("registered capital" where none is known)."""
    found = _LABELS.get(key)
    if found is None:
        return key.removesuffix("_id").replace("_", " ")
    return translate(*found)


@cache
def _mappers() -> dict[str, Mapper[Any]]:
    return {
        str(getattr(m.local_table, "name", "")): m
        for m in Base.registry.mappers
        if m.local_table is not None
    }


def _column(table: str, key: str) -> Any:
    mapper = _mappers().get(table)
    if mapper is None or key not in mapper.columns:
        return None
    return mapper.columns[key]


def _target_table(table: str, key: str) -> str | None:
    """The table a foreign-key column refers to."""
    column = _column(table, key)
    if column is None:
        return None
    for fk in column.foreign_keys:
        return str(fk.column.table.name)
    return None


class Names:
    """The names of records that changes refer to by id, fetched a table at a time."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.known: dict[tuple[str, int], str] = {}

    def fetch(self, entries: Iterable[tuple[str, dict[str, Any] | None]]) -> None:
        """Look up every id the changes of `entries` (table, changes) refer to."""
        wanted: dict[str, set[int]] = {}
        for table, changes in entries:
            for key, value in (changes or {}).items():
                target = _target_table(table, key) if key.endswith("_id") else None
                if target is None:
                    continue
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, int) and (target, v) not in self.known:
                        wanted.setdefault(target, set()).add(v)
        for target, ids in wanted.items():
            mapper = _mappers().get(target)
            if mapper is None:
                continue
            model = mapper.class_
            ordered = sorted(ids)
            for start in range(0, len(ordered), 500):
                chunk = ordered[start : start + 500]
                for obj in self.s.scalars(select(model).where(model.id.in_(chunk))):
                    values = {a.key: getattr(obj, a.key) for a in mapper.column_attrs}
                    self.known[(target, obj.id)] = record_name(target, values) or f"#{obj.id}"

    def name(self, table: str, id_: int) -> str | None:
        return self.known.get((table, id_))


def value_text(table: str, key: str, value: Any, names: Names | None = None) -> str:
    """A stored value of `table.key` as people read it ("" for nothing)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate(FIELD, YES if value else NO)
    if isinstance(value, list):
        return ", ".join(value_text(table, key, v, names) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    column = _column(table, key)
    if column is not None:
        target = _target_table(table, key)
        if target is not None and isinstance(value, int):
            found = names.name(target, value) if names is not None else None
            return found or f"#{value}"
        kind = column.type
        if isinstance(kind, SqlEnum) and kind.enum_class is not None:
            try:
                return label(kind.enum_class(value))
            except ValueError:
                return str(value)
        if isinstance(kind, Money):
            try:
                return money(Decimal(str(value)))
            except InvalidOperation:
                return str(value)
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return clock.local_text(clock.read_timestamp(value))
        except ValueError:
            return value
    return str(value)
