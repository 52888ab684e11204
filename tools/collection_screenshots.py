"""Screenshots of a collection round as an operator sees it, in English and Chinese.

    python tools/collection_screenshots.py OUTDIR

On a demo database: a round for the current quarter is started, some workbooks are
filled in as tenants would (one with mistakes, one contradicting figures already entered),
the folder is imported, and the Reports page's "Collect figures" tab is grabbed with the
import's report, the missing filter, and the start dialog. A generated workbook is rendered
to PNG too when LibreOffice (`soffice`) and `pdftoppm` are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def fill(source: Path, target: Path, values: dict[str, object]) -> None:
    import openpyxl

    from incubator_desk.services.collection.workbook import COL_KEY, COL_VALUE, FORM_TITLE

    wb = openpyxl.load_workbook(source)
    ws = wb[FORM_TITLE]
    rows = {ws.cell(r, COL_KEY).value: r for r in range(1, ws.max_row + 1)}
    for key, value in values.items():
        ws.cell(rows[key], COL_VALUE, value)
    wb.save(target)


def render_workbook(xlsx: Path, out: Path) -> None:
    """The workbook's pages as PNGs, through LibreOffice's PDF export."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("no soffice/pdftoppm: the workbook was not rendered")
        return
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "workbook.xlsx"
        shutil.copy(xlsx, copy)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(copy)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(Path(tmp) / "workbook.pdf"), str(out)],
            check=True,
            timeout=120,
        )


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="incubator-collect-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work / "data")

    from decimal import Decimal

    from PySide6.QtCore import QEventLoop

    from incubator_desk.app import build_window, make_application
    from incubator_desk.core import clock
    from incubator_desk.core.periods import Period, quarter_of
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services import collection as col
    from incubator_desk.services import tenants as svc
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n
    from incubator_desk.ui.pages.reports import ReportsPage
    from incubator_desk.ui.pages.reports.collection_start import StartRoundDialog

    app = make_application()
    db = open_database(resolve_location(str(work / "demo.sqlite")), create=True).db
    generate_demo(db, tenants=60, seed=2)
    # The demo has every tenant's figures up to the last complete quarter: the round asks for
    # the current one, so most files are new figures and last quarter's show for reference.
    period = Period(*quarter_of(clock.today()))
    sent = work / f"{period.label} 发出"
    started = col.start_round(db, period, sent)
    files = sorted(sent / name for name in started.written)
    back = work / "回收 returned"
    back.mkdir()
    for i, path in enumerate(files[:9]):
        fill(path, back / f"reply {i}.xlsx", {"staff_total": 10 + i, "revenue": 35.5 + i})
    fill(
        files[9],
        back / "figures.xlsx",
        {"staff_total": "twelve", "staff_rd": -2, "revenue": "=3*4"},
    )
    status = col.round_status(db, period)
    conflict = next(e for e in status.entries if e.file_name == files[10].name)
    svc.save_figures(
        db, conflict.tenant_id, period.year, period.quarter, {"revenue": Decimal("420000")}
    )
    fill(files[10], back / "第三季度.xlsx", {"revenue": 50, "staff_total": 7})
    (back / "old format.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)

    # A workbook whose tenant reported last quarter, so the reference column has figures.
    reported = next(
        e
        for e in status.entries
        if svc.figures_for(db, e.tenant_id, *period.previous().quarters[0])[0] is not None
    )
    render_workbook(sent / reported.file_name, out / "workbook")

    window = build_window(db)
    window.resize(1360, 820)
    window.show()
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        window.show_page("reports")
        page = window.current_page()
        assert isinstance(page, ReportsPage)
        tab = page.show_collection()
        # Imported in each language: the report's messages are in the language of the import.
        task = tab.import_paths([back])
        assert task is not None
        # Wait in an event loop: spinning processEvents() millions of times wears out the
        # reference count of None in PySide6 6.12 on Python 3.11 (a crash in the next one).
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        if task.running:
            loop.exec()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{lang}-collection.png"))
        tab.filter.setCurrentIndex(1)  # missing
        app.processEvents()
        window.grab().save(str(out / f"{lang}-collection-missing.png"))
        tab.filter.setCurrentIndex(0)
        dialog = StartRoundDialog(db, window)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"{lang}-collection-start.png"))
        dialog.close()
    db.dispose()
    app.quit()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
