"""The Funding section of the settings: the review rubric's criteria, weights and scale."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....db import Database
from ....services import funding as fs
from ...toolkit import FieldErrors, attempt


class FundingSettings(QWidget):
    """The review rubric: criteria (English and Chinese names), weights and the scale.

    The criteria are edited in place, so they stay a QTableWidget: a handful of rows a
    person types, not a list that grows."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.version: int | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scale_min = QSpinBox()
        self.scale_max = QSpinBox()
        for s in (self.scale_min, self.scale_max):
            s.setRange(0, 100)
        self.scale_label = QLabel()
        self.add = QPushButton()
        self.remove = QPushButton()
        self.save = QPushButton()
        self.revert = QPushButton()
        self.error = QLabel()
        self.errors = FieldErrors(
            self.error,
            {"criteria": self.table, "weights": self.table, "scale": self.scale_max},
        )
        self.add.clicked.connect(self._add_row)
        self.remove.clicked.connect(self._remove_row)
        self.save.clicked.connect(self.save_rubric)
        self.revert.clicked.connect(self.refresh)
        scale = QHBoxLayout()
        scale.addWidget(self.scale_label)
        scale.addWidget(self.scale_min)
        scale.addWidget(QLabel("–"))
        scale.addWidget(self.scale_max)
        scale.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.revert, self.save):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(scale)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        return QCoreApplication.translate("FundingSettings", "Funding review")

    def _add_row(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(("", "", "", "10")):
            self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setCurrentCell(r, 1)
        item = self.table.item(r, 1)
        if item is not None:
            self.table.editItem(item)

    def _remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def refresh(self) -> None:
        rubric, self.version = fs.rubric(self.db)
        self.table.setRowCount(len(rubric.criteria))
        for r, c in enumerate(rubric.criteria):
            for col, text in enumerate((c.key, c.name_en, c.name_zh, f"{c.weight.normalize():f}")):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.scale_min.setValue(rubric.scale_min)
        self.scale_max.setValue(rubric.scale_max)
        self.errors.clear()

    def rubric_from_table(self) -> fs.Rubric | None:
        crit = []
        for r in range(self.table.rowCount()):
            cells = []
            for c in range(4):
                item = self.table.item(r, c)
                cells.append(item.text().strip() if item is not None else "")
            key = cells[0] or cells[1].lower().replace(" ", "_") or cells[2]
            try:
                weight = Decimal(cells[3].replace(",", "."))
            except InvalidOperation:
                self.errors.show(
                    {
                        "weights": self.tr("Row %1: the weight is not a number.").replace(
                            "%1", str(r + 1)
                        )
                    }
                )
                return None
            crit.append(fs.Criterion(key, cells[1], cells[2], weight))
        return fs.Rubric(tuple(crit), self.scale_min.value(), self.scale_max.value())

    def save_rubric(self) -> bool:
        self.errors.clear()
        rubric = self.rubric_from_table()
        if rubric is None:
            return False
        if attempt(self.errors, lambda: fs.save_rubric(self.db, rubric, self.version)) is None:
            return False
        self.refresh()
        return True

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Reviewers score each application on these criteria. The weighted score is "
                "the weighted mean of a reviewer's scores; reviewers with a conflict of "
                "interest are left out of the average."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Name (English)"), self.tr("Name (Chinese)"),
             self.tr("Weight")]
        )  # fmt: skip
        self.scale_label.setText(self.tr("Scores from"))
        self.scale_min.setAccessibleName(self.tr("Lowest score"))
        self.scale_max.setAccessibleName(self.tr("Highest score"))
        self.add.setText(self.tr("&Add criterion"))
        self.remove.setText(self.tr("&Remove criterion"))
        self.save.setText(self.tr("&Save"))
        self.revert.setText(self.tr("Re&vert"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
