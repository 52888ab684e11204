"""Import tenants, quarterly figures and statistics returns from .xlsx and .csv sheets.

Reading a file gives a `Sheet` (the header row found below any title rows, and the data
rows); `plan_import` checks every row against the database and reports it as created,
updated, unchanged or rejected (with row, column and reason) without writing anything;
`apply_import` then writes the valid rows in one unit of work, or nothing.
"""

from .columns import (
    COLUMNS,
    FIGURE_COLUMNS,
    RETURN_COLUMNS,
    TENANT_COLUMNS,
    ColumnSpec,
    ImportKind,
    auto_mapping,
    recognise,
    split_header,
)
from .lists import ListChoice, PendingEntry, Unknown, UnknownValue, ValueKey
from .plan import (
    OUTCOME_LABELS,
    ImportCancelled,
    ImportPlan,
    Outcome,
    Problem,
    Progress,
    RowReport,
    additions_text,
    report_lines,
)
from .planning import plan_import
from .reading import ImportFileError, Sheet, decode_text, open_workbook, read_sheet
from .values import (
    FORMULA_PREFIXES,
    LIST_NAMES,
    CellError,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_int,
    text_value,
)
from .writing import apply_import, run_import, write_plan

__all__ = [
    "COLUMNS",
    "FIGURE_COLUMNS",
    "FORMULA_PREFIXES",
    "LIST_NAMES",
    "OUTCOME_LABELS",
    "RETURN_COLUMNS",
    "TENANT_COLUMNS",
    "CellError",
    "ColumnSpec",
    "ImportCancelled",
    "ImportFileError",
    "ImportKind",
    "ImportPlan",
    "ListChoice",
    "Outcome",
    "PendingEntry",
    "Problem",
    "Progress",
    "RowReport",
    "Sheet",
    "Unknown",
    "UnknownValue",
    "ValueKey",
    "additions_text",
    "apply_import",
    "auto_mapping",
    "decode_text",
    "open_workbook",
    "parse_bool",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "plan_import",
    "read_sheet",
    "recognise",
    "report_lines",
    "run_import",
    "split_header",
    "text_value",
    "write_plan",
]
