"""The Tenants page on the 50,000-tenant demo, each measure beside a limit in the same run.

    python benchmarks/bench_tenants.py [--db FILE] [--runs 5] [--import-rows 10000]

- Opening the page to its first screen painted, and sorting by each column, beside the same
  SQL (the statements the page ran, recorded and replayed on a plain sqlite3 connection)
  drawn by a minimal QTableView over a minimal model.
- Search per keystroke beside an in-memory scan: every tenant's text in a Python list,
  scanned for the typed text, the first screen of matches drawn by the minimal view.
- Importing a 10,000-row .xlsx beside openpyxl reading the same file plus a Core bulk insert
  of the same rows (tenants and their contacts), committed.
- Resident memory with the page open and its search index read, beside a bare window (each
  a new process).
Measures alternate with their limits (A, limit, A, limit…); medians are printed. Issue 15 sets
no target for these; it measured 1.3x (page), 1.2x (search), 1.6x (import) and 3.3x (memory).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import Table, demo_database, interleaved, median, private_env, run_to_marker, timed
from bench_startup import APP, BARE, REPORT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The application started on the Tenants page; READY once its search index has been read.
TENANTS_SETTLED = (
    REPORT
    + """
from PySide6.QtCore import QThreadPool, QTimer
from incubator_desk.ui.main_window import MainWindow
_attach = MainWindow.attach_database
def _attach_and_open(self, db):
    _attach(self, db)
    self.show_page("tenants")
    def settled():
        if QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(100, settled)
        else:
            QApplication.instance().quit()
    QTimer.singleShot(1500, settled)  # the page reads its index 400 ms after opening
