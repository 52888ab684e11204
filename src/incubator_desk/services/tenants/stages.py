"""A tenant's stage along the chain (pre-incubation … graduated, exited) and its timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ...core import clock
from ...core.errors import ConflictError, ValidationError
from ...core.i18n import Translator
from ...core.vocabularies import ExitReason, Stage
from ...db import Database
from ...models import Operator, StageChange, Tenant
from ..access import Action, requires
from .checks import (
    ARCHIVED,
    CHANGE_BEFORE_LAST,
    EXIT_NEEDS_REASON,
    IN_FUTURE,
    SAME_STAGE,
    text_problem,
)

_t = Translator("errors")


@dataclass(frozen=True)
class StageChangeRow:
    changed_on: dt.date
    from_stage: Stage | None
    to_stage: Stage
    reason: str
    exit_reason: ExitReason | None
    operator: str
    recorded_at: dt.datetime


def stage_history(db: Database, tenant_id: int) -> list[StageChangeRow]:
    stmt = (
        select(StageChange, Operator.display_name)
        .join(Operator, Operator.id == StageChange.operator_id)
        .where(StageChange.tenant_id == tenant_id)
        .order_by(StageChange.changed_on, StageChange.id)
    )
    with db.read() as s:
        return [
            StageChangeRow(
                c.changed_on, c.from_stage, c.to_stage, c.reason, c.exit_reason, name, c.recorded_at
            )
            for c, name in s.execute(stmt)
        ]


@requires(Action.EDIT_TENANTS)
def change_stage(
    db: Database,
    tenant_id: int,
    to_stage: Stage,
    on: dt.date,
    reason: str,
    expected_version: int,
    exit_reason: ExitReason | None = None,
    today: dt.date | None = None,
) -> int:
    """Move a tenant along the chain, recording when, why and by whom. Returns the new version."""
    today = today or clock.today()
    errors: dict[str, str] = {}
    if on > today:
        errors["changed_on"] = _t(IN_FUTURE)
    if to_stage == Stage.EXITED and exit_reason is None:
        errors["exit_reason"] = _t(EXIT_NEEDS_REASON)
    if problem := text_problem(reason, 2000):
        errors["reason"] = problem
    with db.uow(summary=f"stage → {to_stage.value}") as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id, expected_version)
        if tenant.archived_at is not None:
            raise ConflictError(ARCHIVED)
        if tenant.stage == to_stage:
            errors["stage"] = _t(SAME_STAGE)
        last = s.scalar(
            select(func.max(StageChange.changed_on)).where(StageChange.tenant_id == tenant_id)
        )
        if last is not None and on < last and "changed_on" not in errors:
            errors["changed_on"] = _t(CHANGE_BEFORE_LAST, last=last.isoformat())
        if errors:
            raise ValidationError(errors)
        s.add(
            StageChange(
                tenant_id=tenant_id,
                from_stage=tenant.stage,
                to_stage=to_stage,
                changed_on=on,
                reason=reason.strip(),
                exit_reason=exit_reason if to_stage == Stage.EXITED else None,
                operator_id=db.operator_id,
            )
        )
        tenant.stage = to_stage
        tenant.exit_reason = exit_reason if to_stage == Stage.EXITED else None
        if to_stage == Stage.GRADUATED:
            tenant.graduated_on = on
        uow.commit()
        return tenant.version
