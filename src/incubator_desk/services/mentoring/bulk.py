"""Session columns read in bulk: raw values, converted here faster than row by row.

A busy month holds thousands of sessions and a year tens of thousands; the calendar and the
statistics read plain columns and turn them into enums and aware datetimes with these.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, type_coerce

from ...core.vocabularies import ServiceType, SessionMode, SessionStatus

SERVICE_TYPES = {m.value: m for m in ServiceType}
MODES = {m.value: m for m in SessionMode}
STATUSES = {m.value: m for m in SessionStatus}


def raw(col: Any) -> Any:
    """A column read without its type's result processing (see `core.clock.read_timestamp`)."""
    return type_coerce(col, String)
