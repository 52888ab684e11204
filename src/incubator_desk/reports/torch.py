"""The Torch statistics return (火炬统计) as an .xlsx workbook: the per-tenant table, one row
per tenant with the columns in the return's order, and the incubator table; money in 千元,
Chinese headers as the Torch Center's forms."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from ..core import clock
from ..services import statistics
from ..services.spreadsheets import Sheet, Workbook
from .base import write_file

FieldKind = statistics.FieldKind
WIDTHS = {
    FieldKind.TEXT: 16,
    FieldKind.CODE: 20,
    FieldKind.DATE: 12,
    FieldKind.BOOL: 8,
    FieldKind.CHOICE: 11,
    FieldKind.INT: 9,
    FieldKind.MONEY: 12,
    FieldKind.AREA: 10,
}
FORMATS = {
    FieldKind.MONEY: "#,##0.0",
    FieldKind.AREA: "#,##0.00",
    FieldKind.INT: "#,##0",
    FieldKind.DATE: "yyyy-mm-dd",
}
COLUMNS = statistics.FIELDS  # the per-tenant table's columns, in order


def _styles() -> dict[str, object]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "fill": PatternFill("solid", fgColor="DDE6F0"),
        "bold": Font(bold=True),
        "title": Font(size=14, bold=True),
        "center": Alignment(horizontal="center"),
        "right": Alignment(horizontal="right"),
        "head": Alignment(wrap_text=True, vertical="center", horizontal="center"),
    }


def _title(sheet: Sheet, width: int, title: str, note: str, st: dict[str, object]) -> None:
    from openpyxl.utils import get_column_letter

    last = get_column_letter(width)
    sheet.ws.merge_cells(f"A1:{last}1")
    c = sheet.cell(1, 1, title)
    c.font = st["title"]
    c.alignment = st["center"]
    sheet.ws.merge_cells(f"A2:{last}2")
    sheet.cell(2, 1, note).alignment = st["right"]


def _write_cell(sheet: Sheet, row: int, col: int, kind: FieldKind, value: object) -> None:
    v = statistics.cell(kind, value)
    number: object = v
    if isinstance(v, Decimal | int) and not isinstance(v, bool):
        number = int(v) if kind is FieldKind.INT else float(v)
    c = sheet.cell(row, col, number)
    if kind in FORMATS:
        c.number_format = FORMATS[kind]


def workbook_bytes(
    data: statistics.TorchReturn,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The return of `data` as .xlsx bytes, titled with the incubator's name."""
    from openpyxl.utils import get_column_letter

    st = _styles()
    year, rows = data.year, data.returns
    note = f"金额单位：千元　　统计年度：{year}　　导出日期：{clock.today().isoformat()}"
    wb = Workbook()
    sheet = wb.sheet(f"{year}年在孵企业情况表")
    ws = sheet.ws
    _title(
        sheet, len(COLUMNS), f"{data.incubator} {year}年度在孵（毕业）企业情况表".strip(), note, st
    )
    for i, f in enumerate(COLUMNS, start=1):
        c = sheet.cell(3, i, f.heading())
        c.font, c.fill, c.border, c.alignment = st["bold"], st["fill"], st["border"], st["head"]
        width = 34 if f.key == "name" else WIDTHS[f.kind] + (4 if len(f.heading()) > 10 else 0)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[3].height = 60
    ws.freeze_panes = "C4"
    total = len(rows)
    for r, ret in enumerate(rows, start=4):
        for i, f in enumerate(COLUMNS, start=1):
            _write_cell(sheet, r, i, f.kind, ret.values.get(f.key))
        if progress is not None and (r - 3) % 100 == 0:
            progress(r - 3, total)
    ws.auto_filter.ref = f"A3:{get_column_letter(len(COLUMNS))}{3 + max(total, 1)}"

    inc = wb.sheet(f"{year}年孵化器运营综合情况")
    _title(inc, 3, f"{data.incubator} {year}年度科技企业孵化器运营综合情况".strip(), note, st)
    for i, (head, width) in enumerate((("指标", 40), ("数值", 16), ("来源", 14)), start=1):
        c = inc.cell(3, i, head)
        c.font, c.fill, c.border, c.alignment = st["bold"], st["fill"], st["border"], st["head"]
        inc.ws.column_dimensions[get_column_letter(i)].width = width
    table = data.table
    for r, line in enumerate(statistics.INCUBATOR_LINES, start=4):
        inc.cell(r, 1, line.heading())
        _write_cell(inc, r, 2, line.kind, table.values.get(line.key))
        inc.cell(r, 3, "填报" if line.key in table.entered else "系统计算")
    data_bytes = wb.to_bytes()
    if progress is not None:
        progress(total, total)
    return data_bytes


def write(
    data: statistics.TorchReturn,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the return of `data` to `out`; returns the number of tenant rows."""
    write_file(Path(out), workbook_bytes(data, progress))
    return len(data.returns)


__all__ = ["COLUMNS", "workbook_bytes", "write"]
