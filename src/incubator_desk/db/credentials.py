"""A server database's password in the system's credential store, never in a settings file.

The `keyring` package reaches Windows Credential Manager, the macOS Keychain or the Secret
Service of a Linux desktop. Where none is available (a server with no desktop session, or a
Linux desktop without one), `available()` is False and the window asks for the password at
every start, saying why. The URL the program remembers (last database, recent list) is the
one without the password: `remembered()`. `keyring` (and the backends it looks for) is loaded
only when a server database's password is read or kept, never for a SQLite file.
"""

from __future__ import annotations

import logging
from types import ModuleType

from sqlalchemy.engine import URL

from .engine import DatabaseLocation

SERVICE = "incubator-desk"
log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    """The credential store's library, loaded the first time a password is read or kept."""
    import keyring

    return keyring


def account_key(location: DatabaseLocation) -> str:
    """The name the password is kept under: user@host:port/database."""
    url = location.url
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def needs_password(location: DatabaseLocation) -> bool:
    """A server database whose URL has no password in it."""
    return not location.is_sqlite and not location.url.password


def available() -> bool:
    """Whether a credential store is there to keep the password in."""
    backend = _keyring().get_keyring()
    priority = getattr(backend, "priority", 0)
    return bool(priority and priority > 0)


def fill(location: DatabaseLocation) -> DatabaseLocation:
    """The location with the stored password, if it lacks one and one is stored."""
    if not needs_password(location):
        return location
    keyring = _keyring()
    try:
        password = keyring.get_password(SERVICE, account_key(location))
    except keyring.errors.KeyringError as exc:
        log.info("no credential store to read the database password from: %s", exc)
        return location
    if not password:
        return location
    return DatabaseLocation(location.url.set(password=password))


def with_password(location: DatabaseLocation, password: str) -> DatabaseLocation:
    return DatabaseLocation(location.url.set(password=password))


def store(location: DatabaseLocation) -> bool:
    """Keep the location's password in the credential store; False where there is none."""
    password = location.url.password
    if location.is_sqlite or not password:
        return False
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, account_key(location), str(password))
    except keyring.errors.KeyringError as exc:
        log.info("no credential store to keep the database password in: %s", exc)
        return False
    return True


def forget(location: DatabaseLocation) -> None:
    """Remove a stored password (it was refused by the server)."""
    if location.is_sqlite:
        return
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, account_key(location))
    except keyring.errors.KeyringError:
        return


def remembered(location: DatabaseLocation) -> str:
    """What the program may write in its settings: the path, or the URL without password."""
    if location.is_sqlite:
        return location.display()
    url = location.url
    bare = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return bare.render_as_string(hide_password=False)


__all__ = [
    "SERVICE",
    "account_key",
    "available",
    "fill",
    "forget",
    "needs_password",
    "remembered",
    "store",
    "with_password",
]
