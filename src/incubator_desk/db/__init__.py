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


def open_database(location: DatabaseLocation, create: bool = False) -> Opened:
    """Recognise, back up and upgrade if needed, then open. Raises DatabaseError.

    A SQLite file that does not exist is made only with `create` (File → New, `db create`,
    the first start); otherwise it is refused with its name (DatabaseMissing). Opening a
    current database writes nothing and takes no lock.
    """
    engine = make_engine(location)
    try:
        result = prepare(location, engine, create=create)
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
