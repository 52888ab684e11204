"""A read-only list view over a `RowsModel`: whole rows selected, the service's order kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..toolkit import RowsModel
from ..toolkit.tables import finish_table

R = TypeVar("R")


def row_table(model: RowsModel[R], parent: QWidget | None = None) -> QTableView:
    """A view of `model` that sorts when a header is clicked and not before."""
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # No sort column until a person clicks a header: rows keep the service's order.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    model.apply_widths(view)
    return finish_table(view)


def selected_row(view: QTableView, model: RowsModel[R]) -> R | None:
    """The row a person selected in `view`, or None when nothing is selected."""
    if not view.selectionModel().hasSelection():
        return None
    return model.row_at(view.currentIndex())


def select_where(view: QTableView, model: RowsModel[R], matches: Callable[[R], bool]) -> None:
    """Select the first row that `matches` (after a reload: the record selected before)."""
    for i, row in enumerate(model.rows()):
        if matches(row):
            view.selectRow(i)
            return
