"""What every page of the main window shares: a database, a title, live retranslation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ...db import Database


class Page(QWidget):
    """A page of the main window.

    Signals:
        open_page(str): asks the main window to show another page (by key).
        filled(): a page that reads its data in the background (`is_filling()`) shows it now.
    """

    open_page = Signal(str)
    filled = Signal()
    key = ""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """`db` None: a page shown while the database is still being opened (the Dashboard at
        start-up); `set_database` gives it the database."""
        super().__init__(parent)
        self._db = db
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.layout_.addWidget(self.title)

    def title_text(self) -> str:
        raise NotImplementedError

    @property
    def db(self) -> Database:
        assert self._db is not None, "the page's database is not open yet"
        return self._db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db

    def has_database(self) -> bool:
        return self._db is not None

    def set_database(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def refresh(self) -> None:
        """Read the page's data again (after a change, or F5)."""

    def is_filling(self) -> bool:
        """Whether the page is still reading the data it shows (then `filled` follows)."""
        return False

    def retranslate(self) -> None:
        self.title.setText(self.title_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
