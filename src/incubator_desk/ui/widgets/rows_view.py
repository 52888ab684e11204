"""A read-only table view over a RowsModel: whole rows selected, one at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..toolkit import RowsModel
from ..toolkit.tables import finish_table


def rows_view(
    model: RowsModel[Any], sortable: bool = True, parent: QWidget | None = None
) -> QTableView:
    """A view of `model` that selects whole rows, one at a time, and sorts on a header click
    (the rows keep the service's order until then). Columns fit their contents: for the
    short lists of a tab or a dialog, not for registers of thousands of rows."""
    view = QTableView(parent)
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return finish_table(view)
