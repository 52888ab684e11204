"""Training page: events, their registrations with the waiting list, check-in and feedback."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.clock import local_text, local_time_text
from ...core.errors import ServiceError
from ...core.labels import label
from ...core.vocabularies import EventStatus, RegistrationStatus
from ...db import Database
from ...services import ical
from ...services import overview as ov
from ...services import training as svc
from ...services.access import Action
from .. import messages
from ..dialogs.event_dialog import EventDialog
from ..dialogs.person_picker import PersonPicker
from ..qtmodels.register_model import column as _col
from ..toolkit import Column, ErrorMessage, RowsModel, attempt
from ..toolkit.guards import guard
from ..widgets.calendar_export import export_calendar
from ..widgets.row_table import row_table, selected_row
from .base import Page
from .register_page import RegisterPage

R = RegistrationStatus


class _EventList(RegisterPage):
    """The events register, embedded at the left of the Training page."""

    key = "training-events"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        # The places come straight after the title, so a full event shows without scrolling.
        columns = [
            _col("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=118),
            _col("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=150),
            _col("capacity", QT_TRANSLATE_NOOP("Columns", "Capacity"), True, width=70),
            _col("registered", QT_TRANSLATE_NOOP("Columns", "Registered"), True, width=76),
            _col("waitlisted", QT_TRANSLATE_NOOP("Columns", "Waiting list"), True, width=86),
            _col("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), width=100),
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
        guard(self.new_event, Action.TRAINING)
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
        self.reg_model: RowsModel[svc.RegistrationRow] = RowsModel(
            self._registration_columns, parent=self
        )
        self.regs = row_table(self.reg_model)
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
        rbox.addLayout(bar2)
        bar3 = QHBoxLayout()  # a row of its own: the registrations side stays narrow
        for fw in (self.feedback_label, self.feedback, self.set_feedback):
            bar3.addWidget(fw)
        bar3.addStretch(1)
        rbox.addLayout(bar3)
        split.addWidget(right)
        split.setSizes([700, 480])

        self.events.table.selectionModel().selectionChanged.connect(lambda *_: self._fill_regs())
        self.events.model.modelReset.connect(self._fill_regs)
        self.events.table.doubleClicked.connect(lambda _i: self._edit_event())
        self.new_event.clicked.connect(lambda: self._edit_event(new=True))
        self.edit_event.clicked.connect(lambda: self._edit_event())
        self.cancel_event.clicked.connect(self._cancel_event)
        self.held.clicked.connect(self._mark_held)
        self.export.clicked.connect(
            lambda: export_calendar(self, self.db, ical.events_calendar, self.tr("events"))
        )
        self.register_btn.clicked.connect(self._register)
        self.cancel_reg.clicked.connect(self._cancel_registration)
        self.check_in_btn.clicked.connect(self._check_in_selected)
        self.walk_in.clicked.connect(self._walk_in)
        self.undo_check.clicked.connect(self._undo_check_in)
        self.set_feedback.clicked.connect(self._set_feedback)
        self.regs.selectionModel().selectionChanged.connect(lambda *_: self._reg_selected())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self._edit_event(new=True))
        self.retranslate()

    def _registration_columns(self) -> list[Column[svc.RegistrationRow]]:
        return [
            Column(self.tr("Person"), lambda r: r.person, width=90),
            Column(self.tr("Tenant"), lambda r: r.tenant, width=200),
            Column(self.tr("Status"), label_registration, width=120),
            Column(
                self.tr("Registered at"),
                lambda r: r.registered_at,
                text=lambda t: clock.park_time(t).strftime("%m-%d %H:%M"),
                width=90,
            ),
            Column(
                self.tr("Checked in"),
                lambda r: r.checked_in_at,
                text=lambda t: local_time_text(t) if t else "",
                width=80,
            ),
            Column(self.tr("Feedback"), lambda r: r.feedback_score),
        ]

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
        reg = selected_row(self.regs, self.reg_model)
        if reg is None:
            messages.info(self, self.tr("Registrations"), self.tr("Select a person first."))
            return None
        return reg

    def _run(self, title: str, call: Callable[[], object]) -> bool:
        """Make a change; a refusal is shown under `title`. True when it was made."""
        made = attempt(ErrorMessage(self, title), lambda: call() or True)
        self._after_change()
        return made is not None

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
            self.summary.setText(
                f"<b>{html.escape(ev.title)}</b> · {label(ev.kind)} · {label(ev.status)}<br>"
                + html.escape(self.event_facts(ev))
            )
        self.reg_model.set_rows(rows)
        enabled = ev is not None and ev.status is not EventStatus.CANCELLED
        for b in (self.register_btn, self.check_in_btn, self.walk_in):
            b.setEnabled(enabled)
        for b in (self.edit_event, self.cancel_event, self.held):
            b.setEnabled(ev is not None)
        self._reg_selected()

    def event_facts(self, ev: svc.EventDetail) -> str:
        """When and where, the places taken; for an event that has begun, who came."""
        where = (
            self.tr("room %1").replace("%1", ev.venue)
            if ev.venue_unit_id is not None
            else ev.venue or self.tr("no venue yet")
        )
        text = (
            self.tr("%1 – %2 at %3. Registered %4 of %5, waiting list %6.")
            .replace("%1", local_text(ev.starts_at))
            .replace("%2", local_time_text(ev.ends_at))
            .replace("%3", where)
            .replace("%4", str(ev.registered))
            .replace("%5", str(ev.capacity))
            .replace("%6", str(ev.waitlisted))
        )
        if ev.starts_at > clock.now() and not (ev.checked_in or ev.walk_ins):
            return text + " " + self.tr("Not begun yet: nobody has checked in.")
        rate = f"{ev.attendance_rate:.0%}" if ev.attendance_rate is not None else "—"
        fb = f"{ev.average_feedback:.1f}" if ev.average_feedback is not None else "—"
        return (
            text
            + " "
            + self.tr("Checked in %1, walk-ins %2. Attendance rate %3, average feedback %4.")
            .replace("%1", str(ev.checked_in))
            .replace("%2", str(ev.walk_ins))
            .replace("%3", rate)
            .replace("%4", fb)
        )

    def _reg_selected(self) -> None:
        reg = selected_row(self.regs, self.reg_model)
        if reg is not None:
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
        picker = PersonPicker(
            self.db,
            self.tr("Register for “%1”").replace("%1", ev.title),
            self,
            marked=self._already(ev),
            marked_selectable=False,
        )
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

    def _already(self, ev: svc.EventDetail) -> dict[int, str]:
        """The people already on the event's list, with what they are there as."""
        return {
            r.person_id: label_registration(r)
            for r in svc.registrations(self.db, ev.id)
            if r.status is not R.CANCELLED
        }

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
        picker = PersonPicker(
            self.db,
            self.tr("Walk-in at “%1”").replace("%1", ev.title),
            self,
            marked=self._already(ev),
        )
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
        self.new_event.setText(self.tr("&New event…"))
        self.new_event.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.edit_event.setText(self.tr("&Edit…"))
        self.held.setText(self.tr("Mark &held"))
        self.cancel_event.setText(self.tr("Cancel e&vent…"))
        self.export.setText(self.tr("E&xport all events (.ics)…"))
        self.reg_model.retranslate()
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
        self.model: RowsModel[svc.TenantEventRow] = RowsModel(self._columns, parent=self)
        self.events = row_table(self.model)
        box.addWidget(self.events, 1)
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantTrainingTab", "Training")

    def _columns(self) -> list[Column[svc.TenantEventRow]]:
        return [
            Column(self.tr("Starts"), lambda e: e.starts_at, width=140),
            Column(self.tr("Event"), lambda e: e.title, width=260),
            Column(self.tr("Kind"), lambda e: e.kind),
            Column(self.tr("Status"), lambda e: e.status),
            Column(self.tr("People registered"), lambda e: e.registered, right=True),
            Column(self.tr("Attended"), lambda e: e.attended, right=True),
        ]

    def refresh(self) -> None:
        rows = svc.events_for_tenant(self.db, self.tenant_id)
        self.model.set_rows(rows)
        self._show_summary()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        self.summary.setText(
            self.tr("Registered for %1 event(s); attended %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(1 for r in rows if r.attended)))
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        self._show_summary()
