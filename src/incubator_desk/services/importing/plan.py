"""An import plan: the outcome of every row (created, updated, unchanged, rejected and why)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from ...core.errors import ServiceError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.vocabularies import LookupCategory, Stage
from ..tenants import PersonInput, TenantInput
from .columns import ImportKind
from .lists import PendingEntry, Unknown, UnknownValue
from .reading import Sheet

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    # Found changed by someone else between the preview and the import: left as it was.
    STALE = "stale"


OUTCOME_LABELS = {
    Outcome.CREATED: QT_TRANSLATE_NOOP("import", "created"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("import", "updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("import", "unchanged"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("import", "rejected"),
    Outcome.STALE: QT_TRANSLATE_NOOP("import", "changed since the preview"),
}
STALE_ROW = QT_TRANSLATE_NOOP(
    "import",
    "Someone changed this record after the preview, so the import left it as it is. "
    "Check the file against it and import the file again.",
)


class ImportCancelled(ServiceError):
    """The person stopped the import; nothing was written."""

    context = "import"


CANCELLED = QT_TRANSLATE_NOOP("import", "The import was cancelled.")


@dataclass(frozen=True, slots=True)
class Problem:
    column: str  # the header as the file has it ("" when the row as a whole is wrong)
    message: str


@dataclass(slots=True)
class RowReport:
    row: int  # the row number in the file, as Excel shows it
    outcome: Outcome
    label: str  # name or credit code, for people to find the row
    problems: list[Problem] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # column keys that change on update


@dataclass
class ImportPlan:
    kind: ImportKind
    sheet: Sheet
    mapping: dict[int, str]
    reports: list[RowReport]
    # Values not in their lists, with how many rows have them and what is done with each.
    unknown: list[UnknownValue] = field(default_factory=list)
    # What apply_import writes: the rows to create or update, with their parsed values.
    _tenant_rows: list[TenantRow] = field(default_factory=list, repr=False)
    _figure_rows: list[FigureRow] = field(default_factory=list, repr=False)
    _return_rows: list[ReturnRow] = field(default_factory=list, repr=False)

    def counts(self) -> dict[Outcome, int]:
        out = {o: 0 for o in Outcome}
        for r in self.reports:
            out[r.outcome] += 1
        return out

    def summary(self) -> str:
        c = self.counts()
        text = (
            f"created {c[Outcome.CREATED]}, updated {c[Outcome.UPDATED]}, "
            f"unchanged {c[Outcome.UNCHANGED]}, rejected {c[Outcome.REJECTED]}"
        )
        if c[Outcome.STALE]:
            text += f", left unchanged as changed since the preview {c[Outcome.STALE]}"
        return text

    def additions(self) -> dict[LookupCategory, list[str]]:
        """The values added to their lists on import: those the rows to write use."""
        used = {p for row in self._tenant_rows for p in row.pending.values()}
        out: dict[LookupCategory, list[str]] = {}
        for u in self.unknown:
            if u.choice == Unknown.ADD and PendingEntry(*u.key) in used:
                out.setdefault(u.category, []).append(u.value)
        return out

    def mapped(self) -> dict[LookupCategory, dict[str, int]]:
        """Values the person said mean an existing entry: remembered as its other names."""
        out: dict[LookupCategory, dict[str, int]] = {}
        for u in self.unknown:
            if isinstance(u.choice, int):
                out.setdefault(u.category, {})[u.value] = u.choice
        return out

    @property
    def writable(self) -> int:
        c = self.counts()
        return c[Outcome.CREATED] + c[Outcome.UPDATED]


@dataclass(slots=True)
class TenantRow:
    """A tenant row to write: what it sets, and the tenant it updates (None: a new one)."""

    report: RowReport
    stage: Stage | None  # the stage the row names, if any
    existing_id: int | None
    version: int | None  # the stored tenant's version when the plan was made
    data: TenantInput
    person: PersonInput | None  # the contact the row names, if any
    # TenantInput field → the list value added on import that the field takes.
    pending: dict[str, PendingEntry] = field(default_factory=dict)


@dataclass(slots=True)
class FigureRow:
    """A quarter's figures to write, and the investment the row adds (amount, investor, round)."""

    report: RowReport
    tenant_id: int
    year: int
    quarter: int
    values: dict[str, Any]
    snapshot_id: int | None
    investment: tuple[Decimal, str, str] | None
    version: int | None = None  # the stored figures' version when the plan was made


@dataclass(slots=True)
class ReturnRow:
    """A tenant's statistics return of a year to write: the fields the row gives (parsed)."""

    report: RowReport
    tenant_id: int
    year: int
    values: dict[str, Any]


def report_lines(plan: ImportPlan, only: Outcome | None = None) -> Iterator[str]:
    """The per-row report as text lines (the command line prints these), one at a time."""
    for r in plan.reports:
        if only is not None and r.outcome != only:
            continue
        if r.outcome == Outcome.REJECTED:
            for p in r.problems:
                where = f", column {p.column}" if p.column else ""
                yield f"row {r.row}{where}: rejected: {r.label}: {p.message}"
        else:
            extra = f" ({', '.join(r.changed)})" if r.changed else ""
            if r.outcome == Outcome.STALE:
                extra = ": changed by someone else since the preview, left as it is"
            yield f"row {r.row}: {r.outcome.value}: {r.label}{extra}"


def additions_text(plan: ImportPlan) -> str:
    """ "industry 2 (生物科技, 人工智能); sector 1 (…)": what the import adds to the lists."""
    parts = []
    for category, names in plan.additions().items():
        shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
        parts.append(f"{category.value} {len(names)} ({shown})")
    return "; ".join(parts)


def header_of(mapping: dict[int, str], sheet: Sheet, key: str) -> str:
    """The header of the column mapped to `key`, as the file has it (else the key)."""
    for index, k in mapping.items():
        if k == key:
            return sheet.headers[index] or key
    return key


def chunks(items: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def check_cancelled(cancelled: Cancelled | None) -> None:
    """Raise ImportCancelled when the person has asked to stop."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(CANCELLED)
