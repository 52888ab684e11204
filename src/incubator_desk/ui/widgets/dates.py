"""Dates and times between Python and Qt's editors: what a person types is the park's time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from ...core import clock


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdatetime(value: dt.datetime) -> QDateTime:
    """A stored moment as the park's date and time (to the minute) an editor shows."""
    local = clock.park_time(value)
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))


def local_moment(day: QDate, time: QTime) -> dt.datetime:
    """The aware datetime, in the park's zone, a date and a time editor name together."""
    return clock.at(from_qdate(day), dt.time(time.hour(), time.minute()))


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit
