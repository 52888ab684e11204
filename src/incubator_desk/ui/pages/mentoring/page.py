"""Mentoring page: sessions, mentors, overdue actions and the calendar; the tenant's tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import local_text
from ...core.errors import ServiceError, ValidationError
from ...core.labels import label
from ...core.vocabularies import MentorKind, ServiceType, SessionMode, SessionStatus
from ...db import Database
from ...services import mentoring as svc
from ...services import overview as ov
from .. import messages
from ..qtmodels.register_model import column as _col
from ..widgets.calendar import CalendarPanel
from .register_page import RegisterPage

CTX = "MentoringPage"


def _table(headers: int) -> QTableWidget:
    t = QTableWidget(0, headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    # No sort column until a person clicks a header: rows keep the service's order.
    t.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    t.setSortingEnabled(True)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return t


def _item(text: str, data: object = None, sort: object = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    if sort is not None:
        it.setData(Qt.ItemDataRole.UserRole + 1, sort)
    return it


def _selected_data(table: QTableWidget) -> object:
    row = table.currentRow()
    if row < 0 or not table.selectionModel().hasSelection():
        return None
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def _to_qdatetime(value: dt.datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _from_parts(day: QDate, time: QTime) -> dt.datetime:
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()).astimezone()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


class FieldErrors:
    """Red messages shown next to the fields a ValidationError names."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def make(self, name: str) -> QLabel:
        lab = QLabel()
        lab.setObjectName("fieldError")
        lab.setStyleSheet("color: #b00020;")
        lab.setWordWrap(True)
        lab.hide()
        self.labels[name] = lab
        return lab

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.clear()
            lab.hide()

    def show(self, err: ValidationError, fallback: QLabel) -> None:
        self.clear()
        for name, text in err.fields.items():
            lab = self.labels.get(name, fallback)
            lab.setText(text if not lab.text() else f"{lab.text()}\n{text}")
            lab.show()


# ---------------------------------------------------------------------------------------------
# Dialogs
# ---------------------------------------------------------------------------------------------


