"""Process start to main window shown, on a 50,000-tenant demo database, beside a bare window.

Both are started the same way (a new Python process, offscreen Qt, quitting right after the
first frame) in the same run; the target is at most twice the bare window's time.

    python benchmarks/bench_startup.py [--tenants 50000] [--runs 5] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenants", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", help="reuse this demo database instead of making one")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="incubator-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INCUBATOR_DESK_DATA_DIR=str(work))
    db = Path(args.db) if args.db else work / "bench.sqlite"
    if not db.exists():
        print(f"making a {args.tenants:,}-tenant demo database…", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "incubator_desk",
                "--db",
                str(db),
                "demo",
                "--tenants",
                str(args.tenants),
            ],
            env=env,
            check=True,
        )
    app = [sys.executable, "-m", "incubator_desk", "--db", str(db)]
    shown_env = dict(env, INCUBATOR_DESK_EXIT_AFTER_SHOW="shown")
    loaded_env = dict(env, INCUBATOR_DESK_EXIT_AFTER_SHOW="loaded")
    # one warm-up of each, so all read their files from the OS cache alike
    timed([sys.executable, "-c", BARE], env)
    timed(app, loaded_env)
    bare = statistics.median(timed([sys.executable, "-c", BARE], env) for _ in range(args.runs))
    shown = statistics.median(timed(app, shown_env) for _ in range(args.runs))
    loaded = statistics.median(timed(app, loaded_env) for _ in range(args.runs))
    ratio = shown / bare
    print(f"\nStartup, median of {args.runs} runs ({args.tenants:,} tenants)")
    print(f"{'measurement':<48}{'seconds':>9}{'target':>12}{'result':>8}")
    print(f"{'bare PySide6 window shown':<48}{bare:>9.3f}{'-':>12}")
    print(
        f"{'Incubator Desk main window shown':<48}{shown:>9.3f}{f'<= {2 * bare:.3f}':>12}"
        f"{'pass' if ratio <= 2 else 'FAIL':>8}"
    )
    print(f"{'  ratio to the bare window':<48}{ratio:>9.2f}{'<= 2.00':>12}")
    print(f"{'Incubator Desk with the dashboard filled in':<48}{loaded:>9.3f}{'-':>12}")
    return 0 if ratio <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
