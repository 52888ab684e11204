"""Export the tenant register (with its filter) and quarterly figures to .xlsx or .csv.

The columns are the importer's own (Chinese headers by default), so an export re-imports
without changes. The files are written by `spreadsheets.write_table`, which makes every
text safe to open (formula-like text gets an apostrophe the importer takes off again).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..core.periods import period_text
from ..db import Database
from ..models import InvestmentReceived, KpiSnapshot, LookupItem, Tenant
from .importing import FIGURE_COLUMNS, TENANT_COLUMNS, ColumnSpec, Progress
from .overview import Query
from .spreadsheets import ExportError, write_table
from .tenants import FIGURE_FIELDS, MONEY_FIGURES, tenant_register

CHUNK = 1000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _cell(value: Any) -> Any:
    """Yes/no as the importer reads it back; the writer makes the rest safe."""
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _header(spec: ColumnSpec, lang: str) -> str:
    return spec.zh if lang.startswith("zh") else spec.key


def _write(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str) -> int:
    return write_table(path, headers, ([_cell(v) for v in row] for row in rows), title)


def _tenant_ids(db: Database, query: Query | None) -> list[int]:
    stmt = tenant_register().filtered(db, query or Query())
    stmt = stmt.with_only_columns(Tenant.id).order_by(Tenant.id)
    with db.read() as s:
        return list(s.scalars(stmt))


def export_tenants(
    db: Database,
    path: str | Path,
    query: Query | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
) -> ExportResult:
    """The tenants the register shows with `query` (search and filters), every column."""
    path = Path(path)
    ids = _tenant_ids(db, query)
    specs = TENANT_COLUMNS
    headers = [_header(s, lang) for s in specs]

    def rows() -> Iterable[list[Any]]:
        with db.read() as s:
            names = {i.id: i.name_zh for i in s.scalars(select(LookupItem))}
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                tenants = s.scalars(
                    select(Tenant)
                    .where(Tenant.id.in_(chunk))
                    .order_by(Tenant.id)
                    .options(selectinload(Tenant.tags), selectinload(Tenant.people))
                )
                for t in tenants:
                    yield [_tenant_value(t, spec.key, names) for spec in specs]
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))

    count = _write(path, headers, rows(), "tenants")
    return ExportResult(path, count)


def _tenant_value(t: Tenant, key: str, names: dict[int, str]) -> Any:
    if key in ("industry", "tech_field", "registration_type", "sector"):
        item_id = getattr(t, f"{key}_id")
        return names.get(item_id, "") if item_id else ""
    if key == "tags":
        return "；".join(sorted(tag.name for tag in t.tags))
    if key in ("contact_name", "phone", "email"):
        live = sorted(
            (p for p in t.people if p.archived_at is None),
            key=lambda p: (not p.is_primary_contact, p.id),
        )
        if not live:
            return ""
        return getattr(live[0], "name" if key == "contact_name" else key)
    return getattr(t, key)


def export_figures(
    db: Database,
    path: str | Path,
    query: Query | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
) -> ExportResult:
    """Every quarter's figures of the tenants the register shows with `query`."""
    path = Path(path)
    ids = _tenant_ids(db, query)
    wanted = [
        s
        for s in FIGURE_COLUMNS
        if s.key in ("credit_code", "name_zh", "period", "awards", "notes", "investment_received")
        or s.key in FIGURE_FIELDS
    ]
    headers = [
        _header(s, lang)
        + ("(元)" if s.key in MONEY_FIGURES or s.key == "investment_received" else "")
        if lang.startswith("zh")
        else _header(s, lang)
        for s in wanted
    ]

    def rows() -> Iterable[list[Any]]:
        with db.read() as s:
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                info = {
                    tid: (code, name)
                    for tid, code, name in s.execute(
                        select(Tenant.id, Tenant.credit_code, Tenant.name_zh).where(
                            Tenant.id.in_(chunk)
                        )
                    )
                }
                invest: dict[tuple[int, int, int], Decimal] = {}
                for inv in s.scalars(
                    select(InvestmentReceived).where(InvestmentReceived.tenant_id.in_(chunk))
                ):
                    key = (inv.tenant_id, inv.year, inv.quarter)
                    invest[key] = invest.get(key, Decimal(0)) + inv.amount
                snaps = s.scalars(
                    select(KpiSnapshot)
                    .where(KpiSnapshot.tenant_id.in_(chunk))
                    .order_by(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter)
                )
                for k in snaps:
                    code, name = info[k.tenant_id]
                    row: list[Any] = []
                    for spec in wanted:
                        if spec.key == "credit_code":
                            row.append(code or "")
                        elif spec.key == "name_zh":
                            row.append(name)
                        elif spec.key == "period":
                            row.append(period_text(k.year, k.quarter))
                        elif spec.key == "investment_received":
                            row.append(invest.get((k.tenant_id, k.year, k.quarter)))
                        else:
                            row.append(getattr(k, spec.key))
                    yield row
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))

    count = _write(path, headers, rows(), "figures")
    return ExportResult(path, count)


def export_returns(
    db: Database,
    path: str | Path,
    year: int,
    lang: str = "zh",
    progress: Progress | None = None,
) -> ExportResult:
    """The statistics return of `year` as the import reads it back: credit code, name, year
    and every field entered with the return, money in 千元 (said in each money header), for
    every tenant in incubation that year."""
    from .importing import RETURN_COLUMNS
    from .statistics import CHOICE_ZH, FIELD_BY_KEY, FieldKind, tenant_returns

    path = Path(path)
    zh = lang.startswith("zh")

    def header(spec: ColumnSpec) -> str:
        f = FIELD_BY_KEY.get(spec.key)
        money = f is not None and f.kind is FieldKind.MONEY
        if zh:
            return spec.zh + ("（千元）" if money else "")
        return spec.key + (" (thousand yuan)" if money else "")

    def cell(key: str, value: Any) -> Any:
        f = FIELD_BY_KEY[key]
        if f.kind is FieldKind.MONEY:
            return None if value is None else value / 1000  # exact: the fen stay
        if f.kind is FieldKind.CHOICE and value is not None:
            plain = getattr(value, "value", value)
            return CHOICE_ZH.get(plain, plain) if zh else plain
        return value

    returns = tenant_returns(db, year)
    headers = [header(spec) for spec in RETURN_COLUMNS]

    def rows() -> Iterable[list[Any]]:
        for n, r in enumerate(returns):
            row: list[Any] = []
            for spec in RETURN_COLUMNS:
                if spec.key == "credit_code":
                    row.append(r.values.get("credit_code") or "")
                elif spec.key == "name_zh":
                    row.append(r.name)
                elif spec.key == "year":
                    row.append(year)
                else:
                    row.append(cell(spec.key, r.entered(spec.key)))
            yield row
            if progress is not None and n % CHUNK == 0:
                progress(n, len(returns))

    count = _write(path, headers, rows(), f"returns {year}")
    if progress is not None:
        progress(len(returns), len(returns))
    return ExportResult(path, count)


__all__ = ["ExportError", "ExportResult", "export_figures", "export_returns", "export_tenants"]
