"""The filtered audit trail as a spreadsheet: one row per entry, its changes spelled out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ...core import clock
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import entity_label, label, operator_label
from ...core.vocabularies import AuditAction
from ...db import Database
from ...models import AuditEntry
from ..overview import Query
from ..spreadsheets import write_table
from .fields import Names
from .trail import REGISTER, changes_of

_t = Translator("fields")
HEADERS = (
    QT_TRANSLATE_NOOP("fields", "When"),
    QT_TRANSLATE_NOOP("fields", "Who"),
    QT_TRANSLATE_NOOP("fields", "Action"),
    QT_TRANSLATE_NOOP("fields", "Record type"),
    QT_TRANSLATE_NOOP("fields", "Record"),
    QT_TRANSLATE_NOOP("fields", "Tenant"),
    QT_TRANSLATE_NOOP("fields", "Changes"),
    QT_TRANSLATE_NOOP("fields", "Summary"),
    QT_TRANSLATE_NOOP("fields", "Action number"),
)
WIDTHS = (17, 16, 10, 16, 30, 30, 80, 40, 34)
CHUNK = 1000
Progress = Callable[[int, int], object]


def _changes_text(action: AuditAction, entity: str, changes: Any, names: Names) -> str:
    parts = []
    for c in changes_of(action, entity, changes, names):
        if action is AuditAction.UPDATE:
            parts.append(f"{c.field}: {c.before or '—'} → {c.after or '—'}")
        else:
            parts.append(f"{c.field}: {c.after or c.before}")
    return "\n".join(parts)


def export_audit(
    db: Database,
    q: Query,
    path: Path,
    progress: Progress | None = None,
) -> int:
    """Write the entries `q` filters for (in its order) to `path` (.xlsx or .csv).

    `progress(done, total)` is called after every thousand entries; if it raises (a
    window's task being cancelled), nothing is written.
    """
    total = REGISTER.count(db, q)
    stmt = REGISTER.filtered(db, q).add_columns(AuditEntry.changes)
    key = q.sort_key if q.sort_key in REGISTER.sortable else REGISTER.default_sort
    column = REGISTER.sortable[key]
    stmt = stmt.order_by(column.desc() if q.descending else column.asc(), AuditEntry.id)

    def rows() -> Iterator[list[Any]]:
        done = 0
        with db.read() as s:
            result = s.execute(stmt.execution_options(yield_per=CHUNK))
            for part in result.partitions():
                names = Names(s)
                names.fetch((r.entity, r.changes) for r in part)
                for r in part:
                    action = AuditAction(r.action)
                    yield [
                        clock.local_text(clock.read_timestamp(r.at)),
                        operator_label(r.display_name),
                        label(action),
                        entity_label(r.entity),
                        r.record_name or (f"#{r.entity_id}" if r.entity_id is not None else ""),
                        r.name_zh or "",
                        _changes_text(action, r.entity, r.changes, names),
                        r.summary,
                        r.batch or "",
                    ]
                done += len(part)
                if progress is not None:
                    progress(done, max(total, done))

    headers = [_t(h) for h in HEADERS]
    return write_table(Path(path), headers, rows(), _t(QT_TRANSLATE_NOOP("fields", "Audit trail")),
                       widths=WIDTHS)  # fmt: skip
