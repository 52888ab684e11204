"""The annual return's round: the per-tenant fields of the Torch return, asked for a year.

The field list is the statistics return's own (`services.statistics.fields`): the fields a
tenant reports for a year, in the return's order and units (money in 千元). A returned
workbook is read with the return's own parsing and saved with its own use case, so a value is
judged by the same rules as in the tenant window and the return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, translate
from ...core.periods import Period
from ...core.vocabularies import RoundKind
from ...db import Database, UnitOfWork
from .. import statistics as stats
from .fields import SheetField
from .kinds import SPECS, Answer, Checked, Recipient

# The statistics return's own words for it (the tenant window says the same).
NO_FOUNDER = QT_TRANSLATE_NOOP(
    "errors", "No founder is recorded for this tenant: add one under People first."
)

# The return's groups as the workbook heads them, in Chinese (the English is the return's).
GROUP_ZH = {
    stats.Group.IDENTITY: "企业信息",
    stats.Group.QUALIFICATIONS: "资质认定",
    stats.Group.FOUNDER: "创业者",
    stats.Group.MONEY: "经营与融资",
    stats.Group.STAFF: "年末从业人员",
    stats.Group.IP: "知识产权",
    stats.Group.TECHNOLOGY: "技术合同与科技项目",
}
_KINDS = {
    stats.FieldKind.INT: "int",
    stats.FieldKind.MONEY: "money",
    stats.FieldKind.AREA: "decimal",
    stats.FieldKind.TEXT: "text",
    stats.FieldKind.CODE: "text",
    stats.FieldKind.DATE: "date",
    stats.FieldKind.BOOL: "bool",
    stats.FieldKind.CHOICE: "choice",
}


def _sheet_fields() -> tuple[SheetField, ...]:
    out = []
    group = None
    for f in stats.EDITABLE_FIELDS:
        kind = _KINDS[f.kind]
        new_group = f.group != group
        group = f.group
        out.append(
            SheetField(
                f.key,
                f.zh,
                f.en,
                kind,
                unit=stats.RETURN_UNIT if kind == "money" else None,
                unit_zh=f.unit,
                choices=tuple(stats.CHOICE_ZH[c] for c in f.choices),
                choice_labels=tuple((c, stats.CHOICE_ZH[c]) for c in f.choices),
                signed=f.signed,
                section_zh=GROUP_ZH[f.group] if new_group else "",
                section_en=stats.GROUP_LABELS[f.group] if new_group else "",
                max_length=f.max_length,
                hint=f.hint,
            )
        )
    return tuple(out)


ANNUAL_FIELDS: tuple[SheetField, ...] = _sheet_fields()


class Annual:
    """A year's per-tenant return (火炬统计), saved as the statistics tab saves it."""

    kind = RoundKind.ANNUAL

    def fields(self, db: Database) -> Sequence[SheetField]:
        return ANNUAL_FIELDS

    def recipients(self, db: Database, period: Period) -> list[Recipient]:
        with db.read() as s:
            return [
                Recipient(t.id, t.name_zh, t.credit_code or "")
                for t in stats.in_incubation(s, period.year)
            ]

    def previous(
        self, db: Database, tenant_ids: Sequence[int], period: Period
    ) -> dict[int, dict[str, Any]]:
        if not tenant_ids:
            return {}
        keys = [f.key for f in ANNUAL_FIELDS]
        return {
            r.tenant_id: {k: r.values.get(k) for k in keys}
            for r in stats.tenant_returns(db, period.year - 1, list(tenant_ids))
        }

    def check(self, db: Database, answer: Answer, today: dt.date | None) -> Checked:
        tenant_id, period = answer.tenant_id, answer.period
        raw = {k: v for k, v in answer.values.items() if k in stats.FIELD_BY_KEY and not _blank(v)}
        checked = Checked()
        try:
            parsed = stats.parse_all(raw, stats.RETURN_UNIT)
        except ValidationError as err:
            checked.problems = list(err.fields.items())
            return checked
        current = stats.tenant_return(db, tenant_id, period.year)
        merged = {**{k: current.entered(k) for k in stats.FIELD_BY_KEY}, **parsed}
        checked.problems = [(k, m) for k, m in stats.relation_errors(merged).items() if k in parsed]
        if not current.has_founder:
            checked.problems += [
                (k, translate("errors", NO_FOUNDER)) for k in parsed if k.startswith("founder_")
            ]
        if checked.problems:
            return checked
        for key, new in parsed.items():
            stored = current.entered(key)
            if stored == new:
                continue
            checked.changed.append(key)
            if stored not in (None, "", False):  # a flag not set yet is not a figure entered
                checked.conflicts[key] = (stored, new)
        changed = {k: raw[k] for k in checked.changed}

        def write(uow: UnitOfWork) -> None:
            stats.save_tenant_return(uow, tenant_id, period.year, changed, stats.RETURN_UNIT)

        checked.write = write if changed else None
        return checked


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


SPECS[RoundKind.ANNUAL] = Annual()
