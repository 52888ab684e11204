"""Engine creation, schema migration and the unit of work.

The names below are loaded when first used: `db.direct` (the window's first figures) must not
load SQLAlchemy by importing this package.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import DatabaseLocation, DatabaseLocationError, make_engine, resolve_location
    from .migrate import DatabaseError, SchemaStatus, State
    from .uow import Database, Store, UnitOfWork

_WHERE = {
    "DatabaseLocation": ".engine",
    "DatabaseLocationError": ".engine",
    "make_engine": ".engine",
    "resolve_location": ".engine",
    "DatabaseError": ".migrate",
    "SchemaStatus": ".migrate",
    "State": ".migrate",
    "Database": ".uow",
    "Store": ".uow",
    "UnitOfWork": ".uow",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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
    from .engine import make_engine
    from .migrate import prepare
    from .uow import Database

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
