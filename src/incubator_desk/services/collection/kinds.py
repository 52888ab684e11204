"""What differs between kinds of round: who is asked, the fields, last period's values, and
how a returned form is checked and saved.

A kind turns a returned form into a `Checked`: the problems of its cells (by field key), the
figures already stored that it would change (a conflict unless overwriting), the fields it
changes, and the writing to do inside the caller's unit of work. The quarterly kind goes
through the import machinery (so a cell is judged by the same rules as in any import of
quarterly figures); the annual kind (`annual.py`) through the statistics return's own
parsing and saving.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, or_, select

from ...core.periods import Period
from ...core.vocabularies import OPEN_STAGES, RoundKind
from ...db import Database, UnitOfWork
from ...models import InvestmentReceived, KpiSnapshot, Tenant
from ..importing import ImportKind, Outcome, Sheet, plan_import, write_plan
from ..importing.plan import chunks
from .fields import QUARTERLY_FIELDS, SheetField


@dataclass(frozen=True)
class Recipient:
    tenant_id: int
    name: str
    credit_code: str  # "" when the tenant has none (it cannot be sent a workbook)


@dataclass(frozen=True)
class Answer:
    """A returned form as read: whose it is (matched by credit code), for which period, and
    its input cells (field key → value; formulas already taken out)."""

    path: Path
    tenant_id: int
    period: Period
    values: dict[str, Any]


@dataclass
class Checked:
    """A returned form, checked: nothing is written until `write` runs."""

    problems: list[tuple[str, str]] = field(default_factory=list)  # (field key or "", message)
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # key → (stored, new)
    changed: list[str] = field(default_factory=list)  # the field keys it writes
    write: Callable[[UnitOfWork], None] | None = None  # None: nothing to write


class KindSpec(Protocol):
    kind: RoundKind

    def fields(self, db: Database) -> Sequence[SheetField]: ...

    def recipients(self, db: Database, period: Period) -> list[Recipient]: ...

    def previous(
        self, db: Database, tenant_ids: Sequence[int], period: Period
    ) -> dict[int, dict[str, Any]]: ...

    def check(self, db: Database, answer: Answer, today: dt.date | None) -> Checked: ...


def form_sheet(
    path: Path,
    fields: Sequence[SheetField],
    credit_code: str,
    period: Period,
    values: dict[str, Any],
) -> tuple[Sheet, dict[int, str]]:
    """A one-row sheet of the form's values, as an import reads a file, and the mapping of
    its columns to field keys."""
    headers = ["统一社会信用代码", "期间"]
    row: list[Any] = [credit_code, period.label]
    mapping = {0: "credit_code", 1: "period"}
    for f in fields:
        if f.key in values:  # a row missing from the form: nothing to read
            mapping[len(headers)] = f.key
            headers.append(f.header)
            row.append(values[f.key])
    return Sheet(path, 1, headers, [tuple(row)]), mapping


class Quarterly:
    """A quarter's figures (经营数据), imported as quarterly figures are."""

    kind = RoundKind.QUARTERLY

    def fields(self, db: Database) -> Sequence[SheetField]:
        return QUARTERLY_FIELDS

    def recipients(self, db: Database, period: Period) -> list[Recipient]:
        """Tenants in incubation (not archived) that had entered by the quarter's end."""
        with db.read() as s:
            return [
                Recipient(tid, name, code or "")
                for tid, name, code in s.execute(
                    select(Tenant.id, Tenant.name_zh, Tenant.credit_code)
                    .where(
                        Tenant.archived_at.is_(None),
                        Tenant.stage.in_(OPEN_STAGES),
                        or_(Tenant.entry_date.is_(None), Tenant.entry_date <= period.end),
                    )
                    .order_by(Tenant.name_zh, Tenant.id)
                )
            ]

    def previous(
        self, db: Database, tenant_ids: Sequence[int], period: Period
    ) -> dict[int, dict[str, Any]]:
        before = period.previous()
        keys = [f.key for f in QUARTERLY_FIELDS]
        out: dict[int, dict[str, Any]] = {}
        with db.read() as s:
            for ids in chunks(list(tenant_ids)):
                for k in s.scalars(
                    select(KpiSnapshot).where(
                        KpiSnapshot.tenant_id.in_(ids),
                        KpiSnapshot.year == before.year,
                        KpiSnapshot.quarter == before.quarter,
                    )
                ):
                    out[k.tenant_id] = {key: getattr(k, key, None) for key in keys}
                for tid, total in s.execute(
                    select(InvestmentReceived.tenant_id, func.sum(InvestmentReceived.amount))
                    .where(
                        InvestmentReceived.tenant_id.in_(ids),
                        InvestmentReceived.year == before.year,
                        InvestmentReceived.quarter == before.quarter,
                    )
                    .group_by(InvestmentReceived.tenant_id)
                ):
                    out.setdefault(tid, {})["investment_received"] = total
        return out

    def check(self, db: Database, answer: Answer, today: dt.date | None) -> Checked:
        # The import knows a tenant by its credit code: the one it has now.
        with db.read() as s:
            code = s.scalar(select(Tenant.credit_code).where(Tenant.id == answer.tenant_id))
        values = answer.values
        sheet, mapping = form_sheet(
            answer.path, QUARTERLY_FIELDS, code or "", answer.period, values
        )
        plan = plan_import(db, ImportKind.FIGURES, sheet, mapping, today=today)
        key_of = {sheet.headers[i]: key for i, key in mapping.items()}
        checked = Checked()
        row = plan.reports[0] if plan.reports else None
        if row is None:
            return checked
        checked.problems = [(key_of.get(p.column, ""), p.message) for p in row.problems]
        if checked.problems:
            return checked
        if row.outcome == Outcome.CREATED:
            checked.changed = [k for k, v in values.items() if v not in (None, "")]
        else:
            checked.changed = list(row.changed)
        for figure in plan._figure_rows:
            if figure.snapshot_id is None:
                continue
            with db.read() as s:
                snap = s.get(KpiSnapshot, figure.snapshot_id)
                for key in figure.report.changed:
                    stored = getattr(snap, key, None) if snap is not None else None
                    if stored not in (None, "") and key in figure.values:
                        checked.conflicts[key] = (stored, figure.values[key])
        if plan._figure_rows:
            checked.write = lambda uow: write_plan(db, uow, plan, refuse_stale=True)
        return checked


SPECS: dict[RoundKind, KindSpec] = {RoundKind.QUARTERLY: Quarterly()}


def spec_for(kind: RoundKind) -> KindSpec:
    """The kind's spec (the annual one registers itself from `annual.py`)."""
    from . import annual  # noqa: F401  (registers the annual kind)

    return SPECS[kind]
