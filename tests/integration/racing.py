"""Two (or more) processes saving at the same moment, again and again: the race harness.

Each racer is a process with its own connection to the database, started once per test and
given one job per race. Before every race all racers meet at a barrier, so their units of
work overlap; each job returns "ok" (or a value) or the message of the ServiceError it met.

A test runs RACES races by default (one: the suite stays quick); the 50-race runs are made
with $INCUBATOR_DESK_RACES=50 (benchmarks/bench_races.py does that and prints the figures).
`run_races` counts the races that went wrong instead of stopping at the first, and appends
the count to $INCUBATOR_DESK_RACES_LOG when that is set.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

RACES = int(os.environ.get("INCUBATOR_DESK_RACES", "1"))
Job = tuple[Callable[..., Any], tuple[Any, ...]]


def _serve(url: str, setup: Callable[[], None] | None, inbox: Any, outbox: Any, start: Any) -> None:
    """In a racer process: open the database once, then run each job as the barrier opens."""
    from incubator_desk.core.errors import ServiceError
    from incubator_desk.db import open_database
    from incubator_desk.db.engine import location_from_string

    if setup is not None:
        setup()  # e.g. slow a service down where a missing lock would show
    db = open_database(location_from_string(url)).db
    try:
        while (job := inbox.get()) is not None:
            func, args = job
            start.wait(timeout=60)
            try:
                outbox.put(("ok", func(db, *args)))
            except ServiceError as exc:
                outbox.put(("refused", str(exc)))
            except Exception as exc:  # a bug: reported to the test, which fails on it
                outbox.put(("crashed", repr(exc)))
    finally:
        db.dispose()


class Racers:
    """Processes that run one job each per race, all starting at the same moment."""

    def __init__(self, url: str, count: int, setup: Callable[[], None] | None = None) -> None:
        ctx = mp.get_context("spawn")
        self.start = ctx.Barrier(count)
        self.inboxes = [ctx.Queue() for _ in range(count)]
        self.outboxes = [ctx.Queue() for _ in range(count)]
        self.procs = [
            ctx.Process(target=_serve, args=(url, setup, i, o, self.start), daemon=True)
            for i, o in zip(self.inboxes, self.outboxes, strict=True)
        ]
        for p in self.procs:
            p.start()

    def race(self, *jobs: Job) -> list[tuple[str, Any]]:
        """Run one job in each racer at once; their results in the racers' order."""
        assert len(jobs) == len(self.procs)
        for inbox, job in zip(self.inboxes, jobs, strict=True):
            inbox.put(job)
        return [self._result(p, o) for p, o in zip(self.procs, self.outboxes, strict=True)]

    @staticmethod
    def _result(proc: Any, outbox: Any) -> tuple[str, Any]:
        for _ in range(90):
            try:
                return outbox.get(timeout=1)  # type: ignore[no-any-return]
            except queue.Empty:
                assert proc.is_alive(), f"a racer ended with exit code {proc.exitcode}"
        raise AssertionError("a racer gave no result in 90 s")

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.put(None)
        for p in self.procs:
            p.join(timeout=30)
        assert all(p.exitcode == 0 for p in self.procs), [p.exitcode for p in self.procs]


@contextmanager
def racers(url: str, count: int = 2, setup: Callable[[], None] | None = None) -> Iterator[Racers]:
    r = Racers(url, count, setup)
    try:
        yield r
    finally:
        r.close()


def run_races(race: Callable[[int], None]) -> None:
    """Run `race(n)` RACES times; fail at the end with how many went wrong, and the first."""
    wrong = []
    for n in range(RACES):
        try:
            race(n)
        except AssertionError as exc:
            wrong.append(f"race {n + 1}: {exc}")
    log = os.environ.get("INCUBATOR_DESK_RACES_LOG")
    if log:
        test = os.environ.get("PYTEST_CURRENT_TEST", "?").split(" ")[0]
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"test": test, "races": RACES, "wrong": len(wrong)}) + "\n")
    assert not wrong, f"{len(wrong)} of {RACES} races went wrong; the first: {wrong[0]}"
