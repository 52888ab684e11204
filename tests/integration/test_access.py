"""Roles enforced in the services: every use case that writes checks its action at entry, and
each role takes exactly the actions its row of the matrix gives it, through real use cases on
a real database (a small demo incubator)."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from incubator_desk import services
from incubator_desk.core.errors import PermissionDenied, ServiceError, SignInError
from incubator_desk.core.vocabularies import (
    EventKind,
    FundKind,
    Instrument,
    LookupCategory,
    MentorKind,
    OperatorRole,
    UnitKind,
)
from incubator_desk.db import Database, open_database
from incubator_desk.db.engine import location_from_string
from incubator_desk.models import FundApplication, Tenant, Unit
from incubator_desk.services import accounts, funding, mentoring, training
from incubator_desk.services.access import MATRIX, Action, check, required_action
from incubator_desk.services.billing import add_fee
from incubator_desk.services.demo.generate import generate_demo
from incubator_desk.services.spaces import book_room, save_site
from incubator_desk.services.tenants import TenantInput, create_tenant, save_lookup

SERVICES = Path(services.__file__).parent
PASSWORD = "correct horse 1"
# Write paths that check on their own: accounts (the first one is made by nobody, a
# password change needs only the person's own password) and signing in (its counters).
CHECKED_OTHERWISE = {
    ("accounts", "create_account"),
    ("accounts", "change_own_password"),
    ("accounts", "sign_in"),
}


def _service_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages([str(SERVICES)], prefix="incubator_desk.services."):
        yield importlib.import_module(info.name)


def _writing_use_cases() -> list[tuple[str, str, Callable[..., Any]]]:
    """Public functions of the services that open a unit of work, themselves or through a
    function or class of their own module they call (a private helper that records)."""
    found = []
    for module in _service_modules():
        path = Path(module.__file__ or "")
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        writes = {
            name: ".uow(" in (ast.get_source_segment(source, n) or "") for name, n in defs.items()
        }
        calls = {
            name: {x.id for x in ast.walk(n) if isinstance(x, ast.Name) and x.id in defs}
            for name, n in defs.items()
        }
        changed = True
        while changed:  # a function that calls one that writes, writes
            changed = False
            for name in defs:
                if not writes[name] and any(writes[c] for c in calls[name]):
                    writes[name] = changed = True
        for name, node in defs.items():
            if isinstance(node, ast.FunctionDef) and not name.startswith("_") and writes[name]:
                short = module.__name__.removeprefix("incubator_desk.services.")
                found.append((short, name, getattr(module, name)))
    return found


USE_CASES = _writing_use_cases()


def test_every_writing_use_case_declares_its_action() -> None:
    assert len(USE_CASES) > 80
    missing = [
        f"{m}.{n}"
        for m, n, f in USE_CASES
        if required_action(f) is None and (m, n) not in CHECKED_OTHERWISE
    ]
    assert missing == []


def test_the_matrix_gives_the_administrator_everything_and_read_only_nothing() -> None:
    assert MATRIX[OperatorRole.ADMINISTRATOR] == frozenset(Action)
    assert MATRIX[OperatorRole.READ_ONLY] == frozenset()
    manager = MATRIX[OperatorRole.MANAGER]
    assert {Action.MANAGE_ACCOUNTS, Action.CHANGE_SETTINGS, Action.RESTORE} - manager == {
        Action.MANAGE_ACCOUNTS,
        Action.CHANGE_SETTINGS,
        Action.RESTORE,
    }
    for role in OperatorRole:
        assert MATRIX[role] <= manager | {
            Action.MANAGE_ACCOUNTS,
            Action.CHANGE_SETTINGS,
            Action.RESTORE,
            Action.FILL_DEMO,
        }


class _Boom:
    """An argument that fails the test if a refused use case ever looks at it."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"a refused use case used its argument ({name})")

    def __iter__(self) -> Any:
        raise AssertionError("a refused use case used its argument")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    """A small demo incubator with one account per role (administrator first)."""
    path = tmp_path_factory.mktemp("office") / "办公 室.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    generate_demo(db, 12, seed=3, today=dt.date(2026, 11, 30))
    ids: dict[str, int] = {}
    for role in OperatorRole:
        name = role.value.replace("-", "")
        ids[role.value] = accounts.create_account(db, name, PASSWORD, role, f"{role.value} 用户").id
    yield db, ids
    db.dispose()


def _as(db: Database, ids: dict[str, int], role: OperatorRole) -> Database:
    db.act_as(ids[role.value])
    return db


REFUSED = [
    pytest.param(f, id=f"{m}.{n}") for m, n, f in USE_CASES if required_action(f) is not None
]


