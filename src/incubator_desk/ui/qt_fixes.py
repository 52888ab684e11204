"""Work-arounds for defects of the Qt binding that would otherwise end the program.

PySide6 6.12.0 on Python 3.11 gives back `None` from every Qt method that returns nothing
(`label.setText(…)`, `painter.setPen(…)`, `item.setZValue(…)`) without counting the reference
it hands over. Each such call takes one off `None`'s reference count; after some tens of
thousands of them (switching pages a few hundred times, redrawing a floor plan a dozen) the
count reaches zero and Python stops with "Fatal Python error: none_dealloc: deallocating
None". PySide6 6.11 does not do this, and from Python 3.12 on `None` is immortal (PEP 683): its
count no longer matters.

`keep_none_alive()` asks the binding itself: when a call of a method returning nothing takes a
reference off `None`, it gives `None` a count so large it can never reach zero, which is what
Python 3.12 does for it. Anywhere else it does nothing. It runs when the `ui` package is first
imported, before anything of the window calls Qt.
"""

from __future__ import annotations

import sys

# Far more references than a program can drop in its lifetime, and far from overflowing.
_RESERVE = 1 << 48


def binding_drops_none() -> bool:
    """Whether calling a Qt method that returns nothing takes a reference off `None`."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 4


def keep_none_alive() -> bool:
    """Make `None` outlive the binding's dropped references where it drops them; whether it
    had to."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not binding_drops_none():
        return False
    import ctypes

    # A CPython object begins with its reference count (Py_ssize_t ob_refcnt).
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True


__all__ = ["binding_drops_none", "keep_none_alive"]
