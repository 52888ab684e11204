"""Checking every row of a sheet against the database, writing nothing: `plan_import`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import amount_text
from ...core.periods import period_text
from ...db import Database
from ...models import InvestmentReceived, KpiSnapshot, Person, Tag, Tenant, tenant_tags
from .. import creditcode
from .. import tenants as svc
from .columns import TENANT_DIRECT, TENANT_IDS, ImportKind, auto_mapping
from .lists import ListChoice, PendingEntry, Unknown, ValueKey
from .plan import (
    Cancelled,
    FigureRow,
    ImportPlan,
    Outcome,
    Problem,
    Progress,
    RowReport,
    TenantRow,
    check_cancelled,
    chunks,
    header_of,
)
from .reading import Sheet, blank
from .values import LookupNames, column_plan, read_row

_t = Translator("import")
DONE: tuple[int, dict[str, Any], list[Problem]] = (-1, {}, [])
STORED_CHUNK = 2000  # rows of a file compared with their stored tenants at a time
# What a row of a file is compared with: the stored tenant's id, key, stage and the columns
# an import can set.
STORED = (
    Tenant.id,
    Tenant.version,
    Tenant.credit_code,
    Tenant.stage,
    *(getattr(Tenant, key) for key in TENANT_DIRECT),
    *(getattr(Tenant, attr) for attr in TENANT_IDS.values()),
)

REQUIRED = QT_TRANSLATE_NOOP("import", "This column is required.")
CODE_KEY = QT_TRANSLATE_NOOP(
    "import", "A credit code is required: it identifies the tenant on every later import."
)
SAME_AS_ROW = QT_TRANSLATE_NOOP("import", "The same {what} as row {row}.")
NO_TENANT = QT_TRANSLATE_NOOP(
    "import", "No tenant has this {what}: import or create the tenant first."
)
INVESTMENT_DIFFERS = QT_TRANSLATE_NOOP(
    "import",
    "The quarter already has investments totalling {total}; correct them in the tenant's "
    "figures instead.",
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "import", "The file has no {column} column: map one in the mapping step."
)


def plan_import(
    db: Database,
    kind: ImportKind,
    sheet: Sheet,
    mapping: dict[int, str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
    unknown: Unknown = Unknown.REJECT,
    choices: Mapping[ValueKey, ListChoice] | None = None,
) -> ImportPlan:
    """Check every row against the database; write nothing.

    A value not in its list is read as `choices` says for it (an entry's id, ADD or
    REJECT), else as `unknown` says: ADD plans to add it to the list, REJECT rejects the row.
    """
    mapping = dict(auto_mapping(kind, sheet) if mapping is None else mapping)
    if kind == ImportKind.TENANTS:
        lists = (unknown, choices)
        return _plan_tenants(db, sheet, mapping, progress, cancelled, today, lists)
    if kind == ImportKind.RETURNS:
        from .returns import plan_returns

        return plan_returns(db, sheet, mapping, progress, cancelled)
    return _plan_figures(db, sheet, mapping, progress, cancelled, today)


def _tick(progress: Progress | None, cancelled: Cancelled | None, i: int, n: int) -> None:
    if i % 200 == 0:
        check_cancelled(cancelled)
    if progress is not None and (i % 200 == 0 or i == n):
        progress(i, n)


def _nonblank_rows(sheet: Sheet) -> list[tuple[int, Sequence[Any]]]:
    return [(i, r) for i, r in enumerate(sheet.rows) if any(not blank(c) for c in r)]


def _plan_tenants(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
    today: dt.date | None,
    lists: tuple[Unknown, Mapping[ValueKey, ListChoice] | None],
) -> ImportPlan:
    plan = ImportPlan(ImportKind.TENANTS, sheet, mapping, [])
    columns = column_plan(ImportKind.TENANTS, sheet, mapping)
    keys = set(mapping.values())
    rows = _nonblank_rows(sheet)
    with db.read() as s:
        lookups = LookupNames(s, *lists)
        parsed: list[tuple[int, dict[str, Any], list[Problem]]] = []
        for n, (i, row) in enumerate(rows):
            _tick(progress, cancelled, n, len(rows) * 2)
            values, problems = read_row(columns, row, lookups)
            parsed.append((i, values, problems))
        seen: dict[str, int] = {}
        stored = _Stored(s)
        for n in range(len(parsed)):
            if n % STORED_CHUNK == 0:  # the stored tenants of the next rows, a chunk at a time
                stored.load(parsed[n : n + STORED_CHUNK])
            i, values, problems = parsed[n]
            parsed[n] = DONE  # each row's cells are let go once it is checked
            _tick(progress, cancelled, len(rows) + n, len(rows) * 2)
            number = sheet.row_number(i)
            label = str(values.get("name_zh") or values.get("credit_code") or "")
            report = RowReport(number, Outcome.REJECTED, label[:80], problems)
            plan.reports.append(report)
            data = svc.TenantInput()
            for key in TENANT_DIRECT:
                if key in values and values[key] is not None:
                    setattr(data, key, values[key])
            pending: dict[str, PendingEntry] = {}
            for key, attr in TENANT_IDS.items():
                if isinstance(values.get(key), PendingEntry):
                    pending[attr] = values[key]
                elif key in values:
                    setattr(data, attr, values[key])
            data.credit_code = values.get("credit_code") or ""
            if "tags" in values:
                data.tags = values["tags"]
            current = None
            if data.credit_code:
                current = stored.tenants.get(creditcode.normalise(data.credit_code))
            if current is not None and "name_zh" not in values:
                data.name_zh = current.name_zh
            header_errors = svc.validate_tenant(data, today)
            for key, message in header_errors.items():
                column = {v: k for k, v in TENANT_IDS.items()}.get(key, key)
                if not any(p.column == header_of(mapping, sheet, column) for p in problems):
                    problems.append(Problem(header_of(mapping, sheet, column), message))
            if not data.credit_code and "credit_code" not in header_errors:
                problems.append(Problem(header_of(mapping, sheet, "credit_code"), _t(CODE_KEY)))
            person = svc.PersonInput(
                name=values.get("contact_name") or "",
                phone=values.get("phone") or "",
                email=values.get("email") or "",
            )
            if person.name or person.phone or person.email:
                if not person.name:
                    person.name = data.name_zh  # a company phone without a contact name
                for key, message in svc.validate_person(person).items():
                    column = {"name": "contact_name"}.get(key, key)
                    problems.append(Problem(header_of(mapping, sheet, column), message))
            if data.credit_code and data.credit_code in seen and not problems:
                problems.append(
                    Problem(
                        header_of(mapping, sheet, "credit_code"),
                        _t(
                            SAME_AS_ROW,
                            what=_t(QT_TRANSLATE_NOOP("import", "credit code")),
                            row=seen[data.credit_code],
                        ),
                    )
                )
            if problems:
                continue
            seen[data.credit_code] = number
            contact = person if person.name or person.phone or person.email else None
            if current is None:
                report.outcome = Outcome.CREATED
                stage = values.get("stage")
                plan._tenant_rows.append(
                    TenantRow(report, stage, None, None, data, contact, pending)
                )
                continue
            report.changed = _tenant_changes(
                current,
                data,
                contact,
                values,
                keys,
                stored.tags.get(current.id, []),
                stored.people.get(current.id, []),
            )
            report.changed += [k for k, attr in TENANT_IDS.items() if attr in pending]
            report.outcome = Outcome.UPDATED if report.changed else Outcome.UNCHANGED
            if report.changed:
                plan._tenant_rows.append(
                    TenantRow(
                        report,
                        values.get("stage"),
                        current.id,
                        current.version,
                        data,
                        contact,
                        pending,
                    )
                )
        plan.unknown = list(lookups.unknown.values())
    if progress is not None:
        progress(1, 1)
    return plan


class _Stored:
    """The stored tenants (plain rows of the columns compared), tags and contacts the rows of
    a chunk of the file name by credit code: a file updating 200,000 tenants never holds
    them all at once."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.tenants: dict[str, Any] = {}
        self.tags: dict[int, list[str]] = {}
        self.people: dict[int, list[tuple[str, str, str]]] = {}

    def load(self, block: Sequence[tuple[int, dict[str, Any], list[Problem]]]) -> None:
        s = self.s
        codes = sorted(
            {creditcode.normalise(v["credit_code"]) for _i, v, _p in block if v.get("credit_code")}
        )
        self.tenants, self.tags, self.people = {}, {}, {}
        for chunk in chunks(codes):
            found = list(s.execute(select(*STORED).where(Tenant.credit_code.in_(chunk))))
            for t in found:
                self.tenants[t.credit_code] = t
            found_ids = [t.id for t in found]
            if not found_ids:
                continue
            for tid, name in s.execute(
                select(tenant_tags.c.tenant_id, Tag.name)
                .join(Tag, Tag.id == tenant_tags.c.tag_id)
                .where(tenant_tags.c.tenant_id.in_(found_ids))
            ):
                self.tags.setdefault(tid, []).append(name)
            for tid, name, phone, email in s.execute(
                select(Person.tenant_id, Person.name, Person.phone, Person.email).where(
                    Person.tenant_id.in_(found_ids), Person.archived_at.is_(None)
                )
            ):
                self.people.setdefault(tid, []).append((name, phone, email))


