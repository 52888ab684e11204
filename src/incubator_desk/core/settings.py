"""Every setting declared once: key, type, default, scope, and the check a new value must pass.

Two scopes, two stores, one registry:

- `Scope.COMPUTER`: this computer's preferences (language, window geometry, recent
  databases), kept with QSettings by `ui/settings.py`.
- `Scope.SHARED`: the incubator's choices, shared by everyone who uses the database, kept in
  its `settings` table by `services/settings.py` (JSON values, versioned).

`declare()` adds a setting and refuses a key declared twice; `declared(key)` finds one and
raises `UnknownSetting` for a key nobody declared, so a typo fails at once instead of quietly
reading a default. `Setting.coerce(raw)` turns what a store holds into the declared type (the
default when it cannot), `Setting.check(value)` refuses a value of the wrong type (a bug:
TypeError) or one the declaration's `validate` rejects (ValidationError, shown to the user).

The keys and stored shapes are those databases and preference files already hold.
"""

from __future__ import annotations

import base64
import binascii
import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar, cast

from . import clock
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP, Translator

T = TypeVar("T")

_t = Translator("errors")


class Scope(StrEnum):
    COMPUTER = "computer"  # QSettings on this computer
    SHARED = "shared"  # the database's settings table


class UnknownSetting(KeyError):
    """A key no declaration names."""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting. A `default` of None means "not set" is a valid value."""

    key: str
    kind: type
    default: T
    scope: Scope
    doc: str = ""
    # Raises ValidationError for what a person typed, ValueError for a malformed value (a bug).
    validate: Callable[[Any], None] | None = None

    def initial(self) -> T:
        """A fresh copy of the default (callers may change lists and dicts they get)."""
        return copy.deepcopy(self.default)

    def coerce(self, raw: object) -> T:
        """What a store holds, as the declared type; the default when it is not readable."""
        if raw is None:
            return self.initial()
        value = _convert(self.kind, raw)
        if value is None or not isinstance(value, self.kind):
            return self.initial()
        return cast("T", value)

    def check(self, value: object) -> T:
        """`value` if it may be stored; TypeError for a wrong type, else the validation's error."""
        self._check_type(value)
        if value is not None and self.validate is not None:
            self.validate(value)
        return cast("T", value)

    def _check_type(self, value: object) -> None:
        if value is None and self.default is None:
            return
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            raise TypeError(
                f"setting {self.key!r} holds {self.kind.__name__}, not {type(value).__name__}"
            )


def _convert(kind: type, raw: object) -> object:
    """Undo what stores do to values: INI files keep text, one-item lists come back bare."""
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    if kind is bool and isinstance(raw, str):
        return {"true": True, "false": False}.get(raw.lower())
    if kind is int and isinstance(raw, str):
        try:
            return int(raw)
        except ValueError:
            return None
    if kind is list and isinstance(raw, str):
        return [raw] if raw else []
    if kind is list and isinstance(raw, tuple):
        return list(raw)
    return None


_registry: dict[str, Setting[Any]] = {}


def declare(
    key: str,
    kind: type,
    default: T,
    scope: Scope,
    doc: str = "",
    validate: Callable[[Any], None] | None = None,
) -> Setting[T]:
    if key in _registry:
        raise ValueError(f"setting {key!r} is declared twice")
    setting = Setting(key, kind, default, scope, doc, validate)
    setting._check_type(default)
    _registry[key] = setting
    return setting


def declared(key: str) -> Setting[Any]:
    try:
        return _registry[key]
    except KeyError:
        raise UnknownSetting(
            f"no setting is declared as {key!r}: declare it in incubator_desk/core/settings.py"
        ) from None


def all_settings(scope: Scope | None = None) -> list[Setting[Any]]:
    return [s for s in _registry.values() if scope is None or s.scope is scope]


# --- checks -----------------------------------------------------------------------------------


def _one_of(*choices: str) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {', '.join(choices)}")

    return check


def _strings(value: Any) -> None:
    if not all(isinstance(item, str) for item in value):
        raise ValueError("only texts can be listed here")


def _incubator_name(value: Any) -> None:
    zh, en = value.get("zh"), value.get("en")
    if not isinstance(zh, str) or not isinstance(en, str) or not (zh.strip() or en.strip()):
        raise ValidationError(
            {
                "name_zh": _t(
                    QT_TRANSLATE_NOOP(
                        "errors", "Give the incubator's name in at least one language."
                    )
                )
            }
        )


def _time_zone(value: Any) -> None:
    if not clock.known_zone(value):
        raise ValidationError(
            {
                "time_zone": _t(
                    QT_TRANSLATE_NOOP(
                        "errors", "“{zone}” is not a time zone such as Asia/Shanghai."
                    ),
                    zone=str(value)[:60],
                )
            }
        )


def _report_font(value: Any) -> None:
    if not isinstance(value.get("path"), str) or not value["path"]:
        raise ValueError("a report font needs the path of its file")
    if not isinstance(value.get("subfont_index", 0), int):
        raise ValueError("the font's index in its file is a number")


def _backup_days(value: Any) -> None:
    if not 1 <= value <= 365:
        raise ValidationError(
            {"max_age": _t(QT_TRANSLATE_NOOP("errors", "Give a number of days from 1 to 365."))}
        )


