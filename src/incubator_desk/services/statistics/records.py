"""A tenant's return for a year: every field of `fields.FIELDS` read in one pass over many
tenants, and the fields entered with the return saved with their validation."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select

from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import MoneyUnit
from ...core.vocabularies import (
    OPEN_STAGES,
    AllocationStatus,
    AuditAction,
    FounderType,
    LookupCategory,
    PersonRole,
    QualificationKind,
    Sex,
    Stage,
    TaxpayerType,
)
from ...db import Store
from ...db.uow import STALE
from ...models import (
    Allocation,
    AnnualReturn,
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    MentorAssignment,
    Person,
    Qualification,
    StageChange,
    Tenant,
    Unit,
)
from ..access import Action, requires
from ..reporting.figures import SNAP, figures_from
from .fields import FIELD_BY_KEY, FIELDS, FieldKind, Source, parse_all, relation_errors

_e = Translator("errors")

FOUNDER_ROLES = (PersonRole.FOUNDER, PersonRole.CO_FOUNDER, PersonRole.LEGAL_REPRESENTATIVE)


@dataclass(frozen=True)
class TenantReturn:
    """One tenant's return for `year`.

    `values` holds every field (key → value; None when unknown), money in yuan. `derived`
    names the figures not entered for the year but taken from the quarterly figures (or the
    founder's flags); `version` is the annual record's, for a stale-edit check (None: none yet).
    """

    tenant_id: int
    year: int
    values: dict[str, Any]
    derived: frozenset[str]
    version: int | None
    has_founder: bool

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")

    def entered(self, key: str) -> Any:
        """The value as entered with the return (None when it is only derived)."""
        return None if key in self.derived else self.values.get(key)


# Plain rows (not ORM objects): a return reads hundreds of tenants at a time.
TENANTS = Tenant.__table__


def in_incubation(s: Any, year: int, tenant_ids: Iterable[int] | None = None) -> list[Any]:
    """Tenant rows of everyone in incubation at some time during `year`, by Chinese name."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ended: dict[int, dt.date] = dict(
        s.execute(
            select(StageChange.tenant_id, func.max(StageChange.changed_on))
            .where(StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)))
            .group_by(StageChange.tenant_id)
        ).all()
    )
    q = select(TENANTS).where(Tenant.archived_at.is_(None), Tenant.entry_date <= end)
    if tenant_ids is not None:
        q = q.where(Tenant.id.in_(list(tenant_ids)))
    return [
        t
        for t in s.execute(q.order_by(Tenant.name_zh, Tenant.id))
        if not (Stage(t.stage) not in OPEN_STAGES and ended.get(t.id, end) < start)
    ]


