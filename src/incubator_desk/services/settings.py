"""Settings kept in the database (shared by every operator of it): incubator name and such."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..db import Database, Store
from ..models import AuditEntry, Operator, Setting

INCUBATOR_NAME = "incubator_name"
DEFAULTS: dict[str, Any] = {
    INCUBATOR_NAME: {"zh": "", "en": ""},
}


@dataclass(frozen=True)
class Versioned:
    value: Any
    version: int | None  # None: never saved, the default applies


def get(db: Store, key: str) -> Versioned:
    with db.read() as s:
        row = s.get(Setting, key)
        if row is None:
            return Versioned(DEFAULTS.get(key), None)
        return Versioned(row.value, row.version)


def put(db: Store, key: str, value: Any, expected_version: int | None) -> int:
    """Save a setting; refuses if someone else saved it since `expected_version` was read."""
    with db.uow(summary=f"setting {key}") as uow:
        row = uow.session.get(Setting, key)
        if row is None:
            if expected_version is not None:
                uow.get(Setting, key)  # raises NotFound: it was removed meanwhile
            row = Setting(key=key, value=value)
            uow.session.add(row)
        else:
            uow.get(Setting, key, expected_version)
            row.value = value
        uow.commit()
        return row.version


def set_incubator_name(db: Database, zh: str, en: str, expected_version: int | None) -> int:
    zh, en = zh.strip(), en.strip()
    if not zh and not en:
        raise ValidationError(
            {
                "name_zh": translate(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors", "Give the incubator's name in at least one language."
                    ),
                )
            }
        )
    return put(db, INCUBATOR_NAME, {"zh": zh, "en": en}, expected_version)


@dataclass(frozen=True)
class ActivityRow:
    at: Any
    operator: str
    action: str
    entity: str
    entity_id: int | None
    summary: str


def operator_name(db: Database) -> str:
    with db.read() as s:
        return s.scalar(select(Operator.display_name).where(Operator.id == db.operator_id)) or ""


__all__ = ["AuditEntry", "get", "operator_name", "put", "set_incubator_name"]
