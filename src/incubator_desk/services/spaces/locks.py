"""Row locks taken before a check that must hold when two operators save at the same moment.

Every check that protects against double-booking runs inside the unit of work that writes:
on SQLite a writing unit of work begins IMMEDIATE (db/engine.py), so two operators saving at
the same moment are serialised; on PostgreSQL the unit's (or the equipment's) row is locked
(SELECT … FOR UPDATE) before the overlap check, so the second saver waits and then sees the
first one's row. SQLite ignores FOR UPDATE; there the writing transaction already holds the
write lock.
"""

from __future__ import annotations

from sqlalchemy import select

from ...core.errors import ConflictError, NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...db import UnitOfWork
from ...db.uow import STALE
from ...models import Equipment, Unit


def lock_unit(uow: UnitOfWork, unit_id: int, expected_version: int | None = None) -> Unit:
    """Load a unit and lock its row until the unit of work ends; refuse it if it is gone or
    was changed since `expected_version` was read."""
    unit = uow.session.scalars(
        select(Unit)
        .where(Unit.id == unit_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This unit no longer exists."))
    if expected_version is not None and unit.version != expected_version:
        raise ConflictError(STALE)
    return unit


def lock_equipment(uow: UnitOfWork, equipment_id: int) -> Equipment:
    """Load a piece of equipment and lock its row until the unit of work ends."""
    kit = uow.session.scalars(
        select(Equipment)
        .where(Equipment.id == equipment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if kit is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This equipment no longer exists."))
    return kit
