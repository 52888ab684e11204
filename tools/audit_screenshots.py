"""Screenshots of the audit trail in the window, in English and Chinese, to look at before a change.

    python tools/audit_screenshots.py OUTDIR

A demo database where a few tenants were edited, a quarter entered and a sheet imported;
then the Audit page (every entry, and the edit chosen with its fields before → after), the
page narrowed to the import's entries, and a tenant's History tab. Runs offscreen on a demo
database in a temporary data folder.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots-audit")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="shots-audit-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    import openpyxl
    from PySide6.QtCore import QThreadPool

    from incubator_desk.app import build_window, make_application
    from incubator_desk.core.periods import last_complete_quarter
    from incubator_desk.db import open_database
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.services import importing as imp
    from incubator_desk.services import tenants as svc
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.services.overview import Query
    from incubator_desk.ui import i18n
    from incubator_desk.ui.pages.audit import AuditPage, TenantHistoryTab

    app = make_application()
    db = open_database(location_from_string(str(work / "孵化器.sqlite")), create=True).db
    generate_demo(db, tenants=60, seed=2)
    ids = [r[0] for r in svc.tenant_register().rows(db, Query(sort_key="id", limit=6))]
    first = svc.get_tenant(db, ids[0])
    svc.update_tenant(
        db,
        ids[0],
        dataclasses.replace(
            first.data, registered_capital=Decimal("3000000"), park_address="A栋 1201"
        ),
        first.version,
    )
    y, q = last_complete_quarter()
    svc.save_person(db, ids[0], svc.PersonInput(name="王芳", phone="13900139000"))
    current, _ = svc.figures_for(db, ids[0], y, q)
    svc.save_figures(
        db, ids[0], y, q, {"staff_total": 23, "staff_rd": 9, "revenue": Decimal("1250000")},
        expected_version=current.version if current else svc.NO_FIGURES_YET,
    )  # fmt: skip
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["企业名称", "统一社会信用代码", "园区地址"])
    for i, tid in enumerate(ids[1:]):
        d = svc.get_tenant(db, tid).data
        ws.append([d.name_zh, d.credit_code, f"C栋 {i + 3:02d}0{i + 1}"])
    book.save(work / "园区地址 更新.xlsx")
    imp.run_import(db, imp.ImportKind.TENANTS, work / "园区地址 更新.xlsx")
    edited = svc.get_tenant(db, ids[0])
    svc.update_tenant(
        db, ids[0], dataclasses.replace(edited.data, park_address="A栋 1502"), edited.version
    )

    def settle(ms: int = 300) -> None:
        # Short sleeps between calls: PySide6 6.12 releases None once too often per
        # processEvents() call, and a tight loop of a million calls aborts Python.
        QThreadPool.globalInstance().waitForDone(20000)
        end = time.time() + ms / 1000
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    window = build_window(db)
    window.resize(1440, 900)
    window.show()
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        window.show_page("audit")
        page = window.page("audit")
        assert isinstance(page, AuditPage)
        b = page.browser
        b.clear_filters()
        settle()
        window.grab().save(str(out / f"{lang}-audit.png"))
        b.table.selectRow(0)
        settle(100)
        window.grab().save(str(out / f"{lang}-audit-details.png"))
        b.table.selectRow(1)
        settle(100)
        window.grab().save(str(out / f"{lang}-audit-details-figures.png"))
        import_row = next(r for r in range(b.model.rowCount()) if b.model.row_id(r) and
                          b.model.index(r, 2).data() in ("Imported", "导入"))  # fmt: skip
        b.table.selectRow(import_row)
        settle(100)
        if b.details.action.isVisible():
            b.details.action.click()
            settle()
            b.table.selectRow(1)
            settle(100)
        window.grab().save(str(out / f"{lang}-audit-one-action.png"))
        b.clear_filters()
        window.show_page("tenants")
        tenants = window.page("tenants")
        dlg = tenants.open_tenant(ids[0])  # type: ignore[attr-defined]
        dlg.resize(1200, 760)
        tab = next(
            dlg.tabs.widget(i)
            for i in range(dlg.tabs.count())
            if isinstance(dlg.tabs.widget(i), TenantHistoryTab)
        )
        dlg.tabs.setCurrentWidget(tab)
        settle()
        tab.browser.table.selectRow(0)
        settle(100)
        dlg.grab().save(str(out / f"{lang}-tenant-history.png"))
        dlg.close()
    window.close()
    db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
