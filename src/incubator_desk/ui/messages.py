"""Every message box and file dialog goes through here, so tests can answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from .toolkit.failures import Crash


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def crash(parent: QWidget | None, problem: Crash) -> None:
    """The unexpected-error dialog: what happened, where the log is, Copy details."""
    from .crash_dialog import CrashDialog  # only when something went wrong: not at start-up

    CrashDialog(problem, parent).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path


def save_file(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    return path


def choose_folder(parent: QWidget | None, title: str, directory: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, directory)
