"""Engine creation, schema migration and the unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .engine import DatabaseLocation, DatabaseLocationError, make_engine, resolve_location
from .migrate import DatabaseError, SchemaStatus, State, prepare
from .uow import Database, Store, UnitOfWork


@dataclass(frozen=True)
class Opened:
    db: Database
    status_before: SchemaStatus
    backup: Path | None


def open_database(location: DatabaseLocation) -> Opened:
    """Recognise, back up and upgrade if needed, then open. Raises DatabaseError."""
    engine = make_engine(location)
    try:
        result = prepare(location, engine)
        db = Database(location, engine)
    except BaseException:
        engine.dispose()
        raise
    return Opened(db, result.status_before, result.backup)


__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseLocation",
    "DatabaseLocationError",
    "Opened",
    "State",
    "Store",
    "UnitOfWork",
    "make_engine",
    "open_database",
    "resolve_location",
]
