"""Allocations: a unit or desks let to a tenant for a term, and their changes, moves and ends.

Every check that protects against double-booking runs after the unit's row is locked, inside
the unit of work that writes (see `locks`), so two operators saving at once cannot both win.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import (
    AllocationStatus,
    RentBasis,
    Stage,
    UnitKind,
    UnitStatus,
)
from ...db import Store, UnitOfWork
from ...db.uow import STALE
from ...models import Allocation, Building, SubsidyPolicy, Tenant, Unit
from ...models.base import FEN
from ..access import Action, requires
from .lettable import is_lettable
from .locks import lock_unit
from .policies import default_policy_id
from .rows import AllocationRow, UnitInfo, full_code

_t = Translator("errors")


@dataclass(frozen=True)
class AllocationInput:
    unit_id: int
    tenant_id: int
    start_date: dt.date
    end_date: dt.date | None = None
    desks: int | None = None
    monthly_rent: Decimal | None = None  # None: the list rent
    subsidy_policy_id: int | None = None
    use_default_policy: bool = True  # with no policy given, apply the default one
    subsidy_percent_override: Decimal | None = None
    notes: str = ""


def _tenant_name(tenant: Tenant | None) -> str:
    if tenant is None:
        return "?"
    return tenant.name_zh or tenant.name_en


def _fmt_end(end: dt.date | None) -> str:
    return end.isoformat() if end is not None else _t(QT_TRANSLATE_NOOP("errors", "no end date"))


def unit_code(unit: Unit) -> str:
    """A unit's full code, as the window shows it: the building's code, then the unit's."""
    return full_code(unit.floor.building.code, unit.code)


def held_on(on: dt.date) -> Any:
    """SQL condition: the allocation counts on `on` (not cancelled, and its term covers it)."""
    return and_(
        Allocation.status != AllocationStatus.CANCELLED,
        Allocation.start_date <= on,
        or_(Allocation.end_date.is_(None), Allocation.end_date >= on),
    )


def list_rent_for(unit: Unit | UnitInfo, desks: int | None) -> Decimal:
    """The monthly list rent of a whole unit, or of `desks` desks of an open-desk area."""
    if unit.rent_basis == RentBasis.PER_DESK_MONTH:
        return (unit.list_rent * (desks or unit.desk_count or 1)).quantize(FEN)
    if unit.rent_basis == RentBasis.PER_UNIT_MONTH:
        share = Decimal(desks) / unit.desk_count if desks and unit.desk_count else Decimal(1)
        return (unit.list_rent * share).quantize(FEN)
    area = unit.area_m2
    if desks and unit.desk_count:
        area = area * desks / unit.desk_count
    return (unit.list_rent * area).quantize(FEN)


# -- checks -------------------------------------------------------------------------------------


def _peak_desks(
    allocs: Iterable[Allocation], lo: dt.date, hi: dt.date | None
) -> tuple[dt.date, int]:
    """The day in [lo, hi] with the most desks allocated among `allocs`, and that count."""
    events: dict[dt.date, int] = {}
    for a in allocs:
        start = max(a.start_date, lo)
        end = a.end_date if hi is None or (a.end_date is not None and a.end_date < hi) else hi
        if end is not None and end < start:
            continue
        events[start] = events.get(start, 0) + (a.desks or 0)
        if end is not None:
            stop = end + dt.timedelta(days=1)
            events[stop] = events.get(stop, 0) - (a.desks or 0)
    level, peak, peak_day = 0, 0, lo
    for day in sorted(events):
        level += events[day]
        if level > peak:
            peak, peak_day = level, day
    return peak_day, peak


def _current_or_future(unit_id: int, on: dt.date) -> Any:
    return select(Allocation).where(
        Allocation.unit_id == unit_id,
        Allocation.status != AllocationStatus.CANCELLED,
        or_(Allocation.end_date.is_(None), Allocation.end_date >= on),
    )


