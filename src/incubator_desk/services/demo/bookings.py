"""Meeting-room bookings of the demo: tenants' own, and how every booking row is written."""

from __future__ import annotations

from typing import Any

from ...core.vocabularies import BookingStatus
from ...models import Booking
from .premises import Premises
from .run import DemoRun, weekday
from .tenant_lives import Residents
from .writer import table_of

# A booking row before its id: (unit id, tenant id, event id, starts, ends, purpose, status)
BookingRow = tuple[Any, ...]


def plan_room_bookings(run: DemoRun, premises: Premises, residents: Residents) -> list[BookingRow]:
    """Meeting-room bookings by tenants over the last half year and the next four weeks.

    They are written together with the rooms booked for mentoring sessions.
    """
    rnd = run.rng.random
    purposes = run.words.premises.booking_purposes
    rows: list[BookingRow] = []
    lo, hi = run.today - 182, run.today + 28
    for _ in range(run.n * 2):
        day = lo + int(rnd() * (hi - lo))
        if weekday(day) >= 5:
            continue
        t = residents.on(min(day, run.today))
        if t is None:
            continue
        first_slot = 18 + int(rnd() * 16)  # 09:00 to 16:30
        length = 2 + int(rnd() * 3)
        for _try in range(3):
            unit = run.choice(premises.rooms)
            if premises.book(unit, day, first_slot, length):
                cancelled = day <= run.today and rnd() < 0.05
                rows.append((
                    premises.units[unit].id, t.id, None, run.slot(day, first_slot),
                    run.slot(day, first_slot + length), run.choice(purposes),
                    BookingStatus.CANCELLED if cancelled else BookingStatus.CONFIRMED,
                ))  # fmt: skip
                break
    return rows


def write_bookings(run: DemoRun, rows: list[BookingRow]) -> int:
    """Writes the rows; returns the id given to the first."""
    bt = table_of(Booking)
    first = run.writer.reserve(bt, len(rows))
    run.writer.write(
        bt,
        (
            "id",
            "unit_id",
            "tenant_id",
            "event_id",
            "starts_at",
            "ends_at",
            "purpose",
            "status",
            "equipment_id",
        ),
        [(first + k, *r, None) for k, r in enumerate(rows)],
    )
    return first
