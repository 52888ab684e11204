"""Start-up on the 50,000-tenant demo: process start to the Dashboard *filled in*, beside a bare
PySide6 window started the same way, interleaved; resident memory; `--version`.

Every candidate is a new Python process with offscreen Qt, timed from its start to the moment
it reaches its point (the window's event loop quitting: the bare window after its first frame,
Incubator Desk once the default page shows the database's figures), with its resident memory
then; the memory target is read once the whole Dashboard (its charts and self-assessment too)
is in. The limits: a bare window for start-up and memory, `python -c pass` for `--version`.
The Dashboard is filled from the file before the database layer (SQLAlchemy, the models) is
loaded (db/direct.py); "window ready" is timed to the database open as well, the whole window
usable.

    python benchmarks/bench_startup.py [--db FILE] [--runs 5]
                                       [--frozen dist/incubator-desk/incubator-desk | --no-frozen]

Targets (issue 15): start-up to the Dashboard filled in <= 4x a bare window; resident memory
with the Dashboard open <= 3x a bare window; `--version` <= 3x `python -c pass`.
The frozen build in dist/ (`python packaging/build.py`), when there is one, is measured too:
it cannot be given the marker, so it is timed to its exit and its peak memory is read.
To measure another build, add a `Candidate` to `candidates()`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from _common import (
    Marked,
    Table,
    calibration,
    demo_database,
    interleaved,
    median,
    private_env,
    run_timed,
    run_to_marker,
    timed,
)

# Prints "READY <VmRSS KiB>" when the Qt event loop quits (before anything is torn down).
REPORT = """
import sys
from PySide6.QtWidgets import QApplication

def _rss():
    try:
        with open("/proc/self/status") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmRSS:"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def _ready():
    import time
    print("READY", _rss(), time.process_time(), flush=True)

_exec = QApplication.exec
def _exec_and_report(*args):
    QApplication.instance().aboutToQuit.connect(_ready)
    return _exec()
QApplication.exec = _exec_and_report
"""

# A bare window, shown and painted, then quitting: the limit.
BARE = (
    REPORT
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
)

# Incubator Desk as `incubator-desk --db FILE` starts it; INCUBATOR_DESK_EXIT_AFTER_SHOW=loaded
# quits once the default page (the Dashboard) shows the database's figures.
APP = (
    REPORT
    + """
from incubator_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""
)

