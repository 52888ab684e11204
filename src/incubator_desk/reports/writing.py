"""Writing one A4 report: its font, language, running header and the PDF, the same for each."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from ..core import clock
from .base import Lang, ReportMeta, Styles, build_pdf
from .fonts import report_font


def write_report(
    title: Callable[[Lang], str],
    incubator: Callable[[Lang], str],
    story: Callable[[Lang, Styles, str], list[Flowable]],
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Lay out `story(lang, styles, font)` under `title(lang)` and write the PDF to `out`.

    `font` None: the report font found on this computer (or chosen in Settings)."""
    font = font or report_font()
    lang = Lang(lang_code)
    meta = ReportMeta(title(lang), incubator(lang), lang, font, clock.today())
    build_pdf(meta, story(lang, Styles(font, lang.zh), font), out, progress)