@pytest.mark.parametrize("use_case", REFUSED)
def test_each_use_case_refuses_the_roles_without_its_action_at_entry(
    office: tuple[Database, dict[str, int]], use_case: Callable[..., Any]
) -> None:
    db, ids = office
    action = required_action(use_case)
    assert action is not None
    params = list(inspect.signature(use_case).parameters.values())[1:]
    refused = [role for role in OperatorRole if action not in MATRIX[role]]
    assert OperatorRole.READ_ONLY in refused
    for role in refused:
        args = [
            _Boom() for p in params if p.kind == p.POSITIONAL_OR_KEYWORD and p.default is p.empty
        ]
        kwargs = {
            p.name: _Boom() for p in params if p.kind == p.KEYWORD_ONLY and p.default is p.empty
        }
        with pytest.raises(PermissionDenied) as caught:
            use_case(_as(db, ids, role), *args, **kwargs)
        message = str(caught.value)
        assert f"{role.value} 用户" in message  # who is refused
        assert "needs the role" in message


_counter = itertools.count(1)


def _first(db: Database, model: Any, *where: Any) -> int:
    with db.read() as s:
        value = s.scalar(select(model.id).where(*where).order_by(model.id).limit(1))
    assert value is not None
    return int(value)


def _do(db: Database, action: Action) -> None:
    """One real use case of each action, with data that is valid every time it runs."""
    n = next(_counter)
    at = dt.datetime(2027, 1, 4, 9, tzinfo=dt.UTC) + dt.timedelta(days=n)
    if action is Action.EDIT_TENANTS:
        create_tenant(db, TenantInput(name_zh=f"深圳测试{n}号科技有限公司"))
    elif action is Action.MANAGE_SPACES:
        save_site(db, None, f"园区 {n}")
    elif action is Action.BOOK_ROOMS:
        room = _first(db, Unit, Unit.kind == UnitKind.MEETING_ROOM)
        book_room(db, room, at, at + dt.timedelta(hours=1), purpose="检查")
    elif action is Action.MENTORING:
        mentoring.create_mentor(db, mentoring.MentorData(f"导师{n}", MentorKind.PROFESSIONAL))
    elif action is Action.TRAINING:
        training.create_event(
            db,
            training.EventData(f"培训{n}", EventKind.TRAINING, at, at + dt.timedelta(hours=2), 30),
        )
    elif action is Action.FUNDING:
        funding.save_fund(
            db, funding.FundData(f"基金{n}", FundKind.GRANT, Decimal(1_000_000), 2026, None)
        )
    elif action is Action.BILLING:
        add_fee(db, _first(db, Tenant), dt.date(2026, 11, 30), f"复印费 {n}", Decimal(20))
    elif action is Action.CHANGE_SETTINGS:
        save_lookup(db, LookupCategory.INDUSTRY, f"test{n}", f"行业{n}", f"Industry {n}")
    elif action is Action.MANAGE_ACCOUNTS:
        accounts.create_account(db, f"person{n}", PASSWORD, OperatorRole.READ_ONLY)
    elif action is Action.REVIEW:
        app_id = _reviewable(db)
        who = db.operator_id
        db.act_as(_admin_id(db))  # the reviewer's application is assigned first
        _assign_reviewer(db, app_id)
        db.act_as(who)
        rubric, _v = funding.rubric(db)
        scores = {c.key: 4 for c in rubric.criteria}
        funding.save_review(db, app_id, f"评审{n}", scores)
    elif action is Action.DISBURSE:
        # Refusals only: a tranche needs an approved application (tested in the funding tests).
        check(db, action)
    else:  # restore and demo data are checked by the refusal sweep and their own tests
        check(db, action)


def _admin_id(db: Database) -> int:
    return next(a.id for a in accounts.list_accounts(db) if a.username == "administrator")


def _reviewable(db: Database) -> int:
    from incubator_desk.services.funding.pipeline import ENDED

    return _first(db, FundApplication, FundApplication.status.not_in(list(ENDED)))


def _assign_reviewer(db: Database, app_id: int) -> None:
    if not any(r.username == "reviewer" for r in funding.reviewers(db, app_id)):
        funding.assign_reviewer(db, app_id, "reviewer")


ALLOWED = [
    pytest.param(role, action, id=f"{role.value}-{action.value}")
    for role in OperatorRole
    for action in sorted(MATRIX[role])
]


@pytest.mark.parametrize(("role", "action"), ALLOWED)
def test_each_role_takes_the_actions_of_its_row(
    office: tuple[Database, dict[str, int]], role: OperatorRole, action: Action
) -> None:
    db, ids = office
    _do(_as(db, ids, role), action)


