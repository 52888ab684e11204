"""Comparing text people type loosely: full-width forms, case, spaces and separators folded."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-*:：]+")


def fold(text: object) -> str:
    """Text compared loosely: full-width folded, lower case, no spaces, _ - * or colons.

    "生物医药 ", "Ｉ　信息技术" and "i-信息技术" fold to "生物医药", "i信息技术", "i信息技术".
    """
    folded = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return _SEPARATORS.sub("", folded)
