"""Screenshots of data safety in the window, in English and Chinese, to look at before a change.

    python tools/backup_screenshots.py OUTDIR

The restore dialog with five backups of different kinds, the choices for a missing and for a
damaged database, the tenant form saying the database is busy (another process holds the
write lock) and keeping the input, and the window with the last backup in the status bar.
Runs offscreen on a demo database in a temporary data folder.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LOCK_HOLDER = (
    "import sqlite3, sys, time\n"
    "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "con.execute('BEGIN IMMEDIATE')\n"
    "con.execute('UPDATE operators SET display_name = display_name')\n"
    "print('locked', flush=True)\n"
    "time.sleep(120)\n"
)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots-backups")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="shots-backups-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QThreadPool

    from incubator_desk.app import build_window, make_application
    from incubator_desk.core.errors import DatabaseDamaged, DatabaseMissing
    from incubator_desk.db import backup, open_database
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.db.migrate import DAMAGED, MISSING
    from incubator_desk.services import backups as svc
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n
    from incubator_desk.ui.dialogs.database_problem import DatabaseProblemDialog
    from incubator_desk.ui.dialogs.restore_dialog import RestoreDialog
    from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog

    app = make_application()
    path = work / "孵化器 办公室.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    generate_demo(db, tenants=120, seed=2)
    now = dt.datetime.now(dt.UTC)
    for days, kind in ((40, backup.AUTO), (9, backup.AUTO), (3, backup.BEFORE_UPGRADE),
                       (1, backup.AUTO)):  # fmt: skip
        backup.back_up(db.location, folder=svc.folder(db), kind=kind,
                       now=now - dt.timedelta(days=days, hours=2))  # fmt: skip
    svc.back_up(db)

    def settle(ms: int = 300) -> None:
        # Short sleeps between calls: PySide6 6.12 releases None once too often per
        # processEvents() call, and a tight loop of a million calls aborts Python.
        QThreadPool.globalInstance().waitForDone(20000)
        end = time.time() + ms / 1000
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    gone = Path("/media/usb-stick/孵化器/incubator.sqlite")
    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        restore = RestoreDialog(db.location, svc.folders(db))
        restore.resize(820, 440)
        restore.show()
        settle()
        restore.view.selectRow(1)
        settle(100)
        restore.grab().save(str(out / f"restore-{lang}.png"))
        restore.close()

        for name, problem in (
            ("missing", DatabaseMissing(MISSING, path=gone)),
            ("damaged", DatabaseDamaged(DAMAGED, path=path, detail="file is not a database")),
        ):
            dialog = DatabaseProblemDialog(problem, str(gone if name == "missing" else path))
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"{name}-{lang}.png"))
            dialog.close()

        holder = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        window = build_window(db)
        window.resize(1100, 700)
        window.show()
        settle()
        form = NewTenantDialog(db, window)
        form.show()
        settle()
        form.form.name_zh.setText("深圳忙碌测试科技有限公司")
        form.buttons.buttons()[0].click()  # waits out the busy timeout, then says so
        settle()
        form.grab().save(str(out / f"busy-{lang}.png"))
        holder.kill()
        holder.wait()
        form.close()
        window.backups.check()
        settle(1500)
        window.grab().save(str(out / f"window-{lang}.png"))
        window.backups.closing = True  # no backup of this session on closing
        window.close()
    db.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