# The same, left running until the whole Dashboard is in (its charts and the self-assessment,
# read after the cards) and the start-up checks after the first page are done: the memory a
# person sees with the Dashboard open.
SETTLED = (
    REPORT
    + """
from incubator_desk.ui import extensions
_check = extensions.check
def _check_then_quit():
    _check()
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "pages"))
    page = window.current_page()
    if getattr(page, "charts_filling", lambda: False)():
        page.charts_filled.connect(QApplication.instance().quit)
    else:
        QApplication.instance().quit()
extensions.check = _check_then_quit
from incubator_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""
)


ROOT = Path(__file__).resolve().parent.parent
FROZEN = (
    ROOT
    / "dist"
    / "incubator-desk"
    / ("incubator-desk-cli.exe" if sys.platform == "win32" else "incubator-desk")
)


@dataclass
class Candidate:
    """A way of starting, measured to its READY marker (`to_exit`: to its exit instead)."""

    label: str
    argv: Sequence[str]
    env: dict[str, str] = field(default_factory=dict)
    to_exit: bool = False

    def run(self) -> Marked:
        env = private_env(**self.env)
        if not self.to_exit:
            return run_to_marker(self.argv, env)
        # a frozen build must not see this interpreter's paths
        env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
        ran = run_timed(self.argv, env)
        return Marked(ran.seconds, ran.peak_mib, ran.cpu)


def candidates(db: Path, frozen: Path | None = None) -> tuple[Candidate, list[Candidate]]:
    """The limit (a bare window) and what is measured against it."""
    py = sys.executable
    bare = Candidate("bare PySide6 window, first frame", [py, "-c", BARE])
    measured = [
        Candidate(
            "Incubator Desk, Dashboard filled in",
            [py, "-c", APP, "--db", str(db)],
            {"INCUBATOR_DESK_EXIT_AFTER_SHOW": "loaded"},
        ),
        Candidate(
            "Incubator Desk, window ready (database open)",
            [py, "-c", APP, "--db", str(db)],
            {"INCUBATOR_DESK_EXIT_AFTER_SHOW": "ready"},
        ),
        Candidate(
            "Incubator Desk, frame shown (before the database)",
            [py, "-c", APP, "--db", str(db)],
            {"INCUBATOR_DESK_EXIT_AFTER_SHOW": "shown"},
        ),
    ]
    if frozen is not None:
        measured.append(
            Candidate(
                "frozen build (dist/), Dashboard filled in, to its exit",
                [str(frozen), "--db", str(db)],
                {"INCUBATOR_DESK_EXIT_AFTER_SHOW": "loaded"},
                to_exit=True,
            )
        )
    return bare, measured


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", type=Path, help="the demo database (default: made once in /tmp)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--frozen", type=Path, default=FROZEN, help="the frozen build's executable")
    ap.add_argument("--no-frozen", action="store_true", help="leave the frozen build out")
    args = ap.parse_args(argv)
    db = demo_database(args.db)
    frozen = None if args.no_frozen or not args.frozen.is_file() else args.frozen
    if frozen is None and not args.no_frozen:
        print(f"no frozen build at {args.frozen}: python packaging/build.py", file=sys.stderr)

    bare, measured = candidates(db, frozen)
    runs: list[Callable[[], Marked]] = [bare.run, *(c.run for c in measured)]
    results = interleaved(runs, args.runs)
    limit = results[0]
    limit_s = median([m.seconds for m in limit])
    limit_rss = median([m.rss_mib for m in limit])

    table = Table(f"Start-up, {db.name}, median of {args.runs} interleaved runs")
    table.add("start-up: " + bare.label, limit_s, limit_s, "s", limit_name="itself")
    for c, got in zip(measured, results[1:], strict=True):
        target = 4.0 if "filled" in c.label and not c.to_exit else None
        table.add(
            "start-up: " + c.label,
            median([m.seconds for m in got]),
            limit_s,
            "s",
            target,
            "bare window",
        )
    # CPU time (all threads) tells the work apart from waiting on a busy machine.
    limit_cpu = median([m.cpu for m in limit])
    table.add(
        "  the same, CPU seconds: Dashboard filled in",
        median([m.cpu for m in results[1]]),
        limit_cpu,
        "s",
        None,
        "bare window",
    )

    dashboard = median([m.rss_mib for m in results[1]])
    settled = interleaved(
        [lambda: run_to_marker([sys.executable, "-c", SETTLED, "--db", str(db)], private_env())],
        max(1, args.runs // 2),
    )[0]
    table.add(
        "start-up: whole Dashboard in (charts, self-assessment), start-up checks done",
        median([m.seconds for m in settled]),
        limit_s,
        "s",
        None,
        "bare window",
    )
    table.add(
        "  the same, CPU seconds",
        median([m.cpu for m in settled]),
        limit_cpu,
        "s",
        None,
        "bare window",
    )
    table.add("memory: bare window", limit_rss, limit_rss, "MiB", limit_name="itself")
    table.add("memory: Dashboard filled in", dashboard, limit_rss, "MiB", None, "bare window")
    table.add(
        "memory: whole Dashboard in, start-up checks done",
        median([m.rss_mib for m in settled]),
        limit_rss,
        "MiB",
        3.0,
        "bare window",
    )

    py = sys.executable
    env = private_env()
    version, nothing = interleaved(
        [
            lambda: timed(lambda: _check([py, "-m", "incubator_desk", "--version"], env)),
            lambda: timed(lambda: _check([py, "-c", "pass"], env)),
        ],
        args.runs * 2,
    )
    table.add(
        "incubator-desk --version",
        median(version),
        median(nothing),
        "ms",
        3.0,
        "python -c pass",
    )
    table.print()
    print(f"\n(this machine now: python -c pass {calibration() * 1000:.0f} ms; issue's: 15 ms)")
    return 1 if table.failed else 0


def _check(argv: list[str], env: dict[str, str]) -> None:
    import subprocess

    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    sys.exit(main())
