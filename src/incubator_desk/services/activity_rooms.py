"""The meeting room of a mentoring session or a training event: choices, and its booking.

Both keep their room booking in step the same way, inside the caller's unit of work, so a
room clash refuses the whole save and nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..db import Store, UnitOfWork
from ..models import Booking, Unit
from . import spaces


def bookable_rooms(db: Store) -> list[tuple[int, str]]:
    """(id, code) of the units booked by the hour (meeting rooms…), in code order."""
    with db.read() as s:
        rows = s.execute(
            select(Unit.id, Unit.code).where(Unit.bookable).order_by(Unit.code, Unit.id)
        )
        return [(i, code) for i, code in rows]


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
