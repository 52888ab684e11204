"""The Funnel tab of the Funding page: one fund's (or all funds') stages, and every fund."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ....core.money import money
from ....services import funding as fs
from ...toolkit import Column, RowsModel
from ...widgets.rows_view import rows_view


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


def _days(days: float | None) -> str:
    return "" if days is None else f"{days:.1f}"


class FunnelTab(QSplitter):
    """The chosen fund's funnel for the chosen year (stage by stage), with every fund's
    money and approvals below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        top = QWidget()
        lay = QVBoxLayout(top)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.money = QLabel()
        self.stages_model: RowsModel[fs.StageFigures] = RowsModel(self._stage_columns, parent=self)
        self.stages = rows_view(self.stages_model, sortable=False)  # the pipeline's order
        # Figures, not prose: columns as wide as their contents, no one column stretched
        # across the page, and every stage in sight without scrolling.
        self.stages.horizontalHeader().setStretchLastSection(False)
        lay.addWidget(self.title)
        lay.addWidget(self.money)
        lay.addWidget(self.stages, 1)
        self.funds_model: RowsModel[fs.Funnel] = RowsModel(self._fund_columns, parent=self)
        self.per_fund = rows_view(self.funds_model)
        self.per_fund.horizontalHeader().setStretchLastSection(False)
        self.addWidget(top)
        self.addWidget(self.per_fund)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._shown: tuple[list[fs.Funnel], int | None, int | None] | None = None

    def _stage_columns(self) -> list[Column[fs.StageFigures]]:
        return [
            Column(self.tr("Stage"), lambda s: s.status),
            Column(self.tr("Now in stage"), lambda s: s.now, right=True),
            Column(self.tr("Reached"), lambda s: s.reached, right=True),
            Column(self.tr("Went on to the next"), lambda s: s.went_on, right=True, text=_percent),
            Column(self.tr("Average days in stage"), lambda s: s.days, right=True, text=_days),
        ]

    def _fund_columns(self) -> list[Column[fs.Funnel]]:
        return [
            Column(self.tr("Fund"), lambda f: f.fund),
            Column(self.tr("Applications"), lambda f: f.applications, right=True),
            Column(self.tr("Requested"), lambda f: f.requested, right=True, text=money),
            Column(self.tr("Approved"), lambda f: f.approved, right=True, text=money),
            Column(self.tr("Disbursed"), lambda f: f.disbursed, right=True, text=money),
            Column(self.tr("Deals approved"), lambda f: f.deals_approved, right=True),
            Column(
                self.tr("Approved at committee"),
                lambda f: f.approved_at_committee,
                right=True,
                text=_percent,
            ),
        ]

    def show_funnel(self, funnels: list[fs.Funnel], fund_id: int | None, year: int | None) -> None:
        """Show `funnels` (the total first, fund_id None) for the chosen fund and year."""
        self._shown = (funnels, fund_id, year)
        chosen = next((f for f in funnels if f.fund_id == fund_id), None)
        self.funds_model.set_rows([f for f in funnels if f.fund_id is not None])
        if chosen is None:
            self.stages_model.set_rows([])
            self.title.clear()
            self.money.clear()
            return
        self.title.setText(
            self.tr("%1, %2")
            .replace("%1", chosen.fund or self.tr("All funds"))
            .replace("%2", str(year) if year else self.tr("all years"))
        )
        self.money.setText(
            self.tr("%1 application(s) · requested %2 · approved %3 · disbursed %4")
            .replace("%1", str(chosen.applications))
            .replace("%2", money(chosen.requested))
            .replace("%3", money(chosen.approved))
            .replace("%4", money(chosen.disbursed))
        )
        self.stages_model.set_rows(chosen.stages())
        rows = self.stages.verticalHeader()
        self.stages.setMinimumHeight(
            self.stages.horizontalHeader().sizeHint().height()
            + rows.defaultSectionSize() * self.stages_model.rowCount()
            + 2 * self.stages.frameWidth()
        )

    def retranslate(self) -> None:
        self.stages_model.retranslate()
        self.funds_model.retranslate()
        if self._shown is not None:
            self.show_funnel(*self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
