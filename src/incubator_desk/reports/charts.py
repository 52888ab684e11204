"""Vector charts (reportlab.graphics) drawn in the report's embedded font."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

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


def _axis_label(v: float) -> str:
    a = abs(v)
    if a >= 1e8:
        return f"{v / 1e8:.1f}亿".replace(".0亿", "亿")
    if a >= 1e4:
        return f"{v / 1e4:,.0f}万"
    return f"{v:,.0f}"


def _axis_label_en(v: float) -> str:
    a = abs(v)
    if a >= 1e6:
        return f"{v / 1e6:,.1f}M"
    if a >= 1e3:
        return f"{v / 1e3:,.0f}k"
    return f"{v:,.0f}"


def _set_up(
    chart: Any,
    font: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    zh: bool,
    width: float,
    height: float,
) -> None:
    """Place, fill and label a bar or line chart the same way."""
    chart.x, chart.y = 42, 18
    chart.width, chart.height = width - 60, height - 44
    chart.data = [_values(v) for _, v in series] or [[0.0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _axis_label if zh else _axis_label_en
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")


def bar_chart(
    font: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    zh: bool = True,
    width: float = 170 * mm,
    height: float = 62 * mm,
) -> Drawing:
    """Grouped vertical bars, one group per category, with a legend."""
    d = _drawing(width, height, font)
    d.add(String(0, height - 10, title, fontName=font, fontSize=9.5, fillColor=PALETTE[0]))
    chart = VerticalBarChart()
    _set_up(chart, font, categories, series, zh, width, height)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    _legend(d, font, [name for name, _ in series], width)
    return d


def line_chart(
    font: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal | float | int | None]]],
    zh: bool = True,
    width: float = 170 * mm,
    height: float = 62 * mm,
) -> Drawing:
    d = _drawing(width, height, font)
    d.add(String(0, height - 10, title, fontName=font, fontSize=9.5, fillColor=PALETTE[0]))
    chart = HorizontalLineChart()
    _set_up(chart, font, categories, series, zh, width, height)
    for i in range(len(chart.data)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.6
    d.add(chart)
    _legend(d, font, [name for name, _ in series], width)
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
    chart.valueAxis.forceZero = True
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    d.add(chart)
    return d


def _legend(d: Drawing, font: str, names: list[str], width: float) -> None:
    if len(names) < 2:
        return
    legend = Legend()
    legend.fontName = font
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 80
    legend.x = width * 0.42
    legend.y = d.height - 2
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    legend.boxAnchor = "nw"
    legend.dxTextSpace = 4
    legend.autoXPadding = 12
    d.add(legend)
