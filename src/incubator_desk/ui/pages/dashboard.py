"""Dashboard: the incubator at a glance; each card opens the list (or the page) behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.labels import label
from ...core.vocabularies import OPEN_STAGES, Stage
from ...db import Database
from ...services import overview as ov
from ...services import reporting
from ...services.graduation import TenantGraduation
from ..toolkit import Column, RowsModel, display, rows_view
from .base import Page


class Card(QFrame):
    """A figure with a caption and a line of detail. Clicking it emits `clicked`.

    Signals:
        clicked(): the card was clicked or activated with the keyboard.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.value = QLabel()
        self.value.setObjectName("cardValue")
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        for w in (self.caption, self.value, self.detail):
            box.addWidget(w)
        box.addStretch(1)
        self.setMinimumSize(220, 120)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def cell(i: int) -> Callable[[reporting.ListRow], str]:
    return lambda row: row.cells[i] if i < len(row.cells) else ""


class ListDialog(QDialog):
    """The list behind a dashboard card: sortable rows; a row about a tenant opens it.

    `actions` are (button text, callback(tenant_id)) applied to the selected row's tenant.
    """

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[reporting.ListRow],
        actions: Sequence[tuple[str, Callable[[int], None]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = list(rows)
        box = QVBoxLayout(self)
        self.count = QLabel(self.tr("%n row(s)", "", len(self.rows)))
        box.addWidget(self.count)
        self.model: RowsModel[reporting.ListRow] = RowsModel(
            [Column(text, cell(i)) for i, text in enumerate(headers)], self.rows, self
        )
        self.table = rows_view(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.action_buttons: list[QPushButton] = []
        for text, callback in actions:
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            self.action_buttons.append(button)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if actions:
            self.table.doubleClicked.connect(lambda _i: self._run(actions[0][1]))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        if self.rows:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(760, 460)

    def selected_tenant(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        row = self.model.row_at(selected[0]) if selected else None
        return row.tenant_id if row is not None else None

    def _selection_changed(self) -> None:
        enabled = self.selected_tenant() is not None
        for b in self.action_buttons:
            b.setEnabled(enabled)

    def _run(self, callback: Callable[[int], None]) -> None:
        tid = self.selected_tenant()
        if tid is not None:
            self.accept()
            callback(tid)


CARDS = (
    # name, page opened when there is no list behind the card
    ("tenants", "tenants"),
    ("occupancy", "spaces"),
    ("candidates", ""),
    ("overdue", ""),
    ("missing", ""),
    ("mentoring", ""),
    ("events", ""),
    ("funding", "funding"),
    ("ending", ""),
)


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.subtitle = QLabel()
        self.layout_.addWidget(self.subtitle)
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(12)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, Card] = {}
        for i, (name, target) in enumerate(CARDS):
            card = Card()
            if target:
                card.clicked.connect(lambda t=target: self.open_page.emit(t))
            else:
                card.clicked.connect(lambda n=name: self.open_list(n))
            self.cards[name] = card
            grid.addWidget(card, i // 3, i % 3)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.layout_.addWidget(scroll, 1)
        self._data: ov.Overview | None = None
        self._dash: reporting.Dashboard | None = None
        self.dialog: ListDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        self._data = ov.overview(self.db)
        self._dash = reporting.dashboard(self.db, self._data.on)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Dashboard")

    # --- the lists behind the cards ---------------------------------------------------------
    def _window_page(self, key: str) -> object | None:
        win = self.window()
        page = getattr(win, "page", None)
        return page(key) if callable(page) else None

    def open_tenant(self, tenant_id: int) -> None:
        tenants = self._window_page("tenants")
        opener = getattr(tenants, "open_tenant", None)
        self.open_page.emit("tenants")
        if callable(opener):
            opener(tenant_id)

    def graduation_report(self, tenant_id: int) -> None:
        """Open the Reports page with this tenant's graduation report chosen, in Chinese."""
        reports = self._window_page("reports")
        opener = getattr(reports, "open_report", None)
        self.open_page.emit("reports")
        if callable(opener):
            opener("graduation", tenant_id, "zh")

    def open_list(self, name: str) -> ListDialog | None:
        d = self._dash
        if d is None:
            return None
        open_tenant = (self.tr("Open tenant"), self.open_tenant)
        report = (self.tr("Graduation report…"), self.graduation_report)

        def grad_rows(items: Sequence[TenantGraduation]) -> list[reporting.ListRow]:
            out = []
            for g in items:
                met = "; ".join(c.name for c in g.criteria if c.enabled and c.met)
                months = g.months_in_incubation
                limit = "—" if months is None else f"{months} / {g.limit_months}"
                cells = (g.name, g.credit_code, limit, met or "—")
                out.append(reporting.ListRow(cells, g.tenant_id))
            return out

        grad_headers = [
            self.tr("Tenant"),
            self.tr("Credit code"),
            self.tr("Months / limit"),
            self.tr("Criteria met"),
        ]
        Action = tuple[str, Callable[[int], None]]
        specs: dict[str, tuple[str, list[str], list[reporting.ListRow], list[Action]]] = {
            "candidates": (
                self.tr("Graduation candidates"),
                grad_headers,
                grad_rows(d.candidates),
                [report, open_tenant],
            ),
            "overdue": (
                self.tr("Overdue tenants"),
                grad_headers,
                grad_rows(d.overdue),
                [report, open_tenant],
            ),
            "missing": (
                self.tr("Figures missing for %1").replace("%1", d.missing_quarter.label),
                [self.tr("Tenant"), self.tr("Credit code"), self.tr("Entry date")],
                d.missing,
                [open_tenant],
            ),
            "mentoring": (
                self.tr("Mentoring sessions this week"),
                [self.tr("When"), self.tr("Mentor"), self.tr("Topic")],
                d.sessions_this_week,
                [],
            ),
            "events": (
                self.tr("Events this week"),
                [self.tr("When"), self.tr("Event"), self.tr("Registered")],
                d.events_this_week,
                [],
            ),
            "ending": (
                self.tr("Allocations ending within 60 days"),
                [self.tr("Tenant"), self.tr("Space"), self.tr("Ends on")],
                d.ending,
                [open_tenant],
            ),
        }
        title, headers, rows, actions = specs[name]
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ListDialog(title, headers, rows, actions, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.show()
        return self.dialog

    def _dialog_gone(self) -> None:
        self.dialog = None

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        d, dash = self._data, self._dash
        if d is None or dash is None:
            return
        self.subtitle.setText(self.tr("Figures as of %1").replace("%1", d.on.isoformat()))
        stages = ", ".join(f"{label(s)} {d.tenants_by_stage[s]}" for s in OPEN_STAGES)
        done = ", ".join(
            f"{label(s)} {d.tenants_by_stage[s]}" for s in (Stage.GRADUATED, Stage.EXITED)
        )
        occ = d.occupancy_by_area
        pipeline = ", ".join(f"{label(s)} {n}" for s, n in dash.pipeline.items() if n)
        longest = dash.overdue[0].months_in_incubation if dash.overdue else None
        entries: dict[str, tuple[str, str, str]] = {
            "tenants": (
                self.tr("Tenants in incubation"),
                str(d.active_tenants),
                f"{stages}\n{done}",
            ),
            "occupancy": (
                self.tr("Occupancy by area"),
                f"{occ:.1%}" if occ is not None else "–",
                self.tr("%1 of %2 m² let; %3 of %4 units")
                .replace("%1", display(d.occupied_area))
                .replace("%2", display(d.lettable_area))
                .replace("%3", str(d.occupied_units))
                .replace("%4", str(d.lettable_units)),
            ),
            "candidates": (
                self.tr("Graduation candidates"),
                str(len(dash.candidates)),
                self.tr("in incubation and meeting the graduation rules"),
            ),
            "overdue": (
                self.tr("Overdue tenants"),
                str(len(dash.overdue)),
                self.tr("past their incubation limit; longest %1 months").replace(
                    "%1", str(longest)
                )
                if longest is not None
                else self.tr("none past their incubation limit"),
            ),
            "missing": (
                self.tr("Figures missing"),
                str(len(dash.missing)),
                self.tr("tenants with no figures for %1").replace("%1", dash.missing_quarter.label),
            ),
            "mentoring": (
                self.tr("Mentoring this week"),
                str(d.sessions_this_week),
                self.tr("sessions; %1 active mentors").replace("%1", str(d.mentors)),
            ),
            "events": (
                self.tr("Events this week"),
                str(len(dash.events_this_week)),
                self.tr("%1 in the next 30 days").replace("%1", str(d.events_next_30d)),
            ),
            "funding": (
                self.tr("Open applications"),
                str(d.open_applications),
                (pipeline + "\n" if pipeline else "")
                + self.tr("%1 funds; ¥%2 committed")
                .replace("%1", str(d.funds))
                .replace("%2", display(d.committed_amount)),
            ),
            "ending": (
                self.tr("Allocations ending"),
                str(d.allocations_ending_60d),
                self.tr("within the next 60 days"),
            ),
        }
        for name, (caption, value, detail) in entries.items():
            card = self.cards[name]
            card.caption.setText(caption)
            card.value.setText(value)
            card.detail.setText(detail)
            card.setAccessibleName(caption)