@pytest.mark.parametrize(
    ("role", "action"),
    [
        pytest.param(role, action, id=f"{role.value}-{action.value}")
        for role in OperatorRole
        for action in sorted(set(Action) - MATRIX[role])
    ],
)
def test_each_role_is_refused_the_rest_through_real_use_cases(
    office: tuple[Database, dict[str, int]], role: OperatorRole, action: Action
) -> None:
    db, ids = office
    with pytest.raises(PermissionDenied):
        _do(_as(db, ids, role), action)


def test_a_reviewer_sees_and_scores_only_assigned_applications(
    office: tuple[Database, dict[str, int]],
) -> None:
    db, ids = office
    _as(db, ids, OperatorRole.MANAGER)
    # One more application than the demo has, so one is surely not the reviewer's.
    fund_id = funding.save_fund(
        db, funding.FundData("评审测试基金", FundKind.GRANT, Decimal(2_000_000), 2026, None)
    )
    funding.create_application(
        db, funding.ApplicationData(fund_id, _first(db, Tenant), Decimal(100_000), Instrument.GRANT)
    )
    with db.read() as s:
        open_apps = list(s.scalars(select(FundApplication.id).order_by(FundApplication.id)))
    mine = open_apps[0]
    _assign_reviewer(db, mine)
    assigned = {
        a for a in open_apps if any(r.username == "reviewer" for r in funding.reviewers(db, a))
    }
    other = next(a for a in open_apps if a not in assigned)
    manager_sees = {c.id for c in funding.cards(db)}
    assert {mine, other} <= manager_sees

    _as(db, ids, OperatorRole.REVIEWER)
    assert {c.id for c in funding.cards(db)} == assigned
    assert sum(funding.card_counts(db).values()) == len(assigned)
    with pytest.raises(PermissionDenied, match="not assigned to you"):
        funding.application(db, other)
    with db.read() as s:
        other_tenant = s.get(FundApplication, other).tenant_id
    shown = {a.id for a in funding.tenant_funding(db, other_tenant).applications}
    assert other not in shown  # nor in the tenant window's Funding tab
    rubric, _v = funding.rubric(db)
    with pytest.raises(PermissionDenied, match="not assigned to you"):
        funding.save_review(db, other, "reviewer 用户", {c.key: 3 for c in rubric.criteria})


def test_a_reviewer_sees_the_others_scores_after_submitting_their_own(
    tmp_path: Path,
) -> None:
    db = open_database(location_from_string(str(tmp_path / "r.sqlite")), create=True).db
    try:
        generate_demo(db, 12, seed=3, today=dt.date(2026, 11, 30))
        accounts.create_account(db, "boss", PASSWORD, OperatorRole.ADMINISTRATOR, "主任")
        reviewer = accounts.create_account(db, "li", PASSWORD, OperatorRole.REVIEWER, "李评审")
        app_id = _reviewable(db)
        rubric, _v = funding.rubric(db)
        scores = {c.key: 5 for c in rubric.criteria}
        funding.save_review(db, app_id, "外部专家王", scores)  # entered by the administrator
        funding.assign_reviewer(db, app_id, "li")
        others = {r.reviewer for r in funding.application(db, app_id).reviews}
        assert "外部专家王" in others

        db.act_as(reviewer.id)
        before = funding.application(db, app_id)
        assert before.reviews == []
        assert next(c for c in funding.cards(db) if c.id == app_id).score is None
        # A reviewer's review is saved in their own name, whatever is typed.
        funding.save_review(db, app_id, "外部专家王", {c.key: 3 for c in rubric.criteria})
        after = {r.reviewer for r in funding.application(db, app_id).reviews}
        assert after == others | {"李评审"}
        assert next(c for c in funding.cards(db) if c.id == app_id).score is not None
        theirs = next(
            r for r in funding.application(db, app_id).reviews if r.reviewer == "外部专家王"
        )
        with pytest.raises(PermissionDenied, match="only their own"):
            funding.delete_review(db, theirs.id)
    finally:
        db.dispose()


# --- accounts --------------------------------------------------------------------------------


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    db = open_database(location_from_string(str(tmp_path / "desk.sqlite")), create=True).db
    yield db
    db.dispose()


def test_without_accounts_the_local_administrator_works_and_no_sign_in_is_needed(
    fresh: Database,
) -> None:
    assert not accounts.sign_in_required(fresh)
    save_lookup(fresh, LookupCategory.INDUSTRY, "ai", "人工智能", "AI")  # an administrator's


