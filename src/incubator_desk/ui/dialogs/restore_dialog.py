"""File → Restore from backup…: a database's backups with their date, size and counts, and a
restore of the chosen one (or of any backup file) after a confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...services import backups as svc
from .. import messages
from ..toolkit import Column, FieldErrors, RowsModel, Task, attempt, rows_view, run_task

if TYPE_CHECKING:
    from ...db.archive import Manifest
    from ...db.engine import DatabaseLocation

BACKUP_FILTER = "Incubator Desk backup (*.zip);;Database file (*.sqlite *.db);;All files (*)"


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):,.1f} MB"
    return f"{max(size, 1) / 1024:,.0f} KB"


class RestoreDialog(QDialog):
    """Signals:
    restored(object): the `Restored` result, once a backup has been restored.
    """

    restored = Signal(object)

    def __init__(
        self, location: DatabaseLocation, folders: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.folders = folders
        self.task: Task | None = None
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model: RowsModel[svc.Backup] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the kind
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.view, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.errors = FieldErrors()
        layout.addWidget(self.errors.summary)
        row = QHBoxLayout()
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.choose_file)
        row.addWidget(self.other_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self._found: list[svc.Backup] = []
        self._unreadable: list[svc.Unreadable] = []
        self._loading = True
        self.retranslate()
        self.load()

    # --- the list -------------------------------------------------------------------------
    def _columns(self) -> list[Column[svc.Backup]]:
        return [
            Column(self.tr("Made"), lambda b: b.created, width=140,
                   tooltip=lambda b: str(b.path)),
            Column(self.tr("Kind"), lambda b: self.kind_text(b.kind), width=150),
            Column(self.tr("Size"), lambda b: b.size, right=True, text=size_text, width=80),
            Column(self.tr("Tenants"), lambda b: b.manifest.counts.tenants, right=True,
                   text=lambda n: f"{n:,}", width=80),
            Column(self.tr("Allocations"), lambda b: b.manifest.counts.allocations, right=True,
                   text=lambda n: f"{n:,}", width=90),
            Column(self.tr("Applications"), lambda b: b.manifest.counts.applications,
                   right=True, text=lambda n: f"{n:,}", width=90),
        ]  # fmt: skip

    def kind_text(self, kind: str) -> str:
        return {
            svc.AUTO: self.tr("automatic"),
            svc.MANUAL: self.tr("made by hand"),
            "before-upgrade": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
            svc.EXPORT: self.tr("export"),
        }.get(kind, kind)

    def load(self) -> None:
        self._loading = True
        self._show_note()
        places = self.folders
        self.task = run_task(
            lambda _ctx: svc.list_in(places),
            on_result=self._listed,
            on_error=self.errors.show,
            parent=self,
        )

    def _listed(self, found: tuple[list[svc.Backup], list[svc.Unreadable]]) -> None:
        self._found, self._unreadable = found
        self._loading = False
        self.model.set_rows(self._found)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        if self._found:
            self.view.selectRow(0)
        self._show_note()

    def _show_note(self) -> None:
        where = ", ".join(str(f) for f in self.folders)
        if self._loading:
            text = self.tr("Reading the backups…")
        elif not self._found:
            text = self.tr("No backups yet in %1. Choose Other file… to restore from a file.")
            text = text.replace("%1", where)
        else:
            text = self.tr("Backups are kept in %1.").replace("%1", where)
        if self._unreadable:
            count = str(len(self._unreadable))
            text += " " + self.tr("Files there that could not be read: %1.").replace("%1", count)
        self.note.setText(text)

    # --- restoring ------------------------------------------------------------------------
    def restore_selected(self) -> None:
        chosen = self.model.row_at(self.view.currentIndex())
        if chosen is None:
            self.errors.show({"backup": self.tr("Choose a backup in the list first.")})
            return
        self.restore_file(chosen.path, chosen.manifest)

    def choose_file(self) -> None:
        start = str(self.folders[0]) if self.folders else ""
        path = messages.open_file(self, self.tr("Restore from a file"), start, BACKUP_FILTER)
        if not path:
            return
        manifest = attempt(self.errors, lambda: svc.describe(Path(path)))
        if manifest is not None:
            self.restore_file(Path(path), manifest)

    def restore_file(self, path: Path, manifest: Manifest) -> None:
        self.errors.clear()
        counts = manifest.counts
        question = (
            self.tr(
                "Replace everything in %1 with the backup made on %2?\n\n"
                "The backup holds %3 tenants, %4 allocations and %5 applications. "
                "The data as it is now is backed up first, so nothing is lost."
            )
            .replace("%1", self.location.display())
            .replace("%2", clock.local_text(manifest.created))
            .replace("%3", f"{counts.tenants:,}")
            .replace("%4", f"{counts.allocations:,}")
            .replace("%5", f"{counts.applications:,}")
        )
        if not messages.confirm(self, self.tr("Restore from backup"), question):
            return
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 1000, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        location = self.location
        self._busy(True)
        self.task = run_task(
            lambda ctx: svc.restore(location, path, progress=ctx.report_progress),
            on_result=self._restored,
            on_error=self.errors.show,
            parent=self,
        )
        self.task.track(progress)
        self.task.finished.connect(lambda: self._busy(False))

    def _restored(self, result: svc.Restored) -> None:
        self.restored.emit(result)
        self.accept()

    def _busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.other_button):
            button.setEnabled(not busy)

    # --- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro.setText(
            self.tr(
                "Backups of %1, newest first. Restoring replaces everything in the database "
                "with the backup's contents; the data as it is now is backed up first."
            ).replace("%1", self.location.display())
        )
        self.other_button.setText(self.tr("Other &file…"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.model.retranslate()
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if self.task is not None and self.task.running:
            self.task.wait(30000)
        super().done(result)
