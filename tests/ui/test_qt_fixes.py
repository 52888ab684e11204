"""The window survives the binding's dropped references to None (ui/qt_fixes.py)."""

from __future__ import annotations

import os
import subprocess
import sys

# A long session's worth of Qt calls that return nothing, made in a fresh process.
MANY_CALLS = """
import sys
import incubator_desk.ui  # noqa: F401  (applies the work-around)
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QLabel
app = QApplication([])
label, item = QLabel(), QGraphicsRectItem(0, 0, 10, 10)
for i in range(100_000):
    label.setText("x")
    item.setZValue(i)
del label, item
print("done")
"""


def test_a_long_session_of_qt_calls_does_not_end_in_deallocating_none() -> None:
    result = subprocess.run(
        [sys.executable, "-c", MANY_CALLS],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"


def test_none_is_kept_alive_only_where_the_binding_drops_it() -> None:
    from incubator_desk.ui import qt_fixes

    if sys.version_info >= (3, 12) or not qt_fixes.binding_drops_none():
        assert not qt_fixes.keep_none_alive()
    else:  # the package applied it on import: None's count is beyond any session's calls
        assert sys.getrefcount(None) > 1 << 47