def tenant_returns(
    db: Store, year: int, tenant_ids: Sequence[int] | None = None
) -> list[TenantReturn]:
    """The returns of `year` of every tenant in incubation that year (or of `tenant_ids`,
    whether in incubation or not), in the order of the return (by Chinese name)."""
    from .. import funding  # funding reads tenants; imported here to keep start-up light

    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.read() as s:
        if tenant_ids is None:
            tenants = in_incubation(s, year)
        else:
            tenants = list(
                s.execute(
                    select(TENANTS).where(Tenant.id.in_(list(tenant_ids))).order_by(Tenant.name_zh)
                )
            )
        ids = [t.id for t in tenants]
        if not ids:
            return []
        lookups = dict(s.execute(select(LookupItem.id, LookupItem.name_zh)).all())
        sections = {
            i: f"{code} {zh}"
            for i, code, zh in s.execute(
                select(LookupItem.id, LookupItem.code, LookupItem.name_zh).where(
                    LookupItem.category == LookupCategory.SECTOR
                )
            )
        }
        snaps: dict[int, list[Any]] = defaultdict(list)
        for r in s.execute(
            select(SNAP)
            .where(KpiSnapshot.year == year, KpiSnapshot.tenant_id.in_(ids))
            .order_by(KpiSnapshot.tenant_id, KpiSnapshot.quarter)
        ):
            snaps[r.tenant_id].append(r)
        annual = {
            a.tenant_id: a
            for a in s.execute(
                select(AnnualReturn.__table__).where(
                    AnnualReturn.year == year, AnnualReturn.tenant_id.in_(ids)
                )
            )
        }
        quals: dict[int, dict[QualificationKind, Any]] = defaultdict(dict)
        for q in s.execute(select(Qualification.__table__).where(Qualification.tenant_id.in_(ids))):
            quals[q.tenant_id][QualificationKind(q.kind)] = q
        founders: dict[int, Any] = {}
        rank = {r: i for i, r in enumerate(FOUNDER_ROLES)}
        for p in s.execute(
            select(Person.__table__)
            .where(
                Person.tenant_id.in_(ids),
                Person.archived_at.is_(None),
                Person.role.in_(FOUNDER_ROLES),
            )
            .order_by(Person.id)
        ):
            best = founders.get(p.tenant_id)
            if best is None or rank[PersonRole(p.role)] < rank[PersonRole(best.role)]:
                founders[p.tenant_id] = p
        mentored = set(
            s.scalars(
                select(MentorAssignment.tenant_id).where(
                    MentorAssignment.since <= end,
                    or_(MentorAssignment.until.is_(None), MentorAssignment.until >= start),
                )
            )
        )
        area = tenant_areas(s, year, ids)
        invested = dict(
            s.execute(
                select(InvestmentReceived.tenant_id, func.sum(InvestmentReceived.amount))
                .where(InvestmentReceived.year == year, InvestmentReceived.tenant_id.in_(ids))
                .group_by(InvestmentReceived.tenant_id)
            ).all()
        )
        out: list[TenantReturn] = []
        for t in tenants:
            out.append(
                _assemble(
                    t,
                    year,
                    annual.get(t.id),
                    quals.get(t.id, {}),
                    founders.get(t.id),
                    snaps.get(t.id, []),
                    {
                        "industry": lookups.get(t.industry_id, ""),
                        "sector": sections.get(t.sector_id, ""),
                        "tech_field": lookups.get(t.tech_field_id, ""),
                        "registration_type": lookups.get(t.registration_type_id, ""),
                        "has_mentor": t.id in mentored,
                        "area_m2": area.get(t.id),
                        "investment": invested.get(t.id),
                    },
                )
            )
    cumulative = funding.cumulative_investments(db, up_to=end, tenant_ids=ids)
    for tr in out:
        tr.values["investment_total"] = cumulative.get(tr.tenant_id)
    return out


def tenant_areas(s: Any, year: int, tenant_ids: Sequence[int] | None = None) -> dict[int, Decimal]:
    """The area each tenant (of `tenant_ids`; None: every tenant) occupies at the end of
    `year` in m², two decimals: its allocations' units, a unit's share by desks where it
    holds desks; tenants holding none are left out."""
    end = dt.date(year, 12, 31)
    q = select(Allocation.tenant_id, Unit.area_m2, Allocation.desks, Unit.desk_count).join(
        Unit, Unit.id == Allocation.unit_id
    )
    if tenant_ids is not None:
        q = q.where(Allocation.tenant_id.in_(tenant_ids))
    area: dict[int, Decimal] = defaultdict(Decimal)
    for tid, a_area, desks, unit_desks in s.execute(
        q.where(
            Allocation.status != AllocationStatus.CANCELLED,
            Allocation.start_date <= end,
            or_(Allocation.end_date.is_(None), Allocation.end_date >= end),
        )
    ):
        share = Decimal(a_area)
        if desks and unit_desks:
            share = share * desks / unit_desks
        area[tid] += share
    return {tid: a.quantize(Decimal("0.01")) for tid, a in area.items()}


# Each source's fields worked out once: a return reads hundreds of tenants at a time.
_TENANT_FIELDS = tuple((f.key, f.column) for f in FIELDS if f.source is Source.TENANT)
_QUALIFICATION_FIELDS = tuple(
    (f.key, f.qualification, f.column, f.kind is FieldKind.BOOL)
    for f in FIELDS
    if f.source is Source.QUALIFICATION and f.key not in ("high_tech", "high_tech_on")
)
_FOUNDER_FIELDS = tuple((f.key, f.column) for f in FIELDS if f.source is Source.FOUNDER)
_ANNUAL_FIELDS = tuple(
    (f.key, f.column, f.quarterly, f.kind is FieldKind.INT)
    for f in FIELDS
    if f.source is Source.ANNUAL
)