def test_the_first_account_must_be_an_administrator_and_ends_the_local_operator(
    tmp_path: Path, fresh: Database
) -> None:
    with pytest.raises(ServiceError, match="first account must be an administrator"):
        accounts.create_account(fresh, "wang", PASSWORD, OperatorRole.MANAGER)
    admin = accounts.create_account(fresh, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR, "周主任")
    assert fresh.operator_id == admin.id  # whoever made it acts as it
    assert accounts.sign_in_required(fresh)
    # Another copy of the program, on the same file, is refused until someone signs in.
    other = open_database(location_from_string(str(tmp_path / "desk.sqlite"))).db
    try:
        with pytest.raises(SignInError, match="sign in to make changes"):
            create_tenant(other, TenantInput(name_zh="深圳未登录科技有限公司"))
        with pytest.raises(SignInError, match="wrong"):
            accounts.sign_in(other, "zhou", "not it at all")
        who = accounts.sign_in(other, "zhou", PASSWORD)
        assert (who.display_name, who.role) == ("周主任", OperatorRole.ADMINISTRATOR)
        create_tenant(other, TenantInput(name_zh="深圳已登录科技有限公司"))
        accounts.sign_out(other)
        with pytest.raises(SignInError):
            create_tenant(other, TenantInput(name_zh="深圳登出科技有限公司"))
    finally:
        other.dispose()


def test_wrong_passwords_lock_an_account_for_a_while_and_a_reset_unlocks_it(
    fresh: Database,
) -> None:
    accounts.create_account(fresh, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR)
    accounts.create_account(fresh, "chen", PASSWORD, OperatorRole.FINANCE, "陈会计")
    for _ in range(accounts.MAX_FAILED_SIGN_INS - 1):
        with pytest.raises(SignInError, match="wrong"):
            accounts.sign_in(fresh, "chen", "wrong password")
    with pytest.raises(SignInError, match="locked until"):
        accounts.sign_in(fresh, "chen", "wrong password")
    with pytest.raises(SignInError, match="locked until"):
        accounts.sign_in(fresh, "chen", PASSWORD)  # even the right one, while locked
    accounts.sign_in(fresh, "zhou", PASSWORD)
    accounts.reset_password(fresh, "chen", "a new secret")
    who = accounts.sign_in(fresh, "chen", "a new secret")
    assert who.role == OperatorRole.FINANCE
    chen = next(a for a in accounts.list_accounts(fresh) if a.username == "chen")
    assert chen.last_sign_in_at is not None and chen.locked_until is None


def test_disabled_accounts_stay_listed_and_cannot_sign_in_or_act(fresh: Database) -> None:
    accounts.create_account(fresh, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR)
    wang = accounts.create_account(fresh, "wang", PASSWORD, OperatorRole.MANAGER, "王经理")
    accounts.set_active(fresh, "wang", False)
    with pytest.raises(SignInError, match="disabled"):
        accounts.sign_in(fresh, "wang", PASSWORD)
    fresh.act_as(wang.id)  # a copy of the program where wang was signed in before
    with pytest.raises(PermissionDenied, match="disabled"):
        create_tenant(fresh, TenantInput(name_zh="深圳停用科技有限公司"))
    assert [a.active for a in accounts.list_accounts(fresh) if a.username == "wang"] == [False]


def test_the_last_administrator_keeps_the_role_and_stays_enabled(fresh: Database) -> None:
    accounts.create_account(fresh, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR)
    with pytest.raises(ServiceError, match="last active administrator"):
        accounts.set_role(fresh, "zhou", OperatorRole.MANAGER)
    with pytest.raises(ServiceError, match="last active administrator"):
        accounts.set_active(fresh, "zhou", False)
    accounts.create_account(fresh, "li", PASSWORD, OperatorRole.ADMINISTRATOR)
    accounts.set_role(fresh, "zhou", OperatorRole.MANAGER)
    with pytest.raises(PermissionDenied, match="needs the role Administrator"):
        accounts.set_role(fresh, "li", OperatorRole.MANAGER)  # zhou is a manager now


def test_passwords_are_stored_as_argon2id_hashes_and_can_be_changed(fresh: Database) -> None:
    from incubator_desk.models import Operator

    accounts.create_account(fresh, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR)
    with fresh.read() as s:
        stored = s.scalar(select(Operator.password_hash).where(Operator.username == "zhou"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    with pytest.raises(ServiceError, match="current password is wrong"):
        accounts.change_own_password(fresh, "nope nope", "another secret")
    with pytest.raises(ServiceError, match="at least 8"):
        accounts.change_own_password(fresh, PASSWORD, "short")
    accounts.change_own_password(fresh, PASSWORD, "another secret")
    accounts.sign_in(fresh, "zhou", "another secret")
