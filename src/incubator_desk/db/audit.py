"""What an audit entry says about its record: a JSON-friendly before and after, the record's
name as people know it, and the tenant the record belongs to."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect

from ..core.periods import period_text
from ..models import Base

SKIPPED = ("version", "created_at", "updated_at")
# Columns whose values the trail never holds, only that they were set or changed.
SECRET = ("password_hash",)
HIDDEN = "******"
# The attributes that name a record, tried in turn (a tenant's Chinese name, a bill's number…).
NAME_ATTRIBUTES = ("name_zh", "name", "title", "number", "code", "display_name", "key", "investor")
NAME_LENGTH = 200


def plain(value: Any) -> Any:
    """A JSON-friendly form of a column value for the audit trail."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, dict, str, int, float, bool)) or value is None:
        return value
    return str(value)


def changes(obj: Base) -> dict[str, Any]:
    """The columns a flush is about to change: key → [before, after]."""
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            out[attr.key] = [_kept(attr.key, old), _kept(attr.key, new)]
    return out


def _kept(key: str, value: Any) -> Any:
    """What the trail keeps of a value: a secret only as set (HIDDEN) or not (None)."""
    if key in SECRET:
        return HIDDEN if value is not None else None
    return plain(value)


def snapshot(obj: Base) -> dict[str, Any]:
    """Every column of a record (what a new record was created with, or a deleted one held)."""
    state = inspect(obj)
    return {
        a.key: _kept(a.key, getattr(obj, a.key))
        for a in state.mapper.column_attrs
        if a.key not in SKIPPED
    }


def record_name(table: str, values: dict[str, Any]) -> str:
    """The name people know a record by, from its column values ("" when it has none)."""
    if table == "kpi_snapshots" and values.get("year") and values.get("quarter"):
        return period_text(int(values["year"]), int(values["quarter"]))
    if table == "stage_changes" and values.get("changed_on"):  # a move along the chain: its day
        day = values["changed_on"]
        return day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
    for key in NAME_ATTRIBUTES:
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:NAME_LENGTH]
    if isinstance(values.get("year"), int):  # a year's figures (an annual return)
        return str(values["year"])
    return ""


def tenant_of(table: str, entity_id: int | None, values: dict[str, Any]) -> int | None:
    """The tenant a record belongs to: the tenant itself, or the one its tenant_id names."""
    if table == "tenants":
        return entity_id
    tenant_id = values.get("tenant_id")
    return tenant_id if isinstance(tenant_id, int) else None


def describe(obj: Base) -> tuple[str, int | None]:
    """The record's name and tenant, read from the object as it is now."""
    state = inspect(obj)
    keys = {a.key for a in state.mapper.column_attrs}
    wanted = [
        k for k in (*NAME_ATTRIBUTES, "year", "quarter", "changed_on", "tenant_id") if k in keys
    ]
    values = {k: getattr(obj, k) for k in wanted}
    table = obj.__tablename__
    return record_name(table, values), tenant_of(table, getattr(obj, "id", None), values)
