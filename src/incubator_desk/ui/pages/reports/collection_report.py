"""The report of an import of returned workbooks: a line per file, and one per wrong cell."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush

from ....core.i18n import QT_TRANSLATE_NOOP, Translator
from ....services import collection as col
from ...theme import Tone, colours
from ...toolkit import Column

_t = Translator("CollectionReport")

OUTCOME_TONES = {
    col.FileOutcome.ACCEPTED: Tone.GOOD,
    col.FileOutcome.UNCHANGED: Tone.GOOD,
    col.FileOutcome.REJECTED: Tone.BAD,
    col.FileOutcome.CONFLICT: Tone.BAD,
    col.FileOutcome.BLANK: Tone.NEUTRAL,
    col.FileOutcome.UNREADABLE: Tone.BAD,
    col.FileOutcome.NOT_MATCHED: Tone.BAD,
    col.FileOutcome.DUPLICATE: Tone.NEUTRAL,
}
WRITTEN = QT_TRANSLATE_NOOP("CollectionReport", "{n} figure(s) written")
TITLES = (
    QT_TRANSLATE_NOOP("CollectionReport", "File"),
    QT_TRANSLATE_NOOP("CollectionReport", "Outcome"),
    QT_TRANSLATE_NOOP("CollectionReport", "Tenant"),
    QT_TRANSLATE_NOOP("CollectionReport", "Cell"),
    QT_TRANSLATE_NOOP("CollectionReport", "Item"),
    QT_TRANSLATE_NOOP("CollectionReport", "Message"),
)


@dataclass(frozen=True)
class ReportLine:
    """A file of the import (its message), or one of its wrong cells."""

    file: col.FileReport
    cell: str
    field: str
    message: str


def report_lines(result: col.IntakeResult) -> list[ReportLine]:
    lines: list[ReportLine] = []
    # The files that need something done first; then those saved.
    for f in sorted(result.files, key=lambda f: (f.saved, f.path.name)):
        if f.message or not f.problems:
            changed = _t(WRITTEN, n=len(f.changed)) if f.changed else ""
            lines.append(ReportLine(f, "", "", f.message or changed))
        lines += [ReportLine(f, p.cell, p.field, p.message) for p in f.problems]
    return lines


def outcome_text(outcome: col.FileOutcome) -> str:
    return Translator("collect")(col.OUTCOME_LABELS[outcome])


def report_columns() -> list[Column[ReportLine]]:
    file, outcome, tenant, cell, item, message = (_t(t) for t in TITLES)
    return [
        Column(file, lambda line: line.file.path.name, width=200),
        Column(
            outcome,
            lambda line: outcome_text(line.file.outcome),
            foreground=lambda line: QBrush(colours().tone(OUTCOME_TONES[line.file.outcome])),
            width=120,
        ),
        Column(tenant, lambda line: line.file.tenant, width=200),
        Column(cell, lambda line: line.cell, width=50),
        Column(item, lambda line: line.field, width=110),
        Column(message, lambda line: line.message),
    ]
