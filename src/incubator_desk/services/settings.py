"""Shared settings (the database's `settings` table): read and saved by their declaration.

Every key is declared once in `core/settings.py` with its type, default and check; `get` and
`put` take the declaration (or its key) and refuse a key nobody declared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select

from ..core import clock
from ..core import settings as declared_settings
from ..core.settings import Scope, Setting
from ..db import Database, Store
from ..models import AuditEntry, Operator
from ..models import Setting as SettingRow
from .access import Action, requires

T = TypeVar("T")

INCUBATOR_NAME = declared_settings.INCUBATOR_NAME.key
TIME_ZONE = declared_settings.TIME_ZONE
# Read by nothing: the defaults are the declarations'. Kept while an area still registers
# its default here at import time (services/funding/reviews.py's review rubric).
DEFAULTS: dict[str, Any] = {
    s.key: s.initial() for s in declared_settings.all_settings(Scope.SHARED)
}


@dataclass(frozen=True)
class Versioned(Generic[T]):
    value: T
    version: int | None  # None: never saved, the default applies


def shared(key: str | Setting[Any]) -> Setting[Any]:
    """The declaration of a shared setting; UnknownSetting/ValueError for anything else."""
    setting = declared_settings.declared(key) if isinstance(key, str) else key
    if setting.scope is not Scope.SHARED:
        raise ValueError(f"setting {setting.key!r} belongs to this computer, not the database")
    return setting


def get(db: Store, key: str | Setting[Any]) -> Versioned[Any]:
    """The setting's value and version (None and the declared default when never saved)."""
    setting = shared(key)
    with db.read() as s:
        row = s.get(SettingRow, setting.key)
        if row is None:
            return Versioned(setting.initial(), None)
        return Versioned(setting.coerce(row.value), row.version)


@requires(Action.CHANGE_SETTINGS)
def put(db: Store, key: str | Setting[Any], value: Any, expected_version: int | None) -> int:
    """Save a setting; refuses if someone else saved it since `expected_version` was read."""
    setting = shared(key)
    setting.check(value)
    with db.uow(summary=f"setting {setting.key}") as uow:
        row = uow.session.get(SettingRow, setting.key)
        if row is None:
            if expected_version is not None:
                uow.get(SettingRow, setting.key)  # raises NotFound: it was removed meanwhile
            row = SettingRow(key=setting.key, value=value)
            uow.session.add(row)
        else:
            uow.get(SettingRow, setting.key, expected_version)
            row.value = value
        uow.commit()
        return row.version


@requires(Action.CHANGE_SETTINGS)
def set_incubator_name(db: Database, zh: str, en: str, expected_version: int | None) -> int:
    return put(
        db,
        declared_settings.INCUBATOR_NAME,
        {"zh": zh.strip(), "en": en.strip()},
        expected_version,
    )


def use_time_zone(db: Store) -> str:
    """Show every time in the database's time zone from now on; returns its name."""
    name = str(get(db, declared_settings.TIME_ZONE).value)
    if not clock.known_zone(name):  # written by a computer that knew a zone this one lacks
        name = clock.DEFAULT_ZONE
    clock.set_zone(name)
    return name


@requires(Action.CHANGE_SETTINGS)
def set_time_zone(db: Store, name: str, expected_version: int | None) -> int:
    """Save the park's time zone (shared by everyone) and use it at once."""
    version = put(db, declared_settings.TIME_ZONE, name.strip(), expected_version)
    clock.set_zone(name.strip())
    return version


@dataclass(frozen=True)
class ActivityRow:
    at: Any
    operator: str
    action: str
    entity: str
    entity_id: int | None
    summary: str


def operator_name(db: Database) -> str:
    with db.read() as s:
        return s.scalar(select(Operator.display_name).where(Operator.id == db.operator_id)) or ""


__all__ = [
    "AuditEntry",
    "Versioned",
    "get",
    "operator_name",
    "put",
    "set_incubator_name",
    "set_time_zone",
    "shared",
    "use_time_zone",
]
