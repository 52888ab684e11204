"""One tenant in detail: profile, people, stage timeline, quarterly figures, other areas' tabs."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.errors import ServiceError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label, operator_label
from ...core.periods import last_complete_quarter
from ...db import Database
from ...services import tenants as svc
from ...services.statistics import CHOICE_EN
from .. import extensions, messages, theme
from ..toolkit import (
    ERROR_COLOUR,
    Column,
    ErrorMessage,
    RowsModel,
    attempt,
    display,
    error_label,
    rows_view,
    succeeded,
)
from .tenant_form import InvestmentDialog, PersonDialog, StageDialog, TenantForm, confirm_archive

# A module-level table: its texts are looked up under the context they were marked with.
_t = Translator("TenantDetail")

FIGURE_LABELS: dict[str, str] = {
    "staff_total": QT_TRANSLATE_NOOP("TenantDetail", "Staff, total"),
    "staff_rd": QT_TRANSLATE_NOOP("TenantDetail", "R&D staff"),
    "staff_phd": QT_TRANSLATE_NOOP("TenantDetail", "PhD holders"),
    "staff_master": QT_TRANSLATE_NOOP("TenantDetail", "Master's degree holders"),
    "staff_bachelor": QT_TRANSLATE_NOOP("TenantDetail", "Bachelor's degree holders"),
    "staff_college": QT_TRANSLATE_NOOP("TenantDetail", "College (大专) or above"),
    "staff_returnees": QT_TRANSLATE_NOOP("TenantDetail", "Returnees"),
    "fresh_graduates_hired": QT_TRANSLATE_NOOP("TenantDetail", "Fresh graduates hired"),
    "revenue": QT_TRANSLATE_NOOP("TenantDetail", "Revenue (¥)"),
    "net_profit": QT_TRANSLATE_NOOP("TenantDetail", "Net profit (¥)"),
    "export_value": QT_TRANSLATE_NOOP("TenantDetail", "Export (¥)"),
    "rd_spend": QT_TRANSLATE_NOOP("TenantDetail", "R&D spend (¥)"),
    "taxes_paid": QT_TRANSLATE_NOOP("TenantDetail", "Taxes paid (¥)"),
    "invention_applications": QT_TRANSLATE_NOOP("TenantDetail", "Invention patent applications"),
    "invention_grants": QT_TRANSLATE_NOOP("TenantDetail", "Invention patents granted"),
    "utility_models": QT_TRANSLATE_NOOP("TenantDetail", "Utility models"),
    "designs": QT_TRANSLATE_NOOP("TenantDetail", "Designs"),
    "software_copyrights": QT_TRANSLATE_NOOP("TenantDetail", "Software copyrights"),
    "valid_invention_patents": QT_TRANSLATE_NOOP("TenantDetail", "Valid invention patents"),
    "ic_layouts": QT_TRANSLATE_NOOP("TenantDetail", "IC layout designs"),
    "tech_contracts_count": QT_TRANSLATE_NOOP("TenantDetail", "Technology contracts"),
    "tech_contracts_value": QT_TRANSLATE_NOOP("TenantDetail", "Technology contracts value (¥)"),
}


def ro_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ProfileTab(QWidget):
    """Signals: saved(): the profile was saved."""

    saved = Signal()

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.form = TenantForm(db, self)
        self.save = QPushButton(self.tr("&Save"))
        self.revert = QPushButton(self.tr("&Revert"))
        self.archive = QPushButton(self.tr("&Archive…"))
        self.note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.form.errors.summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.save.clicked.connect(self._save)
        self.revert.clicked.connect(self.refresh)
        self.archive.clicked.connect(self._archive)
        self.form.edited.connect(lambda: self._dirty(True))
        self.detail: svc.TenantDetail | None = None
        self.refresh()

    def _dirty(self, on: bool) -> None:
        self.save.setEnabled(on)
        self.revert.setEnabled(on)
        if on:
            self.note.clear()

    def refresh(self) -> None:
        self.detail = svc.get_tenant(self.db, self.tenant_id)
        self.form.set_data(self.detail.data)
        archived = self.detail.archived_at is not None
        self.form.setEnabled(not archived)
        self.archive.setEnabled(not archived)
        self._dirty(False)

    def _save(self) -> None:
        assert self.detail is not None
        version = self.detail.version
        saved = attempt(
            self.form.errors,
            lambda: svc.update_tenant(self.db, self.tenant_id, self.form.data(), version),
        )
        if saved is None:
            return
        self.refresh()
        self.note.setText(self.tr("Saved."))
        self.saved.emit()

    def _archive(self) -> None:
        assert self.detail is not None
        if not confirm_archive(self, self.detail.data.name_zh):
            return
        version = self.detail.version
        if succeeded(
            ErrorMessage(self, self.tr("Archive tenant")),
            lambda: svc.archive_tenant(self.db, self.tenant_id, version),
        ):
            self.refresh()
            self.saved.emit()


class PeopleTab(QWidget):
    """A tenant's founders and contacts."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.model: RowsModel[svc.PersonRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.add = QPushButton(self.tr("&Add person…"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.remove = QPushButton(self.tr("Re&move…"))
        buttons = QHBoxLayout()
        for b in (self.add, self.edit, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add.clicked.connect(lambda: self._open(None))
        self.edit.clicked.connect(lambda: self._open(self._current()))
        self.table.doubleClicked.connect(lambda _i: self._open(self._current()))
        self.remove.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def _columns(self) -> list[Column[svc.PersonRow]]:
        return [
            Column(self.tr("Name"), lambda p: p.data.name),
            Column(self.tr("Role"), lambda p: p.data.role),
            Column(self.tr("Phone"), lambda p: p.data.phone),
            Column(self.tr("E-mail"), lambda p: p.data.email),
            Column(self.tr("Primary"), lambda p: p.data.is_primary_contact),
            Column(self.tr("Flags"), self._flags),
        ]

    def _flags(self, p: svc.PersonRow) -> str:
        d = p.data
        return ", ".join(
            text
            for on, text in (
                (d.student_founder, self.tr("student founder")),
                (d.returnee, self.tr("returnee")),
                (d.serial_entrepreneur, self.tr("serial entrepreneur")),
                (d.talent_programme, self.tr("talent programme")),
            )
            if on
        ) + (
            f" · {QCoreApplication.translate('statistics', CHOICE_EN[d.founder_type])}"
            if d.founder_type
            else ""
        )

    @property
    def rows(self) -> list[svc.PersonRow]:
        return self.model.rows()

    def _current(self) -> svc.PersonRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0]) if selected else None

    def _enable(self) -> None:
        has = self._current() is not None
        self.edit.setEnabled(has)
        self.remove.setEnabled(has)

    def refresh(self) -> None:
        self.model.set_rows(svc.people(self.db, self.tenant_id))
        self.table.resizeColumnsToContents()
        self._enable()

    def _open(self, row: svc.PersonRow | None) -> None:
        dlg = PersonDialog(self.db, self.tenant_id, row, self)
        if dlg.exec():
            self.refresh()

    def _remove(self) -> None:
        row = self._current()
        if row is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove person"),
            self.tr(
                "Remove {name} from this tenant's people? The record is kept in the history."
            ).format(name=row.data.name),
        ):
            return
        succeeded(
            ErrorMessage(self, self.tr("Remove person")),
            lambda: svc.archive_person(self.db, row.id, row.version),
        )
        self.refresh()


