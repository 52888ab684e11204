"""The tenant register's error messages and the field checks its use cases share."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.i18n import QT_TRANSLATE_NOOP, Translator

MAX_NAME = 200
MAX_NOTES = 10_000
MAX_MONEY = Decimal("1e13")  # ten trillion yuan: beyond it a figure is a typing slip

# What no spreadsheet cell may hold (XML 1.0 forbids them): C0 controls but tab and newlines.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EMOJI = re.compile("[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff]")

_t = Translator("errors")

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please ({count} given).")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "Contains an invisible control character ({code}): remove it."
)
NO_EMOJI = QT_TRANSLATE_NOOP("errors", "Emoji and pictographs are not allowed in names.")
IN_FUTURE = QT_TRANSLATE_NOOP("errors", "This date is in the future.")
ENTRY_BEFORE_FOUNDING = QT_TRANSLATE_NOOP(
    "errors", "The entry date ({entry}) is before the founding date ({founded})."
)
GRAD_BEFORE_ENTRY = QT_TRANSLATE_NOOP(
    "errors", "The planned graduation date is before the entry date."
)
NEGATIVE = QT_TRANSLATE_NOOP("errors", "Must not be negative.")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "This amount is implausibly large.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP(
    "errors", "The credit code {code} is already used by “{name}” (entered {entry})."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "errors", "“{value}” is not a phone number: use digits, spaces, + - ( ) only."
)
BAD_EMAIL = QT_TRANSLATE_NOOP("errors", "“{value}” is not an e-mail address.")
SAME_STAGE = QT_TRANSLATE_NOOP("errors", "The tenant is already at this stage.")
EXIT_NEEDS_REASON = QT_TRANSLATE_NOOP("errors", "Choose why the tenant exited.")
CHANGE_BEFORE_LAST = QT_TRANSLATE_NOOP(
    "errors", "The date is before the last recorded stage change ({last})."
)
ARCHIVED = QT_TRANSLATE_NOOP("errors", "This tenant is archived and cannot be changed.")
STAFF_PARTS = QT_TRANSLATE_NOOP(
    "errors", "R&D staff ({part}) cannot be more than the total staff ({total})."
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP("errors", "The quarter {period} has not begun yet.")
LOOKUP_CODE = QT_TRANSLATE_NOOP(
    "errors", "The code “{code}” is already used in this list by “{name}”."
)
ALIAS_TAKEN = QT_TRANSLATE_NOOP(
    "errors", "“{alias}” is already another name of “{name}” in this list."
)
BAD_CODE = QT_TRANSLATE_NOOP("errors", "A code is made of letters, digits and underscores.")


def text_problem(value: str, limit: int, *, name: bool = False) -> str | None:
    """What is wrong with a text of at most `limit` characters (names: no emoji), or None."""
    if len(value) > limit:
        return _t(TOO_LONG, limit=limit, count=len(value))
    if problem := control_problem(value):
        return problem
    if name and _EMOJI.search(value):
        return _t(NO_EMOJI)
    return None


def control_problem(value: str) -> str | None:
    """The message for a text holding a control character (NUL, bell…), or None."""
    found = CONTROL_CHARACTERS.search(value)
    if found is None:
        return None
    return _t(CONTROL_CHARACTER, code=f"U+{ord(found.group()):04X}")
