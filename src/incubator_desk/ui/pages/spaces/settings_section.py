"""The Space settings section: rent-subsidy policies and the shared equipment booked by the hour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.i18n import QT_TRANSLATE_NOOP, Translator
from ....core.money import money
from ....db import Database
from ....services import spaces
from ....services.spaces import EquipmentInfo, PolicyInfo
from ...dialogs.booking_dialog import EquipmentDialog
from ...toolkit import Column, FieldErrors, RowsModel, attempt, rows_view
from .common import selected_row

_t = Translator("SpaceSettings")


class SpaceSettings(QWidget):
    """The rent-subsidy policies (month ranges counted from the tenant's entry, and a default)
    and the shared equipment booked by the hour."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.policies: list[PolicyInfo] = []
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_label = QLabel()
        self.choose = QComboBox()
        self.new = QPushButton()
        top.addWidget(self.choose_label)
        top.addWidget(self.choose, 1)
        top.addWidget(self.new)
        lay.addLayout(top)
        form = QFormLayout()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        self.is_default = QCheckBox()
        self.active = QCheckBox()
        form.addRow("", self.is_default)
        form.addRow("", self.active)
        lay.addLayout(form)
        self.help = QLabel()
        self.help.setWordWrap(True)
        lay.addWidget(self.help)
        self.steps = QTableWidget(0, 3)
        self.steps.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
        self.steps.verticalHeader().setVisible(False)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.steps, 1)
        sb = QHBoxLayout()
        self.add_step = QPushButton()
        self.remove_step = QPushButton()
        self.errors = FieldErrors(
            None, {"name": self.name, "steps": self.steps, "active": self.active}
        )
        self.save = QPushButton()
        sb.addWidget(self.add_step)
        sb.addWidget(self.remove_step)
        sb.addWidget(self.errors.summary, 1)
        sb.addStretch(1)  # keeps the buttons compact while no message shows
        sb.addWidget(self.save)
        lay.addLayout(sb)
        self.kit_label = QLabel()
        self.kit_label.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.kit_label)
        self.kit: RowsModel[EquipmentInfo] = RowsModel(self._kit_columns)
        self.kit_table = rows_view(self.kit)
        self.kit_table.setMaximumHeight(170)
        lay.addWidget(self.kit_table)
        kb = QHBoxLayout()
        self.add_kit = QPushButton()
        self.edit_kit = QPushButton()
        kb.addWidget(self.add_kit)
        kb.addWidget(self.edit_kit)
        kb.addStretch(1)
        lay.addLayout(kb)
        self.add_kit.clicked.connect(lambda: self._edit_kit(None))
        self.edit_kit.clicked.connect(self._edit_selected_kit)
        self.kit_table.doubleClicked.connect(lambda _i: self._edit_selected_kit())
        self.choose.currentIndexChanged.connect(self._show)
        self.new.clicked.connect(self._new)
        self.add_step.clicked.connect(lambda: self._add_step(None))
        self.remove_step.clicked.connect(self._remove_step)
        self.save.clicked.connect(self._save)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return _t(QT_TRANSLATE_NOOP("SpaceSettings", "Rent subsidy"))

    def _kit_columns(self) -> list[Column[EquipmentInfo]]:
        return [
            Column(self.tr("Equipment"), lambda e: e.name, width=200),
            Column(self.tr("Kept in"), lambda e: e.location, width=100),
            Column(self.tr("Hourly rate"), lambda e: e.hourly_rate, right=True, text=money),
            Column(self.tr("Buffer (min)"), lambda e: e.buffer_minutes, right=True),
            Column(
                self.tr("In service"),
                lambda e: e.active,
                text=lambda on: self.tr("Yes") if on else self.tr("No"),
            ),
        ]

    def retranslate(self) -> None:
        self.choose_label.setText(self.tr("Policy:"))
        self.new.setText(self.tr("&New policy"))
        self.name_label.setText(self.tr("&Name:"))
        self.is_default.setText(self.tr("Applied by &default to new allocations"))
        self.active.setText(self.tr("A&ctive (offered when allocating)"))
        self.help.setText(
            self.tr(
                "Each step gives a subsidy for a range of months counted from the tenant's entry "
                "date, e.g. months 0–12 at 100 % (first year free), 12–24 at 50 %. An "
                "allocation may override it with a fixed percentage."
            )
        )
        self.steps.setHorizontalHeaderLabels(
            [self.tr("From month"), self.tr("To month (not included)"), self.tr("Subsidy %")]
        )
        self.add_step.setText(self.tr("Add &step"))
        self.remove_step.setText(self.tr("&Remove step"))
        self.save.setText(self.tr("&Save policy"))
        self.kit_label.setText(self.tr("Shared equipment booked by the hour"))
        self.add_kit.setText(self.tr("Add e&quipment…"))
        self.edit_kit.setText(self.tr("Edit equ&ipment…"))
        self.kit.retranslate()

    def refresh(self) -> None:
        self._load_kit()
        self._load_policies(self.choose.currentData())

    def _load_policies(self, current: int | None) -> None:
        self.policies = spaces.list_policies(self.db)
        self.choose.blockSignals(True)
        self.choose.clear()
        for p in self.policies:
            self.choose.addItem(p.name + (self.tr(" (default)") if p.is_default else ""), p.id)
        self.choose.setCurrentIndex(max(self.choose.findData(current), 0))
        self.choose.blockSignals(False)
        self._show()

    def _load_kit(self) -> None:
        self.kit.set_rows(spaces.list_equipment(self.db))
        self.edit_kit.setEnabled(self.kit.rowCount() > 0)

    def _edit_selected_kit(self) -> None:
        kit = selected_row(self.kit_table, self.kit)
        if kit is not None:
            self._edit_kit(kit)

    def _edit_kit(self, existing: EquipmentInfo | None) -> None:
        if EquipmentDialog(self.db, existing, self).exec():
            self._load_kit()

    def _policy(self) -> PolicyInfo | None:
        pid = self.choose.currentData()
        return next((p for p in self.policies if p.id == pid), None)

    def _show(self) -> None:
        p = self._policy()
        self.errors.clear()
        self.name.setText(p.name if p else "")
        self.is_default.setChecked(p.is_default if p else not self.policies)
        self.active.setChecked(p.active if p else True)
        self.steps.setRowCount(0)
        for st in p.steps if p else [{"from_month": 0, "to_month": 12, "percent": 100}]:
            self._add_step(st)

    def _new(self) -> None:
        self.choose.blockSignals(True)
        self.choose.setCurrentIndex(-1)
        self.choose.blockSignals(False)
        self._show()
        self.name.setFocus()

    def _add_step(self, step: dict[str, Any] | None) -> None:
        if step is None:
            last = self.steps.rowCount()
            lo = self._spin(last - 1, 1) if last else 0
            step = {"from_month": lo, "to_month": lo + 12, "percent": 50}
        r = self.steps.rowCount()
        self.steps.insertRow(r)
        lo_spin, hi_spin = QSpinBox(), QSpinBox()
        for spin in (lo_spin, hi_spin):
            spin.setRange(0, 600)
        lo_spin.setValue(int(step["from_month"]))
        hi_spin.setValue(int(step["to_month"]))
        pct = QDoubleSpinBox()
        pct.setRange(0, 100)
        pct.setSuffix(" %")
        pct.setValue(float(step["percent"]))
        self.steps.setCellWidget(r, 0, lo_spin)
        self.steps.setCellWidget(r, 1, hi_spin)
        self.steps.setCellWidget(r, 2, pct)

    def _remove_step(self) -> None:
        r = self.steps.currentRow()
        if r < 0:
            r = self.steps.rowCount() - 1
        if r >= 0:
            self.steps.removeRow(r)

    def _spin(self, row: int, col: int) -> Any:
        widget = self.steps.cellWidget(row, col)
        assert isinstance(widget, (QSpinBox, QDoubleSpinBox))
        return widget.value()

    def _steps(self) -> list[dict[str, Any]]:
        return [
            {
                "from_month": self._spin(r, 0),
                "to_month": self._spin(r, 1),
                "percent": self._spin(r, 2),
            }
            for r in range(self.steps.rowCount())
        ]

    def _save(self) -> None:
        p = self._policy()
        saved = attempt(
            self.errors,
            lambda: spaces.save_policy(
                self.db,
                p.id if p else None,
                self.name.text(),
                self._steps(),
                self.is_default.isChecked(),
                self.active.isChecked(),
                p.version if p else None,
            ),
        )
        if saved is not None:
            self._load_policies(saved)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._load_policies(self.choose.currentData())  # " (default)" is a translated text
        super().changeEvent(event)
