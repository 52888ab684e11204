"""The dialog a person sees when the program meets an error it did not expect.

It says what happened in one line, where the log with the details is, and has a Copy details
button, so the person can paste the report into an e-mail to whoever looks after the program.
The details (version, Qt, system, traceback) stay folded away until asked for. Imported only
when there is something to show (`messages.crash`), not at every start.
"""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core import clock
from .toolkit.failures import Crash


def environment() -> str:
    """Versions and system, the first lines of any report of a problem."""
    frozen = " (packaged)" if getattr(sys, "frozen", False) else ""
    return (
        f"{APP_NAME} {__version__}{frozen}\n"
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}\n"
        f"{platform.platform()}"
    )


def report_text(crash: Crash) -> str:
    """What Copy details puts on the clipboard."""
    when = clock.now().strftime("%Y-%m-%d %H:%M:%S")
    log = str(crash.log_file) if crash.log_file is not None else "-"
    return (
        f"{environment()}\nTime: {when}\nLog: {log}\n\n{crash.summary}\n\n{crash.details}".rstrip()
        + "\n"
    )


class CrashDialog(QDialog):
    """What happened, where the log is, Copy details; the details themselves folded away."""

    def __init__(self, crash: Crash, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crash = crash
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumWidth(520)
        box = QVBoxLayout(self)

        top = QHBoxLayout()
        icon = QLabel()
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(48, 48))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.headline = QLabel(
            self.tr(
                "%1 met an error it did not expect. What was saved before is safe; the last "
                "action may not have been completed."
            ).replace("%1", APP_NAME)
        )
        self.headline.setWordWrap(True)
        texts.addWidget(self.headline)
        self.what = QLabel(self.tr("What happened: %1").replace("%1", crash.summary))
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.what)
        self.where = QLabel()
        self.where.setWordWrap(True)
        if crash.log_file is not None:
            folder = QUrl.fromLocalFile(str(crash.log_file.parent)).toString()
            self.where.setText(
                self.tr(
                    'The details were written to the log: <a href="%1">%2</a>. If the problem '
                    "comes back, send the details to whoever looks after the program."
                )
                .replace("%1", folder)
                .replace("%2", _html(str(crash.log_file)))
            )
            self.where.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        else:
            self.where.setText(
                self.tr("No log file could be written; copy the details to keep them.")
            )
        texts.addWidget(self.where)
        top.addLayout(texts, 1)
        box.addLayout(top)

        self.details = QPlainTextEdit(report_text(crash))
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(180)
        self.details.hide()
        box.addWidget(self.details, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(self.tr("Show &details"))
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.toggled.connect(self._toggle_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.copied, 1)
        row.addWidget(buttons)
        box.addLayout(row)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(report_text(self.crash))
        self.copied.setText(self.tr("Copied."))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
