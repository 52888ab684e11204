"""The fixed vocabularies of the domain (DOMAIN.md glossary), stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    PRE_INCUBATION = "pre_incubation"
    INCUBATING = "incubating"
    ACCELERATING = "accelerating"
    GRADUATED = "graduated"
    EXITED = "exited"


OPEN_STAGES = (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING)


class ExitReason(StrEnum):
    FAILED = "failed"
    MOVED_OUT = "moved_out"
    MERGED = "merged"
    CONTRACT_ENDED = "contract_ended"
    OTHER = "other"


class ListingStatus(StrEnum):
    NONE = "none"
    QUOTED = "quoted"  # 新三板 / regional equity market
    LISTED = "listed"
    ACQUIRED = "acquired"
    MERGED = "merged"


class PersonRole(StrEnum):
    FOUNDER = "founder"
    CO_FOUNDER = "co_founder"
    LEGAL_REPRESENTATIVE = "legal_representative"
    CONTACT = "contact"
    FINANCE = "finance"
    EMPLOYEE = "employee"


class LookupCategory(StrEnum):
    INDUSTRY = "industry"
    TECH_FIELD = "tech_field"
    REGISTRATION_TYPE = "registration_type"
    SECTOR = "sector"  # a section of 国民经济行业分类 (GB/T 4754), A to T


class UnitKind(StrEnum):
    OFFICE = "office"
    OPEN_DESK = "open_desk"
    LAB = "lab"
    WORKSHOP = "workshop"
    MEETING_ROOM = "meeting_room"
    WAREHOUSE = "warehouse"


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    MAINTENANCE = "maintenance"
    RETIRED = "retired"


class RentBasis(StrEnum):
    PER_M2_MONTH = "per_m2_month"
    PER_DESK_MONTH = "per_desk_month"
    PER_UNIT_MONTH = "per_unit_month"


class AllocationStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    MOVED = "moved"
    CANCELLED = "cancelled"


class BookingStatus(StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class MentorKind(StrEnum):
    ENTREPRENEURSHIP = "entrepreneurship"  # 创业导师
    PROFESSIONAL = "professional"
    INVESTOR = "investor"
    SERVICE_PROVIDER = "service_provider"


class ServiceType(StrEnum):
    COACHING = "coaching"  # 创业辅导
    MANAGEMENT_TRAINING = "management_training"  # 管理培训
    POLICY_CONSULTING = "policy_consulting"  # 政策咨询
    RD_SERVICES = "rd_services"  # 研发服务
    FINANCING = "financing"  # 融资对接


class SessionMode(StrEnum):
    ON_SITE = "on_site"
    ONLINE = "online"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class EventKind(StrEnum):
    TRAINING = "training"
    WORKSHOP = "workshop"
    ROADSHOW = "roadshow"  # 路演
    DEMO_DAY = "demo_day"
    POLICY_BRIEFING = "policy_briefing"  # 政策宣讲


class EventStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class FundKind(StrEnum):
    EQUITY = "equity"
    CONVERTIBLE_NOTE = "convertible_note"
    GRANT = "grant"
    LOAN = "loan"


class Instrument(StrEnum):
    EQUITY = "equity"
    CONVERTIBLE_NOTE = "convertible_note"
    GRANT = "grant"
    LOAN = "loan"


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SCREENING = "screening"
    DUE_DILIGENCE = "due_diligence"
    COMMITTEE = "committee"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    AGREEMENT_SIGNED = "agreement_signed"
    DISBURSED = "disbursed"
    CLOSED = "closed"


class CommitteeDecisionKind(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class DisbursementStatus(StrEnum):
    PLANNED = "planned"
    PAID = "paid"
    CANCELLED = "cancelled"


class OperatorRole(StrEnum):
    """What an account may do; services/access.py declares the actions of each."""

    ADMINISTRATOR = "administrator"
    MANAGER = "manager"
    FINANCE = "finance"
    REVIEWER = "reviewer"
    COORDINATOR = "coordinator"
    READ_ONLY = "read-only"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ARCHIVE = "archive"
    MOVE = "move"
    IMPORT = "import"
    GENERATE = "generate"


class BillingCycle(StrEnum):
    """How often a tenant is billed, as its agreement says."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class ChargeKind(StrEnum):
    """What a line of a bill charges (or credits); each maps to an account code (科目)."""

    RENT = "rent"
    SUBSIDY = "subsidy"  # the rent subsidy: a negative line
    PROPERTY_FEE = "property_fee"  # 物业费, per m² and month
    ELECTRICITY = "electricity"
    WATER = "water"
    ROOM_BOOKING = "room_booking"
    EQUIPMENT_BOOKING = "equipment_booking"
    SERVICE_FEE = "service_fee"  # a one-off fee


