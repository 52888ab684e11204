"""A floor plan drawn with QGraphicsView: units as rectangles coloured by state, zoom, pan, edit.

Signals of FloorPlanView:
    zoomed(): the zoom changed (by the operator, or fitting the floor to a resized view).
    unit_clicked(int): a unit was clicked (its id), outside edit mode.
    unit_activated(int): a unit was double-clicked or Enter was pressed on it.
    layout_changed(): in edit mode, a unit was moved or resized (not yet saved).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...services.spaces import ENDING_SOON_DAYS, FloorPlan, Placement, Tile, TileState
from ..theme import Colours, Tone, colours, mix
from .text_fit import wrapped

SCALE = 12.0  # scene units (pixels at 100 %) per metre
GRID = 0.5  # metres: units snap to this grid in edit mode
HANDLE = 1.2  # metres: the corner that resizes a unit in edit mode
MIN_SIZE = 1.0  # metres

# What each state says; its colour comes from the palette in use (`state_fill`).
TONES: dict[TileState, tuple[Tone, float]] = {
    TileState.VACANT: (Tone.GOOD, 1.0),
    TileState.PARTLY: (Tone.INFO, 0.5),
    TileState.OCCUPIED: (Tone.INFO, 1.6),
    TileState.ENDING: (Tone.WARN, 1.3),
    TileState.MAINTENANCE: (Tone.NEUTRAL, 1.3),
    TileState.ROOM: (Tone.ROOM, 1.0),
    TileState.RETIRED: (Tone.NEUTRAL, 0.4),
}
LABEL_PX = 12  # the size a unit's text is drawn at on screen, whatever the zoom


def state_fill(c: Colours, state: TileState) -> QColor:
    """A unit's fill: a wash of its state's colour over the plan's background."""
    tone, strength = TONES[state]
    return mix(c.base, c.tone(tone), min((0.28 if c.dark else 0.2) * strength, 0.6))


_t = Translator("FloorPlan")

STATE_LABELS: dict[TileState, str] = {
    TileState.VACANT: QT_TRANSLATE_NOOP("FloorPlan", "Vacant"),
    TileState.PARTLY: QT_TRANSLATE_NOOP("FloorPlan", "Desks free"),
    TileState.OCCUPIED: QT_TRANSLATE_NOOP("FloorPlan", "Occupied"),
    TileState.ENDING: QT_TRANSLATE_NOOP("FloorPlan", "Ending within {days} days"),
    TileState.MAINTENANCE: QT_TRANSLATE_NOOP("FloorPlan", "Under maintenance"),
    TileState.ROOM: QT_TRANSLATE_NOOP("FloorPlan", "Meeting room"),
    TileState.RETIRED: QT_TRANSLATE_NOOP("FloorPlan", "Retired"),
}


def state_label(state: TileState) -> str:
    text = STATE_LABELS[state]
    return _t(text, days=ENDING_SOON_DAYS) if state == TileState.ENDING else _t(text)


def _snap(value: float) -> float:
    return round(value / (GRID * SCALE)) * GRID * SCALE


