"""Translatable text outside Qt.

Services and reports mark their messages with `QT_TRANSLATE_NOOP(context, text)` so Qt's
lupdate extracts them into the same .ts files as the widgets. At run time `translate` is the
identity until the application installs Qt's translator (app.py), so the service layer stays
free of Qt and the command line still prints English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_translator: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def set_translator(func: Callable[[str, str], str]) -> None:
    global _translator
    _translator = func


def translate(context: str, text: str, **params: Any) -> str:
    out = _translator(context, text)
    return out.format(**params) if params else out