MainWindow.attach_database = _attach_and_open
from incubator_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""
)
assert APP  # the same start as bench_startup's
HEADERS = ["企业名称", "统一社会信用代码", "成立日期", "入孵日期", "行业", "注册资本（万元）",
           "联系人", "电话", "邮箱", "高新技术企业", "标签"]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="the demo database (default: made once in /tmp)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    path = demo_database(args.db)

    workdir = Path(tempfile.mkdtemp(prefix="bench-tenants-"))
    os.environ.update(private_env())

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QThreadPool
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import event

    from incubator_desk.app import make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.ui import i18n
    from incubator_desk.ui.pages.tenants import TenantsPage

    class Minimal(QAbstractTableModel):
        """The least a table model can be: rows of values, shown as text."""

        def __init__(self) -> None:
            super().__init__()
            self.rows: list[Sequence[Any]] = []

        def set_rows(self, rows: list[Sequence[Any]]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows[0]) if self.rows else 0

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    app = make_application()
    i18n.install("en")
    db = open_database(resolve_location(str(path)), create=True).db
    raw = sqlite3.connect(path)
    n_tenants = raw.execute("SELECT count(*) FROM tenants WHERE archived_at IS NULL").fetchone()[0]

    minimal_model = Minimal()
    minimal = QTableView()
    minimal.setModel(minimal_model)
    minimal.resize(1360, 820)
    minimal.show()

    def paint(view: QTableView) -> None:
        QApplication.processEvents()
        view.viewport().repaint()

    recorded: list[tuple[str, Any]] = []
    recording = False

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if recording and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            recorded.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)

    def recorded_while(action: Callable[[], None]) -> tuple[float, list[tuple[str, Any]]]:
        nonlocal recording
        recorded.clear()
        recording = True
        try:
            seconds = timed(action)
        finally:
            recording = False
        return seconds, list(recorded)

    def replay(statements: list[tuple[str, Any]]) -> float:
        """The same SQL on a plain connection, its largest answer drawn by the minimal view."""

        def run() -> None:
            answers = [raw.execute(sql, params).fetchall() for sql, params in statements]
            minimal_model.set_rows(max(answers, key=len) if answers else [])
            paint(minimal)

        return timed(run)

    def settle() -> None:
        QThreadPool.globalInstance().waitForDone()
        for _ in range(5):
            QApplication.processEvents()
            time.sleep(0.01)

    table = Table(f"Tenants page, {n_tenants:,} tenants, median of {args.runs} interleaved runs")

    # -- open the page to its first screen painted
    pages: list[TenantsPage] = []
    opened_sql: list[tuple[str, Any]] = []

    def open_page() -> float:
        for old in pages:
            old.close()
            old.deleteLater()
        pages.clear()
        settle()

        def action() -> None:
            page = TenantsPage(db)
            page.resize(1360, 820)
            page.show()
            pages.append(page)
            paint(page.table)

        seconds, sql = recorded_while(action)
        opened_sql[:] = sql
        return seconds

    open_page()  # records the statements the limit replays
    got, base = interleaved([open_page, lambda: replay(opened_sql)], args.runs)
    table.add("open the page, first screen painted", median(got), median(base), "ms", None,
              "same SQL, minimal QTableView")  # fmt: skip
    page = pages[0]
    settle()
    time.sleep(0.6)  # the page reads its search index 400 ms after opening, in a worker
    settle()

    # -- search per keystroke, beside an in-memory scan
    everyone = raw.execute(
        "SELECT t.id, t.name_zh, t.name_en, t.credit_code, t.stage, t.entry_date, "
        "lower(t.name_zh || char(0) || coalesce(t.name_en, '') || char(0) || "
        "coalesce((SELECT group_concat(p.name || char(0) || coalesce(p.phone, ''), char(0)) "
        "FROM people p WHERE p.tenant_id = t.id AND p.archived_at IS NULL), '') || char(0) || "
        "coalesce(t.credit_code, '')) FROM tenants t WHERE t.archived_at IS NULL "
        "ORDER BY t.entry_date DESC"
    ).fetchall()
    texts = [(row[-1], row[:-1]) for row in everyone]
    sample = raw.execute(
        "SELECT t.name_zh, t.name_en, t.credit_code, p.name, p.phone FROM tenants t "
        "JOIN people p ON p.tenant_id = t.id ORDER BY t.id LIMIT 1 OFFSET 777"
    ).fetchone()
    typed = [sample[0][2:6], sample[1].split()[1].lower(), sample[2][:12], sample[3],
             sample[4][:7]]  # fmt: skip
    keys: list[float] = []
    scans: list[float] = []
    for text in typed:
        for i in range(1, len(text) + 1):
            part = text[:i]

            def keystroke(part: str = part) -> float:
                def act() -> None:
                    page.search.setText(part)
                    page._apply_search()
                    paint(page.table)

                return timed(act)

            def scan(part: str = part) -> float:
                def act() -> None:
                    t = part.lower()
                    found = [row for hay, row in texts if t in hay]
                    minimal_model.set_rows(found[:200])
                    paint(minimal)

                return timed(act)

            k, s = interleaved([keystroke, scan], 1, warm_up=False)
            keys += k
            scans += s
        page.search.clear()
        page._apply_search()
    table.add(f"search, per keystroke ({len(keys)} keystrokes)", median(keys), median(scans),
              "ms", None, "in-memory scan, minimal view")  # fmt: skip

    # -- sort by every sortable column
    header = page.table.horizontalHeader()
    sort_got: list[float] = []
    sort_base: list[float] = []
    for col in range(page.model.columnCount()):
        if not page.model.is_sortable(col):
            continue
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):

            def sort(col: int = col, order: Qt.SortOrder = order) -> None:
                header.setSortIndicator(col, order)
                paint(page.table)

            seconds, sql = recorded_while(sort)
            sort_got.append(seconds)
            sort_base.append(replay(sql))
    table.add(f"sort by a column ({len(sort_got)} sorts)", median(sort_got), median(sort_base),
              "ms", None, "same SQL, minimal QTableView")  # fmt: skip
    worst = max(range(len(sort_got)), key=lambda i: sort_got[i])
    table.add("sort, slowest", sort_got[worst], sort_base[worst], "ms", None,
              "same SQL, minimal QTableView")  # fmt: skip
    for p in pages:
        p.close()
    settle()

    # -- import a 10,000-row .xlsx, into a copy: the demo database stays as it was
    import shutil

    copy = workdir / "import.sqlite"
    shutil.copyfile(path, copy)
    copy_db = open_database(resolve_location(str(copy))).db
    copy_raw = sqlite3.connect(copy)
    got_import, base_import = _imports(
        copy_db, copy_raw, workdir, args.import_rows, max(2, args.runs // 2)
    )
    copy_raw.close()
    copy_db.dispose()
    table.add(f"import {args.import_rows:,} rows (.xlsx read, checked, written)",
              median(got_import), median(base_import), "s", None,
              "openpyxl read + Core bulk insert")  # fmt: skip

    # -- memory, each in a new process
    py = sys.executable
    mem_page, mem_bare = interleaved(
        [
            lambda: run_to_marker([py, "-c", TENANTS_SETTLED, "--db", str(path)], private_env()),
            lambda: run_to_marker([py, "-c", BARE], private_env()),
        ],
        max(1, args.runs // 2),
    )
    table.add("memory: Tenants page open, search index read",
              median([m.rss_mib for m in mem_page]), median([m.rss_mib for m in mem_bare]),
              "MiB", None, "bare window")  # fmt: skip

    table.print()
    raw.close()
    db.dispose()
    app.quit()
    return 1 if table.failed else 0


def _imports(
    db: Any, raw: sqlite3.Connection, workdir: Path, n: int, runs: int
) -> tuple[list[float], list[float]]:
    """The import as the window runs it, beside openpyxl + a Core insert, each on its own file
    of new tenants (the limit's rows are deleted again, untimed)."""
    import openpyxl
    from sqlalchemy import delete, insert, select

    from incubator_desk.core.vocabularies import Stage
    from incubator_desk.models import LookupItem, Person, Tenant
    from incubator_desk.services import creditcode
    from incubator_desk.services import importing as imp

    rng = random.Random(7)
    used = {c for (c,) in raw.execute("SELECT credit_code FROM tenants")}
    industries = [
        n for (n,) in raw.execute("SELECT name_zh FROM lookup_items WHERE category='industry'")
    ]
    with db.read() as s:
        industry_ids = dict(s.execute(select(LookupItem.name_zh, LookupItem.id)).all())
    files: list[Path] = []
    for k in range(2 * runs + 2):
        path = workdir / f"导入 {k}.xlsx"
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("名单")
        ws.append(["2026年新入孵企业名单"])
        ws.append(HEADERS)
        for i in range(n):
            code = creditcode.generate(rng, "440305")
            while code in used:
                code = creditcode.generate(rng, "440305")
            used.add(code)
            ws.append([f"深圳导入{k:02d}测试{i:05d}科技有限公司", code, "2023-01-05",
                       "2024-03-01", rng.choice(industries), rng.choice((10, 50, 100)),
                       f"联系人{i}", f"138{k:02d}{i:06d}", f"c{k}-{i}@example.cn",
                       rng.choice(("是", "否")), "导入测试"])  # fmt: skip
        wb.save(path)
        files.append(path)
    queue = iter(files)

    def program() -> float:
        path = next(queue)

        def run() -> None:
            sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
            plan = imp.plan_import(db, imp.ImportKind.TENANTS, sheet)
            assert plan.counts()[imp.Outcome.CREATED] == n, plan.summary()
            imp.apply_import(db, plan)

        return timed(run)

    def limit() -> float:
        path = next(queue)
        codes: list[str] = []

        def run() -> None:
            wb = openpyxl.load_workbook(path, read_only=True)
            rows = list(wb.worksheets[0].iter_rows(min_row=3, values_only=True))
            wb.close()
            with db.engine.begin() as conn:
                ids = (
                    conn.execute(
                        insert(Tenant).returning(Tenant.id),
                        [
                            {
                                "name_zh": r[0],
                                "credit_code": r[1],
                                "founded_on": _day(r[2]),
                                "entry_date": _day(r[3]),
                                "industry_id": industry_ids.get(r[4]),
                                "stage": Stage.INCUBATING,
                                "high_tech_enterprise": r[9] == "是",
                            }
                            for r in rows
                        ],
                    )
                    .scalars()
                    .all()
                )
                conn.execute(
                    insert(Person),
                    [
                        {"tenant_id": t, "name": r[6], "phone": r[7], "email": r[8]}
                        for t, r in zip(ids, rows, strict=True)
                    ],
                )
            codes.extend(r[1] for r in rows)

        seconds = timed(run)
        with db.engine.begin() as conn:
            ids = select(Tenant.id).where(Tenant.credit_code.in_(codes))
            conn.execute(delete(Person).where(Person.tenant_id.in_(ids)))
            conn.execute(delete(Tenant).where(Tenant.credit_code.in_(codes)))
        return seconds

    return interleaved([program, limit], runs)


def _day(value: Any) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(value) if isinstance(value, str) else value


if __name__ == "__main__":
    sys.exit(main())
