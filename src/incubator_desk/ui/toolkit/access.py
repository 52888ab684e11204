"""Names for controls that show no text of their own, for screen readers and keyboard users.

    name_controls(page)          # a page, each time it is shown (and after a language switch)
    follow_focus(app)            # once: any control that takes focus nameless gets a name

A control's name comes, in this order, from
- its accessible name, when the code set one;
- a label that is its buddy (Qt reads that itself);
- for a button showing only a symbol ("‹", "+") or an icon, its tooltip, without the
  keyboard hint in brackets;
- for a field in a table's cell, the column's header;
- for a field, the label just before it in its row, which then becomes its buddy, so the
  label's mnemonic (Alt+letter) reaches it too;
- for a text field, its placeholder ("Search by name, credit code…");
- for a table or tree, the tab it sits on, else its page's or dialog's title.
Names made here are marked and made again after a language switch.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTimeEdit,
    QWidget,
)

DERIVED = "derivedAccessibleName"  # a dynamic property: the name was made here
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget` ("" when it has none): its own, else
    the label it is labelled by (Qt on Linux names a combo box by its current choice and
    gives the label as a relation)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    own = iface.text(QAccessible.Text.Name).strip()
    if isinstance(widget, QComboBox) and own == widget.currentText().strip():
        own = widget.accessibleName().strip()
    if own:
        return own
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        text = other.text(QAccessible.Text.Name).strip()
        if text:
            return _plain(text)
    return ""


def _plain(text: str) -> str:
    """A label's text without its mnemonic marker and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：")


def _column_header(widget: QWidget) -> str:
    """The header of the column whose cell holds `widget` (a spin box in a grid), or ""."""
    viewport = widget.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    if not isinstance(view, QTableView) or view.viewport() is not viewport:
        return ""
    model = view.model()
    if model is None:
        return ""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if view.indexWidget(model.index(row, column)) is widget:
                header = model.headerData(column, Qt.Orientation.Horizontal)
                return _plain(str(header or ""))
    return ""


def _label_before(widget: QWidget) -> QLabel | None:
    """The label of `widget`'s row: the QLabel just before it in its layout, or the label a
    form layout gives the field holding it (the field may be a row of several controls, or
    a control with its error line under it)."""
    child: QWidget | None = widget
    for _level in range(3):
        parent = child.parentWidget() if child is not None else None
        outer = parent.layout() if parent is not None else None
        if child is None or parent is None or outer is None:
            return None
        found = _find_in(outer, child)
        if found is None:
            return None
        layout, index = found
        previous = layout.itemAt(index - 1) if index > 0 and child is widget else None
        if previous is not None:
            before = previous.widget()
            if isinstance(before, QLabel) and _worded(before.text()):
                return before
        item: QLayout | QWidget = child
        holder: QObject | None = layout
        while isinstance(holder, QLayout):
            if isinstance(holder, QFormLayout):
                label = holder.labelForField(item)
                return label if isinstance(label, QLabel) and _worded(label.text()) else None
            item, holder = holder, holder.parent()
        child = parent
    return None


def _worded(text: str) -> bool:
    return any(c.isalnum() for c in text)  # not a separator such as "–"


def _find_in(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return layout, i
        inner = item.layout()
        if inner is not None:
            found = _find_in(inner, widget)
            if found is not None:
                return found
    return None


def _container_title(widget: QWidget) -> str:
    """The text of the tab `widget` sits on, else its page's or window's title."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        stack = parent
        if isinstance(stack, QStackedWidget) and isinstance(stack.parentWidget(), QTabWidget):
            tabs = stack.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                return _plain(tabs.tabText(index))
        title = getattr(parent, "title_text", None)
        if callable(title) and title():
            return str(title())
        if parent.isWindow() and parent.windowTitle():
            return parent.windowTitle()
        child, parent = parent, parent.parentWidget()
    return ""


def _has_own_name(widget: QWidget) -> bool:
    return bool(accessible_name(widget))


def name_control(widget: QWidget) -> None:
    """Give `widget` a name when it has none (see the module's list), or renew a made one."""
    derived = bool(widget.property(DERIVED))
    if isinstance(widget, QAbstractButton) and not any(c.isalnum() for c in widget.text()):
        derived = derived or not widget.accessibleName()  # "‹" is no name to read out
    elif not derived and _has_own_name(widget):
        return
    name = ""
    if isinstance(widget, QAbstractButton):
        name = re.sub(r"\s*\(.*\)\s*$", "", widget.toolTip()).strip()
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
        name = _column_header(widget)
        label = _label_before(widget)
        if label is not None and label.buddy() is None:
            label.setBuddy(widget)  # Qt names it from the label, and Alt+letter reaches it
            if derived:
                widget.setAccessibleName("")
            return
        if label is not None and not name:
            # The row's second control (a time after a date, an end after a start).
            name = _plain(label.text())
            if isinstance(widget, QTimeEdit):
                name = QCoreApplication.translate("Access", "%1 (time)").replace("%1", name)
    if not name and isinstance(widget, QLineEdit):
        name = widget.placeholderText().rstrip("…. ")
    if not name and isinstance(widget, QAbstractItemView):
        name = _container_title(widget)
    if name:
        widget.setAccessibleName(name)
        widget.setProperty(DERIVED, True)


def name_filter(control: QWidget, name: str) -> None:
    """Name a control that has no label of its own (a filter showing "All stages"), and
    say the same on hover."""
    control.setAccessibleName(name)
    control.setToolTip(name)


def name_controls(root: QWidget) -> None:
    """Name every control under `root` that a person can reach with Tab."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo box or spin box: the box is named
        name_control(widget)


class _FocusNamer(QObject):
    def named(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and isinstance(new, CONTROLS):
            name_control(new)
        if isinstance(new, QTextEdit | QPlainTextEdit) and not new.tabChangesFocus():
            # A notes field would take Tab as a character and keep the focus: Tab moves on
            # (a tab character in notes is never wanted).
            new.setTabChangesFocus(True)


_namer: _FocusNamer | None = None


def follow_focus(app: QApplication) -> None:
    """From now on, a control that takes focus without a name is given one (dialogs too),
    and a text box that takes focus passes Tab on rather than typing it."""
    global _namer
    if _namer is None:
        _namer = _FocusNamer(app)
        app.focusChanged.connect(_namer.named)


__all__ = ["accessible_name", "follow_focus", "name_control", "name_controls", "name_filter"]
