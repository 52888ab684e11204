"""Help → About: the version, the open database, the data folder, and the Qt underneath.

What someone helping over the telephone asks first; Copy puts it all on the clipboard.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__, paths
from ..toolkit import log_file

if TYPE_CHECKING:
    from ...db import Database


@dataclass(frozen=True)
class AboutFacts:
    version: str
    database: str
    schema: str
    data_folder: Path
    log_file: Path | None
    qt: str
    pyside: str
    python: str
    system: str


def about_facts(db: Database | None) -> AboutFacts:
    from ...db.migrate import head_revision, inspect_schema

    head = head_revision()
    if db is not None:
        database = db.location.display()
        revision = inspect_schema(db.location, db.engine).revision or "-"
    else:
        database, revision = "-", "-"
    frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
    return AboutFacts(
        version=__version__ + frozen,
        database=database,
        schema=f"{revision} / {head}",
        data_folder=paths.data_dir(),
        log_file=log_file(),
        qt=qVersion(),
        pyside=PySide6.__version__,
        python=platform.python_version(),
        system=platform.platform(),
    )


class AboutDialog(QDialog):
    """The facts in a form, each selectable; the data folder opens in the file manager."""

    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("About Incubator Desk"))
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        self.title = QLabel(f"<b style='font-size:16px'>{APP_NAME} {facts.version}</b>")
        heading.addWidget(self.title)
        self.blurb = QLabel(
            self.tr(
                "Tenant register, spaces, mentoring, training and funding for tech-business "
                "incubators."
            )
        )
        self.blurb.setWordWrap(True)
        heading.addWidget(self.blurb)
        heading.addStretch(1)
        top.addLayout(heading, 1)
        box.addLayout(top)

        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        folder = QUrl.fromLocalFile(str(facts.data_folder)).toString()
        rows = (
            ("database", self.tr("Database:"), facts.database),
            ("schema", self.tr("Schema version (database / this version):"), facts.schema),
            ("data_folder", self.tr("Data folder:"), f'<a href="{folder}">{facts.data_folder}</a>'),
            ("log_file", self.tr("Log file:"), str(facts.log_file or "-")),
            ("qt", self.tr("Qt:"), facts.qt),
            ("pyside", self.tr("PySide6:"), facts.pyside),
            ("python", self.tr("Python:"), facts.python),
            ("system", self.tr("System:"), facts.system),
        )
        for key, caption, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                if key == "data_folder"
                else Qt.TextInteractionFlag.TextSelectableByMouse
            )
            label.setWordWrap(True)
            if key == "data_folder":
                label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
            self.values[key] = label
            form.addRow(caption, label)
        box.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setMinimumWidth(560)

    def text(self) -> str:
        """The facts as plain lines, in English, for pasting into a message."""
        f = self.facts
        return (
            f"{APP_NAME} {f.version}\nDatabase: {f.database}\nSchema: {f.schema}\n"
            f"Data folder: {f.data_folder}\nLog file: {f.log_file or '-'}\n"
            f"Qt {f.qt}, PySide6 {f.pyside}, Python {f.python}\n{f.system}\n"
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