def refuse_fewer_desks(s: Session, unit: Unit, new_desks: int, today: dt.date) -> None:
    """Refuse to give an open-desk area fewer desks than are allocated on any day from today."""
    allocs = s.scalars(_current_or_future(unit.id, today)).all()
    if not allocs:
        return
    peak_day, peak = _peak_desks(allocs, today, None)
    if peak > new_desks:
        raise ValidationError(
            {
                "desk_count": _t(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{peak} desks of this area are allocated on {day}; it cannot have "
                        "fewer desks than that.",
                    ),
                    peak=peak,
                    day=peak_day.isoformat(),
                )
            }
        )


def refuse_retire_if_held(s: Session, unit: Unit, today: dt.date) -> None:
    """Refuse to retire a unit that has a current or future allocation, naming it."""
    held = s.scalars(
        _current_or_future(unit.id, today).order_by(Allocation.start_date).limit(1)
    ).first()
    if held is not None:
        tenant = s.get(Tenant, held.tenant_id)
        raise ValidationError(
            {
                "status": _t(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{code} cannot be retired: it is allocated to {tenant} from {start} "
                        "to {end}. End that allocation first.",
                    ),
                    code=unit_code(unit),
                    tenant=_tenant_name(tenant),
                    start=held.start_date.isoformat(),
                    end=_fmt_end(held.end_date),
                )
            }
        )


def _allocated_to(
    s: Session, unit: Unit, other: Allocation, tenant_id: int | None = None
) -> ConflictError:
    if other.tenant_id == tenant_id:  # the tenant's own allocation: not someone else's
        return ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{tenant} already holds {code} from {start} to {end}. To keep it longer or "
                "change its terms, change that allocation instead of allocating it again.",
            ),
            code=unit_code(unit),
            tenant=_tenant_name(s.get(Tenant, other.tenant_id)),
            start=other.start_date.isoformat(),
            end=_fmt_end(other.end_date),
        )
    return ConflictError(
        QT_TRANSLATE_NOOP("errors", "{code} is allocated to {tenant} from {start} to {end}."),
        code=unit_code(unit),
        tenant=_tenant_name(s.get(Tenant, other.tenant_id)),
        start=other.start_date.isoformat(),
        end=_fmt_end(other.end_date),
    )


def _check_allocation_fits(
    s: Session,
    unit: Unit,
    start: dt.date,
    end: dt.date | None,
    desks: int | None,
    exclude_ids: tuple[int, ...] = (),
    tenant_id: int | None = None,
) -> None:
    """Refuse an overlap with another allocation of the unit, or too many desks on any day
    (an overlap with `tenant_id`'s own allocation is named as theirs).

    Runs after the unit's row is locked (see `locks.lock_unit`); `allocation_problem` runs it
    unlocked, to warn before Save.
    """
    query = _current_or_future(unit.id, start)
    if end is not None:
        query = query.where(Allocation.start_date <= end)
    if exclude_ids:
        query = query.where(Allocation.id.not_in(exclude_ids))
    if unit.kind != UnitKind.OPEN_DESK or desks is None:
        other = s.scalars(query.order_by(Allocation.start_date).limit(1)).first()
        if other is not None:
            raise _allocated_to(s, unit, other, tenant_id)
        return
    others = s.scalars(query).all()
    if not others:
        return
    whole = [a for a in others if a.desks is None]
    if whole:
        raise _allocated_to(s, unit, whole[0], tenant_id)
    day, peak = _peak_desks(others, start, end)
    if peak + desks > unit.desk_count:
        holders = [
            a for a in others if a.start_date <= day and (a.end_date is None or a.end_date >= day)
        ]
        names = ", ".join(
            f"{_tenant_name(s.get(Tenant, a.tenant_id))} "
            f"({a.desks}, {a.start_date.isoformat()}–{_fmt_end(a.end_date)})"
            for a in sorted(holders, key=lambda a: a.start_date)[:4]
        )
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{code} has {total} desks and {taken} are allocated on {day} to {holders}; "
                "{wanted} more do not fit.",
            ),
            code=unit_code(unit),
            total=unit.desk_count,
            taken=peak,
            day=day.isoformat(),
            holders=names,
            wanted=desks,
        )


