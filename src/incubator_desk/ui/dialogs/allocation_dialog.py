"""Allocate a unit or desks to a tenant, change an allocation's dates and terms, move or end it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core import clock
from ...core.errors import ValidationError
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import UnitKind
from ...db import Database
from ...services import spaces
from ...services.spaces import AllocationInput, AllocationRow, UnitInfo
from ...services.tenants import tenant_choices
from .. import theme
from ..widgets.spaces_form import (
    FormDialog,
    combo_value,
    date_edit,
    from_qdate,
    searchable,
    tenant_combo,
)


def choice_text(c: spaces.UnitChoice) -> str:
    """A unit as the unit lists show it: code, kind, size and who holds it on the date."""
    u = c.unit
    parts = [u.label, label(u.kind), f"{float(u.area_m2):g} m²"]
    if u.kind == UnitKind.OPEN_DESK and u.desk_count:
        parts.append(
            QCoreApplication.translate("AllocationDialog", "%1 of %2 desks free")
            .replace("%1", str(c.desks_free))
            .replace("%2", str(u.desk_count))
        )
    if c.vacant:
        parts.append(QCoreApplication.translate("AllocationDialog", "vacant"))
    else:
        names = ", ".join(name for _id, name in c.holders[:2])
        if len(c.holders) > 2:
            names += QCoreApplication.translate(
                "AllocationDialog", " and %n more", "", len(c.holders) - 2
            )
        held = (
            QCoreApplication.translate("AllocationDialog", "held by %1 until %2").replace(
                "%2", c.held_until.isoformat()
            )
            if c.held_until is not None
            else QCoreApplication.translate("AllocationDialog", "held by %1, no end date")
        )
        parts.append(held.replace("%1", names))
    return " · ".join(parts)


class AllocationDialog(FormDialog):
    """A new allocation (of `unit`, or a unit chosen here), or changes to `existing`."""

    def __init__(
        self,
        db: Database,
        unit: UnitInfo | None = None,
        existing: AllocationRow | None = None,
        tenant_id: int | None = None,
        start: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = db, existing
        self.setWindowTitle(self.tr("Change allocation") if existing else self.tr("Allocate space"))
        self._rent_touched = False
        self.choices: list[spaces.UnitChoice] = []
        self.units: list[UnitInfo] = []
        if existing is not None:
            unit = spaces.get_unit(db, existing.unit_id)
        self.unit_combo = self.add_row(self.tr("&Unit:"), QComboBox(), "unit_id")
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(40)
        if existing is None and unit is None:
            self.choices = spaces.unit_choices(db, start or clock.today())
            self.units = [c.unit for c in self.choices]
            for c in self.choices:
                self.unit_combo.addItem(choice_text(c), c.unit.id)
            searchable(self.unit_combo, self.tr("Type part of the code or the holder…"))
            self.unit_combo.setCurrentIndex(-1)  # chosen by the operator, not by the list
        elif unit is not None:
            self.unit_combo.addItem(
                f"{unit.label} · {label(unit.kind)} · {float(unit.area_m2):g} m²"
            )
            self.unit_combo.setItemData(0, unit.id)
            self.units = [unit]
            self.unit_combo.setEnabled(False)
        if existing is not None:
            self.tenant = self.add_row(self.tr("&Tenant:"), QComboBox(), "tenant_id")
            self.tenant.addItem(existing.tenant_name, existing.tenant_id)
            self.tenant.setEnabled(False)
        else:
            self.tenant = self.add_row(
                self.tr("&Tenant:"),
                tenant_combo(tenant_choices(db), self.tr("Type part of the name…")),
                "tenant_id",
            )
            if tenant_id is not None:
                self.tenant.setCurrentIndex(self.tenant.findData(tenant_id))
        self.desks = self.add_row(self.tr("&Desks:"), QSpinBox(), "desks")
        self.desks.setRange(1, 10000)
        today = clock.today()
        self.start = self.add_row(
            self.tr("&From:"),
            date_edit(existing.start_date if existing else start or today),
            "start_date",
        )
        end_box = QWidget()
        el = QHBoxLayout(end_box)
        el.setContentsMargins(0, 0, 0, 0)
        default_end = (existing.end_date if existing else None) or (
            (start or today).replace(year=(start or today).year + 1) - dt.timedelta(days=1)
        )
        self.end = date_edit(default_end)
        self.open_end = QCheckBox(self.tr("&No end date"))
        el.addWidget(self.end, 1)
        el.addWidget(self.open_end)
        self.add_row(self.tr("&Until (last day):"), end_box, "end_date")
        self.open_end.toggled.connect(lambda on: self.end.setEnabled(not on))
        if existing is not None and existing.end_date is None:
            self.open_end.setChecked(True)
        self.rent = self.add_row(self.tr("Agreed monthly &rent:"), QDoubleSpinBox(), "monthly_rent")
        self.rent.setRange(0, 1e8)
        self.rent.setDecimals(2)
        self.rent.setPrefix("¥ ")
        self.rent.setGroupSeparatorShown(True)
        self.list_hint = QLabel()
        self.list_hint.setObjectName("listRentHint")
        self.add_row("", self.list_hint)
        self.policy = self.add_row(self.tr("Subsidy &policy:"), QComboBox(), "subsidy_policy_id")
        self.policy.addItem(self.tr("No subsidy"), 0)
        default = None
        for p in spaces.list_policies(db):
            if p.active or (existing and existing.subsidy_policy_id == p.id):
                self.policy.addItem(p.name, p.id)
                if p.is_default:
                    default = p.id
        chosen = existing.subsidy_policy_id if existing else default
        self.policy.setCurrentIndex(max(self.policy.findData(chosen or 0), 0))
        ov_box = QWidget()
        ol = QHBoxLayout(ov_box)
        ol.setContentsMargins(0, 0, 0, 0)
        self.override_on = QCheckBox(self.tr("&Override with a fixed subsidy of"))
        self.override = QDoubleSpinBox()
        self.override.setRange(0, 100)
        self.override.setSuffix(" %")
        self.override.setEnabled(False)
        self.override_on.toggled.connect(self.override.setEnabled)
        ol.addWidget(self.override_on)
        ol.addWidget(self.override)
        ol.addStretch(1)
        self.add_row("", ov_box, "subsidy_percent_override")
        self.notes = self.add_row(self.tr("N&otes:"), QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(54)
        self.clash = QLabel()
        self.clash.setWordWrap(True)
        self.clash.setVisible(False)
        theme.set_text_tone(self.clash, theme.Tone.BAD)
        self.form.addRow(self.clash)
        # Whether Save would be refused is worked out as the form changes, not learnt on Save.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.check_clash)
        if existing is not None:
            if existing.desks:
                self.desks.setValue(existing.desks)
            self.rent.setValue(float(existing.monthly_rent))
            self._rent_touched = True
            if existing.subsidy_percent_override is not None:
                self.override_on.setChecked(True)
                self.override.setValue(float(existing.subsidy_percent_override))
            self.notes.setPlainText(existing.notes)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.desks.valueChanged.connect(self._update_rent)
        self.rent.valueChanged.connect(self._rent_edited)
        if existing is None:
            for signal in (
                self.unit_combo.currentIndexChanged,
                self.tenant.currentIndexChanged,
                self.desks.valueChanged,
                self.start.dateChanged,
                self.end.dateChanged,
                self.open_end.toggled,
            ):
                signal.connect(lambda *_: self._check_timer.start())
        self._unit_changed()
        self.resize(640, self.sizeHint().height())

    def proposed(self) -> AllocationInput | None:
        """The allocation the form describes, when a unit and a tenant are chosen."""
        unit = self.current_unit()
        tenant = combo_value(self.tenant)
        if unit is None or tenant is None:
            return None
        return AllocationInput(
            unit_id=unit.id,
            tenant_id=tenant,
            start_date=from_qdate(self.start.date()),
            end_date=None if self.open_end.isChecked() else from_qdate(self.end.date()),
            desks=self.desks.value() if unit.kind == UnitKind.OPEN_DESK else None,
        )

    def check_clash(self) -> str:
        """Show (and return) why Save would be refused as the form stands, or hide it."""
        data = self.proposed()
        problem = spaces.allocation_problem(self.db, data) if data is not None else ""
        self.clash.setText(problem)
        self.clash.setVisible(bool(problem))
        return problem

    def current_unit(self) -> UnitInfo | None:
        uid = combo_value(self.unit_combo)
        return next((u for u in self.units if u.id == uid), None)

    def _unit_changed(self) -> None:
        unit = self.current_unit()
        is_desks = unit is not None and unit.kind == UnitKind.OPEN_DESK
        self.desks.setEnabled(is_desks)
        self.set_row_visible(self.desks, is_desks)  # a private office has no desks to choose
        if is_desks and unit is not None:
            self.desks.setMaximum(max(unit.desk_count, 1))
        self._update_rent()

    def _rent_edited(self) -> None:
        if not self._updating:
            self._rent_touched = True

    _updating = False

    def _update_rent(self) -> None:
        unit = self.current_unit()
        if unit is None:
            self.list_hint.setText("")
            return
        desks = self.desks.value() if unit.kind == UnitKind.OPEN_DESK else None
        list_rent = spaces.list_rent_for(unit, desks)
        self.list_hint.setText(
            self.tr("List rent: %1 a month (%2 %3)")
            .replace("%1", money(list_rent))
            .replace("%2", money(unit.list_rent))
            .replace("%3", label(unit.rent_basis))
        )
        if not self._rent_touched:
            self._updating = True
            self.rent.setValue(float(list_rent))
            self._updating = False

    def submit(self) -> int:
        unit = self.current_unit()
        end = None if self.open_end.isChecked() else from_qdate(self.end.date())
        start = from_qdate(self.start.date())
        desks = self.desks.value() if unit is not None and unit.kind == UnitKind.OPEN_DESK else None
        override = Decimal(str(self.override.value())) if self.override_on.isChecked() else None
        policy = self.policy.currentData() or None
        rent = Decimal(str(self.rent.value()))
        if self.existing is not None:
            spaces.change_allocation(
                self.db,
                self.existing.id,
                self.existing.version,
                start_date=start,
                end_date=end,
                desks=desks,
                monthly_rent=rent,
                subsidy_policy_id=policy,
                subsidy_percent_override=override,
                notes=self.notes.toPlainText(),
            )
            return self.existing.id
        fields = {}
        if unit is None:
            fields["unit_id"] = self.tr("Choose a unit.")
        tenant = combo_value(self.tenant)
        if tenant is None:
            fields["tenant_id"] = self.tr("Choose a tenant from the list.")
        if fields:
            raise ValidationError(fields)
        assert unit is not None
        return spaces.allocate(
            self.db,
            AllocationInput(
                unit_id=unit.id,
                tenant_id=tenant,
                start_date=start,
                end_date=end,
                desks=desks,
                monthly_rent=rent,
                subsidy_policy_id=policy,
                use_default_policy=False,
                subsidy_percent_override=override,
                notes=self.notes.toPlainText(),
            ),
        )


class MoveAllocationDialog(FormDialog):
    """Move a tenant to another unit from a date; the history keeps both allocations."""

    def __init__(
        self, db: Database, existing: AllocationRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = db, existing
        self.setWindowTitle(self.tr("Move %1").replace("%1", existing.tenant_name))
        self.add_row(self.tr("From:"), QLabel(existing.unit_label))
        choices = spaces.unit_choices(db, max(clock.today(), existing.start_date))
        self.units = [c.unit for c in choices]
        self.unit_combo = self.add_row(self.tr("&To unit:"), QComboBox(), "unit_id")
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(40)
        for c in choices:
            self.unit_combo.addItem(choice_text(c), c.unit.id)
        searchable(self.unit_combo, self.tr("Type part of the code or the holder…"))
        others = [i for i, u in enumerate(self.units) if u.id != existing.unit_id]
        if others:
            self.unit_combo.setCurrentIndex(others[0])
        self.desks = self.add_row(self.tr("&Desks:"), QSpinBox(), "desks")
        self.desks.setRange(1, 10000)
        self.desks.setValue(existing.desks or 1)
        move_on = max(clock.today(), existing.start_date + dt.timedelta(days=1))
        self.date = self.add_row(self.tr("&Moving in on:"), date_edit(move_on), "move_date")
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()
        self.resize(640, self.sizeHint().height())

    def _unit_changed(self) -> None:
        uid = combo_value(self.unit_combo)
        unit = next((u for u in self.units if u.id == uid), None)
        is_desks = unit is not None and unit.kind == UnitKind.OPEN_DESK
        self.desks.setEnabled(is_desks)
        self.set_row_visible(self.desks, is_desks)

    def submit(self) -> int:
        uid = combo_value(self.unit_combo)
        unit = next((u for u in self.units if u.id == uid), None)
        if uid is None:
            raise ValidationError({"unit_id": self.tr("Choose a unit from the list.")})
        desks = self.desks.value() if unit is not None and unit.kind == UnitKind.OPEN_DESK else None
        return spaces.move_allocation(
            self.db,
            self.existing.id,
            self.existing.version,
            to_unit_id=uid,
            move_date=from_qdate(self.date.date()),
            desks=desks,
        )


class EndAllocationDialog(FormDialog):
    """End an allocation on a given last day."""

    def __init__(
        self, db: Database, existing: AllocationRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = db, existing
        self.setWindowTitle(self.tr("End allocation"))
        self.add_row(self.tr("Tenant:"), QLabel(existing.tenant_name))
        self.add_row(self.tr("Unit:"), QLabel(existing.unit_label))
        today = clock.today()
        last = (
            today
            if existing.end_date is None
            else min(existing.end_date, max(today, existing.start_date))
        )
        self.date = self.add_row(self.tr("&Last day:"), date_edit(last), "end_date")
        self.resize(380, self.sizeHint().height())

    def submit(self) -> int:
        spaces.end_allocation(
            self.db, self.existing.id, self.existing.version, from_qdate(self.date.date())
        )
        return self.existing.id
