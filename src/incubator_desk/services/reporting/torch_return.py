"""The rows of the annual Torch statistics return (火炬统计): one per tenant, money in 千元."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select

from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.money import MoneyUnit, to_unit
from ...core.vocabularies import OPEN_STAGES, AllocationStatus, LookupCategory, Stage
from ...db import Database
from ...models import (
    Allocation,
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    MentorAssignment,
    Person,
    StageChange,
    Tenant,
    Unit,
)
from .. import funding
from .figures import FLOWS, MONEY, SNAP, STOCKS, ZERO, figures_from
from .incubator import incubator_names

# A cell of the return: text, a count, a yes/no, an amount or area, a date, or nothing.
TorchValue = str | int | bool | Decimal | dt.date | None


@dataclass(frozen=True)
class TorchReturn:
    """The Torch return of one year: the incubator's (Chinese) name and a row per tenant,
    keyed as reports.torch.COLUMNS."""

    year: int
    incubator: str
    rows: list[dict[str, TorchValue]]


def thousands(value: Decimal | None) -> Decimal | None:
    """Yuan to 千元, to one decimal place (the Torch return's unit)."""
    return None if value is None else to_unit(Decimal(value), MoneyUnit.THOUSAND, places=1)


def torch_return(db: Database, year: int) -> TorchReturn:
    """The Torch return of `year`; NotFound when no tenant was in incubation that year."""
    rows = torch_rows(db, year)
    if not rows:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No tenant was in incubation in {year}: nothing to export."
            ),
            year=year,
        )
    zh, en = incubator_names(db)
    return TorchReturn(year, zh or en, rows)


def torch_rows(db: Database, year: int) -> list[dict[str, TorchValue]]:
    """One dict per tenant in incubation at any time during `year` (keys: reports.torch.COLUMNS)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    ended = {}
    with db.read() as s:
        for tid, day in s.execute(
            select(StageChange.tenant_id, func.max(StageChange.changed_on))
            .where(StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)))
            .group_by(StageChange.tenant_id)
        ):
            ended[tid] = day
        tenants = [
            t
            for t in s.execute(
                select(
                    Tenant.id,
                    Tenant.name_zh,
                    Tenant.credit_code,
                    Tenant.founded_on,
                    Tenant.entry_date,
                    Tenant.stage,
                    Tenant.graduated_on,
                    Tenant.high_tech_enterprise,
                    Tenant.registered_capital,
                    Tenant.national_projects,
                    Tenant.industry_id,
                    Tenant.tech_field_id,
                    Tenant.registration_type_id,
                    Tenant.sector_id,
                )
                .where(Tenant.archived_at.is_(None), Tenant.entry_date <= end)
                .order_by(Tenant.name_zh)
            )
            if not (Stage(t.stage) not in OPEN_STAGES and ended.get(t.id, end) < start)
        ]
        ids = [t.id for t in tenants]
        lookups = {i: zh for i, zh in s.execute(select(LookupItem.id, LookupItem.name_zh))}
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
            .where(KpiSnapshot.year == year)
            .order_by(KpiSnapshot.tenant_id, KpiSnapshot.quarter)
        ):
            snaps[r.tenant_id].append(r)
        people: dict[int, dict[str, bool]] = defaultdict(lambda: defaultdict(bool))
        for tid, st, ret, ser, tal in s.execute(
            select(
                Person.tenant_id,
                Person.student_founder,
                Person.returnee,
                Person.serial_entrepreneur,
                Person.talent_programme,
            ).where(Person.archived_at.is_(None))
        ):
            p = people[tid]
            p["student"] |= bool(st)
            p["returnee"] |= bool(ret)
            p["serial"] |= bool(ser)
            p["talent"] |= bool(tal)
        mentored = set(
            s.scalars(
                select(MentorAssignment.tenant_id).where(
                    MentorAssignment.since <= end,
                    or_(MentorAssignment.until.is_(None), MentorAssignment.until >= start),
                )
            )
        )
        area: dict[int, Decimal] = defaultdict(Decimal)
        for tid, a_area, desks, unit_desks in s.execute(
            select(Allocation.tenant_id, Unit.area_m2, Allocation.desks, Unit.desk_count)
            .join(Unit, Unit.id == Allocation.unit_id)
            .where(
                Allocation.status != AllocationStatus.CANCELLED,
                Allocation.start_date <= end,
                or_(Allocation.end_date.is_(None), Allocation.end_date >= end),
            )
        ):
            share = Decimal(a_area)
            if desks and unit_desks:
                share = share * desks / unit_desks
            area[tid] += share
        invested_year: dict[int, Decimal] = defaultdict(Decimal)
        for tid, amount in s.execute(
            select(InvestmentReceived.tenant_id, func.sum(InvestmentReceived.amount))
            .where(InvestmentReceived.year == year)
            .group_by(InvestmentReceived.tenant_id)
        ):
            invested_year[tid] = Decimal(amount)
    # Cumulative to the end of the year reported, not to the day it is exported.
    cumulative = funding.cumulative_investments(db, up_to=end, tenant_ids=ids) if ids else {}
    out: list[dict[str, TorchValue]] = []
    for t in tenants:
        f = figures_from(snaps.get(t.id, []))
        p = people.get(t.id, {})
        grads = t.graduated_on if Stage(t.stage) == Stage.GRADUATED else None
        out.append(
            {
                "name": t.name_zh,
                "credit_code": t.credit_code or "",
                "founded_on": t.founded_on,
                "entry_date": t.entry_date,
                "industry": lookups.get(t.industry_id, ""),
                "sector": sections.get(t.sector_id, ""),
                "tech_field": lookups.get(t.tech_field_id, ""),
                "registration_type": lookups.get(t.registration_type_id, ""),
                "has_mentor": t.id in mentored,
                "graduated": grads is not None and grads <= end,
                "graduated_on": grads if grads is not None and grads <= end else None,
                "high_tech": bool(t.high_tech_enterprise),
                "student_founder": bool(p.get("student")),
                "serial_entrepreneur": bool(p.get("serial")),
                "returnee_founder": bool(p.get("returnee")),
                "talent_programme": bool(p.get("talent")),
                "investment_year": thousands(invested_year.get(t.id)),
                "investment_total": thousands(cumulative.get(t.id, ZERO)),
                "area_m2": area[t.id].quantize(Decimal("0.01")) if t.id in area else None,
                "registered_capital": thousands(t.registered_capital),
                **{k: thousands(f.get(k)) for k in sorted(MONEY)},
                **{k: f.get(k) for k in (*FLOWS, *STOCKS) if k not in MONEY},
                "national_projects": t.national_projects,
                "quarters": len(f.quarters),
            }
        )
    return out
