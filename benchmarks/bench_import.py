"""Benchmark: importing the operators' own sheets stays within memory, whatever the file says.

    python benchmarks/bench_import.py [--rows 200000]

Each import runs as `incubator-desk import tenants FILE` in a process of its own on a new
database, and reports its peak resident memory (the whole process: Python, Qt-free, the
file read, the check and the write) and its time:

- a 200,000-row .xlsx and the same as a GBK .csv (a title row, 万元 headers, Chinese
  industry names), and the .xlsx again (every row compared with its stored tenant): under
  500 MB each;
- 20,000 rows with one stray cell in column XFD (it took 2.6 GB when rows were padded to
  the declared width);
- a 1.6 KB workbook declaring 16,384 columns and a million rows (it exhausted 4 GB).

The first import of each readable file stands beside its limit, run right after it: a process
reading the same file row by row and nothing else (openpyxl's read-only mode, the csv module),
its peak memory and time measured the same way. The stray and wide files have none: read
plainly, padded to their declared width, they are what exhausted memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from _common import Table

TARGET_MB = 500.0
INDUSTRIES = (
    "新一代信息技术", "生物医药", "高端装备制造", "新材料", "新能源", "节能环保", "数字创意"
)  # fmt: skip
HEADER = (
    "企业名称", "统一社会信用代码", "行业", "注册资本（万元）", "入孵日期", "联系人", "电话", "备注"
)  # fmt: skip
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# The import's own peak: VmHWM is this process's high-water mark since exec (ru_maxrss would
# start from the size of the benchmark process that forked it).
MEASURE = """
import sys, time
from incubator_desk.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
try:
    with open("/proc/self/status", encoding="ascii") as fh:
        peak = next(int(x.split()[1]) for x in fh if x.startswith("VmHWM:")) / 1024
except OSError:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"BENCH {code} {peak:.0f} {time.perf_counter() - started:.1f}", file=sys.stderr)
"""


# The limit: the same file read row by row and nothing else (openpyxl's read-only mode for
# .xlsx, the csv module for the GBK .csv), in a process of its own, measured the same way.
PLAIN = """
import csv, sys, time
started = time.perf_counter()
path, rows = sys.argv[1], 0
if path.endswith(".csv"):
    with open(path, encoding="gbk", newline="") as fh:
        for _row in csv.reader(fh):
            rows += 1
else:
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True)
    for _row in book.active.iter_rows(values_only=True):
        rows += 1
    book.close()
try:
    with open("/proc/self/status", encoding="ascii") as fh:
        peak = next(int(x.split()[1]) for x in fh if x.startswith("VmHWM:")) / 1024
