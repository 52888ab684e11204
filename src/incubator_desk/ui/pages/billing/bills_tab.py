"""The Bills tab: run a month's billing, the bills of its periods, one bill opened, all of
them printed at once, and the year's finance export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core import clock
from ....core.money import money
from ....core.vocabularies import BillKind, BillStatus
from ....reports import dispatch
from ....services import billing
from ... import i18n, messages
from ...toolkit import Column, RowsModel, Task, attempt, rows_view, run_task
from ...toolkit.forms import ErrorMessage
from ...widgets.spaces_form import date_edit, from_qdate
from .bill_dialog import BillDialog
from .documents import show_document
from .forms import month_edit, month_of

if TYPE_CHECKING:
    from .page import BillingPage

GREY = QBrush(QColor("#888888"))
RED = QBrush(QColor("#cf222e"))


def bill_state(b: billing.BillRow, on: dt.date | None = None) -> str:
    """Where a bill stands: cancelled, paid, part paid, open, or how many days overdue."""
    translate = QCoreApplication.translate
    if b.status is BillStatus.CANCELLED:
        return QCoreApplication.translate("BillsTab", "Cancelled")
    if b.kind is BillKind.CREDIT_NOTE:
        if b.open:
            return QCoreApplication.translate("BillsTab", "Credit")
        return QCoreApplication.translate("BillsTab", "Used")
    if b.open <= 0:
        return QCoreApplication.translate("BillsTab", "Paid")
    days = b.days_overdue(on or clock.today())
    if days:
        return translate("BillsTab", "%n day(s) overdue", None, days)
    if b.paid:
        return QCoreApplication.translate("BillsTab", "Part paid")
    return QCoreApplication.translate("BillsTab", "Open")


class BillsTab(QWidget):
    """A month: run its billing (issued on a day), list its bills, open, print, export."""

    def __init__(self, page: BillingPage) -> None:
        super().__init__(page)
        self.page = page
        self.task: Task | None = None
        self.month_label = QLabel()
        self.month = month_edit()
        self.issued_label = QLabel()
        self.issued = date_edit(clock.today())
        self.run_button = QPushButton()
        self.show_cancelled = QCheckBox()
        self.show_cancelled.setChecked(True)
        bar = QHBoxLayout()
        for w in (self.month_label, self.month, self.issued_label, self.issued, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.show_cancelled)
        self.model: RowsModel[billing.BillRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.totals = QLabel()
        self.open_button = QPushButton()
        self.print_button = QPushButton()
        self.export_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.totals, 1)
        for b in (self.open_button, self.print_button, self.export_button):
            actions.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        self.run_button.clicked.connect(self.run)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.print_button.clicked.connect(self.print_month)
        self.export_button.clicked.connect(lambda: self.export())
        self.retranslate()

    def _columns(self) -> list[Column[billing.BillRow]]:
        return [
            Column(self.tr("Number"), lambda b: b.number, width=110, foreground=self._colour),
            Column(self.tr("Kind"), lambda b: b.kind, width=90),
            Column(self.tr("Tenant"), lambda b: b.tenant_name, width=220),
            Column(self.tr("Period"), self._period, width=130),
            Column(self.tr("Issued"), lambda b: b.issued_on),
            Column(self.tr("Due"), lambda b: b.due_on),
            Column(self.tr("Total"), lambda b: b.total, right=True, text=money),
            Column(self.tr("Left to pay"), lambda b: b.open, right=True, text=money),
            Column(self.tr("Status"), self._status, tooltip=lambda b: b.cancel_reason),
        ]

    def _period(self, b: billing.BillRow) -> str:
        text = f"{b.period_start:%Y-%m}"
        return (
            text if b.period_end.month == b.period_start.month else f"{text} – {b.period_end:%Y-%m}"
        )

    def _status(self, b: billing.BillRow) -> str:
        return bill_state(b)

    def _colour(self, b: billing.BillRow) -> QBrush | None:
        if b.status is BillStatus.CANCELLED:
            return GREY
        return RED if b.days_overdue(clock.today()) else None

    def selected(self) -> billing.BillRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def refresh(self) -> None:
        rows = billing.list_bills(
            self.page.db, month_of(self.month), include_cancelled=self.show_cancelled.isChecked()
        )
        self.model.set_rows(rows)
        self._show_totals()

    def _show_totals(self) -> None:
        rows = self.model.rows()
        live = [r for r in rows if r.status is BillStatus.ISSUED]
        self.totals.setText(
            self.tr("%n bill(s)", "", len(rows))
            + "  ·  "
            + self.tr("billed %1  ·  left to pay %2")
            .replace("%1", money(sum((r.total for r in live), Decimal(0))))
            .replace("%2", money(sum((r.open for r in live if r.open > 0), Decimal(0))))
        )

    # --- actions -----------------------------------------------------------------------------
    def run(self) -> Task | None:
        """Bill the month chosen, off the UI thread; the result is told in the status line."""
        if self.task is not None:
            return None
        db, month, issued = self.page.db, month_of(self.month), from_qdate(self.issued.date())
        self.run_button.setEnabled(False)
        self.page.status(self.tr("Billing %1…").replace("%1", f"{month:%Y-%m}"))
        self.task = run_task(
            lambda _ctx: billing.run_billing(db, month, issued),
            on_result=self._ran,
            parent=self,
            error_title=self.tr("Run billing"),
        )
        self.task.finished.connect(self._run_finished)
        return self.task

    def _ran(self, result: billing.RunResult) -> None:
        if not result.created:
            self.page.status(
                self.tr("%1: nothing to bill, every charge was billed already.").replace(
                    "%1", f"{result.month:%Y-%m}"
                )
            )
        else:
            self.page.status(
                self.tr("%1: %2 bill(s), %3 adjustment(s), %4 credit note(s) issued, total %5.")
                .replace("%1", f"{result.month:%Y-%m}")
                .replace("%2", str(result.count(BillKind.BILL)))
                .replace("%3", str(result.count(BillKind.ADJUSTMENT)))
                .replace("%4", str(result.count(BillKind.CREDIT_NOTE)))
                .replace("%5", money(result.total))
            )
        self.page.refresh_all()

    def _run_finished(self) -> None:
        self.task = None
        self.run_button.setEnabled(True)

    def open_selected(self) -> BillDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = BillDialog(self.page.db, row.id, self)
        dialog.changed.connect(self.page.refresh_all)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_month(self) -> None:
        db, month = self.page.db, month_of(self.month)
        show_document(
            self,
            self.tr("Bills of %1").replace("%1", f"{month:%Y-%m}"),
            self.tr("Bills %1").replace("%1", f"{month:%Y-%m}"),
            lambda lang, progress: dispatch.build_period_bills(
                db, month, lang, progress_to=progress
            )[0],
            i18n.name_language(),
        )

    def export(self, path: str = "") -> Path | None:
        """The finance export of the month's year, saved as .xlsx."""
        year = month_of(self.month).year
        if not path:
            path = messages.save_file(
                self,
                self.tr("Finance export"),
                str(Path.home() / self.tr("Bills and payments %1.xlsx").replace("%1", str(year))),
                self.tr("Excel workbook (*.xlsx)"),
            )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        db, lang = self.page.db, i18n.name_language()

        def write() -> Path:
            dispatch.build_finance_export(db, year, lang, target)
            return target

        saved = attempt(ErrorMessage(self, self.tr("Finance export")), write)
        if saved is not None:
            self.page.status(self.tr("Saved to %1").replace("%1", str(saved)))
        return saved

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("&Month:"))
        self.month_label.setBuddy(self.month)
        self.issued_label.setText(self.tr("Issued on:"))
        self.run_button.setText(self.tr("&Run billing"))
        self.run_button.setToolTip(
            self.tr(
                "Bills the month; run again, it bills only what changed since, as adjustments "
                "or credit notes."
            )
        )
        self.show_cancelled.setText(self.tr("Show cancelled bills"))
        self.open_button.setText(self.tr("&Open…"))
        self.print_button.setText(self.tr("&Print the month's bills…"))
        self.export_button.setText(self.tr("Finance &export…"))
        self.model.retranslate()
        self._show_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["BillsTab"]
