"""The Qt user interface: main window, pages, dialogs, widgets and item models."""

from .qt_fixes import keep_none_alive

keep_none_alive()  # PySide6 6.12 on Python 3.11: see qt_fixes
