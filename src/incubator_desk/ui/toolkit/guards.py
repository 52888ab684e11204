"""Buttons and menu actions that need a role: disabled, with the reason as a tooltip, for a
person whose role may not take their action.

    guard(self.new_button, Action.EDIT_TENANTS)      # when the page builds the button
    apply_guards(window, db)                          # the window, after each sign-in

This is a courtesy: the services refuse the action anyway (services/access.py), and a
refusal reaches the person through the usual error display. Guard only buttons and actions
that are otherwise always enabled: `apply_guards` sets their enabled state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded with the database layer, not while the window starts
    from ...db import Store
    from ...services.access import Action, Who

ACTION_PROPERTY = "incubatorDeskAction"


def guard(obj: QWidget | QAction, action: Action) -> None:
    """Mark a button or menu action as taking `action`."""
    obj.setProperty(ACTION_PROPERTY, action.value)


def _needs(action: Action) -> str:
    from ...services.access import roles_text

    roles = roles_text(action)
    return QCoreApplication.translate("Guards", "Needs the role %1.").replace("%1", roles)


def apply_to(root: QObject, who: Who) -> int:
    """Enable or disable every guarded object under `root` for `who`; how many are disabled."""
    from ...services.access import Action

    disabled = 0
    for obj in [root, *root.findChildren(QObject)]:
        value = obj.property(ACTION_PROPERTY)
        if not value or not isinstance(obj, (QWidget, QAction)):
            continue
        action = Action(value)
        allowed = who.may(action)
        obj.setEnabled(allowed)
        obj.setToolTip("" if allowed else _needs(action))
        disabled += not allowed
    return disabled


def apply_guards(root: QObject, db: Store) -> int:
    from ...services.access import current

    return apply_to(root, current(db))


__all__ = ["ACTION_PROPERTY", "apply_guards", "apply_to", "guard"]
