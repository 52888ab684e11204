"""One audit entry in detail: what, when, who, and each field's value before → after."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.vocabularies import AuditAction
from ....services.audit import AuditDetail


class AuditDetails(QWidget):
    """The entry chosen in an audit list, field by field.

    Signals:
        show_action(str): the person asked for every entry of this entry's action (its batch).
    """

    show_action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AuditDetail | None = None
        self.listed = 1
        self.heading = QLabel()
        self.heading.setObjectName("detailsHeading")
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action = QPushButton()
        self.action.clicked.connect(self._show_action)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.meta)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty, 1)
        lay.addWidget(self.action)
        self.show_entry(None)

    def show_entry(self, detail: AuditDetail | None, listed: int = 1) -> None:
        """Show `detail` (None: nothing chosen; `listed` says whether there was a choice)."""
        self.detail = detail
        self.listed = listed
        self.retranslate()

    def _show_action(self) -> None:
        if self.detail is not None and self.detail.batch:
            self.show_action.emit(self.detail.batch)

    def retranslate(self) -> None:
        d = self.detail
        changed = d is None or d.action is AuditAction.UPDATE
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After") if changed else self.tr("Value")]
        )
        chosen = d is not None
        self.heading.setVisible(chosen)
        self.meta.setVisible(chosen)
        self.table.setVisible(chosen and bool(d.changes if d else False))
        self.action.setVisible(chosen and d is not None and d.batch_size > 1)
        self.empty.setVisible(not self.table.isVisible())
        if d is None:
            self.empty.setText(
                self.tr("Choose an entry to see what it changed.")
                if self.listed
                else self.tr("No entries: changes show here as they are saved.")
            )
            self.table.setRowCount(0)
            return
        self.empty.setText(self.tr("This entry records no field values."))
        self.heading.setText(d.what)
        lines = [
            self.tr("{when} by {who}").format(when=d.when, who=d.operator),
        ]
        if d.tenant and d.tenant != d.record:
            lines.append(self.tr("Tenant: {name}").format(name=d.tenant))
        if d.summary and not d.changes:  # what the program recorded of an action of its own
            lines.append(d.summary)
        self.meta.setText("\n".join(lines))
        self.action.setText(self.tr("Show all %n entries of this action", "", d.batch_size))
        self.table.setRowCount(len(d.changes))
        for row, change in enumerate(d.changes):
            after = change.after if d.action is not AuditAction.DELETE else change.before
            for col, text in enumerate((change.field, change.before, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        # A new record's values (or an action's figures) show as "Value"; so does what a
        # deleted record held.
        self.table.setColumnHidden(1, d.action is not AuditAction.UPDATE)
        self.table.resizeRowsToContents()
