"""Subsidy policies: rent subsidy in steps by months since entry, and the share on a day."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.periods import months_between
from ...db import Store
from ...models import SubsidyPolicy
from ..access import Action, requires

_t = Translator("errors")


@dataclass(frozen=True)
class PolicyInfo:
    id: int
    version: int
    name: str
    steps: list[dict[str, Any]]
    is_default: bool
    active: bool


def _policy_info(p: SubsidyPolicy) -> PolicyInfo:
    return PolicyInfo(p.id, p.version, p.name, list(p.steps or []), p.is_default, p.active)


def _default_query() -> Any:
    return select(SubsidyPolicy).where(
        SubsidyPolicy.is_default.is_(True), SubsidyPolicy.active.is_(True)
    )


def list_policies(db: Store) -> list[PolicyInfo]:
    with db.read() as s:
        return [
            _policy_info(p) for p in s.scalars(select(SubsidyPolicy).order_by(SubsidyPolicy.name))
        ]


def default_policy(db: Store) -> PolicyInfo | None:
    with db.read() as s:
        p = s.scalars(_default_query()).first()
        return None if p is None else _policy_info(p)


def default_policy_id(s: Session) -> int | None:
    """The id of the active default policy, read in the caller's session."""
    return s.scalar(_default_query().with_only_columns(SubsidyPolicy.id))


def validate_steps(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean policy steps: month ranges from < to, 0–100 %, not overlapping; sorted."""
    clean: list[dict[str, Any]] = []
    for i, step in enumerate(steps, start=1):
        try:
            lo, hi = int(step["from_month"]), int(step["to_month"])
            pct = Decimal(str(step["percent"]))
        except (KeyError, ValueError, ArithmeticError) as exc:
            raise ValidationError(
                {"steps": _t(QT_TRANSLATE_NOOP("errors", "Step {n} is incomplete."), n=i)}
            ) from exc
        if lo < 0 or hi <= lo:
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "Step {n}: the months must run forward from 0 or more."
                        ),
                        n=i,
                    )
                }
            )
        if not Decimal(0) <= pct <= Decimal(100):
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP("errors", "Step {n}: the subsidy must be 0–100 %."), n=i
                    )
                }
            )
        clean.append(
            {"from_month": lo, "to_month": hi, "percent": float(pct) if pct % 1 else int(pct)}
        )
    clean.sort(key=lambda st: st["from_month"])
    for a, b in itertools.pairwise(clean):
        if b["from_month"] < a["to_month"]:
            raise ValidationError(
                {
                    "steps": _t(
                        QT_TRANSLATE_NOOP("errors", "Months {lo}–{hi} are covered by two steps."),
                        lo=b["from_month"],
                        hi=min(a["to_month"], b["to_month"]),
                    )
                }
            )
    return clean


@requires(Action.CHANGE_SETTINGS)
def save_policy(
    db: Store,
    policy_id: int | None,
    name: str,
    steps: list[dict[str, Any]],
    is_default: bool,
    active: bool = True,
    expected_version: int | None = None,
) -> int:
    """Create or change a subsidy policy; making it the default unmarks the previous one."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _t(QT_TRANSLATE_NOOP("errors", "Give the policy a name."))})
    clean = validate_steps(steps)
    if is_default and not active:
        raise ValidationError(
            {"active": _t(QT_TRANSLATE_NOOP("errors", "The default policy must be active."))}
        )
    with db.uow(summary="save subsidy policy") as uow:
        s = uow.session
        clash = s.scalar(select(SubsidyPolicy.id).where(SubsidyPolicy.name == name))
        if clash is not None and clash != policy_id:
            raise ValidationError(
                {
                    "name": _t(
                        QT_TRANSLATE_NOOP("errors", "A policy named {name} already exists."),
                        name=name,
                    )
                }
            )
        if policy_id is None:
            p = SubsidyPolicy(name=name)
            s.add(p)
        else:
            p = uow.get(SubsidyPolicy, policy_id, expected_version)
        if is_default:
            for other in s.scalars(select(SubsidyPolicy).where(SubsidyPolicy.is_default.is_(True))):
                if other is not p:
                    other.is_default = False
        p.name, p.steps, p.is_default, p.active = name, clean, is_default, active
        uow.commit()
        return p.id


def subsidy_percent(
    steps: list[dict[str, Any]] | None, override: Decimal | None, since: dt.date, on: dt.date
) -> Decimal:
    """The subsidy share on a day: the override if set, else the policy's step for that month."""
    if override is not None:
        return Decimal(override)
    if not steps:
        return Decimal(0)
    m = months_between(since, on)
    for st in steps:
        if int(st["from_month"]) <= m < int(st["to_month"]):
            return Decimal(str(st["percent"]))
    return Decimal(0)
