"""Operators, the audit trail, settings and the operator-editable lookup lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..core.vocabularies import AuditAction, LookupCategory, OperatorRole
from .base import Base, IdMixin, Versioned, str_enum, utcnow


class Operator(IdMixin, Versioned, Base):
    """A person using the application; a default local operator exists until accounts do.

    An account is an operator with a password. Accounts are disabled (`active` false), never
    deleted: the audit trail and the pipeline's history refer to them.
    """

    __tablename__ = "operators"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[OperatorRole] = mapped_column(
        str_enum(OperatorRole), default=OperatorRole.ADMINISTRATOR
    )
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255), doc="argon2id")
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None]
    last_sign_in_at: Mapped[dt.datetime | None]


class AuditEntry(IdMixin, Base):
    """Who changed what, when: one row per changed record per user action.

    Entries are only ever added: the database refuses to change or remove one (triggers
    made by the migration that added `batch`).
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_tenant", "tenant_id", "at"),
        Index("ix_audit_log_operator", "operator_id", "at"),
    )

    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    summary: Mapped[str] = mapped_column(String(500), default="")
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The user action the entry belongs to: every entry of one save or one import shares it.
    batch: Mapped[str | None] = mapped_column(String(32), index=True)
    # The record as people name it when the entry was written (a tenant's name, a unit's code).
    record_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The tenant the record belongs to (the tenant itself, its figures, people, allocations…).
    tenant_id: Mapped[int | None]


class Setting(Versioned, Base):
    """A named application setting kept with the data (incubator name, graduation rules…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class LookupItem(IdMixin, Versioned, Base):
    """An entry of a list the operator edits: industries, technology fields, registration types,
    sectors of the national economy."""

    __tablename__ = "lookup_items"
    __table_args__ = (UniqueConstraint("category", "code"),)

    category: Mapped[LookupCategory] = mapped_column(str_enum(LookupCategory))
    code: Mapped[str] = mapped_column(String(64))
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    long_incubation: Mapped[bool] = mapped_column(
        default=False, doc="industries allowed the longer incubation limit (e.g. biomedicine)"
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class LookupAlias(IdMixin, Base):
    """Another name an entry of a list goes by: its official name, or what an import mapped to it.

    Imports find a sheet's value by an entry's code, its names and these aliases.
    """

    __tablename__ = "lookup_aliases"
    __table_args__ = (UniqueConstraint("category", "alias"),)

    category: Mapped[LookupCategory] = mapped_column(str_enum(LookupCategory))
    alias: Mapped[str] = mapped_column(String(120))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("lookup_items.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
