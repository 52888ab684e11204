"""Who may do what: the actions of each role, and the check at the entry of every use case that
changes something.

The rules live here, not in the window: a hidden button is a courtesy, the refusal is this
module's. A use case that writes is declared with ``@requires(Action.X)``; the check reads the
operator the database acts for (`Database.operator_id`) from the database at every call, so a
role changed or an account disabled by an administrator counts from the next action, not the
next start. A use case called by another one inside its transaction is not checked again: the
outer one is the person's action and was checked at its entry.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar, cast

from sqlalchemy import select

from ..core.errors import PermissionDenied, SignInError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.labels import label, operator_label
from ..core.vocabularies import OperatorRole
from ..db import Store
from ..db.uow import LOCAL_OPERATOR
from ..models import Operator

_t = Translator("access")

F = TypeVar("F", bound=Callable[..., Any])


class Action(StrEnum):
    """Something a person does that changes data; each role may do some of them."""

    MANAGE_ACCOUNTS = "accounts"
    CHANGE_SETTINGS = "settings"  # shared settings, lists, rent subsidy policy, review rubric
    RESTORE = "restore"  # restore a backup over the database
    FILL_DEMO = "demo"
    EDIT_TENANTS = "tenants"  # register, people, stages, quarterly figures, imports
    MANAGE_SPACES = "spaces"  # sites, floors, units, allocations
    BOOK_ROOMS = "bookings"  # meeting rooms and equipment
    MENTORING = "mentoring"  # mentors, sessions, agreed actions
    TRAINING = "training"  # events, registration, check-in
    FUNDING = "funding"  # funds, applications, committee, documents, reviewer assignments
    DISBURSE = "disbursements"  # tranches
    REVIEW = "review"  # score an application
    BILLING = "billing"  # bills, payments, deposits, fees, meters, prices


_ACTION_TEXT: dict[Action, str] = {
    Action.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("access", "managing accounts"),
    Action.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("access", "changing shared settings and lists"),
    Action.RESTORE: QT_TRANSLATE_NOOP("access", "restoring a backup"),
    Action.FILL_DEMO: QT_TRANSLATE_NOOP("access", "filling the database with demo data"),
    Action.EDIT_TENANTS: QT_TRANSLATE_NOOP("access", "changing the tenant register"),
    Action.MANAGE_SPACES: QT_TRANSLATE_NOOP("access", "changing spaces and allocations"),
    Action.BOOK_ROOMS: QT_TRANSLATE_NOOP("access", "booking rooms and equipment"),
    Action.MENTORING: QT_TRANSLATE_NOOP("access", "changing mentors and mentoring sessions"),
    Action.TRAINING: QT_TRANSLATE_NOOP("access", "changing training events"),
    Action.FUNDING: QT_TRANSLATE_NOOP("access", "changing funds and applications"),
    Action.DISBURSE: QT_TRANSLATE_NOOP("access", "planning and paying tranches"),
    Action.REVIEW: QT_TRANSLATE_NOOP("access", "scoring applications"),
    Action.BILLING: QT_TRANSLATE_NOOP("access", "billing, payments and deposits"),
}

_OPERATIONAL = frozenset(
    {
        Action.EDIT_TENANTS,
        Action.MANAGE_SPACES,
        Action.BOOK_ROOMS,
        Action.MENTORING,
        Action.TRAINING,
        Action.FUNDING,
        Action.DISBURSE,
        Action.REVIEW,
        Action.BILLING,
    }
)

MATRIX: dict[OperatorRole, frozenset[Action]] = {
    OperatorRole.ADMINISTRATOR: frozenset(Action),
    OperatorRole.MANAGER: _OPERATIONAL,
    OperatorRole.FINANCE: frozenset({Action.FUNDING, Action.DISBURSE, Action.BILLING}),
    OperatorRole.REVIEWER: frozenset({Action.REVIEW}),
    OperatorRole.COORDINATOR: frozenset({Action.MENTORING, Action.TRAINING, Action.BOOK_ROOMS}),
    OperatorRole.READ_ONLY: frozenset(),
}
"""The actions each role may take. Reading and reports are open to every role, except that a
reviewer sees only the applications assigned to them (services/funding/assignments.py)."""

REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "{person} is signed in as {role}, and {action} needs the role {roles}. "
    "Nothing was changed; ask an administrator if you need it.",
)
SIGN_IN_FIRST = QT_TRANSLATE_NOOP(
    "errors",
    "This database has accounts: sign in to make changes. Nothing was changed.",
)
DISABLED = QT_TRANSLATE_NOOP(
    "errors",
    "The account {person} is disabled. Nothing was changed; ask an administrator.",
)
OR = QT_TRANSLATE_NOOP("access", " or ")
COMMA = QT_TRANSLATE_NOOP("access", ", ")

# The action of the outermost use case running in this thread, if any.
_entered: contextvars.ContextVar[Action | None] = contextvars.ContextVar(
    "incubator_desk_entered_action", default=None
)


@dataclass(frozen=True)
class Who:
    """The operator a database acts for."""

    id: int
    username: str
    display_name: str
    role: OperatorRole
    active: bool

    @property
    def is_local(self) -> bool:
        """The automatic local operator of a database without accounts."""
        return self.username == LOCAL_OPERATOR

    def name(self) -> str:
        return operator_label(self.display_name)

    def may(self, action: Action) -> bool:
        return self.active and action in MATRIX[self.role]


def action_text(action: Action) -> str:
    return _t(_ACTION_TEXT[action])


def roles_for(action: Action) -> list[OperatorRole]:
    """The roles that may take an action, in the order roles are listed."""
    return [role for role in OperatorRole if action in MATRIX[role]]


def roles_text(action: Action) -> str:
    """The roles that may take an action, as a person reads them: "A, B or C"."""
    names = [label(r) for r in roles_for(action)]
    if len(names) == 1:
        return names[0]
    return _t(COMMA).join(names[:-1]) + _t(OR) + names[-1]


def current(store: Store) -> Who:
    """The operator `store` acts for, read now from the database."""
    operator_id = store.operator_id
    with store.read() as s:
        row = s.execute(
            select(
                Operator.id,
                Operator.username,
                Operator.display_name,
                Operator.role,
                Operator.active,
            ).where(Operator.id == operator_id)
        ).one()
    return Who(row.id, row.username, row.display_name, row.role, row.active)


def allowed(store: Store, action: Action) -> bool:
    """Whether the operator may take an action now (the window enables its buttons by this)."""
    return current(store).may(action)


def check(store: Store, action: Action) -> Who:
    """Refuse with PermissionDenied unless the operator may take the action."""
    who = current(store)
    if not who.active:
        if who.is_local:
            raise SignInError(SIGN_IN_FIRST)
        raise PermissionDenied(DISABLED, person=who.name())
    if action not in MATRIX[who.role]:
        raise PermissionDenied(
            REFUSED,
            person=who.name(),
            role=label(who.role),
            action=action_text(action),
            roles=roles_text(action),
        )
    return who


def requires(action: Action) -> Callable[[F], F]:
    """Declare a use case's action: its first argument (the Store) is checked at entry."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def checked(store: Store, *args: Any, **kwargs: Any) -> Any:
            if _entered.get() is not None:
                return func(store, *args, **kwargs)
            check(store, action)
            token = _entered.set(action)
            try:
                return func(store, *args, **kwargs)
            finally:
                _entered.reset(token)

        checked.required_action = action  # type: ignore[attr-defined]
        return cast("F", checked)

    return decorate


def required_action(func: Callable[..., Any]) -> Action | None:
    """The action a use case declared with `requires`, or None."""
    return getattr(func, "required_action", None)


__all__ = [
    "MATRIX",
    "Action",
    "Who",
    "action_text",
    "allowed",
    "check",
    "current",
    "required_action",
    "requires",
    "roles_for",
    "roles_text",
]
