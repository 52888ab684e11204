"""The tenant window's Graduation tab: each criterion with its evidence, the months in
incubation, whether the tenant is overdue, and its graduation report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.labels import label
from ....db import Database
from ....reports.dispatch import ReportKind, ReportRequest, build_report
from ....services import graduation as grad
from ... import i18n, messages
from ...toolkit import Column, RowsModel, Task, TaskContext, run_task
from ...toolkit.tables import finish_table


class TenantGraduationTab(QWidget):
    """A tenant's graduation criteria with their evidence, months in incubation, overdue."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self.task: Task | None = None
        self.result: grad.TenantGraduation | None = None
        box = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.summary)
        self.model: RowsModel[grad.CriterionResult] = RowsModel(self._columns, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        finish_table(self.table, wrap=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.lang = QComboBox()
        self.lang.addItem("中文", "zh")
        self.lang.addItem("English", "en")
        self._lang_chosen = False  # until then the report language follows the window's
        self.lang.activated.connect(lambda _i: setattr(self, "_lang_chosen", True))
        self.report = QPushButton()
        self.status = QLabel()
        row.addWidget(self.status, 1)
        row.addWidget(self.lang)
        row.addWidget(self.report)
        box.addLayout(row)
        self.report.clicked.connect(lambda: self.save_report())
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        # Asked before any instance exists, so not self.tr(): the context is the class's own.
        return QCoreApplication.translate("TenantGraduationTab", "Graduation")

    def _columns(self) -> list[Column[grad.CriterionResult]]:
        return [
            Column(
                self.tr("Criterion"),
                lambda c: c.name + ("" if c.enabled else " " + self.tr("(not in use)")),
            ),
            Column(self.tr("Met"), lambda c: self.tr("Met") if c.met else self.tr("Not met")),
            Column(self.tr("Evidence"), lambda c: c.evidence, tooltip=lambda c: c.evidence),
        ]

    def refresh(self) -> None:
        try:
            self.result = grad.evaluate(self.db, self.tenant_id)
        except ServiceError as exc:
            self.result = None
            self.summary.setText(str(exc))
            self.model.set_rows([])
            return
        self._fill()

    def _fill(self) -> None:
        g = self.result
        if g is None:
            return
        months = "—" if g.months_in_incubation is None else str(g.months_in_incubation)
        lines = [
            self.tr("Stage: %1").replace("%1", label(g.stage)),
            self.tr("Months in incubation: %1 of %2")
            .replace("%1", months)
            .replace("%2", str(g.limit_months))
            + (
                "  " + self.tr("(limit reached on %1)").replace("%1", g.limit_date.isoformat())
                if g.limit_date
                else ""
            ),
        ]
        if g.overdue:
            lines.append(self.tr("Overdue: past the incubation limit."))
        lines.append(
            (
                self.tr("Meets %1 criteria, %2 needed: may graduate.")
                if g.eligible
                else self.tr("Meets %1 criteria, %2 needed: not yet eligible.")
            )
            .replace("%1", str(g.criteria_met))
            .replace("%2", str(g.min_criteria))
        )
        if g.admitted_within_limit is False:
            lines.append(self.tr("Entered more than the allowed months after founding."))
        self.summary.setText("\n".join(lines))
        self.model.set_rows(g.criteria)

    def save_report(self, path: str = "") -> None:
        if self.task is not None or self.result is None:
            return
        lang = self.lang.currentData()
        if not path:
            name = f"{self.tr('Graduation report')} {self.result.name} {lang}.pdf"
            path = messages.save_file(
                self,
                self.tr("Save the graduation report"),
                str(Path.home() / name),
                self.tr("PDF document (*.pdf)"),
            )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        db, request = self.db, ReportRequest(ReportKind.GRADUATION, self.tenant_id, lang=lang)

        def job(ctx: TaskContext) -> Path:
            build_report(db, request, target, ctx.progress)
            return target

        self.task = run_task(
            job,
            on_result=lambda saved: self.status.setText(
                self.tr("Saved to %1").replace("%1", str(saved))
            ),
            on_error=self._failed,
            parent=self,
        )
        self.task.finished.connect(self._finished)
        self.report.setEnabled(False)
        self.status.setText(self.tr("Making the report…"))

    def _finished(self) -> None:
        self.task = None
        self.report.setEnabled(True)

    def _failed(self, err: ServiceError) -> None:
        self.status.setText("")
        messages.error(self, self.tr("Graduation report"), str(err))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.report.setText(self.tr("Save graduation report…"))
        self.lang.setToolTip(self.tr("The report's language"))
        self.lang.setAccessibleName(self.tr("The report's language"))
        if not self._lang_chosen:
            self.lang.setCurrentIndex(max(self.lang.findData(i18n.report_language()), 0))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
