"""Run every benchmark and print each table: python benchmarks/run.py [--tenants N]."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("bench_demo.py", "bench_startup.py")


def main() -> int:
    failed = 0
    for script in SCRIPTS:
        print(f"\n=== {script} ===", flush=True)
        failed += (
            subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]]).returncode != 0
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
