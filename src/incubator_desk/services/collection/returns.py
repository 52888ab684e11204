"""Reading a workbook that came back: its credit code, its marker and the cells filled in.

Nothing a returned file holds is trusted: it is refused whole, with one message naming it,
when it is an old .xls (renamed or not), not an Excel workbook at all, a zip bomb, larger
than any filled-in form can be, or not one of our forms. Only the form's first
`MAX_FORM_ROWS` rows and `COL_KEY` columns are read, whatever size the sheet declares. A
formula is reported as such (the value Excel saved with it is not taken), text is read as
text, and the import's cell rules judge every value afterwards.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.i18n import QT_TRANSLATE_NOOP
from ..importing import ImportFileError, open_workbook
from ..importing.reading import XLSX_ERRORS, blank
from .workbook import (
    COL_KEY,
    COL_LABEL,
    COL_LAST,
    COL_VALUE,
    FORM_TITLE,
    KEY_CODE,
    KEY_NAME,
    KEY_PERIOD,
    MARKER_TITLE,
    MAX_FORM_ROWS,
)

MAX_RETURN_BYTES = 20 * 1024 * 1024  # a filled-in form unpacks to well under 1 MB
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".csv")  # what a folder's files are taken as


class ReturnFileError(ImportFileError):
    """A returned file that cannot be read as one of our forms; nothing of it was saved."""

    context = "collect"


NO_FILE = QT_TRANSLATE_NOOP("collect", "“{name}” cannot be read: {reason}.")
OLD_XLS = QT_TRANSLATE_NOOP(
    "collect",
    "“{name}” is an old Excel 97–2003 (.xls) file, whatever its name says. Ask the tenant to "
    "save it as .xlsx (Excel or WPS: Save As → Excel Workbook) and send it again.",
)
NOT_EXCEL = QT_TRANSLATE_NOOP(
    "collect",
    "“{name}” is not an Excel workbook (.xlsx). Ask the tenant to fill in the workbook that "
    "was sent and save it as .xlsx.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "collect", "“{name}” is far larger ({size}) than a filled-in form can be; it was not read."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "collect",
    "“{name}” is damaged and cannot be read ({detail}). Ask the tenant to open it in Excel or "
    "WPS, save it again as .xlsx and send it again.",
)
NOT_OUR_FORM = QT_TRANSLATE_NOOP(
    "collect",
    "“{name}” is not a workbook of a collection round: its form sheet with the credit code "
    "was not found. Ask the tenant to fill in the workbook that was sent.",
)


@dataclass(frozen=True)
class FilledCell:
    """One input cell of the form: where it is, what it holds, whether it is a formula."""

    key: str
    coordinate: str
    label: str
    value: Any
    formula: bool = False


@dataclass
class ReturnedWorkbook:
    path: Path
    credit_code: str  # as the credit code cell has it (not normalised)
    name: str
    period: str  # as the period cell has it
    marker: dict[str, str] = field(default_factory=dict)  # {} when the marker sheet is gone
    cells: dict[str, FilledCell] = field(default_factory=dict)

    @property
    def filled(self) -> bool:
        """Whether any input cell holds something (a blank form sent back is not a return)."""
        return any(c.formula or not blank(c.value) for c in self.cells.values())


def read_returned(path: Path) -> ReturnedWorkbook:
    """The form in `path`; ReturnFileError with a message naming the file otherwise."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
        size = path.stat().st_size
    except OSError as exc:
        raise ReturnFileError(NO_FILE, name=path.name, reason=exc.strerror or str(exc)) from exc
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReturnFileError(OLD_XLS, name=path.name)
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise ReturnFileError(NOT_EXCEL, name=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReturnFileError(NOT_EXCEL, name=path.name) from exc
    if max(size, unpacked) > MAX_RETURN_BYTES:
        raise ReturnFileError(TOO_LARGE, name=path.name, size=f"{unpacked / 1_000_000:,.0f} MB")
    try:
        wb = open_workbook(path, data_only=False)
    except ImportFileError as exc:
        raise ReturnFileError(NOT_EXCEL, name=path.name) from exc
    try:
        return _read(path, wb)
    except XLSX_ERRORS as exc:  # malformed XML (a control character), a missing part…
        detail = (str(exc) or type(exc).__name__)[:120]
        raise ReturnFileError(DAMAGED, name=path.name, detail=detail) from exc
    finally:
        wb.close()


def _read(path: Path, wb: Any) -> ReturnedWorkbook:
    names = list(wb.sheetnames)
    order = sorted(names, key=lambda n: n != FORM_TITLE)  # the form sheet first, if named so
    for title in order:
        ws = wb[title]
        if not hasattr(ws, "iter_rows") or title == MARKER_TITLE:
            continue
        found = _form(path, ws)
        if found is not None:
            if MARKER_TITLE in names:
                found.marker = _marker(wb[MARKER_TITLE])
            return found
    raise ReturnFileError(NOT_OUR_FORM, name=path.name)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _form(path: Path, ws: Any) -> ReturnedWorkbook | None:
    """The form on `ws`, found by the keys of its hidden column; None if it has none."""
    from openpyxl.utils import get_column_letter

    heading: dict[str, str] = {}
    cells: dict[str, FilledCell] = {}
    for number, row in enumerate(
        ws.iter_rows(min_row=1, max_row=MAX_FORM_ROWS, max_col=COL_KEY), start=1
    ):
        if len(row) < COL_KEY:
            continue
        key = row[COL_KEY - 1].value
        if not isinstance(key, str) or not key.strip():
            continue
        key = key.strip()
        if key in (KEY_CODE, KEY_NAME, KEY_PERIOD):
            heading[key] = _text(row[COL_LAST - 1].value)
            continue
        cell = row[COL_VALUE - 1]
        label = _text(row[COL_LABEL - 1].value).split("\n")[0]
        cells[key] = FilledCell(
            key,
            f"{get_column_letter(COL_VALUE)}{number}",
            label[:80],
            cell.value,
            getattr(cell, "data_type", "") == "f",
        )
    if KEY_CODE not in heading or not cells:
        return None
    return ReturnedWorkbook(
        path,
        heading[KEY_CODE],
        heading.get(KEY_NAME, ""),
        heading.get(KEY_PERIOD, ""),
        cells=cells,
    )


def _marker(ws: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in ws.iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if len(row) == 2 and isinstance(row[0], str):
            out[row[0]] = _text(row[1])[:100]
    return out
