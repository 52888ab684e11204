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


class Translator:
    """Translation under one context: ``_t = Translator("errors")`` then ``_t(TEXT, n=3)``.

    The one idiom outside widgets. Widgets use their own ``self.tr()``; text that must be
    looked up under a fixed context (a module-level table, a service message) comes here.
    """

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, **params: Any) -> str:
        return translate(self.context, text, **params)
