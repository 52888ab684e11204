"""Time: now in UTC, and the two ways a naive datetime reaches us.

Timestamps are stored aware and in UTC. A naive value typed by a person is in the computer's
local time; a naive value read raw from SQLite is UTC text.
"""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def local_aware(value: dt.datetime) -> dt.datetime:
    """A naive datetime is taken as the computer's local time (what a person typed)."""
    return value if value.tzinfo is not None else value.astimezone()


def utc_aware(value: dt.datetime) -> dt.datetime:
    """A naive datetime is taken as UTC (what SQLite returns for a stored timestamp)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def read_timestamp(value: object) -> dt.datetime:
    """A timestamp read raw: SQLite gives UTC text, PostgreSQL an aware datetime."""
    if isinstance(value, str):
        return utc_aware(dt.datetime.fromisoformat(value))
    if not isinstance(value, dt.datetime):
        raise TypeError(f"not a timestamp: {value!r}")
    return utc_aware(value)


def local_text(value: dt.datetime) -> str:
    """A stored moment as people read it in messages: ``2026-03-05 14:30``, local time."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def local_time_text(value: dt.datetime) -> str:
    """The local time of day of a stored moment: ``14:30``."""
    return value.astimezone().strftime("%H:%M")
