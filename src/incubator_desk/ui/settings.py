"""This computer's settings, kept with QSettings: the store for `Scope.COMPUTER` declarations.

The settings themselves (key, type, default, check) are declared in `core/settings.py`; this
module reads and writes them. `LANGUAGE.get()`, `LANGUAGE.set("zh_CN")`.

When INCUBATOR_DESK_DATA_DIR is set (tests, portable installs) the settings live in an INI
file in that folder, so nothing touches the user's registry or preference files.
"""

from __future__ import annotations

import os
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from .. import APP_ID, ORG_NAME, paths
from ..core import settings as declared
from ..core.settings import Scope, Setting

T = TypeVar("T")

MAX_RECENT = 8


class Local(Generic[T]):
    """A setting of this computer, read from and written to QSettings."""

    def __init__(self, setting: Setting[T]) -> None:
        if setting.scope is not Scope.COMPUTER:
            raise ValueError(f"setting {setting.key!r} is kept in the database, not QSettings")
        self.setting = setting

    @property
    def key(self) -> str:
        return self.setting.key

    def get(self, store: QSettings | None = None) -> T:
        raw = (store or qsettings()).value(self.setting.key)
        if isinstance(raw, QByteArray):  # geometry and header states
            raw = bytes(raw.data())
        return self.setting.coerce(raw)

    def set(self, value: T, store: QSettings | None = None) -> None:
        checked = self.setting.check(value)
        s = store or qsettings()
        if self.get(s) == checked:
            return  # unchanged (the last page, the last database at start-up): no write
        s.setValue(self.setting.key, QByteArray(checked) if isinstance(checked, bytes) else checked)
        s.sync()


LANGUAGE = Local(declared.LANGUAGE)  # "system", "en", "zh_CN"
COLOUR_SCHEME = Local(declared.COLOUR_SCHEME)  # "system", "light", "dark"
WINDOW_GEOMETRY = Local(declared.WINDOW_GEOMETRY)
WINDOW_STATE = Local(declared.WINDOW_STATE)
LAST_PAGE = Local(declared.LAST_PAGE)
LAST_DATABASE = Local(declared.LAST_DATABASE)
RECENT_DATABASES = Local(declared.RECENT_DATABASES)


def header_state(table_key: str) -> Local[bytes]:
    """The remembered column order, widths and visibility of one table."""
    return Local(declared.table_header(table_key))


def qsettings() -> QSettings:
    if os.environ.get(paths.DATA_DIR_ENV):
        return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_ID)


def remember_database(location: str) -> None:
    recent = [location] + [r for r in RECENT_DATABASES.get() if r != location]
    RECENT_DATABASES.set(recent[:MAX_RECENT])
    LAST_DATABASE.set(location)
