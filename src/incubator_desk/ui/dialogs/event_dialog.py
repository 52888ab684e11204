"""Create or edit a training event: when, where (a room or an outside address), for whom."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.vocabularies import EventKind, Stage
from ...db import Database
from ...services import training as svc
from ..widgets.dates import date_edit, local_moment, time_edit, to_qdate, to_qdatetime
from .record_dialog import RecordDialog


class EventDialog(RecordDialog[svc.EventData, svc.EventDetail]):
    """Create or edit a training event."""

    def __init__(
        self, db: Database, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        detail = svc.get_event(db, event_id) if event_id is not None else None
        super().__init__(db, detail, svc.create_event, svc.update_event, parent)
        self.setWindowTitle(self.tr("Edit event") if detail else self.tr("New event"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.error_row(form, "title", self.title_edit)
        self.kind = QComboBox()
        for k in EventKind:
            self.kind.addItem(label(k), k)
        form.addRow(self.tr("&Kind:"), self.kind)
        when = QHBoxLayout()
        self.day = date_edit()
        self.start = time_edit()
        self.end_day = date_edit()
        self.end = time_edit()
        for w in (self.day, self.start, QLabel(self.tr("to")), self.end_day, self.end):
            when.addWidget(w)
        when.addStretch(1)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        self.error_row(form, "ends_at", self.end)
        venue = QHBoxLayout()
        self.in_room = QRadioButton(self.tr("&Room:"))
        self.room = QComboBox()
        for uid, code in svc.venue_choices(db):
            self.room.addItem(code, uid)
        self.outside = QRadioButton(self.tr("O&utside address:"))
        self.address = QLineEdit()
        venue.addWidget(self.in_room)
        venue.addWidget(self.room)
        venue.addWidget(self.outside)
        venue.addWidget(self.address, 1)
        form.addRow(self.tr("Venue:"), venue)
        self.error_row(form, "venue_address", self.address)
        self.error_row(form, "unit_id", self.room)  # the room booking's own refusals
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setValue(30)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        self.error_row(form, "capacity", self.capacity)
        self.speakers = QLineEdit()
        form.addRow(self.tr("S&peakers:"), self.speakers)
        self.error_row(form, "speakers", self.speakers)
        self.stages = QListWidget()
        self.stages.setMaximumHeight(70)
        for st in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING):
            it = QListWidgetItem(label(st))
            it.setData(Qt.ItemDataRole.UserRole, st.value)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.stages.addItem(it)
        form.addRow(self.tr("For &stages:"), self.stages)
        self.errors.add("target_stages", self.stages)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.errors.summary)
        form.addRow(self.save_buttons())
        self.in_room.toggled.connect(self._venue_changed)
        self.day.dateChanged.connect(self._day_changed)
        self._fill()
        self.resize(720, self.sizeHint().height())

    def _fill(self) -> None:
        d = self.record
        if d is None:
            day = to_qdate(clock.today()).addDays(14)
            self.day.setDate(day)
            self.end_day.setDate(day)
            self.start.setTime(QTime(14, 0))
            self.end.setTime(QTime(17, 0))
            self.in_room.setChecked(self.room.count() > 0)
            self.outside.setChecked(self.room.count() == 0)
            self._venue_changed()
            return
        self.title_edit.setText(d.title)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        qs, qe = to_qdatetime(d.starts_at), to_qdatetime(d.ends_at)
        self.day.setDate(qs.date())
        self.start.setTime(qs.time())
        self.end_day.setDate(qe.date())
        self.end.setTime(qe.time())
        if d.venue_unit_id is not None:
            self.in_room.setChecked(True)
            self.room.setCurrentIndex(max(self.room.findData(d.venue_unit_id), 0))
        else:
            self.outside.setChecked(True)
            self.address.setText(d.venue_address)
        self.capacity.setValue(d.capacity)
        self.speakers.setText(d.speakers)
        for i in range(self.stages.count()):
            it = self.stages.item(i)
            if it.data(Qt.ItemDataRole.UserRole) in d.target_stages:
                it.setCheckState(Qt.CheckState.Checked)
        self.description.setPlainText(d.description)
        self._venue_changed()

    def _day_changed(self, day: QDate) -> None:
        if self.end_day.date() < day:
            self.end_day.setDate(day)

    def _venue_changed(self) -> None:
        self.room.setEnabled(self.in_room.isChecked())
        self.address.setEnabled(not self.in_room.isChecked())

    def data(self) -> svc.EventData:
        in_room = self.in_room.isChecked()
        return svc.EventData(
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            starts_at=local_moment(self.day.date(), self.start.time()),
            ends_at=local_moment(self.end_day.date(), self.end.time()),
            capacity=self.capacity.value(),
            venue_unit_id=self.room.currentData() if in_room else None,
            venue_address="" if in_room else self.address.text(),
            speakers=self.speakers.text(),
            target_stages=[
                self.stages.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.stages.count())
                if self.stages.item(i).checkState() == Qt.CheckState.Checked
            ],
            target_industries=list(self.record.target_industries) if self.record else [],
            description=self.description.toPlainText(),
        )