def _assemble(
    t: Any,
    year: int,
    annual: Any,
    quals: dict[QualificationKind, Any],
    founder: Any,
    snaps: list[Any],
    extra: dict[str, Any],
) -> TenantReturn:
    end = dt.date(year, 12, 31)
    quarterly = figures_from(snaps)
    values: dict[str, Any] = {}
    derived: set[str] = set()
    for key, column in _TENANT_FIELDS:
        values[key] = extra[key] if key in extra else getattr(t, column)
    graduated_on = t.graduated_on if Stage(t.stage) == Stage.GRADUATED else None
    graduated = graduated_on is not None and graduated_on <= end
    values["graduated"] = graduated
    values["graduated_on"] = graduated_on if graduated else None
    values["has_mentor"] = extra.get("has_mentor")
    values["area_m2"] = extra.get("area_m2")
    values["high_tech"] = bool(t.high_tech_enterprise)
    values["high_tech_on"] = t.high_tech_since
    for key, kind, column, is_bool in _QUALIFICATION_FIELDS:
        q = quals.get(kind)  # type: ignore[arg-type]
        values[key] = (q is not None) if is_bool else (getattr(q, column) or None if q else None)
    for key, column in _FOUNDER_FIELDS:
        values[key] = getattr(founder, column) if founder is not None else None
    if values["founder_type"] is None and founder is not None:
        values["founder_type"] = _founder_type_from_flags(founder)
        if values["founder_type"] is not None:
            derived.add("founder_type")
    investment = extra.get("investment")
    for key, column, quarterly_key, whole in _ANNUAL_FIELDS:
        value = getattr(annual, column) if annual is not None else None
        if value is None and quarterly_key:
            q = investment if quarterly_key == "investment" else quarterly.get(quarterly_key)
            if q is not None:
                value = int(q) if whole else q
                derived.add(key)
        values[key] = value
    if values["national_programmes"] is None and t.national_projects:
        values["national_programmes"] = t.national_projects
        derived.add("national_programmes")
    if isinstance(values.get("taxpayer_type"), str):
        values["taxpayer_type"] = TaxpayerType(values["taxpayer_type"])
    values["quarters"] = len(quarterly.quarters)
    return TenantReturn(
        t.id,
        year,
        values,
        frozenset(derived),
        annual.version if annual is not None else None,
        founder is not None,
    )


def _founder_type_from_flags(p: Any) -> FounderType | None:
    if p.student_founder:
        return FounderType.STUDENT
    if p.returnee:
        return FounderType.RETURNEE
    if p.serial_entrepreneur:
        return FounderType.SERIAL
    return None


def revenue_and_rd(
    db: Store, year: int, tenant_ids: Sequence[int]
) -> dict[int, tuple[Decimal | None, Decimal | None]]:
    """Each tenant's revenue and R&D spending of `year` as the return has them (entered for
    the year, else the quarters added up): what a year-on-year comparison needs, read alone."""
    out: dict[int, tuple[Decimal | None, Decimal | None]] = {}
    ids = list(tenant_ids)
    with db.read() as s:
        quarters = {
            tid: (rev, rd)
            for tid, rev, rd in s.execute(
                select(
                    KpiSnapshot.tenant_id,
                    func.sum(KpiSnapshot.revenue),
                    func.sum(KpiSnapshot.rd_spend),
                )
                .where(KpiSnapshot.year == year, KpiSnapshot.tenant_id.in_(ids))
                .group_by(KpiSnapshot.tenant_id)
            )
        }
        entered = {
            tid: (rev, rd)
            for tid, rev, rd in s.execute(
                select(AnnualReturn.tenant_id, AnnualReturn.revenue, AnnualReturn.rd_spend).where(
                    AnnualReturn.year == year, AnnualReturn.tenant_id.in_(ids)
                )
            )
        }
    for tid in ids:
        q_rev, q_rd = quarters.get(tid, (None, None))
        e_rev, e_rd = entered.get(tid, (None, None))
        out[tid] = (e_rev if e_rev is not None else q_rev, e_rd if e_rd is not None else q_rd)
    return out


