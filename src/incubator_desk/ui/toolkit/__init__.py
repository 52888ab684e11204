"""The one way each page does the common things: field errors, background tasks, row tables.

- `forms`: `FieldErrors`, `ErrorMessage`, `attempt`, `succeeded` — service errors in dialogs.
- `tasks`: `run_task` → `Task` — long work in the thread pool with progress, cancel, errors.
- `rows`: `RowsModel` over `Column`s — a table of plain rows that passes `qtmodeltester`.
- `guards`: `guard`, `apply_guards` — buttons a role may not use, disabled with the reason.
- `failures`: `install_exception_hook`, `install_qt_message_handler`, `report_unexpected`,
  `log_file` — bugs and Qt's messages logged, and shown in the crash dialog.

Each module's docstring documents its API.
"""

from .failures import (
    install_exception_hook,
    install_qt_message_handler,
    log,
    log_file,
    report_unexpected,
)
from .forms import (
    ERROR_COLOUR,
    ErrorMessage,
    FieldErrors,
    ShowsErrors,
    attempt,
    error_label,
    succeeded,
)
from .guards import apply_guards, guard
from .rows import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    Columns,
    RowsModel,
    display,
    qt_sortable,
    rows_view,
)
from .tasks import Task, TaskContext, run_task

__all__ = [
    "ERROR_COLOUR",
    "ROW_ROLE",
    "SORT_ROLE",
    "Column",
    "Columns",
    "ErrorMessage",
    "FieldErrors",
    "RowsModel",
    "ShowsErrors",
    "Task",
    "TaskContext",
    "apply_guards",
    "attempt",
    "display",
    "error_label",
    "guard",
    "install_exception_hook",
    "install_qt_message_handler",
    "log",
    "log_file",
    "qt_sortable",
    "report_unexpected",
    "rows_view",
    "run_task",
    "succeeded",
]
