"""The demo database, made fresh with a progress dialog: for --demo and for a first start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import paths

if TYPE_CHECKING:
    from ..db import Database

DEMO_TENANTS = 300


def make_demo(parent: QWidget | None, tenants: int = DEMO_TENANTS) -> Database:
    """A fresh demo database in the data folder, replacing the previous demo (ours alone)."""
    from ..db import open_database
    from ..db.engine import location_from_string
    from ..services.demo import generate_demo

    path = paths.demo_db_path()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    opened = open_database(location_from_string(str(path)), create=True)
    dialog = QProgressDialog(
        QCoreApplication.translate("App", "Making the demo database…"), "", 0, 100, parent
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> None:
        dialog.setValue(done * 100 // max(total, 1))
        QCoreApplication.processEvents()

    generate_demo(opened.db, tenants=tenants, seed=1, progress=progress, books=True)
    dialog.close()
    return opened.db
