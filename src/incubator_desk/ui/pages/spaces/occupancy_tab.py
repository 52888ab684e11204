"""The occupancy tab: occupancy by site and building on the page's date, and its monthly trend."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QPointF, Qt, QTime
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from ....services import spaces
from ....services.spaces import OccupancyRow, Trend
from ... import theme
from ...toolkit import Column, RowsModel, rows_view
from .common import Section

if TYPE_CHECKING:
    from .page import SpacesPage


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f} %"


def _whole(value: object) -> str:
    return f"{value:,.0f}"


class OccupancyTab(Section):
    """Occupancy by site and building at the page's date, and the monthly trend over years."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.model: RowsModel[OccupancyRow] = RowsModel(self._columns)
        self.table = rows_view(self.model)
        self.table.setMaximumHeight(220)
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        self.years_label = QLabel()
        self.years = QSpinBox()
        self.years.setRange(1, 20)
        self.years.setValue(5)
        bar.addWidget(self.years_label)
        bar.addWidget(self.years)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        lay.addWidget(self.chart_view, 1)
        self.years.valueChanged.connect(self.refresh)
        self._trend: Trend | None = None
        theme.changed().connect(self._recolour)
        self.retranslate()

    def _name(self, r: OccupancyRow) -> str:
        if r.level == "building":
            return r.name
        # The site's row adds up its buildings.
        return self.tr("%1, all buildings").replace("%1", r.name)

    def _columns(self) -> list[Column[OccupancyRow]]:
        return [
            Column(
                self.tr("Site / building"),
                self._name,
                sort_key=lambda r: (r.level != "site", r.name),
                width=280,
            ),
            Column(self.tr("Units"), lambda r: r.units, right=True),
            Column(self.tr("Occupied"), lambda r: r.occupied_units, right=True),
            Column(self.tr("Area (m²)"), lambda r: r.area, right=True, text=_whole),
            Column(self.tr("Occupied (m²)"), lambda r: r.occupied_area, right=True, text=_whole),
            Column(self.tr("By area"), lambda r: r.area_share, right=True, text=_percent),
            Column(self.tr("Desks"), lambda r: r.desks, right=True),
            Column(self.tr("Desks taken"), lambda r: r.desks_taken, right=True),
            Column(self.tr("By desk"), lambda r: r.desk_share, right=True, text=_percent),
        ]

    def retranslate(self) -> None:
        self.years_label.setText(self.tr("Trend over the last"))
        self.years.setSuffix(self.tr(" years"))
        self.chart.setTitle(self.tr("Occupancy by area, first day of each month"))
        self.model.retranslate()

    def refresh(self) -> None:
        on = self.page.on_date()
        self.model.set_rows(spaces.occupancy(self.db, on))
        first = dt.date(on.year - self.years.value(), on.month, 1)
        self._draw(spaces.occupancy_trend(self.db, first, on))

    def _recolour(self, _dark: bool) -> None:
        if self._trend is not None:
            self._draw(self._trend)

    def _draw(self, trend: Trend) -> None:
        self._trend = trend
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM")
        x_axis.setTickCount(min(len(trend.months), 9) or 2)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d %%")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        stamps = [
            float(QDateTime(QDate(m.year, m.month, m.day), QTime(0, 0)).toMSecsSinceEpoch())
            for m in trend.months
        ]
        series_list = [(self.tr("All buildings"), trend.total.values, True)]
        if 1 < len(trend.buildings) <= 8:
            series_list += [(b.name, b.values, False) for b in trend.buildings]
        for name, values, _bold in series_list:
            series = QLineSeries()
            series.setName(name)
            series.append(
                [QPointF(x, v * 100) for x, v in zip(stamps, values, strict=True) if v is not None]
            )
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        theme.style_chart(self.chart)
        for drawn, (_name, _values, bold) in zip(self.chart.series(), series_list, strict=True):
            if bold and isinstance(drawn, QLineSeries):  # the total, thicker than the others
                pen = drawn.pen()
                pen.setWidth(3)
                drawn.setPen(pen)
