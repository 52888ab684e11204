"""Funds and loan products, applications, reviews, committee decisions and disbursements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import (
    ApplicationStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    FundKind,
    Instrument,
)
from .base import Base, IdMixin, Versioned, str_enum, utcnow

RATE = Numeric(7, 4)  # percentages such as 3.4500


class Fund(IdMixin, Versioned, Base):
    """基金 / 金融产品: an angel or incubation fund, a grant, or a bank loan product."""

    __tablename__ = "funds"
    __table_args__ = (CheckConstraint("total_size >= 0", name="size_not_negative"),)

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[FundKind] = mapped_column(str_enum(FundKind))
    total_size: Mapped[Decimal]
    per_deal_cap: Mapped[Decimal | None]
    start_year: Mapped[int]
    interest_rate: Mapped[Decimal | None] = mapped_column(RATE)
    interest_subsidy_share: Mapped[Decimal | None] = mapped_column(RATE)  # 贴息, percent
    guarantee_fee_subsidy_share: Mapped[Decimal | None] = mapped_column(RATE)  # 贴保, percent
    open_for_applications: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class FundApplication(IdMixin, Versioned, Base):
    """融资申请: a tenant's request for money from a fund, moving through the pipeline."""

    __tablename__ = "fund_applications"
    __table_args__ = (
        Index("ix_fund_applications_fund_status", "fund_id", "status"),
        CheckConstraint("amount_requested > 0", name="amount_positive"),
        CheckConstraint(
            "stake_percent IS NULL OR (stake_percent > 0 AND stake_percent <= 100)",
            name="stake_range",
        ),
    )

    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id"))
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    amount_requested: Mapped[Decimal]
    instrument: Mapped[Instrument] = mapped_column(str_enum(Instrument))
    pre_money_valuation: Mapped[Decimal | None]
    stake_percent: Mapped[Decimal | None] = mapped_column(RATE)
    use_of_funds: Mapped[str] = mapped_column(Text, default="")
    milestones: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ApplicationStatus] = mapped_column(
        str_enum(ApplicationStatus), default=ApplicationStatus.DRAFT
    )
    status_since: Mapped[dt.datetime] = mapped_column(default=utcnow)
    amount_approved: Mapped[Decimal | None]

    fund: Mapped[Fund] = relationship()
    moves: Mapped[list[ApplicationMove]] = relationship(
        back_populates="application", order_by="ApplicationMove.at"
    )


class ApplicationMove(IdMixin, Base):
    """One step of an application through the pipeline: who, when, and a comment."""

    __tablename__ = "application_moves"

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    from_status: Mapped[ApplicationStatus | None] = mapped_column(str_enum(ApplicationStatus))
    to_status: Mapped[ApplicationStatus] = mapped_column(str_enum(ApplicationStatus))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    comment: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[FundApplication] = relationship(back_populates="moves")


class ApplicationDocument(IdMixin, Base):
    """A file attached to an application, copied into the application's own storage."""

    __tablename__ = "application_documents"

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    original_name: Mapped[str] = mapped_column(String(260))
    stored_path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Review(IdMixin, Versioned, Base):
    """One reviewer's rubric scores; a conflicted review is kept but not averaged."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("application_id", "reviewer"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    reviewer: Mapped[str] = mapped_column(String(120))
    conflict_of_interest: Mapped[bool] = mapped_column(default=False)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[dt.datetime | None]


class ReviewAssignment(IdMixin, Base):
    """An application given to a reviewer's account: a reviewer sees and scores only these."""

    __tablename__ = "review_assignments"
    __table_args__ = (UniqueConstraint("application_id", "operator_id"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), index=True)
    assigned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CommitteeDecision(IdMixin, Versioned, Base):
    """The investment committee's meeting on an application: members, votes, decision."""

    __tablename__ = "committee_decisions"
    __table_args__ = (
        CheckConstraint(
            "votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0", name="votes_not_negative"
        ),
    )

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    meeting_date: Mapped[dt.date]
    members_present: Mapped[list[str]] = mapped_column(JSON, default=list)
    votes_for: Mapped[int] = mapped_column(default=0)
    votes_against: Mapped[int] = mapped_column(default=0)
    abstentions: Mapped[int] = mapped_column(default=0)
    decision: Mapped[CommitteeDecisionKind] = mapped_column(str_enum(CommitteeDecisionKind))
    amount_approved: Mapped[Decimal | None]
    conditions: Mapped[str] = mapped_column(Text, default="")


class Disbursement(IdMixin, Versioned, Base):
    """A tranche of approved money, with the milestone it depends on."""

    __tablename__ = "disbursements"
    __table_args__ = (
        UniqueConstraint("application_id", "tranche_no"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    application_id: Mapped[int] = mapped_column(ForeignKey("fund_applications.id"), index=True)
    tranche_no: Mapped[int]
    amount: Mapped[Decimal]
    planned_on: Mapped[dt.date | None]
    paid_on: Mapped[dt.date | None]
    milestone: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[DisbursementStatus] = mapped_column(
        str_enum(DisbursementStatus), default=DisbursementStatus.PLANNED
    )
