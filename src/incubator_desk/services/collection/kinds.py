"""What differs between kinds of round: the fields asked, last period's values, the checking.

A kind names its field list, reads the reference values of the period before, and turns a
returned form into an import plan through the import machinery (so a cell is judged by the
same rules as in any import) together with the figures already stored that it would change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select

from ...core.periods import Period
from ...core.vocabularies import RoundKind
from ...db import Database
from ...models import InvestmentReceived, KpiSnapshot
from ..importing import ImportKind, ImportPlan, Sheet, plan_import
from ..importing.plan import chunks
from .fields import QUARTERLY_FIELDS, SheetField


@dataclass
class Checked:
    """A returned form as the import sees it: the plan, and the stored figures it would change
    (field key → (stored, new)); the sheet's column headers map back to the form's cells."""

    plan: ImportPlan
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    cell_of_header: dict[str, str] = field(default_factory=dict)  # header → cell ("E12")
    label_of_header: dict[str, str] = field(default_factory=dict)


class KindSpec(Protocol):
    kind: RoundKind

    def fields(self, db: Database) -> Sequence[SheetField]: ...

    def previous(
        self, db: Database, tenant_ids: Sequence[int], period: Period
    ) -> dict[int, dict[str, Any]]: ...

    def check(
        self,
        db: Database,
        path: Path,
        credit_code: str,
        period: Period,
        values: dict[str, tuple[str, str, Any]],
        today: dt.date | None,
    ) -> Checked: ...


def form_sheet(
    path: Path,
    fields: Sequence[SheetField],
    credit_code: str,
    period: Period,
    values: dict[str, tuple[str, str, Any]],
) -> tuple[Sheet, dict[int, str], dict[str, str], dict[str, str]]:
    """A one-row sheet of the form's values, as an import reads a file: headers, the mapping
    of columns to keys, and each header's cell and label on the form."""
    headers = ["统一社会信用代码", "期间"]
    row: list[Any] = [credit_code, period.label]
    mapping = {0: "credit_code", 1: "period"}
    cells: dict[str, str] = {}
    labels: dict[str, str] = {}
    for f in fields:
        if f.key not in values:
            continue  # a row missing from the form: nothing to read
        coordinate, label, value = values[f.key]
        mapping[len(headers)] = f.key
        headers.append(f.header)
        row.append(value)
        cells[f.header] = coordinate
        labels[f.header] = label or f.zh
    return Sheet(path, 1, headers, [tuple(row)]), mapping, cells, labels


class Quarterly:
    """A quarter's figures (经营数据), imported as quarterly figures are."""

    kind = RoundKind.QUARTERLY

    def fields(self, db: Database) -> Sequence[SheetField]:
        return QUARTERLY_FIELDS

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

    def check(
        self,
        db: Database,
        path: Path,
        credit_code: str,
        period: Period,
        values: dict[str, tuple[str, str, Any]],
        today: dt.date | None,
    ) -> Checked:
        sheet, mapping, cells, labels = form_sheet(
            path, QUARTERLY_FIELDS, credit_code, period, values
        )
        plan = plan_import(db, ImportKind.FIGURES, sheet, mapping, today=today)
        checked = Checked(plan, cell_of_header=cells, label_of_header=labels)
        for row in plan._figure_rows:
            if row.snapshot_id is None:
                continue
            with db.read() as s:
                snap = s.get(KpiSnapshot, row.snapshot_id)
                for key in row.report.changed:
                    stored = getattr(snap, key, None) if snap is not None else None
                    if stored not in (None, "") and key in row.values:
                        checked.conflicts[key] = (stored, row.values[key])
        return checked


SPECS: dict[RoundKind, KindSpec] = {RoundKind.QUARTERLY: Quarterly()}


def spec_for(kind: RoundKind) -> KindSpec | None:
    """The kind's spec; None while the application cannot collect that kind yet."""
    return SPECS.get(kind)
