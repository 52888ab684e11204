"""Create or edit a mentoring session: people, time, place, service, ratings, agreed actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.vocabularies import ServiceType, SessionMode, SessionStatus
from ...db import Database
from ...services import mentoring as svc
from ...services.tenants import TenantChoice, tenant_choices
from ..widgets.dates import date_edit, from_qdate, local_moment, time_edit, to_qdate, to_qdatetime
from .record_dialog import RecordDialog

ACTION_COLUMNS = 4  # description, owner, due date, done


class SessionDialog(RecordDialog[svc.SessionData, svc.SessionDetail]):
    """Create or edit a mentoring session: people, time, place, service, ratings, actions.

    The ratings and the agreed actions are edited in small grids of their own; a session
    holds a handful of each, so they are plain table widgets rather than models.
    """

    def __init__(
        self,
        db: Database,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        start: dt.datetime | None = None,
        tenant_id: int | None = None,
        mentor_id: int | None = None,
    ) -> None:
        detail = svc.get_session(db, session_id) if session_id is not None else None
        super().__init__(db, detail, svc.create_session, svc.update_session, parent)
        self.setWindowTitle(
            self.tr("Edit mentoring session") if detail else self.tr("New mentoring session")
        )
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)
        form = QFormLayout()
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)  # extra height goes below the fields, not into a message row
        top.addLayout(column, 3)
        self._build_form(form)
        side = QVBoxLayout()
        top.addLayout(side, 2)
        self._build_tenants(side, tenant_id)
        self._build_actions(outer)
        outer.addWidget(self.errors.summary)
        outer.addWidget(self.save_buttons())

        self.tenant_filter.textChanged.connect(self._filter_tenants)
        self.tenants.itemChanged.connect(lambda _i: self._sync_ratings())
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.add_action.clicked.connect(lambda: self._add_action_row(None))
        self.remove_action.clicked.connect(self._remove_action_row)
        self._fill(start, tenant_id, mentor_id)
        self.resize(900, 680)

    # --- building -----------------------------------------------------------------------------
    def _build_form(self, form: QFormLayout) -> None:
        self.mentor = QComboBox()
        for m in svc.list_mentors(self.db):
            if m.active or (self.record and m.id == self.record.mentor_id):
                self.mentor.addItem(m.name, m.id)
        form.addRow(self.tr("&Mentor:"), self.mentor)
        self.error_row(form, "mentor_id", self.mentor)

        when = QHBoxLayout()
        self.day = date_edit()
        self.start = time_edit()
        self.end = time_edit()
        self.to_label = QLabel(self.tr("to"))
        for w in (self.day, self.start, self.to_label, self.end):
            when.addWidget(w)
        when.addStretch(1)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        self.error_row(form, "ends_at", self.end)

        self.service = QComboBox()
        for st in ServiceType:
            self.service.addItem(label(st), st)
        form.addRow(self.tr("&Service:"), self.service)

        place = QHBoxLayout()
        self.mode = QComboBox()
        for mode in SessionMode:
            self.mode.addItem(label(mode), mode)
        self.room = QComboBox()
        self.room.addItem(self.tr("No room booked"), None)
        for r in svc.room_choices(self.db):
            self.room.addItem(r.name, r.id)
        place.addWidget(self.mode)
        place.addWidget(self.room, 1)
        place_label = QLabel(self.tr("&Place:"))
        place_label.setBuddy(self.mode)
        form.addRow(place_label, place)
        self.error_row(form, "room_unit_id", self.room)
        self.errors.add("unit_id", self.room)  # the room booking's own refusals
        self.status = QComboBox()
        for s in SessionStatus:
            self.status.addItem(label(s), s)
        form.addRow(self.tr("St&atus:"), self.status)
        self.topic = QLineEdit()
        form.addRow(self.tr("T&opic:"), self.topic)
        self.error_row(form, "topic", self.topic)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("&Notes:"), self.notes)

    def _build_tenants(self, side: QVBoxLayout, tenant_id: int | None) -> None:
        """The tenants, ticked in a filterable list, and the rating each gave."""
        self.tenant_filter = QLineEdit()
        self.tenant_filter.setClearButtonEnabled(True)
        self.tenant_filter.setPlaceholderText(self.tr("Filter tenants…"))
        tenants_label = QLabel(self.tr("Te&nants (tick one or more):"))
        tenants_label.setBuddy(self.tenant_filter)
        side.addWidget(tenants_label)
        side.addWidget(self.tenant_filter)
        self.tenants = QListWidget()
        choices = tenant_choices(self.db)
        known = {c.id for c in choices}
        if self.record:
            for tid, name in zip(self.record.tenant_ids, self.record.tenants, strict=True):
                if tid not in known:
                    choices.append(TenantChoice(tid, name, ""))
            # the session's own tenants first, so they show without scrolling
            mine = set(self.record.tenant_ids)
            choices.sort(key=lambda c: c.id not in mine)
        elif tenant_id is not None:
            choices.sort(key=lambda c: c.id != tenant_id)
        for c in choices:
            it = QListWidgetItem(c.name)
            it.setData(Qt.ItemDataRole.UserRole, c.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.tenants.addItem(it)
        side.addWidget(self.tenants, 1)
        self.errors.add("tenant_ids", self.tenants)
        side.addWidget(self.errors.message_label("tenant_ids"))
        side.addWidget(QLabel(self.tr("Ratings by the tenants (1 poor – 5 excellent):")))
        self.ratings = QTableWidget(0, 2)
        self.ratings.setTabKeyNavigation(False)  # Tab moves on; the spin boxes take the arrows
        self.ratings.verticalHeader().setVisible(False)
        self.ratings.horizontalHeader().setStretchLastSection(False)
        self.ratings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ratings.setHorizontalHeaderLabels([self.tr("Tenant"), self.tr("Rating")])
        self.ratings.setMaximumHeight(130)
        side.addWidget(self.ratings)
        self.errors.add("ratings", self.ratings)
        side.addWidget(self.errors.message_label("ratings"))

    def _build_actions(self, outer: QVBoxLayout) -> None:
        actions_bar = QHBoxLayout()
        actions_bar.addWidget(QLabel(self.tr("Agreed actions:")))
        actions_bar.addStretch(1)
        self.add_action = QPushButton(self.tr("Add a&ction"))
        self.remove_action = QPushButton(self.tr("&Remove action"))
        actions_bar.addWidget(self.add_action)
        actions_bar.addWidget(self.remove_action)
        outer.addLayout(actions_bar)
        self.action_table = QTableWidget(0, ACTION_COLUMNS)
        self.action_table.setTabKeyNavigation(False)  # Tab reaches Save; arrows move in it
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Done")]
        )
        self.action_table.verticalHeader().setVisible(False)
        h = self.action_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, w in ((1, 120), (2, 120), (3, 60)):
            h.resizeSection(col, w)
        self.action_table.setMinimumHeight(130)
        outer.addWidget(self.action_table)
        self.errors.add("actions", self.action_table)
        outer.addWidget(self.errors.message_label("actions"))
        self._action_ids: list[int | None] = []

    # --- filling ------------------------------------------------------------------------------
    def _fill(
        self, start: dt.datetime | None, tenant_id: int | None, mentor_id: int | None
    ) -> None:
        d = self.record
        if d is None:
            tomorrow = clock.today() + dt.timedelta(days=1)
            begin = start or clock.at(tomorrow, dt.time(10))
            qd = to_qdatetime(begin)
            self.day.setDate(qd.date())
            self.start.setTime(qd.time())
            self.end.setTime(qd.time().addSecs(90 * 60))
            self.mode.setCurrentIndex(self.mode.findData(SessionMode.ON_SITE))
            if mentor_id is not None:
                self.mentor.setCurrentIndex(max(self.mentor.findData(mentor_id), 0))
            if tenant_id is not None:
                self._check_tenants({tenant_id})
            self._mode_changed()
            return
        self.mentor.setCurrentIndex(max(self.mentor.findData(d.mentor_id), 0))
        qs, qe = to_qdatetime(d.starts_at), to_qdatetime(d.ends_at)
        self.day.setDate(qs.date())
        self.start.setTime(qs.time())
        self.end.setTime(qe.time())
        self.service.setCurrentIndex(self.service.findData(d.service_type))
        self.mode.setCurrentIndex(self.mode.findData(d.mode))
        self.room.setCurrentIndex(max(self.room.findData(d.room_unit_id), 0))
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.topic.setText(d.topic)
        self.notes.setPlainText(d.notes)
        self._check_tenants(set(d.tenant_ids))
        for tid, rating in d.ratings.items():
            spin = self._rating_spin(tid)
            if spin is not None:
                spin.setValue(rating or 0)
        for a in d.actions:
            self._add_action_row(a)
        self._mode_changed()

    def _tenant_items(self) -> list[QListWidgetItem]:
        return [self.tenants.item(i) for i in range(self.tenants.count())]

    def _check_tenants(self, ids: set[int]) -> None:
        self.tenants.blockSignals(True)
        for it in self._tenant_items():
            if it.data(Qt.ItemDataRole.UserRole) in ids:
                it.setCheckState(Qt.CheckState.Checked)
        self.tenants.blockSignals(False)
        checked = [it for it in self._tenant_items() if it.checkState() == Qt.CheckState.Checked]
        if checked:
            self.tenants.scrollToItem(checked[0])
        self._sync_ratings()

    def _filter_tenants(self, text: str) -> None:
        needle = text.strip().lower()
        for it in self._tenant_items():
            it.setHidden(bool(needle) and needle not in it.text().lower())

    def checked_tenants(self) -> list[int]:
        return [
            it.data(Qt.ItemDataRole.UserRole)
            for it in self._tenant_items()
            if it.checkState() == Qt.CheckState.Checked
        ]

    def _rating_spin(self, tenant_id: int) -> QSpinBox | None:
        for row in range(self.ratings.rowCount()):
            it = self.ratings.item(row, 0)
            if it and it.data(Qt.ItemDataRole.UserRole) == tenant_id:
                w = self.ratings.cellWidget(row, 1)
                return w if isinstance(w, QSpinBox) else None
        return None

    def _sync_ratings(self) -> None:
        old = {}
        for row in range(self.ratings.rowCount()):
            it = self.ratings.item(row, 0)
            w = self.ratings.cellWidget(row, 1)
            if it and isinstance(w, QSpinBox):
                old[it.data(Qt.ItemDataRole.UserRole)] = w.value()
        ids = self.checked_tenants()
        for row in range(self.ratings.rowCount()):
            w = self.ratings.cellWidget(row, 1)
            if w is not None:
                w.hide()  # replaced below; hidden at once, deleted by Qt later
        names = {it.data(Qt.ItemDataRole.UserRole): it.text() for it in self._tenant_items()}
        self.ratings.setRowCount(len(ids))
        for row, tid in enumerate(ids):
            it = QTableWidgetItem(names[tid])
            it.setData(Qt.ItemDataRole.UserRole, tid)
            it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.ratings.setItem(row, 0, it)
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("not rated"))
            spin.setValue(old.get(tid, 0))
            self.ratings.setCellWidget(row, 1, spin)
        self.ratings.resizeColumnToContents(1)

    def _mode_changed(self) -> None:
        on_site = self.mode.currentData() == SessionMode.ON_SITE
        self.room.setEnabled(on_site)
        if not on_site:
            self.room.setCurrentIndex(0)

    def _add_action_row(self, a: svc.ActionData | None) -> None:
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        self.action_table.setItem(row, 0, QTableWidgetItem(a.description if a else ""))
        self.action_table.setItem(row, 1, QTableWidgetItem(a.owner if a else ""))
        due = date_edit()
        due.setDate(to_qdate(a.due_on) if a and a.due_on else self.day.date().addDays(14))
        self.action_table.setCellWidget(row, 2, due)
        done = QCheckBox()
        done.setChecked(bool(a and a.done))
        self.action_table.setCellWidget(row, 3, done)
        self._action_ids.append(a.id if a else None)
        if a is None:
            self.action_table.setCurrentCell(row, 0)
            first = self.action_table.item(row, 0)
            if first is not None:
                self.action_table.editItem(first)

    def _remove_action_row(self) -> None:
        row = self.action_table.currentRow()
        if row < 0:
            return
        self.action_table.removeRow(row)
        del self._action_ids[row]

    # --- saving -------------------------------------------------------------------------------
    def _actions(self) -> list[svc.ActionData]:
        actions = []
        for row in range(self.action_table.rowCount()):
            desc = self.action_table.item(row, 0)
            owner = self.action_table.item(row, 1)
            due = self.action_table.cellWidget(row, 2)
            done = self.action_table.cellWidget(row, 3)
            assert isinstance(due, QDateEdit) and isinstance(done, QCheckBox)
            actions.append(
                svc.ActionData(
                    desc.text() if desc else "",
                    owner.text() if owner else "",
                    from_qdate(due.date()),
                    done.isChecked(),
                    None,
                    self._action_ids[row],
                )
            )
        return actions

    def data(self) -> svc.SessionData:
        tenant_ids = self.checked_tenants()
        ratings: dict[int, int | None] = {}
        for tid in tenant_ids:
            spin = self._rating_spin(tid)
            ratings[tid] = (spin.value() or None) if spin is not None else None
        day = self.day.date()
        return svc.SessionData(
            mentor_id=self.mentor.currentData(),
            tenant_ids=tenant_ids,
            starts_at=local_moment(day, self.start.time()),
            ends_at=local_moment(day, self.end.time()),
            service_type=self.service.currentData(),
            mode=self.mode.currentData(),
            room_unit_id=self.room.currentData() if self.room.isEnabled() else None,
            topic=self.topic.text(),
            notes=self.notes.toPlainText(),
            status=self.status.currentData(),
            ratings=ratings,
            actions=self._actions(),
        )

    def form_problems(self) -> Mapping[str, str]:
        if self.mentor.currentData() is None:
            return {"mentor_id": self.tr("Add a mentor first.")}
        return {}
