"""Actions agreed in a session: ticking them off, and the list of those overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ...core import clock
from ...core.vocabularies import SessionStatus
from ...db import Store
from ...models import Mentor, MentoringSession, SessionAction, Tenant
from ..access import Action, requires


@dataclass(frozen=True)
class OverdueAction:
    id: int
    version: int
    session_id: int
    description: str
    owner: str
    due_on: dt.date
    days_overdue: int
    tenant_id: int | None
    tenant: str
    mentor_id: int
    mentor: str
    session_starts_at: dt.datetime
    session_topic: str


@requires(Action.MENTORING)
def set_action_done(db: Store, action_id: int, expected_version: int, done: bool) -> None:
    with db.uow(summary="action done" if done else "action reopened") as uow:
        act = uow.get(SessionAction, action_id, expected_version)
        act.done = done
        act.done_on = clock.today() if done else None
        uow.commit()


def overdue_actions(
    db: Store,
    today: dt.date | None = None,
    *,
    tenant_id: int | None = None,
    mentor_id: int | None = None,
) -> list[OverdueAction]:
    """Open actions whose due date has passed, most overdue first."""
    today = today or clock.today()
    stmt = (
        select(
            SessionAction,
            MentoringSession.mentor_id,
            Mentor.name,
            Tenant.name_zh,
            Tenant.name_en,
            MentoringSession.starts_at,
            MentoringSession.topic,
        )
        .join(MentoringSession, MentoringSession.id == SessionAction.session_id)
        .join(Mentor, Mentor.id == MentoringSession.mentor_id)
        .outerjoin(Tenant, Tenant.id == SessionAction.tenant_id)
        .where(
            SessionAction.done.is_(False),
            SessionAction.due_on.is_not(None),
            SessionAction.due_on < today,
            MentoringSession.status != SessionStatus.CANCELLED,
        )
        .order_by(SessionAction.due_on, SessionAction.id)
    )
    if tenant_id is not None:
        stmt = stmt.where(SessionAction.tenant_id == tenant_id)
    if mentor_id is not None:
        stmt = stmt.where(MentoringSession.mentor_id == mentor_id)
    with db.read() as s:
        out = []
        for a, mid, mname, zh, en, starts, topic in s.execute(stmt):
            assert a.due_on is not None
            out.append(
                OverdueAction(
                    a.id,
                    a.version,
                    a.session_id,
                    a.description,
                    a.owner,
                    a.due_on,
                    (today - a.due_on).days,
                    a.tenant_id,
                    zh or en or "",
                    mid,
                    mname,
                    starts,
                    topic,
                )
            )
        return out
