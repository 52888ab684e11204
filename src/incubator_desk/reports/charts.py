"""Vector charts (reportlab.graphics) drawn in the report's embedded font."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

PALETTE = [
    colors.HexColor("#1f4e79"),
    colors.HexColor("#f28e2b"),
    colors.HexColor("#59a14f"),
    colors.HexColor("#e15759"),
    colors.HexColor("#76b7b2"),
    colors.HexColor("#edc948"),
]


def _drawing(width: float, height: float, font: str) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = font  # the renderer's starting font: embedded, not Helvetica
    return d


def _values(series: Sequence[Decimal | float | int | None]) -> list[float]:
    return [float(v) if v is not None else 0.0 for v in series]


def nice_scale(top: float, intervals: int = 5, whole: bool = False) -> tuple[float, float]:
    """(axis maximum, step) for values up to `top`: a round step (1, 2, 2.5 or 5 times a
    power of ten) giving about `intervals` gridlines, and a gridline above the tallest
    value, so no bar reaches past the top of the grid. `whole`: counts, steps of 1 or more."""
    if top <= 0:
        return 1.0, 1.0 if whole else 0.2
    raw = top / intervals
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1.0, float(math.ceil(step)))
    return (math.floor(top / step) + 1) * step, step


@dataclass(frozen=True)
class MoneyScale:
    """Money on an axis: the divisor and the unit the chart's title names."""

    divisor: float
    unit: str


def money_scale(top: float, zh: bool) -> MoneyScale:
    """The unit for amounts up to `top`: 元/万元/亿元, or ¥/¥ thousand/¥ million."""
    if zh:
        if top >= 1e8:
            return MoneyScale(1e8, "亿元")
        if top >= 1e4:
            return MoneyScale(1e4, "万元")
        return MoneyScale(1, "元")
    if top >= 1e6:
        return MoneyScale(1e6, "¥ million")
    if top >= 1e3:
        return MoneyScale(1e3, "¥ thousand")
    return MoneyScale(1, "¥")


def titled(title: str, unit: str, zh: bool) -> str:
    """The chart title with its unit: "营业收入（万元）", "Revenue (¥ thousand)"."""
    if not unit:
        return title
    return f"{title}（{unit}）" if zh else f"{title} ({unit})"


def _tick_text(step: float) -> Callable[[float], str]:
    decimals = 0 if step == int(step) else (1 if step * 10 == int(step * 10) else 2)
    return lambda v: f"{v:,.{decimals}f}"


def _set_up(
    chart: Any,
    font: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    width: float,
    height: float,
    divisor: float,
    whole: bool,
    legend_below: bool = False,
) -> None:
    """Place, fill and label a bar or line chart the same way, on a round scale."""
    chart.x, chart.y = 42, 18
    top_room = 56 if legend_below else 44  # a legend on a line of its own under the title
    chart.width, chart.height = width - 60, height - top_room
    data = [[v / divisor for v in _values(values)] for _, values in series] or [[0.0]]
    chart.data = data
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    top = max((v for row in data for v in row), default=0.0)
    maximum, step = nice_scale(top, whole=whole)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = maximum
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = _tick_text(step)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")


def _scale(
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]], money: bool, zh: bool
) -> MoneyScale:
    top = max((v for _, values in series for v in _values(values)), default=0.0)
    return money_scale(top, zh) if money else MoneyScale(1, "")


def _title(d: Drawing, font: str, text: str) -> None:
    d.add(String(0, d.height - 10, text, fontName=font, fontSize=9.5, fillColor=PALETTE[0]))


def bar_chart(
    font: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    zh: bool = True,
    width: float = 170 * mm,
    height: float = 62 * mm,
    money: bool = False,
) -> Drawing:
    """Grouped vertical bars, one group per category, with a legend. `money`: amounts in
    yuan, drawn in the unit that suits them, which the title names."""
    scale = _scale(series, money, zh)
    d = _drawing(width, height, font)
    heading = titled(title, scale.unit, zh)
    below = _legend_below(heading, font, width, [name for name, _ in series])
    _title(d, font, heading)
    chart = VerticalBarChart()
    _set_up(chart, font, categories, series, width, height, scale.divisor, not money, below)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    _legend(d, font, [name for name, _ in series], width, below)
    return d


def line_chart(
    font: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    zh: bool = True,
    width: float = 170 * mm,
    height: float = 62 * mm,
    money: bool = False,
) -> Drawing:
    scale = _scale(series, money, zh)
    d = _drawing(width, height, font)
    heading = titled(title, scale.unit, zh)
    below = _legend_below(heading, font, width, [name for name, _ in series])
    _title(d, font, heading)
    chart = HorizontalLineChart()
    _set_up(chart, font, categories, series, width, height, scale.divisor, not money, below)
    for i in range(len(chart.data)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.6
    d.add(chart)
    _legend(d, font, [name for name, _ in series], width, below)
    return d


def hbar_chart(
    font: str,
    title: str,
    items: Sequence[tuple[str, float]],
    width: float = 170 * mm,
) -> Drawing:
    """One horizontal bar per item (e.g. tenants by industry)."""
    rows = max(len(items), 1)
    height = 24 + rows * 13
    d = _drawing(width, height, font)
    d.add(String(0, height - 10, title, fontName=font, fontSize=9.5, fillColor=PALETTE[0]))
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 6
    chart.width, chart.height = width - 175, height - 22
    chart.data = [[float(v) for _, v in reversed(items)] or [0.0]]
    chart.categoryAxis.categoryNames = [n for n, _ in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    maximum, step = nice_scale(max((float(v) for _, v in items), default=0.0), whole=True)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = maximum
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    d.add(chart)
    return d


def _legend_below(title: str, font: str, width: float, names: Sequence[str]) -> bool:
    """Whether the legend goes on a line under the title: when the title would reach into
    it (a narrow chart, a long English title)."""
    return len(names) > 1 and stringWidth(title, font, 9.5) + 16 > width * 0.42


def _legend(d: Drawing, font: str, names: list[str], width: float, below: bool) -> None:
    if len(names) < 2:
        return
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 7.5
    legend.alignment = "right"  # the swatch, then its name
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 80
    legend.x = 0 if below else width * 0.42
    legend.y = d.height - 14 if below else d.height - 2
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    legend.boxAnchor = "nw"
    legend.dxTextSpace = 4
    legend.autoXPadding = 12
    d.add(legend)
