"""Reading .xlsx and .csv files into a sheet: encodings, title rows above the header, limits."""

from __future__ import annotations

import csv
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...core.errors import ServiceError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from .columns import ImportKind, recognise

HEADER_SCAN_ROWS = 20
MAX_ROWS = 200_000
MAX_COLUMNS = 256  # columns read from a sheet; the importer knows about 40
MAX_CSV_BYTES = 512 * 1024 * 1024
MAX_UNPACKED = 2 * 1024 * 1024 * 1024  # the parts of a workbook, unpacked


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
    rows: list[Sequence[Any]]  # each as wide as the headers (blank rows: empty)
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
TOO_BIG = QT_TRANSLATE_NOOP(
    "import", "“{name}” is too large to import ({size}): split it into several files."
)
MIXED_ENCODINGS = QT_TRANSLATE_NOOP(
    "import",
    "“{name}” mixes two encodings: lines {lines} are {encoding}, the others are not. "
    "Open it in Excel or WPS and save it as “CSV UTF-8” or as .xlsx, then import that. "
    "Nothing was imported.",
)
BAD_CSV_LINE = QT_TRANSLATE_NOOP(
    "import", "Line {line} of “{name}” cannot be read ({reason}). Nothing was imported."
)
MALFORMED_XML = QT_TRANSLATE_NOOP("import", "its sheet is not well-formed XML ({detail})")
BINARY = QT_TRANSLATE_NOOP("import", "it holds binary data, not text")


def _read_xlsx(path: Path) -> list[Sequence[Any]]:
    """The cells of the first (active) sheet, at most MAX_COLUMNS wide.

    The sheet's declared dimension is not trusted: a file may claim 16,384 columns, or hold
    one stray cell in column XFD, and padding every row to that width would take gigabytes.
    """
    wb = open_workbook(path)
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        # Without a dimension each row is as wide as its last cell, not the declared width.
        ws.reset_dimensions()
        rows = _Rows(path)
        for row in ws.iter_rows(values_only=True):
            rows.add(row[:MAX_COLUMNS])
        return rows.done()
    except XLSX_ERRORS as exc:
        raise _unreadable(path, exc) from exc
    finally:
        wb.close()


def open_workbook(path: Path, data_only: bool = True) -> Any:
    """An .xlsx workbook opened read-only (rows streamed, never all in memory), after refusing
    a zip bomb; ImportFileError naming the file when it cannot be opened. With
    `data_only=False` a formula cell gives its formula, not the value Excel last saved."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    _check_zip(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except (*XLSX_ERRORS, InvalidFileException) as exc:
        raise _unreadable(path, exc) from exc


# What a damaged or hostile workbook makes openpyxl raise: a broken zip, a missing part,
# malformed XML (ParseError is a SyntaxError), values of the wrong shape.
XLSX_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    OverflowError,
    SyntaxError,
    OSError,
)


def _unreadable(path: Path, exc: BaseException) -> ImportFileError:
    if isinstance(exc, SyntaxError):
        reason = _t(MALFORMED_XML, detail=str(exc)[:120])
    else:
        reason = (str(exc) or type(exc).__name__)[:200]
    return ImportFileError(NOT_A_SHEET, name=path.name, reason=reason)


def _check_zip(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_UNPACKED bytes (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path, exc) from exc
    if unpacked > MAX_UNPACKED:
        raise ImportFileError(TOO_BIG, name=path.name, size=_megabytes(unpacked))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB"


class _Rows:
    """Rows collected from a file: blank rows kept as one shared empty row, none at the end,
    repeated texts stored once, and refused past MAX_ROWS rows that hold something."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[Sequence[Any]] = []
        self.filled = 0
        self.last = 0
        self.texts: dict[str, str] = {}

    def add(self, row: Sequence[Any]) -> None:
        if all(blank(c) for c in row):
            self.rows.append(_EMPTY)
            return
        texts = self.texts
        self.rows.append(
            tuple(texts.setdefault(c, c) if type(c) is str and len(c) < 40 else c for c in row)
        )
        self.filled += 1
        self.last = len(self.rows)
        if self.filled > MAX_ROWS + HEADER_SCAN_ROWS:
            raise ImportFileError(TOO_MANY, name=self.path.name, limit=MAX_ROWS)

    def done(self) -> list[Sequence[Any]]:
        del self.rows[self.last :]
        return self.rows


