"""What every PDF report shares: A4 pages, header and footer with "Page x of y", styles in the
embedded CJK font, tables that repeat their header rows, money and number formats, and the
report's own language (Chinese or English, whatever the window's language)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from ..core.errors import Cancelled, ServiceError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.money import report_money as money  # the reports' one money format
from ..core.vocabularies import ApplicationStatus, Stage
from .strings import ZH

LANGS = ("zh", "en")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")


class ReportWriteError(ServiceError):
    context = "reports"


class Lang:
    """The report's language: `t("English")` gives the Chinese text for a Chinese report."""

    def __init__(self, code: str) -> None:
        if code not in LANGS:
            raise ValueError(code)
        self.code = code

    def t(self, text: str, **params: Any) -> str:
        out = ZH.get(text, text) if self.code == "zh" else text
        if not params:
            return out
        # A date among the values (a criterion's evidence carries ISO dates) is written the
        # report's way, so a Chinese report has one date style throughout.
        return out.format(**{k: self._date_value(v) for k, v in params.items()})

    def _date_value(self, value: Any) -> Any:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return self.date(value)
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                return self.date(dt.date.fromisoformat(value))
            except ValueError:
                return value
        return value

    @property
    def zh(self) -> bool:
        return self.code == "zh"

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return "—"
        return f"{day.year}年{day.month}月{day.day}日" if self.zh else day.isoformat()

    def stage(self, stage: Stage | None) -> str:
        if stage is None:
            return "—"
        return self.t(STAGE_NAMES[stage])

    def status(self, status: ApplicationStatus) -> str:
        return self.t(status.value.replace("_", " ").capitalize())


def year_label(lang: Lang, year: int, quarters: Sequence[str]) -> str:
    """A year on a chart: "2025", or "2026 Q1–Q3" (2026年1–3季度) when not all four quarters
    have figures, so a partial year is not mistaken for a whole one beside full years."""
    numbers = sorted({int(q.split("Q")[1]) for q in quarters if "Q" in q})
    if not numbers or len(numbers) == 4:
        return str(year)
    if len(numbers) == 1:
        return lang.t("{year} Q{first}", year=year, first=numbers[0])
    return lang.t("{year} Q{first}–Q{last}", year=year, first=numbers[0], last=numbers[-1])


def period_heading(lang: Lang, label: str, quarters: Sequence[str]) -> str:
    """A period's label as a column or bar heading: a year in progress says which quarters
    it holds ("2026 Q1–Q3"); a quarter, or a year with all four, is its plain label."""
    return year_label(lang, int(label), quarters) if label.isdigit() else label


def side_by_side(font: str, left: Flowable, right: Flowable, gap: float = 6 * mm) -> Table:
    """Two flowables (charts) next to each other across the text width, in `font` (a table
    left to ReportLab's default would name Helvetica, a font the PDF does not embed)."""
    half = (A4[0] - 2 * MARGIN - gap) / 2
    t = Table([[left, Spacer(gap, 1), right]], colWidths=[half, gap, half])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def half_width() -> float:
    """The width of one of two charts `side_by_side`."""
    return (A4[0] - 2 * MARGIN - 6 * mm) / 2


STAGE_NAMES = {
    Stage.PRE_INCUBATION: "Pre-incubation",
    Stage.INCUBATING: "Incubating",
    Stage.ACCELERATING: "Accelerating",
    Stage.GRADUATED: "Graduated",
    Stage.EXITED: "Exited",
}


def number(value: Decimal | int | None) -> str:
    if value is None:
        return "—"
    d = Decimal(value)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,.1f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1%}"


