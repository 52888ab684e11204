"""Errors a person can act on: what is wrong and what to do, by field where there is one."""

from __future__ import annotations

from typing import Any

from .i18n import translate


class ServiceError(Exception):
    """Base of all errors shown to the user. `str(err)` is the translated message."""

    context = "errors"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.template = message
        self.params = params

    def __str__(self) -> str:
        return translate(self.context, self.template, **self.params)


class ValidationError(ServiceError):
    """One or more fields hold bad input. `fields` maps a field name to its message."""

    def __init__(self, fields: dict[str, str] | None = None, message: str = "", **params: Any):
        self.fields = dict(fields or {})
        super().__init__(message or "; ".join(self.fields.values()), **params)

    def __str__(self) -> str:
        if self.template and not self.fields:
            return super().__str__()
        return "\n".join(self.fields.values())


class ConflictError(ServiceError):
    """The change clashes with another record (an overlap, a duplicate, a stale edit)."""


class NotFound(ServiceError):
    """The record asked for does not exist (any more)."""


class PermissionDenied(ServiceError):
    """The operator may not do this."""


class SignInError(PermissionDenied):
    """No one is signed in where the database needs it, or a sign-in failed (wrong name or
    password, a locked or disabled account)."""


class Cancelled(Exception):
    """A long task stopped because the person asked it to; nothing is reported as failed."""


class DatabaseError(ServiceError):
    """A database cannot be opened as it is; the message says why and what to do."""

    context = "database"


class DatabaseLocationError(ServiceError):
    """The --db argument or the environment names no usable database."""

    context = "database"


class DatabaseDamaged(DatabaseError):
    """A database, backup or archive fails its integrity or checksum checks."""


class DatabaseMissing(DatabaseError):
    """No database at the path given, and nobody asked to create one there."""


class DatabaseBusy(DatabaseError):
    """Another program holds the database's write lock for longer than we wait."""


class ConnectionLost(DatabaseError):
    """The connection to the database server dropped; the next attempt connects again."""


class ArchiveError(DatabaseError):
    """A file given as a backup or archive is not one, or cannot be used safely."""
