"""The window without a mouse: every control on every page and tab is reached with Tab and has
a name a screen reader can say; the main dialogs too, in English and in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from incubator_desk.db import Database
from incubator_desk.services.tenants import tenant_choices
from incubator_desk.ui import i18n
from incubator_desk.ui.main_window import PAGE_ORDER, MainWindow
from incubator_desk.ui.toolkit.access import CONTROLS, accessible_name


def reachable(root: QWidget) -> list[QWidget]:
    """The visible, enabled controls under `root` a person can Tab to."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisible() or not w.isEnabled():
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        group = w.group() if isinstance(w, QAbstractButton) else None
        exclusive = (group is not None and group.exclusive()) or (
            isinstance(w, QRadioButton) and w.autoExclusive()
        )
        if exclusive and isinstance(w, QAbstractButton) and not w.isChecked():
            continue  # one of a group (Week | Month): Tab reaches the chosen one, arrows the rest
        if w.focusProxy() is not None or (
            isinstance(w.parentWidget(), QWidget)
            and (type(w.parentWidget()).__name__ in ("QComboBox", "QSpinBox", "QDateEdit"))
        ):
            continue
        out.append(w)
    return out


def nameless(root: QWidget) -> list[str]:
    out = []
    for w in reachable(root):
        name = accessible_name(w)
        if not any(c.isalnum() for c in name):
            text = w.text() if isinstance(w, QAbstractButton) else getattr(w, "currentText", str)()
            out.append(f"{type(w).__name__} {w.objectName()!r} {text!r} in {root!r}")
    return out


def tab_through(qtbot, root: QWidget, start: QWidget, presses: int) -> set[QWidget]:  # type: ignore[no-untyped-def]
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        seen.add(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return seen


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_page_control_has_a_name_and_is_reached_with_tab(
    qtbot, window: MainWindow, lang: str
) -> None:
    i18n.install(lang)
    qtbot.wait(10)
    missing: list[str] = []
    unreached: list[str] = []
    for key in PAGE_ORDER:
        window.show_page(key)
        page = window.page(key)
        qtbot.wait(10)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    qtbot.wait(5)
                missing += nameless(page)
                controls = reachable(page)
                if not controls:
                    continue
                seen = tab_through(qtbot, page, controls[0], 3 * len(controls) + 10)
                # A table's cells hold the focus of the table; a tab bar is reached too.
                left = [
                    w
                    for w in controls
                    if w not in seen and not any(w.isAncestorOf(s) for s in seen)
                ]
                unreached += [f"{key}: {type(w).__name__} {accessible_name(w)!r}" for w in left]
    assert not missing, "controls without a name:\n" + "\n".join(sorted(set(missing)))
    assert not unreached, "controls Tab never reaches:\n" + "\n".join(sorted(set(unreached)))


def dialogs(db: Database, parent: QWidget) -> list[tuple[str, Callable[[], Any]]]:
    from incubator_desk.services import mentoring
    from incubator_desk.ui.dialogs.allocation_dialog import AllocationDialog
    from incubator_desk.ui.dialogs.application_dialog import ApplicationDialog
    from incubator_desk.ui.dialogs.booking_dialog import BookingDialog
    from incubator_desk.ui.dialogs.event_dialog import EventDialog
    from incubator_desk.ui.dialogs.fund_dialog import FundDialog
    from incubator_desk.ui.dialogs.mentor_dialog import MentorDialog
    from incubator_desk.ui.dialogs.session_dialog import SessionDialog
    from incubator_desk.ui.dialogs.tenant_detail import TenantDetailDialog
    from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog

    tenant = tenant_choices(db, open_only=True)[0]
    mentor = mentoring.list_mentors(db)[0]
    return [
        ("new tenant", lambda: NewTenantDialog(db, parent)),
        ("tenant", lambda: TenantDetailDialog(db, tenant.id, parent)),
        ("allocate", lambda: AllocationDialog(db, tenant_id=tenant.id, parent=parent)),
        ("booking", lambda: BookingDialog(db, parent=parent)),
        ("session", lambda: SessionDialog(db, None, parent, tenant_id=tenant.id)),
        ("mentor", lambda: MentorDialog(db, mentor, parent)),
        ("event", lambda: EventDialog(db, None, parent)),
        ("application", lambda: ApplicationDialog(db, None, parent)),
        ("fund", lambda: FundDialog(db, None, parent)),
    ]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_main_dialogs_are_named_and_tab_reaches_every_control(
    qtbot, window: MainWindow, demo_db: Database, lang: str
) -> None:
    i18n.install(lang)
    problems: list[str] = []
    for what, make in dialogs(demo_db, window):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        controls = reachable(dialog)
        assert controls, what
        seen = tab_through(qtbot, dialog, controls[0], 3 * len(controls) + 10)
        for w in controls:
            if w not in seen and not any(w.isAncestorOf(s) for s in seen):
                problems.append(f"{what}: Tab never reaches {type(w).__name__}")
        # Whatever took the focus has a name (given when it had none).
        for w in seen:
            named = any(c.isalnum() for c in accessible_name(w))
            if isinstance(w, CONTROLS) and not isinstance(w, QTabBar) and not named:
                problems.append(f"{what}: {type(w).__name__} {w.objectName()!r} nameless")
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))
