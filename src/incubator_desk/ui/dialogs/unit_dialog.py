"""Add or change a unit: code, kind, size, desks, rent, features, status, booking rules."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core.labels import label
from ...core.vocabularies import RentBasis, UnitKind, UnitStatus
from ...db import Database
from ...services import spaces
from ...services.spaces import UnitInfo, UnitInput
from ..widgets.spaces_form import FormDialog


def _money_spin(maximum: float = 1e7) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(2)
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    return spin


class UnitDialog(FormDialog):
    """A unit's details. `unit` None adds a new unit on `floor_id` at `at` (metres)."""

    def __init__(
        self,
        db: Database,
        floor_id: int,
        unit: UnitInfo | None = None,
        at: tuple[float, float] = (0.0, 0.0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.floor_id, self.unit = db, floor_id, unit
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("New unit"))
        self.code = self.add_row(self.tr("&Code:"), QLineEdit(), "code")
        self.code.setPlaceholderText(self.tr("e.g. 0301"))
        self.kind = self.add_row(self.tr("&Kind:"), QComboBox(), "kind")
        for k in UnitKind:
            self.kind.addItem(label(k), k.value)
        self.area = self.add_row(self.tr("&Area (m²):"), QDoubleSpinBox(), "area_m2")
        self.area.setRange(0, 100000)
        self.area.setDecimals(2)
        self.desks = self.add_row(self.tr("&Desks:"), QSpinBox(), "desk_count")
        self.desks.setRange(0, 10000)
        rent_box = QWidget()
        rl = QHBoxLayout(rent_box)
        rl.setContentsMargins(0, 0, 0, 0)
        self.rent = _money_spin()
        self.rent.setPrefix("¥ ")
        self.basis = QComboBox()
        self.basis.addItem(self.tr("per m² per month"), RentBasis.PER_M2_MONTH.value)
        self.basis.addItem(self.tr("per desk per month"), RentBasis.PER_DESK_MONTH.value)
        self.basis.addItem(self.tr("per unit per month"), RentBasis.PER_UNIT_MONTH.value)
        rl.addWidget(self.rent, 1)
        rl.addWidget(self.basis, 1)
        self.add_row(self.tr("List &rent:"), rent_box, "list_rent")
        self.features = self.add_row(self.tr("&Features:"), QLineEdit(), "features")
        self.features.setPlaceholderText(
            self.tr("power, water, network, fume hood… (comma separated)")
        )
        geo = QWidget()
        gl = QHBoxLayout(geo)
        gl.setContentsMargins(0, 0, 0, 0)
        self.px, self.py, self.pw, self.ph = (QDoubleSpinBox() for _ in range(4))
        for spin, tip in (
            (self.px, self.tr("x (m)")),
            (self.py, self.tr("y (m)")),
            (self.pw, self.tr("width (m)")),
            (self.ph, self.tr("depth (m)")),
        ):
            spin.setRange(0, 10000)
            spin.setDecimals(1)
            spin.setToolTip(tip)
            spin.setPrefix(tip.split(" ")[0] + " ")
            gl.addWidget(spin)
        self.add_row(self.tr("Plan &position:"), geo, "plan")
        self.status = self.add_row(self.tr("&Status:"), QComboBox(), "status")
        for st in UnitStatus:
            self.status.addItem(label(st), st.value)
        self.bookable = self.add_row("", QCheckBox(self.tr("&Booked by the hour (meeting room)")))
        self.buffer = self.add_row(
            self.tr("&Buffer between bookings:"), QSpinBox(), "buffer_minutes"
        )
        self.buffer.setRange(0, 240)
        self.buffer.setSuffix(self.tr(" min"))
        self.notes = self.add_row(self.tr("&Notes:"), QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(60)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if unit is not None:
            self.code.setText(unit.code)
            self.kind.setCurrentIndex(self.kind.findData(unit.kind.value))
            self.area.setValue(float(unit.area_m2))
            self.desks.setValue(unit.desk_count)
            self.rent.setValue(float(unit.list_rent))
            self.basis.setCurrentIndex(self.basis.findData(unit.rent_basis.value))
            self.features.setText(", ".join(unit.features))
            for spin, v in (
                (self.px, unit.plan_x),
                (self.py, unit.plan_y),
                (self.pw, unit.plan_w),
                (self.ph, unit.plan_h),
            ):
                spin.setValue(float(v))
            self.status.setCurrentIndex(self.status.findData(unit.status.value))
            self.bookable.setChecked(unit.bookable)
            self.buffer.setValue(unit.buffer_minutes)
            self.notes.setPlainText(unit.notes)
        else:
            self.px.setValue(at[0])
            self.py.setValue(at[1])
            self.pw.setValue(6)
            self.ph.setValue(6)
            self.area.setValue(36)
        self._kind_changed()
        self.resize(520, self.sizeHint().height())

    def _kind_changed(self) -> None:
        kind = UnitKind(self.kind.currentData())
        self.desks.setEnabled(kind == UnitKind.OPEN_DESK)
        if kind == UnitKind.MEETING_ROOM and self.unit is None:
            self.bookable.setChecked(True)
        if kind == UnitKind.OPEN_DESK and self.unit is None:
            self.basis.setCurrentIndex(self.basis.findData(RentBasis.PER_DESK_MONTH.value))

    def submit(self) -> int:
        kind = UnitKind(self.kind.currentData())
        data = UnitInput(
            code=self.code.text(),
            kind=kind,
            area_m2=Decimal(str(self.area.value())),
            desk_count=self.desks.value() if kind == UnitKind.OPEN_DESK else 0,
            list_rent=Decimal(str(self.rent.value())),
            rent_basis=RentBasis(self.basis.currentData()),
            features=tuple(f.strip() for f in self.features.text().replace("，", ",").split(",")),
            plan_x=Decimal(str(self.px.value())),
            plan_y=Decimal(str(self.py.value())),
            plan_w=Decimal(str(self.pw.value())),
            plan_h=Decimal(str(self.ph.value())),
            status=UnitStatus(self.status.currentData()),
            bookable=self.bookable.isChecked(),
            buffer_minutes=self.buffer.value(),
            notes=self.notes.toPlainText(),
        )
        return spaces.save_unit(
            self.db,
            self.unit.id if self.unit else None,
            self.floor_id,
            data,
            self.unit.version if self.unit else None,
        )
