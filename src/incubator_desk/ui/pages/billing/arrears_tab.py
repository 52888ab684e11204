"""The Arrears tab: what each tenant owes on a day by days past due, its statement, and the
reminder letters (催缴通知书) to print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core import clock
from ....core.money import money
from ....reports import dispatch
from ....services import billing
from ... import i18n
from ...toolkit import Column, RowsModel, rows_view
from ...widgets.spaces_form import date_edit, from_qdate
from .documents import DocumentDialog, show_document

if TYPE_CHECKING:
    from .page import BillingPage

RED = QBrush(QColor("#cf222e"))


def bucket(i: int) -> Callable[[billing.AgeingRow], Decimal]:
    """The column of age bucket `i` (0–30, 31–60, 61–90, over 90 days past due)."""
    return lambda r: r.buckets[i]


class ArrearsTab(QWidget):
    """Signals: none; `letters()` and `statement()` open the documents."""

    def __init__(self, page: BillingPage) -> None:
        super().__init__(page)
        self.page = page
        self.document: DocumentDialog | None = None
        self.on_label = QLabel()
        self.on = date_edit(clock.today())
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.on_label)
        bar.addWidget(self.on)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.model: RowsModel[billing.AgeingRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        self.letters_button = QPushButton()
        self.letter_button = QPushButton()
        self.statement_button = QPushButton()
        self.pay_button = QPushButton()
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (self.pay_button, self.statement_button, self.letter_button, self.letters_button):
            actions.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        self.on.dateChanged.connect(lambda _d: self.refresh())
        self.letters_button.clicked.connect(lambda: self.letters())
        self.letter_button.clicked.connect(self._letter_selected)
        self.statement_button.clicked.connect(self.statement)
        self.pay_button.clicked.connect(self._pay)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def _columns(self) -> list[Column[billing.AgeingRow]]:
        red = lambda r: RED if r.overdue else None  # noqa: E731
        cols = [
            Column(self.tr("Tenant"), lambda r: r.tenant_name, width=220, foreground=red),
            Column(self.tr("Not yet due"), lambda r: r.not_due, right=True, text=money),
        ]
        for i, name in enumerate(
            (self.tr("0–30 days"), self.tr("31–60 days"), self.tr("61–90 days"), self.tr("Over 90"))
        ):
            cols.append(Column(name, bucket(i), right=True, text=money))
        cols += [
            Column(self.tr("On account"), lambda r: r.on_account, right=True, text=money),
            Column(self.tr("Balance"), lambda r: r.balance, right=True, text=money),
            Column(self.tr("Deposit held"), lambda r: r.deposit, right=True, text=money),
            Column(
                self.tr("Oldest overdue"),
                lambda r: r.oldest_days,
                right=True,
                text=lambda d: self.tr("%n day(s)", "", d) if d else "",
            ),
        ]
        return cols

    def day(self) -> dt.date:
        return from_qdate(self.on.date())

    def refresh(self) -> None:
        rows = billing.ageing(self.page.db, self.day())
        self.model.set_rows(rows)
        self._show_summary()
        self._enable()

    def _show_summary(self) -> None:
        late = [r for r in self.model.rows() if r.overdue > 0]
        self.summary.setText(
            self.tr("%n tenant(s) in arrears", "", len(late))
            + "  ·  "
            + self.tr("%1 overdue, %2 of it over 90 days")
            .replace("%1", money(sum((r.overdue for r in late), Decimal(0))))
            .replace("%2", money(sum((r.buckets[3] for r in late), Decimal(0))))
        )
        self.letters_button.setEnabled(bool(late))

    def selected(self) -> billing.AgeingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _enable(self) -> None:
        row = self.selected()
        for b in (self.statement_button, self.pay_button):
            b.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None and row.overdue > 0)

    def letters(self, tenant_ids: list[int] | None = None) -> DocumentDialog:
        """The reminder letters to everyone in arrears on the day (or to `tenant_ids`)."""
        db, on = self.page.db, self.day()
        self.document = show_document(
            self,
            self.tr("Reminder letters"),
            self.tr("Reminder letters %1").replace("%1", on.isoformat()),
            lambda lang, progress: dispatch.build_reminders(
                db, on, tenant_ids, lang, progress_to=progress
            )[0],
            i18n.name_language(),
        )
        return self.document

    def _letter_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.letters([row.tenant_id])

    def statement(self) -> DocumentDialog | None:
        row = self.selected()
        if row is None:
            return None
        db, tenant_id, end = self.page.db, row.tenant_id, self.day()
        start = end.replace(month=1, day=1)
        self.document = show_document(
            self,
            self.tr("Statement of %1").replace("%1", row.tenant_name),
            self.tr("Statement %1 %2")
            .replace("%1", row.tenant_name)
            .replace("%2", end.isoformat()),
            lambda lang, progress: dispatch.build_statement(
                db, tenant_id, start, end, lang, progress_to=progress
            ),
            i18n.name_language(),
        )
        return self.document

    def _pay(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.payments_tab.record(row.tenant_id)

    def retranslate(self) -> None:
        self.on_label.setText(self.tr("On:"))
        self.letters_button.setText(self.tr("Reminder &letters to all in arrears…"))
        self.letter_button.setText(self.tr("Letter to this tenant…"))
        self.statement_button.setText(self.tr("&Statement…"))
        self.pay_button.setText(self.tr("Record a &payment…"))
        self.model.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["ArrearsTab"]
