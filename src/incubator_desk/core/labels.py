"""Display names of the domain vocabularies, translatable (context "labels")."""

from __future__ import annotations

from enum import Enum

from . import vocabularies as e
from .i18n import QT_TRANSLATE_NOOP, translate

_LABELS: dict[Enum, str] = {
    e.Stage.PRE_INCUBATION: QT_TRANSLATE_NOOP("labels", "Pre-incubation"),
    e.Stage.INCUBATING: QT_TRANSLATE_NOOP("labels", "Incubating"),
    e.Stage.ACCELERATING: QT_TRANSLATE_NOOP("labels", "Accelerating"),
    e.Stage.GRADUATED: QT_TRANSLATE_NOOP("labels", "Graduated"),
    e.Stage.EXITED: QT_TRANSLATE_NOOP("labels", "Exited"),
    e.UnitKind.OFFICE: QT_TRANSLATE_NOOP("labels", "Private office"),
    e.UnitKind.OPEN_DESK: QT_TRANSLATE_NOOP("labels", "Open-desk area"),
    e.UnitKind.LAB: QT_TRANSLATE_NOOP("labels", "Lab"),
    e.UnitKind.WORKSHOP: QT_TRANSLATE_NOOP("labels", "Workshop"),
    e.UnitKind.MEETING_ROOM: QT_TRANSLATE_NOOP("labels", "Meeting room"),
    e.UnitKind.WAREHOUSE: QT_TRANSLATE_NOOP("labels", "Warehouse"),
    e.UnitStatus.AVAILABLE: QT_TRANSLATE_NOOP("labels", "Available"),
    e.UnitStatus.MAINTENANCE: QT_TRANSLATE_NOOP("labels", "Under maintenance"),
    e.UnitStatus.RETIRED: QT_TRANSLATE_NOOP("labels", "Retired"),
    e.RentBasis.PER_M2_MONTH: QT_TRANSLATE_NOOP("labels", "per m² per month"),
    e.RentBasis.PER_DESK_MONTH: QT_TRANSLATE_NOOP("labels", "per desk per month"),
    e.RentBasis.PER_UNIT_MONTH: QT_TRANSLATE_NOOP("labels", "per unit per month"),
    e.AllocationStatus.ACTIVE: QT_TRANSLATE_NOOP("labels", "Active"),
    e.AllocationStatus.ENDED: QT_TRANSLATE_NOOP("labels", "Ended"),
    e.AllocationStatus.MOVED: QT_TRANSLATE_NOOP("labels", "Moved"),
    # "cancelled" equals SessionStatus.CANCELLED as a string key: both read "Cancelled".
    e.AllocationStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    e.ServiceType.COACHING: QT_TRANSLATE_NOOP("labels", "Entrepreneurship coaching"),
    e.ServiceType.MANAGEMENT_TRAINING: QT_TRANSLATE_NOOP("labels", "Management training"),
    e.ServiceType.POLICY_CONSULTING: QT_TRANSLATE_NOOP("labels", "Policy consulting"),
    e.ServiceType.RD_SERVICES: QT_TRANSLATE_NOOP("labels", "R&D services"),
    e.ServiceType.FINANCING: QT_TRANSLATE_NOOP("labels", "Financing match-making"),
    e.SessionStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    e.SessionStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
    e.SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
    e.SessionMode.ON_SITE: QT_TRANSLATE_NOOP("labels", "On site"),
    e.SessionMode.ONLINE: QT_TRANSLATE_NOOP("labels", "Online"),
    e.MentorKind.ENTREPRENEURSHIP: QT_TRANSLATE_NOOP("labels", "Entrepreneurship mentor"),
    e.MentorKind.PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Professional adviser"),
    e.MentorKind.INVESTOR: QT_TRANSLATE_NOOP("labels", "Investor"),
    e.MentorKind.SERVICE_PROVIDER: QT_TRANSLATE_NOOP("labels", "Service provider"),
    e.EventKind.TRAINING: QT_TRANSLATE_NOOP("labels", "Training"),
    e.EventKind.WORKSHOP: QT_TRANSLATE_NOOP("labels", "Workshop"),
    e.EventKind.ROADSHOW: QT_TRANSLATE_NOOP("labels", "Roadshow"),
    e.EventKind.DEMO_DAY: QT_TRANSLATE_NOOP("labels", "Demo day"),
    e.EventKind.POLICY_BRIEFING: QT_TRANSLATE_NOOP("labels", "Policy briefing"),
    e.FundKind.EQUITY: QT_TRANSLATE_NOOP("labels", "Equity"),
    e.FundKind.CONVERTIBLE_NOTE: QT_TRANSLATE_NOOP("labels", "Convertible note"),
    e.FundKind.GRANT: QT_TRANSLATE_NOOP("labels", "Grant"),
    e.FundKind.LOAN: QT_TRANSLATE_NOOP("labels", "Loan product"),
    e.ApplicationStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    e.ApplicationStatus.SUBMITTED: QT_TRANSLATE_NOOP("labels", "Submitted"),
    e.ApplicationStatus.SCREENING: QT_TRANSLATE_NOOP("labels", "Screening"),
    e.ApplicationStatus.DUE_DILIGENCE: QT_TRANSLATE_NOOP("labels", "Due diligence"),
    e.ApplicationStatus.COMMITTEE: QT_TRANSLATE_NOOP("labels", "Investment committee"),
    e.ApplicationStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    e.ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("labels", "Rejected"),
    e.ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    e.ApplicationStatus.AGREEMENT_SIGNED: QT_TRANSLATE_NOOP("labels", "Agreement signed"),
    e.ApplicationStatus.DISBURSED: QT_TRANSLATE_NOOP("labels", "Disbursed"),
    e.ApplicationStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
    e.ListingStatus.NONE: QT_TRANSLATE_NOOP("labels", "Not listed"),
    e.ListingStatus.QUOTED: QT_TRANSLATE_NOOP("labels", "Quoted (NEEQ / regional market)"),
    e.ListingStatus.LISTED: QT_TRANSLATE_NOOP("labels", "Listed"),
    e.ListingStatus.ACQUIRED: QT_TRANSLATE_NOOP("labels", "Acquired"),
    e.ListingStatus.MERGED: QT_TRANSLATE_NOOP("labels", "Merged"),
    e.ExitReason.FAILED: QT_TRANSLATE_NOOP("labels", "Ceased business"),
    e.ExitReason.MOVED_OUT: QT_TRANSLATE_NOOP("labels", "Moved out"),
    e.ExitReason.MERGED: QT_TRANSLATE_NOOP("labels", "Merged or acquired"),
    e.ExitReason.CONTRACT_ENDED: QT_TRANSLATE_NOOP("labels", "Contract ended"),
    e.ExitReason.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    e.PersonRole.FOUNDER: QT_TRANSLATE_NOOP("labels", "Founder"),
    e.PersonRole.CO_FOUNDER: QT_TRANSLATE_NOOP("labels", "Co-founder"),
    e.PersonRole.LEGAL_REPRESENTATIVE: QT_TRANSLATE_NOOP("labels", "Legal representative"),
    e.PersonRole.CONTACT: QT_TRANSLATE_NOOP("labels", "Contact"),
    e.PersonRole.FINANCE: QT_TRANSLATE_NOOP("labels", "Finance"),
    e.PersonRole.EMPLOYEE: QT_TRANSLATE_NOOP("labels", "Employee"),
    e.AuditAction.CREATE: QT_TRANSLATE_NOOP("labels", "Created"),
    e.AuditAction.UPDATE: QT_TRANSLATE_NOOP("labels", "Changed"),
    e.AuditAction.DELETE: QT_TRANSLATE_NOOP("labels", "Deleted"),
    e.AuditAction.ARCHIVE: QT_TRANSLATE_NOOP("labels", "Archived"),
    e.AuditAction.MOVE: QT_TRANSLATE_NOOP("labels", "Moved"),
    e.AuditAction.IMPORT: QT_TRANSLATE_NOOP("labels", "Imported"),
    e.AuditAction.GENERATE: QT_TRANSLATE_NOOP("labels", "Generated"),
}