def tenant_return(db: Store, tenant_id: int, year: int) -> TenantReturn:
    """One tenant's return for `year` (whether or not it was in incubation that year)."""
    found = tenant_returns(db, year, [tenant_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    return found[0]


@requires(Action.EDIT_TENANTS)
def save_tenant_return(
    db: Store,
    tenant_id: int,
    year: int,
    raw: Mapping[str, object],
    unit: MoneyUnit = MoneyUnit.YUAN,
    expected_version: int | None = None,
) -> int:
    """Save the fields of `raw` (key → typed text, cell or value; money in `unit`) for the
    tenant and year; fields not in `raw` keep their values, an empty one clears its value.

    Raises ValidationError naming every bad field (nothing is saved then), ConflictError
    when the year's figures were changed since `expected_version` was read. Returns the
    annual record's new version.
    """
    if not 1990 <= year <= 2200:
        raise ValidationError(
            {
                "year": _e(
                    QT_TRANSLATE_NOOP("errors", "{year} is not a year of the return."), year=year
                )
            }
        )
    values = parse_all(raw, unit)
    with db.uow(QT_TRANSLATE_NOOP("statistics", "Statistics return saved")) as uow:
        s = uow.session
        tenant = uow.get(Tenant, tenant_id)
        current = tenant_return(uow, tenant_id, year)
        merged = {**{k: current.entered(k) for k in FIELD_BY_KEY}, **values}
        errors = relation_errors(merged)
        if any(k.startswith("founder_") for k in values) and not current.has_founder:
            founder_keys = [k for k in values if k.startswith("founder_") and values[k] is not None]
            for k in founder_keys:
                errors[k] = _e(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "No founder is recorded for this tenant: add one under People first.",
                    )
                )
        if errors:
            raise ValidationError(errors)
        annual = s.scalars(
            select(AnnualReturn).where(
                AnnualReturn.tenant_id == tenant_id, AnnualReturn.year == year
            )
        ).one_or_none()
        if expected_version is not None and (annual is None or annual.version != expected_version):
            raise ConflictError(STALE)
        if annual is None:
            annual = AnnualReturn(tenant_id=tenant_id, year=year, notes="")
            s.add(annual)
        for k, v in values.items():
            if FIELD_BY_KEY[k].source is Source.ANNUAL:
                setattr(annual, FIELD_BY_KEY[k].column, v)
        if "taxpayer_type" in values:
            v = values["taxpayer_type"]
            tenant.taxpayer_type = TaxpayerType(str(v)) if v else None
        if "industry_code" in values:
            tenant.industry_code = str(values["industry_code"] or "")
        _save_qualifications(s, tenant, values)
        if current.has_founder and any(k.startswith("founder_") for k in values):
            founder = _main_founder(s, tenant_id)
            if "founder_type" in values:
                v = values["founder_type"]
                founder.founder_type = FounderType(str(v)) if v else None
            if "founder_sex" in values:
                v = values["founder_sex"]
                founder.sex = Sex(str(v)) if v else None
        if annual.id is not None and annual not in s.dirty:
            # Only the tenant's own columns changed: the year's record still moves its
            # version, so a second window editing the same year sees the change.
            annual.notes = annual.notes + ""
            from sqlalchemy.orm.attributes import flag_modified

            flag_modified(annual, "notes")
        s.flush()
        uow.audit(AuditAction.UPDATE, "annual_returns", annual.id, f"{tenant.name_zh} {year}")
        uow.commit()
        return int(annual.version)


def _main_founder(s: Any, tenant_id: int) -> Person:
    rank = {r: i for i, r in enumerate(FOUNDER_ROLES)}
    people = s.scalars(
        select(Person)
        .where(
            Person.tenant_id == tenant_id,
            Person.archived_at.is_(None),
            Person.role.in_(FOUNDER_ROLES),
        )
        .order_by(Person.id)
    ).all()
    return min(people, key=lambda p: (rank[PersonRole(p.role)], p.id))


def _save_qualifications(s: Any, tenant: Tenant, values: Mapping[str, object]) -> None:
    existing = {
        QualificationKind(q.kind): q
        for q in s.scalars(select(Qualification).where(Qualification.tenant_id == tenant.id))
    }
    if "high_tech" in values:
        tenant.high_tech_enterprise = bool(values["high_tech"])
        if not values["high_tech"]:
            tenant.high_tech_since = None
    if "high_tech_on" in values:
        tenant.high_tech_since = values["high_tech_on"]  # type: ignore[assignment]
    for f in FIELDS:
        if f.source is not Source.QUALIFICATION or f.key not in values:
            continue
        assert f.qualification is not None
        kind = f.qualification
        if f.key in ("high_tech", "high_tech_on"):
            held = tenant.high_tech_enterprise
            if not held and kind in existing:
                s.delete(existing.pop(kind))
            elif held and kind not in existing:
                existing[kind] = Qualification(tenant_id=tenant.id, kind=kind, certificate_no="")
                s.add(existing[kind])
            continue
        v = values[f.key]
        if f.kind.value == "bool":
            if v and kind not in existing:
                existing[kind] = Qualification(tenant_id=tenant.id, kind=kind, certificate_no="")
                s.add(existing[kind])
            elif v is False and kind in existing:
                s.delete(existing.pop(kind))
            continue
        if v and kind not in existing:
            existing[kind] = Qualification(tenant_id=tenant.id, kind=kind, certificate_no="")
            s.add(existing[kind])
        if kind in existing:
            setattr(existing[kind], f.column, v or "")
