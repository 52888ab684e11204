"""Keeps the open database backed up from the window: automatically (after changes, at most
once a day while it runs, and when the window closes), by hand, and restores; and says in the
status bar when the last backup was made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from ..core import clock
from . import messages
from .toolkit import ERROR_COLOUR, Task, run_task

if TYPE_CHECKING:  # the database layer loads once the window is on screen
    from ..core.errors import ServiceError
    from ..db import Database
    from ..services import backups as svc

ARCHIVE_FILTER = "Incubator Desk archive (*.zip);;All files (*)"
BACKUP_FILTER = "Incubator Desk backup (*.zip);;Database file (*.sqlite *.db);;All files (*)"


class BackupKeeper(QObject):
    """Signals:
    restored(): a backup was restored into the open database (the window reloads it).
    """

    restored = Signal()
    # The first look waits a little so opening the window is not slowed by it.
    FIRST_CHECK_MS = 10_000
    CHECK_EVERY_MS = 60 * 60 * 1000

    def __init__(self, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.db: Database | None = None
        self.status: svc.Status | None = None
        self.task: Task | None = None  # the backup being made
        self.closing = False
        self._commits_backed_up = 0
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)

    def alive(self) -> bool:
        """False once the window is gone: a task that ends after it must not touch it."""
        return all(shiboken6.isValid(o) for o in (self, self.window, self.label))

    # --- following the open database ------------------------------------------------------
    def attach(self, db: Database) -> None:
        self.db = db
        self.closing = False
        self.status = None
        self._commits_backed_up = db.commits
        self.show_status()
        self.first.start(self.FIRST_CHECK_MS)
        self.timer.start()

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    def check(self) -> None:
        """Read where the backups stand; back up automatically when one is due."""
        from ..services import backups as svc

        db = self.db
        if db is None or self.running:
            return
        run_task(
            lambda _ctx: svc.status(db),
            on_result=lambda status: self._status_read(db, status),
            on_error=self._status_failed,
            parent=self.window,
        )

    def _status_read(self, db: Database, status: svc.Status) -> None:
        if not self.alive():
            return
        if db is not self.db:
            return
        self.status = status
        self.show_status()
        if status.due and not self.closing:
            self.back_up_automatically()

    def _status_failed(self, err: ServiceError) -> None:
        if not self.alive():
            return
        self.label.setText("⚠ " + self.tr("Backups: %1").replace("%1", str(err)))

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def unsaved_changes(self) -> bool:
        """Changes saved from this window since its last backup."""
        return self.db is not None and self.db.commits > self._commits_backed_up

    # --- automatic backups ----------------------------------------------------------------
    def back_up_automatically(self, then: Callable[[], object] | None = None) -> Task | None:
        from ..services import backups as svc

        db = self.db
        if db is None or db.location.sqlite_path is None:
            return None
        commits = db.commits
        self.task = run_task(
            lambda ctx: svc.back_up_automatically(db, progress=ctx.progress),  # may be cancelled
            on_result=lambda _made: self._made(db, commits),
            on_error=self._failed,
            parent=self.window,
        )
        self.show_status()
        self.task.finished.connect(self.check_soon)
        if then is not None:
            self.task.finished.connect(then)
        return self.task

    def check_soon(self) -> None:
        if not self.alive():
            return
        if not self.closing:
            QTimer.singleShot(0, self.check)

    def _made(self, db: Database, commits: int) -> None:
        if db is self.db:
            self._commits_backed_up = max(self._commits_backed_up, commits)

    def _failed(self, err: ServiceError) -> None:
        if not self.alive():
            return
        self.label.setText("⚠ " + self.tr("The last backup failed"))
        self.label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.label.setToolTip(str(err))
        if self.closing:
            messages.error(
                self.window,
                self.tr("Backup"),
                self.tr(
                    "The backup before closing could not be made: %1\n\nYour changes are saved "
                    "in the database itself. Choose a backup folder that can be reached in "
                    "Settings → Backups."
                ).replace("%1", str(err)),
            )

    def close_requested(self, close: Callable[[], object]) -> bool:
        """True: the window may close now. False: a backup of this session's changes was
        started first, and `close` is called when it has ended (made or failed)."""
        if self.closing or self.db is None or self.db.location.sqlite_path is None:
            return True
        if not self.unsaved_changes() and not self.running:
            return True
        self.closing = True
        self.stop()
        progress = QProgressDialog(
            self.tr("Backing up the database before closing…"),
            self.tr("Close without a backup"),
            0,
            1000,
            self.window,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        if self.running and self.task is not None:
            # A backup is under way; it may have started before the latest changes.
            def after_it() -> None:
                if not self.alive():
                    return
                if self.unsaved_changes():
                    self._last_backup(progress, close)
                else:
                    progress.reset()
                    close()

            self.task.track(progress)
            self.task.finished.connect(after_it)
        else:
            self._last_backup(progress, close)
        return False

    def _last_backup(self, progress: QProgressDialog, close: Callable[[], object]) -> None:
        if not self.alive():
            return
        task = self.back_up_automatically(then=lambda: self.alive() and close())
        if task is None:
            close()
            return
        task.track(progress)

    # --- by hand --------------------------------------------------------------------------
    def _suggested(self, suffix: str) -> str:
        assert self.db is not None and self.db.location.sqlite_path is not None
        stem = self.db.location.sqlite_path.stem
        stamp = clock.today().isoformat()
        return str(Path.home() / f"{stem} {suffix} {stamp}.zip")

    def _refuse_server(self, title: str) -> bool:
        assert self.db is not None
        if self.db.location.sqlite_path is not None:
            return False
        messages.info(
            self.window,
            title,
            self.tr(
                "This database is on a server. Its backups are made on the server with "
                "pg_dump; ask whoever runs it."
            ),
        )
        return True

    def back_up_now(self) -> None:
        """File → Back up now…: one backup, written where the person chooses."""
        from ..services import backups as svc

        title = self.tr("Back up now")
        if self.db is None or self._refuse_server(title):
            return
        out = messages.save_file(self.window, title, self._suggested(self.tr("backup")),
                                 BACKUP_FILTER)  # fmt: skip
        if not out:
            return
        db, commits = self.db, self.db.commits
        self._by_hand(
            title,
            self.tr("Backing up…"),
            lambda ctx: svc.back_up(db, out=Path(out), progress=ctx.report_progress),
            lambda made: self._announce(made, self.tr("Backed up to %1"), db, commits),
        )

    def export_everything(self) -> None:
        """File → Export everything…: one archive to open on another computer."""
        from ..services import backups as svc

        title = self.tr("Export everything")
        if self.db is None or self._refuse_server(title):
            return
        out = messages.save_file(self.window, title, self._suggested(self.tr("archive")),
                                 ARCHIVE_FILTER)  # fmt: skip
        if not out:
            return
        db = self.db
        written = self.tr(
            "Everything was written to %1. Open it with File → Open on the other computer."
        )
        self._by_hand(
            title,
            self.tr("Writing the archive…"),
            lambda ctx: svc.export_everything(db, Path(out), progress=ctx.report_progress),
            lambda made: self._announce(made, written),
        )

    def _by_hand(
        self,
        title: str,
        label: str,
        job: Callable[..., object],
        done: Callable[[svc.Backup], None],
    ) -> None:
        progress = QProgressDialog(label, "", 0, 1000, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        task = run_task(job, on_result=done, parent=self.window, error_title=title)
        task.track(progress)

    def _announce(
        self,
        made: svc.Backup,
        text: str,
        db: Database | None = None,
        commits: int | None = None,
    ) -> None:
        if not self.alive():
            return
        if db is not None and commits is not None:
            self._made(db, commits)
        counts = made.manifest.counts
        detail = self.tr("%1 tenants, %2 allocations, %3 applications; %4 attached files.")
        detail = (
            detail.replace("%1", f"{counts.tenants:,}")
            .replace("%2", f"{counts.allocations:,}")
            .replace("%3", f"{counts.applications:,}")
            .replace("%4", str(len(made.manifest.attachments())))
        )
        message = f"{text.replace('%1', str(made.path))}\n\n{detail}"
        messages.info(self.window, self.tr("Backup"), message)
        self.check_soon()

    def restore(self) -> None:
        """File → Restore from backup…"""
        from ..services import backups as svc

        title = self.tr("Restore from backup")
        if self.db is None or self._refuse_server(title):
            return
        from .dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.db.location, svc.folders(self.db), self.window)
        dialog.restored.connect(self._restored)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _restored(self, result: svc.Restored) -> None:
        if not self.alive():
            return
        self.restored.emit()
        text = self.tr("The backup made on %1 was restored.").replace(
            "%1", clock.local_text(result.backup.created)
        )
        if result.aside is not None:
            text += "\n\n" + self.tr("The data as it was before is kept in %1.").replace(
                "%1", str(result.aside)
            )
        messages.info(self.window, self.tr("Restore from backup"), text)
        self.check_soon()

    # --- the status bar -------------------------------------------------------------------
    def show_status(self) -> None:
        if not self.alive():
            return
        status = self.status
        warn = False
        tip = ""
        if self.running:
            text = self.tr("Backing up…")
        elif self.db is None or status is None:
            text = ""
        elif status.server:
            text = self.tr("Backups: made on the server")
        elif status.problem:
            text, tip, warn = "⚠ " + self.tr("Backup folder not reachable"), status.problem, True
        elif status.last is None:
            text, warn = self.tr("Not backed up yet"), status.too_old
        else:
            when = clock.local_text(status.last.created)
            if status.too_old:
                days = str(status.max_age.days)
                text = "⚠ " + self.tr("Last backup %1: more than %2 days ago").replace(
                    "%1", when
                ).replace("%2", days)
                warn = True
            else:
                text = self.tr("Backed up %1").replace("%1", when)
        if status is not None and status.folder is not None and not tip:
            tip = self.tr("Backups go to %1").replace("%1", str(status.folder))
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setStyleSheet(f"color: {ERROR_COLOUR};" if warn else "")
