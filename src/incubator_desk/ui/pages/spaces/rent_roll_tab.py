"""The rent-roll tab: a month's list rent, subsidy and rent due per tenant; Excel export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from ....core import clock
from ....core.money import money
from ....services import spaces
from ....services.spaces import RentRoll, RentRollRow
from ... import messages
from ...toolkit import Column, RowsModel, Task, rows_view, run_task
from .common import Section

if TYPE_CHECKING:
    from .page import SpacesPage


class RentRollTab(Section):
    """A month's rent roll: list rent, subsidy and rent due per tenant; export to Excel."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.month_label = QLabel()
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.totals = QLabel()
        self.export = QPushButton()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.totals)
        bar.addWidget(self.export)
        lay.addLayout(bar)
        self.model: RowsModel[RentRollRow] = RowsModel(self._columns)
        self.table = rows_view(self.model)
        lay.addWidget(self.table, 1)
        self.roll: RentRoll | None = None
        self.task: Task | None = None
        self.month.dateChanged.connect(self.refresh)
        self.export.clicked.connect(self._export)
        self.retranslate()

    def _columns(self) -> list[Column[RentRollRow]]:
        return [
            Column(self.tr("Tenant"), lambda r: r.tenant_name, width=220),
            Column(self.tr("Unit"), lambda r: r.unit_label, width=90),
            Column(self.tr("Desks"), lambda r: r.desks, right=True),
            Column(self.tr("Days"), lambda r: r.days, right=True),
            Column(self.tr("List rent"), lambda r: r.list_rent, right=True, text=money),
            Column(self.tr("Agreed rent"), lambda r: r.agreed_rent, right=True, text=money),
            Column(
                self.tr("Subsidy %"), lambda r: r.subsidy_percent, right=True, text="{:g} %".format
            ),
            Column(self.tr("Subsidy"), lambda r: r.subsidy, right=True, text=money),
            Column(self.tr("Rent due"), lambda r: r.rent_due, right=True, text=money),
        ]

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month:"))
        self.export.setText(self.tr("E&xport to Excel…"))
        self.model.retranslate()
        self._show_totals()

    def _month(self) -> dt.date:
        d = self.month.date()
        return dt.date(d.year(), d.month(), 1)

    def refresh(self) -> None:
        self.roll = spaces.rent_roll(self.db, self._month())
        self.model.set_rows(self.roll.rows)
        self._show_totals()

    def _show_totals(self) -> None:
        if self.roll is None:
            self.totals.setText("")
            return
        self.totals.setText(
            self.tr("%1 lines · subsidy %2 · rent due %3")
            .replace("%1", str(len(self.roll.rows)))
            .replace("%2", money(self.roll.total_subsidy))
            .replace("%3", money(self.roll.total_due))
        )
        self.export.setEnabled(bool(self.roll.rows) and self.task is None)

    def _export(self) -> None:
        if self.roll is None:
            return
        name = self.tr("Rent roll %1.xlsx").replace("%1", self.roll.month.strftime("%Y-%m"))
        path = messages.save_file(
            self,
            self.tr("Export rent roll"),
            str(Path.home() / name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self._start_export(self.roll, target)

    def _start_export(self, roll: RentRoll, target: Path) -> None:
        """Write the workbook off the UI thread, with a Cancel button; the window stays live."""
        title = self.tr("Export rent roll")
        progress = QProgressDialog(
            self.tr("Writing %1…").replace("%1", target.name), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(title)
        progress.setMinimumDuration(300)
        self.export.setEnabled(False)
        self.task = run_task(
            lambda ctx: spaces.export_rent_roll(roll, target, cancelled=ctx.cancelled),
            on_result=lambda written: self._exported(target, bool(written)),
            on_cancelled=lambda: self.page.status(self.tr("Export cancelled.")),
            parent=self,
            error_title=title,
        )
        self.task.track(progress)
        self.task.finished.connect(self._export_finished)
        self.task.finished.connect(progress.deleteLater)

    def _exported(self, target: Path, written: bool) -> None:
        if written:
            self.page.status(self.tr("Rent roll saved to %1").replace("%1", str(target)))
        else:  # cancelled after the workbook was built: nothing was written
            self.page.status(self.tr("Export cancelled."))

    def _export_finished(self) -> None:
        self.task = None
        self._show_totals()
