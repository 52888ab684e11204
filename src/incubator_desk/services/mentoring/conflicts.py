"""When sessions overlap, and the check that keeps a mentor or a tenant in one session at a time.

Every save and every move runs `check_conflicts` inside its writing unit of work, and the
refusal names the other session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ...core.clock import local_text, local_time_text
from ...core.errors import ConflictError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ...core.vocabularies import SessionStatus
from ...models import Mentor, MentoringSession, SessionTenant, Tenant
from .mentors import tenant_name

_t = Translator("errors")

MAX_SESSION = dt.timedelta(hours=12)
"""The longest session; it bounds the index range scanned for overlaps."""


def overlapping(starts_at: dt.datetime, ends_at: dt.datetime) -> list[ColumnElement[bool]]:
    """Conditions for sessions overlapping [starts_at, ends_at), any status.

    The lower bound on the start lets the index limit the scan (sessions last <= 12 hours).
    """
    ms = MentoringSession
    return [ms.starts_at < ends_at, ms.starts_at > starts_at - MAX_SESSION, ms.ends_at > starts_at]


def _describe(s: Session, other: MentoringSession) -> str:
    topic = other.topic or translate("labels", "Mentoring session")
    mentor = s.get(Mentor, other.mentor_id)
    return _t(
        QT_TRANSLATE_NOOP("errors", "“{topic}” with {mentor} on {start}–{end}"),
        topic=topic,
        mentor=mentor.name if mentor else "?",
        start=local_text(other.starts_at),
        end=local_time_text(other.ends_at),
    )


def check_conflicts(
    s: Session,
    mentor_id: int,
    tenant_ids: Sequence[int],
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    exclude_id: int | None = None,
) -> None:
    """Refuse when the mentor or a tenant is already in another (not cancelled) session."""
    overlap = [
        *overlapping(starts_at, ends_at),
        MentoringSession.status != SessionStatus.CANCELLED,
    ]
    if exclude_id is not None:
        overlap.append(MentoringSession.id != exclude_id)
    other = s.scalars(
        select(MentoringSession)
        .where(MentoringSession.mentor_id == mentor_id, *overlap)
        .order_by(MentoringSession.starts_at)
        .limit(1)
    ).first()
    if other is not None:
        mentor = s.get(Mentor, mentor_id)
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{mentor} is already in the session {other}."),
            mentor=mentor.name if mentor else "?",
            other=_describe(s, other),
        )
    if not tenant_ids:
        return
    row = s.execute(
        select(MentoringSession, SessionTenant.tenant_id)
        .join(SessionTenant, SessionTenant.session_id == MentoringSession.id)
        .where(SessionTenant.tenant_id.in_(list(tenant_ids)), *overlap)
        .order_by(MentoringSession.starts_at)
        .limit(1)
    ).first()
    if row is not None:
        other, tid = row
        tenant = s.get(Tenant, tid)
        raise ConflictError(
            QT_TRANSLATE_NOOP("errors", "{tenant} is already in the session {other}."),
            tenant=tenant_name(tenant) if tenant else "?",
            other=_describe(s, other),
        )
