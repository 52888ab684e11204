"""One tenant in detail: profile, people, stage timeline, quarterly figures, other areas' tabs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from ...core.errors import ServiceError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import label, operator_label
from ...core.periods import last_complete_quarter
from ...db import Database
from ...services import tenants as svc
from .. import extensions, messages
from .tenant_form import (
    InvestmentDialog,
    PersonDialog,
    StageDialog,
    TenantForm,
    confirm_archive,
    error_label,
)

# lupdate reads calls named `translate`: the explicit context matches the one used at run time.
translate = QCoreApplication.translate


def tr(text: str) -> str:
    return translate("TenantDetail", text)


# The English texts are the translation sources (context "TenantDetail"); tr() looks them up.
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


def fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


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
        self.save = QPushButton(translate("TenantDetail", "&Save"))
        self.revert = QPushButton(translate("TenantDetail", "&Revert"))
        self.archive = QPushButton(translate("TenantDetail", "&Archive…"))
        self.note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.form.errors.general)
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
        try:
            svc.update_tenant(self.db, self.tenant_id, self.form.data(), self.detail.version)
        except ServiceError as exc:
            self.form.errors.show(exc)
            return
        self.refresh()
        self.note.setText(translate("TenantDetail", "Saved."))
        self.saved.emit()

    def _archive(self) -> None:
        assert self.detail is not None
        if not confirm_archive(self, self.detail.data.name_zh):
            return
        try:
            svc.archive_tenant(self.db, self.tenant_id, self.detail.version)
        except ServiceError as exc:
            messages.error(self, translate("TenantDetail", "Archive tenant"), str(exc))
            return
        self.refresh()
        self.saved.emit()


class PeopleTab(QWidget):
    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels(
            [
                translate("TenantDetail", "Name"),
                translate("TenantDetail", "Role"),
                translate("TenantDetail", "Phone"),
                translate("TenantDetail", "E-mail"),
                translate("TenantDetail", "Primary"),
                translate("TenantDetail", "Flags"),
            ]
        )
        self.add = QPushButton(translate("TenantDetail", "&Add person…"))
        self.edit = QPushButton(translate("TenantDetail", "&Edit…"))
        self.remove = QPushButton(translate("TenantDetail", "Re&move…"))
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
        self.table.itemSelectionChanged.connect(self._enable)
        self.rows: list[svc.PersonRow] = []
        self.refresh()

    def _current(self) -> svc.PersonRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        has = self._current() is not None and bool(self.table.selectedItems())
        self.edit.setEnabled(has)
        self.remove.setEnabled(has)

    def refresh(self) -> None:
        self.rows = svc.people(self.db, self.tenant_id)
        self.table.setRowCount(len(self.rows))
        for i, p in enumerate(self.rows):
            d = p.data
            flags = [
                text
                for on, text in (
                    (
                        d.student_founder,
                        translate("TenantDetail", "student founder"),
                    ),
                    (d.returnee, translate("TenantDetail", "returnee")),
                    (
                        d.serial_entrepreneur,
                        translate("TenantDetail", "serial entrepreneur"),
                    ),
                    (
                        d.talent_programme,
                        translate("TenantDetail", "talent programme"),
                    ),
                )
                if on
            ]
            for col, text in enumerate(
                (
                    d.name,
                    label(d.role),
                    d.phone,
                    d.email,
                    "✓" if d.is_primary_contact else "",
                    ", ".join(flags),
                )
            ):
                self.table.setItem(i, col, ro_item(text))
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
            translate("TenantDetail", "Remove person"),
            translate(
                "TenantDetail",
                "Remove {name} from this tenant's people? The record is kept in the history.",
            ).format(name=row.data.name),
        ):
            return
        try:
            svc.archive_person(self.db, row.id, row.version)
        except ServiceError as exc:
            messages.error(self, translate("TenantDetail", "Remove person"), str(exc))
        self.refresh()


class StageTab(QWidget):
    """Signals: changed(): the stage was changed."""

    changed = Signal()

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.current = QLabel()
        self.current.setObjectName("stageNow")
        self.change = QPushButton(translate("TenantDetail", "&Change stage…"))
        top = QHBoxLayout()
        top.addWidget(self.current, 1)
        top.addWidget(self.change)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("TenantDetail", "Date"),
                translate("TenantDetail", "Stage"),
                translate("TenantDetail", "Why"),
                translate("TenantDetail", "Recorded by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.change.clicked.connect(self._change)
        self.refresh()

    def refresh(self) -> None:
        self.detail = svc.get_tenant(self.db, self.tenant_id)
        text = translate("TenantDetail", "Now: {stage}").format(stage=label(self.detail.stage))
        if self.detail.exit_reason is not None:
            text += f" ({label(self.detail.exit_reason)})"
        self.current.setText(text)
        self.change.setEnabled(self.detail.archived_at is None)
        history = list(reversed(svc.stage_history(self.db, self.tenant_id)))
        self.table.setRowCount(len(history))
        for i, c in enumerate(history):
            move = (
                label(c.to_stage)
                if c.from_stage is None
                else (f"{label(c.from_stage)} → {label(c.to_stage)}")
            )
            if c.exit_reason is not None:
                move += f" ({label(c.exit_reason)})"
            for col, value in enumerate(
                (c.changed_on.isoformat(), move, c.reason, operator_label(c.operator))
            ):
                self.table.setItem(i, col, ro_item(value))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _change(self) -> None:
        dlg = StageDialog(self.db, self.tenant_id, self.detail.stage, self.detail.version, self)
        if dlg.exec():
            self.refresh()
            self.changed.emit()


class FiguresTab(QWidget):
    """Enter or correct one quarter beside the previous one; every quarter and a chart below."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        year, quarter = last_complete_quarter()
        self.year = QSpinBox()
        self.year.setRange(1990, dt.date.today().year)
        self.year.setValue(year)
        self.quarter = QComboBox()
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.quarter.setCurrentIndex(quarter - 1)
        self.period_caption = QLabel(translate("TenantDetail", "&Quarter:"))
        self.period_caption.setBuddy(self.year)
        self.save = QPushButton(translate("TenantDetail", "&Save figures"))
        self.add_investment = QPushButton(translate("TenantDetail", "Add &investment…"))
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
                translate("TenantDetail", "Figure"),
                translate("TenantDetail", "This quarter"),
                translate("TenantDetail", "Previous quarter"),
                translate("TenantDetail", "Problem"),
            ]
        )
        self.entry.verticalHeader().setVisible(False)
        self.entry.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.entry.horizontalHeader().setStretchLastSection(True)
        self.entry.verticalHeader().setDefaultSectionSize(24)
        self.general = error_label()

        self.history = QTableWidget(0, 0)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

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
        self.history.cellDoubleClicked.connect(self._pick_history)
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
            caption = (
                translate("TenantDetail", "Awards") if key == "awards" else tr(FIGURE_LABELS[key])
            )
            self.entry.setItem(i, 0, ro_item(caption))
            if key == "awards":
                now = current.awards if current else ""
                before = previous.awards if previous else ""
            else:
                now = fmt(current.values.get(key)) if current else ""
                before = fmt(previous.values.get(key)) if previous else ""
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
        self.note.setText(
            translate("TenantDetail", "Recorded")
            if current
            else translate("TenantDetail", "Not yet recorded")
        )

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
                errors[key] = translate("TenantDetail", "Not a number: “{text}”").format(
                    text=text[:30]
                )
        return values, awards, errors

    def _show_errors(self, fields: dict[str, str], general: str = "") -> None:
        for i, key in enumerate(self._keys()):
            message = fields.get(key, "")
            item = ro_item(message)
            item.setForeground(QBrush(QColor("#b3261e")))
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
        try:
            svc.save_figures(
                self.db,
                self.tenant_id,
                self.year.value(),
                self.quarter.currentData(),
                values,
                awards=awards,
                notes=self.current.notes if self.current else "",
                expected_version=self.current.version if self.current else None,
            )
        except ValidationError as exc:
            self._show_errors(exc.fields, "" if exc.fields else str(exc))
            return
        except ServiceError as exc:
            self._show_errors({}, str(exc))
            return
        self._show_errors({})
        self.refresh()
        self.note.setText(translate("TenantDetail", "Saved."))

    def _add_investment(self) -> None:
        dlg = InvestmentDialog(
            self.db, self.tenant_id, self.year.value(), self.quarter.currentData(), self
        )
        if dlg.exec():
            self.refresh()

    def _fill_history(self) -> None:
        keys = ["staff_total", "staff_rd", "revenue", "net_profit", "rd_spend", "taxes_paid"]
        heads = (
            [translate("TenantDetail", "Quarter")]
            + [tr(FIGURE_LABELS[k]) for k in keys]
            + [translate("TenantDetail", "Investment (¥)")]
        )
        self.history.setColumnCount(len(heads))
        self.history.setHorizontalHeaderLabels(heads)
        rows = list(reversed(self.all))
        self.history.setRowCount(len(rows))
        for i, f in enumerate(rows):
            self.history.setItem(i, 0, ro_item(f.period))
            for j, k in enumerate(keys, start=1):
                item = ro_item(fmt(f.values.get(k)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.history.setItem(i, j, item)
            inv = ro_item(fmt(f.investment) if f.investment else "")
            inv.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.setItem(i, len(keys) + 1, inv)
        self.history.resizeColumnsToContents()

    def _pick_history(self, row: int, _col: int) -> None:
        f = list(reversed(self.all))[row]
        self.year.setValue(f.year)
        self.quarter.setCurrentIndex(f.quarter - 1)

    def _fill_chart(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(translate("TenantDetail", "Revenue, R&D spend (¥10k) and staff by quarter"))
        if not self.all:
            chart.setTitle(translate("TenantDetail", "No quarterly figures recorded yet"))
            return
        revenue = QLineSeries()
        revenue.setName(translate("TenantDetail", "Revenue (¥10k)"))
        rd = QLineSeries()
        rd.setName(translate("TenantDetail", "R&D spend (¥10k)"))
        staff = QLineSeries()
        staff.setName(translate("TenantDetail", "Staff"))
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
        money.setRange(0, top_money * 1.1)
        people_axis = QValueAxis()
        people_axis.setLabelFormat("%.0f")
        people_axis.setRange(0, top_staff * 1.2)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(money, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(people_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((revenue, money), (rd, money), (staff, people_axis)):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)


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
        self.tabs.addTab(self.profile, translate("TenantDetail", "&Profile"))
        self.tabs.addTab(self.people, translate("TenantDetail", "P&eople"))
        self.tabs.addTab(self.stage, translate("TenantDetail", "S&tage timeline"))
        self.tabs.addTab(self.figures, translate("TenantDetail", "&Quarterly figures"))
        self.extra: list[QWidget] = []
        for cls in extensions.load(extensions.TENANT_TABS):
            try:
                tab = cls(db, tenant_id, self)
            except Exception as exc:  # another area's tab must not take this dialog down
                import logging

                logging.getLogger("incubator_desk").error("tenant tab %s: %s", cls.__name__, exc)
                continue
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

    def _heading(self) -> None:
        d = svc.get_tenant(self.db, self.tenant_id)
        text = d.data.name_zh
        if d.data.name_en:
            text += f"  ·  {d.data.name_en}"
        text += f"  ·  {label(d.stage)}"
        if d.archived_at is not None:
            text += "  ·  " + translate("TenantDetail", "archived")
        self.heading.setText(text)
        self.setWindowTitle(d.data.name_zh)

    def _changed(self) -> None:
        self._heading()
        self.stage.refresh()
        self.profile.refresh()
        self.changed.emit()
