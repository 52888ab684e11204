"""What the Spaces tabs share: the tab base class, allocation columns, the selected row."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTableView, QWidget

from ....core.i18n import QT_TRANSLATE_NOOP, Translator
from ....core.money import money
from ....db import Database
from ....services.spaces import AllocationRow
from ...toolkit import Column, RowsModel

if TYPE_CHECKING:
    from .page import SpacesPage

R = TypeVar("R")

_t = Translator("SpacesPage")


def end_text(day: dt.date | None) -> str:
    """An allocation's last day, or that it has none."""
    return (
        day.isoformat() if day is not None else _t(QT_TRANSLATE_NOOP("SpacesPage", "no end date"))
    )


def allocation_columns(who: str = "both") -> list[Column[AllocationRow]]:
    """Columns of an allocation list; `who` is "both", "tenant" (a unit's history) or "unit"
    (a tenant's spaces)."""
    cols: list[Column[AllocationRow]] = []
    if who in ("both", "tenant"):
        cols.append(
            Column(
                _t(QT_TRANSLATE_NOOP("SpacesPage", "Tenant")), lambda r: r.tenant_name, width=180
            )
        )
    if who in ("both", "unit"):
        cols.append(
            Column(_t(QT_TRANSLATE_NOOP("SpacesPage", "Unit")), lambda r: r.unit_label, width=90)
        )
    return [
        *cols,
        Column(
            _t(QT_TRANSLATE_NOOP("SpacesPage", "Desks")), lambda r: r.desks, right=True, width=50
        ),
        Column(_t(QT_TRANSLATE_NOOP("SpacesPage", "From")), lambda r: r.start_date, width=90),
        Column(
            _t(QT_TRANSLATE_NOOP("SpacesPage", "Until")),
            lambda r: r.end_date,
            text=end_text,
            sort_key=lambda r: r.end_date or dt.date.max,
            width=90,
        ),
        Column(
            _t(QT_TRANSLATE_NOOP("SpacesPage", "Monthly rent")),
            lambda r: r.monthly_rent,
            right=True,
            text=money,
            width=100,
        ),
        Column(_t(QT_TRANSLATE_NOOP("SpacesPage", "Status")), lambda r: r.status, width=70),
    ]


def selected_row(view: QTableView, model: RowsModel[R]) -> R | None:
    """The row selected in `view` (a view over `model`), or None."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return model.row_at(rows[0]) if rows else None


class Section(QWidget):
    """A tab of the Spaces page: re-reads its data on `refresh`, re-labels on a language change."""

    def __init__(self, page: SpacesPage) -> None:
        super().__init__(page)
        self.page = page

    @property
    def db(self) -> Database:
        """The page's database (it changes when another database is opened)."""
        return self.page.db

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
