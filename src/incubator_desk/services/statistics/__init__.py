"""Government statistics (火炬统计): the per-tenant fields of the return, a tenant's return
for a year, and saving what is entered with it."""

from .fields import (
    ANNUAL_FIELDS,
    CHOICE_EN,
    CHOICE_ZH,
    EDITABLE_FIELDS,
    FIELD_BY_KEY,
    FIELDS,
    GROUP_LABELS,
    RETURN_UNIT,
    FieldKind,
    Group,
    Source,
    StatField,
    field,
    parse,
    parse_all,
    relation_errors,
)
from .records import TenantReturn, in_incubation, save_tenant_return, tenant_return, tenant_returns

__all__ = [
    "ANNUAL_FIELDS",
    "CHOICE_EN",
    "CHOICE_ZH",
    "EDITABLE_FIELDS",
    "FIELDS",
    "FIELD_BY_KEY",
    "GROUP_LABELS",
    "RETURN_UNIT",
    "FieldKind",
    "Group",
    "Source",
    "StatField",
    "TenantReturn",
    "field",
    "in_incubation",
    "parse",
    "parse_all",
    "relation_errors",
    "save_tenant_return",
    "tenant_return",
    "tenant_returns",
]
