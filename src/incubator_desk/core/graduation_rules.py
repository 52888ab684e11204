"""The graduation rules in force: criteria, thresholds and incubation limits (defaults from the
2018 national rules, 《科技企业孵化器管理办法》), as stored with the data under the shared
setting ``graduation_rules``. Editing and checking them is services/graduation's."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from .vocabularies import ListingStatus

CRITERIA = ("high_tech", "investment", "revenue", "listed")
LISTED = (ListingStatus.LISTED, ListingStatus.QUOTED, ListingStatus.ACQUIRED, ListingStatus.MERGED)


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


__all__ = ["CRITERIA", "LISTED", "GraduationRules"]
