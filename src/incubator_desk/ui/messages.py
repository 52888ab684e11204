"""Every message box and file dialog goes through here, so tests can answer them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

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


def open_with_system(path: str) -> bool:
    """Open the file or folder at `path` with the system's program for it (a workbook in
    Excel, a folder in the file manager)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def open_folder(path: str) -> bool:
    """Show a folder in the system's file manager."""
    return open_with_system(path)


def open_url(url: str) -> bool:
    """Open a link (`mailto:` in the mail program) with the system's program for it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


def open_files(parent: QWidget | None, title: str, directory: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
    return list(paths)


def choose(parent: QWidget | None, title: str, text: str, items: list[str]) -> int | None:
    """One of `items` picked from a list; its index, or None if cancelled."""
    item, ok = QInputDialog.getItem(parent, title, text, items, 0, False)
    return items.index(item) if ok and item in items else None
