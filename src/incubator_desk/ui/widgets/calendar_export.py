"""Export a calendar (a mentor's, a tenant's, or every event) to an .ics file, off the UI thread.

Used by the mentoring page, the tenant's Mentoring tab and the training page alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...db import Database
from ...services import ical
from .. import messages
from ..toolkit import Task, TaskContext, run_task

Calendar = Callable[[Database], tuple[bytes, int]]
"""Builds the .ics bytes and counts the items, e.g. ``lambda db: ical.mentor_calendar(db, 3)``."""


def export_calendar(parent: QWidget, db: Database, calendar: Calendar, name: str) -> Task | None:
    """Ask where to save `name`.ics, then build and write it in the background.

    Returns the running task (None when the person chose no file); when it ends, a message
    says how many items were written, or why nothing was.
    """
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|').strip() or "calendar"
    path = messages.save_file(
        parent,
        QCoreApplication.translate("CalendarExport", "Export calendar"),
        str(Path.home() / f"{safe}.ics"),
        QCoreApplication.translate("CalendarExport", "iCalendar files (*.ics)"),
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() != ".ics":
        out = out.with_name(out.name + ".ics")

    def job(_ctx: TaskContext) -> int:
        data, count = calendar(db)
        ical.write_ics(out, data)
        return count

    def done(count: int) -> None:
        messages.info(
            parent,
            QCoreApplication.translate("CalendarExport", "Export calendar"),
            QCoreApplication.translate(
                "CalendarExport", "%n item(s) written to %1.", None, count
            ).replace("%1", str(out)),
        )

    return run_task(
        job,
        on_result=done,
        parent=parent,
        error_title=QCoreApplication.translate("CalendarExport", "Calendar not exported"),
    )
