"""Tenant use cases: create, edit, archive; people; stage changes; quarterly figures; lists."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..core.errors import ConflictError, NotFound, ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ..core.periods import (
    add_months,
    last_complete_quarter,
    period_text,
    previous_quarter,
    quarter_of,
)
from ..core.vocabularies import (
    OPEN_STAGES,
    ExitReason,
    ListingStatus,
    LookupCategory,
    PersonRole,
    Stage,
)
from ..db import Database
from ..models import (
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Operator,
    Person,
    StageChange,
    Tag,
    Tenant,
    tenant_tags,
    utcnow,
)
from . import creditcode, graduation
from .overview import Query, Register, _like

MAX_NAME = 200
MAX_NOTES = 10_000
MAX_MONEY = Decimal("1e13")  # ten trillion yuan: beyond it a figure is a typing slip

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{5,24}$")
_EMOJI = re.compile("[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff]")


_t = Translator("errors")


REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please ({count} given).")
NO_EMOJI = QT_TRANSLATE_NOOP("errors", "Emoji and pictographs are not allowed in names.")
IN_FUTURE = QT_TRANSLATE_NOOP("errors", "This date is in the future.")
ENTRY_BEFORE_FOUNDING = QT_TRANSLATE_NOOP(
    "errors", "The entry date ({entry}) is before the founding date ({founded})."
)
GRAD_BEFORE_ENTRY = QT_TRANSLATE_NOOP(
    "errors", "The planned graduation date is before the entry date."
)
NEGATIVE = QT_TRANSLATE_NOOP("errors", "Must not be negative.")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "This amount is implausibly large.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP(
    "errors", "The credit code {code} is already used by “{name}” (entered {entry})."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "errors", "“{value}” is not a phone number: use digits, spaces, + - ( ) only."
)
BAD_EMAIL = QT_TRANSLATE_NOOP("errors", "“{value}” is not an e-mail address.")
SAME_STAGE = QT_TRANSLATE_NOOP("errors", "The tenant is already at this stage.")
EXIT_NEEDS_REASON = QT_TRANSLATE_NOOP("errors", "Choose why the tenant exited.")
CHANGE_BEFORE_LAST = QT_TRANSLATE_NOOP(
    "errors", "The date is before the last recorded stage change ({last})."
)
ARCHIVED = QT_TRANSLATE_NOOP("errors", "This tenant is archived and cannot be changed.")
STAFF_PARTS = QT_TRANSLATE_NOOP(
    "errors", "R&D staff ({part}) cannot be more than the total staff ({total})."
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP("errors", "The quarter {period} has not begun yet.")
LOOKUP_CODE = QT_TRANSLATE_NOOP(
    "errors", "The code “{code}” is already used in this list by “{name}”."
)
BAD_CODE = QT_TRANSLATE_NOOP(
    "errors", "A code is made of lower-case letters, digits and underscores."
)
HIGH_TECH_DATE = QT_TRANSLATE_NOOP(
    "errors", "Give the date of the High-Tech Enterprise certificate."
)


# --- Incubation period ------------------------------------------------------------------------


def incubation_limit_months(db: Database, industry_id: int | None) -> int:
    """The graduation rules' incubation limit for a tenant of this industry, in months."""
    return graduation.incubation_limit_months(db, industry_id)


def planned_graduation(
    db: Database, entry: dt.date | None, industry_id: int | None
) -> dt.date | None:
    if entry is None:
        return None
    return add_months(entry, incubation_limit_months(db, industry_id))


# --- Lookup lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LookupRow:
    id: int
    category: LookupCategory
    code: str
    name_zh: str
    name_en: str
    sort_order: int
    active: bool
    long_incubation: bool
    version: int

    def name(self, lang: str = "zh") -> str:
        return (self.name_zh if lang.startswith("zh") else self.name_en) or self.name_zh


def lookups(
    db: Database, category: LookupCategory, include_inactive: bool = False
) -> list[LookupRow]:
    stmt = select(LookupItem).where(LookupItem.category == category)
    if not include_inactive:
        stmt = stmt.where(LookupItem.active.is_(True))
    stmt = stmt.order_by(LookupItem.sort_order, LookupItem.id)
    with db.read() as s:
        return [_lookup_row(x) for x in s.scalars(stmt)]


def _lookup_row(x: LookupItem) -> LookupRow:
    return LookupRow(
        x.id,
        x.category,
        x.code,
        x.name_zh,
        x.name_en,
        x.sort_order,
        x.active,
        x.long_incubation,
        x.version,
    )


_CODE = re.compile(r"^[a-z0-9_]{1,64}$")


