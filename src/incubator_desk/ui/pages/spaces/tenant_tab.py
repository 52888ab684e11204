"""The tenant window's Spaces tab: what a tenant holds now and held before."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....core.i18n import QT_TRANSLATE_NOOP, Translator
from ....db import Database
from ....services import spaces
from ....services.spaces import AllocationRow
from ....services.tenants import tenant_choices
from ...dialogs.allocation_dialog import AllocationDialog
from ...toolkit import RowsModel, rows_view
from .common import allocation_columns

_t = Translator("TenantSpacesTab")


class TenantSpacesTab(QWidget):
    """What a tenant holds now and held before; allocate it more space."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        lay = QVBoxLayout(self)
        self.now_label = QLabel()
        self.now_label.setStyleSheet("font-weight: bold;")
        self.now: RowsModel[AllocationRow] = RowsModel(lambda: allocation_columns("unit"))
        self.now_table = rows_view(self.now)
        self.before_label = QLabel()
        self.before_label.setStyleSheet("font-weight: bold;")
        self.before: RowsModel[AllocationRow] = RowsModel(lambda: allocation_columns("unit"))
        self.before_table = rows_view(self.before)
        bar = QHBoxLayout()
        self.allocate = QPushButton()
        bar.addWidget(self.now_label)
        bar.addStretch(1)
        bar.addWidget(self.allocate)
        lay.addLayout(bar)
        lay.addWidget(self.now_table, 1)
        lay.addWidget(self.before_label)
        lay.addWidget(self.before_table, 1)
        self.allocate.clicked.connect(self._allocate)
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return _t(QT_TRANSLATE_NOOP("TenantSpacesTab", "Spaces"))

    def retranslate(self) -> None:
        self.allocate.setText(self.tr("&Allocate space…"))
        self.now.retranslate()
        self.before.retranslate()
        self._labels()

    def _labels(self) -> None:
        self.now_label.setText(self.tr("Holds now (%1)").replace("%1", str(self.now.rowCount())))
        self.before_label.setText(
            self.tr("Held before (%1)").replace("%1", str(self.before.rowCount()))
        )
        allowed = self.allocate.isEnabled()
        self.allocate.setToolTip(
            "" if allowed else self.tr("Graduated, exited or archived tenants are not given space.")
        )

    def refresh(self) -> None:
        now, before = spaces.tenant_spaces(self.db, self.tenant_id)
        self.now.set_rows(now)
        self.before.set_rows(before)
        allowed = {c.id for c in tenant_choices(self.db)}
        self.allocate.setEnabled(self.tenant_id in allowed)
        self._labels()

    def _allocate(self) -> None:
        if AllocationDialog(self.db, tenant_id=self.tenant_id, parent=self).exec():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