class MentorDialog(QDialog):
    """Add or edit a mentor."""

    def __init__(
        self, db: Database, mentor: svc.MentorRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.mentor = mentor
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit mentor") if mentor else self.tr("New mentor"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in MentorKind:
            self.kind.addItem(label_kind(k), k)
        self.organisation = QLineEdit()
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("Comma-separated, e.g. 融资, 知识产权"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.active = QCheckBox(self.tr("Active (offered to tenants)"))
        self.active.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.general = self.errors.make("")
        rows = [
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Organisation:"), self.organisation, "organisation"),
            (self.tr("E&xpertise:"), self.expertise, "expertise"),
            (self.tr("&Phone:"), self.phone, "phone"),
            (self.tr("&E-mail:"), self.email, "email"),
        ]
        for text, w, name in rows:
            form.addRow(text, w)
            form.addRow("", self.errors.make(name))
        form.addRow("", self.active)
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if mentor:
            self.name.setText(mentor.name)
            self.kind.setCurrentIndex(self.kind.findData(mentor.kind))
            self.organisation.setText(mentor.organisation)
            self.expertise.setText(", ".join(mentor.expertise))
            self.phone.setText(mentor.phone)
            self.email.setText(mentor.email)
            self.active.setChecked(mentor.active)
            self.notes.setPlainText(mentor.notes)
        self.resize(460, self.sizeHint().height())

    def data(self) -> svc.MentorData:
        tags = [t for t in self.expertise.text().replace("，", ",").split(",")]
        return svc.MentorData(
            self.name.text(),
            self.kind.currentData(),
            self.organisation.text(),
            tags,
            self.phone.text(),
            self.email.text(),
            self.active.isChecked(),
            self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            if self.mentor is None:
                self.saved_id = svc.create_mentor(self.db, self.data())
            else:
                svc.update_mentor(self.db, self.mentor.id, self.mentor.version, self.data())
                self.saved_id = self.mentor.id
        except ValidationError as err:
            self.errors.show(err, self.general)
            return
        except ServiceError as err:
            messages.error(self, self.tr("Mentor not saved"), str(err))
            return
        self.accept()


def label_kind(kind: MentorKind) -> str:
    return {
        MentorKind.ENTREPRENEURSHIP: QCoreApplication.translate(
            "MentoringPage", "Entrepreneurship mentor"
        ),
        MentorKind.PROFESSIONAL: QCoreApplication.translate(
            "MentoringPage", "Professional adviser"
        ),
        MentorKind.INVESTOR: QCoreApplication.translate("MentoringPage", "Investor"),
        MentorKind.SERVICE_PROVIDER: QCoreApplication.translate(
            "MentoringPage", "Service provider"
        ),
    }[kind]


class AssignDialog(QDialog):
    """Assign a mentor to a tenant from a date."""

    def __init__(
        self, db: Database, mentor_id: int | None, tenant_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Assign a mentor"))
        form = QFormLayout(self)
        self.mentor = QComboBox()
        for m in svc.list_mentors(db, include_inactive=False):
            self.mentor.addItem(m.name, m.id)
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for t in svc.tenant_choices(db):
            self.tenant.addItem(t.name, t.id)
        if mentor_id is not None:
            self.mentor.setCurrentIndex(max(self.mentor.findData(mentor_id), 0))
        if tenant_id is not None:
            self.tenant.setCurrentIndex(max(self.tenant.findData(tenant_id), 0))
        self.since = QDateEdit(QDate.currentDate())
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.tr("&Mentor:"), self.mentor)
        form.addRow(self.tr("&Tenant:"), self.tenant)
        form.addRow(self.tr("&From:"), self.since)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        mentor_id = self.mentor.currentData()
        index = self.tenant.findText(self.tenant.currentText())
        tenant_id = self.tenant.itemData(index) if index >= 0 else None
        if mentor_id is None or tenant_id is None:
            self.error.setText(self.tr("Choose a mentor and a tenant from the lists."))
            return
        try:
            svc.assign_mentor(self.db, mentor_id, tenant_id, _pydate(self.since.date()))
        except ServiceError as err:
            self.error.setText(str(err))
            return
        self.accept()


class SessionDialog(QDialog):
    """Create or edit a mentoring session: people, time, place, service, ratings, actions."""

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
        super().__init__(parent)
        self.db = db
        self.detail = svc.get_session(db, session_id) if session_id is not None else None
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit mentoring session") if self.detail else self.tr("New mentoring session")
        )
        self.errors = FieldErrors()
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)
        form = QFormLayout()
        top.addLayout(form, 3)

        self.mentor = QComboBox()
        for m in svc.list_mentors(db):
            if m.active or (self.detail and m.id == self.detail.mentor_id):
                self.mentor.addItem(m.name, m.id)
        form.addRow(self.tr("&Mentor:"), self.mentor)
        form.addRow("", self.errors.make("mentor_id"))

        when = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.to_label = QLabel(self.tr("to"))
        when.addWidget(self.day)
        when.addWidget(self.start)
        when.addWidget(self.to_label)
        when.addWidget(self.end)
        when.addStretch(1)
        when_label = QLabel(self.tr("&When:"))
        when_label.setBuddy(self.day)
        form.addRow(when_label, when)
        form.addRow("", self.errors.make("ends_at"))

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
        for r in svc.room_choices(db):
            self.room.addItem(r.name, r.id)
        place.addWidget(self.mode)
        place.addWidget(self.room, 1)
        place_label = QLabel(self.tr("&Place:"))
        place_label.setBuddy(self.mode)
        form.addRow(place_label, place)
        form.addRow("", self.errors.make("room_unit_id"))
        self.status = QComboBox()
        for s in SessionStatus:
            self.status.addItem(label(s), s)
        form.addRow(self.tr("St&atus:"), self.status)
        self.topic = QLineEdit()
        form.addRow(self.tr("T&opic:"), self.topic)
        form.addRow("", self.errors.make("topic"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("&Notes:"), self.notes)

        # tenants multi-select and ratings
        side = QVBoxLayout()
        top.addLayout(side, 2)
        self.tenant_filter = QLineEdit()
        self.tenant_filter.setClearButtonEnabled(True)
        self.tenant_filter.setPlaceholderText(self.tr("Filter tenants…"))
        tenants_label = QLabel(self.tr("Te&nants (tick one or more):"))
        tenants_label.setBuddy(self.tenant_filter)
        side.addWidget(tenants_label)
        side.addWidget(self.tenant_filter)
        self.tenants = QListWidget()
        choices = svc.tenant_choices(db)
        known = {c.id for c in choices}
        if self.detail:
            for tid, name in zip(self.detail.tenant_ids, self.detail.tenants, strict=True):
                if tid not in known:
                    choices.append(svc.Choice(tid, name))
            # the session's own tenants first, so they show without scrolling
            mine = set(self.detail.tenant_ids)
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
        side.addWidget(self.errors.make("tenant_ids"))
        side.addWidget(QLabel(self.tr("Ratings by the tenants (1 poor – 5 excellent):")))
        self.ratings = QTableWidget(0, 2)
        self.ratings.verticalHeader().setVisible(False)
        self.ratings.horizontalHeader().setStretchLastSection(False)
        self.ratings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ratings.setHorizontalHeaderLabels([self.tr("Tenant"), self.tr("Rating")])
        self.ratings.setMaximumHeight(130)
        side.addWidget(self.ratings)
        side.addWidget(self.errors.make("ratings"))

        # actions editor
        actions_bar = QHBoxLayout()
        actions_bar.addWidget(QLabel(self.tr("Agreed actions:")))
        actions_bar.addStretch(1)
        self.add_action = QPushButton(self.tr("Add a&ction"))
        self.remove_action = QPushButton(self.tr("&Remove action"))
        actions_bar.addWidget(self.add_action)
        actions_bar.addWidget(self.remove_action)
        outer.addLayout(actions_bar)
        self.action_table = QTableWidget(0, 4)
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
        outer.addWidget(self.errors.make("actions"))
        self.general = self.errors.make("")
        outer.addWidget(self.general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.tenant_filter.textChanged.connect(self._filter_tenants)
        self.tenants.itemChanged.connect(lambda _i: self._sync_ratings())
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.add_action.clicked.connect(lambda: self._add_action_row(None))
        self.remove_action.clicked.connect(self._remove_action_row)
        self._action_ids: list[int | None] = []
        self._fill(start, tenant_id, mentor_id)
        self.resize(900, 680)

    # --- filling ------------------------------------------------------------------------------
    def _fill(
        self, start: dt.datetime | None, tenant_id: int | None, mentor_id: int | None
    ) -> None:
        d = self.detail
        if d is None:
            begin = (
                start
                or dt.datetime.combine(
                    dt.date.today() + dt.timedelta(days=1), dt.time(10)
                ).astimezone()
            )
            qd = _to_qdatetime(begin)
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
        qs, qe = _to_qdatetime(d.starts_at), _to_qdatetime(d.ends_at)
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

    def _check_tenants(self, ids: set[int]) -> None:
        self.tenants.blockSignals(True)
        for i in range(self.tenants.count()):
            it = self.tenants.item(i)
            if it.data(Qt.ItemDataRole.UserRole) in ids:
                it.setCheckState(Qt.CheckState.Checked)
        self.tenants.blockSignals(False)
        checked = [
            self.tenants.item(i)
            for i in range(self.tenants.count())
            if self.tenants.item(i).checkState() == Qt.CheckState.Checked
        ]
        if checked:
            self.tenants.scrollToItem(checked[0])
        self._sync_ratings()

    def _filter_tenants(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tenants.count()):
            it = self.tenants.item(i)
            it.setHidden(bool(needle) and needle not in it.text().lower())

    def checked_tenants(self) -> list[int]:
        return [
            self.tenants.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tenants.count())
            if self.tenants.item(i).checkState() == Qt.CheckState.Checked
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
        names = {
            self.tenants.item(i).data(Qt.ItemDataRole.UserRole): self.tenants.item(i).text()
            for i in range(self.tenants.count())
        }
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
        due = QDateEdit()
        due.setCalendarPopup(True)
        due.setDisplayFormat("yyyy-MM-dd")
        due.setDate(_qdate(a.due_on) if a and a.due_on else self.day.date().addDays(14))
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
    def data(self) -> svc.SessionData:
        tenant_ids = self.checked_tenants()
        ratings: dict[int, int | None] = {}
        for tid in tenant_ids:
            spin = self._rating_spin(tid)
            ratings[tid] = (spin.value() or None) if spin is not None else None
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
                    _pydate(due.date()),
                    done.isChecked(),
                    None,
                    self._action_ids[row],
                )
            )
        day = self.day.date()
        return svc.SessionData(
            mentor_id=self.mentor.currentData(),
            tenant_ids=tenant_ids,
            starts_at=_from_parts(day, self.start.time()),
            ends_at=_from_parts(day, self.end.time()),
            service_type=self.service.currentData(),
            mode=self.mode.currentData(),
            room_unit_id=self.room.currentData() if self.room.isEnabled() else None,
            topic=self.topic.text(),
            notes=self.notes.toPlainText(),
            status=self.status.currentData(),
            ratings=ratings,
            actions=actions,
        )

    def save(self) -> None:
        self.errors.clear()
        if self.mentor.currentData() is None:
            self.errors.labels["mentor_id"].setText(self.tr("Add a mentor first."))
            self.errors.labels["mentor_id"].show()
            return
        try:
            if self.detail is None:
                self.saved_id = svc.create_session(self.db, self.data())
            else:
                svc.update_session(self.db, self.detail.id, self.detail.version, self.data())
                self.saved_id = self.detail.id
        except ValidationError as err:
            self.errors.show(err, self.general)
            return
        except ServiceError as err:
            self.general.setText(str(err))
            self.general.show()
            return
        self.accept()


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


class StatisticsPanel(QWidget):
    """Mentoring hours and event attendance for a year, by quarter, from `activity_stats`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        box = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year_label.setBuddy(self.year)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.coverage = QLabel()
        bar.addWidget(self.coverage)
        box.addLayout(bar)
        self.quarters = _table(10)
        self.quarters.setSortingEnabled(False)
        self.quarters.setMaximumHeight(170)
        box.addWidget(self.quarters)
        lists = QHBoxLayout()
        self.by_service = _table(3)
        self.by_mentor = _table(3)
        self.by_tenant = _table(3)
        self.service_label, self.mentor_label, self.tenant_label = QLabel(), QLabel(), QLabel()
        for lab, table in (
            (self.service_label, self.by_service),
            (self.mentor_label, self.by_mentor),
            (self.tenant_label, self.by_tenant),
        ):
            col = QVBoxLayout()
            col.addWidget(lab)
            col.addWidget(table, 1)
            lists.addLayout(col, 1)
        box.addLayout(lists, 1)
        self.year.valueChanged.connect(lambda _v: self.reload())

    def reload(self) -> None:
        from ...services import activity_stats as st

        year = self.year.value()
        hours = st.mentoring_hours_by_quarter(self.db, year)
        events = st.event_attendance(self.db, year)
        self.quarters.setRowCount(4)
        for r, (h, e) in enumerate(zip(hours, events, strict=True)):
            rate = f"{e.attendance_rate:.0%}" if e.attendance_rate is not None else "—"
            fb = f"{e.average_feedback:.1f}" if e.average_feedback is not None else "—"
            values = [
                f"{year}Q{h.quarter}",
                f"{h.hours:,.1f}",
                str(h.sessions),
                str(h.tenants_served),
                str(e.events),
                str(e.registered),
                str(e.attended),
                str(e.walk_ins),
                rate,
                fb,
            ]
            for c, v in enumerate(values):
                it = _item(v)
                if c:
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.quarters.setItem(r, c, it)
        year_hours = st.mentoring_hours(self.db, year)
        for table, lines in (
            (self.by_service, year_hours.by_service_type),
            (self.by_mentor, year_hours.by_mentor),
            (self.by_tenant, year_hours.by_tenant),
        ):
            table.setSortingEnabled(False)
            table.setRowCount(len(lines))
            for r, line in enumerate(lines):
                table.setItem(r, 0, _item(line.name))
                for c, value in ((1, line.hours), (2, line.sessions)):
                    it = QTableWidgetItem()
                    it.setData(Qt.ItemDataRole.DisplayRole, value)
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, c, it)
            table.setSortingEnabled(True)
        cov = st.mentor_coverage(self.db)
        share = f"{cov.share:.0%}" if cov.share is not None else "—"
        self.coverage.setText(
            self.tr("Today %1 of %2 tenants have an assigned mentor (%3); %4 active mentors.")
            .replace("%1", str(cov.with_mentor))
            .replace("%2", str(cov.open_tenants))
            .replace("%3", share)
            .replace("%4", str(cov.active_mentors))
        )

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.quarters.setHorizontalHeaderLabels(
            [
                self.tr("Quarter"),
                self.tr("Mentoring hours"),
                self.tr("Sessions held"),
                self.tr("Tenants served"),
                self.tr("Events"),
                self.tr("Registered"),
                self.tr("Attended"),
                self.tr("Walk-ins"),
                self.tr("Attendance rate"),
                self.tr("Average feedback"),
            ]
        )
        for c in range(10):
            self.quarters.horizontalHeader().resizeSection(c, 120)
        self.service_label.setText(self.tr("Hours by service type (year):"))
        self.mentor_label.setText(self.tr("Hours by mentor (year):"))
        self.tenant_label.setText(self.tr("Hours by tenant (year):"))
        for table, first in (
            (self.by_service, self.tr("Service")),
            (self.by_mentor, self.tr("Mentor")),
            (self.by_tenant, self.tr("Tenant")),
        ):
            table.setHorizontalHeaderLabels([first, self.tr("Hours"), self.tr("Sessions")])
            table.horizontalHeader().resizeSection(0, 200)


class MentoringPage(RegisterPage):
    """Sessions, mentors, overdue actions and the calendar, as tabs.

    The page is the sessions register (search, sorting, lazy loading, remembered columns);
    its search bar and table sit in the first tab.
    """

    key = "mentoring"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("starts_at", QT_TRANSLATE_NOOP("Columns", "Starts"), width=140),
            _col("mentor", QT_TRANSLATE_NOOP("Columns", "Mentor"), width=110),
            _col("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=260),
            _col("service_type", QT_TRANSLATE_NOOP("Columns", "Service"), width=190),
            _col("topic", QT_TRANSLATE_NOOP("Columns", "Topic"), width=220),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        ]
        super().__init__(
            db, ov.session_register(), columns, sort_column=0, descending=True, parent=parent
        )
        # RegisterPage laid out [title, search bar, table]; move the bar and table into a tab.
        bar_item = self.layout_.takeAt(1)
        self.layout_.takeAt(1)
        search_bar = bar_item.layout() if bar_item is not None else None
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        # sessions
        self.sessions_tab = QWidget()
        box = QVBoxLayout(self.sessions_tab)
        if search_bar is not None:
            search_bar.setParent(None)
            box.addLayout(search_bar)
        box.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.new_session = QPushButton()
        self.edit_session = QPushButton()
        self.cancel_session = QPushButton()
        self.delete_session = QPushButton()
        self.export_mentor = QPushButton()
        for b in (self.new_session, self.edit_session, self.cancel_session, self.delete_session):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.export_mentor)
        box.addLayout(bar)
        self.tabs.addTab(self.sessions_tab, "")

        # mentors
        self.mentors_tab = QWidget()
        box = QVBoxLayout(self.mentors_tab)
        filt = QHBoxLayout()
        self.mentor_search = QLineEdit()
        self.mentor_search.setClearButtonEnabled(True)
        self.mentor_search.setMinimumWidth(320)
        self.show_inactive = QCheckBox()
        filt.addWidget(self.mentor_search)
        filt.addWidget(self.show_inactive)
        filt.addStretch(1)
        self.mentor_count = QLabel()
        filt.addWidget(self.mentor_count)
        box.addLayout(filt)
        self.mentors = _table(7)
        box.addWidget(self.mentors, 2)
        self.assigned_label = QLabel()
        box.addWidget(self.assigned_label)
        self.assigned = _table(3)
        box.addWidget(self.assigned, 1)
        bar = QHBoxLayout()
        self.new_mentor = QPushButton()
        self.edit_mentor = QPushButton()
        self.assign = QPushButton()
        self.end_assign = QPushButton()
        for b in (self.new_mentor, self.edit_mentor, self.assign, self.end_assign):
            bar.addWidget(b)
        bar.addStretch(1)
        box.addLayout(bar)
        self.tabs.addTab(self.mentors_tab, "")

        # overdue actions
        self.actions_tab = QWidget()
        box = QVBoxLayout(self.actions_tab)
        filt = QHBoxLayout()
        self.overdue_by = QComboBox()
        self.overdue_who = QComboBox()
        self.overdue_who.setMinimumWidth(260)
        filt.addWidget(self.overdue_by)
        filt.addWidget(self.overdue_who)
        filt.addStretch(1)
        self.overdue_count = QLabel()
        filt.addWidget(self.overdue_count)
        box.addLayout(filt)
        self.overdue = _table(7)
        box.addWidget(self.overdue, 1)
        bar = QHBoxLayout()
        self.mark_done = QPushButton()
        self.open_action_session = QPushButton()
        bar.addWidget(self.mark_done)
        bar.addWidget(self.open_action_session)
        bar.addStretch(1)
        box.addLayout(bar)
        self.tabs.addTab(self.actions_tab, "")

        # calendar
        self.calendar = CalendarPanel(db)
        self.tabs.addTab(self.calendar, "")

        # statistics (from services/activity_stats, the same figures the reports print)
        self.stats_tab = StatisticsPanel(db)
        self.tabs.addTab(self.stats_tab, "")

        # behaviour
        self.new_session.clicked.connect(lambda: self.open_session(None))
        self.edit_session.clicked.connect(self._edit_selected_session)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected_session())
        self.cancel_session.clicked.connect(self._cancel_selected_session)
        self.delete_session.clicked.connect(self._delete_selected_session)
        self.export_mentor.clicked.connect(self._export_mentor)
        self.mentor_search.textChanged.connect(lambda _t: self._fill_mentors())
        self.show_inactive.toggled.connect(lambda _on: self._fill_mentors())
        self.mentors.itemSelectionChanged.connect(self._fill_assigned)
        self.mentors.doubleClicked.connect(lambda _i: self._edit_mentor())
        self.new_mentor.clicked.connect(lambda: self._edit_mentor(new=True))
        self.edit_mentor.clicked.connect(lambda: self._edit_mentor())
        self.assign.clicked.connect(self._assign)
        self.end_assign.clicked.connect(self._end_assignment)
        self.overdue_by.currentIndexChanged.connect(lambda _i: self._fill_overdue_who())
        self.overdue_who.currentIndexChanged.connect(lambda _i: self._fill_overdue())
        self.mark_done.clicked.connect(self._mark_done)
        self.open_action_session.clicked.connect(self._open_action_session)
        self.overdue.doubleClicked.connect(lambda _i: self._open_action_session())
        self.calendar.open_session.connect(self.open_session)
        self.calendar.open_event.connect(self._open_event)
        self.calendar.changed.connect(lambda: RegisterPage.refresh(self))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_session(None))
        self._loaded: set[int] = set()
        self.retranslate()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loaded.clear()
        self.calendar.db = self.db
        super().refresh()
        self._load_tab()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.calendar.db = db
        self.calendar._loaded = False
        self.refresh()

    def _load_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._loaded:
            return
        self._loaded.add(index)
        widget = self.tabs.widget(index)
        if widget is self.mentors_tab:
            self._fill_mentors()
        elif widget is self.actions_tab:
            self._fill_overdue_who()
        elif widget is self.stats_tab:
            self.stats_tab.db = self.db
            self.stats_tab.reload()
        elif widget is self.calendar:
            self.calendar._loaded = False
            self.calendar.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_tab()

    def focus_search(self) -> None:
        if self.tabs.currentWidget() is self.mentors_tab:
            self.mentor_search.setFocus()
            self.mentor_search.selectAll()
        else:
            self.tabs.setCurrentWidget(self.sessions_tab)
            super().focus_search()

    def _changed(self) -> None:
        """After a change: reload what shows, the rest when next shown."""
        RegisterPage.refresh(self)
        self._loaded = set()
        self._load_tab()

    # --- sessions -----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_id(index.row())

    def search_placeholder(self) -> str:
        return self.tr("Search by mentor or topic…")

    def open_session(self, session_id: int | None, *, tenant_id: int | None = None) -> int | None:
        try:
            dlg = SessionDialog(self.db, session_id, self, tenant_id=tenant_id)
        except ServiceError as err:
            messages.error(self, self.tr("Mentoring session"), str(err))
            return None
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._changed()
            return dlg.saved_id
        return None

    def _edit_selected_session(self) -> None:
        sid = self.selected_id()
        if sid is None:
            messages.info(self, self.tr("Mentoring session"), self.tr("Select a session first."))
            return
        self.open_session(sid)

    def _cancel_selected_session(self) -> None:
        sid = self.selected_id()
        if sid is None:
            messages.info(self, self.tr("Mentoring session"), self.tr("Select a session first."))
            return
        d = svc.get_session(self.db, sid)
        if d.status is SessionStatus.CANCELLED:
            return
        text = (
            self.tr("Cancel the session “%1” on %2? Its room booking is released.")
            .replace("%1", d.topic or label(d.service_type))
            .replace("%2", local_text(d.starts_at))
        )
        if not messages.confirm(self, self.tr("Cancel session"), text):
            return
        try:
            svc.cancel_session(self.db, sid, d.version)
        except ServiceError as err:
            messages.error(self, self.tr("Session not cancelled"), str(err))
        self._changed()

    def _delete_selected_session(self) -> None:
        sid = self.selected_id()
        if sid is None:
            messages.info(self, self.tr("Mentoring session"), self.tr("Select a session first."))
            return
        d = svc.get_session(self.db, sid)
        text = (
            self.tr(
                "Delete the session “%1” on %2 with its agreed actions? This cannot be undone; "
                "to keep a record, cancel it instead."
            )
            .replace("%1", d.topic or label(d.service_type))
            .replace("%2", local_text(d.starts_at))
        )
        if not messages.confirm(self, self.tr("Delete session"), text):
            return
        try:
            svc.delete_session(self.db, sid, d.version)
        except ServiceError as err:
            messages.error(self, self.tr("Session not deleted"), str(err))
        self._changed()

    def _export_mentor(self) -> None:
        mentors = svc.list_mentors(self.db)
        sid = self.selected_id()
        mentor_id = svc.get_session(self.db, sid).mentor_id if sid is not None else None
        if mentor_id is None and self.tabs.currentWidget() is self.mentors_tab:
            mentor_id = _selected_data(self.mentors)  # type: ignore[assignment]
        if mentor_id is None:
            messages.info(
                self,
                self.tr("Export calendar"),
                self.tr("Select one of the mentor's sessions (or the mentor) first."),
            )
            return
        name = next((m.name for m in mentors if m.id == mentor_id), "mentor")
        export_ics(self, "mentor", mentor_id, name)

    def _open_event(self, event_id: int) -> None:
        from .training import EventDialog

        dlg = EventDialog(self.db, event_id, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.calendar.reload()

    # --- mentors ------------------------------------------------------------------------------
    def _fill_mentors(self) -> None:
        rows = svc.list_mentors(self.db)
        needle = self.mentor_search.text().strip().lower()
        if not self.show_inactive.isChecked():
            rows = [m for m in rows if m.active]
        if needle:
            rows = [
                m
                for m in rows
                if needle in m.name.lower()
                or needle in m.organisation.lower()
                or any(needle in t.lower() for t in m.expertise)
            ]
        selected = _selected_data(self.mentors)
        self.mentors.setSortingEnabled(False)
        self.mentors.setRowCount(len(rows))
        for r, m in enumerate(rows):
            values = [
                m.name,
                label_kind(m.kind),
                m.organisation,
                "、".join(m.expertise),
                str(m.tenants),
                m.phone,
                m.email if m.active else f"{m.email} ({self.tr('inactive')})",
            ]
            for c, v in enumerate(values):
                it = _item(v, m.id if c == 0 else None)
                if c == 4:
                    it.setData(Qt.ItemDataRole.DisplayRole, m.tenants)
                    it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.mentors.setItem(r, c, it)
        self.mentors.setSortingEnabled(True)
        self.mentor_count.setText(self.tr("%n mentor(s)", "", len(rows)))
        for r in range(self.mentors.rowCount()):
            cell = self.mentors.item(r, 0)
            if cell and cell.data(Qt.ItemDataRole.UserRole) == selected:
                self.mentors.selectRow(r)
        self._fill_assigned()

    def _fill_assigned(self) -> None:
        mentor_id = _selected_data(self.mentors)
        rows = (
            svc.assignments(self.db, mentor_id=mentor_id)  # type: ignore[arg-type]
            if mentor_id is not None
            else []
        )
        self.assigned.setSortingEnabled(False)
        self.assigned.setRowCount(len(rows))
        for r, a in enumerate(rows):
            self.assigned.setItem(r, 0, _item(a.tenant, a))
            self.assigned.setItem(r, 1, _item(a.since.isoformat()))
            self.assigned.setItem(r, 2, _item(a.until.isoformat() if a.until else "—"))
        self.assigned.setSortingEnabled(True)

    def _edit_mentor(self, new: bool = False) -> None:
        mentor = None
        if not new:
            mid = _selected_data(self.mentors)
            if mid is None:
                messages.info(self, self.tr("Mentors"), self.tr("Select a mentor first."))
                return
            mentor = svc.get_mentor(self.db, mid)  # type: ignore[arg-type]
        dlg = MentorDialog(self.db, mentor, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._fill_mentors()
            self.calendar._loaded = False

    def _assign(self) -> None:
        mid = _selected_data(self.mentors)
        dlg = AssignDialog(self.db, mid, None, self)  # type: ignore[arg-type]
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._fill_mentors()

    def _end_assignment(self) -> None:
        a = _selected_data(self.assigned)
        if not isinstance(a, svc.AssignmentRow):
            messages.info(self, self.tr("Mentors"), self.tr("Select an assigned tenant first."))
            return
        text = (
            self.tr("End %1's assignment to %2 today?")
            .replace("%1", a.mentor)
            .replace("%2", a.tenant)
        )
        if not messages.confirm(self, self.tr("End assignment"), text):
            return
        try:
            svc.end_assignment(self.db, a.id, a.version, max(dt.date.today(), a.since))
        except ServiceError as err:
            messages.error(self, self.tr("Assignment not changed"), str(err))
        self._fill_mentors()

    # --- overdue actions ----------------------------------------------------------------------
    def _fill_overdue_who(self) -> None:
        by = self.overdue_by.currentData()
        self.overdue_who.blockSignals(True)
        self.overdue_who.clear()
        if by == "mentor":
            for m in svc.list_mentors(self.db):
                self.overdue_who.addItem(m.name, m.id)
        elif by == "tenant":
            for t in svc.tenant_choices(self.db, open_only=False):
                self.overdue_who.addItem(t.name, t.id)
        self.overdue_who.setVisible(by != "")
        self.overdue_who.blockSignals(False)
        self._fill_overdue()

    def _fill_overdue(self) -> None:
        by, who = self.overdue_by.currentData(), self.overdue_who.currentData()
        rows = svc.overdue_actions(
            self.db,
            tenant_id=who if by == "tenant" else None,
            mentor_id=who if by == "mentor" else None,
        )
        self.overdue.setSortingEnabled(False)
        self.overdue.setRowCount(len(rows))
        for r, a in enumerate(rows):
            values = [
                a.description,
                a.owner,
                a.tenant,
                a.mentor,
                a.due_on.isoformat(),
            ]
            for c, v in enumerate(values):
                self.overdue.setItem(r, c, _item(v, a if c == 0 else None))
            days = QTableWidgetItem()
            days.setData(Qt.ItemDataRole.DisplayRole, a.days_overdue)
            days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.overdue.setItem(r, 5, days)
            self.overdue.setItem(
                r, 6, _item(f"{local_text(a.session_starts_at)} {a.session_topic}")
            )
        self.overdue.setSortingEnabled(True)
        self.overdue_count.setText(self.tr("%n overdue action(s)", "", len(rows)))

    def _mark_done(self) -> None:
        a = _selected_data(self.overdue)
        if not isinstance(a, svc.OverdueAction):
            messages.info(self, self.tr("Overdue actions"), self.tr("Select an action first."))
            return
        try:
            svc.set_action_done(self.db, a.id, a.version, True)
        except ServiceError as err:
            messages.error(self, self.tr("Action not changed"), str(err))
        self._fill_overdue()

    def _open_action_session(self) -> None:
        a = _selected_data(self.overdue)
        if isinstance(a, svc.OverdueAction):
            self.open_session(a.session_id)

    # --- text ---------------------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Mentoring")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "calendar"):
            return
        self.tabs.setTabText(0, self.tr("&Sessions"))
        self.tabs.setTabText(1, self.tr("M&entors"))
        self.tabs.setTabText(2, self.tr("&Overdue actions"))
        self.tabs.setTabText(3, self.tr("&Calendar"))
        self.tabs.setTabText(4, self.tr("S&tatistics"))
        self.stats_tab.retranslate()
        self.new_session.setText(self.tr("&New session…"))
        self.new_session.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.edit_session.setText(self.tr("&Edit…"))
        self.cancel_session.setText(self.tr("Cancel sessio&n"))
        self.delete_session.setText(self.tr("&Delete…"))
        self.export_mentor.setText(self.tr("E&xport mentor's calendar…"))
        self.mentor_search.setPlaceholderText(self.tr("Search by name, organisation or expertise…"))
        self.show_inactive.setText(self.tr("Show inactive"))
        self.mentors.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Organisation"),
                self.tr("Expertise"),
                self.tr("Tenants"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ]
        )
        for col, w in ((0, 120), (1, 170), (2, 200), (3, 200), (4, 70), (5, 130)):
            self.mentors.horizontalHeader().resizeSection(col, w)
        self.assigned_label.setText(self.tr("Tenants assigned to the selected mentor:"))
        self.assigned.setHorizontalHeaderLabels(
            [self.tr("Tenant"), self.tr("From"), self.tr("Until")]
        )
        self.assigned.horizontalHeader().resizeSection(0, 320)
        self.new_mentor.setText(self.tr("New &mentor…"))
        self.edit_mentor.setText(self.tr("Edit mentor…"))
        self.assign.setText(self.tr("&Assign to a tenant…"))
        self.end_assign.setText(self.tr("End assi&gnment…"))
        current = self.overdue_by.currentData()
        self.overdue_by.blockSignals(True)
        self.overdue_by.clear()
        self.overdue_by.addItem(self.tr("All open actions past due"), "")
        self.overdue_by.addItem(self.tr("For one mentor"), "mentor")
        self.overdue_by.addItem(self.tr("For one tenant"), "tenant")
        self.overdue_by.setCurrentIndex(max(self.overdue_by.findData(current), 0))
        self.overdue_by.blockSignals(False)
        self.overdue_who.setVisible(self.overdue_by.currentData() not in (None, ""))
        self.overdue.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Owner"),
                self.tr("Tenant"),
                self.tr("Mentor"),
                self.tr("Due"),
                self.tr("Days overdue"),
                self.tr("Session"),
            ]
        )
        for col, w in ((0, 260), (1, 100), (2, 240), (3, 100), (4, 100), (5, 100)):
            self.overdue.horizontalHeader().resizeSection(col, w)
        self.mark_done.setText(self.tr("Mark &done"))
        self.open_action_session.setText(self.tr("Open the &session…"))
        self.calendar.retranslate()


# ---------------------------------------------------------------------------------------------
# Export (shared with the tenant tab and the training page)
# ---------------------------------------------------------------------------------------------


def export_ics(parent: QWidget, what: str, item_id: int | None, name: str) -> None:
    """Ask for a file name and write a mentor's / tenant's / all events' calendar there."""
    from ...services import ical

    db: Database = parent.db  # type: ignore[attr-defined]
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip() or "calendar"
    path = messages.save_file(
        parent,
        QCoreApplication.translate("MentoringPage", "Export calendar"),
        str(Path.home() / f"{safe}.ics"),
        QCoreApplication.translate("MentoringPage", "iCalendar files (*.ics)"),
    )
    if not path:
        return
    out = Path(path)
    if out.suffix.lower() != ".ics":
        out = out.with_name(out.name + ".ics")
    try:
        if what == "mentor":
            assert item_id is not None
            data, n = ical.mentor_calendar(db, item_id)
        elif what == "tenant":
            assert item_id is not None
            data, n = ical.tenant_calendar(db, item_id)
        else:
            data, n = ical.events_calendar(db)
        ical.write_ics(out, data)
    except (ServiceError, OSError) as err:
        messages.error(
            parent, QCoreApplication.translate("MentoringPage", "Calendar not exported"), str(err)
        )
        return
    messages.info(
        parent,
        QCoreApplication.translate("MentoringPage", "Export calendar"),
        QCoreApplication.translate("MentoringPage", "%n item(s) written to %1.", None, n).replace(
            "%1", str(out)
        ),
    )


# ---------------------------------------------------------------------------------------------
# Tenant detail tab
# ---------------------------------------------------------------------------------------------


class TenantMentoringTab(QWidget):
    """A tenant's mentors, sessions and overdue actions, with new-session and export buttons."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        box = QVBoxLayout(self)
        self.mentors_label = QLabel()
        box.addWidget(self.mentors_label)
        self.sessions = _table(5)
        box.addWidget(self.sessions, 2)
        self.overdue_label = QLabel()
        box.addWidget(self.overdue_label)
        self.overdue = _table(4)
        box.addWidget(self.overdue, 1)
        bar = QHBoxLayout()
        self.new_session = QPushButton()
        self.assign = QPushButton()
        self.export = QPushButton()
        bar.addWidget(self.new_session)
        bar.addWidget(self.assign)
        bar.addStretch(1)
        bar.addWidget(self.export)
        box.addLayout(bar)
        self.new_session.clicked.connect(self._new_session)
        self.assign.clicked.connect(self._assign)
        self.export.clicked.connect(self._export)
        self.sessions.doubleClicked.connect(lambda _i: self._open_selected())
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantMentoringTab", "Mentoring")

    def refresh(self) -> None:
        current = svc.assignments(self.db, tenant_id=self.tenant_id, current_on=dt.date.today())
        names = "、".join(a.mentor for a in current) or self.tr("none")
        self.mentors_label.setText(self.tr("Assigned mentors: %1").replace("%1", names))
        far = dt.datetime(2100, 1, 1).astimezone()
        rows = svc.sessions_between(
            self.db,
            dt.datetime(1990, 1, 1).astimezone(),
            far,
            tenant_id=self.tenant_id,
            include_cancelled=True,
        )
        rows.reverse()
        self.sessions.setSortingEnabled(False)
        self.sessions.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = [
                local_text(s.starts_at),
                s.mentor,
                label(s.service_type),
                s.topic,
                label(s.status),
            ]
            for c, v in enumerate(values):
                self.sessions.setItem(r, c, _item(v, s.id if c == 0 else None))
        self.sessions.setSortingEnabled(True)
        overdue = svc.overdue_actions(self.db, tenant_id=self.tenant_id)
        self.overdue_label.setText(self.tr("Overdue actions: %n", "", len(overdue)))
        self.overdue.setRowCount(len(overdue))
        for r, a in enumerate(overdue):
            for c, v in enumerate([a.description, a.owner, a.due_on.isoformat(), a.mentor]):
                self.overdue.setItem(r, c, _item(v, a.session_id if c == 0 else None))

    def _open_selected(self) -> None:
        sid = _selected_data(self.sessions)
        if sid is None:
            return
        dlg = SessionDialog(self.db, sid, self)  # type: ignore[arg-type]
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _new_session(self) -> None:
        dlg = SessionDialog(self.db, None, self, tenant_id=self.tenant_id)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _assign(self) -> None:
        dlg = AssignDialog(self.db, None, self.tenant_id, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _export(self) -> None:
        name = next(
            (
                c.name
                for c in svc.tenant_choices(self.db, open_only=False)
                if c.id == self.tenant_id
            ),
            "tenant",
        )
        export_ics(self, "tenant", self.tenant_id, name)

    def retranslate(self) -> None:
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("Starts"), self.tr("Mentor"), self.tr("Service"), self.tr("Topic"),
             self.tr("Status")]
        )  # fmt: skip
        self.sessions.horizontalHeader().resizeSection(0, 140)
        self.sessions.horizontalHeader().resizeSection(2, 170)
        self.sessions.horizontalHeader().resizeSection(3, 220)
        self.overdue.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Mentor")]
        )
        self.overdue.horizontalHeader().resizeSection(0, 300)
        self.new_session.setText(self.tr("&New session…"))
        self.assign.setText(self.tr("&Assign a mentor…"))
        self.export.setText(self.tr("E&xport schedule (.ics)…"))
