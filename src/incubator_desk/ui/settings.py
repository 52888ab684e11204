"""Typed per-user settings (QSettings), each declared once with its type and default.

When INCUBATOR_DESK_DATA_DIR is set (tests, portable installs) the settings live in an INI
file in that folder, so nothing touches the user's registry or preference files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_ID, ORG_NAME, paths

T = TypeVar("T")

MAX_RECENT = 8


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T

    def get(self, store: QSettings | None = None) -> T:
        s = store or qsettings()
        value: Any = s.value(self.key, self.default)
        if value is None:
            return self.default
        if self.type is list:
            if isinstance(value, str):
                return [value] if value else []  # type: ignore[return-value]
            return list(value)  # type: ignore[return-value]
        if self.type is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if self.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        try:
            return self.type(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T, store: QSettings | None = None) -> None:
        s = store or qsettings()
        s.setValue(self.key, value)
        s.sync()


LANGUAGE: Option[str] = Option("ui/language", str, "system")  # "system", "en", "zh_CN"
WINDOW_GEOMETRY: Option[QByteArray] = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Option[QByteArray] = Option("window/state", QByteArray, QByteArray())
LAST_PAGE: Option[str] = Option("window/page", str, "dashboard")
LAST_DATABASE: Option[str] = Option("database/last", str, "")
RECENT_DATABASES: Option[list[str]] = Option("database/recent", list, [])


def header_state(table_key: str) -> Option[QByteArray]:
    """The remembered column order, widths and visibility of one table."""
    return Option(f"tables/{table_key}/header", QByteArray, QByteArray())


def qsettings() -> QSettings:
    if os.environ.get(paths.DATA_DIR_ENV):
        return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_ID)


def remember_database(location: str) -> None:
    recent = [location] + [r for r in RECENT_DATABASES.get() if r != location]
    RECENT_DATABASES.set(recent[:MAX_RECENT])
    LAST_DATABASE.set(location)
