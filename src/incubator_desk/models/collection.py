"""Collection rounds: a period's figures asked of every tenant by workbook, and what came back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import ReturnStatus, RoundKind
from .base import Base, IdMixin, Versioned, str_enum, utcnow


class CollectionRound(IdMixin, Versioned, Base):
    """One round: a quarter's figures (2026Q3) or a year's annual return (quarter 0)."""

    __tablename__ = "collection_rounds"
    __table_args__ = (
        UniqueConstraint("kind", "year", "quarter"),
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter_range"),
    )

    kind: Mapped[RoundKind] = mapped_column(str_enum(RoundKind, 16))
    year: Mapped[int]
    quarter: Mapped[int]  # 0 for a whole year
    folder: Mapped[str] = mapped_column(Text, default="")  # where the workbooks were written
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    entries: Mapped[list[CollectionEntry]] = relationship(
        back_populates="round", cascade="all, delete-orphan"
    )


class CollectionEntry(IdMixin, Versioned, Base):
    """A tenant's part in a round: the file sent, and what came back and became of it."""

    __tablename__ = "collection_entries"
    __table_args__ = (UniqueConstraint("round_id", "tenant_id"),)

    round_id: Mapped[int] = mapped_column(
        ForeignKey("collection_rounds.id", ondelete="CASCADE"), index=True
    )
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    credit_code: Mapped[str] = mapped_column(String(18))  # as written into the workbook
    file_name: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status: Mapped[ReturnStatus] = mapped_column(
        str_enum(ReturnStatus, 16), default=ReturnStatus.SENT
    )
    returned_at: Mapped[dt.datetime | None]
    returned_file: Mapped[str] = mapped_column(Text, default="")  # the name it came back under
    accepted_at: Mapped[dt.datetime | None]
    # What was rejected and why: [{"cell": "D9", "field": "营业收入", "message": "…"}, …]
    problems: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)

    round: Mapped[CollectionRound] = relationship(back_populates="entries")
