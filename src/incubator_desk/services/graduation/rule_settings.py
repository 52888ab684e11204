"""The graduation rules: editable settings, defaults from the 2018 national rules, limits.

The rules of 《科技企业孵化器管理办法》 are defaults only: the operator edits them in Settings,
and they are stored with the data under the setting key ``graduation_rules``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import ListingStatus, LookupCategory
from ...db import Database, Store
from ...models import LookupItem
from .. import settings as settings_service

CTX = "graduation"
SETTING_KEY = "graduation_rules"
CRITERIA = ("high_tech", "investment", "revenue", "listed")

CRITERION_NAMES = {
    "high_tech": QT_TRANSLATE_NOOP("graduation", "High and New Technology Enterprise"),
    "investment": QT_TRANSLATE_NOOP("graduation", "Cumulative investment received"),
    "revenue": QT_TRANSLATE_NOOP("graduation", "Revenue of two consecutive years"),
    "listed": QT_TRANSLATE_NOOP("graduation", "Merged, acquired, listed or quoted"),
}
LISTED = (ListingStatus.LISTED, ListingStatus.QUOTED, ListingStatus.ACQUIRED, ListingStatus.MERGED)


_t = Translator(CTX)


@dataclass(frozen=True)
class GraduationRules:
    """The graduation criteria and incubation limits in force (defaults: 2018 national rules)."""

    high_tech_enabled: bool = True
    investment_enabled: bool = True
    investment_threshold: Decimal = Decimal("5000000")
    revenue_enabled: bool = True
    revenue_threshold: Decimal = Decimal("10000000")
    listed_enabled: bool = True
    min_criteria: int = 1
    admission_max_months: int = 24
    incubation_months: int = 48
    long_incubation_months: int = 60

    def enabled(self) -> list[str]:
        return [k for k in CRITERIA if getattr(self, f"{k}_enabled")]

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["investment_threshold"] = str(self.investment_threshold)
        out["revenue_threshold"] = str(self.revenue_threshold)
        return out

    @classmethod
    def from_json(cls, value: Any) -> GraduationRules:
        base = cls()
        if not isinstance(value, dict):
            return base
        kwargs: dict[str, Any] = {}
        for name, default in asdict(base).items():
            if name not in value:
                continue
            raw = value[name]
            try:
                if isinstance(default, bool):
                    kwargs[name] = bool(raw)
                elif isinstance(default, Decimal):
                    kwargs[name] = Decimal(str(raw))
                else:
                    kwargs[name] = int(raw)
            except (TypeError, ValueError, InvalidOperation):
                continue
        return replace(base, **kwargs)


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
