"""What tenants should be charged for whole months: rent and its subsidy (the rent roll's own
figures, `spaces.month_rent`), the property fee, utilities from meter readings, paid bookings
and one-off fees. Each charge names its source, the key a billing run compares with what was
billed already."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...core import clock
from ...core.money import to_fen
from ...core.vocabularies import (
    AllocationStatus,
    BookingStatus,
    ChargeKind,
    FeeStatus,
    MeterKind,
    RateKind,
    UnitKind,
)
from ...models import (
    Allocation,
    Booking,
    Building,
    Equipment,
    MentoringSession,
    MeterReading,
    OneOffFee,
    SubsidyPolicy,
    Tenant,
    Unit,
)
from ..spaces import list_rent_for, month_bounds, month_rent, spans
from .rules import Rates

HOUR = Decimal(3600)
KIND_ORDER = {kind: i for i, kind in enumerate(ChargeKind)}
# Space charges first (a unit's rent, subsidy, property fee and utilities together), then
# bookings, then one-off fees.
GROUP = {
    ChargeKind.ROOM_BOOKING: 1,
    ChargeKind.EQUIPMENT_BOOKING: 1,
    ChargeKind.SERVICE_FEE: 2,
}
METER_CHARGE = {MeterKind.ELECTRICITY: ChargeKind.ELECTRICITY, MeterKind.WATER: ChargeKind.WATER}
METER_RATE = {MeterKind.ELECTRICITY: RateKind.ELECTRICITY, MeterKind.WATER: RateKind.WATER}


@dataclass(frozen=True)
class Charge:
    """One thing a tenant should pay (or be credited), to the fen.

    `quantity` × `unit_price` is what the amount was worked out from where that is one
    product (days × monthly rent ÷ days in the month for rent: see `detail`)."""

    tenant_id: int
    source: str
    kind: ChargeKind
    month: dt.date  # the first day of the month the charge belongs to
    service_from: dt.date
    service_to: dt.date
    label: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    detail: dict[str, Any]

    @property
    def order(self) -> tuple[Any, ...]:
        return (
            self.month,
            GROUP.get(self.kind, 0),
            self.label,
            KIND_ORDER[self.kind],
            self.service_from,
            self.source,
        )


def _month_key(month: dt.date) -> str:
    return month.strftime("%Y-%m")


def _spans_json(items: list[Any]) -> list[dict[str, str]]:
    return [
        {"from": sp.start.isoformat(), "to": sp.end.isoformat(), "value": str(sp.value)}
        for sp in items
    ]


def _area_held(unit: Unit, desks: int | None) -> Decimal:
    """The area an allocation holds: the unit's, or its desks' share of an open-desk area."""
    if desks and unit.desk_count:
        return (unit.area_m2 * desks / unit.desk_count).quantize(Decimal("0.01"))
    return Decimal(unit.area_m2)


def _rent_charges(
    s: Session, first: dt.date, last: dt.date, rates: Rates, tenants: set[int] | None
) -> list[Charge]:
    policies = {p.id: p.steps for p in s.scalars(select(SubsidyPolicy))}
    q = (
        select(Allocation, Unit, Building.code, Tenant.entry_date)
        .join(Unit, Unit.id == Allocation.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Tenant, Tenant.id == Allocation.tenant_id)
        .where(
            Allocation.status != AllocationStatus.CANCELLED,
            Allocation.start_date <= last,
            or_(Allocation.end_date.is_(None), Allocation.end_date >= first),
        )
    )
    if tenants is not None:
        q = q.where(Allocation.tenant_id.in_(tenants))
    out: list[Charge] = []
    for a, unit, bcode, entry in s.execute(q):
        label = f"{bcode}-{unit.code}"
        area = _area_held(unit, a.desks)
        month = first
        while month <= last:
            rent = month_rent(
                month,
                a.start_date,
                a.end_date,
                list_rent_for(unit, a.desks),
                a.monthly_rent,
                policies.get(a.subsidy_policy_id) if a.subsidy_policy_id else None,
                a.subsidy_percent_override,
                entry or a.start_date,
            )
            _first, month_last = month_bounds(month)
            if rent is not None:
                key = f"{a.id}:{_month_key(month)}"
                held = {"days": rent.days, "of": rent.days_in_month, "desks": a.desks}
                if rent.agreed_rent:
                    out.append(
                        Charge(
                            a.tenant_id,
                            f"rent:{key}",
                            ChargeKind.RENT,
                            month,
                            rent.start,
                            rent.end,
                            label,
                            Decimal(rent.days),
                            a.monthly_rent,
                            rent.agreed_rent,
                            held,
                        )
                    )
                if rent.subsidy:
                    out.append(
                        Charge(
                            a.tenant_id,
                            f"subsidy:{key}",
                            ChargeKind.SUBSIDY,
                            month,
                            rent.start,
                            rent.end,
                            label,
                            Decimal(rent.days),
                            a.monthly_rent,
                            -rent.subsidy,
                            {**held, "spans": _spans_json(list(rent.subsidy_spans))},
                        )
                    )
                fee_spans = spans(
                    rent.start, rent.end, lambda day: rates.on(RateKind.PROPERTY_FEE, day)
                )
                dim = Decimal(rent.days_in_month)
                fee = to_fen(sum((area * sp.value * sp.days / dim for sp in fee_spans), Decimal(0)))
                if fee:
                    out.append(
                        Charge(
                            a.tenant_id,
                            f"property:{key}",
                            ChargeKind.PROPERTY_FEE,
                            month,
                            rent.start,
                            rent.end,
                            label,
                            area,
                            fee_spans[0].value if len(fee_spans) == 1 else None,
                            fee,
                            {**held, "spans": _spans_json(fee_spans)},
                        )
                    )
            month = month_last + dt.timedelta(days=1)
    return out


def _meter_charges(
    s: Session, first: dt.date, last: dt.date, rates: Rates, tenants: set[int] | None
) -> list[Charge]:
    in_range = s.scalars(
        select(MeterReading).where(MeterReading.read_on.between(first, last))
    ).all()
    if not in_range:
        return []
    unit_ids = {r.unit_id for r in in_range}
    previous: dict[int, MeterReading] = {}
    chain: dict[tuple[int, MeterKind], MeterReading] = {}
    for r in s.scalars(
        select(MeterReading)
        .where(MeterReading.unit_id.in_(unit_ids), MeterReading.read_on <= last)
        .order_by(MeterReading.unit_id, MeterReading.kind, MeterReading.read_on)
    ):
        before = chain.get((r.unit_id, r.kind))
        if before is not None:
            previous[r.id] = before
        chain[(r.unit_id, r.kind)] = r
    units = {
        u.id: (u, bcode)
        for u, bcode in s.execute(
            select(Unit, Building.code)
            .join(Building, Building.id == Unit.building_id)
            .where(Unit.id.in_(unit_ids))
        )
    }
    holders = s.scalars(
        select(Allocation).where(
            Allocation.unit_id.in_(unit_ids),
            Allocation.status != AllocationStatus.CANCELLED,
            Allocation.start_date <= last,
            or_(Allocation.end_date.is_(None), Allocation.end_date >= first),
        )
    ).all()
    out: list[Charge] = []
    for r in in_range:
        before = previous.get(r.id)
        if before is None or r.value <= before.value:
            continue  # a first reading only starts the count
        unit, bcode = units[r.unit_id]
        used = Decimal(r.value) - Decimal(before.value)
        price = rates.on(METER_RATE[r.kind], r.read_on)
        month, _last = month_bounds(r.read_on)
        for a in holders:
            if a.unit_id != r.unit_id or not (
                a.start_date <= r.read_on and (a.end_date is None or a.end_date >= r.read_on)
            ):
                continue
            if tenants is not None and a.tenant_id not in tenants:
                continue
            shared = unit.kind == UnitKind.OPEN_DESK and a.desks and unit.desk_count
            share = Decimal(a.desks) / unit.desk_count if shared and a.desks else Decimal(1)
            quantity = (used * share).quantize(Decimal("0.001"))
            amount = to_fen(used * share * price)
            if not amount:
                continue
            out.append(
                Charge(
                    a.tenant_id,
                    f"meter:{r.id}:{a.id}",
                    METER_CHARGE[r.kind],
                    month,
                    before.read_on,
                    r.read_on,
                    f"{bcode}-{unit.code}",
                    quantity,
                    price,
                    amount,
                    {
                        "from_value": str(before.value),
                        "to_value": str(r.value),
                        "desks": a.desks if shared else None,
                        "desk_count": unit.desk_count if shared else None,
                    },
                )
            )
    return out


def _local_midnight(day: dt.date) -> dt.datetime:
    return clock.at(day)


def _booking_charges(
    s: Session, first: dt.date, last: dt.date, rates: Rates, tenants: set[int] | None
) -> list[Charge]:
    """Rooms and kit a tenant booked for itself: not an event's venue, not a mentoring
    session's room (services the incubator gives)."""
    mentoring_rooms = select(MentoringSession.booking_id).where(
        MentoringSession.booking_id.is_not(None)
    )
    q = (
        select(Booking, Unit.code, Building.code, Equipment.name, Equipment.hourly_rate)
        .outerjoin(Unit, Unit.id == Booking.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .outerjoin(Equipment, Equipment.id == Booking.equipment_id)
        .where(
            Booking.tenant_id.is_not(None),
            Booking.event_id.is_(None),
            Booking.status == BookingStatus.CONFIRMED,
            Booking.id.not_in(mentoring_rooms),
            and_(
                Booking.starts_at >= _local_midnight(first),
                Booking.starts_at < _local_midnight(last + dt.timedelta(days=1)),
            ),
        )
    )
    if tenants is not None:
        q = q.where(Booking.tenant_id.in_(tenants))
    out: list[Charge] = []
    for b, ucode, bcode, kit, kit_rate in s.execute(q):
        assert b.tenant_id is not None
        start = clock.park_time(b.starts_at)
        day = start.date()
        hours = Decimal(int((b.ends_at - b.starts_at).total_seconds())) / HOUR
        if b.unit_id is not None:
            kind, label, price = (
                ChargeKind.ROOM_BOOKING,
                f"{bcode}-{ucode}",
                rates.on(RateKind.ROOM_HOUR, day),
            )
        else:
            kind, label, price = ChargeKind.EQUIPMENT_BOOKING, kit or "", Decimal(kit_rate or 0)
        amount = to_fen(hours * price)
        if not amount:
            continue
        month, _last = month_bounds(day)
        out.append(
            Charge(
                b.tenant_id,
                f"booking:{b.id}",
                kind,
                month,
                day,
                clock.park_time(b.ends_at).date(),
                label,
                hours.quantize(Decimal("0.001")),
                price,
                amount,
                {
                    "starts": start.strftime("%Y-%m-%d %H:%M"),
                    "ends": clock.local_time_text(b.ends_at),
                },
            )
        )
    return out


def _fee_charges(
    s: Session, first: dt.date, last: dt.date, tenants: set[int] | None
) -> list[Charge]:
    q = select(OneOffFee).where(
        OneOffFee.status == FeeStatus.ACTIVE, OneOffFee.charged_on.between(first, last)
    )
    if tenants is not None:
        q = q.where(OneOffFee.tenant_id.in_(tenants))
    out = []
    for f in s.scalars(q):
        month, _last = month_bounds(f.charged_on)
        out.append(
            Charge(
                f.tenant_id,
                f"fee:{f.id}",
                ChargeKind.SERVICE_FEE,
                month,
                f.charged_on,
                f.charged_on,
                f.description,
                None,
                None,
                f.amount,
                {},
            )
        )
    return out


def charges_between(
    s: Session, first: dt.date, last: dt.date, rates: Rates, tenants: set[int] | None = None
) -> dict[int, list[Charge]]:
    """Every charge of the months from `first`'s to `last`'s, by tenant, in bill order."""
    first, _ = month_bounds(first)
    _, last = month_bounds(last)
    by_tenant: dict[int, list[Charge]] = defaultdict(list)
    for charge in (
        *_rent_charges(s, first, last, rates, tenants),
        *_meter_charges(s, first, last, rates, tenants),
        *_booking_charges(s, first, last, rates, tenants),
        *_fee_charges(s, first, last, tenants),
    ):
        by_tenant[charge.tenant_id].append(charge)
    for charges in by_tenant.values():
        charges.sort(key=lambda c: c.order)
    return dict(by_tenant)


__all__ = ["Charge", "charges_between"]
