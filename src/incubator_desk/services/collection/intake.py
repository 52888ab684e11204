"""Importing the workbooks that came back: matched by credit code, checked as any import is.

Each file is judged on its own and saved whole or not at all, in one unit of work with its
tenant's line in the round: a file is accepted (its figures written), unchanged (the same
figures were already there), rejected (with every cell that is wrong and why), in conflict
(figures already entered for the period differ; `overwrite=True` replaces them), blank (a
workbook as it was sent), unreadable, or not matched (another round's, another tenant's, a
credit code no tenant of the round has). The newest file of a tenant wins when several come
in at once; the others are reported as duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ...core.errors import ServiceError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import money
from ...core.periods import Period, PeriodError
from ...core.vocabularies import ReturnStatus
from ...db import Database
from ...models import CollectionEntry, Tenant, utcnow
from .. import creditcode
from ..access import Action, requires
from ..importing.plan import Cancelled, Progress, check_cancelled
from .kinds import Answer, spec_for
from .returns import ReturnedWorkbook, ReturnFileError, read_returned
from .rounds import RoundRow, find_round, rounds
from .workbook import FORMAT

_t = Translator("collect")


class FileOutcome(StrEnum):
    ACCEPTED = "accepted"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    CONFLICT = "conflict"
    BLANK = "blank"
    UNREADABLE = "unreadable"
    NOT_MATCHED = "not_matched"
    DUPLICATE = "duplicate"


OUTCOME_LABELS = {
    FileOutcome.ACCEPTED: QT_TRANSLATE_NOOP("collect", "accepted"),
    FileOutcome.UNCHANGED: QT_TRANSLATE_NOOP("collect", "accepted (no change)"),
    FileOutcome.REJECTED: QT_TRANSLATE_NOOP("collect", "rejected"),
    FileOutcome.CONFLICT: QT_TRANSLATE_NOOP("collect", "conflict"),
    FileOutcome.BLANK: QT_TRANSLATE_NOOP("collect", "nothing filled in"),
    FileOutcome.UNREADABLE: QT_TRANSLATE_NOOP("collect", "unreadable"),
    FileOutcome.NOT_MATCHED: QT_TRANSLATE_NOOP("collect", "not matched"),
    FileOutcome.DUPLICATE: QT_TRANSLATE_NOOP("collect", "duplicate"),
}

BLANK = QT_TRANSLATE_NOOP(
    "collect", "Nothing is filled in: this is a workbook as it was sent. Nothing was saved."
)
OTHER_ROUND = QT_TRANSLATE_NOOP(
    "collect", "This workbook belongs to the round for {other}, not {period}. Nothing was saved."
)
UNKNOWN_ROUND = QT_TRANSLATE_NOOP(
    "collect",
    "This workbook is for {other}, and no round for {other} was started here. Nothing was saved.",
)
OTHER_TENANT = QT_TRANSLATE_NOOP(
    "collect",
    "This workbook was made for the tenant with credit code {made_for}, but its credit code "
    "cell says {code}. Check with the tenant which company the figures are of. Nothing was "
    "saved.",
)
NOT_IN_ROUND = QT_TRANSLATE_NOOP(
    "collect",
    "{name} ({code}) was not sent a workbook in the round for {period}. Nothing was saved.",
)
NO_TENANT = QT_TRANSLATE_NOOP(
    "collect",
    "No tenant has the credit code “{code}”: the workbook may be another incubator's, or "
    "the code was changed. Nothing was saved.",
)
DUPLICATE = QT_TRANSLATE_NOOP(
    "collect",
    "A newer file for the same tenant came in with this import (“{other}”); this one was "
    "left alone.",
)
FORMULA = QT_TRANSLATE_NOOP(
    "collect", "The cell holds a formula ({formula}): type the number itself."
)
REJECTED = QT_TRANSLATE_NOOP(
    "collect", "{count} cell(s) are wrong; nothing of this file was saved."
)
CONFLICT = QT_TRANSLATE_NOOP(
    "collect",
    "Figures already entered for {period} differ from this file: {count} cell(s). Nothing "
    "was saved; import again with “overwrite” to replace them.",
)
NOT_SAVED = QT_TRANSLATE_NOOP("collect", "This file could not be saved: {reason} Import it again.")
STORED_DIFFERS = QT_TRANSLATE_NOOP("collect", "Already entered: {stored}; this file: {new}.")
SKIPPED_NAMES = frozenset({"desktop.ini", "thumbs.db", ".ds_store"})


@dataclass(frozen=True)
class FileProblem:
    cell: str  # "E12", or "" for the file as a whole
    field: str  # the form's label of the row
    message: str


@dataclass
class FileReport:
    """What became of one file (the import's report per row, for a form)."""

    path: Path
    outcome: FileOutcome
    message: str = ""
    tenant: str = ""
    credit_code: str = ""
    problems: list[FileProblem] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # field keys written

    @property
    def saved(self) -> bool:
        return self.outcome in (FileOutcome.ACCEPTED, FileOutcome.UNCHANGED)


@dataclass
class IntakeResult:
    round: RoundRow
    files: list[FileReport]

    def counts(self) -> dict[FileOutcome, int]:
        out = {o: 0 for o in FileOutcome}
        for f in self.files:
            out[f.outcome] += 1
        return out

    def summary(self) -> str:
        c = self.counts()
        return ", ".join(f"{o.value} {n}" for o, n in c.items() if n) or "no files"


def files_in(sources: Iterable[str | Path]) -> list[Path]:
    """The files named, and the files directly in the folders named (hidden files, Excel's
    lock files `~$…` and system files left out), newest first."""
    out: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            out += [p for p in path.iterdir() if p.is_file() and not _skipped(p)]
        else:
            out.append(path)
    return sorted(set(out), key=_newest_first)


def _skipped(path: Path) -> bool:
    name = path.name
    return name.startswith((".", "~$")) or name.lower() in SKIPPED_NAMES


def _newest_first(path: Path) -> tuple[float, str]:
    try:
        return (-path.stat().st_mtime, path.name)
    except OSError:
        return (0.0, path.name)


@requires(Action.EDIT_TENANTS)
def import_returns(
    db: Database,
    sources: Sequence[str | Path],
    period: str | Period | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> IntakeResult:
    """Import the returned workbooks in `sources` (files or folders) into the round of
    `period` (the newest round when None), each file whole or not at all."""
    target = find_round(db, period)
    known = {(r.kind, r.period.label): r for r in rounds(db)}
    paths = files_in(sources)
    intake = _Intake(db, target, known, overwrite, today)
    reports = []
    for n, path in enumerate(paths, start=1):
        check_cancelled(cancelled)
        reports.append(intake.one(path))
        if progress is not None:
            progress(n, len(paths))
    reports.sort(key=lambda r: r.path.name)
    return IntakeResult(find_round(db, target.period), reports)


class _Intake:
    def __init__(
        self,
        db: Database,
        target: RoundRow,
        known: dict[tuple[Any, str], RoundRow],
        overwrite: bool,
        today: dt.date | None,
    ) -> None:
        self.db = db
        self.round = target
        self.known = known
        self.overwrite = overwrite
        self.today = today
        self.taken: dict[int, str] = {}  # tenant id → the file taken for it in this import
        with db.read() as s:
            self.entries = {
                e.credit_code: (e.id, e.tenant_id, name)
                for e, name in s.execute(
                    select(CollectionEntry, Tenant.name_zh)
                    .join(Tenant, Tenant.id == CollectionEntry.tenant_id)
                    .where(CollectionEntry.round_id == target.id)
                )
            }

    def one(self, path: Path) -> FileReport:
        try:
            wb = read_returned(path)
        except ReturnFileError as exc:
            return FileReport(path, FileOutcome.UNREADABLE, str(exc))
        code = creditcode.normalise(wb.credit_code)
        report = FileReport(path, FileOutcome.NOT_MATCHED, tenant=wb.name, credit_code=code)
        if (message := self._match(wb, code)) is not None:
            report.message = message
            return report
        entry_id, tenant_id, name = self.entries[code]
        report.tenant = name
        if tenant_id in self.taken:
            report.outcome = FileOutcome.DUPLICATE
            report.message = _t(DUPLICATE, other=self.taken[tenant_id])
            return report
        self.taken[tenant_id] = path.name
        if not wb.filled:
            report.outcome = FileOutcome.BLANK
            report.message = _t(BLANK)
            return report
        return self._check_and_save(wb, tenant_id, entry_id, report)

    def _match(self, wb: ReturnedWorkbook, code: str) -> str | None:
        """Why the file does not belong to this round's tenant `code`; None when it does."""
        period = self.round.period
        marker = wb.marker if wb.marker.get("format") == FORMAT else {}
        other = marker.get("period") or wb.period
        try:
            other_period = Period.parse(other) if other else period
        except PeriodError:
            other_period = period
        if other_period != period:
            if not any(label == other_period.label for _kind, label in self.known):
                return _t(UNKNOWN_ROUND, other=other_period.label)
            return _t(OTHER_ROUND, other=other_period.label, period=period.label)
        made_for = creditcode.normalise(marker.get("credit_code", ""))
        if made_for and made_for != code:
            return _t(OTHER_TENANT, made_for=made_for, code=code or "—")
        if code not in self.entries:
            with self.db.read() as s:
                name = s.scalar(select(Tenant.name_zh).where(Tenant.credit_code == code))
            if name is None:
                return _t(NO_TENANT, code=wb.credit_code[:40])
            return _t(NOT_IN_ROUND, name=name, code=code, period=period.label)
        return None

    def _check_and_save(
        self, wb: ReturnedWorkbook, tenant_id: int, entry_id: int, report: FileReport
    ) -> FileReport:
        spec = spec_for(self.round.kind)
        formulas = [
            FileProblem(c.coordinate, c.label, _t(FORMULA, formula=str(c.value)[:40]))
            for c in wb.cells.values()
            if c.formula
        ]
        values = {key: None if c.formula else c.value for key, c in wb.cells.items()}
        answer = Answer(wb.path, tenant_id, self.round.period, values)
        checked = spec.check(self.db, answer, self.today)
        report.problems = sorted(
            formulas + [self._problem(wb, key, message) for key, message in checked.problems],
            key=_cell_order,
        )
        if report.problems:
            return self._reject(wb, entry_id, report)
        if checked.conflicts and not self.overwrite:
            report.outcome = FileOutcome.CONFLICT
            report.problems = [
                self._problem(wb, key, _t(STORED_DIFFERS, stored=_shown(stored), new=_shown(new)))
                for key, (stored, new) in checked.conflicts.items()
            ]
            report.message = _t(
                CONFLICT, period=self.round.period.label, count=len(report.problems)
            )
            self._mark(entry_id, wb.path, ReturnStatus.CONFLICT, report.problems)
            return report
        report.changed = checked.changed
        report.outcome = FileOutcome.ACCEPTED if checked.write else FileOutcome.UNCHANGED
        summary = f"collection {self.round.period.label}: {wb.path.name}"
        try:
            with self.db.uow(summary=summary) as uow:
                if checked.write is not None:
                    checked.write(uow)
                _update_entry(uow.session, entry_id, wb.path, ReturnStatus.ACCEPTED, None)
                uow.commit()
        except ValidationError as err:  # a rule only the saving checks: nothing was saved
            report.problems = [self._problem(wb, k, m) for k, m in err.fields.items()]
            report.problems = report.problems or [FileProblem("", "", str(err))]
            return self._reject(wb, entry_id, report)
        except ServiceError as err:
            # Another operator saved the same figures a moment before, the database was busy,
            # the tenant is gone: this file was not saved; the other files go on.
            report.outcome = FileOutcome.REJECTED
            report.message = _t(NOT_SAVED, reason=str(err))
            report.changed = []
        return report

    def _problem(self, wb: ReturnedWorkbook, key: str, message: str) -> FileProblem:
        cell = wb.cells.get(key)
        return (
            FileProblem(cell.coordinate, cell.label, message)
            if cell
            else FileProblem("", "", message)
        )

    def _reject(self, wb: ReturnedWorkbook, entry_id: int, report: FileReport) -> FileReport:
        report.outcome = FileOutcome.REJECTED
        report.message = _t(REJECTED, count=len(report.problems))
        report.changed = []
        self._mark(entry_id, wb.path, ReturnStatus.REJECTED, report.problems)
        return report

    def _mark(
        self, entry_id: int, path: Path, status: ReturnStatus, problems: list[FileProblem]
    ) -> None:
        stored = [{"cell": p.cell, "field": p.field, "message": p.message} for p in problems]
        with self.db.uow(summary=f"collection {self.round.period.label}: {path.name}") as uow:
            _update_entry(uow.session, entry_id, path, status, stored)
            uow.commit()


def _update_entry(
    s: Any, entry_id: int, path: Path, status: ReturnStatus, problems: list[dict[str, str]] | None
) -> None:
    entry = s.get(CollectionEntry, entry_id)
    now = utcnow()
    entry.status = status
    entry.returned_at = now
    entry.returned_file = path.name[:500]
    entry.problems = problems
    if status == ReturnStatus.ACCEPTED:
        entry.accepted_at = now


def _cell_order(p: FileProblem) -> tuple[int, str]:
    """Problems in the order of the form's rows (those of the file as a whole first)."""
    digits = "".join(ch for ch in p.cell if ch.isdigit())
    return (int(digits) if digits else 0, p.cell)


def _shown(value: Any) -> str:
    if isinstance(value, Decimal):
        return money(value)
    return "—" if value is None else str(value)