except OSError:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"BENCH 0 {peak:.0f} {time.perf_counter() - started:.3f}", file=sys.stderr)
"""


def credit_code(n: int) -> str:
    body = "91440300" + "".join(ALPHABET[(n // 31**k) % 31] for k in range(9))
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS, strict=True))
    return body + ALPHABET[(31 - total % 31) % 31]


def rows(n: int) -> list[tuple[object, ...]]:
    return [
        (
            f"深圳测试{i}科技有限公司",
            credit_code(i),
            INDUSTRIES[i % len(INDUSTRIES)],
            100 + i % 900,
            f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"联系人{i}",
            f"138{i:08d}",
            "",
        )
        for i in range(n)
    ]


def write_xlsx(path: Path, data: list[tuple[object, ...]], stray: bool = False) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("名单")
    ws.append(["2026年在孵企业名单"])
    ws.append(HEADER)
    for i, row in enumerate(data):
        if stray and i == len(data) // 2:
            ws.append([*row, *([None] * (16_384 - len(row) - 1)), "x"])  # one cell in XFD
        else:
            ws.append(row)
    wb.save(path)


def write_csv(path: Path, data: list[tuple[object, ...]]) -> None:
    lines = ["2026年在孵企业名单" + "," * (len(HEADER) - 1), ",".join(HEADER)]
    lines += [",".join(str(c) for c in row) for row in data]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def write_declared_wide(path: Path) -> None:
    """A tiny workbook whose sheet claims A1:XFD1048576."""
    write_xlsx(path, rows(3))
    src = path.read_bytes()
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(src)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = body.decode()
                if "<dimension" in text:
                    start = text.index("<dimension")
                    text = text[:start] + text[text.index("/>", start) + 2 :]
                at = min(
                    text.index(tag)
                    for tag in ("<sheetViews", "<sheetFormatPr", "<cols", "<sheetData")
                    if tag in text
                )
                body = (text[:at] + '<dimension ref="A1:XFD1048576"/>' + text[at:]).encode()
            zout.writestr(info, body)
    tmp.unlink()


def measure(path: Path, workdir: Path, database: str) -> tuple[int, float, float]:
    db = workdir / f"{database}.sqlite"
    if not db.exists():  # a new database, made first (an import never makes one)
        env = {**os.environ, "INCUBATOR_DESK_DATA_DIR": str(workdir)}
        env.pop("INCUBATOR_DESK_DB", None)
        subprocess.run([sys.executable, "-m", "incubator_desk", "--db", str(db), "db", "create"],
                       check=True, capture_output=True, env=env)  # fmt: skip
    return _run([sys.executable, "-c", MEASURE, "--db", str(db), "import", "tenants", str(path)],
                workdir)  # fmt: skip


def measure_plain(path: Path, workdir: Path) -> tuple[int, float, float]:
    return _run([sys.executable, "-c", PLAIN, str(path)], workdir)


def _run(argv: list[str], workdir: Path) -> tuple[int, float, float]:
    env = {**os.environ, "INCUBATOR_DESK_DATA_DIR": str(workdir)}
    env.pop("INCUBATOR_DESK_DB", None)
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    line = next((x for x in done.stderr.splitlines() if x.startswith("BENCH ")), "")
    if not line:
        print(done.stderr[-2000:], file=sys.stderr)
        return -1, float("nan"), float("nan")
    _tag, code, peak, seconds = line.split()
    return int(code), float(peak), float(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        started = time.perf_counter()
        big = rows(args.rows)
        write_xlsx(workdir / "big.xlsx", big)
        write_csv(workdir / "big.csv", big)
        del big
        write_xlsx(workdir / "stray.xlsx", rows(20_000), stray=True)
        write_declared_wide(workdir / "wide.xlsx")
        # (file, what, target, database): each on a new database but the second import of
        # the same rows, where every row is compared with a stored tenant.
        files = [
            (workdir / "big.xlsx", f"{args.rows:,} rows, .xlsx", TARGET_MB, "xlsx"),
            (workdir / "big.xlsx", "the same rows again (unchanged)", TARGET_MB, "xlsx"),
            (workdir / "big.csv", f"{args.rows:,} rows, GBK .csv", TARGET_MB, "csv"),
            (workdir / "stray.xlsx", "20,000 rows + a cell in XFD", TARGET_MB, "stray"),
            (workdir / "wide.xlsx", "declares A1:XFD1048576", TARGET_MB, "wide"),
        ]
        print(f"files written in {time.perf_counter() - started:.0f} s")
        table = Table("Imports, each a process of its own beside its limit (interleaved)")
        for path, label, target, database in files:
            size = f"{path.stat().st_size / 1e6:.1f} MB"
            # Padded to their declared width, these two are what broke a plain reader: their
            # target is absolute, without a limit.
            plain = database in ("xlsx", "csv") and label != "the same rows again (unchanged)"
            (code, peak, seconds), *limit = [
                run()
                for run in (
                    lambda p=path, d=database: measure(p, workdir, d),
                    *((lambda p=path: measure_plain(p, workdir)),) * plain,
                )
            ]
            lim_peak, lim_seconds = (limit[0][1], limit[0][2]) if limit else (None, None)
            table.add(f"{label} ({size}): peak memory", peak, lim_peak, "MiB",
                      limit_name="the file read row by row" if limit else "",
                      target_text=f"< {target:.0f} MiB",
                      passed=code in (0, 2) and peak < target)  # fmt: skip
            table.add(f"  the same: seconds (exit {code})", seconds, lim_seconds, "s",
                      limit_name="the file read row by row" if limit else "")  # fmt: skip
        table.print()
        return 1 if table.failed else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
