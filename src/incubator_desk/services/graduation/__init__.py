"""Graduation: the editable rules, and each tenant's criteria, months and limit under them.

For each tenant the engine says which criteria are met, with the figures and the quarters they
come from, how many months it has been in incubation, its limit, and whether it is overdue.
`summary` counts the candidates and the overdue for the dashboard in SQL, without evaluating
each tenant.
"""

from .engine import (
    CHUNK,
    candidates,
    evaluate,
    evaluate_all,
    evaluate_each,
    overdue,
    tenant_by_credit_code,
)
from .results import CriterionResult, TenantGraduation, json_texts
from .rule_settings import (
    CRITERIA,
    CRITERION_NAMES,
    LISTED,
    SETTING_KEY,
    GraduationRules,
    StoredRules,
    incubation_limit_months,
    load_rules,
    long_incubation_industries,
    rules,
    save_rules,
    validate_rules,
)
from .summary import GraduationRow, Summary, candidate_rows, overdue_rows, summary

__all__ = [
    "CHUNK",
    "CRITERIA",
    "CRITERION_NAMES",
    "LISTED",
    "SETTING_KEY",
    "CriterionResult",
    "GraduationRow",
    "GraduationRules",
    "StoredRules",
    "Summary",
    "TenantGraduation",
    "candidate_rows",
    "candidates",
    "evaluate",
    "evaluate_all",
    "evaluate_each",
    "incubation_limit_months",
    "json_texts",
    "load_rules",
    "long_incubation_industries",
    "overdue",
    "overdue_rows",
    "rules",
    "save_rules",
    "summary",
    "tenant_by_credit_code",
    "validate_rules",
]
