"""The graduation rules: editable settings, defaults from the 2018 national rules, limits.

The rules of 《科技企业孵化器管理办法》 are defaults only: the operator edits them in Settings,
and they are stored with the data under the setting key ``graduation_rules``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...core.errors import ValidationError
from ...core.graduation_rules import CRITERIA as CRITERIA
from ...core.graduation_rules import LISTED as LISTED
from ...core.graduation_rules import GraduationRules
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import LookupCategory
from ...db import Database, Store
from ...models import LookupItem
from .. import settings as settings_service

CTX = "graduation"
SETTING_KEY = "graduation_rules"

CRITERION_NAMES = {
    "high_tech": QT_TRANSLATE_NOOP("graduation", "High and New Technology Enterprise"),
    "investment": QT_TRANSLATE_NOOP("graduation", "Cumulative investment received"),
    "revenue": QT_TRANSLATE_NOOP("graduation", "Revenue of two consecutive years"),
    "listed": QT_TRANSLATE_NOOP("graduation", "Merged, acquired, listed or quoted"),
}


_t = Translator(CTX)


@dataclass(frozen=True)
class StoredRules:
    rules: GraduationRules
    version: int | None


def load_rules(db: Store) -> StoredRules:
    got = settings_service.get(db, SETTING_KEY)
    return StoredRules(GraduationRules.from_json(got.value), got.version)


def rules(db: Store) -> GraduationRules:
    return load_rules(db).rules


def validate_rules(r: GraduationRules) -> None:
    errors: dict[str, str] = {}
    enabled = r.enabled()
    if not enabled:
        errors["criteria"] = _t(
            QT_TRANSLATE_NOOP("graduation", "Keep at least one graduation criterion.")
        )
    if not 1 <= r.min_criteria <= max(len(enabled), 1):
        errors["min_criteria"] = _t(
            QT_TRANSLATE_NOOP(
                "graduation",
                "“At least N criteria” must be between 1 and {n}, the criteria in use.",
            ),
            n=max(len(enabled), 1),
        )
    for name in ("investment_threshold", "revenue_threshold"):
        if getattr(r, name) <= 0:
            errors[name] = _t(QT_TRANSLATE_NOOP("graduation", "Give an amount above ¥0."))
    for name in ("admission_max_months", "incubation_months", "long_incubation_months"):
        value = getattr(r, name)
        if not 1 <= value <= 240:
            errors[name] = _t(
                QT_TRANSLATE_NOOP("graduation", "Give a number of months from 1 to 240.")
            )
    if r.long_incubation_months < r.incubation_months:
        errors["long_incubation_months"] = _t(
            QT_TRANSLATE_NOOP(
                "graduation",
                "The longer limit cannot be shorter than the normal one ({n} months).",
            ),
            n=r.incubation_months,
        )
    if errors:
        raise ValidationError(errors)


def save_rules(db: Database, r: GraduationRules, expected_version: int | None) -> int:
    validate_rules(r)
    return settings_service.put(db, SETTING_KEY, r.to_json(), expected_version)


def incubation_limit_months(
    db: Database, industry_id: int | None, rules_: GraduationRules | None = None
) -> int:
    """Months a tenant of this industry may stay in incubation (longer for flagged industries)."""
    r = rules_ or rules(db)
    if industry_id is None:
        return r.incubation_months
    with db.read() as s:
        long = s.scalar(select(LookupItem.long_incubation).where(LookupItem.id == industry_id))
    return r.long_incubation_months if long else r.incubation_months


def long_incubation_industries(db: Database) -> list[tuple[str, str]]:
    """(Chinese name, English name) of the industries in use that have the longer limit;
    the English name is "" where the list has none."""
    with db.read() as s:
        return [
            (zh, en or "")
            for zh, en in s.execute(
                select(LookupItem.name_zh, LookupItem.name_en)
                .where(
                    LookupItem.category == LookupCategory.INDUSTRY,
                    LookupItem.long_incubation.is_(True),
                    LookupItem.active.is_(True),
                )
                .order_by(LookupItem.name_zh)
            )
        ]
