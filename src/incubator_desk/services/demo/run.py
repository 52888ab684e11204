"""What every demo builder of one run shares: the writer, the seeded generator, dates, progress."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable, Sequence
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection

from .names import PersonNames
from .vocabulary import vocabulary
from .writer import BulkWriter

T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total)

TZ = ZoneInfo("Asia/Shanghai")  # the demo incubator's clock, whatever the computer's zone
HISTORY_YEARS = 8
SLOT_MIN = 30  # room and mentor calendars are kept in half-hour slots
NEVER = 10**7  # an ordinal day after any the demo uses: "has not left"


def at(ordinal: int, minutes: int) -> dt.datetime:
    """`minutes` after midnight of the day numbered `ordinal`, in the incubator's zone."""
    d = dt.date.fromordinal(ordinal)
    return dt.datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=TZ)


def date_of(ordinal: int | None) -> dt.date | None:
    return None if ordinal is None else dt.date.fromordinal(ordinal)


def weekday(ordinal: int) -> int:
    """0 for Monday … 6 for Sunday."""
    return (ordinal - 1) % 7  # date.fromordinal(1) is a Monday


class SlotCalendar:
    """Busy half-hour slots per room or mentor and day, so nothing is booked twice."""

    def __init__(self) -> None:
        self._busy: dict[int, int] = {}  # owner and day -> bitmask of busy slots

    def reserve(self, owner: int, day: int, first: int, count: int) -> bool:
        """Book `count` slots of `owner`'s day from slot `first`, unless any is taken."""
        key = owner * 1_000_000 + day
        want = ((1 << count) - 1) << first
        mask = self._busy.get(key, 0)
        if mask & want:
            return False
        self._busy[key] = mask | want
        return True


class DemoRun:
    """One run of the generator: what its builders share, drawn and written in a fixed order.

    Dates are kept as ordinals (`date.toordinal()`): the generator does day arithmetic on
    hundreds of thousands of them. Every random draw goes through `rng`, so the same seed and
    `today` give the same database.
    """

    def __init__(
        self,
        conn: Connection,
        operator_id: int,
        n_tenants: int,
        seed: int,
        today: dt.date,
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.operator_id = operator_id
        self.n = n_tenants
        self.seed = seed
        self.rng = random.Random(seed)
        self.today_date = today
        self.today = today.toordinal()
        self.start = dt.date(today.year - HISTORY_YEARS, today.month, 1).toordinal()
        self.stamp = dt.datetime(today.year, today.month, today.day, tzinfo=TZ)
        self.writer = BulkWriter(conn, self.stamp)
        self.words = vocabulary()
        self.names = PersonNames(self.rng, self.words.people)
        self._progress = progress
        self._done = 0
        self.total = 2 * n_tenants  # progress units: tenants written, then other work
        self._slots: dict[int, dt.datetime] = {}

    def tick(self, amount: int) -> None:
        """Report `amount` more units of work done."""
        self._done = min(self.total, self._done + amount)
        if self._progress is not None:
            self._progress(self._done, self.total)

    def randint(self, lo: int, hi: int) -> int:
        return lo + int(self.rng.random() * (hi - lo + 1))

    def choice(self, seq: Sequence[T]) -> T:
        return seq[int(self.rng.random() * len(seq))]

    def picker(self, items: Sequence[T], weights: Sequence[float]) -> Callable[[], T]:
        """A fast weighted choice (random.choices builds its table on every call)."""
        cum = list(itertools.accumulate(weights))
        total = cum[-1]
        rnd = self.rng.random
        return lambda: items[bisect.bisect_right(cum, rnd() * total)]

    def slot(self, ordinal: int, slot: int) -> dt.datetime:
        """The start of a half-hour slot (cached: calendars reuse the same few thousand)."""
        key = ordinal * 64 + slot
        out = self._slots.get(key)
        if out is None:
            out = self._slots[key] = at(ordinal, slot * SLOT_MIN)
        return out
