"""The audit trail in a table with filters and a details pane: the Audit page's body, and a
tenant's History tab (the same widget with the tenant fixed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.i18n import QT_TRANSLATE_NOOP
from ....core.labels import entity_label, operator_label
from ....db import Database
from ....services import audit
from ... import messages, settings
from ...dialogs.tenant_form import DateField
from ...qtmodels.register_model import Column, RegisterTableModel
from ...qtmodels.register_model import column as _col
from ...toolkit import Task, run_task
from .details import AuditDetails

SEARCH_DELAY_MS = 250


def _columns(with_tenant: bool) -> list[Column]:
    cols = [
        _col("at", QT_TRANSLATE_NOOP("Columns", "When"), width=130),
        _col("operator", QT_TRANSLATE_NOOP("Columns", "Operator"), width=120, fmt=operator_label),
        _col("action", QT_TRANSLATE_NOOP("Columns", "Action"), width=80),
        _col("entity", QT_TRANSLATE_NOOP("Columns", "Record type"), width=120, fmt=entity_label),
        _col("record", QT_TRANSLATE_NOOP("Columns", "Record"), width=200),
    ]
    if with_tenant:
        cols.append(_col("tenant", QT_TRANSLATE_NOOP("Columns", "Tenant"), width=200))
    return cols


class AuditBrowser(QWidget):
    """Entries of the audit trail, newest first, filtered; the chosen one in detail.

    With `tenant_id` the tenant is fixed (its History tab): the person and tenant filters
    are not shown. Sorting, filtering and paging are done by the database, a screenful at a
    time, so 100,000 entries cost what one screen costs.
    """

    def __init__(
        self, db: Database, tenant_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self._task: Task | None = None
        self.batch: str | None = None
        key = "audit" if tenant_id is None else "audit-history"

        self.person = QComboBox()
        self.area = QComboBox()
        self.record = QLineEdit()
        self.record.setClearButtonEnabled(True)
        self.since = DateField()
        self.until = DateField()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.clear = QPushButton()
        self.export_button = QPushButton()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel = QPushButton()
        self.cancel.hide()
        self.action_only = QPushButton()  # shown while one action's entries are listed
        self.action_only.hide()

        self.person_label, self.area_label, self.record_label = QLabel(), QLabel(), QLabel()
        self.since_label, self.until_label, self.search_label = QLabel(), QLabel(), QLabel()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        fields: list[tuple[QLabel, QWidget]] = [
            (self.search_label, self.search),
            (self.area_label, self.area),
            (self.since_label, self.since),
            (self.until_label, self.until),
        ]
        if tenant_id is None:
            fields[1:1] = [(self.person_label, self.person), (self.record_label, self.record)]
        else:
            self.person.hide()
            self.record.hide()
        per_row = 3 if len(fields) > 4 else len(fields)
        for i, (caption, widget) in enumerate(fields):
            caption.setBuddy(widget)
            grid.addWidget(caption, i // per_row, (i % per_row) * 2)
            grid.addWidget(widget, i // per_row, (i % per_row) * 2 + 1)
        for col in range(per_row):
            grid.setColumnStretch(col * 2 + 1, 1)
        for day in (self.since, self.until):
            day.setMinimumWidth(140)
        bar = QHBoxLayout()
        bar.addWidget(self.action_only)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel)
        bar.addWidget(self.clear)
        bar.addWidget(self.export_button)

        self.model = RegisterTableModel(
            db, audit.REGISTER, _columns(tenant_id is None), "at", True, self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in range(self.model.columnCount()):
            header.resizeSection(col, self.model.column_width(col))
        self._header_setting = settings.header_state(key)
        state = self._header_setting.get()
        if state:
            header.restoreState(QByteArray(state))
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sortIndicatorChanged.connect(lambda *_: self._update_count())
        self.details = AuditDetails()
        self.details.show_action.connect(self.show_action)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.table)
        self.split.addWidget(self.details)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(grid)
        lay.addLayout(bar)
        lay.addWidget(self.split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        for edit in (self.search, self.record):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.apply_filters)
        for combo in (self.person, self.area):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for day in (self.since, self.until):
            day.dateChanged.connect(lambda _d: self.apply_filters())
        self.clear.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(lambda: self.export())
        self.cancel.clicked.connect(self._cancel_export)
        self.action_only.clicked.connect(lambda: self.show_action(None))
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        if tenant_id is not None:  # on the Audit page the window's Find does this
            QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.retranslate()
        self.apply_filters()

    # --- filters ------------------------------------------------------------------------------
    def filters(self) -> dict[str, object]:
        """The filters as the audit register takes them."""
        out: dict[str, object] = {
            "area": self.area.currentData(),
            "since": self.since.value(),
            "until": self.until.value(),
            "batch": self.batch,
        }
        if self.tenant_id is None:
            out["operator"] = self.person.currentData()
            out["record"] = self.record.text().strip()
        else:
            out["tenant"] = self.tenant_id
        return out

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_query(filters=self.filters(), search=self.search.text().strip())
        self.details.show_entry(None)
        self._update_count()

    def clear_filters(self) -> None:
        for w in (self.person, self.area, self.since, self.until, self.search, self.record):
            w.blockSignals(True)
        self.person.setCurrentIndex(0)
        self.area.setCurrentIndex(0)
        self.since.set_value(None)
        self.until.set_value(None)
        self.search.clear()
        self.record.clear()
        for w in (self.person, self.area, self.since, self.until, self.search, self.record):
            w.blockSignals(False)
        self.show_action(None)

    def show_action(self, batch: str | None) -> None:
        """List only the entries of one user action (an import), or all again (None)."""
        self.batch = batch
        self.action_only.setVisible(batch is not None)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _fill_choices(self) -> None:
        for combo, choices in (
            (self.person, [(o.id, o.name) for o in audit.operators(self.db)]),
            (self.area, audit.area_choices()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Everyone") if combo is self.person else self.tr("All areas"))
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # --- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_choices()
        self.model.set_database(self.db)
        self.details.show_entry(None)
        self._update_count()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.batch = None
        self.action_only.hide()
        self.refresh()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n entries", "", self.model.total))
        if self.details.detail is None:
            self.details.show_entry(None, self.model.total)

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.show_entry(None)
            return
        self.details.show_entry(audit.entry(self.db, self.model.row_id(rows[0].row())))

    def _save_header(self) -> None:
        self._header_setting.set(bytes(self.table.horizontalHeader().saveState().data()))

    # --- export -------------------------------------------------------------------------------
    def export(self, path: str = "") -> Task | None:
        """Save the listed entries to a .xlsx file in the background, with progress."""
        if self._task is not None:
            return None
        if not path:
            name = self.tr("audit trail") + f" {clock.today().isoformat()}.xlsx"
            path = messages.save_file(
                self,
                self.tr("Export the audit trail"),
                str(Path.home() / name),
                self.tr("Excel workbook (*.xlsx)"),
            )
        if not path:
            return None
        if Path(path).suffix.lower() != ".xlsx":
            path += ".xlsx"
        query, db, target = self.model.query, self.db, Path(path)
        self._task = run_task(
            lambda ctx: audit.export_audit(db, query, target, ctx.progress),
            on_result=lambda n: self._exported(n, target),
            parent=self,
            error_title=self.tr("Export"),
        )
        self._task.track(self.progress)
        self._task.finished.connect(self._export_ended)
        for w in (self.progress, self.cancel):
            w.show()
        self.export_button.setEnabled(False)
        return self._task

    def _cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _exported(self, rows: int, path: Path) -> None:
        messages.info(
            self,
            self.tr("Export"),
            self.tr("Saved %n entries to {path}.", "", rows).format(path=path),
        )

    def _export_ended(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel.hide()
        self.export_button.setEnabled(True)

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.person_label.setText(self.tr("&Person"))
        self.area_label.setText(self.tr("&Area"))
        self.record_label.setText(self.tr("&Record"))
        self.since_label.setText(self.tr("&From"))
        self.until_label.setText(self.tr("&To"))
        self.search_label.setText(self.tr("&Search"))
        for caption in (
            self.person_label,
            self.area_label,
            self.record_label,
            self.since_label,
            self.until_label,
            self.search_label,
        ):
            caption.setMinimumWidth(caption.sizeHint().width() + 6)
        self.search.setPlaceholderText(self.tr("Names, values, summaries…"))
        self.record.setPlaceholderText(self.tr("A record's or tenant's name"))
        self.clear.setText(self.tr("C&lear filters"))
        self.export_button.setText(self.tr("&Export…"))
        self.cancel.setText(self.tr("Cancel"))
        self.action_only.setText(self.tr("Only one action: show all ✕"))
        self._fill_choices()
        self.model.retranslate()
        self.details.retranslate()
        self._update_count()
