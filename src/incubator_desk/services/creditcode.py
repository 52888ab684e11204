"""Unified social credit codes (统一社会信用代码, GB 32100-2015): normalise, check, generate."""

from __future__ import annotations

import random
import re
import unicodedata

from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, translate

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
FIELD = "credit_code"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WHITESPACE = re.compile(r"\s+")
# GB 11714 organisation code (positions 9-17): eight body characters and a mod-11 check.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "errors",
    "A unified social credit code has 18 characters; {count} were given.",
)
BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "errors",
    "Character {position} of the credit code, “{char}”, is not allowed: only digits and the "
    "capital letters A–Y are used, and never I, O, S, V or Z.",
)
WRONG_CHECK = QT_TRANSLATE_NOOP(
    "errors",
    "The last character of the credit code should be “{expected}”, not “{given}”: "
    "a character is probably mistyped.",
)


def normalise(code: str) -> str:
    """The code as operators paste it, without any spaces (full-width too), in upper case."""
    # NFKC folds full-width letters, digits and the ideographic space to their ASCII forms.
    folded = unicodedata.normalize("NFKC", code)
    return _WHITESPACE.sub("", folded).upper()


def check_character(first17: str) -> str:
    """The check character (position 18) for the first 17 characters of a code."""
    if len(first17) != LENGTH - 1:
        raise ValueError(f"expected 17 characters, got {len(first17)}")
    try:
        total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    except KeyError as exc:
        raise ValueError(f"character {exc.args[0]!r} is not used in credit codes") from exc
    return ALPHABET[(31 - total % 31) % 31]


def _problem(code: str) -> tuple[str, dict[str, object]] | None:
    """The message template and parameters describing what is wrong, or None if valid."""
    if len(code) != LENGTH:
        return WRONG_LENGTH, {"count": len(code)}
    for position, ch in enumerate(code, start=1):
        if ch not in _VALUE:
            return BAD_CHARACTER, {"position": position, "char": ch}
    expected = check_character(code[:-1])
    if code[-1] != expected:
        return WRONG_CHECK, {"expected": expected, "given": code[-1]}
    return None


def is_valid(code: str) -> bool:
    """True if the code, once normalised, is a well-formed credit code."""
    return _problem(normalise(code)) is None


def validate(code: str) -> str:
    """The normalised code, or ValidationError({"credit_code": message}) saying what is wrong."""
    normalised = normalise(code)
    problem = _problem(normalised)
    if problem is None:
        return normalised
    template, params = problem
    raise ValidationError({FIELD: translate("errors", template, **params)}, template, **params)


def _org_code(rng: random.Random) -> str:
    body = f"{rng.randrange(100_000_000):08d}"
    check = 11 - sum(int(d) * w for d, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def generate(rng: random.Random, region: str = "440300") -> str:
    """A valid code for a company (登记管理部门 9, 企业 1) registered in `region`."""
    if len(region) != 6 or not region.isdigit():
        raise ValueError(f"region must be a 6-digit administrative code, not {region!r}")
    first17 = "91" + region + _org_code(rng)
    return first17 + check_character(first17)
