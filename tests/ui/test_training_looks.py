"""The Training page as an events manager reads it: the places of every event in view without
scrolling sideways, a venue named by its full room code, no attendance rate for an event that
has not begun, and the person picker marking who is already on the event's list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import EventKind
from incubator_desk.db import Database
from incubator_desk.models import Person
from incubator_desk.services import training
from incubator_desk.ui.dialogs.person_picker import PersonPicker
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.training import TrainingPage


def training_page(qtbot, window: MainWindow) -> TrainingPage:
    window.resize(1280, 800)
    window.show_page("training")
    page = window.current_page()
    assert isinstance(page, TrainingPage)
    qtbot.waitUntil(lambda: page.events.model.rowCount() > 0, timeout=5000)
    return page


def new_event(db: Database, days_ahead: int, room: bool = True) -> int:
    start = clock.now().replace(microsecond=0) + dt.timedelta(days=days_ahead)
    rooms = training.venue_choices(db) if room else []
    return training.create_event(
        db,
        training.EventData(
            "融资路演训练营",
            EventKind.TRAINING,
            start,
            start + dt.timedelta(hours=2),
            2,
            venue_unit_id=rooms[0][0] if rooms else None,
            venue_address="" if rooms else "深圳湾创业广场",
        ),
    )


def select_event(page: TrainingPage, event_id: int) -> None:
    page.refresh()
    page.events.search.setText("融资路演训练营")
    page.events._apply_search()
    for row in range(page.events.model.rowCount()):
        if page.events.model.row_id(row) == event_id:
            page.events.table.selectRow(row)
            return
    raise AssertionError("event not listed")


def test_capacity_registered_and_waiting_list_show_without_scrolling(
    qtbot, window: MainWindow
) -> None:
    page = training_page(qtbot, window)
    table = page.events.table
    header = table.horizontalHeader()
    model = table.model()
    titles = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    for name in ("Capacity", "Registered", "Waiting list"):
        col = titles[name]
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert header.sectionViewportPosition(col) >= 0 and right <= table.viewport().width(), name


def test_a_future_event_has_no_attendance_rate_and_names_its_room(
    qtbot, window: MainWindow, demo_db: Database
) -> None:
    event_id = new_event(demo_db, 10)
    with demo_db.read() as s:
        person = s.scalars(select(Person.id).order_by(Person.id)).first()
    assert person is not None
    training.register(demo_db, event_id, person)
    page = training_page(qtbot, window)
    select_event(page, event_id)
    text = page.summary.text()
    assert "Attendance rate" not in text and "Not begun yet" in text
    ev = training.get_event(demo_db, event_id)
    assert ev.attendance_rate is None
    assert ev.venue.count("-") == 1 and f"room {ev.venue}" in text  # A-801, not 801


def test_the_picker_marks_who_is_already_registered(
    qtbot, window: MainWindow, demo_db: Database, monkeypatch
) -> None:
    event_id = new_event(demo_db, 10)
    with demo_db.read() as s:
        people = list(s.scalars(select(Person.id).order_by(Person.id).limit(3)))
    training.register(demo_db, event_id, people[0])
    page = training_page(qtbot, window)
    select_event(page, event_id)
    seen: list[PersonPicker] = []

    def look(self: PersonPicker) -> int:
        seen.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PersonPicker, "exec", look)
    qtbot.mouseClick(page.register_btn, Qt.MouseButton.LeftButton)
    picker = seen[0]
    items = [picker.people.item(i) for i in range(picker.people.count())]
    mine = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == people[0])
    assert mine.text().startswith("✓ ") and "(Registered)" in mine.text()
    assert not mine.flags() & Qt.ItemFlag.ItemIsEnabled  # cannot be registered twice
    others = [i for i in items if i is not mine]
    assert others and all(i.flags() & Qt.ItemFlag.ItemIsEnabled for i in others)
    current = picker.people.currentItem()
    assert current is not None and current is not mine
