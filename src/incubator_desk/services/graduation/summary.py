"""The dashboard's graduation figures, counted by the database: candidates and overdue tenants.

The dashboard shows two numbers and, when a card is opened, a list; it needs no evidence. So
the rules are put as SQL over the tenants in incubation (services/dashboard_figures.py, which
the window also reads before the database layer is loaded): each criterion a condition on
sums the database adds up (investment to the day, revenue of the best two consecutive years),
the incubation limit a cut-off date for the entry date. One query answers the counts; another,
when a list is opened, its rows. tests/integration/test_graduation_fast_path.py holds these
to the engine's answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...core import clock
from ...core.i18n import Translator
from ...core.periods import months_between
from ...db import Store
from ...db.direct import engine_reader
from .. import dashboard_figures
from ..dashboard_figures import STATUS_COLUMNS, Summary
from .rule_settings import CRITERIA, CRITERION_NAMES, GraduationRules, rules

_t = Translator("graduation")


@dataclass(frozen=True)
class GraduationRow:
    """A tenant in incubation as the dashboard's lists show it."""

    tenant_id: int
    name: str
    credit_code: str
    months_in_incubation: int | None
    limit_months: int
    met: tuple[str, ...]  # keys of the criteria in use that are met

    def met_names(self) -> list[str]:
        return [_t(CRITERION_NAMES[key]) for key in self.met]


def summary(db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None) -> Summary:
    """The numbers of graduation candidates and of overdue tenants, counted in one query."""
    return dashboard_figures.graduation_counts(engine_reader(db), on, rules_ or rules(db))


def _rows(db: Store, on: dt.date, r: GraduationRules, which: str) -> list[GraduationRow]:
    enabled = r.enabled()
    out = []
    for row in dashboard_figures.graduation_rows(engine_reader(db), on, r, which):
        values = dict(zip(STATUS_COLUMNS, row, strict=True))
        limit = r.long_incubation_months if values["long_incubation"] else r.incubation_months
        entry = values["entry_date"]
        months = months_between(entry, on) if entry else None
        met = tuple(key for key in CRITERIA if key in enabled and values[key])
        out.append(
            GraduationRow(
                values["id"], values["name_zh"], values["credit_code"] or "", months, limit, met
            )
        )
    return out


def candidate_rows(
    db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None
) -> list[GraduationRow]:
    """Tenants in incubation that meet enough criteria to graduate, by name."""
    return _rows(db, on or clock.today(), rules_ or rules(db), "candidates")


def overdue_rows(
    db: Store, on: dt.date | None = None, rules_: GraduationRules | None = None
) -> list[GraduationRow]:
    """Tenants in incubation past their incubation limit, longest first."""
    rows = _rows(db, on or clock.today(), rules_ or rules(db), "overdue")
    return sorted(rows, key=lambda g: -(g.months_in_incubation or 0))
