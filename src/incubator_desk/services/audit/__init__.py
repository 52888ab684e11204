"""The audit trail as people read it: who changed what and when, before → after.

- trail: the register behind the Audit page and a tenant's History tab, one entry in
  detail, the choices of the filters;
- fields: field names and values in the reader's language;
- export: the filtered entries as a spreadsheet.
"""

from ..overview import Query
from .export import export_audit
from .fields import field_label, value_text
from .trail import (
    AREAS,
    REGISTER,
    SYSTEM,
    AuditDetail,
    Change,
    OperatorChoice,
    area_choices,
    audit_register,
    count,
    entities,
    entry,
    operators,
    rows,
)

__all__ = [
    "AREAS",
    "REGISTER",
    "SYSTEM",
    "AuditDetail",
    "Change",
    "OperatorChoice",
    "Query",
    "area_choices",
    "audit_register",
    "count",
    "entities",
    "entry",
    "export_audit",
    "field_label",
    "operators",
    "rows",
    "value_text",
]
