"""The History tab of a tenant's window: every change to the tenant, its figures, people,
allocations and the rest of its records, newest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....db import Database
from .browser import AuditBrowser


class TenantHistoryTab(QWidget):
    """The audit trail of one tenant and the records that belong to it."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id = tenant_id
        self.browser = AuditBrowser(db, tenant_id, self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantHistoryTab", "History")

    def refresh(self) -> None:
        self.browser.refresh()
