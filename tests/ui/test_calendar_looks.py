"""The calendar's week view as a person reads it: each block gives its times and its whole
title (wrapped, not cut to "02:00 …"); the keyboard walks the blocks and opens one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from incubator_desk.core import clock
from incubator_desk.ui.widgets.calendar import EVENT, SESSION, CalendarView, Entry

TITLE = "高新技术企业认定政策宣讲会"


def entries(day: dt.date) -> list[Entry]:
    at = clock.at(day)
    return [
        Entry(
            EVENT,
            1,
            1,
            TITLE,
            "Policy briefing · A-101",
            at + dt.timedelta(hours=14),
            at + dt.timedelta(hours=17),
        ),
        Entry(
            SESSION,
            2,
            1,
            "王明 · Financial management basics",
            "深圳泰光文化创意有限公司",
            at + dt.timedelta(hours=9),
            at + dt.timedelta(hours=11),
        ),
    ]


def drawn_texts(qtbot, view: CalendarView, monkeypatch) -> list[str]:
    texts: list[str] = []
    real = QPainter.drawText

    def record(self: QPainter, *args: Any) -> None:
        texts.append(next(a for a in args if isinstance(a, str)))
        real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    view.grab()
    monkeypatch.undo()
    return texts


def test_week_blocks_give_times_and_the_whole_title(qtbot, monkeypatch) -> None:
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1000, 640)
    today = clock.today()
    view.anchor = today
    view.set_entries(entries(today))
    texts = drawn_texts(qtbot, view, monkeypatch)
    assert "14:00–17:00" in texts and "09:00–11:00" in texts
    # The title is drawn in full, over as many lines as it needs (joined back together).
    at = texts.index("14:00–17:00")
    following = "".join(t for t in texts[at + 1 : at + 5] if "…" not in t)
    assert TITLE in following
    assert not any(t.startswith("14:00 …") for t in texts)


def test_the_keyboard_walks_the_blocks_and_opens_one(qtbot) -> None:
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1000, 640)
    today = clock.today()
    view.anchor = today
    view.set_entries(entries(today))
    view.show()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current is not None and view.current.kind == SESSION  # 09:00 comes first
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current is not None and view.current.kind == EVENT
    assert TITLE in view.accessibleDescription()
    with qtbot.waitSignal(view.activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [EVENT, 1]