class MeterKind(StrEnum):
    ELECTRICITY = "electricity"
    WATER = "water"


class RateKind(StrEnum):
    """Prices set by the incubator, each from a date: 物业费 per m², utilities, room hours."""

    PROPERTY_FEE = "property_fee"  # ¥ per m² and month
    ELECTRICITY = "electricity"  # ¥ per kWh
    WATER = "water"  # ¥ per m³
    ROOM_HOUR = "room_hour"  # ¥ per hour of a meeting-room booking


class BillKind(StrEnum):
    BILL = "bill"  # the period's first bill
    ADJUSTMENT = "adjustment"  # a later bill for the same period: more to pay
    CREDIT_NOTE = "credit_note"  # a later bill for the same period: less to pay (negative)


class BillStatus(StrEnum):
    ISSUED = "issued"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    CHEQUE = "cheque"
    DEPOSIT = "deposit"  # taken from the deposit the tenant paid


class PaymentStatus(StrEnum):
    RECORDED = "recorded"
    CANCELLED = "cancelled"


class DepositMoveKind(StrEnum):
    RECEIVED = "received"
    APPLIED = "applied"  # used to pay bills
    RETURNED = "returned"


class FeeStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class QualificationKind(StrEnum):
    """The recognitions the Torch return asks about, each with a certificate or registration."""

    HIGH_TECH = "high_tech"  # 高新技术企业 (certificate number and date)
    TECH_SME = "tech_sme"  # 科技型中小企业 (registration number)
    INNOVATIVE_SME = "innovative_sme"  # 创新型中小企业
    SPECIALISED_SME = "specialised_sme"  # 专精特新中小企业
    LITTLE_GIANT = "little_giant"  # 专精特新"小巨人"


class FounderType(StrEnum):
    """A founder's background as the Torch return classifies it (创业者类型)."""

    STUDENT = "student"  # 大学生
    RESEARCHER = "researcher"  # 科技人员
    RETURNEE = "returnee"  # 留学人员
    SERIAL = "serial"  # 连续创业者
    EXECUTIVE = "executive"  # 大企业高管
    OTHER = "other"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class TaxpayerType(StrEnum):
    GENERAL = "general"  # 一般纳税人
    SMALL_SCALE = "small_scale"  # 小规模纳税人


class RoundKind(StrEnum):
    """What a collection round asks tenants for."""

    QUARTERLY = "quarterly"  # a quarter's figures (经营数据)
    ANNUAL = "annual"  # the per-tenant data of the annual statistics return


class ReturnStatus(StrEnum):
    """Where a tenant's file of a collection round stands."""

    SENT = "sent"  # written, nothing back yet: missing
    REJECTED = "rejected"  # came back with problems; nothing of it was saved
    CONFLICT = "conflict"  # came back, but figures already entered differ
    ACCEPTED = "accepted"  # came back and was imported


# --- groups of the values above that several areas count by ---------------------------------

LETTABLE_KINDS = (
    UnitKind.OFFICE,
    UnitKind.OPEN_DESK,
    UnitKind.LAB,
    UnitKind.WORKSHOP,
    UnitKind.WAREHOUSE,
)
"""The kinds of unit let by the month; a meeting room is only ever booked by the hour."""

INVESTMENT_INSTRUMENTS = (Instrument.EQUITY, Instrument.CONVERTIBLE_NOTE)
"""The incubator's own money that counts as investment when paid (grants and loans do not)."""
