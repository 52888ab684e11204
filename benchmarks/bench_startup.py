"""Process start to main window shown, on a 50,000-tenant demo database, beside a bare window.

The installed package (`python -m incubator_desk`), the frozen build in dist/ when there is one
(`python packaging/build.py`), and a bare PySide6 window are started the same way (a new
process, offscreen Qt, quitting right after the first frame) in the same run; the target is
at most twice the bare window's time, for the package and for the frozen build. `--version`
is timed too: the command line's own start-up.

    python benchmarks/bench_startup.py [--tenants 50000] [--runs 5] [--db FILE]
                                       [--frozen dist/incubator-desk/incubator-desk | --no-frozen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = (
    ROOT
    / "dist"
    / "incubator-desk"
    / ("incubator-desk-cli.exe" if sys.platform == "win32" else "incubator-desk")
)

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


def package_cmd() -> list[str]:
    return [sys.executable, "-m", "incubator_desk"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenants", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", help="reuse this demo database instead of making one")
    ap.add_argument("--frozen", type=Path, default=FROZEN, help="the frozen build's executable")
    ap.add_argument("--no-frozen", action="store_true", help="leave the frozen build out")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="incubator-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INCUBATOR_DESK_DATA_DIR=str(work))
    db = Path(args.db) if args.db else work / "bench.sqlite"
    if not db.exists():
        print(f"making a {args.tenants:,}-tenant demo database…", file=sys.stderr)
        subprocess.run(
            [*package_cmd(), "--db", str(db), "demo", "--tenants", str(args.tenants)],
            env=env,
            check=True,
        )
    package = package_cmd()
    frozen: list[str] | None = None
    if not args.no_frozen and args.frozen.is_file():
        frozen = [str(args.frozen)]
    elif not args.no_frozen:
        print(f"no frozen build at {args.frozen}: python packaging/build.py", file=sys.stderr)
    shown_env = dict(env, INCUBATOR_DESK_EXIT_AFTER_SHOW="shown")
    loaded_env = dict(env, INCUBATOR_DESK_EXIT_AFTER_SHOW="loaded")

    def median(cmd: list[str], run_env: dict[str, str]) -> float:
        return statistics.median(timed(cmd, run_env) for _ in range(args.runs))

    def frozen_of(run_env: dict[str, str]) -> dict[str, str]:
        """The frozen build must not see this interpreter's paths."""
        return {k: v for k, v in run_env.items() if k not in ("PYTHONPATH", "PYTHONHOME")}

    # one warm-up of each, so all read their files from the OS cache alike
    timed([sys.executable, "-c", BARE], env)
    timed([*package, "--db", str(db)], loaded_env)
    if frozen:
        timed([*frozen, "--db", str(db)], frozen_of(loaded_env))

    bare = median([sys.executable, "-c", BARE], env)
    rows: list[tuple[str, float, str, str]] = [("bare PySide6 window shown", bare, "-", "")]
    ok = True
    runs: list[tuple[str, list[str], Callable[[dict[str, str]], dict[str, str]]]] = [
        ("installed package", package, lambda e: e)
    ]
    if frozen:
        runs.append(("frozen build (dist/)", frozen, frozen_of))
    for name, cmd, env_of in runs:
        shown = median([*cmd, "--db", str(db)], env_of(shown_env))
        loaded = median([*cmd, "--db", str(db)], env_of(loaded_env))
        version = median([*cmd, "--version"], env_of(env))
        passed = shown <= 2 * bare
        ok = ok and passed
        verdict = "pass" if passed else "FAIL"
        rows += [
            (f"{name}: main window shown", shown, f"<= {2 * bare:.3f}", verdict),
            ("  ratio to the bare window", shown / bare, "<= 2.00", ""),
            (f"{name}: dashboard filled in", loaded, "-", ""),
            (f"{name}: --version", version, "-", ""),
        ]
    print(f"\nStartup, median of {args.runs} runs ({args.tenants:,} tenants)")
    print(f"{'measurement':<52}{'seconds':>9}{'target':>12}{'result':>8}")
    for label, value, target, result in rows:
        number = f"{value:>9.2f}" if label.strip().startswith("ratio") else f"{value:>9.3f}"
        print(f"{label:<52}{number}{target:>12}{result:>8}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