def _tenant_changes(
    t: Any,
    data: svc.TenantInput,
    person: svc.PersonInput | None,
    values: dict[str, Any],
    keys: set[str],
    tags: list[str],
    people: list[tuple[str, str, str]],
) -> list[str]:
    """The column keys whose values in the row differ from the stored tenant's."""
    changed = []
    for key in TENANT_DIRECT:
        if (
            key in keys
            and values.get(key) not in (None, "")
            and getattr(t, key) != getattr(data, key)
        ):
            changed.append(key)
    for key, attr in TENANT_IDS.items():
        if (
            key in keys
            and getattr(data, attr) is not None
            and getattr(t, attr) != getattr(data, attr)
        ):
            changed.append(key)
    if "stage" in keys and values.get("stage") is not None and values["stage"] != t.stage:
        changed.append("stage")
    if "tags" in keys and sorted(tags) != sorted(data.tags):
        changed.append("tags")
    if person is not None:
        match = next((p for p in people if p[0] == person.name), None)
        if match is None:
            changed.append("contact_name")
        else:
            if person.phone and match[1] != person.phone:
                changed.append("phone")
            if person.email and match[2] != person.email:
                changed.append("email")
    return changed


def _plan_figures(
    db: Database,
    sheet: Sheet,
    mapping: dict[int, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
    today: dt.date | None,
) -> ImportPlan:
    plan = ImportPlan(ImportKind.FIGURES, sheet, mapping, [])
    columns = column_plan(ImportKind.FIGURES, sheet, mapping)
    keys = set(mapping.values())
    rows = _nonblank_rows(sheet)
    figure_keys = [k for k in svc.FIGURE_FIELDS if k in keys]
    with db.read() as s:
        lookups = LookupNames(s)
        parsed = []
        codes: set[str] = set()
        names: set[str] = set()
        for n, (i, row) in enumerate(rows):
            _tick(progress, cancelled, n, len(rows) * 2)
            values, problems = read_row(columns, row, lookups)
            parsed.append((i, values, problems))
            if values.get("credit_code"):
                codes.add(creditcode.normalise(values["credit_code"]))
            elif values.get("name_zh"):
                names.add(values["name_zh"])
        by_code: dict[str, int] = {}
        by_name: dict[str, int] = {}
        for chunk in chunks(sorted(codes)):
            for code, tid in s.execute(
                select(Tenant.credit_code, Tenant.id).where(Tenant.credit_code.in_(chunk))
            ):
                by_code[code or ""] = tid
        for chunk in chunks(sorted(names)):
            for name, tid in s.execute(
                select(Tenant.name_zh, Tenant.id).where(Tenant.name_zh.in_(chunk))
            ):
                by_name[name] = tid
        wanted = sorted(set(by_code.values()) | set(by_name.values()))
        snaps: dict[tuple[int, int, int], KpiSnapshot] = {}
        invest: dict[tuple[int, int, int], Decimal] = {}
        for ids in chunks(wanted):
            for k in s.scalars(select(KpiSnapshot).where(KpiSnapshot.tenant_id.in_(ids))):
                snaps[(k.tenant_id, k.year, k.quarter)] = k
            for tid, y, q, total in s.execute(
                select(
                    InvestmentReceived.tenant_id,
                    InvestmentReceived.year,
                    InvestmentReceived.quarter,
                    func.sum(InvestmentReceived.amount),
                )
                .where(InvestmentReceived.tenant_id.in_(ids))
                .group_by(
                    InvestmentReceived.tenant_id,
                    InvestmentReceived.year,
                    InvestmentReceived.quarter,
                )
            ):
                invest[(tid, y, q)] = total
        seen: dict[tuple[int, int, int], int] = {}
        for n, (i, values, problems) in enumerate(parsed):
            _tick(progress, cancelled, len(rows) + n, len(rows) * 2)
            number = sheet.row_number(i)
            label = str(values.get("name_zh") or values.get("credit_code") or "")
            period = values.get("period")
            if period:
                label = f"{label} {period_text(*period)}"
            report = RowReport(number, Outcome.REJECTED, label[:80], problems)
            plan.reports.append(report)
            tenant_id = None
            code = creditcode.normalise(values.get("credit_code") or "")
            if code:
                tenant_id = by_code.get(code)
                if tenant_id is None:
                    problems.append(
                        Problem(
                            header_of(mapping, sheet, "credit_code"),
                            _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "credit code"))),
                        )
                    )
            elif values.get("name_zh"):
                tenant_id = by_name.get(values["name_zh"])
                if tenant_id is None:
                    problems.append(
                        Problem(
                            header_of(mapping, sheet, "name_zh"),
                            _t(NO_TENANT, what=_t(QT_TRANSLATE_NOOP("import", "name"))),
                        )
                    )
            else:
                problems.append(Problem(header_of(mapping, sheet, "credit_code"), _t(REQUIRED)))
            if "period" not in keys:
                problems.append(Problem("", _t(MISSING_COLUMN, column="期间 / period")))
            elif period is None and not any(
                p.column == header_of(mapping, sheet, "period") for p in problems
            ):
                problems.append(Problem(header_of(mapping, sheet, "period"), _t(REQUIRED)))
            figures = {k: values.get(k) for k in figure_keys}
            if period is not None:
                for key, message in svc.validate_figures(
                    figures, period[0], period[1], today
                ).items():
                    column = (
                        header_of(mapping, sheet, key)
                        if key != "period"
                        else header_of(mapping, sheet, "period")
                    )
                    if not any(p.column == column for p in problems):
                        problems.append(Problem(column, message))
            if tenant_id is not None and period is not None:
                key3 = (tenant_id, period[0], period[1])
                if key3 in seen and not problems:
                    problems.append(
                        Problem(
                            "",
                            _t(
                                SAME_AS_ROW,
                                what=_t(QT_TRANSLATE_NOOP("import", "tenant and quarter")),
                                row=seen[key3],
                            ),
                        )
                    )
            if problems or tenant_id is None or period is None:
                continue
            seen[key3] = number
            snap = snaps.get(key3)
            investment = None
            amount = values.get("investment_received")
            if amount:
                have = invest.get(key3)
                if have is None:
                    investment = (
                        amount,
                        values.get("investor") or "",
                        values.get("investment_round") or "",
                    )
                elif have != amount:
                    report.problems.append(
                        Problem(
                            header_of(mapping, sheet, "investment_received"),
                            _t(INVESTMENT_DIFFERS, total=amount_text(have)),
                        )
                    )
                    continue
            extra: dict[str, Any] = {k: values[k] or "" for k in ("awards", "notes") if k in keys}
            payload = FigureRow(
                report,
                tenant_id,
                period[0],
                period[1],
                {**figures, **extra},
                snap.id if snap else None,
                investment,
                snap.version if snap else None,
            )
            if snap is None:
                report.outcome = Outcome.CREATED
            else:
                # An empty cell leaves the stored figure alone.
                report.changed = [
                    k
                    for k, v in payload.values.items()
                    if v not in (None, "") and getattr(snap, k) != v
                ]
                if investment is not None:
                    report.changed.append("investment_received")
                report.outcome = Outcome.UPDATED if report.changed else Outcome.UNCHANGED
            if report.outcome != Outcome.UNCHANGED or investment is not None:
                plan._figure_rows.append(payload)
    if progress is not None:
        progress(1, 1)
    return plan
