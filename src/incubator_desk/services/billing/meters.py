"""Meter readings per unit: electricity and water, each reading closing the consumption since
the unit's previous reading of the same meter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import MeterKind
from ...db import Store
from ...models import Building, MeterReading, Unit
from .. import spaces
from ..access import Action, requires

_t = Translator("errors")
VALUE_STEP = Decimal("0.001")


@dataclass(frozen=True)
class ReadingRow:
    id: int
    version: int
    unit_id: int
    unit_label: str
    kind: MeterKind
    read_on: dt.date
    value: Decimal
    previous_on: dt.date | None  # the unit's previous reading of this meter
    consumption: Decimal | None  # since then; None for a first reading
    notes: str


def metered_units(db: Store) -> list[tuple[int, str]]:
    """The units let by the month (not rooms booked by the hour), as (id, label)."""
    return [(u.id, u.label) for u in spaces.list_units(db) if u.lettable]


def _neighbours(
    s: Session, unit_id: int, kind: MeterKind, day: dt.date, exclude: int | None
) -> tuple[MeterReading | None, MeterReading | None]:
    base = select(MeterReading).where(MeterReading.unit_id == unit_id, MeterReading.kind == kind)
    if exclude is not None:
        base = base.where(MeterReading.id != exclude)
    before = s.scalars(
        base.where(MeterReading.read_on < day).order_by(MeterReading.read_on.desc()).limit(1)
    ).first()
    after = s.scalars(
        base.where(MeterReading.read_on > day).order_by(MeterReading.read_on).limit(1)
    ).first()
    return before, after


@requires(Action.BILLING)
def save_reading(
    db: Store,
    unit_id: int,
    kind: MeterKind,
    read_on: dt.date,
    value: Decimal,
    notes: str = "",
    reading_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """Record a meter reading, or correct one. A meter only counts up: a reading below the
    one before it (or above the one after it) is refused. Correcting a reading already billed
    makes the next billing run bill the difference."""
    try:
        value = Decimal(value)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValidationError(
            {"value": _t(QT_TRANSLATE_NOOP("errors", "Give the meter's reading as a number."))}
        ) from exc
    if not value.is_finite() or value < 0:
        raise ValidationError(
            {"value": _t(QT_TRANSLATE_NOOP("errors", "A meter reading cannot be negative."))}
        )
    value = value.quantize(VALUE_STEP)
    with db.uow(summary="save meter reading") as uow:
        s = uow.session
        # Serialise readings of one unit: the order check below reads its other readings.
        uow.lock(Unit, unit_id)
        clash = s.scalar(
            select(MeterReading.id).where(
                MeterReading.unit_id == unit_id,
                MeterReading.kind == kind,
                MeterReading.read_on == read_on,
            )
        )
        if clash is not None and clash != reading_id:
            raise ValidationError(
                {
                    "read_on": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "This meter already has a reading on {day}: correct that one."
                        ),
                        day=read_on.isoformat(),
                    )
                }
            )
        before, after = _neighbours(s, unit_id, kind, read_on, reading_id)
        if before is not None and value < before.value:
            raise ValidationError(
                {
                    "value": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The reading is below the one of {day} ({value})."
                        ),
                        day=before.read_on.isoformat(),
                        value=f"{before.value:,}",
                    )
                }
            )
        if after is not None and value > after.value:
            raise ValidationError(
                {
                    "value": _t(
                        QT_TRANSLATE_NOOP(
                            "errors", "The reading is above the later one of {day} ({value})."
                        ),
                        day=after.read_on.isoformat(),
                        value=f"{after.value:,}",
                    )
                }
            )
        if reading_id is None:
            row = MeterReading(unit_id=unit_id, kind=MeterKind(kind), read_on=read_on)
            s.add(row)
        else:
            row = uow.get(MeterReading, reading_id, expected_version)
            row.unit_id, row.kind, row.read_on = unit_id, MeterKind(kind), read_on
        row.value, row.notes = value, notes.strip()
        uow.commit()
        return row.id


@requires(Action.BILLING)
def remove_reading(db: Store, reading_id: int, expected_version: int | None = None) -> None:
    """Remove a reading entered by mistake; the next run corrects what it billed."""
    with db.uow(summary="remove meter reading") as uow:
        row = uow.session.get(MeterReading, reading_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This meter reading no longer exists."))
        uow.get(MeterReading, reading_id, expected_version)
        uow.session.delete(row)
        uow.commit()


def list_readings(
    db: Store, start: dt.date, end: dt.date, unit_id: int | None = None
) -> list[ReadingRow]:
    """Readings taken from `start` to `end`, newest first, with the consumption each closes."""
    with db.read() as s:
        q = (
            select(MeterReading, Unit.code, Building.code)
            .join(Unit, Unit.id == MeterReading.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .where(MeterReading.read_on <= end)
            .order_by(MeterReading.unit_id, MeterReading.kind, MeterReading.read_on)
        )
        if unit_id is not None:
            q = q.where(MeterReading.unit_id == unit_id)
        out: list[ReadingRow] = []
        last: dict[tuple[int, MeterKind], MeterReading] = {}
        for r, ucode, bcode in s.execute(q):
            prev = last.get((r.unit_id, r.kind))
            last[(r.unit_id, r.kind)] = r
            if r.read_on < start:
                continue
            out.append(
                ReadingRow(
                    r.id,
                    r.version,
                    r.unit_id,
                    f"{bcode}-{ucode}",
                    r.kind,
                    r.read_on,
                    r.value,
                    prev.read_on if prev is not None else None,
                    r.value - prev.value if prev is not None else None,
                    r.notes,
                )
            )
    out.sort(key=lambda r: (r.read_on, r.unit_label, r.kind), reverse=True)
    return out


__all__ = ["ReadingRow", "list_readings", "metered_units", "remove_reading", "save_reading"]
