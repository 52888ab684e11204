"""Screenshots of the statistics return in the window, in English and Chinese: the Statistics
page (the return's check, the self-assessment), a tenant's Statistics tab (with a mistake
shown beside its field), Settings → Statistics and the Dashboard's card.

    python tools/statistics_screenshots.py OUTDIR [--tenants N]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def settle() -> None:
    """Let the background readings finish and their results reach the widgets."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QThreadPool.globalInstance().waitForDone(20000)
        for _ in range(5):
            QApplication.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    tenants = int(sys.argv[sys.argv.index("--tenants") + 1]) if "--tenants" in sys.argv else 120
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["INCUBATOR_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="incubator-shots-")

    from PySide6.QtWidgets import QLineEdit

    from incubator_desk.app import build_window, make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n
    from incubator_desk.ui.pages.statistics import StatisticsSettings, TenantStatisticsTab

    app = make_application()
    db = open_database(
        resolve_location(str(Path(os.environ["INCUBATOR_DESK_DATA_DIR"]) / "s.sqlite")),
        create=True,
    ).db
    generate_demo(db, tenants=tenants, seed=1)
    window = build_window(db)
    window.resize(1360, 820)
    window.show()
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        window.show_page("dashboard")
        window.page("dashboard").refresh()
        settle()
        window.grab().save(str(out / f"{lang}-dashboard.png"))
        window.show_page("statistics")
        page = window.page("statistics")
        page.refresh()
        settle()
        page.tabs.setCurrentIndex(0)
        page.check.table.selectRow(3)
        settle()
        window.grab().save(str(out / f"{lang}-statistics-check.png"))
        page.tabs.setCurrentIndex(1)
        page.assessment.table.selectRow(5)
        settle()
        window.grab().save(str(out / f"{lang}-statistics-assessment.png"))
        finding = next(f for f in page.check.data.findings if f.tenant_id is not None)
        dialog = page.open_tenant(finding.tenant_id)
        settle()
        tab = dialog.select_tab(TenantStatisticsTab)
        dialog.grab().save(str(out / f"{lang}-tenant-statistics.png"))
        edit = tab.edits["staff_phd"]
        assert isinstance(edit, QLineEdit)
        edit.setText("9999")
        tab.save()
        settle()
        dialog.grab().save(str(out / f"{lang}-tenant-statistics-error.png"))
        dialog.close()
        page.open_settings()
        settle()
        window.page("settings").select_section(StatisticsSettings)
        settle()
        window.grab().save(str(out / f"{lang}-settings-statistics.png"))
    db.dispose()
    app.quit()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
