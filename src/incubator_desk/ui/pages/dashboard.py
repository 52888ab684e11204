"""Dashboard: the incubator at a glance; each card opens the page behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...db import Database
from ...models.enums import Stage
from ...services import overview as ov
from ...services.labels import label
from ..qtmodels.register_model import display
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


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.subtitle = QLabel()
        self.layout_.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, Card] = {}
        names = [
            ("tenants", "tenants"),
            ("occupancy", "spaces"),
            ("ending", "spaces"),
            ("mentoring", "mentoring"),
            ("events", "training"),
            ("funding", "funding"),
        ]
        for i, (name, target) in enumerate(names):
            card = Card()
            card.clicked.connect(lambda t=target: self.open_page.emit(t))
            self.cards[name] = card
            grid.addWidget(card, i // 3, i % 3)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self._data: ov.Overview | None = None
        self.refresh()

    def refresh(self) -> None:
        self._data = ov.overview(self.db)
        self.retranslate()

    def title_text(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        super().retranslate()
        d = self._data
        if d is None:
            return
        self.subtitle.setText(self.tr("Figures as of %1").replace("%1", d.on.isoformat()))
        stages = ", ".join(
            f"{label(s)} {d.tenants_by_stage[s]}"
            for s in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING)
        )
        done = ", ".join(
            f"{label(s)} {d.tenants_by_stage[s]}" for s in (Stage.GRADUATED, Stage.EXITED)
        )
        occ = d.occupancy_by_area
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
            "ending": (
                self.tr("Allocations ending"),
                str(d.allocations_ending_60d),
                self.tr("within the next 60 days"),
            ),
            "mentoring": (
                self.tr("Mentoring this week"),
                str(d.sessions_this_week),
                self.tr("sessions; %1 active mentors").replace("%1", str(d.mentors)),
            ),
            "events": (
                self.tr("Upcoming events"),
                str(d.events_next_30d),
                self.tr("in the next 30 days"),
            ),
            "funding": (
                self.tr("Open applications"),
                str(d.open_applications),
                self.tr("%1 funds; ¥%2 committed")
                .replace("%1", str(d.funds))
                .replace("%2", display(d.committed_amount)),
            ),
        }
        for name, (caption, value, detail) in entries.items():
            card = self.cards[name]
            card.caption.setText(caption)
            card.value.setText(value)
            card.detail.setText(detail)
            card.setAccessibleName(caption)