@dataclass
class Styles:
    font: str
    cjk: bool = True  # Chinese line breaking (anywhere); English breaks at spaces

    def __post_init__(self) -> None:
        f = self.font
        wrap = "CJK" if self.cjk else None
        self.body = ParagraphStyle("body", fontName=f, fontSize=9.5, leading=14, wordWrap=wrap)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=11)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=11)
        self.cell_r = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle(
            "head", parent=self.cell, textColor=colors.white, fontSize=8.5, leading=11
        )
        self.head_r = ParagraphStyle("headr", parent=self.head, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle(
            "h1",
            fontName=f,
            fontSize=15,
            leading=20,
            spaceBefore=6,
            spaceAfter=8,
            textColor=ACCENT,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=f,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
        )
        self.h3 = ParagraphStyle(
            "h3", fontName=f, fontSize=10, leading=14, spaceBefore=4, spaceAfter=3, textColor=ACCENT
        )
        self.title = ParagraphStyle(
            "title", fontName=f, fontSize=24, leading=32, alignment=TA_CENTER, spaceAfter=12
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=f, fontSize=14, leading=20, alignment=TA_CENTER
        )
        self.note = ParagraphStyle(
            "note",
            parent=self.body,
            textColor=colors.HexColor("#6b4e00"),
            backColor=colors.HexColor("#fff6dd"),
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=6,
        )


def esc(text: object) -> str:
    return (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if text is not None
        else ""
    )


# ReportLab's default cell padding, left and right
CELL_PADDING = 6


def _cell(value: object, style: ParagraphStyle, width: float) -> object:
    """A table cell: the plain string when it fits on one line of the column, which ReportLab
    draws directly (no paragraph to parse, measure and break); else a paragraph that wraps.
    The table style gives plain strings the paragraph style's font, size, leading and colour
    (`_plain_cells`), so both look the same."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    room = width - 2 * CELL_PADDING
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= room:
        return text
    return Paragraph(esc(text), style)


def _plain_cells(
    styles: Sequence[ParagraphStyle], first_row: int, last_row: int
) -> list[tuple[object, ...]]:
    """Table style commands drawing the plain strings of rows `first_row`…`last_row` as the
    columns' `styles` would: one command for a run of columns that share a value (ReportLab
    sets each cell of a command's range, so fewer, wider commands make the same table
    sooner)."""
    out: list[tuple[object, ...]] = []
    for command, value in (
        ("FONTSIZE", lambda st: st.fontSize),
        ("LEADING", lambda st: st.leading),
        ("TEXTCOLOR", lambda st: st.textColor),
        ("ALIGN", lambda st: {TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}.get(st.alignment, "LEFT")),
    ):
        start = 0
        for i in range(1, len(styles) + 1):
            if i == len(styles) or value(styles[i]) != value(styles[start]):
                out.append((command, (start, first_row), (i - 1, last_row), value(styles[start])))
                start = i
    return out


def table(
    st: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    right: Sequence[int] = (),
    empty: str = "",
) -> Flowable:
    """A table whose header row repeats on every page it spans."""
    if not rows and empty:
        return Paragraph(esc(empty), st.small)
    right_set = set(right)
    scale = (PAGE_W - 2 * MARGIN) / sum(widths)
    col_widths = [w * scale for w in widths]
    heads = [st.head_r if i in right_set else st.head for i in range(len(header))]
    cells = [st.cell_r if i in right_set else st.cell for i in range(len(header))]
    data: list[list[object]] = [[_cell(h, heads[i], col_widths[i]) for i, h in enumerate(header)]]
    for row in rows:
        data.append([_cell(c, cells[i], col_widths[i]) for i, c in enumerate(row)])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bccb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += _plain_cells(heads, 0, 0)
    commands += _plain_cells(cells, 1, -1)
    t.setStyle(TableStyle(commands))
    return t


def key_values(st: Styles, pairs: Sequence[tuple[str, object]], cols: int = 2) -> Flowable:
    """A block of "label: value" pairs in `cols` columns."""
    inner = PAGE_W - 2 * MARGIN
    widths = [inner / cols * 0.46, inner / cols * 0.54] * cols
    rows: list[list[object]] = []
    row: list[object] = []
    for k, v in pairs:
        n = len(row)
        row += [_cell(k, st.small, widths[n]), _cell(v, st.cell, widths[n + 1])]
        if len(row) == cols * 2:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (cols * 2 - len(row)))
    t = Table(rows, colWidths=widths)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7e0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    commands += _plain_cells([st.small if c % 2 == 0 else st.cell for c in range(cols * 2)], 0, -1)
    t.setStyle(TableStyle(commands))
    return t


def note(st: Styles, text: str) -> Flowable:
    return Paragraph(esc(text), st.note)


def section(st: Styles, title: str, *body: Flowable) -> list[Flowable]:
    """A heading kept with the start of its content."""
    if not body:
        return [Paragraph(esc(title), st.h2)]
    return [KeepTogether([Paragraph(esc(title), st.h2), body[0]]), *body[1:]]


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws "Page x of y" once the page count is known."""

    footer: Callable[[int, int], str] = staticmethod(lambda n, total: f"{n}/{total}")
    font = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The page preamble names the initial font: make it the embedded one, not Helvetica.
        kwargs["initialFontName"] = self.font
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        # Pages count within their part (one bill of a batch, see `PartStart`); a document
        # without parts is one part.
        parts = [state.get(PART_KEY) for state in self._saved]
        totals = Counter(parts)
        seen: Counter[object] = Counter()
        for state, part in zip(self._saved, parts, strict=True):
            seen[part] += 1
            self.__dict__.update(state)
            self.setFont(self.font, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(PAGE_W - MARGIN, 10 * mm, self.footer(seen[part], totals[part]))
            super().showPage()
        super().save()


PART_KEY = "_report_part"


class PartStart(Flowable):
    """Where a part of a PDF begins that numbers its pages on its own: each bill or letter of a
    batch says "Page 1 of 1", not "Page 37 of 120". Put it first on the part's first page."""

    def __init__(self, key: object) -> None:
        super().__init__()
        self.key = key

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        setattr(self.canv, PART_KEY, self.key)  # kept by the canvas until the next part


@dataclass
class ReportMeta:
    title: str
    header_left: str
    lang: Lang
    font: str
    generated: dt.date


def build_pdf(
    meta: ReportMeta,
    story: list[Flowable],
    out: Path | io.BytesIO,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Lay out `story` on A4 pages with header and footer and write the PDF to `out`.

    `progress(done, of)` is called as flowables are laid out; raising `Cancelled` from it
    stops the work (nothing is written)."""
    buffer = io.BytesIO()
    lang = meta.lang

    def on_page(canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(meta.font, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(MARGIN, PAGE_H - 11 * mm, meta.header_left)
        canv.drawRightString(PAGE_W - MARGIN, PAGE_H - 11 * mm, meta.title)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, PAGE_H - 12.5 * mm, PAGE_W - MARGIN, PAGE_H - 12.5 * mm)
        canv.line(MARGIN, 14 * mm, PAGE_W - MARGIN, 14 * mm)
        canv.drawString(
            MARGIN, 10 * mm, lang.t("Generated on {date}", date=lang.date(meta.generated))
        )
        canv.restoreState()

    class Canvas(_NumberedCanvas):
        font = meta.font

        @staticmethod
        def footer(n: int, total: int) -> str:
            return lang.t("Page {n} of {total}", n=n, total=total)

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=meta.title,
        author=meta.header_left,
        creator="Incubator Desk",
        initialFontName=meta.font,
        lang="zh-CN" if lang.zh else "en",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    total = len(story)
    if progress is not None:
        state = {"n": 0}

        def after(*_: Any) -> None:
            state["n"] += 1
            progress(min(state["n"], total), total)

        doc.afterFlowable = after
    try:
        doc.build(story, canvasmaker=Canvas)
    except LayoutError as exc:  # pragma: no cover - a cell too large for a page
        raise ReportWriteError(
            QT_TRANSLATE_NOOP("reports", "The report could not be laid out: {error}"),
            error=str(exc),
        ) from exc
    data = buffer.getvalue()
    if isinstance(out, io.BytesIO):
        out.write(data)
        return
    write_file(Path(out), data)


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`; a clear message when the place cannot be written."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ReportWriteError(
            QT_TRANSLATE_NOOP("reports", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def spacer(h: float = 4) -> Spacer:
    return Spacer(1, h * mm)


__all__ = [
    "Cancelled",
    "KeepTogether",
    "Lang",
    "Paragraph",
    "PartStart",
    "ReportMeta",
    "Styles",
    "build_pdf",
    "esc",
    "key_values",
    "money",
    "note",
    "number",
    "percent",
    "section",
    "spacer",
    "table",
]
