"""Training page: events, their registrations with the waiting list, check-in and feedback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServiceError, ValidationError
from ...core.labels import label
from ...core.vocabularies import EventKind, EventStatus, RegistrationStatus, Stage
from ...db import Database
from ...services import overview as ov
from ...services import training as svc
from .. import messages
from ..qtmodels.register_model import column as _col
from .base import Page
from .mentoring import (
    FieldErrors,
    _from_parts,
    _item,
    _selected_data,
    _table,
    _to_qdatetime,
    export_ics,
)
from .register_page import RegisterPage

R = RegistrationStatus


class EventDialog(QDialog):
    """Create or edit a training event."""

    def __init__(
        self, db: Database, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.detail = svc.get_event(db, event_id) if event_id is not None else None
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit event") if self.detail else self.tr("New event"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow("", self.errors.make("title"))
        self.kind = QComboBox()
        for k in EventKind:
            self.kind.addItem(label(k), k)
        form.addRow(self.tr("&Kind:"), self.kind)
        when = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end_day = QDateEdit()
        self.end_day.setCalendarPopup(True)
        self.end_day.setDisplayFormat("yyyy-MM-dd")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        when.addWidget(self.day)
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.end_day)
        when.addWidget(self.end)
        when.addStretch(1)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        form.addRow("", self.errors.make("ends_at"))
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
        form.addRow("", self.errors.make("venue_address"))
        form.addRow("", self.errors.make("unit_id"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setValue(30)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        form.addRow("", self.errors.make("capacity"))
        self.speakers = QLineEdit()
        form.addRow(self.tr("S&peakers:"), self.speakers)
        form.addRow("", self.errors.make("speakers"))
        self.stages = QListWidget()
        self.stages.setMaximumHeight(70)
        for st in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING):
            it = QListWidgetItem(label(st))
            it.setData(Qt.ItemDataRole.UserRole, st.value)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.stages.addItem(it)
        form.addRow(self.tr("For &stages:"), self.stages)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        form.addRow(self.tr("&Description:"), self.description)
        self.general = self.errors.make("")
        form.addRow(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.in_room.toggled.connect(self._venue_changed)
        self.day.dateChanged.connect(self._day_changed)
        self._fill()
        self.resize(720, self.sizeHint().height())

    def _fill(self) -> None:
        d = self.detail
        if d is None:
            day = QDate.currentDate().addDays(14)
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
        qs, qe = _to_qdatetime(d.starts_at), _to_qdatetime(d.ends_at)
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
            starts_at=_from_parts(self.day.date(), self.start.time()),
            ends_at=_from_parts(self.end_day.date(), self.end.time()),
            capacity=self.capacity.value(),
            venue_unit_id=self.room.currentData() if in_room else None,
            venue_address="" if in_room else self.address.text(),
            speakers=self.speakers.text(),
            target_stages=[
                self.stages.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.stages.count())
                if self.stages.item(i).checkState() == Qt.CheckState.Checked
            ],
            target_industries=list(self.detail.target_industries) if self.detail else [],
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.detail is None:
                self.saved_id = svc.create_event(self.db, self.data())
            else:
                svc.update_event(self.db, self.detail.id, self.detail.version, self.data())
                self.saved_id = self.detail.id
        except ValidationError as err:
            self.errors.show(err, self.general)
            return
        except ServiceError as err:
            self.general.setText(str(err))
            self.general.show()
            return
        self.accept()


class PersonPicker(QDialog):
    """Choose one of the tenants' people (search by person or company)."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by person or company…"))
        box.addWidget(self.search)
        self.people = QListWidget()
        box.addWidget(self.people, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.search.textChanged.connect(self._fill)
        self.people.itemDoubleClicked.connect(lambda _i: self._ok())
        self.person_id: int | None = None
        self._fill("")
        self.resize(480, 460)

    def _fill(self, text: str) -> None:
        self.people.clear()
        for p in svc.people_choices(self.db, text):
            it = QListWidgetItem(f"{p.name} — {p.tenant}")
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            self.people.addItem(it)
        if self.people.count():
            self.people.setCurrentRow(0)

    def _ok(self) -> None:
        it = self.people.currentItem()
        if it is None:
            return
        self.person_id = it.data(Qt.ItemDataRole.UserRole)
        self.accept()


class _EventList(RegisterPage):
    """The events register, embedded at the left of the Training page."""

    key = "training-events"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=140),
            _col("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=240),
            _col("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), width=110),
            _col("capacity", QT_TRANSLATE_NOOP("Columns", "Capacity"), True, width=70),
            _col("registered", QT_TRANSLATE_NOOP("Columns", "Registered"), True, width=80),
            _col("waitlisted", QT_TRANSLATE_NOOP("Columns", "Waiting list"), True, width=80),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        ]
        super().__init__(
            db, ov.event_register(), columns, sort_column=0, descending=True, parent=parent
        )
        self.title.hide()
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def title_text(self) -> str:
        return ""

    def search_placeholder(self) -> str:
        return QCoreApplication.translate("TrainingPage", "Search by title or speaker…")

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_id(index.row())


class TrainingPage(Page):
    """Events at the left; the selected event's registrations, check-in and feedback at right."""

    key = "training"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.layout_.addWidget(split, 1)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.events = _EventList(db)
        lbox.addWidget(self.events, 1)
        bar = QHBoxLayout()
        self.new_event = QPushButton()
        self.edit_event = QPushButton()
        self.cancel_event = QPushButton()
        self.held = QPushButton()
        self.export = QPushButton()
        for b in (self.new_event, self.edit_event, self.held, self.cancel_event):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.export)
        lbox.addLayout(bar)
        split.addWidget(left)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(8, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        rbox.addWidget(self.summary)
        self.regs = _table(6)
        rbox.addWidget(self.regs, 1)
        bar1 = QHBoxLayout()
        self.register_btn = QPushButton()
        self.cancel_reg = QPushButton()
        bar1.addWidget(self.register_btn)
        bar1.addWidget(self.cancel_reg)
        bar1.addStretch(1)
        rbox.addLayout(bar1)
        bar2 = QHBoxLayout()
        self.check_in_btn = QPushButton()
        self.walk_in = QPushButton()
        self.undo_check = QPushButton()
        self.feedback_label = QLabel()
        self.feedback = QSpinBox()
        self.feedback.setRange(0, 5)
        self.feedback_label.setBuddy(self.feedback)
        self.set_feedback = QPushButton()
        for w in (self.check_in_btn, self.walk_in, self.undo_check):
            bar2.addWidget(w)
        bar2.addStretch(1)
        for fw in (self.feedback_label, self.feedback, self.set_feedback):
            bar2.addWidget(fw)
        rbox.addLayout(bar2)
        split.addWidget(right)
        split.setSizes([620, 560])

        self.events.table.selectionModel().selectionChanged.connect(lambda *_: self._fill_regs())
        self.events.model.modelReset.connect(self._fill_regs)
        self.events.table.doubleClicked.connect(lambda _i: self._edit_event())
        self.new_event.clicked.connect(lambda: self._edit_event(new=True))
        self.edit_event.clicked.connect(lambda: self._edit_event())
        self.cancel_event.clicked.connect(self._cancel_event)
        self.held.clicked.connect(self._mark_held)
        self.export.clicked.connect(lambda: export_ics(self, "events", None, self.tr("events")))
        self.register_btn.clicked.connect(self._register)
        self.cancel_reg.clicked.connect(self._cancel_registration)
        self.check_in_btn.clicked.connect(self._check_in_selected)
        self.walk_in.clicked.connect(self._walk_in)
        self.undo_check.clicked.connect(self._undo_check_in)
        self.set_feedback.clicked.connect(self._set_feedback)
        self.regs.itemSelectionChanged.connect(self._reg_selected)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self._edit_event(new=True))
        self.retranslate()

    # --- helpers ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.events.db = self.db
        self.events.refresh()
        self._fill_regs()

    def focus_search(self) -> None:
        self.events.focus_search()

    def current_event(self) -> svc.EventDetail | None:
        eid = self.events.selected_id()
        if eid is None:
            return None
        try:
            return svc.get_event(self.db, eid)
        except ServiceError:
            return None

    def _need_event(self) -> svc.EventDetail | None:
        ev = self.current_event()
        if ev is None:
            messages.info(self, self.tr("Training events"), self.tr("Select an event first."))
        return ev

    def _need_reg(self) -> svc.RegistrationRow | None:
        reg = _selected_data(self.regs)
        if not isinstance(reg, svc.RegistrationRow):
            messages.info(self, self.tr("Registrations"), self.tr("Select a person first."))
            return None
        return reg

    def _run(self, title: str, call: Callable[[], object]) -> bool:
        try:
            call()
        except ServiceError as err:
            messages.error(self, title, str(err))
            self._after_change()
            return False
        self._after_change()
        return True

    def _after_change(self) -> None:
        selected = self.events.selected_id()
        self.events.refresh()
        if selected is not None:
            for row in range(self.events.model.rowCount()):
                if self.events.model.row_id(row) == selected:
                    self.events.table.selectRow(row)
                    break
        self._fill_regs()

    # --- events -------------------------------------------------------------------------------
    def _edit_event(self, new: bool = False) -> None:
        ev = None if new else self._need_event()
        if not new and ev is None:
            return
        dlg = EventDialog(self.db, ev.id if ev else None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._after_change()

    def _cancel_event(self) -> None:
        ev = self._need_event()
        if ev is None or ev.status is EventStatus.CANCELLED:
            return
        text = (
            self.tr("Cancel “%1”? %2 registered people will have to be told; the room is released.")
            .replace("%1", ev.title)
            .replace("%2", str(ev.registered))
        )
        if messages.confirm(self, self.tr("Cancel event"), text):
            self._run(
                self.tr("Event not cancelled"),
                lambda: svc.set_event_status(self.db, ev.id, ev.version, EventStatus.CANCELLED),
            )

    def _mark_held(self) -> None:
        ev = self._need_event()
        if ev is not None and ev.status is EventStatus.PLANNED:
            self._run(
                self.tr("Event not changed"),
                lambda: svc.set_event_status(self.db, ev.id, ev.version, EventStatus.HELD),
            )

    # --- registrations ------------------------------------------------------------------------
    def _fill_regs(self) -> None:
        ev = self.current_event()
        rows = svc.registrations(self.db, ev.id) if ev else []
        if ev is None:
            self.summary.setText(self.tr("Select an event to see its registrations."))
        else:
            rate = f"{ev.attendance_rate:.0%}" if ev.attendance_rate is not None else "—"
            fb = f"{ev.average_feedback:.1f}" if ev.average_feedback is not None else "—"
            where = ev.venue or "—"
            self.summary.setText(
                f"<b>{ev.title}</b> · {label(ev.kind)} · {label(ev.status)}<br>"
                + self.tr(
                    "%1 – %2 at %3. Registered %4 of %5, waiting list %6, checked in %7, "
                    "walk-ins %8. Attendance rate %9, average feedback %10."
                )
                .replace("%10", fb)
                .replace("%1", ev.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"))
                .replace("%2", ev.ends_at.astimezone().strftime("%H:%M"))
                .replace("%3", where)
                .replace("%4", str(ev.registered))
                .replace("%5", str(ev.capacity))
                .replace("%6", str(ev.waitlisted))
                .replace("%7", str(ev.checked_in))
                .replace("%8", str(ev.walk_ins))
                .replace("%9", rate)
            )
        self.regs.setSortingEnabled(False)
        self.regs.setRowCount(len(rows))
        for r, reg in enumerate(rows):
            state = label_registration(reg)
            values = [
                reg.person,
                reg.tenant,
                state,
                reg.registered_at.astimezone().strftime("%m-%d %H:%M"),
                reg.checked_in_at.astimezone().strftime("%H:%M") if reg.checked_in_at else "",
                str(reg.feedback_score or ""),
            ]
            for c, v in enumerate(values):
                self.regs.setItem(r, c, _item(v, reg if c == 0 else None))
        self.regs.setSortingEnabled(True)
        enabled = ev is not None and ev.status is not EventStatus.CANCELLED
        for b in (self.register_btn, self.check_in_btn, self.walk_in):
            b.setEnabled(enabled)
        for b in (self.edit_event, self.cancel_event, self.held):
            b.setEnabled(ev is not None)
        self._reg_selected()

    def _reg_selected(self) -> None:
        reg = _selected_data(self.regs)
        if isinstance(reg, svc.RegistrationRow):
            self.feedback.setValue(reg.feedback_score or 0)
            self.set_feedback.setEnabled(reg.checked_in_at is not None)
            self.undo_check.setEnabled(reg.checked_in_at is not None)
            self.cancel_reg.setEnabled(reg.status is not R.CANCELLED)
        else:
            for b in (self.set_feedback, self.undo_check, self.cancel_reg):
                b.setEnabled(False)

    def _register(self) -> None:
        ev = self._need_event()
        if ev is None:
            return
        picker = PersonPicker(self.db, self.tr("Register for “%1”").replace("%1", ev.title), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.person_id is None:
            return
        pid = picker.person_id
        result: list[svc.RegistrationResult] = []
        if (
            self._run(
                self.tr("Not registered"), lambda: result.append(svc.register(self.db, ev.id, pid))
            )
            and result[0].status is R.WAITLISTED
        ):
            messages.info(
                self,
                self.tr("Waiting list"),
                self.tr("The event is full; the person is number %1 on the waiting list.").replace(
                    "%1", str(result[0].waitlist_position)
                ),
            )

    def _cancel_registration(self) -> None:
        reg = self._need_reg()
        if reg is None:
            return
        text = self.tr("Cancel %1's registration? The first on the waiting list moves up.")
        if messages.confirm(self, self.tr("Cancel registration"), text.replace("%1", reg.person)):
            self._run(
                self.tr("Registration not cancelled"),
                lambda: svc.cancel_registration(self.db, reg.id, reg.version),
            )

    def _check_in_selected(self) -> None:
        ev = self._need_event()
        reg = self._need_reg() if ev else None
        if ev is None or reg is None:
            return
        self._run(self.tr("Not checked in"), lambda: svc.check_in(self.db, ev.id, reg.person_id))

    def _walk_in(self) -> None:
        ev = self._need_event()
        if ev is None:
            return
        picker = PersonPicker(self.db, self.tr("Walk-in at “%1”").replace("%1", ev.title), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.person_id is None:
            return
        pid = picker.person_id
        self._run(self.tr("Not checked in"), lambda: svc.check_in(self.db, ev.id, pid))

    def _undo_check_in(self) -> None:
        reg = self._need_reg()
        if reg is None or reg.checked_in_at is None:
            return
        if messages.confirm(
            self,
            self.tr("Undo check-in"),
            self.tr("Take back %1's check-in?").replace("%1", reg.person),
        ):
            self._run(
                self.tr("Check-in not changed"),
                lambda: svc.undo_check_in(self.db, reg.id, reg.version),
            )

    def _set_feedback(self) -> None:
        reg = self._need_reg()
        if reg is None:
            return
        score = self.feedback.value() or None
        self._run(
            self.tr("Feedback not saved"),
            lambda: svc.set_feedback(self.db, reg.id, reg.version, score),
        )

    # --- text ---------------------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Training events")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "set_feedback"):
            return
        self.new_event.setText(self.tr("&New event…"))
        self.new_event.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.edit_event.setText(self.tr("&Edit…"))
        self.held.setText(self.tr("Mark &held"))
        self.cancel_event.setText(self.tr("Cancel e&vent…"))
        self.export.setText(self.tr("E&xport all events (.ics)…"))
        self.regs.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Tenant"),
                self.tr("Status"),
                self.tr("Registered at"),
                self.tr("Checked in"),
                self.tr("Feedback"),
            ]
        )
        for col, w in ((0, 90), (1, 200), (2, 120), (3, 90), (4, 80)):
            self.regs.horizontalHeader().resizeSection(col, w)
        self.register_btn.setText(self.tr("&Register a person…"))
        self.cancel_reg.setText(self.tr("Cancel re&gistration…"))
        self.check_in_btn.setText(self.tr("Check &in"))
        self.walk_in.setText(self.tr("&Walk-in…"))
        self.undo_check.setText(self.tr("&Undo check-in…"))
        self.feedback_label.setText(self.tr("&Feedback:"))
        self.feedback.setSpecialValueText(self.tr("none"))
        self.set_feedback.setText(self.tr("&Save feedback"))
        self._fill_regs()


def label_registration(reg: svc.RegistrationRow) -> str:
    if reg.status is R.WAITLISTED:
        return QCoreApplication.translate("TrainingPage", "Waiting list #%1").replace(
            "%1", str(reg.waitlist_position or "")
        )
    if reg.status is R.CANCELLED:
        return QCoreApplication.translate("TrainingPage", "Cancelled")
    if reg.walk_in:
        return QCoreApplication.translate("TrainingPage", "Walk-in")
    return QCoreApplication.translate("TrainingPage", "Registered")


class TenantTrainingTab(QWidget):
    """The events a tenant's people registered for, and how many came."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        box = QVBoxLayout(self)
        self.summary = QLabel()
        box.addWidget(self.summary)
        self.events = _table(6)
        box.addWidget(self.events, 1)
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantTrainingTab", "Training")

    def refresh(self) -> None:
        rows = svc.events_for_tenant(self.db, self.tenant_id)
        attended = sum(1 for r in rows if r.attended)
        self.summary.setText(
            self.tr("Registered for %1 event(s); attended %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(attended))
        )
        self.events.setSortingEnabled(False)
        self.events.setRowCount(len(rows))
        for r, e in enumerate(rows):
            values = [
                e.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                e.title,
                label(e.kind),
                label(e.status),
                str(e.registered),
                str(e.attended),
            ]
            for c, v in enumerate(values):
                it = _item(v, e.event_id if c == 0 else None)
                if c >= 4:
                    it = QTableWidgetItem()
                    it.setData(Qt.ItemDataRole.DisplayRole, int(v))
                self.events.setItem(r, c, it)
        self.events.setSortingEnabled(True)

    def retranslate(self) -> None:
        self.events.setHorizontalHeaderLabels(
            [
                self.tr("Starts"),
                self.tr("Event"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("People registered"),
                self.tr("Attended"),
            ]
        )
        self.events.horizontalHeader().resizeSection(0, 140)
        self.events.horizontalHeader().resizeSection(1, 260)
