"""Search boxes: what a person types matched anywhere in a column, % _ and \\ taken literally.

Every LIKE search of the application builds its condition here, so "50%" finds "50%" and
"A_1" finds "A_1", never everything.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its % _ and \\ taken literally."""
    escaped = text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


def contains(column: Any, text: str, *, ignore_case: bool = True) -> ColumnElement[bool]:
    """`column` holds `text` somewhere (ignoring case unless told otherwise)."""
    pattern = like_pattern(text)
    if ignore_case:
        return column.ilike(pattern, escape=ESCAPE)
    return column.like(pattern, escape=ESCAPE)