def _unit_refusal(unit: Unit) -> str:
    """Why `unit` cannot take a new allocation, or "" if it can."""
    if unit.status == UnitStatus.RETIRED:
        text = QT_TRANSLATE_NOOP("errors", "{code} is retired and cannot be allocated.")
    elif unit.status == UnitStatus.MAINTENANCE:
        text = QT_TRANSLATE_NOOP("errors", "{code} is under maintenance and cannot be allocated.")
    elif not is_lettable(unit.kind, unit.bookable):
        text = QT_TRANSLATE_NOOP("errors", "{code} is booked by the hour, not allocated.")
    else:
        return ""
    return _t(text, code=unit_code(unit))


def _tenant_refusal(tenant: Tenant) -> str:
    """Why `tenant` cannot be given space, or "" if it can."""
    if tenant.stage in (Stage.GRADUATED, Stage.EXITED):
        return _t(
            QT_TRANSLATE_NOOP(
                "errors", "{tenant} has {stage} and can no longer be allocated space."
            ),
            tenant=_tenant_name(tenant),
            stage=_t(
                QT_TRANSLATE_NOOP("errors", "graduated")
                if tenant.stage == Stage.GRADUATED
                else QT_TRANSLATE_NOOP("errors", "exited")
            ),
        )
    if tenant.archived_at is not None:
        return _t(
            QT_TRANSLATE_NOOP("errors", "{tenant} is archived and cannot be allocated space."),
            tenant=_tenant_name(tenant),
        )
    return ""


def _check_allocation_input(
    unit: Unit,
    tenant: Tenant,
    start: dt.date,
    end: dt.date | None,
    desks: int | None,
    rent: Decimal | None,
    override: Decimal | None,
    check_commitment: bool = True,
) -> int | None:
    """Field checks of an allocation; the desks it takes. `check_commitment` False skips the
    unit's and tenant's state (for shortening an allocation that already exists)."""
    fields: dict[str, str] = {}
    if end is not None and end < start:
        fields["end_date"] = _t(
            QT_TRANSLATE_NOOP("errors", "The end date is before the start date.")
        )
    if check_commitment and (refusal := _unit_refusal(unit)):
        fields["unit_id"] = refusal
    if unit.kind == UnitKind.OPEN_DESK:
        if desks is None:
            desks = unit.desk_count
        if desks <= 0:
            fields["desks"] = _t(QT_TRANSLATE_NOOP("errors", "Allocate at least one desk."))
        elif desks > unit.desk_count:
            fields["desks"] = _t(
                QT_TRANSLATE_NOOP("errors", "{code} has only {n} desks."),
                code=unit_code(unit),
                n=unit.desk_count,
            )
    elif desks is not None:
        fields["desks"] = _t(
            QT_TRANSLATE_NOOP("errors", "Desks are allocated only in an open-desk area.")
        )
    if rent is not None and rent < 0:
        fields["monthly_rent"] = _t(QT_TRANSLATE_NOOP("errors", "The rent cannot be negative."))
    if override is not None and not Decimal(0) <= override <= Decimal(100):
        fields["subsidy_percent_override"] = _t(
            QT_TRANSLATE_NOOP("errors", "The subsidy must be 0–100 %.")
        )
    if check_commitment and (refusal := _tenant_refusal(tenant)):
        fields["tenant_id"] = refusal
    if fields:
        raise ValidationError(fields)
    return desks


# -- use cases ----------------------------------------------------------------------------------


