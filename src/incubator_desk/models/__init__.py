"""Typed SQLAlchemy models of the whole incubator domain (no Qt, no I/O)."""

from ..core.vocabularies import *  # noqa: F403  (the vocabularies are part of the models' public face)
from .base import AwareDateTime, Base, Money, utcnow
from .billing import (
    Bill,
    BillingCounter,
    BillingRate,
    BillingRun,
    BillingTerms,
    BillLine,
    DepositMove,
    MeterReading,
    OneOffFee,
    Payment,
    Settlement,
)
from .collection import CollectionEntry, CollectionRound
from .funding import (
    ApplicationDocument,
    ApplicationMove,
    CommitteeDecision,
    Disbursement,
    Fund,
    FundApplication,
    Review,
    ReviewAssignment,
)
from .mentoring import Mentor, MentorAssignment, MentoringSession, SessionAction, SessionTenant
from .spaces import Allocation, Booking, Building, Equipment, Floor, Site, SubsidyPolicy, Unit
from .statistics import AnnualReturn, IncubatorYear, Qualification
from .system import AuditEntry, LookupAlias, LookupItem, Operator, Setting
from .tenants import InvestmentReceived, KpiSnapshot, Person, StageChange, Tag, Tenant, tenant_tags
from .training import EventRegistration, TrainingEvent

__all__ = [
    "Allocation",
    "AnnualReturn",
    "ApplicationDocument",
    "ApplicationMove",
    "AuditEntry",
    "AwareDateTime",
    "Base",
    "Bill",
    "BillLine",
    "BillingCounter",
    "BillingRate",
    "BillingRun",
    "BillingTerms",
    "Booking",
    "Building",
    "CollectionEntry",
    "CollectionRound",
    "CommitteeDecision",
    "DepositMove",
    "Disbursement",
    "Equipment",
    "EventRegistration",
    "Floor",
    "Fund",
    "FundApplication",
    "IncubatorYear",
    "InvestmentReceived",
    "KpiSnapshot",
    "LookupAlias",
    "LookupItem",
    "Mentor",
    "MentorAssignment",
    "MentoringSession",
    "MeterReading",
    "Money",
    "OneOffFee",
    "Operator",
    "Payment",
    "Person",
    "Qualification",
    "Review",
    "ReviewAssignment",
    "SessionAction",
    "SessionTenant",
    "Setting",
    "Settlement",
    "Site",
    "StageChange",
    "SubsidyPolicy",
    "Tag",
    "Tenant",
    "TrainingEvent",
    "Unit",
    "tenant_tags",
    "utcnow",
]