def stage_move(c: svc.StageChangeRow) -> str:
    """ "Incubating → Graduated (reason)": one move along the chain."""
    move = (
        label(c.to_stage)
        if c.from_stage is None
        else f"{label(c.from_stage)} → {label(c.to_stage)}"
    )
    if c.exit_reason is not None:
        move += f" ({label(c.exit_reason)})"
    return move


class StageTab(QWidget):
    """Signals: changed(): the stage was changed."""

    changed = Signal()

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.current = QLabel()
        self.current.setObjectName("stageNow")
        self.change = QPushButton(self.tr("&Change stage…"))
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.change)
        self.model: RowsModel[svc.StageChangeRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.change.clicked.connect(self._change)
        self.refresh()

    def _columns(self) -> list[Column[svc.StageChangeRow]]:
        return [
            Column(self.tr("Date"), lambda c: c.changed_on),
            Column(self.tr("Stage"), stage_move),
            Column(self.tr("Why"), lambda c: c.reason, tooltip=lambda c: c.reason or None),
            Column(self.tr("Recorded by"), lambda c: operator_label(c.operator)),
        ]

    def refresh(self) -> None:
        self.detail = svc.get_tenant(self.db, self.tenant_id)
        text = self.tr("Now: {stage}").format(stage=label(self.detail.stage))
        if self.detail.exit_reason is not None:
            text += f" ({label(self.detail.exit_reason)})"
        self.current.setText(text)
        self.change.setEnabled(self.detail.archived_at is None)
        self.model.set_rows(reversed(svc.stage_history(self.db, self.tenant_id)))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _change(self) -> None:
        dlg = StageDialog(self.db, self.tenant_id, self.detail.stage, self.detail.version, self)
        if dlg.exec():
            self.refresh()
            self.changed.emit()


def figure(key: str) -> Callable[[svc.Figures], Any]:
    """One figure of a quarter (None when not reported)."""
    return lambda f: f.values.get(key)


class FigureErrors:
    """A service's errors in the figures grid: beside the rows they name, the rest below it."""

    def __init__(self, tab: FiguresTab) -> None:
        self.tab = tab

    def clear(self) -> None:
        self.tab._show_errors({})

    def show(self, err: ServiceError) -> None:
        fields = err.fields if isinstance(err, ValidationError) else {}
        self.tab._show_errors(fields, "" if fields else str(err))


class FiguresTab(QWidget):
    """Enter or correct one quarter beside the previous one; every quarter and a chart below."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        year, quarter = last_complete_quarter()
        self.year = QSpinBox()
        self.year.setRange(1990, clock.today().year)
        self.year.setValue(year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.quarter.setCurrentIndex(quarter - 1)
        self.period_caption = QLabel(self.tr("&Quarter:"))
        self.period_caption.setBuddy(self.year)
        self.save = QPushButton(self.tr("&Save figures"))
        self.add_investment = QPushButton(self.tr("Add &investment…"))
        self.note = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_caption)
        top.addWidget(self.year)
        top.addWidget(self.quarter)
        top.addStretch(1)
        top.addWidget(self.note)
        top.addWidget(self.add_investment)
        top.addWidget(self.save)

        self.entry = QTableWidget(len(svc.FIGURE_FIELDS) + 1, 4)
        self.entry.setHorizontalHeaderLabels(
            [
                self.tr("Figure"),
                self.tr("This quarter"),
                self.tr("Previous quarter"),
                self.tr("Problem"),
            ]
        )
        self.entry.verticalHeader().setVisible(False)
        self.entry.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.entry.horizontalHeader().setStretchLastSection(True)
        self.entry.verticalHeader().setDefaultSectionSize(24)
        self.general = error_label()

        self.history_model: RowsModel[svc.Figures] = RowsModel(self._history_columns, parent=self)
        self.history = rows_view(self.history_model)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        theme.changed().connect(self._restyle_chart)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.history)
        right.addWidget(self.chart_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.entry, 1)
        left_layout.addWidget(self.general)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.save.clicked.connect(self._save)
        self.add_investment.clicked.connect(self._add_investment)
        self.year.valueChanged.connect(self._load_quarter)
        self.quarter.currentIndexChanged.connect(self._load_quarter)
        self.history.doubleClicked.connect(self._pick_history)
        self.current: svc.Figures | None = None
        self.all: list[svc.Figures] = []
        self.refresh()

    def refresh(self) -> None:
        self.all = svc.figures_history(self.db, self.tenant_id)
        self._fill_history()
        self._fill_chart()
        self._load_quarter()

    def _keys(self) -> list[str]:
        return [*svc.FIGURE_FIELDS, "awards"]

    def _load_quarter(self) -> None:
        year, quarter = self.year.value(), self.quarter.currentData()
        current, previous = svc.figures_for(self.db, self.tenant_id, year, quarter)
        self.current = current
        self.entry.blockSignals(True)
        for i, key in enumerate(self._keys()):
            caption = self.tr("Awards") if key == "awards" else _t(FIGURE_LABELS[key])
            self.entry.setItem(i, 0, ro_item(caption))
            if key == "awards":
                now = current.awards if current else ""
                before = previous.awards if previous else ""
            else:
                now = display(current.values.get(key)) if current else ""
                before = display(previous.values.get(key)) if previous else ""
            cell = QTableWidgetItem(now)
            if key != "awards":
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.entry.setItem(i, 1, cell)
            prev = ro_item(before)
            prev.setForeground(QBrush(QColor("#666666")))
            if key != "awards":
                prev.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.entry.setItem(i, 2, prev)
            self.entry.setItem(i, 3, ro_item(""))
        self.entry.blockSignals(False)
        self.general.hide()
        self.note.setText(self.tr("Recorded") if current else self.tr("Not yet recorded"))

    def _values(self) -> tuple[dict[str, Any], str, dict[str, str]]:
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        awards = ""
        for i, key in enumerate(self._keys()):
            item = self.entry.item(i, 1)
            text = (item.text() if item else "").replace(",", "").replace("¥", "").strip()
            if key == "awards":
                awards = text
                continue
            if not text:
                values[key] = None
                continue
            try:
                number = Decimal(text)
                if key in svc.COUNT_FIGURES:
                    if number != number.to_integral_value():
                        raise InvalidOperation
                    values[key] = int(number)
                else:
                    values[key] = number
            except InvalidOperation:
                errors[key] = self.tr("Not a number: “{text}”").format(text=text[:30])
        return values, awards, errors

    def _show_errors(self, fields: dict[str, str], general: str = "") -> None:
        for i, key in enumerate(self._keys()):
            message = fields.get(key, "")
            item = ro_item(message)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            item.setToolTip(message)
            self.entry.setItem(i, 3, item)
        rest = [m for k, m in fields.items() if k not in self._keys()]
        if general:
            rest.append(general)
        self.general.setText("\n".join(rest))
        self.general.setVisible(bool(rest))

    def _save(self) -> None:
        values, awards, errors = self._values()
        if errors:
            self._show_errors(errors)
            return
        current = self.current
        saved = attempt(
            FigureErrors(self),
            lambda: svc.save_figures(
                self.db,
                self.tenant_id,
                self.year.value(),
                self.quarter.currentData(),
                values,
                awards=awards,
                notes=current.notes if current else "",
                expected_version=current.version if current else svc.NO_FIGURES_YET,
            ),
        )
        if saved is None:
            return
        self._show_errors({})
        self.refresh()
        self.note.setText(self.tr("Saved."))

    def _add_investment(self) -> None:
        dlg = InvestmentDialog(
            self.db, self.tenant_id, self.year.value(), self.quarter.currentData(), self
        )
        if dlg.exec():
            self.refresh()

    HISTORY_KEYS = ("staff_total", "staff_rd", "revenue", "net_profit", "rd_spend", "taxes_paid")

    def _history_columns(self) -> list[Column[svc.Figures]]:
        return [
            Column(self.tr("Quarter"), lambda f: f.period, sort_key=lambda f: (f.year, f.quarter)),
            *(Column(_t(FIGURE_LABELS[k]), figure(k), right=True) for k in self.HISTORY_KEYS),
            Column(self.tr("Investment (¥)"), lambda f: f.investment or None, right=True),
        ]

    def _fill_history(self) -> None:
        self.history_model.set_rows(reversed(self.all))
        self.history.resizeColumnsToContents()

    def _pick_history(self, index: QModelIndex) -> None:
        f = self.history_model.row_at(index)
        if f is not None:
            self.year.setValue(f.year)
            self.quarter.setCurrentIndex(f.quarter - 1)

    def _restyle_chart(self, _dark: bool) -> None:
        theme.style_chart(self.chart)

    def _fill_chart(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Revenue, R&D spend (¥10k) and staff by quarter"))
        if not self.all:
            chart.setTitle(self.tr("No quarterly figures recorded yet"))
            return
        revenue = QLineSeries()
        revenue.setName(self.tr("Revenue (¥10k)"))
        rd = QLineSeries()
        rd.setName(self.tr("R&D spend (¥10k)"))
        staff = QLineSeries()
        staff.setName(self.tr("Staff"))
        top_money, top_staff = 1.0, 1.0
        for f in self.all:
            x = QDateTime(dt.datetime(f.year, (f.quarter - 1) * 3 + 2, 15)).toMSecsSinceEpoch()
            for series, key, scale in ((revenue, "revenue", 10_000), (rd, "rd_spend", 10_000)):
                v = f.values.get(key)
                if v is not None:
                    series.append(x, float(v) / scale)
                    top_money = max(top_money, float(v) / scale)
            s = f.values.get("staff_total")
            if s is not None:
                staff.append(x, float(s))
                top_staff = max(top_staff, float(s))
        axis_x = QDateTimeAxis()
        axis_x.setFormat("yyyy")
        axis_x.setTickCount(min(8, max(2, len(self.all) // 4 + 1)))
        money = QValueAxis()
        money.setLabelFormat("%.0f")
        money.setRange(0, top_money)
        money.applyNiceNumbers()  # round gridlines, one above the highest point
        people_axis = QValueAxis()
        people_axis.setLabelFormat("%.0f")
        people_axis.setRange(0, top_staff)
        people_axis.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(money, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(people_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((revenue, money), (rd, money), (staff, people_axis)):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        theme.style_chart(chart)


class TenantDetailDialog(QDialog):
    """A tenant's record in tabs. Signals: changed(): something was saved."""

    changed = Signal()

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.profile = ProfileTab(db, tenant_id, self)
        self.people = PeopleTab(db, tenant_id, self)
        self.stage = StageTab(db, tenant_id, self)
        self.figures = FiguresTab(db, tenant_id, self)
        self.tabs.addTab(self.profile, self.tr("&Profile"))
        self.tabs.addTab(self.people, self.tr("P&eople"))
        self.tabs.addTab(self.stage, self.tr("S&tage timeline"))
        self.tabs.addTab(self.figures, self.tr("&Quarterly figures"))
        self.extra: list[QWidget] = []
        # Another area's tab that fails to build is a bug: it is not hidden, it is reported.
        for cls in extensions.tenant_tabs():
            tab = cls(db, tenant_id, self)
            self.extra.append(tab)
            self.tabs.addTab(tab, cls.tab_title())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.profile.saved.connect(self._changed)
        self.stage.changed.connect(self._changed)
        for i in range(min(9, self.tabs.count())):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.tabs.setCurrentIndex(i))
        self.resize(1180, 760)
        self._heading()

    def select_tab(self, cls: type[QWidget]) -> QWidget | None:
        """Show another area's tab of class `cls` (the Statistics tab…); None if none is."""
        for tab in self.extra:
            if isinstance(tab, cls):
                self.tabs.setCurrentWidget(tab)
                return tab
        return None

    def _heading(self) -> None:
        d = svc.get_tenant(self.db, self.tenant_id)
        text = d.data.name_zh
        if d.data.name_en:
            text += f"  ·  {d.data.name_en}"
        text += f"  ·  {label(d.stage)}"
        if d.archived_at is not None:
            text += "  ·  " + self.tr("archived")
        flags = [f for flag in extensions.tenant_flags() if (f := flag(self.db, self.tenant_id))]
        if flags:  # another area's warning (arrears…), in red after the name
            text = f"{html.escape(text)}  ·  <span style='color:{ERROR_COLOUR}'>"
            text += html.escape("  ·  ".join(flags)) + "</span>"
        self.heading.setText(text)
        self.setWindowTitle(d.data.name_zh)

    def _changed(self) -> None:
        self._heading()
        self.stage.refresh()
        self.profile.refresh()
        self.changed.emit()