def _insert_allocation(
    uow: UnitOfWork, data: AllocationInput, previous_id: int | None = None
) -> Allocation:
    """The checks and the new row shared by `allocate` and `move_allocation`."""
    s = uow.session
    unit = lock_unit(uow, data.unit_id)
    tenant = s.get(Tenant, data.tenant_id)
    if tenant is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This tenant no longer exists."))
    desks = _check_allocation_input(
        unit,
        tenant,
        data.start_date,
        data.end_date,
        data.desks,
        data.monthly_rent,
        data.subsidy_percent_override,
    )
    policy_id = data.subsidy_policy_id
    if policy_id is None and data.use_default_policy:
        policy_id = default_policy_id(s)
    elif policy_id is not None and s.get(SubsidyPolicy, policy_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This subsidy policy no longer exists."))
    _check_allocation_fits(s, unit, data.start_date, data.end_date, desks, tenant_id=tenant.id)
    rent = data.monthly_rent if data.monthly_rent is not None else list_rent_for(unit, desks)
    alloc = Allocation(
        unit_id=unit.id,
        tenant_id=tenant.id,
        desks=desks,
        start_date=data.start_date,
        end_date=data.end_date,
        monthly_rent=Decimal(rent),
        subsidy_policy_id=policy_id,
        subsidy_percent_override=data.subsidy_percent_override,
        status=AllocationStatus.ACTIVE,
        previous_id=previous_id,
        notes=(data.notes or "").strip(),
    )
    s.add(alloc)
    s.flush()
    return alloc


@requires(Action.MANAGE_SPACES)
def allocate(db: Store, data: AllocationInput) -> int:
    """Allocate a unit or desks to a tenant; refuses any double-booking. Returns the id."""
    with db.uow(summary="allocate space") as uow:
        alloc = _insert_allocation(uow, data)
        uow.commit()
        return alloc.id


def allocation_problem(db: Store, data: AllocationInput) -> str:
    """Why `allocate(db, data)` would be refused as things stand, in words ("" if it would
    not): the window asks before Save. (Save checks again, under the unit's lock.)"""
    with db.read() as s:
        unit = s.get(Unit, data.unit_id)
        tenant = s.get(Tenant, data.tenant_id)
        if unit is None or tenant is None:
            return ""
        try:
            desks = _check_allocation_input(
                unit, tenant, data.start_date, data.end_date, data.desks, None, None
            )
            _check_allocation_fits(
                s, unit, data.start_date, data.end_date, desks, tenant_id=tenant.id
            )
        except (ConflictError, ValidationError) as refused:
            return str(refused)
    return ""


def _load_allocation(
    uow: UnitOfWork, allocation_id: int, expected_version: int | None
) -> tuple[Allocation, Unit]:
    alloc = uow.get(Allocation, allocation_id)
    unit = lock_unit(uow, alloc.unit_id)
    uow.session.refresh(alloc)  # as committed by anyone who held the lock before us
    if expected_version is not None and alloc.version != expected_version:
        raise ConflictError(STALE)
    if alloc.status == AllocationStatus.CANCELLED:
        raise ValidationError(
            {"status": _t(QT_TRANSLATE_NOOP("errors", "This allocation was cancelled."))}
        )
    return alloc, unit


@requires(Action.MANAGE_SPACES)
def change_allocation(
    db: Store,
    allocation_id: int,
    expected_version: int | None,
    *,
    start_date: dt.date,
    end_date: dt.date | None,
    desks: int | None = None,
    monthly_rent: Decimal | None = None,
    subsidy_policy_id: int | None = None,
    subsidy_percent_override: Decimal | None = None,
    notes: str | None = None,
) -> None:
    """Extend, shorten or otherwise edit an allocation, with the same overlap checks."""
    with db.uow(summary="change allocation") as uow:
        s = uow.session
        alloc, unit = _load_allocation(uow, allocation_id, expected_version)
        tenant = s.get(Tenant, alloc.tenant_id)
        assert tenant is not None
        if alloc.status == AllocationStatus.MOVED and end_date != alloc.end_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This allocation ended with a move; change the allocation it moved to.",
                        )
                    )
                }
            )
        # A graduated tenant's allocation may still be shortened or ended, and one in a unit
        # now under maintenance may run out its term; lengthening it is a new commitment.
        lengthening = (
            (end_date is None and alloc.end_date is not None)
            or (end_date is not None and alloc.end_date is not None and end_date > alloc.end_date)
            or start_date < alloc.start_date
        )
        desks = _check_allocation_input(
            unit,
            tenant,
            start_date,
            end_date,
            (desks or alloc.desks) if unit.kind == UnitKind.OPEN_DESK else None,
            monthly_rent,
            subsidy_percent_override,
            check_commitment=lengthening,
        )
        _check_allocation_fits(
            s, unit, start_date, end_date, desks, exclude_ids=(alloc.id,), tenant_id=tenant.id
        )
        alloc.start_date, alloc.end_date = start_date, end_date
        if desks != alloc.desks:
            alloc.desks = desks
        if monthly_rent is not None:
            alloc.monthly_rent = monthly_rent
        if subsidy_policy_id is not None:
            alloc.subsidy_policy_id = subsidy_policy_id
        alloc.subsidy_percent_override = subsidy_percent_override
        if notes is not None:
            alloc.notes = notes.strip()
        uow.commit()


