"""Billing: tenants' terms, rates, meter readings, one-off fees, bills and their lines, payments,
what settles which bill, deposits, and the runs and counters that number them.

An issued bill is never edited: a change after billing becomes a new bill of the same period
(an adjustment or a credit note). Cancelling keeps the bill, its number and the reason.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.vocabularies import (
    BillingCycle,
    BillKind,
    BillStatus,
    ChargeKind,
    DepositMoveKind,
    FeeStatus,
    MeterKind,
    PaymentMethod,
    PaymentStatus,
    RateKind,
)
from .base import Base, IdMixin, Versioned, str_enum, utcnow

RATE = Numeric(12, 4)
QUANTITY = Numeric(14, 3)


class BillingTerms(IdMixin, Versioned, Base):
    """How a tenant is billed: monthly or quarterly, and the days it has to pay (None: the
    incubator's default). A tenant without a row is billed monthly."""

    __tablename__ = "billing_terms"

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), unique=True)
    cycle: Mapped[BillingCycle] = mapped_column(
        str_enum(BillingCycle), default=BillingCycle.MONTHLY
    )
    due_days: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class BillingRate(IdMixin, Versioned, Base):
    """A price from a day on: 物业费 per m² and month, electricity per kWh, water per m³, a
    meeting room per hour. A new price is a new row, so months already billed keep theirs."""

    __tablename__ = "billing_rates"
    __table_args__ = (
        Index("ix_billing_rates_kind_from", "kind", "valid_from", unique=True),
        CheckConstraint("rate >= 0", name="rate_not_negative"),
    )

    kind: Mapped[RateKind] = mapped_column(str_enum(RateKind))
    valid_from: Mapped[dt.date]
    rate: Mapped[Decimal] = mapped_column(RATE)
    notes: Mapped[str] = mapped_column(Text, default="")


class MeterReading(IdMixin, Versioned, Base):
    """A meter read in a unit on a day; the consumption since the unit's previous reading is
    charged to whoever holds the unit on this day."""

    __tablename__ = "meter_readings"
    __table_args__ = (
        Index("ix_meter_readings_unit_kind_day", "unit_id", "kind", "read_on", unique=True),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    kind: Mapped[MeterKind] = mapped_column(str_enum(MeterKind))
    read_on: Mapped[dt.date]
    value: Mapped[Decimal] = mapped_column(QUANTITY)
    notes: Mapped[str] = mapped_column(Text, default="")


class OneOffFee(IdMixin, Versioned, Base):
    """A service fee charged once (cleaning, a key card, an event stand…), billed in the period
    of its date."""

    __tablename__ = "one_off_fees"
    __table_args__ = (CheckConstraint("amount <> 0", name="amount_not_zero"),)

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"), index=True)
    charged_on: Mapped[dt.date]
    description: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal]
    status: Mapped[FeeStatus] = mapped_column(str_enum(FeeStatus), default=FeeStatus.ACTIVE)
    notes: Mapped[str] = mapped_column(Text, default="")


class BillingRun(IdMixin, Base):
    """The first run of a month's billing; later runs of the same month find and lock it."""

    __tablename__ = "billing_runs"

    month: Mapped[dt.date] = mapped_column(unique=True)  # the first day of the month
    first_run_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BillingCounter(Base):
    """The last number given in a series ("B2026" bills of 2026…), locked while numbering."""

    __tablename__ = "billing_counters"

    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class Bill(IdMixin, Versioned, Base):
    """A numbered bill, adjustment or credit note for one tenant and one billing period."""

    __tablename__ = "bills"
    __table_args__ = (
        Index("ix_bills_tenant_period", "tenant_id", "period_start"),
        Index("ix_bills_issued_on", "issued_on"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
        CheckConstraint("due_on >= issued_on", name="due_after_issue"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[BillKind] = mapped_column(str_enum(BillKind))
    status: Mapped[BillStatus] = mapped_column(str_enum(BillStatus), default=BillStatus.ISSUED)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    issued_on: Mapped[dt.date]
    due_on: Mapped[dt.date]
    total: Mapped[Decimal]
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("bills.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_runs.id"))
    cancelled_on: Mapped[dt.date | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", order_by="BillLine.position"
    )


class BillLine(IdMixin, Base):
    """One charge (or credit) on a bill.

    `source` names what is charged, the same key on every bill of the tenant ("rent:12:2026-11"
    is allocation 12's rent for November): what a source was billed is the sum of its lines on
    bills not cancelled, and a run bills only the difference. `previous_amount` is that sum
    before this line, on corrections.
    """

    __tablename__ = "bill_lines"
    __table_args__ = (Index("ix_bill_lines_source", "source"),)

    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    position: Mapped[int]
    kind: Mapped[ChargeKind] = mapped_column(str_enum(ChargeKind))
    source: Mapped[str] = mapped_column(String(60))
    charge_month: Mapped[dt.date]
    service_from: Mapped[dt.date]
    service_to: Mapped[dt.date]
    label: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[Decimal | None] = mapped_column(QUANTITY)
    unit_price: Mapped[Decimal | None] = mapped_column(RATE)
    amount: Mapped[Decimal]
    previous_amount: Mapped[Decimal | None]
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    bill: Mapped[Bill] = relationship(back_populates="lines")


class Payment(IdMixin, Versioned, Base):
    """Money received from a tenant, with the tax invoice number (发票号) issued outside."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_tenant_day", "tenant_id", "received_on"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    received_on: Mapped[dt.date]
    amount: Mapped[Decimal]
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod))
    reference: Mapped[str] = mapped_column(String(100), default="")
    invoice_number: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[PaymentStatus] = mapped_column(
        str_enum(PaymentStatus), default=PaymentStatus.RECORDED
    )
    cancelled_on: Mapped[dt.date | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Settlement(IdMixin, Base):
    """Part of a bill paid by a payment, or cleared by a credit note."""

    __tablename__ = "settlements"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(payment_id IS NULL) <> (credit_note_id IS NULL)", name="one_source"),
    )

    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("bills.id"), index=True)
    amount: Mapped[Decimal]
    settled_on: Mapped[dt.date]


class DepositMove(IdMixin, Base):
    """A deposit (押金) received from a tenant, used to pay its bills, or returned to it."""

    __tablename__ = "deposit_moves"
    __table_args__ = (
        Index("ix_deposit_moves_tenant_day", "tenant_id", "moved_on"),
        CheckConstraint("amount > 0", name="amount_positive"),
    )

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id"))
    kind: Mapped[DepositMoveKind] = mapped_column(str_enum(DepositMoveKind))
    moved_on: Mapped[dt.date]
    amount: Mapped[Decimal]
    method: Mapped[PaymentMethod | None] = mapped_column(str_enum(PaymentMethod))
    reference: Mapped[str] = mapped_column(String(100), default="")
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
