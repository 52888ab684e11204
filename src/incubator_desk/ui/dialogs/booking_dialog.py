"""Book a meeting room or shared equipment by the hour; add or change shared equipment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...core import clock
from ...core.errors import ValidationError
from ...db import Database
from ...services import spaces
from ...services.spaces import EquipmentInfo
from ...services.tenants import tenant_choices
from ..widgets.spaces_form import FormDialog, combo_value, date_edit, from_qdate, tenant_combo


def _time_edit(t: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(t.hour, t.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class BookingDialog(FormDialog):
    """A new booking of a room or shared equipment; `resource` ("u:<unit id>" or
    "e:<equipment id>") and `starts_at` preselect the resource and the slot."""

    def __init__(
        self,
        db: Database,
        resource: str | None = None,
        starts_at: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Book a room or equipment"))
        self.room = self.add_row(self.tr("&Room or equipment:"), QComboBox(), "unit_id")
        choices = [
            (f"u:{u.id}", u.label, u.buffer_minutes) for u in spaces.list_units(db, bookable=True)
        ]
        choices += [
            (f"e:{e.id}", e.name, e.buffer_minutes)
            for e in spaces.list_equipment(db, active_only=True)
        ]
        for key, text, buffer in choices:
            extra = (
                self.tr(" (%1 min between bookings)").replace("%1", str(buffer)) if buffer else ""
            )
            self.room.addItem(f"{text}{extra}", key)
        if resource is not None:
            self.room.setCurrentIndex(max(self.room.findData(resource), 0))
        if starts_at is None:  # the next full hour in the park
            now = clock.park_time(clock.now()).replace(tzinfo=None)
            start = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        else:
            aware = starts_at.tzinfo is not None
            start = clock.park_time(starts_at).replace(tzinfo=None) if aware else starts_at
        if start.hour >= 23:  # a default slot that would run past midnight: next morning
            start = dt.datetime.combine(start.date() + dt.timedelta(days=1), dt.time(9))
        self.day = self.add_row(self.tr("&Day:"), date_edit(start.date()), "day")
        times = QWidget()
        tl = QHBoxLayout(times)
        tl.setContentsMargins(0, 0, 0, 0)
        self.start = _time_edit(start.time())
        self.end = _time_edit((start + dt.timedelta(hours=1)).time())
        tl.addWidget(self.start)
        tl.addWidget(self.end)
        tl.addStretch(1)
        self.add_row(self.tr("&From – to:"), times, "ends_at")
        self.tenant = self.add_row(
            self.tr("For &tenant:"),
            tenant_combo(tenant_choices(db), self.tr("Optional: type part of the name…")),
            "tenant_id",
        )
        self.purpose = self.add_row(self.tr("&Purpose:"), QLineEdit(), "purpose")
        self.purpose.setMaxLength(200)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> int:
        key = self.room.currentData()
        if key is None:
            raise ValidationError({"unit_id": self.tr("There is nothing bookable yet.")})
        tenant = combo_value(self.tenant)
        if self.tenant.currentText().strip() and tenant is None:
            raise ValidationError(
                {"tenant_id": self.tr("Choose a tenant from the list, or leave it empty.")}
            )
        day = from_qdate(self.day.date())
        s, e = self.start.time(), self.end.time()
        starts = clock.at(day, dt.time(s.hour(), s.minute()))
        ends = clock.at(day, dt.time(e.hour(), e.minute()))
        book = spaces.book_room if key.startswith("u:") else spaces.book_equipment
        return book(
            self.db,
            int(key[2:]),
            starts,
            ends,
            tenant_id=tenant,
            purpose=self.purpose.text(),
        )


class EquipmentDialog(FormDialog):
    """Shared equipment booked by the hour: a lab instrument, supercomputing time…"""

    def __init__(
        self, db: Database, existing: EquipmentInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = db, existing
        self.setWindowTitle(self.tr("Edit equipment") if existing else self.tr("New equipment"))
        self.name = self.add_row(self.tr("&Name:"), QLineEdit(), "name")
        self.name.setMaxLength(120)
        self.location = self.add_row(self.tr("&Kept in:"), QComboBox(), "location_unit_id")
        self.location.addItem(self.tr("(not in a unit)"), 0)
        for u in spaces.list_units(db):
            self.location.addItem(u.label, u.id)
        self.rate = self.add_row(self.tr("&Hourly rate:"), QDoubleSpinBox(), "hourly_rate")
        self.rate.setRange(0, 1e6)
        self.rate.setPrefix("¥ ")
        self.buffer = self.add_row(
            self.tr("&Buffer between bookings:"), QSpinBox(), "buffer_minutes"
        )
        self.buffer.setRange(0, 240)
        self.buffer.setSuffix(self.tr(" min"))
        self.active = self.add_row("", QCheckBox(self.tr("In &service (can be booked)")))
        self.active.setChecked(True)
        self.notes = self.add_row(self.tr("N&otes:"), QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(54)
        if existing is not None:
            self.name.setText(existing.name)
            self.location.setCurrentIndex(
                max(self.location.findData(existing.location_unit_id or 0), 0)
            )
            self.rate.setValue(float(existing.hourly_rate))
            self.buffer.setValue(existing.buffer_minutes)
            self.active.setChecked(existing.active)
            self.notes.setPlainText(existing.notes)
        self.resize(440, self.sizeHint().height())

    def submit(self) -> int:
        ex = self.existing
        return spaces.save_equipment(
            self.db,
            ex.id if ex else None,
            self.name.text(),
            location_unit_id=self.location.currentData() or None,
            hourly_rate=Decimal(str(self.rate.value())),
            buffer_minutes=self.buffer.value(),
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            expected_version=ex.version if ex else None,
        )
