"""The meeting room of a mentoring session or a training event: choices, and its booking.

Both keep their room booking in step the same way, inside the caller's unit of work, so a
room clash refuses the whole save and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..db import Store, UnitOfWork
from ..models import Booking, Building, Unit
from . import spaces
from .spaces.rows import full_code


def bookable_rooms(db: Store) -> list[tuple[int, str]]:
    """(id, full code such as A-801) of the units booked by the hour (meeting rooms…), by
    building and code."""
    with db.read() as s:
        rows = s.execute(
            select(Unit.id, Building.code, Unit.code)
            .join(Building, Building.id == Unit.building_id)
            .where(Unit.bookable)
            .order_by(Building.code, Unit.code, Unit.id)
        )
        return [(i, full_code(building, code)) for i, building, code in rows]


def keep_room_booked(
    uow: UnitOfWork,
    current: Booking | None,
    unit_id: int | None,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    *,
    tenant_id: int | None = None,
    event_id: int | None = None,
    purpose: str = "",
) -> int | None:
    """Make `current` (the confirmed booking held now, if any) match the room and times wanted.

    An unchanged booking is kept; otherwise it is cancelled and `unit_id` (None: no room) booked
    through spaces in `uow`. Returns the id of the booking held afterwards, or None.
    """
    if (
        current is not None
        and current.unit_id == unit_id
        and current.starts_at == starts_at
        and current.ends_at == ends_at
    ):
        return current.id
    if current is not None:
        spaces.cancel_booking(uow, current.id)
        uow.session.flush()
    if unit_id is None:
        return None
    return spaces.book_room(
        uow, unit_id, starts_at, ends_at, tenant_id=tenant_id, event_id=event_id, purpose=purpose
    )


__all__ = ["bookable_rooms", "keep_room_booked"]
