"""Add or change a site, a building or a floor of the space inventory."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from ...db import Database
from ...services import spaces
from ...services.spaces import BuildingNode, FloorNode, SiteNode
from ..widgets.spaces_form import FormDialog


class PlaceDialog(FormDialog):
    """A site, a building (on site `parent_id`) or a floor (in building `parent_id`);
    `existing` is the one to change, None to add one."""

    def __init__(
        self,
        db: Database,
        kind: str,
        parent_id: int | None,
        existing: SiteNode | BuildingNode | FloorNode | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.parent_id, self.existing = db, kind, parent_id, existing
        titles = {
            "site": self.tr("Site"),
            "building": self.tr("Building"),
            "floor": self.tr("Floor"),
        }
        self.setWindowTitle(titles[kind])
        self.name = QLineEdit()
        if kind == "site":
            self.add_row(self.tr("&Name:"), self.name, "name")
            self.address = self.add_row(self.tr("&Address:"), QLineEdit(), "address")
            if isinstance(existing, SiteNode):
                self.name.setText(existing.name)
                self.address.setText(existing.address)
        elif kind == "building":
            self.code = self.add_row(self.tr("&Code:"), QLineEdit(), "code")
            self.add_row(self.tr("&Name:"), self.name, "name")
            if isinstance(existing, BuildingNode):
                self.code.setText(existing.code)
                self.name.setText(existing.name)
        else:
            self.level = self.add_row(self.tr("&Level:"), QSpinBox(), "level")
            self.level.setRange(-10, 200)
            self.level.setValue(1)
            self.add_row(self.tr("&Name:"), self.name, "name")
            self.plan_width = self.add_row(self.tr("Plan &width (m):"), QDoubleSpinBox(), "width")
            self.plan_depth = self.add_row(self.tr("Plan &depth (m):"), QDoubleSpinBox(), "height")
            for spin in (self.plan_width, self.plan_depth):
                spin.setRange(0, 2000)
                spin.setDecimals(1)
            self.plan_width.setValue(60)
            self.plan_depth.setValue(30)
            if isinstance(existing, FloorNode):
                self.level.setValue(existing.level)
                self.name.setText(existing.name)
                self.plan_width.setValue(float(existing.width))
                self.plan_depth.setValue(float(existing.height))
        self.resize(420, self.sizeHint().height())

    def submit(self) -> int:
        ex = self.existing
        ident = ex.id if ex else None
        version = ex.version if ex else None
        if self.kind == "site":
            return spaces.save_site(self.db, ident, self.name.text(), self.address.text(), version)
        assert self.parent_id is not None
        if self.kind == "building":
            return spaces.save_building(
                self.db, ident, self.parent_id, self.code.text(), self.name.text(), version
            )
        return spaces.save_floor(
            self.db,
            ident,
            self.parent_id,
            self.level.value(),
            self.name.text(),
            Decimal(str(self.plan_width.value())),
            Decimal(str(self.plan_depth.value())),
            version,
        )
