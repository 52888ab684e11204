"""Training events (trainings, workshops, roadshows, demo days, briefings) and registrations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import EventKind, EventStatus, RegistrationStatus
from .base import Base, IdMixin, Versioned, str_enum, utcnow


class TrainingEvent(IdMixin, Versioned, Base):
    __tablename__ = "training_events"
    __table_args__ = (
        Index("ix_training_events_starts_at", "starts_at"),
        CheckConstraint("ends_at > starts_at", name="times_ordered"),
        CheckConstraint("capacity > 0", name="capacity_positive"),
    )

    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind))
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime]
    venue_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    venue_address: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int]
    speakers: Mapped[str] = mapped_column(String(300), default="")
    target_stages: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_industries: Mapped[list[int]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EventStatus] = mapped_column(str_enum(EventStatus), default=EventStatus.PLANNED)

    registrations: Mapped[list[EventRegistration]] = relationship(back_populates="event")


class EventRegistration(IdMixin, Versioned, Base):
    """A tenant's person registered for an event; waiting list, check-in and feedback."""

    __tablename__ = "event_registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "person_id"),
        CheckConstraint(
            "feedback_score IS NULL OR (feedback_score BETWEEN 1 AND 5)", name="feedback_scale"
        ),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("training_events.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    status: Mapped[RegistrationStatus] = mapped_column(
        str_enum(RegistrationStatus), default=RegistrationStatus.REGISTERED
    )
    registered_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    waitlist_position: Mapped[int | None]
    checked_in_at: Mapped[dt.datetime | None]
    walk_in: Mapped[bool] = mapped_column(default=False)
    feedback_score: Mapped[int | None]

    event: Mapped[TrainingEvent] = relationship(back_populates="registrations")
