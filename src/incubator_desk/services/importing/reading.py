"""Reading .xlsx and .csv files into a sheet: encodings, title rows above the header, limits."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...core.errors import ServiceError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from .columns import ImportKind, recognise

HEADER_SCAN_ROWS = 20
MAX_ROWS = 200_000


class ImportFileError(ServiceError):
    """The file cannot be read as a sheet at all; nothing was written."""

    context = "import"


_t = Translator("import")


@dataclass
class Sheet:
    """A file read into cells: its header row (and where it was) and the rows under it."""

    path: Path
    header_row: int  # 1-based row number of the header in the file
    headers: list[str]
    rows: list[list[Any]]
    encoding: str = ""  # for CSV: the encoding that was detected

    def row_number(self, index: int) -> int:
        return self.header_row + 1 + index


NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "import", "“{name}” cannot be read as a spreadsheet: {reason}. Nothing was imported."
)
OLD_XLS = QT_TRANSLATE_NOOP(
    "import",
    "“{name}” is an old Excel 97–2003 (.xls) file. Open it in Excel or WPS and save it as "
    ".xlsx, then import that. Nothing was imported.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "import",
    "No header row was recognised in the first {rows} rows of “{name}”: a sheet of {what} "
    "needs a column such as {examples}. Nothing was imported.",
)
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "import",
    "“{name}” is neither UTF-8 nor GBK text. Save it from Excel as “CSV UTF-8” or as .xlsx. "
    "Nothing was imported.",
)
EMPTY = QT_TRANSLATE_NOOP("import", "“{name}” has no rows. Nothing was imported.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "import", "“{name}” has more than {limit} rows: split it into several files."
)


def _read_xlsx(path: Path) -> list[list[Any]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            NOT_A_SHEET, name=path.name, reason=str(exc) or type(exc).__name__
        ) from exc
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        rows: list[list[Any]] = []
        for row in ws.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise ImportFileError(TOO_MANY, name=path.name, limit=MAX_ROWS)
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason=str(exc)) from exc
    finally:
        wb.close()


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding found: UTF-8 (with or without BOM) or GBK."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # GB18030 is a superset of GBK: a GBK file always decodes, and stray GB18030 chars too.
    return data.decode("gb18030"), "gbk"


def _read_csv(path: Path) -> tuple[list[list[Any]], str]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason="binary data")
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as exc:
        raise ImportFileError(BAD_ENCODING, name=path.name) from exc
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError(TOO_MANY, name=path.name, limit=MAX_ROWS)
    return rows, encoding


def read_sheet(path: str | Path, kind: ImportKind) -> Sheet:
    """Read a .xlsx or .csv file and find its header row. Raises ImportFileError."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason="no such file")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason=exc.strerror or str(exc)) from exc
    encoding = ""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(OLD_XLS, name=path.name)
    if head.startswith(b"PK") or path.suffix.lower() in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path)
    else:
        raw, encoding = _read_csv(path)
    if not any(not blank(c) for r in raw for c in r):
        raise ImportFileError(EMPTY, name=path.name)
    best, best_score = -1, 0
    for i, row in enumerate(raw[:HEADER_SCAN_ROWS]):
        score = sum(1 for c in row if not blank(c) and recognise(kind, c))
        if score > best_score:
            best, best_score = i, score
    if best < 0 or best_score < 2:
        what = (
            _t(QT_TRANSLATE_NOOP("import", "tenants"))
            if kind == ImportKind.TENANTS
            else _t(QT_TRANSLATE_NOOP("import", "quarterly figures"))
        )
        examples = (
            "企业名称 / name, 统一社会信用代码 / credit_code"
            if kind == ImportKind.TENANTS
            else "统一社会信用代码 / credit_code, 期间 / period, 营业收入 / revenue"
        )
        raise ImportFileError(
            NO_HEADER, rows=HEADER_SCAN_ROWS, name=path.name, what=what, examples=examples
        )
    headers = ["" if blank(c) else str(c).strip() for c in raw[best]]
    rows = []
    for r in raw[best + 1 :]:
        rows.append(list(r) + [None] * (len(headers) - len(r)))
    return Sheet(path, best + 1, headers, rows, encoding)


def blank(value: Any) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())
