"""Which units are let by the month, and which of them can be allocated now: the one rule.

A unit is lettable when its kind is let by the month and it is not booked by the hour; a
lettable unit can take a new allocation while it is available (not under maintenance or
retired). Occupancy, vacancies, the dashboard, the floor plan, the allocation checks and the
window's unit lists all ask here, in Python or in SQL, so they cannot disagree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_

from ...core.vocabularies import LETTABLE_KINDS, UnitKind, UnitStatus
from ...models import Unit

LETTABLE = LETTABLE_KINDS
"""The kinds of unit let by the month; a meeting room is only ever booked by the hour."""


def is_lettable(kind: UnitKind, bookable: bool) -> bool:
    """A unit of `kind` is let by the month unless it is booked by the hour."""
    return kind in LETTABLE and not bookable


def is_allocatable(kind: UnitKind, bookable: bool, status: UnitStatus) -> bool:
    """A lettable unit can take a new allocation while it is available."""
    return is_lettable(kind, bookable) and status == UnitStatus.AVAILABLE


def lettable_clause() -> Any:
    """`is_lettable` as an SQL condition on `Unit`."""
    return and_(Unit.kind.in_(LETTABLE), Unit.bookable.is_(False))


def allocatable_clause() -> Any:
    """`is_allocatable` as an SQL condition on `Unit`."""
    return and_(lettable_clause(), Unit.status == UnitStatus.AVAILABLE)