@requires(Action.MANAGE_SPACES)
def end_allocation(
    db: Store, allocation_id: int, expected_version: int | None, end_date: dt.date
) -> None:
    """End an allocation on `end_date` (its last day). Kept in the history as ended."""
    with db.uow(summary="end allocation") as uow:
        alloc, _unit = _load_allocation(uow, allocation_id, expected_version)
        if alloc.status == AllocationStatus.MOVED:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP("errors", "This allocation already ended with a move.")
                    )
                }
            )
        if end_date < alloc.start_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The allocation cannot end before it starts ({start})."
                        ),
                        start=alloc.start_date.isoformat(),
                    )
                }
            )
        if alloc.end_date is not None and end_date > alloc.end_date:
            raise ValidationError(
                {
                    "end_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "To end it later than {end}, extend the allocation instead."
                        ),
                        end=alloc.end_date.isoformat(),
                    )
                }
            )
        alloc.end_date = end_date
        alloc.status = AllocationStatus.ENDED
        uow.commit()


@requires(Action.MANAGE_SPACES)
def cancel_allocation(db: Store, allocation_id: int, expected_version: int | None) -> None:
    """Cancel an allocation entered by mistake: it no longer counts anywhere, but is kept."""
    with db.uow(summary="cancel allocation") as uow:
        alloc, _unit = _load_allocation(uow, allocation_id, expected_version)
        nxt = uow.session.scalar(select(Allocation.id).where(Allocation.previous_id == alloc.id))
        if nxt is not None:
            raise ValidationError(
                {
                    "status": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "A later allocation continues this one; cancel that first."
                        )
                    )
                }
            )
        alloc.status = AllocationStatus.CANCELLED
        uow.commit()


