"""The return of a year before it is sent: what the check finds per tenant, a way to the
tenant's Statistics tab to fix it, and the return written as one .xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.periods import Period
from ....db import Database
from ....reports.dispatch import ReportKind, ReportRequest, build_report
from ....services import statistics
from ... import messages
from ...toolkit import Column, RowsModel, Task, rows_view, run_task


class ReturnCheckView(QWidget):
    """The check's findings for the year: tenant, field, missing or implausible, why.

    Signals:
        open_tenant(int): the person asked to fix a tenant's return (its id).
        open_settings(): the person asked to fix the incubator's own figures.
    """

    open_tenant = Signal(int)
    open_settings = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.year = 0
        self.task: Task | None = None
        self.data: statistics.TorchReturn | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model: RowsModel[statistics.Finding] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.fix = QPushButton()
        self.export = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix)
        buttons.addStretch(1)
        buttons.addWidget(self.export)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _i: self.fix_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.fix.clicked.connect(self.fix_selected)
        self.export.clicked.connect(lambda: self.export_return())
        self.retranslate()

    def _columns(self) -> list[Column[statistics.Finding]]:
        return [
            Column(self.tr("Tenant"), lambda f: f.tenant, width=220),
            Column(self.tr("Credit code"), lambda f: f.credit_code, width=150),
            Column(self.tr("Field"), lambda f: statistics.field_label(f.field), width=180),
            Column(
                self.tr("Problem"),
                lambda f: (
                    self.tr("Missing")
                    if f.severity is statistics.Severity.MISSING
                    else self.tr("Implausible")
                ),
                width=90,
            ),
            Column(self.tr("What to fix"), lambda f: f.message, tooltip=lambda f: f.message),
        ]

    def show_year(self, year: int) -> None:
        """Check the return of `year` (in the background)."""
        self.year = year
        self.summary.setText(self.tr("Checking the %1 return…").replace("%1", str(year)))
        db = self.db
        self.task = run_task(
            lambda _ctx: statistics.torch_return(db, year),
            on_result=self._show,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: ServiceError) -> None:
        self.data = None
        self.model.set_rows([])
        self.summary.setText(str(err))
        self._enable()

    def _show(self, data: statistics.TorchReturn) -> None:
        if data.year != self.year:
            return
        self.data = data
        self.model.set_rows(data.findings)
        self._enable()
        self._summarise()

    def _summarise(self) -> None:
        data = self.data
        if data is None:
            return
        findings = data.findings
        tenants = len({f.tenant_id for f in findings if f.tenant_id is not None})
        own = any(f.tenant_id is None for f in findings)
        if not findings:
            text = self.tr("The check finds nothing to fix in the %1 return of %2 tenants.")
        elif own:
            text = self.tr(
                "%3 things to fix in the %1 return: %4 of %2 tenants, and the incubator's own "
                "figures (Settings). Open a line to fix it."
            )
        else:
            text = self.tr(
                "%3 things to fix in the %1 return, for %4 of %2 tenants. Open a line to fix it."
            )
        self.summary.setText(
            text.replace("%1", str(data.year))
            .replace("%2", str(len(data.returns)))
            .replace("%3", str(len(findings)))
            .replace("%4", str(tenants))
        )

    def selected(self) -> statistics.Finding | None:
        return self.model.row_at(self.table.currentIndex())

    def _enable(self) -> None:
        self.fix.setEnabled(self.selected() is not None)
        self.export.setEnabled(self.data is not None)

    def fix_selected(self) -> None:
        f = self.selected()
        if f is None:
            return
        if f.tenant_id is None:
            self.open_settings.emit()
        else:
            self.open_tenant.emit(f.tenant_id)

    def export_return(self, path: str | None = None) -> Path | None:
        """Write the return (both tables) to an .xlsx the person chooses; findings are
        confirmed first."""
        data = self.data
        if data is None:
            return None
        if data.findings and not messages.confirm(
            self,
            self.tr("Export the return"),
            self.tr("The check lists %1 things to fix. Export the return all the same?").replace(
                "%1", str(len(data.findings))
            ),
        ):
            return None
        if path is None:
            path = messages.save_file(
                self,
                self.tr("Export the return"),
                f"火炬统计 {data.year}.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        year = data.year
        db = self.db
        self.task = run_task(
            lambda ctx: build_report(
                db, ReportRequest(ReportKind.TORCH, period=Period(year)), out, ctx.progress
            ),
            on_result=lambda _built: self.summary.setText(
                self.tr("Wrote the %1 return to %2.")
                .replace("%1", str(year))
                .replace("%2", str(out))
            ),
            parent=self,
            error_title=self.tr("Export the return"),
        )
        return out

    def retranslate(self) -> None:
        self.model.retranslate()
        self.fix.setText(self.tr("&Fix the selected…"))
        self.export.setText(self.tr("&Export the return (.xlsx)…"))
        self._summarise()
        self._enable()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ReturnCheckView"]
