"""Collection rounds: asking every tenant for a period's figures by Excel, and taking them back.

`start_round` writes one pre-filled workbook per tenant in incubation into a folder and
records the round; `import_returns` reads the workbooks that come back (any file name, matched
by credit code), checks them with the import's rules and saves each whole or not at all;
`round_status` shows per tenant what was sent, returned, accepted or is missing, and why a
file was rejected; `missing`, `mailto_link`, `reminder_text` and `write_reminders` make the
reminder list. The workbook's rows come from a declared field list per kind of round.
"""

from .fields import QUARTERLY_FIELDS, SheetField
from .intake import (
    OUTCOME_LABELS,
    FileOutcome,
    FileProblem,
    FileReport,
    IntakeResult,
    files_in,
    import_returns,
)
from .returns import ReturnedWorkbook, ReturnFileError, read_returned
from .rounds import (
    REMINDER_HEADERS,
    EntryRow,
    RoundError,
    RoundNotFound,
    RoundRow,
    RoundStatus,
    StartResult,
    find_round,
    mailto_link,
    missing,
    recipients,
    reminder_body,
    reminder_rows,
    reminder_subject,
    reminder_text,
    round_period,
    round_status,
    rounds,
    start_round,
    write_reminders,
)
from .workbook import file_name

__all__ = [
    "OUTCOME_LABELS",
    "QUARTERLY_FIELDS",
    "REMINDER_HEADERS",
    "EntryRow",
    "FileOutcome",
    "FileProblem",
    "FileReport",
    "IntakeResult",
    "ReturnFileError",
    "ReturnedWorkbook",
    "RoundError",
    "RoundNotFound",
    "RoundRow",
    "RoundStatus",
    "SheetField",
    "StartResult",
    "file_name",
    "files_in",
    "find_round",
    "import_returns",
    "mailto_link",
    "missing",
    "read_returned",
    "recipients",
    "reminder_body",
    "reminder_rows",
    "reminder_subject",
    "reminder_text",
    "round_period",
    "round_status",
    "rounds",
    "start_round",
    "write_reminders",
]
