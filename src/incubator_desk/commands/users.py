"""`incubator-desk user …`: accounts from the command line.

On a database with no accounts yet, `user add NAME --role administrator` makes the first
administrator without signing in; every other change needs an administrator signed in with
--user. New passwords are asked twice on the terminal, or read from
$INCUBATOR_DESK_NEW_PASSWORD in scripts.
"""

from __future__ import annotations

import argparse
from typing import Any

from . import NEW_PASSWORD_ENV, CliError, opened_database, read_password, sign_in

ROLE_NAMES = ("administrator", "manager", "finance", "reviewer", "coordinator", "read-only")


def register(sub: Any) -> None:
    p = sub.add_parser("user", help="accounts: add, list, disable, reset a password, set a role")
    cmds = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = cmds.add_parser(
        "add",
        help="add an account (on a database without accounts: the first administrator, "
        "no sign-in needed)",
    )
    add.add_argument("name", metavar="NAME", help="the sign-in name")
    add.add_argument("--role", required=True, choices=ROLE_NAMES)
    add.add_argument("--display-name", default="", help="the name others see (default: NAME)")
    add.set_defaults(handler=run_add)
    lst = cmds.add_parser("list", help="every account, disabled ones too")
    lst.set_defaults(handler=run_list)
    dis = cmds.add_parser("disable", help="stop an account signing in (its history stays)")
    dis.add_argument("name", metavar="NAME")
    dis.set_defaults(handler=run_disable, active=False)
    ena = cmds.add_parser("enable", help="let a disabled account sign in again")
    ena.add_argument("name", metavar="NAME")
    ena.set_defaults(handler=run_disable, active=True)
    rst = cmds.add_parser("reset-password", help="give an account a new password (unlocks it)")
    rst.add_argument("name", metavar="NAME")
    rst.set_defaults(handler=run_reset)
    role = cmds.add_parser("set-role", help="give an account another role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLE_NAMES, metavar="ROLE", help=", ".join(ROLE_NAMES))
    role.set_defaults(handler=run_set_role)
    pwd = cmds.add_parser("passwd", help="change your own password (--user)")
    pwd.set_defaults(handler=run_passwd)


def _new_password(name: str) -> str:
    return read_password(f"New password for {name}: ", NEW_PASSWORD_ENV, confirm=True)


def run_add(args: argparse.Namespace) -> int:
    from ..core.vocabularies import OperatorRole
    from ..services import accounts

    with opened_database(args, signed_in=False) as db:
        first = not accounts.has_accounts(db)
        if not first:
            sign_in(db, args)
        account = accounts.create_account(
            db, args.name, _new_password(args.name), OperatorRole(args.role), args.display_name
        )
    print(f"Added {account.username} ({account.display_name}) as {account.role.value}.")
    if first:
        print(
            "This database has accounts now: every command and the window ask who you are "
            "(--user NAME)."
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from ..core.clock import local_text
    from ..services import accounts

    with opened_database(args) as db:
        rows = accounts.list_accounts(db)
    if not rows:
        print("No accounts: the automatic local administrator makes every change.")
        return 0
    print(f"{'name':<20} {'role':<14} {'state':<9} {'last sign-in':<17} display name")
    for a in rows:
        state = "active" if a.active else "disabled"
        last = local_text(a.last_sign_in_at) if a.last_sign_in_at else "never"
        print(f"{a.username:<20} {a.role.value:<14} {state:<9} {last:<17} {a.display_name}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from ..services import accounts

    with opened_database(args) as db:
        account = accounts.set_active(db, args.name, args.active)
    print(f"{account.username} is {'enabled' if account.active else 'disabled'}.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from ..services import accounts

    with opened_database(args) as db:
        accounts.reset_password(db, args.name, _new_password(args.name))
    print(f"{args.name} has a new password.")
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    from ..core.vocabularies import OperatorRole
    from ..services import accounts

    with opened_database(args) as db:
        account = accounts.set_role(db, args.name, OperatorRole(args.role))
    print(f"{account.username} is now {account.role.value}.")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    from ..services import accounts

    with opened_database(args, signed_in=False) as db:
        current = sign_in(db, args)  # the password just given is the current one
        if current is None:
            raise CliError("This database has no accounts: there is no password to change.")
        accounts.change_own_password(db, current, _new_password(args.user))
    print("Your password is changed.")
    return 0
