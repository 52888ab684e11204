"""Time: now in UTC, and the park's time zone, the one place moments are turned into local time.

Timestamps are stored aware and in UTC. Everything people read or type — the window, the
PDF reports, messages — is in the park's time zone (a shared setting, Asia/Shanghai unless
the incubator chose another), never the computer's: a computer set to UTC shows a session
at 14:30 Shanghai time as 14:30, on screen and in the progress report alike. The zone is
set once a database is opened (`set_zone`); a naive datetime a person typed is in it, and a
naive value read raw from SQLite is UTC text.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Shanghai"

_zone: ZoneInfo = ZoneInfo(DEFAULT_ZONE)


def known_zone(name: str) -> bool:
    """Whether `name` is a time zone of the IANA database (Asia/Shanghai, Europe/Berlin…)."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def set_zone(name: str) -> None:
    """Show and read every time in the zone `name` from now on (ValueError if unknown)."""
    global _zone
    if not known_zone(name):
        raise ValueError(f"unknown time zone: {name!r}")
    _zone = ZoneInfo(name)


def zone() -> ZoneInfo:
    """The park's time zone."""
    return _zone


def now() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date in the park."""
    return now().astimezone(_zone).date()


def park_time(value: dt.datetime) -> dt.datetime:
    """A stored moment as the park's clock shows it (aware, in the park's zone)."""
    return utc_aware(value).astimezone(_zone)


def at(day: dt.date, time: dt.time | None = None) -> dt.datetime:
    """The moment `day` at `time` (midnight if none) in the park, aware."""
    return dt.datetime.combine(day, time or dt.time(), tzinfo=_zone)


def local_aware(value: dt.datetime) -> dt.datetime:
    """A naive datetime is taken as the park's time (what a person typed)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=_zone)


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
    """A stored moment as people read it: ``2026-03-05 14:30``, the park's time."""
    return park_time(value).strftime("%Y-%m-%d %H:%M")


def local_time_text(value: dt.datetime) -> str:
    """The park's time of day of a stored moment: ``14:30``."""
    return park_time(value).strftime("%H:%M")
