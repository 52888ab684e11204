"""A box to choose the park's time zone: the usual ones listed, any IANA name typed."""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...core import clock

# The zones an incubator office is most likely in; any other can be typed.
USUAL_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
)


@cache
def _all_zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z or z == "UTC")


def offset_text(name: str) -> str:
    """ "UTC+08:00": the zone's offset from UTC now."""
    offset = dt.datetime.now(ZoneInfo(name)).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class TimeZoneBox(QComboBox):
    """An editable list of time zones; `zone()` is the name chosen or typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for name in USUAL_ZONES:
            self.addItem(f"{name}  ({offset_text(name)})", name)
        completer = QCompleter(_all_zones(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_zone(clock.DEFAULT_ZONE)

    def zone(self) -> str:
        index = self.findText(self.currentText())
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)