@requires(Action.MANAGE_SPACES)
def move_allocation(
    db: Store,
    allocation_id: int,
    expected_version: int | None,
    *,
    to_unit_id: int,
    move_date: dt.date,
    desks: int | None = None,
    monthly_rent: Decimal | None = None,
) -> int:
    """Move a tenant to another unit from `move_date`: the old allocation ends the day before
    (status moved) and a new one, pointing back to it, runs to the old end date."""
    with db.uow(summary="move allocation") as uow:
        s = uow.session
        alloc = uow.get(Allocation, allocation_id)
        # Lock both units in id order, so two moves between the same units cannot deadlock.
        for uid in sorted({alloc.unit_id, to_unit_id}):
            lock_unit(uow, uid)
        alloc, _old_unit = _load_allocation(uow, allocation_id, expected_version)
        if alloc.status == AllocationStatus.MOVED:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP("errors", "This allocation already ended with a move.")
                    )
                }
            )
        if move_date <= alloc.start_date:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The move must be after the allocation starts ({start})."
                        ),
                        start=alloc.start_date.isoformat(),
                    )
                }
            )
        if alloc.end_date is not None and move_date > alloc.end_date:
            raise ValidationError(
                {
                    "move_date": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The allocation ends on {end}, before the move."
                        ),
                        end=alloc.end_date.isoformat(),
                    )
                }
            )
        if to_unit_id == alloc.unit_id and desks in (None, alloc.desks):
            raise ValidationError(
                {"unit_id": _t(QT_TRANSLATE_NOOP("errors", "Choose another unit to move to."))}
            )
        old_end = alloc.end_date
        alloc.end_date = move_date - dt.timedelta(days=1)
        alloc.status = AllocationStatus.MOVED
        s.flush()  # the shortened range no longer clashes with the new one in the same unit
        new = _insert_allocation(
            uow,
            AllocationInput(
                unit_id=to_unit_id,
                tenant_id=alloc.tenant_id,
                start_date=move_date,
                end_date=old_end,
                desks=desks,
                monthly_rent=monthly_rent,
                subsidy_policy_id=alloc.subsidy_policy_id,
                use_default_policy=False,
                subsidy_percent_override=alloc.subsidy_percent_override,
                notes=alloc.notes,
            ),
            previous_id=alloc.id,
        )
        uow.commit()
        return new.id


# -- reading ------------------------------------------------------------------------------------


def allocation_rows(s: Session, where: Any) -> list[AllocationRow]:
    """Allocations matching `where`, newest first, as plain rows."""
    q = (
        select(Allocation, Unit.code, Unit.kind, Building.code, Tenant.name_zh, Tenant.name_en)
        .join(Unit, Unit.id == Allocation.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Tenant, Tenant.id == Allocation.tenant_id)
        .where(where)
        .order_by(Allocation.start_date.desc(), Allocation.id.desc())
    )
    return [
        AllocationRow(
            id=a.id,
            version=a.version,
            unit_id=a.unit_id,
            unit_label=f"{bcode}-{ucode}",
            unit_kind=kind,
            tenant_id=a.tenant_id,
            tenant_name=zh or en,
            desks=a.desks,
            start_date=a.start_date,
            end_date=a.end_date,
            monthly_rent=a.monthly_rent,
            subsidy_policy_id=a.subsidy_policy_id,
            subsidy_percent_override=a.subsidy_percent_override,
            status=a.status,
            previous_id=a.previous_id,
            notes=a.notes,
        )
        for a, ucode, kind, bcode, zh, en in s.execute(q)
    ]


def unit_history(db: Store, unit_id: int) -> list[AllocationRow]:
    """Every allocation of a unit, newest first (cancelled ones included, marked)."""
    with db.read() as s:
        return allocation_rows(s, Allocation.unit_id == unit_id)


def get_allocation(db: Store, allocation_id: int) -> AllocationRow:
    with db.read() as s:
        rows = allocation_rows(s, Allocation.id == allocation_id)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This allocation no longer exists."))
    return rows[0]


def tenant_spaces(
    db: Store, tenant_id: int, on: dt.date | None = None
) -> tuple[list[AllocationRow], list[AllocationRow]]:
    """What a tenant holds on `on` (or later), and what it held before."""
    on = on or clock.today()
    with db.read() as s:
        rows = allocation_rows(
            s,
            and_(
                Allocation.tenant_id == tenant_id, Allocation.status != AllocationStatus.CANCELLED
            ),
        )
    now = [r for r in rows if r.end_date is None or r.end_date >= on]
    before = [r for r in rows if r.end_date is not None and r.end_date < on]
    return now, before
