"""What the benchmarks share: the 50,000-tenant demo database, interleaved timing against a
limit measured in the same run, processes timed to a marker, and the printed table.

Every figure is printed beside its limit: a simpler program doing the same work, timed in the
same run and interleaved with it (A, limit, A, limit, …), so a machine busy with other work
slows both alike and the ratio stays meaningful. Medians are printed.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "bench50k.sqlite"
PYCACHE = Path(tempfile.gettempdir()) / "incubator-desk-bench-pycache"


def rss_mib() -> float:
    """This process's resident memory now (Linux), else its peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def demo_database(path: Path | None, tenants: int = 50_000) -> Path:
    """The demo database at `path` (default: the temp folder's bench50k.sqlite), made with
    `incubator-desk demo` when it does not exist yet (~30 s or more for 50,000 tenants)."""
    db = path or DEFAULT_DB
    if not db.exists():
        print(f"making a {tenants:,}-tenant demo database at {db} …", file=sys.stderr, flush=True)
        work = Path(tempfile.mkdtemp(prefix="bench-demo-"))
        subprocess.run(
            [sys.executable, "-m", "incubator_desk", "--db", str(db), "demo", "--tenants",
             str(tenants)],
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, INCUBATOR_DESK_DATA_DIR=str(work)),
        )  # fmt: skip
    return db


def private_env(**extra: str) -> dict[str, str]:
    """An environment whose data folder and settings are a fresh temporary folder."""
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = dict(os.environ)
    env.pop("INCUBATOR_DESK_DB", None)
    # As installed: bytecode compiled once and kept (pip does so at install), not compiled
    # again by every start; kept outside the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        INCUBATOR_DESK_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        HOME=str(home),
    )
    env.update(extra)
    return env


@dataclass
class Marked:
    """A process timed from its start to the line it prints when it reaches the point
    measured ("READY <rss KiB> [<CPU seconds>]"); its resident memory and CPU time then."""

    seconds: float
    rss_mib: float
    cpu: float = 0.0


def run_to_marker(argv: Sequence[str], env: dict[str, str], timeout: float = 300) -> Marked:
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(argv), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    rss = cpu = seconds = -1.0
    for line in proc.stdout:
        if line.startswith("READY"):
            seconds = time.perf_counter() - started
            fields = line.split()
            rss = int(fields[1]) / 1024
            cpu = float(fields[2]) if len(fields) > 2 else -1.0
            break
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if seconds < 0 or proc.returncode != 0:
        raise RuntimeError(f"a process ended ({proc.returncode}) without READY:\n{err}")
    return Marked(seconds, rss, cpu)


@dataclass
class Ran:
    """A process run to its end: wall seconds, CPU seconds (user + system), peak memory."""

    seconds: float
    cpu: float
    peak_mib: float


def run_timed(argv: Sequence[str], env: dict[str, str] | None = None) -> Ran:
    started = time.perf_counter()
    proc = subprocess.Popen(list(argv), env=env, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode})")
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Ran(seconds, usage.ru_utime + usage.ru_stime, peak)


def interleaved(
    candidates: Sequence[Callable[[], T]], runs: int, warm_up: bool = True
) -> list[list[T]]:
    """Each candidate `runs` times, taking turns (A, B, C, A, B, C, …); one untimed round
    first so all read their files from the OS cache alike."""
    if warm_up:
        for c in candidates:
            c()
    out: list[list[T]] = [[] for _ in candidates]
    for _ in range(runs):
        for i, c in enumerate(candidates):
            out[i].append(c())
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


@dataclass
class Table:
    """Rows of: what, the program's figure, the limit's, their ratio, the target, the result."""

    title: str
    rows: list[tuple[str, ...]] = field(default_factory=list)
    failed: bool = False

    def add(
        self,
        what: str,
        value: float,
        limit: float | None,
        unit: str = "ms",
        target_ratio: float | None = None,
        limit_name: str = "",
        target_text: str = "",
        passed: bool | None = None,
    ) -> None:
        ratio = value / limit if limit else None
        if passed is None and target_ratio is not None and ratio is not None:
            passed = ratio <= target_ratio
        if passed is False:
            self.failed = True
        target = target_text or (f"<= {target_ratio:g}x" if target_ratio is not None else "-")
        self.rows.append(
            (
                what,
                _fmt(value, unit),
                _fmt(limit, unit) if limit is not None else "-",
                limit_name or "-",
                f"{ratio:.2f}x" if ratio is not None else "-",
                target,
                "-" if passed is None else ("PASS" if passed else "FAIL"),
            )
        )

    def print(self) -> None:
        head = ("measure", "program", "limit", "the limit is", "ratio", "target", "result")
        table = [head, *self.rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(head))]
        print(f"\n{self.title}")
        for n, row in enumerate(table):
            cells = [
                c.ljust(w) if i in (0, 3) else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ]
            print("  ".join(cells).rstrip())
            if n == 0:
                print("  ".join("-" * w for w in widths))


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value * 1000:,.1f} ms"
    if unit == "s":
        return f"{value:,.2f} s"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    return f"{value:,.3g} {unit}"


def calibration(runs: int = 5) -> float:
    """`python -c pass` on this machine now (the issue's machine: 15 ms)."""
    return median(
        [
            timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
            for _ in range(runs)
        ]
    )


class SqlLimit:
    """The database's own share of an action: the statements it sends to a SQLite database,
    recorded with their parameters, run again on a plain sqlite3 connection (each fetched to
    its end). `program` and `limit` then time the two, for `interleaved`.

        sql = SqlLimit(db.engine, path)
        program, limit = sql.pair(action)
        got, base = interleaved([program, limit], runs)
        sql.close()  # before the interpreter ends
    """

    def __init__(self, engine: object, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._connections: list[object] = []
        self._seen: list[tuple[str, object]] | None = None
        self._recording = False

    def close(self) -> None:
        for con in self._connections:
            con.close()  # type: ignore[attr-defined]
        self._connections.clear()

    def record(self, action: Callable[[], object]) -> list[tuple[str, object]]:
        from sqlalchemy import event

        if self._seen is None:  # listening from the first recording on; never removed
            self._seen = []
            seen = self._seen

            def keep(_c: object, _cur: object, statement: str, params: object, *_: object) -> None:
                if self._recording and not statement.lstrip().upper().startswith(
                    ("BEGIN", "COMMIT", "ROLLBACK")
                ):
                    copied = tuple(params) if isinstance(params, (tuple, list)) else params
                    seen.append((statement, copied))

            event.listen(self.engine, "before_cursor_execute", keep)
        self._seen.clear()
        self._recording = True
        try:
            action()
        finally:
            self._recording = False
        return list(self._seen)

    def pair(self, action: Callable[[], object]) -> tuple[Callable[[], float], Callable[[], float]]:
        import sqlite3

        statements = self.record(action)
        con = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        self._connections.append(con)

        def replay() -> None:
            for statement, params in statements:
                con.execute(statement, params or ()).fetchall()  # type: ignore[arg-type]

        return (lambda: timed(action)), (lambda: timed(replay))
