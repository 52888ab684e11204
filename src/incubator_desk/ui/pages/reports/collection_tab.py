"""Collection rounds, a tab of the Reports page: start a round, import the workbooks that come
back (a folder, picked files, or files dropped onto the tab), see per tenant what was sent,
returned, accepted or is missing and why a file was rejected, and remind the missing ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.vocabularies import ReturnStatus, RoundKind
from ....db import Database
from ....services import collection as col
from ... import messages
from ...theme import Tone, colours
from ...toolkit import Column, ErrorMessage, RowsModel, Task, attempt, rows_view, run_task
from .collection_report import ReportLine, report_columns, report_lines
from .collection_start import StartRoundDialog

STATUS_TONES = {
    ReturnStatus.SENT: Tone.WARN,
    ReturnStatus.REJECTED: Tone.BAD,
    ReturnStatus.CONFLICT: Tone.BAD,
    ReturnStatus.ACCEPTED: Tone.GOOD,
}
FILTERS = ("all", "missing", "returned", "accepted", "rejected", "conflict")
MAILTO_LIMIT = 2000  # longer mailto: links are cut or refused by some mail programs


class CollectionTab(QWidget):
    """The rounds, the chosen round's tenants, the last import's report and the reminders."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.status: col.RoundStatus | None = None
        self.last_import: col.IntakeResult | None = None
        self.task: Task | None = None
        self.setAcceptDrops(True)

        self.round_label = QLabel()
        self.round = QComboBox()
        self.round.setMinimumWidth(200)
        self.round.currentIndexChanged.connect(self._round_chosen)
        self.start = QPushButton()
        self.start.clicked.connect(self.start_round)
        self.import_button = QToolButton()
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_menu = QMenu(self)
        self.from_folder = self.import_menu.addAction("")
        self.from_folder.triggered.connect(self.import_folder)
        self.from_files = self.import_menu.addAction("")
        self.from_files.triggered.connect(self.import_files)
        self.import_button.setMenu(self.import_menu)
        self.overwrite = QCheckBox()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        top = QHBoxLayout()
        top.addWidget(self.round_label)
        top.addWidget(self.round)
        top.addWidget(self.start)
        top.addWidget(self.import_button)
        top.addWidget(self.overwrite)
        top.addStretch(1)
        top.addWidget(self.open_folder)

        self.summary = QLabel()
        self.summary.setObjectName("statusMessage")
        self.summary.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")

        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(self._fill_entries)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_entries)
        self.remind_label = QLabel()
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_reminders)
        self.mail = QPushButton()
        self.mail.clicked.connect(self.mail_reminders)
        self.save_csv = QPushButton()
        self.save_csv.clicked.connect(self.save_reminders)
        filters = QHBoxLayout()
        filters.addWidget(self.filter)
        filters.addWidget(self.search, 1)
        filters.addSpacing(16)
        filters.addWidget(self.remind_label)
        filters.addWidget(self.copy)
        filters.addWidget(self.mail)
        filters.addWidget(self.save_csv)

        self.entries_model: RowsModel[col.EntryRow] = RowsModel(self._entry_columns, parent=self)
        self.entries = rows_view(self.entries_model)
        self.entries.setWordWrap(False)
        # Enter or a double click: the tenant's window (to call the contact, correct a code).
        self.entries.activated.connect(self._open_tenant)
        self.tenant_window: QWidget | None = None
        self.report_title = QLabel()
        self.report_title.setStyleSheet("font-weight: bold;")
        self.overwrite_conflicts = QPushButton()
        self.overwrite_conflicts.clicked.connect(self._overwrite_conflicts)
        self.overwrite_conflicts.hide()
        self.report_model: RowsModel[ReportLine] = RowsModel(report_columns, parent=self)
        self.report = rows_view(self.report_model)
        self.report.setWordWrap(True)
        report_box = QWidget()
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.report_title, 1)
        head.addWidget(self.overwrite_conflicts)
        report_layout.addLayout(head)
        report_layout.addWidget(self.report, 1)
        entries_box = QWidget()
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        entries_layout.addLayout(filters)
        entries_layout.addWidget(self.entries, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(entries_box)
        self.split.addWidget(report_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        report_box.hide()
        self.report_box = report_box

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.split, 1)
        self.retranslate()
        self.refresh()

    # --- reading ------------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.last_import = None
        self.report_box.hide()
        self.refresh()

    def refresh(self) -> None:
        """The rounds again (keeping the chosen one), and the chosen round's tenants."""
        chosen = self.round.currentData()
        rounds = col.rounds(self.db)
        self.round.blockSignals(True)
        self.round.clear()
        for r in rounds:
            text = (
                r.period.label
                if r.kind == RoundKind.QUARTERLY
                else self.tr("{year} (annual return)").format(year=r.period.label)
            )
            self.round.addItem(text, r.period.label)
        index = self.round.findData(chosen) if chosen else 0
        self.round.setCurrentIndex(max(index, 0))
        self.round.blockSignals(False)
        self._round_chosen()

    def _round_chosen(self) -> None:
        period = self.round.currentData()
        has = period is not None
        self.status = col.round_status(self.db, period) if has else None
        self.empty.setVisible(not has)
        self.split.setVisible(has)
        for w in (self.import_button, self.open_folder, self.overwrite, self.round):
            w.setEnabled(has)
        self._fill_entries()
        self._show_summary()

    def _show_summary(self) -> None:
        if self.status is None:
            self.summary.clear()
            return
        c = self.status.counts()
        r = self.status.round
        self.summary.setText(
            self.tr(
                "Sent {sent} · returned {returned} (accepted {accepted}, rejected {rejected}, "
                "conflict {conflict}) · missing {missing} — workbooks in {folder}"
            ).format(**c, folder=r.folder)
        )

    def _fill_entries(self) -> None:
        rows = self.status.entries if self.status is not None else []
        wanted = self.filter.currentData() or "all"
        needle = self.search.text().strip().lower()
        shown = [
            e
            for e in rows
            if _matches(e, wanted) and (not needle or needle in f"{e.name} {e.credit_code}".lower())
        ]
        self.entries_model.set_rows(shown)
        late = self._missing()
        for w in (self.copy, self.mail, self.save_csv):
            w.setEnabled(bool(late))
        self.remind_label.setText(self.tr("Remind the {n} missing:").format(n=len(late)))

    def _missing(self) -> list[col.EntryRow]:
        return col.missing(self.status) if self.status is not None else []

    # --- starting a round ---------------------------------------------------------------------
    def start_round(self) -> StartRoundDialog:
        dialog = StartRoundDialog(self.db, self)
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.open()
        self.start_dialog = dialog
        return dialog

    def _started(self, dialog: StartRoundDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        self.refresh()
        self.round.setCurrentIndex(max(self.round.findData(result.period.label), 0))
        lines = [
            self.tr("Wrote {n} workbook(s) to {folder}.").format(
                n=len(result.written), folder=result.folder
            )
        ]
        if result.accepted_before:
            lines.append(
                self.tr("{n} tenant(s) whose figures were already accepted got none.").format(
                    n=result.accepted_before
                )
            )
        if result.skipped:
            lines.append(self.tr("Not sent:"))
            lines += [f"  {name}: {why}" for name, why in result.skipped[:20]]
            if len(result.skipped) > 20:
                lines.append("  …")
        messages.info(self, self.tr("Round started"), "\n".join(lines))

    # --- importing returned workbooks ---------------------------------------------------------
    def import_folder(self) -> None:
        folder = messages.choose_folder(self, self.tr("Folder of returned workbooks"), "")
        if folder:
            self.import_paths([Path(folder)])

    def import_files(self) -> None:
        paths = messages.open_files(
            self,
            self.tr("Returned workbooks"),
            "",
            self.tr("Excel workbooks (*.xlsx *.xlsm *.xls);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path], overwrite: bool | None = None) -> Task | None:
        """Import `paths` (files or folders) into the chosen round, in the background."""
        if self.status is None or self.task is not None:
            return None
        period = self.status.round.period
        db = self.db
        overwrite = self.overwrite.isChecked() if overwrite is None else overwrite
        progress = QProgressDialog(
            self.tr("Importing returned workbooks…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.task = run_task(
            lambda ctx: col.import_returns(
                db, paths, period, overwrite, progress=ctx.progress, cancelled=ctx.cancelled
            ),
            on_result=self._imported,
            parent=self,
            error_title=self.tr("Import returned workbooks"),
        )
        self.task.track(progress)
        self.task.finished.connect(self._import_finished)
        self.task.finished.connect(progress.deleteLater)
        return self.task

    def _import_finished(self) -> None:
        self.task = None

    def _imported(self, result: col.IntakeResult) -> None:
        self.last_import = result
        self.report_model.set_rows(report_lines(result))
        # Rows are sized once the view has its width (wrapped messages).
        QTimer.singleShot(0, self.report.resizeRowsToContents)
        c = result.counts()
        saved = c[col.FileOutcome.ACCEPTED] + c[col.FileOutcome.UNCHANGED]
        self.report_title.setText(
            self.tr("Last import: {files} file(s), {saved} saved, {other} not saved").format(
                files=len(result.files), saved=saved, other=len(result.files) - saved
            )
        )
        conflicts = c[col.FileOutcome.CONFLICT]
        self.overwrite_conflicts.setVisible(conflicts > 0)
        self.overwrite_conflicts.setText(
            self.tr("Overwrite with the {n} file(s) in conflict…").format(n=conflicts)
        )
        self.report_box.show()
        self._round_chosen()

    def _overwrite_conflicts(self) -> None:
        if self.last_import is None:
            return
        files = [f.path for f in self.last_import.files if f.outcome == col.FileOutcome.CONFLICT]
        if files and messages.confirm(
            self,
            self.tr("Overwrite figures"),
            self.tr(
                "Replace the figures already entered for {period} with those of {n} returned "
                "workbook(s)? The figures entered before are not kept."
            ).format(period=self.last_import.round.period.label, n=len(files)),
        ):
            self.import_paths(files, overwrite=True)

    # dropping files or folders onto the tab imports them
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.status is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- reminders ----------------------------------------------------------------------------
    def copy_reminders(self) -> None:
        late = self._missing()
        QGuiApplication.clipboard().setText(col.reminder_text(late))
        self.summary.setText(
            self.tr(
                "Copied {n} tenant(s) with their contacts: paste them into a spreadsheet or "
                "an e-mail."
            ).format(n=len(late))
        )

    def mail_reminders(self) -> None:
        """Open the mail program with every address in Bcc; a list too long for a link is
        copied to the clipboard instead (Outlook's separator, `;`)."""
        if self.status is None:
            return
        late = self._missing()
        rnd = self.status.round
        link = col.mailto_link(late, col.reminder_subject(rnd), col.reminder_body(rnd))
        if len(link) > MAILTO_LIMIT:
            addresses = "; ".join(sorted({e.email for e in late if e.email}))
            QGuiApplication.clipboard().setText(addresses)
            link = col.mailto_link([], col.reminder_subject(rnd), col.reminder_body(rnd))
            messages.info(
                self,
                self.tr("Remind by e-mail"),
                self.tr(
                    "The {n} addresses are too many for one link: they were copied to the "
                    "clipboard. Paste them into the Bcc field of the message that opens."
                ).format(n=len(late)),
            )
        if not messages.open_url(link):
            messages.error(
                self, self.tr("Remind by e-mail"), self.tr("No mail program opened the link.")
            )

    def save_reminders(self) -> None:
        if self.status is None:
            return
        path = messages.save_file(
            self,
            self.tr("Save the reminder list"),
            # beside the round's folder, not in it: that folder holds only the workbooks
            str(
                Path(self.status.round.folder).parent
                / f"reminders {self.status.round.period.label}.csv"
            ),
            self.tr("CSV for a mail merge (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        late = self._missing()
        written = attempt(
            ErrorMessage(self, self.tr("Save the reminder list")),
            lambda: col.write_reminders(path, late),
        )
        if written is not None:
            self.summary.setText(
                self.tr("Saved {n} tenant(s) to {path}.").format(n=written, path=path)
            )

    def _open_tenant(self, index: QModelIndex) -> None:
        from ...dialogs.tenant_detail import TenantDetailDialog

        entry = self.entries_model.row_at(index)
        if entry is None:
            return
        dialog = TenantDetailDialog(self.db, entry.tenant_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.show()
        self.tenant_window = dialog

    def _open_folder(self) -> None:
        if self.status is None:
            return
        folder = self.status.round.folder
        if not Path(folder).is_dir() or not messages.open_folder(folder):
            messages.error(
                self,
                self.tr("Open the folder"),
                self.tr("The folder {folder} cannot be opened: was it moved?").format(
                    folder=folder
                ),
            )

    # --- texts --------------------------------------------------------------------------------
    def _entry_columns(self) -> list[Column[col.EntryRow]]:
        return [
            Column(self.tr("Tenant"), lambda e: e.name, width=220),
            Column(self.tr("Credit code"), lambda e: e.credit_code, width=150),
            Column(
                self.tr("Status"),
                lambda e: self._status_text(e),
                foreground=lambda e: QBrush(colours().tone(STATUS_TONES[e.status])),
                width=90,
            ),
            Column(self.tr("Returned file"), lambda e: e.returned_file, width=180),
            Column(self.tr("Returned at"), lambda e: e.returned_at, width=140),
            Column(self.tr("Contact"), lambda e: e.contact, width=90),
            Column(self.tr("E-mail"), lambda e: e.email, width=170),
            Column(self.tr("Phone"), lambda e: e.phone, width=110),
            Column(
                self.tr("What was wrong"),
                lambda e: e.why.replace("\n", "; "),
                tooltip=lambda e: e.why or None,
            ),
        ]

    def _status_text(self, e: col.EntryRow) -> str:
        return {
            ReturnStatus.SENT: self.tr("missing"),
            ReturnStatus.REJECTED: self.tr("rejected"),
            ReturnStatus.CONFLICT: self.tr("conflict"),
            ReturnStatus.ACCEPTED: self.tr("accepted"),
        }[e.status]

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("&Round:"))
        self.round_label.setBuddy(self.round)
        self.start.setText(self.tr("&Start a round…"))
        self.import_button.setText(self.tr("&Import returned workbooks"))
        self.from_folder.setText(self.tr("From a &folder…"))
        self.from_files.setText(self.tr("Pick &files…"))
        self.overwrite.setText(self.tr("O&verwrite figures already entered"))
        self.open_folder.setText(self.tr("Open the &folder"))
        self.empty.setText(
            self.tr(
                "No collection round yet. Start one for a quarter's figures or a year's "
                "statistics return: a workbook is written for every tenant in incubation, to "
                "send by e-mail. Import the workbooks that come back here (or drop them onto "
                "this page) and see who is still missing."
            )
        )
        self.search.setPlaceholderText(self.tr("Search by name or credit code…"))
        index = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(
            FILTERS,
            (
                self.tr("All tenants"),
                self.tr("Missing"),
                self.tr("Returned"),
                self.tr("Accepted"),
                self.tr("Rejected"),
                self.tr("In conflict"),
            ),
            strict=True,
        ):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)
        self.copy.setText(self.tr("&Copy list"))
        self.mail.setText(self.tr("&E-mail…"))
        self.save_csv.setText(self.tr("Save as .cs&v…"))
        self.entries_model.retranslate()
        self.report_model.retranslate()
        if self.last_import is not None:
            self._imported(self.last_import)
        else:
            self.report_title.clear()
        self._fill_entries()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _matches(e: col.EntryRow, wanted: str) -> bool:
    if wanted == "all":
        return True
    if wanted == "missing":
        return e.missing
    if wanted == "returned":
        return not e.missing
    return e.status.value == wanted