def save_lookup(
    db: Database,
    category: LookupCategory,
    code: str,
    name_zh: str,
    name_en: str,
    *,
    long_incubation: bool = False,
    active: bool = True,
    item_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Create or change an entry of a list; entries are deactivated, never deleted."""
    code, name_zh, name_en = code.strip(), name_zh.strip(), name_en.strip()
    errors: dict[str, str] = {}
    if not _CODE.match(code):
        errors["code"] = _t(BAD_CODE)
    if not name_zh and not name_en:
        errors["name_zh"] = _t(REQUIRED)
    for key, value in (("name_zh", name_zh), ("name_en", name_en)):
        if len(value) > 120:
            errors[key] = _t(TOO_LONG, limit=120, count=len(value))
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"list {category.value}: {code}") as uow:
        s = uow.session
        other = s.scalar(
            select(LookupItem).where(LookupItem.category == category, LookupItem.code == code)
        )
        if other is not None and other.id != item_id:
            raise ValidationError({"code": _t(LOOKUP_CODE, code=code, name=other.name_zh)})
        if item_id is None:
            top = s.scalar(
                select(func.coalesce(func.max(LookupItem.sort_order), 0)).where(
                    LookupItem.category == category
                )
            )
            item = LookupItem(category=category, code=code, sort_order=(top or 0) + 1)
            s.add(item)
        else:
            item = uow.get(LookupItem, item_id, expected_version)
            item.code = code
        item.name_zh = name_zh or name_en
        item.name_en = name_en or name_zh
        item.long_incubation = long_incubation
        item.active = active
        uow.commit()
        return item.id


def all_tags(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Tag.name).order_by(Tag.name)))


def split_tags(text: str) -> list[str]:
    return [t for t in (x.strip() for x in re.split(r"[;,，；、|/]", text or "")) if t]


# --- Tenants ------------------------------------------------------------------------------------


@dataclass
class TenantInput:
    """What a person enters for a tenant (the edit form, or one import row)."""

    name_zh: str = ""
    name_en: str = ""
    credit_code: str = ""
    founded_on: dt.date | None = None
    registered_capital: Decimal | None = None
    industry_id: int | None = None
    tech_field_id: int | None = None
    registration_type_id: int | None = None
    park_address: str = ""
    entry_date: dt.date | None = None
    planned_graduation_on: dt.date | None = None  # None: from the incubation-period rule
    high_tech_enterprise: bool = False
    high_tech_since: dt.date | None = None
    listing_status: ListingStatus = ListingStatus.NONE
    listing_date: dt.date | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""


TENANT_FIELDS = tuple(f.name for f in fields(TenantInput))


@dataclass(frozen=True)
class TenantDetail:
    id: int
    version: int
    data: TenantInput
    stage: Stage
    exit_reason: ExitReason | None
    graduated_on: dt.date | None
    archived_at: dt.datetime | None
    industry_name: str
    limit_months: int


def _text_problem(value: str, limit: int, *, name: bool = False) -> str | None:
    if len(value) > limit:
        return _t(TOO_LONG, limit=limit, count=len(value))
    if name and _EMOJI.search(value):
        return _t(NO_EMOJI)
    return None


def validate_tenant(data: TenantInput, today: dt.date | None = None) -> dict[str, str]:
    """Field → message for everything wrong with `data` on its own (no database needed).

    Normalises the credit code and trims text in place.
    """
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    data.name_zh = data.name_zh.strip()
    data.name_en = data.name_en.strip()
    data.park_address = data.park_address.strip()
    if not data.name_zh:
        errors["name_zh"] = _t(REQUIRED)
    for key, limit, is_name in (
        ("name_zh", MAX_NAME, True),
        ("name_en", MAX_NAME, True),
        ("park_address", 200, False),
        ("notes", MAX_NOTES, False),
    ):
        problem = _text_problem(getattr(data, key), limit, name=is_name)
        if problem and key not in errors:
            errors[key] = problem
    if data.credit_code.strip():
        try:
            data.credit_code = creditcode.validate(data.credit_code)
        except ValidationError as exc:
            errors.update(exc.fields)
    else:
        data.credit_code = ""
    for key in ("founded_on", "entry_date", "high_tech_since", "listing_date"):
        day = getattr(data, key)
        if day is not None and day > today:
            errors[key] = _t(IN_FUTURE)
    if data.founded_on and data.entry_date and data.entry_date < data.founded_on:
        errors["entry_date"] = _t(
            ENTRY_BEFORE_FOUNDING,
            entry=data.entry_date.isoformat(),
            founded=data.founded_on.isoformat(),
        )
    if (
        data.planned_graduation_on
        and data.entry_date
        and data.planned_graduation_on < data.entry_date
    ):
        errors["planned_graduation_on"] = _t(GRAD_BEFORE_ENTRY)
    if data.registered_capital is not None:
        if data.registered_capital < 0:
            errors["registered_capital"] = _t(NEGATIVE)
        elif data.registered_capital >= MAX_MONEY:
            errors["registered_capital"] = _t(TOO_BIG)
    if not data.high_tech_enterprise:
        data.high_tech_since = None
    for tag in data.tags:
        if len(tag) > 64:
            errors["tags"] = _t(TOO_LONG, limit=64, count=len(tag))
    return errors


def _check_code_free(s: Session, code: str, tenant_id: int | None) -> str | None:
    if not code:
        return None
    other = s.execute(
        select(Tenant.id, Tenant.name_zh, Tenant.entry_date).where(Tenant.credit_code == code)
    ).first()
    if other is None or other.id == tenant_id:
        return None
    entry = other.entry_date.isoformat() if other.entry_date else "—"
    return _t(DUPLICATE_CODE, code=code, name=other.name_zh, entry=entry)


def _tags(s: Session, names: Iterable[str]) -> list[Tag]:
    wanted = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not wanted:
        return []
    have = {t.name: t for t in s.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    out = []
    for name in wanted:
        tag = have.get(name)
        if tag is None:
            tag = Tag(name=name)
            s.add(tag)
        out.append(tag)
    return out


def _apply(tenant: Tenant, data: TenantInput, planned: dt.date | None) -> None:
    for key in TENANT_FIELDS:
        if key in ("tags", "planned_graduation_on", "credit_code"):
            continue
        setattr(tenant, key, getattr(data, key))
    tenant.credit_code = data.credit_code or None
    tenant.planned_graduation_on = data.planned_graduation_on or planned


def create_tenant(
    db: Database, data: TenantInput, stage: Stage = Stage.INCUBATING, today: dt.date | None = None
) -> int:
    errors = validate_tenant(data, today)
    by_rule = planned_graduation(db, data.entry_date, data.industry_id)
    with db.uow(summary=f"new tenant {data.name_zh}") as uow:
        s = uow.session
        if "credit_code" not in errors and (dup := _check_code_free(s, data.credit_code, None)):
            errors["credit_code"] = dup
        if errors:
            raise ValidationError(errors)
        tenant = Tenant(stage=stage)
        _apply(tenant, data, by_rule)
        tenant.tags = _tags(s, data.tags)
        s.add(tenant)
        s.flush()
        s.add(
            StageChange(
                tenant_id=tenant.id,
                from_stage=None,
                to_stage=stage,
                changed_on=data.entry_date or (today or dt.date.today()),
                reason=translate("labels", QT_TRANSLATE_NOOP("labels", "Registered")),
                operator_id=db.operator_id,
            )
        )
        uow.commit()
        invalidate_search(db)
        return tenant.id


def update_tenant(
    db: Database,
    tenant_id: int,
    data: TenantInput,
    expected_version: int,
    today: dt.date | None = None,
) -> int:
    errors = validate_tenant(data, today)
    by_rule = planned_graduation(db, data.entry_date, data.industry_id)
    with db.uow(summary=f"edit tenant {data.name_zh}") as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id, expected_version)
        if tenant.archived_at is not None:
            raise ConflictError(ARCHIVED)
        if "credit_code" not in errors and (
            dup := _check_code_free(s, data.credit_code, tenant_id)
        ):
            errors["credit_code"] = dup
        if errors:
            raise ValidationError(errors)
        planned = data.planned_graduation_on
        rule_changed = (
            data.entry_date != tenant.entry_date or data.industry_id != tenant.industry_id
        )
        if planned is None or (rule_changed and planned == tenant.planned_graduation_on):
            planned = by_rule
        data.planned_graduation_on = planned
        _apply(tenant, data, planned)
        tenant.tags = _tags(s, data.tags)
        uow.commit()
        invalidate_search(db)
        return tenant.version


def archive_tenant(db: Database, tenant_id: int, expected_version: int) -> None:
    """Hide a tenant from the register. Nothing is deleted: its history stays referenced."""
    with db.uow(summary="archive tenant") as uow:
        tenant = uow.get(Tenant, tenant_id, expected_version)
        tenant.archived_at = utcnow()
        uow.commit()
        invalidate_search(db)


def restore_tenant(db: Database, tenant_id: int, expected_version: int) -> None:
    with db.uow(summary="restore tenant") as uow:
        tenant = uow.get(Tenant, tenant_id, expected_version)
        tenant.archived_at = None
        uow.commit()
        invalidate_search(db)


def get_tenant(db: Database, tenant_id: int) -> TenantDetail:
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
        data = TenantInput(**{k: getattr(t, k) for k in TENANT_FIELDS if k != "tags"})
        data.credit_code = t.credit_code or ""
        data.tags = sorted(tag.name for tag in t.tags)
        industry = t.industry
        detail = TenantDetail(
            id=t.id,
            version=t.version,
            data=data,
            stage=t.stage,
            exit_reason=t.exit_reason,
            graduated_on=t.graduated_on,
            archived_at=t.archived_at,
            industry_name=industry.name_zh if industry else "",
            limit_months=0,
        )
    limit = incubation_limit_months(db, detail.data.industry_id)
    return replace(detail, limit_months=limit)


# --- People -------------------------------------------------------------------------------------


@dataclass
class PersonInput:
    name: str = ""
    role: PersonRole = PersonRole.CONTACT
    phone: str = ""
    email: str = ""
    is_primary_contact: bool = False
    student_founder: bool = False
    returnee: bool = False
    serial_entrepreneur: bool = False
    talent_programme: bool = False


PERSON_FIELDS = tuple(f.name for f in fields(PersonInput))


@dataclass(frozen=True)
class PersonRow:
    id: int
    version: int
    data: PersonInput


def validate_person(p: PersonInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    p.name, p.phone, p.email = p.name.strip(), p.phone.strip(), p.email.strip()
    if not p.name:
        errors["name"] = _t(REQUIRED)
    elif problem := _text_problem(p.name, 120, name=True):
        errors["name"] = problem
    if p.phone and not _PHONE.match(p.phone):
        errors["phone"] = _t(BAD_PHONE, value=p.phone[:40])
    if p.email and (len(p.email) > 200 or not _EMAIL.match(p.email)):
        errors["email"] = _t(BAD_EMAIL, value=p.email[:60])
    return errors


def people(db: Database, tenant_id: int) -> list[PersonRow]:
    stmt = (
        select(Person)
        .where(Person.tenant_id == tenant_id, Person.archived_at.is_(None))
        .order_by(Person.is_primary_contact.desc(), Person.id)
    )
    with db.read() as s:
        return [
            PersonRow(p.id, p.version, PersonInput(**{k: getattr(p, k) for k in PERSON_FIELDS}))
            for p in s.scalars(stmt)
        ]


def save_person(
    db: Database,
    tenant_id: int,
    data: PersonInput,
    person_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    errors = validate_person(data)
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"person {data.name}") as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id)
        if tenant.archived_at is not None:
            raise ConflictError(ARCHIVED)
        if person_id is None:
            person = Person(tenant_id=tenant_id)
            s.add(person)
        else:
            person = uow.get(Person, person_id, expected_version)
        for key in PERSON_FIELDS:
            setattr(person, key, getattr(data, key))
        if data.is_primary_contact:
            for other in s.scalars(
                select(Person).where(
                    Person.tenant_id == tenant_id,
                    Person.is_primary_contact.is_(True),
                    Person.id != (person_id or -1),
                )
            ):
                other.is_primary_contact = False
        uow.commit()
        invalidate_search(db)
        return person.id


def archive_person(db: Database, person_id: int, expected_version: int) -> None:
    with db.uow(summary="remove person") as uow:
        person = uow.get(Person, person_id, expected_version)
        person.archived_at = utcnow()
        uow.commit()
        invalidate_search(db)


# --- Stage ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageChangeRow:
    changed_on: dt.date
    from_stage: Stage | None
    to_stage: Stage
    reason: str
    exit_reason: ExitReason | None
    operator: str
    recorded_at: dt.datetime


def stage_history(db: Database, tenant_id: int) -> list[StageChangeRow]:
    stmt = (
        select(StageChange, Operator.display_name)
        .join(Operator, Operator.id == StageChange.operator_id)
        .where(StageChange.tenant_id == tenant_id)
        .order_by(StageChange.changed_on, StageChange.id)
    )
    with db.read() as s:
        return [
            StageChangeRow(
                c.changed_on, c.from_stage, c.to_stage, c.reason, c.exit_reason, name, c.recorded_at
            )
            for c, name in s.execute(stmt)
        ]


def change_stage(
    db: Database,
    tenant_id: int,
    to_stage: Stage,
    on: dt.date,
    reason: str,
    expected_version: int,
    exit_reason: ExitReason | None = None,
    today: dt.date | None = None,
) -> int:
    """Move a tenant along the chain, recording when, why and by whom. Returns the new version."""
    today = today or dt.date.today()
    errors: dict[str, str] = {}
    if on > today:
        errors["changed_on"] = _t(IN_FUTURE)
    if to_stage == Stage.EXITED and exit_reason is None:
        errors["exit_reason"] = _t(EXIT_NEEDS_REASON)
    if problem := _text_problem(reason, 2000):
        errors["reason"] = problem
    with db.uow(summary=f"stage → {to_stage.value}") as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id, expected_version)
        if tenant.archived_at is not None:
            raise ConflictError(ARCHIVED)
        if tenant.stage == to_stage:
            errors["stage"] = _t(SAME_STAGE)
        last = s.scalar(
            select(func.max(StageChange.changed_on)).where(StageChange.tenant_id == tenant_id)
        )
        if last is not None and on < last and "changed_on" not in errors:
            errors["changed_on"] = _t(CHANGE_BEFORE_LAST, last=last.isoformat())
        if errors:
            raise ValidationError(errors)
        s.add(
            StageChange(
                tenant_id=tenant_id,
                from_stage=tenant.stage,
                to_stage=to_stage,
                changed_on=on,
                reason=reason.strip(),
                exit_reason=exit_reason if to_stage == Stage.EXITED else None,
                operator_id=db.operator_id,
            )
        )
        tenant.stage = to_stage
        tenant.exit_reason = exit_reason if to_stage == Stage.EXITED else None
        if to_stage == Stage.GRADUATED:
            tenant.graduated_on = on
        uow.commit()
        return tenant.version


# --- Quarterly figures ----------------------------------------------------------------------

COUNT_FIGURES = (
    "staff_total",
    "staff_rd",
    "staff_phd",
    "staff_master",
    "staff_bachelor",
    "staff_college",
    "staff_returnees",
    "fresh_graduates_hired",
    "invention_applications",
    "invention_grants",
    "utility_models",
    "designs",
    "software_copyrights",
    "valid_invention_patents",
    "ic_layouts",
    "tech_contracts_count",
)
MONEY_FIGURES = (
    "revenue",
    "net_profit",
    "export_value",
    "rd_spend",
    "taxes_paid",
    "tech_contracts_value",
)
FIGURE_FIELDS = COUNT_FIGURES[:8] + MONEY_FIGURES[:5] + COUNT_FIGURES[8:] + MONEY_FIGURES[5:]
SIGNED_FIGURES = ("net_profit",)  # a loss is a negative profit


@dataclass(frozen=True)
class Figures:
    """One quarter's figures of one tenant (values None when not reported)."""

    year: int
    quarter: int
    values: dict[str, Any]
    awards: str = ""
    notes: str = ""
    id: int | None = None
    version: int | None = None
    investment: Decimal = Decimal(0)

    @property
    def period(self) -> str:
        return period_text(self.year, self.quarter)


def _figures(k: KpiSnapshot, investment: Decimal = Decimal(0)) -> Figures:
    return Figures(
        k.year,
        k.quarter,
        {f: getattr(k, f) for f in FIGURE_FIELDS},
        k.awards,
        k.notes,
        k.id,
        k.version,
        investment,
    )


def figures_history(db: Database, tenant_id: int) -> list[Figures]:
    """Every reported quarter of a tenant, oldest first, with the investment received in it."""
    inv = dict(((y, q), amount) for y, q, amount in _investment_totals(db, tenant_id))
    stmt = (
        select(KpiSnapshot)
        .where(KpiSnapshot.tenant_id == tenant_id)
        .order_by(KpiSnapshot.year, KpiSnapshot.quarter)
    )
    with db.read() as s:
        return [_figures(k, inv.get((k.year, k.quarter), Decimal(0))) for k in s.scalars(stmt)]


def _investment_totals(db: Database, tenant_id: int) -> list[tuple[int, int, Decimal]]:
    stmt = (
        select(
            InvestmentReceived.year, InvestmentReceived.quarter, func.sum(InvestmentReceived.amount)
        )
        .where(InvestmentReceived.tenant_id == tenant_id)
        .group_by(InvestmentReceived.year, InvestmentReceived.quarter)
    )
    with db.read() as s:
        return [(y, q, a or Decimal(0)) for y, q, a in s.execute(stmt)]


def figures_for(
    db: Database, tenant_id: int, year: int, quarter: int
) -> tuple[Figures | None, Figures | None]:
    """The quarter's figures and the previous quarter's, for entering them side by side."""
    py, pq = previous_quarter(year, quarter)
    with db.read() as s:
        rows = {
            (k.year, k.quarter): _figures(k)
            for k in s.scalars(
                select(KpiSnapshot).where(
                    KpiSnapshot.tenant_id == tenant_id,
                    or_(
                        and_(KpiSnapshot.year == year, KpiSnapshot.quarter == quarter),
                        and_(KpiSnapshot.year == py, KpiSnapshot.quarter == pq),
                    ),
                )
            )
        }
    return rows.get((year, quarter)), rows.get((py, pq))


def validate_figures(
    values: dict[str, Any], year: int, quarter: int, today: dt.date | None = None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if (year, quarter) > quarter_of(today or dt.date.today()) or year < 1980:
        errors["period"] = _t(FUTURE_PERIOD, period=period_text(year, quarter))
    for key, value in values.items():
        if value is None:
            continue
        if key in COUNT_FIGURES and value < 0:
            errors[key] = _t(NEGATIVE)
        elif key in MONEY_FIGURES:
            if value < 0 and key not in SIGNED_FIGURES:
                errors[key] = _t(NEGATIVE)
            elif abs(value) >= MAX_MONEY:
                errors[key] = _t(TOO_BIG)
    total, rd = values.get("staff_total"), values.get("staff_rd")
    if total is not None and rd is not None and rd > total and "staff_rd" not in errors:
        errors["staff_rd"] = _t(STAFF_PARTS, part=rd, total=total)
    return errors


def save_figures(
    db: Database,
    tenant_id: int,
    year: int,
    quarter: int,
    values: dict[str, Any],
    awards: str = "",
    notes: str = "",
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Enter or correct one quarter's figures. Returns the record's new version."""
    values = {k: v for k, v in values.items() if k in FIGURE_FIELDS}
    errors = validate_figures(values, year, quarter, today)
    if problem := _text_problem(awards, 2000):
        errors["awards"] = problem
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"figures {period_text(year, quarter)}") as uow:
        s = uow.session
        uow.get(Tenant, tenant_id)
        snap = s.scalar(
            select(KpiSnapshot).where(
                KpiSnapshot.tenant_id == tenant_id,
                KpiSnapshot.year == year,
                KpiSnapshot.quarter == quarter,
            )
        )
        if snap is None:
            snap = KpiSnapshot(tenant_id=tenant_id, year=year, quarter=quarter)
            s.add(snap)
        elif expected_version is not None and snap.version != expected_version:
            uow.get(KpiSnapshot, snap.id, expected_version)
        for key in FIGURE_FIELDS:
            setattr(snap, key, values.get(key))
        snap.awards = awards.strip()
        snap.notes = notes.strip()
        uow.commit()
        return snap.version


@dataclass(frozen=True)
class InvestmentRow:
    id: int
    year: int
    quarter: int
    investor: str
    amount: Decimal
    round: str


def investments(db: Database, tenant_id: int) -> list[InvestmentRow]:
    stmt = (
        select(InvestmentReceived)
        .where(InvestmentReceived.tenant_id == tenant_id)
        .order_by(InvestmentReceived.year, InvestmentReceived.quarter, InvestmentReceived.id)
    )
    with db.read() as s:
        return [
            InvestmentRow(i.id, i.year, i.quarter, i.investor, i.amount, i.round)
            for i in s.scalars(stmt)
        ]


def add_investment(
    db: Database,
    tenant_id: int,
    year: int,
    quarter: int,
    investor: str,
    amount: Decimal,
    round_: str = "",
) -> int:
    errors: dict[str, str] = {}
    investor = investor.strip()
    if not investor:
        errors["investor"] = _t(REQUIRED)
    elif problem := _text_problem(investor, 200):
        errors["investor"] = problem
    if amount <= 0:
        errors["amount"] = _t(NEGATIVE)
    elif amount >= MAX_MONEY:
        errors["amount"] = _t(TOO_BIG)
    if (year, quarter) > quarter_of(dt.date.today()):
        errors["period"] = _t(FUTURE_PERIOD, period=period_text(year, quarter))
    if errors:
        raise ValidationError(errors)
    with db.uow(summary=f"investment {investor}") as uow:
        uow.get(Tenant, tenant_id)
        row = InvestmentReceived(
            tenant_id=tenant_id,
            year=year,
            quarter=quarter,
            investor=investor,
            amount=amount,
            round=round_.strip()[:40],
        )
        uow.session.add(row)
        uow.commit()
        return row.id


# --- The register (the Tenants page and the export) -------------------------------------------

# --- Search index: substring search over 50,000 tenants within a keystroke -------------------
# A LIKE '%text%' over names, codes and every contact cannot use an index, and costs a few
# hundred milliseconds on 50,000 tenants. The register instead keeps the searchable text of
# every tenant in memory (a few MB) and asks the database only for the matching ids.

IN_LIMIT = 5000  # more matches than this: the search is not selective, let SQL filter
RECHECK_SECONDS = 10.0  # changes by another user show in searches within this delay


class SearchIndex:
    def __init__(self) -> None:
        self.ids: list[int] = []
        self.text: list[str] = []
        self.codes: list[str] = []
        self.stamp: tuple[Any, ...] | None = None
        self.checked = 0.0
        self.joined = ""
        self.starts: list[int] = []
        self.lock = threading.Lock()
        self._last: tuple[str, Any, list[int], list[int]] | None = None

    def _current_stamp(self, s: Session) -> tuple[Any, ...]:
        t = s.execute(select(func.count(Tenant.id), func.max(Tenant.updated_at))).one()
        p = s.execute(select(func.count(Person.id), func.max(Person.updated_at))).one()
        return (*t, *p)

    def refresh(self, db: Database, force: bool = False) -> None:
        with self.lock:  # the page warms the index in a worker thread
            self._refresh(db, force)

    def _refresh(self, db: Database, force: bool) -> None:
        now = time.monotonic()
        if not force and self.stamp is not None and now - self.checked < RECHECK_SECONDS:
            return
        with db.read() as s:
            stamp = self._current_stamp(s)
            self.checked = now
            if stamp == self.stamp and not force:
                return
            extra: dict[int, list[str]] = {}
            for tid, name, phone in s.execute(
                select(Person.tenant_id, Person.name, Person.phone).where(
                    Person.archived_at.is_(None)
                )
            ):
                extra.setdefault(tid, []).extend((name, phone))
            ids, text, codes = [], [], []
            for tid, zh, en, code in s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.name_en, Tenant.credit_code).where(
                    Tenant.archived_at.is_(None)
                )
            ):
                ids.append(tid)
                code_text = (code or "").lower()
                # \0 keeps a match from spanning two fields; the code is searched without spaces
                text.append("\0".join((zh, en, *extra.get(tid, ()), code_text)).lower())
                codes.append(code_text)
            starts, at = [], 0
            for hay in text:
                starts.append(at)
                at += len(hay) + 1
            self.joined = "\n".join(text)  # "\n" never occurs inside a lowered entry
            self.ids, self.text, self.codes, self.starts = ids, text, codes, starts
            self.stamp = stamp

    def match(self, text: str) -> list[int]:
        """Ids of the tenants whose names, contacts, phones or credit code contain `text`."""
        t = text.strip().lower()
        last = self._last
        if last is not None and last[1] == self.stamp and last[0] == t:
            return last[3]
        compact = "".join(t.split())
        hays = self.text
        if last is not None and last[1] == self.stamp and last[0] and last[0] in t:
            # Typing on: every match of the longer text is among the matches of the shorter.
            candidates: Iterable[int] = last[2]
        elif t == compact and self.joined.count(t) <= 20_000:
            candidates = self._scan(t)
        else:
            candidates = range(len(hays))
        if t == compact:
            positions = [i for i in candidates if t in hays[i]]
        else:
            codes = self.codes
            positions = [i for i in candidates if t in hays[i] or compact in codes[i]]
        ids = self.ids
        found = [ids[i] for i in positions]
        self._last = (t, self.stamp, positions, found)
        return found

    def _scan(self, t: str) -> list[int]:
        """Tenants (positions) containing `t`, found by scanning one joined string."""
        joined, starts = self.joined, self.starts
        out: list[int] = []
        at = joined.find(t)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            out.append(i)
            at = joined.find(t, starts[i + 1] if i + 1 < len(starts) else len(joined))
        return out


_INDEXES: dict[int, SearchIndex] = {}


def search_index(db: Database) -> SearchIndex:
    index = _INDEXES.setdefault(id(db.engine), SearchIndex())
    index.refresh(db)
    return index


def invalidate_search(db: Database) -> None:
    """After a change: the next search reads the tenants again."""
    index = _INDEXES.get(id(db.engine))
    if index is not None:
        index.stamp = None


@dataclass(frozen=True)
class TenantRegister(Register):
    """The tenant register, searched through the in-memory index and counted leanly."""

    def _where(self, db: Database, q: Query) -> tuple[list[Any], int | None]:
        """The WHERE clauses for `q`, and the count when the search index already knows it."""
        where: list[Any] = []
        known: int | None = None
        text = q.search.strip()
        if text:
            ids = search_index(db).match(text)
            known = len(ids)
            if len(ids) <= IN_LIMIT:
                where.append(Tenant.id.in_(ids))
            else:
                assert self.search is not None
                where.append(self.search(text))
        active = False
        for name, value in q.filters.items():
            if value is not None and value != "" and name in self.filters:
                where.append(self.filters[name](value))
                active = True
        return where, (None if active else known)

    def filtered(self, db: Database, q: Query) -> tuple[Any, int | None]:
        """The filtered statement, and the count when the index already knows it."""
        where, known = self._where(db, q)
        return self.base.where(*where), known

    def count(self, db: Database, q: Query) -> int:
        where, known = self._where(db, q)
        if known is not None:
            return known
        # Only the tenants table: no joins, no contact subqueries.
        lean = select(func.count(Tenant.id)).where(Tenant.archived_at.is_(None), *where)
        with db.read() as s:
            return s.scalar(lean) or 0

    def rows(self, db: Database, q: Query) -> list[tuple[Any, ...]]:
        stmt, _known = self.filtered(db, q)
        key = q.sort_key if q.sort_key in self.sortable else self.default_sort
        if key:
            col = self.sortable[key]
            stmt = stmt.order_by(col.desc() if q.descending else col.asc())
        stmt = stmt.order_by(Tenant.id)
        with db.read() as s:
            return [tuple(r) for r in s.execute(stmt.offset(q.offset).limit(q.limit))]


INDUSTRY = aliased(LookupItem)


def tenant_register(today: dt.date | None = None) -> TenantRegister:
    """The tenant list with every filter the page offers; search and sort done by the database."""
    today = today or dt.date.today()
    contact = (
        select(Person.name)
        .where(Person.tenant_id == Tenant.id, Person.archived_at.is_(None))
        .order_by(Person.is_primary_contact.desc(), Person.id)
        .limit(1)
        .scalar_subquery()
    )
    phone = (
        select(Person.phone)
        .where(Person.tenant_id == Tenant.id, Person.archived_at.is_(None))
        .order_by(Person.is_primary_contact.desc(), Person.id)
        .limit(1)
        .scalar_subquery()
    )
    base = (
        select(
            Tenant.id,
            Tenant.name_zh,
            Tenant.name_en,
            Tenant.credit_code,
            Tenant.stage,
            Tenant.industry_id.label("industry"),
            Tenant.entry_date,
            Tenant.planned_graduation_on,
            contact.label("contact"),
            phone.label("phone"),
            Tenant.high_tech_enterprise,
        )
        .outerjoin(INDUSTRY, INDUSTRY.id == Tenant.industry_id)
        .where(Tenant.archived_at.is_(None))
    )

    def search(text: str) -> Any:
        like = _like(text)
        code = _like("".join(text.split()).upper())
        people_match = (
            select(Person.id)
            .where(Person.tenant_id == Tenant.id, Person.archived_at.is_(None))
            .where(or_(Person.name.ilike(like, escape="\\"), Person.phone.like(like, escape="\\")))
            .exists()
        )
        return or_(
            Tenant.name_zh.ilike(like, escape="\\"),
            Tenant.name_en.ilike(like, escape="\\"),
            Tenant.credit_code.like(code, escape="\\"),
            people_match,
        )

    last_y, last_q = last_complete_quarter(today)

    def entry_year(value: Any) -> Any:
        year = int(value)
        return and_(
            Tenant.entry_date >= dt.date(year, 1, 1), Tenant.entry_date <= dt.date(year, 12, 31)
        )

    def tag(value: Any) -> Any:
        return exists(
            select(tenant_tags.c.tenant_id)
            .join(Tag, Tag.id == tenant_tags.c.tag_id)
            .where(tenant_tags.c.tenant_id == Tenant.id, Tag.name == str(value))
        )

    def overdue(_value: Any) -> Any:
        return and_(Tenant.stage.in_(OPEN_STAGES), Tenant.planned_graduation_on < today)

    def figures_missing(_value: Any) -> Any:
        return and_(
            Tenant.stage.in_(OPEN_STAGES),
            Tenant.entry_date <= dt.date(last_y, last_q * 3, 1),
            ~exists(
                select(KpiSnapshot.id).where(
                    KpiSnapshot.tenant_id == Tenant.id,
                    KpiSnapshot.year == last_y,
                    KpiSnapshot.quarter == last_q,
                )
            ),
        )

    return TenantRegister(
        key="tenants",
        columns=(
            "id",
            "name_zh",
            "name_en",
            "credit_code",
            "stage",
            "industry",
            "entry_date",
            "planned_graduation_on",
            "contact",
            "phone",
            "high_tech_enterprise",
        ),
        base=base,
        sortable={
            "name_zh": Tenant.name_zh,
            "name_en": Tenant.name_en,
            "credit_code": Tenant.credit_code,
            "stage": Tenant.stage,
            "industry": INDUSTRY.sort_order,
            "entry_date": Tenant.entry_date,
            "planned_graduation_on": Tenant.planned_graduation_on,
            "high_tech_enterprise": Tenant.high_tech_enterprise,
        },
        search=search,
        filters={
            "stage": lambda v: Tenant.stage == Stage(v),
            "industry": lambda v: Tenant.industry_id == int(v),
            "entry_year": entry_year,
            "tag": tag,
            "overdue": overdue,
            "figures_missing": figures_missing,
        },
        default_sort="entry_date",
    )


def entry_years(db: Database) -> list[int]:
    with db.read() as s:
        first, last = s.execute(
            select(func.min(Tenant.entry_date), func.max(Tenant.entry_date))
        ).one()
    if first is None or last is None:
        return []
    return list(range(last.year, first.year - 1, -1))


def count(db: Database, query: Query, today: dt.date | None = None) -> int:
    return tenant_register(today).count(db, query)


__all__ = [
    "Figures",
    "LookupRow",
    "PersonInput",
    "TenantDetail",
    "TenantInput",
    "add_investment",
    "archive_tenant",
    "change_stage",
    "create_tenant",
    "figures_for",
    "figures_history",
    "get_tenant",
    "lookups",
    "people",
    "save_figures",
    "save_lookup",
    "stage_history",
    "tenant_register",
    "update_tenant",
]
