"""Accounts: signing in, the first administrator, passwords, roles, disabling.

A database with no accounts is worked on by the automatic local operator, an administrator:
a one-person office on SQLite needs no sign-in. Creating the first account (it must be an
administrator) switches that off for good: the local operator is disabled, and from then on
every change is made by someone signed in. A server database always asks (the window
creates the first administrator before anything else), since several people share it.

Passwords are kept as argon2id hashes. Repeated wrong passwords lock the account for a
while; an administrator's reset unlocks it. Accounts are disabled, never deleted: the audit
trail and the pipeline's history name them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..core.clock import local_text
from ..core.errors import ConflictError, NotFound, PermissionDenied, SignInError, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.vocabularies import OperatorRole
from ..db import Database, Store
from ..db.uow import LOCAL_OPERATOR
from ..models import Operator
from .access import Action, Who, current, requires

_t = Translator("accounts")
_hasher = PasswordHasher()  # argon2id with the library's recommended cost

MAX_FAILED_SIGN_INS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD = 8
USERNAME = re.compile(r"^[\w.@+-]{2,64}$")  # \w takes Chinese letters too

WRONG = QT_TRANSLATE_NOOP("errors", "The name or the password is wrong.")
LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Too many wrong passwords: the account {name} is locked until {until}. "
    "Wait, or ask an administrator to reset its password.",
)
DISABLED = QT_TRANSLATE_NOOP(
    "errors", "The account {name} is disabled. Ask an administrator to enable it."
)
SHORT = QT_TRANSLATE_NOOP("accounts", "A password needs at least {n} characters.")
BAD_NAME = QT_TRANSLATE_NOOP(
    "accounts",
    "A sign-in name is 2 to 64 letters, digits or . _ @ + - (no spaces).",
)
TAKEN = QT_TRANSLATE_NOOP("errors", "There is already an account named {name}.")
RESERVED = QT_TRANSLATE_NOOP("accounts", "{name} is the automatic local operator's name.")
NO_SUCH = QT_TRANSLATE_NOOP("errors", "There is no account named {name}.")
FIRST_ADMIN = QT_TRANSLATE_NOOP(
    "accounts", "The first account must be an administrator: it is the one that adds the others."
)
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is the last active administrator: nobody could manage accounts any more. "
    "Make another account an administrator first.",
)
OLD_WRONG = QT_TRANSLATE_NOOP("accounts", "The current password is wrong.")
NOT_AN_ACCOUNT = QT_TRANSLATE_NOOP("errors", "Nobody is signed in: there is no password to change.")
NEEDS_DISPLAY = QT_TRANSLATE_NOOP("accounts", "Enter the person's name as others should see it.")


@dataclass(frozen=True)
class Account:
    """An account as lists and dialogs show it."""

    id: int
    username: str
    display_name: str
    role: OperatorRole
    active: bool
    locked_until: dt.datetime | None
    last_sign_in_at: dt.datetime | None
    version: int

    def locked(self, at: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > at


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _account(op: Operator) -> Account:
    return Account(
        op.id,
        op.username,
        op.display_name,
        op.role,
        op.active,
        op.locked_until,
        op.last_sign_in_at,
        op.version,
    )


def has_accounts(db: Store) -> bool:
    """Whether anyone has a password here (then the local operator no longer works)."""
    with db.read() as s:
        return bool(s.scalar(select(func.count()).where(Operator.password_hash.is_not(None))))


def sign_in_required(db: Database) -> bool:
    """The window and the command line ask who is there: always on a server database, and
    on a SQLite file once it has accounts."""
    return db.dialect != "sqlite" or has_accounts(db)


def list_accounts(db: Store) -> list[Account]:
    """Every account, disabled ones too, by sign-in name (the local operator is not one)."""
    with db.read() as s:
        ops = s.scalars(
            select(Operator).where(Operator.password_hash.is_not(None)).order_by(Operator.username)
        ).all()
        return [_account(op) for op in ops]


def check_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({field: _t(SHORT, n=MIN_PASSWORD)})


def _check_new(username: str, display_name: str, password: str) -> None:
    errors: dict[str, str] = {}
    if not USERNAME.match(username):
        errors["username"] = _t(BAD_NAME)
    elif username.casefold() == LOCAL_OPERATOR:
        errors["username"] = _t(RESERVED, name=username)
    if not display_name.strip():
        errors["display_name"] = _t(NEEDS_DISPLAY)
    if len(password) < MIN_PASSWORD:
        errors["password"] = _t(SHORT, n=MIN_PASSWORD)
    if errors:
        raise ValidationError(errors)


def _by_name(s: Session, username: str) -> Operator:
    op = s.scalar(
        select(Operator).where(
            Operator.username == username.strip(), Operator.password_hash.is_not(None)
        )
    )
    if op is None:
        raise NotFound(NO_SUCH, name=username)
    return op


def create_account(
    db: Store,
    username: str,
    password: str,
    role: OperatorRole,
    display_name: str = "",
) -> Account:
    """Add an account. The first one, made without signing in, must be an administrator;
    after that only an administrator adds accounts."""
    username = username.strip()
    display_name = display_name.strip() or username
    _check_new(username, display_name, password)
    if has_accounts(db):
        return _add_account(db, username, password, role, display_name)
    if role != OperatorRole.ADMINISTRATOR:
        raise ValidationError({"role": _t(FIRST_ADMIN)})
    account = _insert(db, username, password, role, display_name, first=True)
    if isinstance(db, Database):
        db.act_as(account.id)
    return account


@requires(Action.MANAGE_ACCOUNTS)
def _add_account(
    db: Store, username: str, password: str, role: OperatorRole, display_name: str
) -> Account:
    return _insert(db, username, password, role, display_name, first=False)


def _insert(
    db: Store, username: str, password: str, role: OperatorRole, display_name: str, first: bool
) -> Account:
    digest = _hasher.hash(password)
    with db.uow("add an account") as uow:
        s = uow.session
        if s.scalar(select(Operator.id).where(func.lower(Operator.username) == username.lower())):
            raise ConflictError(TAKEN, name=username)
        if first:
            # Accounts exist from now on: the automatic local operator stops working, here
            # and in every other copy of the program that has this database open.
            local = s.scalar(select(Operator).where(Operator.username == LOCAL_OPERATOR))
            if local is not None:
                local.active = False
        op = Operator(
            username=username,
            display_name=display_name,
            role=role,
            active=True,
            password_hash=digest,
            failed_sign_ins=0,
        )
        s.add(op)
        uow.commit()
        return _account(op)


def sign_in(db: Database, username: str, password: str) -> Who:
    """Check the password and act for this account from now on; SignInError otherwise.

    A wrong password counts towards the lockout. The counters are written without an
    audit entry: a sign-in attempt changes no record anyone edits.
    """
    username = username.strip()
    now = _now()
    with db.read() as s:
        op = s.execute(
            select(
                Operator.id,
                Operator.password_hash,
                Operator.active,
                Operator.locked_until,
                Operator.failed_sign_ins,
            ).where(Operator.username == username, Operator.password_hash.is_not(None))
        ).one_or_none()
    if op is None or op.password_hash is None:
        _hasher.hash(password)  # the same time as a wrong password: names are not revealed
        raise SignInError(WRONG)
    if op.locked_until is not None and op.locked_until > now:
        raise SignInError(LOCKED, name=username, until=local_text(op.locked_until))
    try:
        _hasher.verify(op.password_hash, password)
    except (VerificationError, InvalidHashError):
        failed = op.failed_sign_ins + 1
        locked_until = now + LOCKOUT if failed >= MAX_FAILED_SIGN_INS else None
        _write_counters(db, op.id, 0 if locked_until else failed, locked_until)
        if locked_until is not None:
            raise SignInError(LOCKED, name=username, until=local_text(locked_until)) from None
        raise SignInError(WRONG) from None
    if not op.active:  # told only to whoever knows the password
        raise SignInError(DISABLED, name=username)
    _write_counters(db, op.id, 0, None, signed_in=now)
    if _hasher.check_needs_rehash(op.password_hash):
        _write_hash(db, op.id, _hasher.hash(password))
    db.act_as(op.id)
    return current(db)


def sign_out(db: Database) -> None:
    """Back to the local operator, who makes no change once the database has accounts."""
    db.act_as(None)


def _write_counters(
    db: Database,
    operator_id: int,
    failed: int,
    locked_until: dt.datetime | None,
    signed_in: dt.datetime | None = None,
) -> None:
    values: dict[str, object] = {"failed_sign_ins": failed, "locked_until": locked_until}
    if signed_in is not None:
        values["last_sign_in_at"] = signed_in
    commits = db.commits
    with db.uow() as uow:
        uow.session.execute(update(Operator).where(Operator.id == operator_id).values(**values))
        uow.commit()
    db.commits = commits  # a sign-in changes no data: the window need not back up for it


def _write_hash(db: Database, operator_id: int, digest: str) -> None:
    with db.uow() as uow:
        uow.session.execute(
            update(Operator).where(Operator.id == operator_id).values(password_hash=digest)
        )
        uow.commit()


def change_own_password(db: Store, old: str, new: str) -> None:
    """The signed-in person changes their password, giving the current one."""
    who = current(db)
    if who.is_local:
        raise PermissionDenied(NOT_AN_ACCOUNT)
    check_password(new, "new")
    with db.uow("change a password") as uow:
        op = uow.get(Operator, who.id)
        assert op.password_hash is not None
        try:
            _hasher.verify(op.password_hash, old)
        except (VerificationError, InvalidHashError):
            raise ValidationError({"old": _t(OLD_WRONG)}) from None
        op.password_hash = _hasher.hash(new)
        uow.commit()


@requires(Action.MANAGE_ACCOUNTS)
def reset_password(db: Store, username: str, new: str) -> None:
    """An administrator sets a new password; this also lifts a lockout."""
    check_password(new)
    digest = _hasher.hash(new)
    with db.uow("reset a password") as uow:
        op = _by_name(uow.session, username)
        op.password_hash = digest
        op.failed_sign_ins = 0
        op.locked_until = None
        uow.commit()


def _other_active_admins(s: Session, op: Operator) -> int:
    return (
        s.scalar(
            select(func.count()).where(
                Operator.role == OperatorRole.ADMINISTRATOR,
                Operator.active.is_(True),
                Operator.password_hash.is_not(None),
                Operator.id != op.id,
            )
        )
        or 0
    )


@requires(Action.MANAGE_ACCOUNTS)
def set_active(db: Store, username: str, active: bool) -> Account:
    """Disable an account (it can no longer sign in; its history stays) or enable it again."""
    with db.uow("disable an account" if not active else "enable an account") as uow:
        op = _by_name(uow.session, username)
        if not active and op.role == OperatorRole.ADMINISTRATOR and op.active:
            uow.lock(Operator, op.id)
            if not _other_active_admins(uow.session, op):
                raise ConflictError(LAST_ADMIN, name=op.username)
        op.active = active
        uow.commit()
        return _account(op)


@requires(Action.MANAGE_ACCOUNTS)
def set_role(db: Store, username: str, role: OperatorRole) -> Account:
    """Give an account another role; the last active administrator keeps theirs."""
    with db.uow("change a role") as uow:
        op = _by_name(uow.session, username)
        if op.role == OperatorRole.ADMINISTRATOR and role != op.role and op.active:
            uow.lock(Operator, op.id)
            if not _other_active_admins(uow.session, op):
                raise ConflictError(LAST_ADMIN, name=op.username)
        op.role = role
        uow.commit()
        return _account(op)


@requires(Action.MANAGE_ACCOUNTS)
def set_display_name(db: Store, username: str, display_name: str) -> Account:
    """Change the name others see (the sign-in name stays)."""
    if not display_name.strip():
        raise ValidationError({"display_name": _t(NEEDS_DISPLAY)})
    with db.uow("rename an account") as uow:
        op = _by_name(uow.session, username)
        op.display_name = display_name.strip()
        uow.commit()
        return _account(op)


def role_from_name(text: str) -> OperatorRole:
    """A role by its command-line name (`administrator`, `read-only`…)."""
    return OperatorRole(text)


__all__ = [
    "LOCKOUT",
    "MAX_FAILED_SIGN_INS",
    "MIN_PASSWORD",
    "Account",
    "change_own_password",
    "check_password",
    "create_account",
    "has_accounts",
    "list_accounts",
    "reset_password",
    "set_active",
    "set_display_name",
    "set_role",
    "sign_in",
    "sign_in_required",
    "sign_out",
]