# Vocabularies whose values repeat other vocabularies' ("electricity", "cancelled", "active"):
# as string keys they would take each other's labels in the table above, so they are looked up
# by their class.
_BY_CLASS: dict[type[Enum], dict[str, str]] = {
    e.OperatorRole: {
        "administrator": QT_TRANSLATE_NOOP("labels", "Administrator"),
        "manager": QT_TRANSLATE_NOOP("labels", "Manager"),
        "finance": QT_TRANSLATE_NOOP("labels", "Finance"),
        "reviewer": QT_TRANSLATE_NOOP("labels", "Reviewer"),
        "coordinator": QT_TRANSLATE_NOOP("labels", "Mentoring coordinator"),
        "read-only": QT_TRANSLATE_NOOP("labels", "Read-only"),
    },
    e.BillingCycle: {
        "monthly": QT_TRANSLATE_NOOP("labels", "Monthly"),
        "quarterly": QT_TRANSLATE_NOOP("labels", "Quarterly"),
    },
    e.ChargeKind: {
        "rent": QT_TRANSLATE_NOOP("labels", "Rent"),
        "subsidy": QT_TRANSLATE_NOOP("labels", "Rent subsidy"),
        "property_fee": QT_TRANSLATE_NOOP("labels", "Property fee"),
        "electricity": QT_TRANSLATE_NOOP("labels", "Electricity"),
        "water": QT_TRANSLATE_NOOP("labels", "Water"),
        "room_booking": QT_TRANSLATE_NOOP("labels", "Room booking"),
        "equipment_booking": QT_TRANSLATE_NOOP("labels", "Equipment booking"),
        "service_fee": QT_TRANSLATE_NOOP("labels", "Service fee"),
    },
    e.MeterKind: {
        "electricity": QT_TRANSLATE_NOOP("labels", "Electricity"),
        "water": QT_TRANSLATE_NOOP("labels", "Water"),
    },
    e.RateKind: {
        "property_fee": QT_TRANSLATE_NOOP("labels", "Property fee (¥ per m² and month)"),
        "electricity": QT_TRANSLATE_NOOP("labels", "Electricity (¥ per kWh)"),
        "water": QT_TRANSLATE_NOOP("labels", "Water (¥ per m³)"),
        "room_hour": QT_TRANSLATE_NOOP("labels", "Meeting room (¥ per hour)"),
    },
    e.BillKind: {
        "bill": QT_TRANSLATE_NOOP("labels", "Bill"),
        "adjustment": QT_TRANSLATE_NOOP("labels", "Adjustment"),
        "credit_note": QT_TRANSLATE_NOOP("labels", "Credit note"),
    },
    e.BillStatus: {
        "issued": QT_TRANSLATE_NOOP("labels", "Issued"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    e.PaymentMethod: {
        "bank_transfer": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
        "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
        "wechat": QT_TRANSLATE_NOOP("labels", "WeChat Pay"),
        "alipay": QT_TRANSLATE_NOOP("labels", "Alipay"),
        "cheque": QT_TRANSLATE_NOOP("labels", "Cheque"),
        "deposit": QT_TRANSLATE_NOOP("labels", "From the deposit"),
    },
    e.PaymentStatus: {
        "recorded": QT_TRANSLATE_NOOP("labels", "Recorded"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
    e.DepositMoveKind: {
        "received": QT_TRANSLATE_NOOP("labels", "Received"),
        "applied": QT_TRANSLATE_NOOP("labels", "Used to pay bills"),
        "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
    },
    e.FeeStatus: {
        "active": QT_TRANSLATE_NOOP("labels", "Active"),
        "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    },
}

# Record types named in the audit trail (table names), for people to read.
_ENTITIES: dict[str, str] = {
    "tenants": QT_TRANSLATE_NOOP("labels", "Tenant"),
    "people": QT_TRANSLATE_NOOP("labels", "Person"),
    "stage_changes": QT_TRANSLATE_NOOP("labels", "Stage change"),
    "kpi_snapshots": QT_TRANSLATE_NOOP("labels", "Quarterly figures"),
    "investments_received": QT_TRANSLATE_NOOP("labels", "Investment received"),
    "units": QT_TRANSLATE_NOOP("labels", "Unit"),
    "allocations": QT_TRANSLATE_NOOP("labels", "Allocation"),
    "bookings": QT_TRANSLATE_NOOP("labels", "Booking"),
    "mentors": QT_TRANSLATE_NOOP("labels", "Mentor"),
    "mentoring_sessions": QT_TRANSLATE_NOOP("labels", "Mentoring session"),
    "training_events": QT_TRANSLATE_NOOP("labels", "Training event"),
    "event_registrations": QT_TRANSLATE_NOOP("labels", "Registration"),
    "funds": QT_TRANSLATE_NOOP("labels", "Fund"),
    "fund_applications": QT_TRANSLATE_NOOP("labels", "Application"),
    "settings": QT_TRANSLATE_NOOP("labels", "Setting"),
    "bills": QT_TRANSLATE_NOOP("labels", "Bill"),
    "payments": QT_TRANSLATE_NOOP("labels", "Payment"),
    "deposit_moves": QT_TRANSLATE_NOOP("labels", "Deposit"),
    "meter_readings": QT_TRANSLATE_NOOP("labels", "Meter reading"),
    "one_off_fees": QT_TRANSLATE_NOOP("labels", "One-off fee"),
    "billing_terms": QT_TRANSLATE_NOOP("labels", "Billing terms"),
    "billing_rates": QT_TRANSLATE_NOOP("labels", "Billing rate"),
    "demo": QT_TRANSLATE_NOOP("labels", "Demo data"),
    "tags": QT_TRANSLATE_NOOP("labels", "Tag"),
    "annual_returns": QT_TRANSLATE_NOOP("labels", "Annual return"),
    "qualifications": QT_TRANSLATE_NOOP("labels", "Qualification"),
    "incubator_years": QT_TRANSLATE_NOOP("labels", "Incubator's year"),
    "collection_rounds": QT_TRANSLATE_NOOP("labels", "Collection round"),
    "collection_entries": QT_TRANSLATE_NOOP("labels", "Collection return"),
    "sites": QT_TRANSLATE_NOOP("labels", "Site"),
    "buildings": QT_TRANSLATE_NOOP("labels", "Building"),
    "floors": QT_TRANSLATE_NOOP("labels", "Floor"),
    "equipment": QT_TRANSLATE_NOOP("labels", "Equipment"),
    "subsidy_policies": QT_TRANSLATE_NOOP("labels", "Rent subsidy policy"),
    "mentor_assignments": QT_TRANSLATE_NOOP("labels", "Mentor assignment"),
    "session_tenants": QT_TRANSLATE_NOOP("labels", "Session attendee"),
    "session_actions": QT_TRANSLATE_NOOP("labels", "Follow-up action"),
    "application_moves": QT_TRANSLATE_NOOP("labels", "Pipeline move"),
    "application_documents": QT_TRANSLATE_NOOP("labels", "Application document"),
    "reviews": QT_TRANSLATE_NOOP("labels", "Review"),
    "committee_decisions": QT_TRANSLATE_NOOP("labels", "Committee decision"),
    "disbursements": QT_TRANSLATE_NOOP("labels", "Tranche"),
    "billing_runs": QT_TRANSLATE_NOOP("labels", "Billing run"),
    "bill_lines": QT_TRANSLATE_NOOP("labels", "Bill line"),
    "settlements": QT_TRANSLATE_NOOP("labels", "Payment allocation"),
    "operators": QT_TRANSLATE_NOOP("labels", "Account"),
    "lookup_items": QT_TRANSLATE_NOOP("labels", "List entry"),
    "lookup_aliases": QT_TRANSLATE_NOOP("labels", "Other name of a list entry"),
}


LOCAL_OPERATOR_NAME = QT_TRANSLATE_NOOP("labels", "Local operator")


def operator_label(display_name: str) -> str:
    """An operator's name; the built-in local operator's is shown in the user's language."""
    if display_name == LOCAL_OPERATOR_NAME:
        return translate("labels", LOCAL_OPERATOR_NAME)
    return display_name


def entity_label(name: str) -> str:
    """The translated name of a record type as the audit trail stores it."""
    text = _ENTITIES.get(name)
    return translate("labels", text) if text else name.replace("_", " ")


def label(value: Enum | None) -> str:
    """The translated display name of a vocabulary value ("" for None)."""
    if value is None:
        return ""
    by_class = _BY_CLASS.get(type(value))
    text = by_class.get(value.value) if by_class is not None else _LABELS.get(value)
    return translate("labels", text) if text else str(value.value)
