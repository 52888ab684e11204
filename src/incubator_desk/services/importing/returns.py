"""Planning the import of statistics returns: a row per tenant and year, keyed by credit code
(or name) and 统计年度, each field read and checked by the return's own field list."""

from __future__ import annotations

from collections import defaultdict
from enum import Enum
from typing import Any

from sqlalchemy import select

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...db import Database
from ...models import Tenant
from .. import creditcode
from ..statistics import (
    EDITABLE_FIELDS,
    FIELD_BY_KEY,
    TenantReturn,
    relation_errors,
    tenant_returns,
)
from .columns import ImportKind
from .plan import (
    Cancelled,
    ImportPlan,
    Outcome,
    Problem,
    Progress,
    ReturnRow,
    RowReport,
    check_cancelled,
    chunks,
    header_of,
)
from .reading import Sheet, blank
from .values import LookupNames, column_plan, read_row

_t = Translator("import")

REQUIRED = QT_TRANSLATE_NOOP("import", "This column is required.")
SAME_AS_ROW = QT_TRANSLATE_NOOP("import", "The same {what} as row {row}.")
NO_TENANT = QT_TRANSLATE_NOOP(
    "import", "No tenant has this {what}: import or create the tenant first."
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "import", "The file has no {column} column: map one in the mapping step."
)
BAD_YEAR = QT_TRANSLATE_NOOP("import", "{year} is not a year of the return.")
NO_FOUNDER = QT_TRANSLATE_NOOP(
    "import", "No founder is recorded for this tenant: add one under People first."
)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def plan_returns(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportPlan:
    """Check every row of a sheet of returns; write nothing. An empty cell leaves the stored
    value alone; a row whose fields contradict (with what is stored) is rejected."""
    plan = ImportPlan(ImportKind.RETURNS, sheet, mapping, [])
    columns = column_plan(ImportKind.RETURNS, sheet, mapping)
    keys = set(mapping.values())
    stat_keys = [f.key for f in EDITABLE_FIELDS if f.key in keys]
    rows = [(i, r) for i, r in enumerate(sheet.rows) if any(not blank(c) for c in r)]
    total = max(len(rows) * 2, 1)
    parsed: list[tuple[int, dict[str, Any], list[Problem]]] = []
    with db.read() as s:
        lookups = LookupNames(s)
        codes: set[str] = set()
        names: set[str] = set()
        for n, (i, row) in enumerate(rows):
            if n % 200 == 0:
                check_cancelled(cancelled)
                if progress is not None:
                    progress(n, total)
            values, problems = read_row(columns, row, lookups)
            parsed.append((i, values, problems))
            if values.get("credit_code"):
                codes.add(creditcode.normalise(values["credit_code"]))
            elif values.get("name_zh"):
                names.add(values["name_zh"])
        by_code: dict[str, int] = {}
        by_name: dict[str, int] = {}
        for chunk in chunks(sorted(codes)):
            for code, found_id in s.execute(
                select(Tenant.credit_code, Tenant.id).where(Tenant.credit_code.in_(chunk))
            ):
                by_code[code or ""] = found_id
        for chunk in chunks(sorted(names)):
            for name, found_id in s.execute(
                select(Tenant.name_zh, Tenant.id).where(Tenant.name_zh.in_(chunk))
            ):
                by_name[name] = found_id

    def tenant_of(values: dict[str, Any]) -> int | None:
        code = creditcode.normalise(values.get("credit_code") or "")
        if code:
            return by_code.get(code)
        return by_name.get(values.get("name_zh") or "")

    # What is stored for each tenant and year the file names: read a year at a time.
    wanted: dict[int, set[int]] = defaultdict(set)
    for _i, values, _p in parsed:
        found, named = tenant_of(values), values.get("year")
        if found is not None and isinstance(named, int) and 1990 <= named <= 2200:
            wanted[named].add(found)
    stored: dict[tuple[int, int], TenantReturn] = {}
    for each, ids in wanted.items():
        for some in chunks(sorted(ids)):
            for r in tenant_returns(db, each, list(some)):
                stored[(r.tenant_id, each)] = r
    seen: dict[tuple[int, int], int] = {}
    for n, (i, values, problems) in enumerate(parsed):
        if n % 200 == 0:
            check_cancelled(cancelled)
            if progress is not None:
                progress(len(rows) + n, total)
        number = sheet.row_number(i)
        year = values.get("year")
        label = str(values.get("name_zh") or values.get("credit_code") or "")
        if year:
            label = f"{label} {year}"
        report = RowReport(number, Outcome.REJECTED, label[:80], problems)
        plan.reports.append(report)
        tid = tenant_of(values)
        if values.get("credit_code") and tid is None:
            problems.append(
                Problem(
                    header_of(mapping, sheet, "credit_code"),
                    _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "credit code"))),
                )
            )
        elif not values.get("credit_code") and values.get("name_zh") and tid is None:
            problems.append(
                Problem(
                    header_of(mapping, sheet, "name_zh"),
                    _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "name"))),
                )
            )
        elif tid is None:
            problems.append(Problem(header_of(mapping, sheet, "credit_code"), _t(REQUIRED)))
        year_header = header_of(mapping, sheet, "year")
        if "year" not in keys:
            problems.append(Problem("", _t(MISSING_COLUMN, column="统计年度 / year")))
        elif year is None:
            if not any(p.column == year_header for p in problems):
                problems.append(Problem(year_header, _t(REQUIRED)))
        elif not 1990 <= year <= 2200:
            problems.append(Problem(year_header, _t(BAD_YEAR, year=year)))
        if tid is None or year is None or (tid, year) not in stored:
            continue
        current = stored[(tid, year)]
        given = {k: values[k] for k in stat_keys if values.get(k) is not None}
        for key in given:
            if key.startswith("founder_") and not current.has_founder:
                problems.append(Problem(header_of(mapping, sheet, key), _t(NO_FOUNDER)))
        merged = {**{k: current.entered(k) for k in FIELD_BY_KEY}, **given}
        bad_cells = {p.column for p in problems}
        for key, message in relation_errors(merged).items():
            column = header_of(mapping, sheet, key)
            if column not in bad_cells:
                problems.append(Problem(column, message))
        pair = (tid, year)
        if pair in seen and not problems:
            problems.append(
                Problem(
                    "",
                    _t(
                        SAME_AS_ROW,
                        what=_t(QT_TRANSLATE_NOOP("import", "tenant and year")),
                        row=seen[pair],
                    ),
                )
            )
        if problems:
            continue
        seen[pair] = number
        report.changed = [k for k, v in given.items() if _plain(current.entered(k)) != _plain(v)]
        if current.version is None and given:
            report.outcome = Outcome.CREATED
        else:
            report.outcome = Outcome.UPDATED if report.changed else Outcome.UNCHANGED
        if report.outcome != Outcome.UNCHANGED:
            plan._return_rows.append(
                ReturnRow(report, tid, year, {k: given[k] for k in report.changed} or given)
            )
    if progress is not None:
        progress(total, total)
    return plan
