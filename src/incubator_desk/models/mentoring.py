"""Mentors, their assignment to tenants, mentoring sessions and agreed actions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import MentorKind, ServiceType, SessionMode, SessionStatus
from .base import Base, IdMixin, Versioned, str_enum


class Mentor(IdMixin, Versioned, Base):
    """创业导师: a coach, professional adviser, investor or service provider."""

    __tablename__ = "mentors"

    name: Mapped[str] = mapped_column(String(120), index=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[MentorKind] = mapped_column(str_enum(MentorKind))
    expertise: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class MentorAssignment(IdMixin, Versioned, Base):
    """A mentor assigned to a tenant (the Torch return asks whether a tenant has a mentor)."""

    __tablename__ = "mentor_assignments"
    __table_args__ = (
        UniqueConstraint("mentor_id", "tenant_id", "since"),
        CheckConstraint("until IS NULL OR until >= since", name="dates_ordered"),
    )

    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentors.id"), index=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    since: Mapped[dt.date]
    until: Mapped[dt.date | None]


class MentoringSession(IdMixin, Versioned, Base):
    """辅导记录: one meeting between a mentor and one or more tenants."""

    __tablename__ = "mentoring_sessions"
    __table_args__ = (
        Index("ix_mentoring_sessions_mentor_time", "mentor_id", "starts_at", "ends_at"),
        Index("ix_mentoring_sessions_starts_at", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="times_ordered"),
    )

    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentors.id"))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    mode: Mapped[SessionMode] = mapped_column(str_enum(SessionMode), default=SessionMode.ON_SITE)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    service_type: Mapped[ServiceType] = mapped_column(str_enum(ServiceType))
    topic: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SessionStatus] = mapped_column(
        str_enum(SessionStatus), default=SessionStatus.PLANNED
    )

    mentor: Mapped[Mentor] = relationship()
    attendees: Mapped[list[SessionTenant]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    actions: Mapped[list[SessionAction]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionTenant(Base):
    """A tenant taking part in a session, with its rating of the session (1–5)."""

    __tablename__ = "session_tenants"
    __table_args__ = (
        Index("ix_session_tenants_tenant", "tenant_id"),
        CheckConstraint("rating IS NULL OR (rating BETWEEN 1 AND 5)", name="rating_scale"),
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    rating: Mapped[int | None]

    session: Mapped[MentoringSession] = relationship(back_populates="attendees")


class SessionAction(IdMixin, Versioned, Base):
    """An action agreed in a session: what, who owns it, by when, and whether it is done."""

    __tablename__ = "session_actions"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("mentoring_sessions.id", ondelete="CASCADE"), index=True
    )
    tenant_id: Mapped[int | None] = mapped_column(ForeignKey("tenants.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(120), default="")
    due_on: Mapped[dt.date | None]
    done: Mapped[bool] = mapped_column(default=False)
    done_on: Mapped[dt.date | None]

    session: Mapped[MentoringSession] = relationship(back_populates="actions")