class UnitItem(QGraphicsRectItem):
    """One unit: a rectangle at its plan position, labelled with its code and holder."""

    def __init__(self, tile: Tile, bounds: QRectF) -> None:
        u = tile.unit
        super().__init__(0, 0, float(u.plan_w) * SCALE, float(u.plan_h) * SCALE)
        self.tile = tile
        self.unit_id = u.id
        self.bounds = bounds
        self.setPos(float(u.plan_x) * SCALE, float(u.plan_y) * SCALE)
        self.setToolTip(self._tooltip())
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self._resizing = False
        self._press_rect = QRectF()
        self._press_pos = QPointF()
        self.changed = False

    def _tooltip(self) -> str:
        t = self.tile
        lines = [f"{t.unit.label} · {state_label(t.state)}"]
        lines.append(
            _t(QT_TRANSLATE_NOOP("FloorPlan", "{area} m²"), area=f"{float(t.unit.area_m2):g}")
        )
        if t.unit.desk_count:
            lines.append(
                _t(
                    QT_TRANSLATE_NOOP("FloorPlan", "Desks: {taken} of {desks} taken"),
                    taken=t.desks_taken,
                    desks=t.unit.desk_count,
                )
            )
        lines.extend(t.holders)
        if t.ends_on is not None:
            lines.append(
                _t(QT_TRANSLATE_NOOP("FloorPlan", "Ends {day}"), day=t.ends_on.isoformat())
            )
        return "\n".join(lines)

    def set_editable(self, on: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, on)
        self.setCursor(Qt.CursorShape.SizeAllCursor if on else Qt.CursorShape.PointingHandCursor)

    @property
    def editable(self) -> bool:
        return bool(self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def placement(self) -> Placement:
        r, p = self.rect(), self.pos()

        def m(v: float) -> Decimal:
            return Decimal(str(round(v / SCALE, 2)))

        return Placement(
            self.unit_id, self.tile.unit.version, m(p.x()), m(p.y()), m(r.width()), m(r.height())
        )

    # -- drawing -----------------------------------------------------------------------------

    def body_text(self) -> str:
        """What a unit says under its code: who holds it (with desks taken of an open-desk
        area), else its state (a meeting room, vacant, under maintenance)."""
        t = self.tile
        text = ", ".join(t.holders)
        if t.unit.desk_count and t.state != TileState.ROOM:
            desks = f"{t.desks_taken}/{t.unit.desk_count}"
            text = f"{desks}  {text}" if text else desks
        if not t.holders and t.state in (
            TileState.ROOM,
            TileState.VACANT,
            TileState.MAINTENANCE,
            TileState.RETIRED,
        ):
            text = f"{text}  {state_label(t.state)}".strip() if text else state_label(t.state)
        return text

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        c = colours(widget)
        r = self.rect()
        painter.setBrush(state_fill(c, self.tile.state))
        pen = QPen(c.highlight if self.isSelected() else c.muted)
        pen.setCosmetic(True)
        pen.setWidth(3 if self.isSelected() else 1)
        painter.setPen(pen)
        painter.drawRect(r)
        if self.tile.state == TileState.MAINTENANCE:
            painter.setBrush(QBrush(c.line, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(r)
        if self.editable:
            h = HANDLE * SCALE
            painter.setBrush(c.highlight)
            painter.drawRect(QRectF(r.right() - h / 2, r.bottom() - h / 2, h / 2, h / 2))
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        # The text is laid out in screen pixels, so it reads the same at every zoom.
        painter.save()
        painter.translate(r.topLeft())
        painter.scale(1 / lod, 1 / lod)
        self._paint_text(painter, c, r.width() * lod, r.height() * lod)
        painter.restore()

    def _paint_text(self, painter: QPainter, c: Colours, width: float, height: float) -> None:
        pad = 4.0
        inner = QRectF(pad, pad - 1, width - 2 * pad, height - 2 * pad + 1)
        font = QFont(painter.font())
        font.setPixelSize(LABEL_PX)
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetricsF(font).height()
        if inner.height() < line or inner.width() < QFontMetricsF(bold).horizontalAdvance("0") * 2:
            return  # too small on screen to carry text: the tooltip says it all
        painter.setPen(c.text)
        painter.setFont(bold)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        code = QFontMetricsF(bold).elidedText(
            self.tile.unit.code, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), top, code)
        lines = wrapped(self.body_text(), font, inner.width(), int((inner.height() - line) // line))
        painter.setFont(font)
        for i, text in enumerate(lines, start=1):
            painter.drawText(
                QRectF(inner.left(), inner.top() + i * line, inner.width(), line), top, text
            )

    # -- editing -----------------------------------------------------------------------------

    def _in_handle(self, pos: QPointF) -> bool:
        r = self.rect()
        h = HANDLE * SCALE
        return pos.x() >= r.right() - h and pos.y() >= r.bottom() - h

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if (
            self.editable
            and event.button() == Qt.MouseButton.LeftButton
            and self._in_handle(event.pos())
        ):
            self._resizing = True
            self._press_rect = QRectF(self.rect())
            self._press_pos = event.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            d = event.pos() - self._press_pos
            w = max(_snap(self._press_rect.width() + d.x()), MIN_SIZE * SCALE)
            h = max(_snap(self._press_rect.height() + d.y()), MIN_SIZE * SCALE)
            w = min(w, self.bounds.right() - self.pos().x())
            h = min(h, self.bounds.bottom() - self.pos().y())
            self.prepareGeometryChange()
            self.setRect(0, 0, w, h)
            self._mark_changed()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            self._resizing = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            r = self.rect()
            x = min(max(_snap(value.x()), self.bounds.left()), self.bounds.right() - r.width())
            y = min(max(_snap(value.y()), self.bounds.top()), self.bounds.bottom() - r.height())
            return QPointF(x, y)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._mark_changed()
        return super().itemChange(change, value)

    def _mark_changed(self) -> None:
        self.changed = True
        scene = self.scene()
        if isinstance(scene, PlanScene):
            scene.layout_changed.emit()


class PlanScene(QGraphicsScene):
    layout_changed = Signal()


class FloorPlanView(QGraphicsView):
    """The plan of one floor. Ctrl+wheel or +/- zoom, drag the background to pan; the arrow
    keys go from unit to unit, Enter opens the one selected."""

    unit_clicked = Signal(int)
    unit_activated = Signal(int)
    layout_changed = Signal()
    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = PlanScene(self)
        self._scene.layout_changed.connect(self.layout_changed)
        self._scene.selectionChanged.connect(self._on_selection)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.items_by_id: dict[int, UnitItem] = {}
        self.plan: FloorPlan | None = None
        self._edit = False
        self._zoom = 1.0  # the view's scale
        self._fit_scale = 1.0  # the scale at which the whole floor fills the view: 100 %
        self.auto_fit = True  # fit the floor to the view until the operator zooms

    # -- content -----------------------------------------------------------------------------

    def show_plan(self, plan: FloorPlan | None) -> None:
        """Draw a floor (or nothing), keeping the zoom level and the selected unit."""
        selected = self.selected_unit()
        self._scene.clear()
        self.items_by_id = {}
        self.plan = plan
        if plan is None:
            return
        bounds = QRectF(0, 0, float(plan.width) * SCALE, float(plan.height) * SCALE)
        outline = self._scene.addRect(bounds, QPen(colours(self).line, 0, Qt.PenStyle.DashLine))
        outline.setZValue(-1)
        for tile in plan.tiles:
            item = UnitItem(tile, bounds)
            item.set_editable(self._edit)
            self._scene.addItem(item)
            self.items_by_id[tile.unit.id] = item
        margin = SCALE * 1
        self._scene.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))
        if selected in self.items_by_id:
            self.items_by_id[selected].setSelected(True)

    def selected_unit(self) -> int | None:
        items = [i for i in self._scene.selectedItems() if isinstance(i, UnitItem)]
        return items[0].unit_id if items else None

    def select_unit(self, unit_id: int) -> None:
        self._scene.clearSelection()
        item = self.items_by_id.get(unit_id)
        if item is not None:
            item.setSelected(True)
            self.ensureVisible(item)

    def _on_selection(self) -> None:
        uid = self.selected_unit()
        if uid is not None:
            self.unit_clicked.emit(uid)

    # -- edit mode ---------------------------------------------------------------------------

    def set_edit_mode(self, on: bool) -> None:
        self._edit = on
        self.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        for item in self.items_by_id.values():
            item.set_editable(on)
            item.update()

    def edit_mode(self) -> bool:
        return self._edit

    def changed_placements(self) -> list[Placement]:
        return [i.placement() for i in self.items_by_id.values() if i.changed]

    # -- zoom --------------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        self.auto_fit = False
        fit = self._fit_scale
        new = min(max(self._zoom * factor, 0.25 * fit), 10.0 * fit)
        factor = new / self._zoom
        self._zoom = new
        self.scale(factor, factor)
        self.zoomed.emit()

    def zoom_level(self) -> float:
        """The zoom as a share of the whole floor filling the view (1.0: 100 %)."""
        return self._zoom / self._fit_scale

    def fit(self) -> None:
        """Show the whole floor as large as the view allows: that is 100 %."""
        if self.plan is None:
            return
        self.resetTransform()
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom = self._fit_scale = self.transform().m11()
        self.zoomed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def step_unit(self, step: int) -> None:
        """Select the next (or previous) unit in code order: the plan by keyboard."""
        items = sorted(self.items_by_id.values(), key=lambda i: i.tile.unit.code)
        if not items:
            return
        current = self.selected_unit()
        ids = [i.unit_id for i in items]
        if current not in ids:
            target = items[0 if step > 0 else -1]
        else:
            target = items[max(0, min(ids.index(current) + step, len(items) - 1))]
        self.select_unit(target.unit_id)
        self.setAccessibleDescription(target.toolTip().replace("\n", "; "))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and not self._edit:
            self.step_unit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and not self._edit:
            self.step_unit(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            uid = self.selected_unit()
            if uid is not None:
                self.unit_activated.emit(uid)
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, UnitItem) and not self._edit:
            self.unit_activated.emit(item.unit_id)
            return
        super().mouseDoubleClickEvent(event)


class Swatch(QWidget):
    """A small square in a state's colour, for the legend."""

    def __init__(self, state: TileState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colours(self)
        p = QPainter(self)
        p.setPen(c.muted)
        p.setBrush(state_fill(c, self.state))
        p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if self.state == TileState.MAINTENANCE:
            p.setBrush(QBrush(c.line, Qt.BrushStyle.BDiagPattern))
            p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        p.end()


class Legend(QWidget):
    """Colour swatches naming each state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._labels: list[tuple[TileState, QLabel]] = []
        for state in (
            TileState.VACANT,
            TileState.PARTLY,
            TileState.OCCUPIED,
            TileState.ENDING,
            TileState.MAINTENANCE,
            TileState.ROOM,
        ):
            swatch = Swatch(state)
            text = QLabel()
            self._layout.addWidget(swatch)
            self._layout.addWidget(text)
            self._layout.addSpacing(8)
            self._labels.append((state, text))
        self._layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for state, label in self._labels:
            label.setText(state_label(state))
