"""Settings → Statistics: what the return needs that no record holds (the incubator's own
income, support and staff of a year; areas and fund when not those of its records), and the
self-assessment's thresholds with their sources."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ValidationError
from ....core.money import MoneyUnit
from ....db import Database
from ....services import reporting, statistics
from ... import messages
from ...toolkit import FieldErrors, attempt
from .assessment_view import SHORT_LEVELS
from .tenant_tab import shown

COL_LEVEL, COL_CRITERION, COL_THRESHOLD, COL_IN_USE, COL_SOURCE, COL_NOTE = range(6)


class StatisticsSettings(QWidget):
    """The incubator's figures of a year, its start of operation, and the thresholds."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year_version: int | None = None
        self.criteria_version: int | None = None
        self.criteria: list[statistics.Criterion] = []
        # --- the incubator's own figures of a year
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(reporting.last_complete_quarter().year)
        self.year_label.setBuddy(self.year)
        self.figures_box = QGroupBox()
        form = QFormLayout(self.figures_box)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        form.addRow(top)
        self.year_errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        for line in statistics.ENTERED_LINES:
            edit = self.edits[line.key] = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(220)
            caption = self.captions[line.key] = QLabel()
            self.year_errors.add_row(form, line.key, caption, edit)
        self.computed_note = QLabel()
        self.computed_note.setWordWrap(True)
        form.addRow(self.computed_note)
        self.save_year = QPushButton()
        year_buttons = QHBoxLayout()
        year_buttons.addWidget(self.year_errors.summary, 1)
        year_buttons.addStretch(1)
        year_buttons.addWidget(self.save_year)
        form.addRow(year_buttons)
        # --- the self-assessment
        self.assess_box = QGroupBox()
        assess = QVBoxLayout(self.assess_box)
        since_row = QHBoxLayout()
        self.since_label = QLabel()
        self.since = QLineEdit()
        self.since.setPlaceholderText("2016-05-18")
        self.since.setMaximumWidth(140)
        self.since_label.setBuddy(self.since)
        since_row.addWidget(self.since_label)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        assess.addLayout(since_row)
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Save; arrows move in the grid
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(480)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        assess.addWidget(self.table, 1)
        self.criteria_errors = FieldErrors(fields={"operating_since": self.since})
        self.save_criteria = QPushButton()
        self.defaults = QPushButton()
        crit_buttons = QHBoxLayout()
        crit_buttons.addWidget(self.criteria_errors.summary, 1)
        crit_buttons.addStretch(1)
        crit_buttons.addWidget(self.defaults)
        crit_buttons.addWidget(self.save_criteria)
        assess.addLayout(crit_buttons)
        self.status = QLabel()
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addWidget(self.figures_box)
        inner.addWidget(self.assess_box, 1)
        inner.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.year.valueChanged.connect(lambda _y: self._load_year())
        self.save_year.clicked.connect(self.save_figures)
        self.save_criteria.clicked.connect(self.save_thresholds)
        self.defaults.clicked.connect(self.restore_defaults)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("StatisticsSettings", "Statistics")

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_year()
        s = statistics.assessment_settings(self.db)
        self.criteria_version = s.version
        self.since.setText(s.operating_since.isoformat() if s.operating_since else "")
        self._fill_criteria(list(s.criteria))

    def _load_year(self) -> None:
        self.year_errors.clear()
        data = statistics.incubator_year(self.db, self.year.value())
        self.year_version = data.version
        for line in statistics.ENTERED_LINES:
            self.edits[line.key].setText(shown(line.as_field(), data.values.get(line.key)))

    def _fill_criteria(self, criteria: list[statistics.Criterion]) -> None:
        self.criteria = criteria
        self.table.setRowCount(len(criteria))
        for row, c in enumerate(criteria):
            level = QTableWidgetItem(
                QCoreApplication.translate("AssessmentView", SHORT_LEVELS[c.level])
            )
            level.setToolTip(
                QCoreApplication.translate("statistics", statistics.LEVEL_NAMES[c.level])
            )
            metric = statistics.METRICS[c.metric]
            name = QTableWidgetItem(QCoreApplication.translate("statistics", metric.name))
            for item in (level, name):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            threshold = QTableWidgetItem(f"{c.threshold.normalize():f}")
            threshold.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            threshold.setToolTip(self._unit_hint(metric.unit))
            in_use = QTableWidgetItem()
            in_use.setFlags(
                (in_use.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            in_use.setCheckState(Qt.CheckState.Checked if c.enabled else Qt.CheckState.Unchecked)
            note = c.note
            note_text = QCoreApplication.translate("statistics", note) if note else ""
            items = (
                level,
                name,
                threshold,
                in_use,
                QTableWidgetItem(c.source),
                QTableWidgetItem(note_text),
            )
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)
            self._item(row, COL_NOTE).setData(Qt.ItemDataRole.UserRole, note)
        self.table.resizeRowsToContents()

    def _item(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None, "every cell of the thresholds table is filled"
        return item

    def _unit_hint(self, unit: str) -> str:
        return {
            "%": self.tr("a percentage, e.g. 75 for 75%"),
            "yuan": self.tr("yuan"),
            "m²": self.tr("square metres"),
            "years": self.tr("years"),
            "per10": self.tr("per 10 tenants"),
        }.get(unit, self.tr("a number"))

    # --- saving ------------------------------------------------------------------------------
    def save_figures(self) -> bool:
        raw = {key: edit.text() for key, edit in self.edits.items()}
        year = self.year.value()
        saved = attempt(
            self.year_errors,
            lambda: statistics.save_incubator_year(
                self.db, year, raw, unit=MoneyUnit.THOUSAND, expected_version=self.year_version
            ),
        )
        if saved is None:
            return False
        self._load_year()
        self.status.setText(self.tr("Saved the incubator's %1 figures.").replace("%1", str(year)))
        return True

    def edited_criteria(self) -> list[statistics.Criterion]:
        """The criteria as the table holds them; ValidationError for a threshold not a number."""
        out: list[statistics.Criterion] = []
        errors: dict[str, str] = {}
        for row, c in enumerate(self.criteria):
            text = self._item(row, COL_THRESHOLD).text().replace(",", "").strip()
            try:
                threshold = Decimal(text)
            except InvalidOperation:
                errors[c.key] = (
                    self.tr("%1: the threshold “%2” is not a number.")
                    .replace("%1", self._item(row, COL_CRITERION).text())
                    .replace("%2", text)
                )
                threshold = c.threshold
            note_item = self._item(row, COL_NOTE)
            original = note_item.data(Qt.ItemDataRole.UserRole) or ""
            shown_note = QCoreApplication.translate("statistics", original) if original else ""
            # An untouched note stays the marked English text, translated wherever it is shown.
            note = original if note_item.text() == shown_note else note_item.text().strip()
            out.append(
                replace(
                    c,
                    threshold=threshold,
                    enabled=self._item(row, COL_IN_USE).checkState() == Qt.CheckState.Checked,
                    source=self._item(row, COL_SOURCE).text().strip(),
                    note=note,
                )
            )
        if errors:
            raise ValidationError(errors)
        return out

    def _since(self) -> dt.date | None:
        text = self.since.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text.replace("/", "-"))
        except ValueError:
            raise ValidationError(
                {"operating_since": self.tr("Enter the start of operation as 2016-05-18.")}
            ) from None

    def save_thresholds(self) -> bool:
        named: list[str] = []

        def save() -> int:
            try:
                return statistics.save_assessment_settings(
                    self.db, self._since(), self.edited_criteria(), self.criteria_version
                )
            except ValidationError as err:
                named.extend(err.fields)
                raise

        saved = attempt(self.criteria_errors, save)
        if saved is None:
            rows = [row for row, c in enumerate(self.criteria) if c.key in named]
            if rows:  # the first criterion named, so it can be found in a long table
                self.table.selectRow(rows[0])
            return False
        self.refresh()
        self.status.setText(self.tr("Saved the thresholds of the self-assessment."))
        return True

    def restore_defaults(self) -> None:
        if not messages.confirm(
            self,
            self.tr("Restore the defaults"),
            self.tr(
                "Put every threshold, source and note back to the defaults? "
                "Your changes to them are lost once you save."
            ),
        ):
            return
        self._fill_criteria(list(statistics.DEFAULT_CRITERIA))
        self.status.setText(self.tr("Defaults restored in the table: save to keep them."))

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.figures_box.setTitle(self.tr("The incubator's own figures for the return"))
        for line in statistics.ENTERED_LINES:
            name = line.label().replace("&", "&&")
            self.captions[line.key].setText(
                self.tr("%1 (%2):").replace("%1", name).replace("%2", line.unit)
                if line.unit
                else self.tr("%1:").replace("%1", name)
            )
            self.captions[line.key].setToolTip(line.heading())
        self.computed_note.setText(
            self.tr(
                "Everything else in the incubator table is computed from the tenants, spaces, "
                "mentoring, training and funds. Leave the area and the fund empty to use "
                "those of Spaces and Funding."
            )
        )
        self.save_year.setText(self.tr("Save &figures"))
        self.assess_box.setTitle(self.tr("Self-assessment against the national levels"))
        self.since_label.setText(self.tr("In operation &since:"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("Criterion"),
                self.tr("Threshold (≥)"),
                self.tr("In use"),
                self.tr("Source"),
                self.tr("Note (where uncertain)"),
            ]
        )
        for col, width in (
            (COL_LEVEL, 120),
            (COL_CRITERION, 240),
            (COL_THRESHOLD, 90),
            (COL_IN_USE, 60),
            (COL_SOURCE, 300),
        ):
            self.table.setColumnWidth(col, width)
        self.save_criteria.setText(self.tr("Save &thresholds"))
        self.defaults.setText(self.tr("Restore &defaults…"))
        if self.criteria:
            self._fill_criteria(self.criteria)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["StatisticsSettings"]
