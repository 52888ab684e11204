"""core.clock is the one place moments become the park's local time, not the computer's."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from incubator_desk.core import clock

SRC = Path(__file__).resolve().parents[2] / "src" / "incubator_desk"


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_park_zone_not_the_computer_zone(computer_in_utc: None) -> None:
    moment = dt.datetime(2026, 3, 2, 6, 30, tzinfo=dt.UTC)
    assert clock.local_text(moment) == "2026-03-02 14:30"  # Asia/Shanghai by default
    assert clock.local_time_text(moment.replace(tzinfo=None)) == "14:30"  # naive: UTC text
    typed = clock.local_aware(dt.datetime(2026, 3, 2, 14, 30))
    assert typed.astimezone(dt.UTC) == moment
    assert clock.at(dt.date(2026, 3, 2), dt.time(14, 30)) == moment
    clock.set_zone("Europe/Berlin")
    assert clock.local_text(moment) == "2026-03-02 07:30"
    assert clock.park_time(moment).utcoffset() == dt.timedelta(hours=1)


@pytest.mark.parametrize("name", ["Mars/Olympus", "", " Asia/Shanghai", "../etc/passwd", "/x"])
def test_an_unknown_zone_is_refused(name: str) -> None:
    assert not clock.known_zone(name)
    with pytest.raises(ValueError):
        clock.set_zone(name)
    assert clock.zone().key == clock.DEFAULT_ZONE


def test_no_module_reads_the_computer_zone_itself() -> None:
    """No moment turned into the computer's local time, no day read off the computer's calendar."""
    local = re.compile(r"\.astimezone\(\)|date\.today\(\)|QDate\.currentDate\(\)")
    found = sorted(
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if local.search(p.read_text("utf-8")) and p.name != "clock.py"
    )
    assert found == []