def _report_logo(value: Any) -> None:
    if not isinstance(value.get("name"), str) or not isinstance(value.get("data"), str):
        raise ValueError("a logo is stored as its file name and base64 data")
    try:
        base64.b64decode(value["data"], validate=True)
    except binascii.Error:
        raise ValueError("the logo's data is not base64") from None


# --- this computer (QSettings, ui/settings.py) ------------------------------------------------

LANGUAGE: Setting[str] = declare(
    "ui/language",
    str,
    "system",
    Scope.COMPUTER,
    "Language of the window: the system's, English or Chinese.",
    _one_of("system", "en", "zh_CN"),
)
COLOUR_SCHEME: Setting[str] = declare(
    "ui/colour_scheme",
    str,
    "system",
    Scope.COMPUTER,
    "Colours of the window: the system's light or dark scheme, or always light or dark.",
    _one_of("system", "light", "dark"),
)
WINDOW_GEOMETRY: Setting[bytes] = declare(
    "window/geometry", bytes, b"", Scope.COMPUTER, "Where the main window was and its size."
)
WINDOW_STATE: Setting[bytes] = declare(
    "window/state", bytes, b"", Scope.COMPUTER, "The main window's docks and toolbars."
)
LAST_PAGE: Setting[str] = declare(
    "window/page", str, "dashboard", Scope.COMPUTER, "The page shown when the window opens."
)
LAST_DATABASE: Setting[str] = declare(
    "database/last", str, "", Scope.COMPUTER, "The database opened when none is named."
)
RECENT_DATABASES: Setting[list[str]] = declare(
    "database/recent", list, [], Scope.COMPUTER, "Databases opened lately, newest first.", _strings
)
TABLE_HEADER_PREFIX = "tables/"  # tables/<register key>/header: a table's columns, see below


def table_header(table_key: str) -> Setting[bytes]:
    """The remembered column order, widths and visibility of one table (one key per table)."""
    return Setting(f"{TABLE_HEADER_PREFIX}{table_key}/header", bytes, b"", Scope.COMPUTER)


# --- shared by everyone using the database (its settings table, services/settings.py) ---------

INCUBATOR_NAME: Setting[dict[str, str]] = declare(
    "incubator_name",
    dict,
    {"zh": "", "en": ""},
    Scope.SHARED,
    "The incubator's name in Chinese and English, on reports and returns.",
    _incubator_name,
)
GRADUATION_RULES: Setting[dict[str, Any]] = declare(
    "graduation_rules",
    dict,
    {},
    Scope.SHARED,
    "Graduation criteria and incubation limits; {} means the national defaults "
    "(services/graduation.GraduationRules).",
)
REVIEW_RUBRIC: Setting[dict[str, Any]] = declare(
    "review_rubric",
    dict,
    {},
    Scope.SHARED,
    "Criteria, weights and scale of funding reviews; {} means the default rubric "
    "(services/funding).",
)
BILLING: Setting[dict[str, Any]] = declare(
    "billing",
    dict,
    {},
    Scope.SHARED,
    "Days to pay a bill and a reminder, the payee's bank account and the account codes (科目) "
    "of the finance export; {} means the defaults (services/billing/rules.BillingRules).",
)
SELF_ASSESSMENT: Setting[dict[str, Any]] = declare(
    "self_assessment",
    dict,
    {},
    Scope.SHARED,
    "The incubator's start of operation and its changes to the self-assessment thresholds "
    "({operating_since, criteria: {key: {threshold, enabled, source, note}}}); {} means the "
    "defaults (services/statistics/assessment.DEFAULT_CRITERIA).",
)
TIME_ZONE: Setting[str] = declare(
    "time_zone",
    str,
    clock.DEFAULT_ZONE,
    Scope.SHARED,
    "The park's time zone (IANA name): every time in the window and the reports is shown in "
    "it, whatever the computer's zone.",
    _time_zone,
)
REPORT_FONT: Setting[dict[str, Any] | None] = declare(
    "report_font",
    dict,
    None,
    Scope.SHARED,
    "The font file reports embed ({path, subfont_index}); None: found automatically.",
    _report_font,
)
REPORT_LOGO: Setting[dict[str, str] | None] = declare(
    "report_logo",
    dict,
    None,
    Scope.SHARED,
    "The logo on report covers ({name, data: base64 PNG or JPEG}); None: no logo.",
    _report_logo,
)

BACKUP_FOLDER: Setting[str] = declare(
    "backup_folder",
    str,
    "",
    Scope.SHARED,
    "The folder this database's backups go to (a USB stick, a network share); '': the data "
    "folder's backups/. Checked to exist when chosen (services/backups.py).",
)
BACKUP_MAX_AGE_DAYS: Setting[int] = declare(
    "backup_max_age_days",
    int,
    7,
    Scope.SHARED,
    "The window warns when changes have gone unbacked-up for longer than this many days.",
    _backup_days,
)

__all__ = [
    "BACKUP_FOLDER",
    "BACKUP_MAX_AGE_DAYS",
    "BILLING",
    "COLOUR_SCHEME",
    "GRADUATION_RULES",
    "INCUBATOR_NAME",
    "LANGUAGE",
    "LAST_DATABASE",
    "LAST_PAGE",
    "RECENT_DATABASES",
    "REPORT_FONT",
    "REPORT_LOGO",
    "REVIEW_RUBRIC",
    "TIME_ZONE",
    "WINDOW_GEOMETRY",
    "WINDOW_STATE",
    "Scope",
    "Setting",
    "UnknownSetting",
    "all_settings",
    "declare",
    "declared",
    "table_header",
]
