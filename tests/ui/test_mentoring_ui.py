"""A programme manager schedules a month of mentoring and two events, takes registrations past
capacity, checks people in, moves items on the calendar and exports an .ics Outlook opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import RegistrationStatus, SessionMode, UnitKind
from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.models import Building, Floor, Person, Site, Tenant, Unit
from incubator_desk.services import ical, mentoring, training
from incubator_desk.ui import messages
from incubator_desk.ui.dialogs.event_dialog import EventDialog
from incubator_desk.ui.dialogs.mentor_dialog import MentorDialog
from incubator_desk.ui.dialogs.person_picker import PersonPicker
from incubator_desk.ui.dialogs.session_dialog import SessionDialog
from incubator_desk.ui.pages import mentoring as mpage
from incubator_desk.ui.pages import training as tpage
from incubator_desk.ui.toolkit import RowsModel

TENANTS = ["深圳云帆科技有限公司", "深圳星河智能有限公司", "深圳蓝海生物有限公司"]


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def click_button(qtbot, box: QDialogButtonBox, which) -> None:
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    from incubator_desk.app import make_application
    from incubator_desk.ui import i18n

    make_application()
    i18n.install("en")
    opened = open_database(resolve_location(str(tmp_path / "m.sqlite")), create=True).db
    with opened.uow("setup") as uow:
        s = uow.session
        for i, name in enumerate(TENANTS):
            t = Tenant(name_zh=name)
            s.add(t)
            s.flush()
            s.add_all([Person(tenant_id=t.id, name=f"员工{i}{k}") for k in range(3)])
        site = Site(name="园区")
        building = Building(site=site, code="A", name="A 座")
        floor = Floor(building=building, level=1)
        s.add_all([site, building, floor])
        s.flush()
        s.add(
            Unit(
                floor_id=floor.id,
                building_id=building.id,
                code="A-101",
                kind=UnitKind.MEETING_ROOM,
                area_m2=Decimal(30),
                bookable=True,
            )
        )
        uow.commit()
    yield opened
    opened.dispose()


def _tenant_ids(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Tenant.id).order_by(Tenant.id)))


def cell(model: RowsModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def _fill_session(dlg: SessionDialog, day: dt.date, hour: int, tenant_index: int) -> None:
    dlg.day.setDate(QDate(day.year, day.month, day.day))
    dlg.start.setTime(QTime(hour, 0))
    dlg.end.setTime(QTime(hour + 1, 30))
    item = dlg.tenants.item(tenant_index)
    item.setCheckState(Qt.CheckState.Checked)


def test_schedule_a_month_of_mentoring_with_conflicts_and_calendar(
    qtbot, qtmodeltester, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = mpage.MentoringPage(db)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)

    # a new mentor, typed in
    page.tabs.setCurrentWidget(page.mentors_tab)
    dlg = MentorDialog(db, None, page)
    qtbot.addWidget(dlg)
    type_text(qtbot, dlg.name, "王明")
    type_text(qtbot, dlg.organisation, "深创投")
    type_text(qtbot, dlg.expertise, "融资, 股权")
    click_button(qtbot, dlg.findChild(QDialogButtonBox), QDialogButtonBox.StandardButton.Save)
    assert dlg.result() == QDialog.DialogCode.Accepted
    page.mentors_tab.reload()
    mentors = page.mentors_tab.model
    assert mentors.rowCount() == 1 and cell(mentors, 0, 0) == "王明"
    assert cell(mentors, 0, 1) == "Entrepreneurship mentor"
    qtmodeltester.check(mentors)

    # a month of weekly sessions, one tenant each, through the dialog
    first = clock.today() + dt.timedelta(days=7 - clock.today().weekday())  # next Monday
    for week in range(4):
        dlg = SessionDialog(db, None, page)
        qtbot.addWidget(dlg)
        _fill_session(dlg, first + dt.timedelta(weeks=week), 10, week % 3)
        type_text(qtbot, dlg.topic, f"融资辅导 {week + 1}")
        dlg.save()
        assert dlg.result() == QDialog.DialogCode.Accepted, dlg.errors.summary.text()
    page.refresh()
    sessions = page.sessions_tab.sessions
    assert sessions.model.total == 4

    # the same mentor at an overlapping time: refused in the dialog, naming the other session
    dlg = SessionDialog(db, None, page)
    qtbot.addWidget(dlg)
    _fill_session(dlg, first, 11, 2)
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "融资辅导 1" in dlg.errors.summary.text() and "王明" in dlg.errors.summary.text()
    # end before start: the message sits next to the time
    dlg.start.setTime(QTime(16, 0))
    dlg.end.setTime(QTime(15, 0))
    dlg.save()
    assert "end after it starts" in dlg.errors.labels["ends_at"].text()
    assert sessions.model.total == 4

    # on site with a room: booked; the calendar shows it in week and month views
    dlg = SessionDialog(db, None, page)
    qtbot.addWidget(dlg)
    _fill_session(dlg, first + dt.timedelta(days=1), 14, 1)
    dlg.mode.setCurrentIndex(dlg.mode.findData(SessionMode.ON_SITE))
    dlg.room.setCurrentIndex(dlg.room.findText("A-101"))
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert mentoring.get_session(db, dlg.saved_id).room == "A-101"

    page.tabs.setCurrentWidget(page.calendar)
    cal = page.calendar
    cal.show_date(first)
    assert {e.kind for e in cal.view.entries} == {"session"}
    assert len(cal.view.entries) == 2  # this week: Monday and Tuesday
    cal.set_mode("month")
    cal.show_date(first + dt.timedelta(weeks=3))
    QApplication.processEvents()
    page.grab()  # paints, so the items have hit areas
    assert len([e for e in cal.view.entries if e.kind == "session"]) >= 4

    # drag the first Monday's session to Wednesday in the week view
    cal.set_mode("week")
    cal.show_date(first)
    cal.view.repaint()
    monday = next(e for e in cal.view.entries if e.starts_at.date() == first)
    rect = cal.view.entry_rect(monday.id, "session")
    assert rect is not None
    start = rect.center().toPoint()
    col_w = (cal.view.width() - cal.view._gutter()) / 7
    target = start + QPoint(int(col_w * 2), 0)
    qtbot.mousePress(cal.view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(cal.view, start + QPoint(20, 0))
    qtbot.mouseMove(cal.view, target)
    qtbot.mouseRelease(cal.view, Qt.MouseButton.LeftButton, pos=target)
    moved = mentoring.get_session(db, monday.id)
    assert clock.park_time(moved.starts_at).date() == first + dt.timedelta(days=2)
    assert clock.park_time(moved.starts_at).hour == 10

    # dragging onto the Tuesday session of the same mentor is refused, with a message
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    cal.view.repaint()
    wed = cal.view.entry_rect(monday.id, "session")
    tue = next(e for e in cal.view.entries if e.starts_at.date() == first + dt.timedelta(days=1))
    tue_rect = cal.view.entry_rect(tue.id, "session")
    assert wed is not None and tue_rect is not None
    cal.view._drag = next(e for e in cal.view.entries if e.id == monday.id)
    cal.view.moved.emit(cal.view._drag, tue.starts_at)
    cal.view._drag = None
    assert errors and "already in the session" in errors[0]
    assert mentoring.get_session(db, monday.id).starts_at == moved.starts_at

    # double-click opens the session's dialog
    opened: list[int | None] = []
    monkeypatch.setattr(
        SessionDialog,
        "exec",
        lambda self: opened.append(self.record.id if self.record else None) or 0,
    )
    cal.view.repaint()
    wed = cal.view.entry_rect(monday.id, "session")
    assert wed is not None
    qtbot.mouseDClick(cal.view, Qt.MouseButton.LeftButton, pos=wed.center().toPoint())
    assert opened == [monday.id]

    # the filter by tenant keeps only that tenant's sessions
    tid = _tenant_ids(db)[1]
    cal.tenant.setCurrentIndex(cal.tenant.findData(tid))
    assert cal.view.entries and all(
        tid in mentoring.get_session(db, e.id).tenant_ids for e in cal.view.entries
    )

    # export the mentor's calendar to a file with Chinese and spaces in its name
    out = tmp_path / "导师 日程.ics"
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(out))
    infos: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: infos.append(text))
    page.tabs.setCurrentWidget(page.sessions_tab)
    sessions.table.selectRow(0)
    qtbot.mouseClick(page.sessions_tab.export_mentor, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(infos), timeout=5000)  # written in the background
    back = ical.read_ics(out.read_bytes())
    far = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    rows = mentoring.sessions_between(db, dt.datetime(2000, 1, 1, tzinfo=dt.UTC), far)
    assert sorted((i.uid, i.starts_at, i.ends_at) for i in back) == sorted(
        (f"session-{r.id}@incubator-desk", r.starts_at, r.ends_at) for r in rows
    )
    assert infos and "5 item(s)" in infos[0]


def test_two_events_registrations_past_capacity_check_in_and_export(
    qtbot, qtmodeltester, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = tpage.TrainingPage(db)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    infos: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, _t, text: infos.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)

    for title, cap in (("创业政策宣讲会", 2), ("Demo Day 2027", 50)):
        dlg = EventDialog(db, None, page)
        qtbot.addWidget(dlg)
        type_text(qtbot, dlg.title_edit, title)
        dlg.capacity.setValue(0)
        dlg.save()
        assert "at least 1" in dlg.errors.labels["capacity"].text()
        dlg.capacity.setValue(cap)
        dlg.outside.setChecked(True)
        type_text(qtbot, dlg.address, "深圳湾创业广场")
        dlg.save()
        assert dlg.result() == QDialog.DialogCode.Accepted, dlg.errors.summary.text()
    page.refresh()
    assert page.events.model.total == 2

    # select the small event and register three people: the third goes on the waiting list
    for row in range(page.events.model.rowCount()):
        if training.get_event(db, page.events.model.row_id(row)).capacity == 2:
            page.events.table.selectRow(row)
    ev = page.current_event()
    assert ev is not None and ev.capacity == 2
    with db.read() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id)))

    def pick(person_id: int):
        def exec_(self) -> int:
            self.person_id = person_id
            return QDialog.DialogCode.Accepted

        return exec_

    for pid in people[:3]:
        monkeypatch.setattr(PersonPicker, "exec", pick(pid))
        qtbot.mouseClick(page.register_btn, Qt.MouseButton.LeftButton)
    assert "number 1 on the waiting list" in infos[-1]
    regs = page.reg_model
    assert regs.rowCount() == 3
    assert cell(regs, 2, 2) == "Waiting list #1"
    qtmodeltester.check(regs)

    # registering the same person twice is refused with a clear message
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(PersonPicker, "exec", pick(people[0]))
    qtbot.mouseClick(page.register_btn, Qt.MouseButton.LeftButton)
    assert "already registered" in errors[-1]

    # the first cancels: the waiting person moves up
    page.regs.selectRow(0)
    qtbot.mouseClick(page.cancel_reg, Qt.MouseButton.LeftButton)
    states = {r.person_id: r.status for r in training.registrations(db, ev.id)}
    assert states[people[2]] is RegistrationStatus.REGISTERED

    # check in the first registered person, and a walk-in
    page.regs.selectRow(0)
    qtbot.mouseClick(page.check_in_btn, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(PersonPicker, "exec", pick(people[5]))
    qtbot.mouseClick(page.walk_in, Qt.MouseButton.LeftButton)
    detail = training.get_event(db, ev.id)
    assert (detail.checked_in, detail.walk_ins) == (1, 1)
    assert "Attendance rate 50%" in page.summary.text()

    # feedback for the checked-in person
    row = next(r for r in range(regs.rowCount()) if cell(regs, r, 4))
    page.regs.selectRow(row)
    page.feedback.setValue(5)
    qtbot.mouseClick(page.set_feedback, Qt.MouseButton.LeftButton)
    assert training.get_event(db, ev.id).average_feedback == 5.0

    # capacity below the registrations refused in the dialog
    dlg = EventDialog(db, ev.id, page)
    qtbot.addWidget(dlg)
    dlg.capacity.setValue(1)
    dlg.save()
    assert "already registered" in dlg.errors.labels["capacity"].text()

    # cancel the event: check-in refused afterwards
    qtbot.mouseClick(page.cancel_event, Qt.MouseButton.LeftButton)
    assert not page.check_in_btn.isEnabled()

    # export all events; the .ics parses back with the same events
    out = tmp_path / "培训 活动.ics"
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(out))
    qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "item(s) written" in infos[-1], timeout=5000)
    back = ical.read_ics(out.read_bytes())
    events = training.events_between(
        db,
        dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2100, 1, 1, tzinfo=dt.UTC),
        include_cancelled=True,
    )
    assert sorted((i.uid, i.summary, i.starts_at, i.ends_at, i.cancelled) for i in back) == sorted(
        (
            f"event-{e.id}@incubator-desk",
            e.title,
            e.starts_at,
            e.ends_at,
            e.status.value == "cancelled",
        )
        for e in events
    )
    assert all(i.location == "深圳湾创业广场" for i in back)


def test_tenant_tabs(qtbot, qtmodeltester, db: Database) -> None:
    t = _tenant_ids(db)[0]
    m = mentoring.create_mentor(db, mentoring.MentorData("李导师", mentoring.MentorKind.INVESTOR))
    mentoring.assign_mentor(db, m, t, dt.date(2026, 1, 1))
    start = clock.local_aware(dt.datetime(2026, 3, 2, 10))
    mentoring.create_session(
        db,
        mentoring.SessionData(
            m, [t], start, start + dt.timedelta(hours=1), mentoring.ServiceType.FINANCING,
            actions=[mentoring.ActionData("提交BP", "张三", dt.date(2026, 3, 9))],
        ),
    )  # fmt: skip
    tab = mpage.TenantMentoringTab(db, t)
    qtbot.addWidget(tab)
    assert "李导师" in tab.mentors_label.text()
    assert tab.session_model.rowCount() == 1 and tab.overdue_model.rowCount() == 1
    assert cell(tab.session_model, 0, 2) == "Financing match-making"
    qtmodeltester.check(tab.session_model)
    qtmodeltester.check(tab.overdue_model)
    assert mpage.TenantMentoringTab.tab_title() == "Mentoring"
    ttab = tpage.TenantTrainingTab(db, t)
    qtbot.addWidget(ttab)
    assert ttab.model.rowCount() == 0


def test_calendar_keyboard_and_filters(qtbot, db: Database) -> None:
    from incubator_desk.ui.widgets.calendar import CalendarPanel

    panel = CalendarPanel(db)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.reload()
    panel.view.setFocus()
    before = panel.view.anchor
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
    assert panel.view.anchor == before + dt.timedelta(days=7)
    panel.set_mode("month")
    qtbot.keyClick(panel.view, Qt.Key.Key_PageUp)
    assert panel.view.anchor.day == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    assert panel.view.anchor == clock.today()
    assert panel.kind.count() == 4 and panel.mentor.itemText(0) == "All mentors"
    assert panel.tenant.count() == 1 + len(TENANTS)


def test_statistics_tab_shows_the_service_figures(qtbot, qtmodeltester, db: Database) -> None:
    from incubator_desk.services import activity_stats

    t = _tenant_ids(db)[0]
    m = mentoring.create_mentor(db, mentoring.MentorData("李导师", mentoring.MentorKind.INVESTOR))
    start = clock.local_aware(dt.datetime(clock.today().year, 5, 4, 10))
    mentoring.create_session(
        db,
        mentoring.SessionData(
            m, [t], start, start + dt.timedelta(hours=2), mentoring.ServiceType.FINANCING,
            status=mentoring.SessionStatus.HELD,
        ),
    )  # fmt: skip
    page = mpage.MentoringPage(db)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.stats_tab)
    stats = page.stats_tab
    assert stats.task is not None  # read in the background
    qtbot.waitUntil(lambda: stats.quarter_model.rowCount() == 4, timeout=5000)
    q2 = activity_stats.mentoring_hours_by_quarter(db, clock.today().year)[1]
    assert q2.hours == 2.0
    assert cell(stats.quarter_model, 1, 1) == "2.0"
    assert cell(stats.mentor_model, 0, 0) == "李导师"
    assert "0 of 3 tenants" in stats.coverage.text()  # nobody is assigned
    for model in (stats.quarter_model, stats.service_model, stats.mentor_model):
        qtmodeltester.check(model)


def test_dialog_errors_sit_next_to_their_fields(qtbot, db: Database) -> None:
    dlg = MentorDialog(db, None)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(qtbot, dlg.email, "not-an-address")
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors.labels["name"].isVisibleTo(dlg)
    assert "e-mail" in dlg.errors.labels["email"].text()
    assert "border" in dlg.email.styleSheet()
    # no mentor to choose: the session dialog says so before asking the service
    session = SessionDialog(db, None)
    qtbot.addWidget(session)
    session.save()
    assert session.errors.labels["mentor_id"].text() == "Add a mentor first."


def test_overdue_actions_tab_and_a_failed_export(
    qtbot, qtmodeltester, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    t = _tenant_ids(db)[0]
    m = mentoring.create_mentor(db, mentoring.MentorData("李导师", mentoring.MentorKind.INVESTOR))
    start = clock.local_aware(dt.datetime(2026, 3, 2, 10))
    mentoring.create_session(
        db,
        mentoring.SessionData(
            m, [t], start, start + dt.timedelta(hours=1), mentoring.ServiceType.FINANCING,
            actions=[mentoring.ActionData("提交BP", "张三", dt.date(2026, 3, 9))],
        ),
    )  # fmt: skip
    page = mpage.MentoringPage(db)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.actions_tab)
    actions = page.actions_tab
    assert actions.model.rowCount() == 1 and cell(actions.model, 0, 0) == "提交BP"
    assert "1 overdue action" in actions.overdue_count.text()
    qtmodeltester.check(actions.model)
    actions.overdue_by.setCurrentIndex(actions.overdue_by.findData("mentor"))
    assert actions.overdue_who.currentText() == "李导师" and actions.model.rowCount() == 1
    actions.overdue.selectRow(0)
    qtbot.mouseClick(actions.mark_done, Qt.MouseButton.LeftButton)
    assert actions.model.rowCount() == 0 and mentoring.overdue_actions(db) == []

    # a calendar that cannot be written is reported, not lost
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(tmp_path / "gone" / "x.ics"))
    page.tabs.setCurrentWidget(page.mentors_tab)
    page.mentors_tab.mentors.selectRow(0)
    qtbot.mouseClick(page.mentors_tab.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "cannot be written" in errors[0]
