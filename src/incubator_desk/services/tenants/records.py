"""Tenant records: what a person enters, its checks, and create, edit, archive and read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator, translate
from ...core.periods import add_months
from ...core.vocabularies import ExitReason, ListingStatus, Stage
from ...db import Database
from ...models import StageChange, Tenant, utcnow
from .. import creditcode
from ..access import Action, requires
from ..graduation import incubation_limit_months
from .checks import (
    ARCHIVED,
    DUPLICATE_CODE,
    ENTRY_BEFORE_FOUNDING,
    GRAD_BEFORE_ENTRY,
    IN_FUTURE,
    MAX_MONEY,
    MAX_NAME,
    MAX_NOTES,
    NEGATIVE,
    REQUIRED,
    TOO_BIG,
    TOO_LONG,
    text_problem,
)
from .lookups import tags_named
from .search import invalidate_search

_t = Translator("errors")


def planned_graduation(
    db: Database, entry: dt.date | None, industry_id: int | None
) -> dt.date | None:
    """The planned graduation by the graduation rules' incubation limit (None: no entry date)."""
    if entry is None:
        return None
    return add_months(entry, incubation_limit_months(db, industry_id))


@dataclass(slots=True)
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
    sector_id: int | None = None  # the GB/T 4754 section
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


def validate_tenant(data: TenantInput, today: dt.date | None = None) -> dict[str, str]:
    """Field → message for everything wrong with `data` on its own (no database needed).

    Normalises the credit code and trims text in place.
    """
    today = today or clock.today()
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
        problem = text_problem(getattr(data, key), limit, name=is_name)
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


def _apply(tenant: Tenant, data: TenantInput, planned: dt.date | None) -> None:
    for key in TENANT_FIELDS:
        if key in ("tags", "planned_graduation_on", "credit_code"):
            continue
        setattr(tenant, key, getattr(data, key))
    tenant.credit_code = data.credit_code or None
    tenant.planned_graduation_on = data.planned_graduation_on or planned


@requires(Action.EDIT_TENANTS)
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
        tenant.tags = tags_named(s, data.tags)
        s.add(tenant)
        s.flush()
        s.add(
            StageChange(
                tenant_id=tenant.id,
                from_stage=None,
                to_stage=stage,
                changed_on=data.entry_date or (today or clock.today()),
                reason=translate("labels", QT_TRANSLATE_NOOP("labels", "Registered")),
                operator_id=db.operator_id,
            )
        )
        uow.commit()
        invalidate_search(db)
        return tenant.id


@requires(Action.EDIT_TENANTS)
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
        tenant.tags = tags_named(s, data.tags)
        uow.commit()
        invalidate_search(db)
        return tenant.version


@requires(Action.EDIT_TENANTS)
def archive_tenant(db: Database, tenant_id: int, expected_version: int) -> None:
    """Hide a tenant from the register. Nothing is deleted: its history stays referenced."""
    with db.uow(summary="archive tenant") as uow:
        tenant = uow.get(Tenant, tenant_id, expected_version)
        tenant.archived_at = utcnow()
        uow.commit()
        invalidate_search(db)


@requires(Action.EDIT_TENANTS)
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