_EMPTY: tuple[Any, ...] = ()


def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """The text of a CSV file and the encoding found: UTF-8 (with or without BOM), GBK or
    UTF-16 (Excel's "Unicode text"). A file mixing UTF-8 and GBK lines is refused: decoded
    either way, some of its rows would come out garbled."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ImportFileError(BAD_ENCODING, name=name) from exc
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return (data[3:] if bom else data).decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        lines, encoding = mixed
        raise ImportFileError(MIXED_ENCODINGS, name=name, lines=lines, encoding=encoding)
    # GB18030 is a superset of GBK: a GBK file always decodes, and stray GB18030 chars too.
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError as exc:
        raise ImportFileError(BAD_ENCODING, name=name) from exc


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """(the lines of the fewer kind, their encoding) when some lines with Chinese text are
    UTF-8 and others are not; None when the file is in one encoding."""
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
        else:
            utf8.append(number)
    if not utf8 or not other:
        return None
    if len(other) <= len(utf8):
        return _line_list(other), "GBK"
    return _line_list(utf8), "UTF-8"


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + ("…" if len(numbers) > 5 else "")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time, ends kept (no second copy of a large file)."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _binary(data: bytes) -> bool:
    """Binary data, not text: NUL bytes all through the start of the file. A stray NUL in
    a cell is left to the row check, which rejects the row naming its column."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: NUL in every other byte
        return False
    sample = data[:4096]
    return sample.count(0) > max(2, len(sample) // 512)


def _read_csv(path: Path) -> tuple[list[Sequence[Any]], str]:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise ImportFileError(TOO_BIG, name=path.name, size=_megabytes(size))
    data = path.read_bytes()
    if _binary(data):
        raise ImportFileError(NOT_A_SHEET, name=path.name, reason=_t(BINARY))
    text, encoding = decode_text(data, path.name)
    del data
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = _Rows(path)
    reader = csv.reader(_lines(text), dialect)
    try:
        for row in reader:
            rows.add(row[:MAX_COLUMNS])
    except csv.Error as exc:  # a cell longer than the csv module's field limit, a stray NUL
        raise ImportFileError(
            BAD_CSV_LINE, name=path.name, line=reader.line_num, reason=str(exc)[:120]
        ) from exc
    return rows.done(), encoding


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
        what = {
            ImportKind.TENANTS: _t(QT_TRANSLATE_NOOP("import", "tenants")),
            ImportKind.FIGURES: _t(QT_TRANSLATE_NOOP("import", "quarterly figures")),
            ImportKind.RETURNS: _t(QT_TRANSLATE_NOOP("import", "statistics returns")),
        }[kind]
        examples = {
            ImportKind.TENANTS: "企业名称 / name, 统一社会信用代码 / credit_code",
            ImportKind.FIGURES: "统一社会信用代码 / credit_code, 期间 / period, 营业收入 / revenue",
            ImportKind.RETURNS: "统一社会信用代码 / credit_code, 统计年度 / year, 总收入 / revenue",
        }[kind]
        raise ImportFileError(
            NO_HEADER, rows=HEADER_SCAN_ROWS, name=path.name, what=what, examples=examples
        )
    header_cells = list(raw[best])
    while header_cells and blank(header_cells[-1]):
        header_cells.pop()
    headers = ["" if blank(c) else str(c).strip() for c in header_cells]
    width = len(headers)
    rows = raw[best + 1 :]
    del raw
    for i, r in enumerate(rows):
        if r and len(r) != width:
            rows[i] = (*r[:width], *((None,) * (width - len(r))))
    return Sheet(path, best + 1, headers, rows, encoding)


def blank(value: Any) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())
