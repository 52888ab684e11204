"""The Chinese font chosen in Settings for every report (stored with the data)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...db import Database
from .. import settings as settings_service

REPORT_FONT = "report_font"  # {"path": str, "subfont_index": int}; None: found automatically


@dataclass(frozen=True)
class FontChoice:
    """A TrueType font file, and which font of a collection (.ttc) to use."""

    path: Path
    subfont_index: int = 0

    def describe(self) -> str:
        return f"{self.path}" + (f" #{self.subfont_index}" if self.subfont_index else "")


def chosen_font(db: Database) -> FontChoice | None:
    """The font chosen in Settings; None: the reports find one themselves."""
    value = settings_service.get(db, REPORT_FONT).value
    if isinstance(value, dict) and value.get("path"):
        return FontChoice(Path(value["path"]), int(value.get("subfont_index") or 0))
    return None


def choose_font(db: Database, choice: FontChoice | None) -> None:
    """Store the font for reports (None: find one automatically). reports.fonts.check says
    beforehand whether a font can be embedded."""
    value = (
        None
        if choice is None
        else {"path": str(choice.path), "subfont_index": choice.subfont_index}
    )
    settings_service.put(db, REPORT_FONT, value, settings_service.get(db, REPORT_FONT).version)
