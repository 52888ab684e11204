"""The one writer of every .xlsx and .csv file the application produces: cells safe to open.

A spreadsheet runs text starting with = + - @ (or a tab or carriage return) as a formula
(CSV and formula injection: a tenant named `=HYPERLINK("http://…"&A1,"…")` would become a
live link carrying the neighbouring cells away). Such text is written with a leading
apostrophe, which the importer takes off again. Characters XML cannot hold (NUL, bell and
the other C0 controls except tab and line breaks) are dropped, so a value that once came
in with one cannot make every later Excel export fail. Formulas the application itself
writes (a rent roll's totals) are `Formula` values and pass unchanged.

`write_table` writes a plain table (a header row, then rows) as .xlsx or .csv by the file's
suffix; `Workbook` is a styled workbook whose values go through `Sheet.cell`/`Sheet.append`
(the openpyxl sheet is at hand for styles, merges and widths, never for values).
Files appear whole or not at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import ServiceError
from ..core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# Text a spreadsheet would run as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

CANNOT_WRITE = QT_TRANSLATE_NOOP("export", "“{name}” cannot be written: {reason}.")
BAD_SUFFIX = QT_TRANSLATE_NOOP("export", "Export to a .xlsx or .csv file, not “{name}”.")


class ExportError(ServiceError):
    context = "export"


class Formula(str):
    """A formula the application writes itself (=SUM(…)); never made from data."""

    __slots__ = ()


def safe_text(text: str) -> str:
    """`text` without characters XML cannot hold, apostrophe-prefixed if it looks like a formula."""
    text = _NOT_IN_XML.sub("", text)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def safe_value(value: Any) -> Any:
    """A cell's value as written: text made safe (formulas of our own pass), the rest as is."""
    if isinstance(value, Formula):
        return str(value)
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        return safe_text(value)
    return value


# --- plain tables -----------------------------------------------------------------------------


def write_table(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str = "",
    *,
    widths: Sequence[int] | None = None,
) -> int:
    """Write a header row and `rows` to `path` (.xlsx or .csv); returns the number of rows.

    CSV files are UTF-8 with a BOM (Excel on Chinese Windows then reads them right); dates
    are ISO, amounts plain decimals.
    """
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(BAD_SUFFIX, name=path.name)
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([safe_text(h) for h in headers])
                for row in rows:
                    writer.writerow([_csv_text(safe_value(v)) for v in row])
                    count += 1
            return
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(_sheet_title(title or "Sheet1"))
        bold = Font(bold=True)
        head = []
        for h in headers:
            c = WriteOnlyCell(ws, value=safe_text(h))
            c.font = bold
            head.append(c)
        for i, h in enumerate(headers):
            width = widths[i] if widths else max(10, min(40, len(h) * 2 + 4))
            ws.column_dimensions[get_column_letter(i + 1)].width = width
        ws.freeze_panes = "A2"
        ws.append(head)
        for row in rows:
            ws.append([safe_value(v) for v in row])
            count += 1
        wb.save(tmp)

    save_atomically(path, write)
    return count


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


# --- styled workbooks -------------------------------------------------------------------------


class Sheet:
    """A worksheet whose values go through `safe_value`; `ws` is there for styles only.

    After `safe_value` no text of the data starts with "=", so openpyxl writes a formula
    only for a `Formula`.
    """

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws

    def cell(self, row: int, column: int, value: Any = None) -> Cell:
        return self.ws.cell(row=row, column=column, value=safe_value(value))

    def append(self, values: Sequence[Any]) -> int:
        """Write `values` into the row after the last one written; returns its number."""
        self.ws.append([safe_value(v) for v in values])
        return self.ws.max_row


class Workbook:
    """An .xlsx workbook built sheet by sheet (styles through each `Sheet.ws`)."""

    def __init__(self) -> None:
        import openpyxl

        self._wb = openpyxl.Workbook()
        self._fresh = True

    def sheet(self, title: str) -> Sheet:
        if self._fresh:
            ws = self._wb.active
            assert ws is not None
            self._fresh = False
        else:
            ws = self._wb.create_sheet()
        ws.title = _sheet_title(title)
        return Sheet(ws)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self._wb.save(buffer)
        return buffer.getvalue()

    def save(self, path: Path, cancelled: Callable[[], bool] | None = None) -> bool:
        """Write the workbook to `path`; False (nothing written) if `cancelled()` turned true."""
        return save_atomically(path, self._wb.save, cancelled)


@dataclass(frozen=True)
class SheetPreview:
    """The first rows of one worksheet as text, for showing a workbook before it is saved."""

    title: str
    rows: list[list[str]]
    total_rows: int


def preview_workbook(data: bytes, max_rows: int = 200) -> list[SheetPreview]:
    """Each sheet of the .xlsx `data`: its first `max_rows` rows as text (formulas as written)."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        out = []
        for ws in wb.worksheets:
            rows: list[list[str]] = []
            total = 0
            for values in ws.iter_rows(values_only=True):
                total += 1
                if len(rows) < max_rows:
                    rows.append([_preview_text(v) for v in values])
            width = max((len(r) for r in rows), default=0)
            out.append(SheetPreview(ws.title, [r + [""] * (width - len(r)) for r in rows], total))
        return out
    finally:
        wb.close()


def _preview_text(value: Any) -> str:
    """A cell as a person reads it: a date without the midnight a workbook stores with it."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return "" if value is None else _csv_text(value)


def _sheet_title(title: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\, at most 31 characters."""
    return re.sub(r"[\[\]:*?/\\]", "_", _NOT_IN_XML.sub("", title))[:31] or "Sheet1"


def save_atomically(
    path: Path, write: Callable[[Path], Any], cancelled: Callable[[], bool] | None = None
) -> bool:
    """Run `write(tmp)` beside `path`, then move it into place: never half a file.

    Returns False, leaving nothing, if `cancelled()` turned true while writing.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        if cancelled is not None and cancelled():
            _discard(tmp)
            return False
        tmp.replace(path)
    except OSError as exc:
        _discard(tmp)
        raise ExportError(CANNOT_WRITE, name=path.name, reason=exc.strerror or str(exc)) from exc
    except BaseException:
        _discard(tmp)
        raise
    return True


def _discard(tmp: Path) -> None:
    if tmp.exists():  # False too when the folder itself could not be made
        tmp.unlink()


__all__ = [
    "FORMULA_PREFIXES",
    "ExportError",
    "Formula",
    "Sheet",
    "SheetPreview",
    "Workbook",
    "preview_workbook",
    "safe_text",
    "safe_value",
    "save_atomically",
    "write_table",
]
