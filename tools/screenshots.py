"""Screenshots of every page and every tab in English and Chinese, to look at before a change.

    python tools/screenshots.py OUTDIR [--tenants N]
Runs offscreen by default; under ../shared/tools/on-screen it draws a real X window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def shoot_dialogs(window, out: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Help → About, and the crash dialog with its details open, as a person sees them."""
    from PySide6.QtWidgets import QApplication

    from incubator_desk.ui.crash_dialog import CrashDialog
    from incubator_desk.ui.dialogs.about import AboutDialog, about_facts
    from incubator_desk.ui.toolkit import log_file
    from incubator_desk.ui.toolkit.failures import Crash

    about = AboutDialog(about_facts(window.db), window)
    about.show()
    QApplication.processEvents()
    about.grab().save(str(out / f"{lang}-about.png"))
    about.close()
    try:
        raise KeyError("tenant 42")
    except KeyError as exc:
        import traceback

        details = "".join(traceback.format_exception(exc))
    log = log_file() or Path(os.environ["INCUBATOR_DESK_DATA_DIR"]) / "incubator-desk.log"
    crash = CrashDialog(Crash("KeyError: 'tenant 42'", details, log), window)
    crash.show()
    QApplication.processEvents()
    crash.grab().save(str(out / f"{lang}-crash.png"))
    crash.show_button.click()
    QApplication.processEvents()
    crash.grab().save(str(out / f"{lang}-crash-details.png"))
    crash.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    tenants = int(sys.argv[sys.argv.index("--tenants") + 1]) if "--tenants" in sys.argv else 120
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["INCUBATOR_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="incubator-shots-")

    from PySide6.QtWidgets import QApplication, QTabWidget

    from incubator_desk.app import build_window, make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n
    from incubator_desk.ui.main_window import PAGE_ORDER

    app = make_application()
    db = open_database(
        resolve_location(str(Path(os.environ["INCUBATOR_DESK_DATA_DIR"]) / "s.sqlite")),
        create=True,
    ).db
    generate_demo(db, tenants=tenants, seed=1, books=True)
    window = build_window(db)
    window.resize(1360, 820)
    window.show()
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        for key in PAGE_ORDER:
            window.show_page(key)
            for _ in range(3):
                QApplication.processEvents()
            window.grab().save(str(out / f"{lang}-{key}.png"))
            page = window.stack.currentWidget()
            for t, tabs in enumerate(page.findChildren(QTabWidget)):
                if not tabs.isVisible():
                    continue
                for i in range(1, tabs.count()):  # the first tab is on the page shot already
                    tabs.setCurrentIndex(i)
                    for _ in range(3):
                        QApplication.processEvents()
                    window.grab().save(str(out / f"{lang}-{key}-tab{t}-{i}.png"))
                tabs.setCurrentIndex(0)
        shoot_dialogs(window, out, lang)
    db.dispose()
    app.quit()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
