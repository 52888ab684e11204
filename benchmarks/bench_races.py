"""Benchmark: the two-process races, 50 times each, on a SQLite file and on PostgreSQL.

    python benchmarks/bench_races.py [--races 50]

Runs tests/integration/test_funding_concurrency.py and test_figures_concurrency.py with
$INCUBATOR_DESK_RACES set, so each test races its two processes that many times, and prints
how many races of each went wrong (a lost update, a budget overrun, both saves accepted):
the target is 0 of 50 everywhere. PostgreSQL runs when $INCUBATOR_DESK_TEST_PG_URL names a
server (`eval "$(tools/start-test-postgres.sh)"`); otherwise only SQLite is raced.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODULES = (
    "tests/integration/test_funding_concurrency.py",
    "tests/integration/test_figures_concurrency.py",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--races", type=int, default=50)
    args = parser.parse_args()
    pg = bool(os.environ.get("INCUBATOR_DESK_TEST_PG_URL"))
    log = Path(tempfile.mkdtemp(prefix="bench-races-")) / "races.jsonl"
    env = dict(os.environ, INCUBATOR_DESK_RACES=str(args.races), INCUBATOR_DESK_RACES_LOG=str(log))
    started = time.perf_counter()
    cpu_before = os.times()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *MODULES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    cpu_after = os.times()
    cpu = (cpu_after.children_user - cpu_before.children_user) + (
        cpu_after.children_system - cpu_before.children_system
    )
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if (
        log.exists()
    ) else []  # fmt: skip
    print(f"{'race':<82}{'races':>7}{'wrong':>7}")
    for r in rows:
        print(f"{r['test'].split('::')[-1]:<82}{r['races']:>7}{r['wrong']:>7}")
    if not pg:
        print("PostgreSQL not raced: set INCUBATOR_DESK_TEST_PG_URL to include it.")
    print(f"{len(rows)} tests of {args.races} races each; {wall:.0f} s wall, {cpu:.0f} s CPU")
    wrong = sum(r["wrong"] for r in rows)
    if done.returncode != 0 or wrong:
        print(f"pytest exited with {done.returncode}:", done.stdout[-4000:], done.stderr[-2000:],
              sep="\n")  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
