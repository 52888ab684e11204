"""Text fitted into a box the window draws itself (a floor-plan unit, a calendar block)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


def wrapped(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """`text` wrapped into at most `lines` lines of `width` (between words, or between Chinese
    characters; an English word is never cut in two), each elided when it does not fit and
    the last one when the text goes on."""
    if lines <= 0 or width <= 0 or not text:
        return []
    fm = QFontMetricsF(font)
    layout = QTextLayout(text)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.setFont(font)
    out: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(out) == lines - 1:
            rest = text[start:]
            out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        part = text[start : start + length].rstrip()
        out.append(fm.elidedText(part, Qt.TextElideMode.ElideRight, width))
    layout.endLayout()
    return out
