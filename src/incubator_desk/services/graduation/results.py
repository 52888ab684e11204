"""What the graduation engine says about a tenant: each criterion met or not, with its evidence.

The evidence is put into words only when it is read (`name`, `params`, `evidence`): the
dashboard counts 50,000 evaluations and shows none of their 200,000 evidence texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from ...core.i18n import Translator, translate
from ...core.money import report_money
from ...core.vocabularies import OPEN_STAGES, Stage
from .rule_settings import CRITERION_NAMES

_t = Translator("graduation")


# Plain (not frozen) slotted classes: a frozen dataclass is built field by field through
# object.__setattr__, three times slower, and 50,000 tenants make 250,000 of these. Treat them
# as values all the same.
@dataclass(slots=True)
class CriterionResult:
    key: str
    enabled: bool
    met: bool
    template: str  # English evidence template (context "graduation"), for any language
    facts: tuple[tuple[str, Any], ...] = ()  # the template's values; Decimal amounts are money
    figure: Decimal | None = None  # the amount compared with the threshold, if any
    quarters: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The criterion's name, in the user's language."""
        return _t(CRITERION_NAMES[self.key])

    @property
    def params(self) -> dict[str, Any]:
        """The template's values as the reports write them (amounts as whole yuan)."""
        return {k: report_money(v) if isinstance(v, Decimal) else v for k, v in self.facts}

    @property
    def evidence(self) -> str:
        """The figures and the quarters they come from, in the user's language."""
        return _t(self.template, **self.params)


@dataclass(slots=True)
class TenantGraduation:
    tenant_id: int
    credit_code: str
    name: str
    name_en: str
    stage: Stage
    industry: str
    entry_date: dt.date | None
    founded_on: dt.date | None
    months_in_incubation: int | None
    limit_months: int
    limit_date: dt.date | None
    overdue: bool
    admitted_within_limit: bool | None  # entry within N months of founding
    criteria: list[CriterionResult]
    criteria_met: int
    min_criteria: int
    eligible: bool

    @property
    def in_incubation(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def candidate(self) -> bool:
        return self.in_incubation and self.eligible

    def met_names(self) -> list[str]:
        """The names of the criteria in use that are met, in the user's language."""
        return [c.name for c in self.criteria if c.enabled and c.met]

    def to_json(self) -> dict[str, Any]:
        return {
            "credit_code": self.credit_code,
            "name": self.name,
            "stage": self.stage.value,
            "entry_date": self.entry_date.isoformat() if self.entry_date else None,
            "eligible": self.eligible,
            "criteria_met": self.criteria_met,
            "min_criteria": self.min_criteria,
            "months_in_incubation": self.months_in_incubation,
            "limit_months": self.limit_months,
            "overdue": self.overdue,
            "admitted_within_limit": self.admitted_within_limit,
            "criteria": [
                {
                    "key": c.key,
                    "name": c.name,
                    "enabled": c.enabled,
                    "met": c.met,
                    "evidence": c.evidence,
                }
                for c in self.criteria
            ],
        }


_BOOL = {True: "true", False: "false", None: "null"}


def _int(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def json_texts(results: Iterable[TenantGraduation]) -> Iterator[str]:
    """Each tenant's `to_json()` as JSON text, exactly as `json.dumps(g.to_json(),
    ensure_ascii=False)` writes it, without building the dictionaries first: the criteria's
    names and the evidence templates are translated once for all the tenants, and what is the
    same for every tenant with a criterion met or not (its key, name, flags) is written once.
    """
    enc = encode_basestring  # the string encoder json uses with ensure_ascii=False
    heads: dict[tuple[str, bool, bool], str] = {}
    templates: dict[str, str] = {}  # English template -> translated, for this run
    plain: dict[str, str] = {}  # evidence without values, encoded
    stages: dict[Stage, str] = {}
    for g in results:
        criteria = []
        for c in g.criteria:
            head = heads.get((c.key, c.enabled, c.met))
            if head is None:
                head = heads[(c.key, c.enabled, c.met)] = (
                    f'{{"key": {enc(c.key)}, "name": {enc(c.name)}, '
                    f'"enabled": {_BOOL[c.enabled]}, "met": {_BOOL[c.met]}, "evidence": '
                )
            if c.facts:
                text = templates.get(c.template)
                if text is None:
                    text = templates[c.template] = translate("graduation", c.template)
                evidence = enc(
                    text.format(
                        **{k: report_money(v) if isinstance(v, Decimal) else v for k, v in c.facts}
                    )
                )
            else:
                known = plain.get(c.template)
                if known is None:
                    known = plain[c.template] = enc(c.evidence)
                evidence = known
            criteria.append(f"{head}{evidence}}}")
        stage = stages.get(g.stage)
        if stage is None:
            stage = stages[g.stage] = enc(g.stage.value)
        entry = "null" if g.entry_date is None else f'"{g.entry_date.isoformat()}"'
        yield (
            f'{{"credit_code": {enc(g.credit_code)}, "name": {enc(g.name)}, "stage": {stage}, '
            f'"entry_date": {entry}, "eligible": {_BOOL[g.eligible]}, '
            f'"criteria_met": {_int(g.criteria_met)}, "min_criteria": {_int(g.min_criteria)}, '
            f'"months_in_incubation": {_int(g.months_in_incubation)}, '
            f'"limit_months": {_int(g.limit_months)}, "overdue": {_BOOL[g.overdue]}, '
            f'"admitted_within_limit": {_BOOL[g.admitted_within_limit]}, '
            f'"criteria": [{", ".join(criteria)}]}}'
        )
