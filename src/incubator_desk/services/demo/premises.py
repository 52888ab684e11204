"""Writes the demo park: site, buildings, floors, units laid out on floor plans, and lets."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from ...core.vocabularies import AllocationStatus, RentBasis, UnitKind
from ...models import Allocation, Building, Floor, Site, Unit
from .run import SLOT_MIN, DemoRun, SlotCalendar, date_of
from .space_plan import EXTRA_SPACE, SpacePlan, UnitSpec
from .writer import table_of

FLOORS_PER_BUILDING = 12
FLOOR_W, FLOOR_H = 60, 30  # metres; two 12 m deep strips either side of a 6 m corridor
STRIP_DEPTH = 12
STRIP_Y = (0, 18)
BUILDING_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: they read as 1 and 0 on signs


@dataclass
class Premises:
    """The units as written (indexes as in the plan), which are meeting rooms and halls."""

    units: list[UnitSpec]
    rooms: list[int] = field(default_factory=list)  # bookable meeting rooms
    halls: list[int] = field(default_factory=list)  # roadshow halls, one per building
    calendar: SlotCalendar = field(default_factory=SlotCalendar)

    def add(self, spec: UnitSpec, into: list[int]) -> int:
        self.units.append(spec)
        into.append(len(self.units) - 1)
        return len(self.units) - 1

    def book(self, unit: int, day: int, first: int, count: int) -> bool:
        """Reserve a room's slots and the buffer it needs after, unless any is taken."""
        extra = (self.units[unit].buffer + SLOT_MIN - 1) // SLOT_MIN
        return self.calendar.reserve(unit, day, first, count + extra)


def building_code(k: int) -> str:
    """A, B, … Z, AA, AB…: the code of the k-th building (from 0)."""
    code = ""
    k += 1
    while k:
        k, r = divmod(k - 1, len(BUILDING_LETTERS))
        code = BUILDING_LETTERS[r] + code
    return code


def write_premises(run: DemoRun, plan: SpacePlan) -> Premises:
    """The site, buildings, floors and units; sets each unit's id and label, each tenant's."""
    w = run.writer
    words = run.words.premises
    premises = Premises(plan.units)
    site_t = table_of(Site)
    names = {n for (n,) in run.conn.execute(select(site_t.c.name))}
    name = words.site_name
    for phase in itertools.chain(words.phases, (str(k) for k in itertools.count(11))):
        if name not in names:
            break
        name = f"{words.site_name}（{phase}期）"
    site_id = w.reserve(site_t, 1)
    w.write(site_t, ("id", "name", "address"), [(site_id, name, words.site_address)])

    # Lay the units out in creation order, a meeting room on every floor and a roadshow
    # hall on each ground floor; the first units created are the ones let longest.
    order = list(range(len(premises.units)))
    floors: list[list[int]] = []
    current: list[int] = []
    strip, x = 0, Decimal(0)
    placement: dict[int, tuple[Decimal, Decimal, Decimal]] = {}

    def new_floor() -> None:
        nonlocal current, strip, x
        current = []
        floors.append(current)
        strip, x = 0, Decimal(0)
        if len(floors) % FLOORS_PER_BUILDING == 1:
            hall = UnitSpec(
                UnitKind.MEETING_ROOM,
                180,
                0,
                0,
                RentBasis.PER_UNIT_MONTH,
                ["投影", "音响", "舞台"],
                bookable=True,
                buffer=30,
            )
            place(premises.add(hall, premises.halls))
        room = UnitSpec(
            UnitKind.MEETING_ROOM,
            run.choice((36, 48, 60)),
            0,
            0,
            RentBasis.PER_UNIT_MONTH,
            ["投影", "白板", "视频会议"],
            bookable=True,
            buffer=run.choice((0, 10, 15)),
        )
        place(premises.add(room, premises.rooms))

    def place(unit: int) -> None:
        nonlocal strip, x
        width = (Decimal(premises.units[unit].area) / STRIP_DEPTH).quantize(Decimal("0.01"))
        if x + width > FLOOR_W:
            strip, x = strip + 1, Decimal(0)
            if strip == len(STRIP_Y):
                new_floor()
        placement[unit] = (x, Decimal(STRIP_Y[strip]), width)
        current.append(unit)
        x += width

    new_floor()
    for unit in order:
        place(unit)

    n_buildings = (len(floors) + FLOORS_PER_BUILDING - 1) // FLOORS_PER_BUILDING
    bt, ft, ut = table_of(Building), table_of(Floor), table_of(Unit)
    first_b = w.reserve(bt, n_buildings)
    first_f = w.reserve(ft, len(floors))
    first_u = w.reserve(ut, len(premises.units))
    codes = [building_code(k) for k in range(n_buildings)]
    w.write(
        bt,
        ("id", "site_id", "code", "name"),
        [(first_b + k, site_id, c, f"{c}栋") for k, c in enumerate(codes)],
    )
    floor_rows, unit_rows = [], []
    for f, members in enumerate(floors):
        b, level = divmod(f, FLOORS_PER_BUILDING)
        level += 1
        floor_rows.append(
            (first_f + f, first_b + b, level, f"{level}层", Decimal(FLOOR_W), Decimal(FLOOR_H))
        )
        for seq, unit in enumerate(members, start=1):
            spec = premises.units[unit]
            code = f"{level}{seq:02d}"
            spec.id = first_u + unit
            spec.label = f"{codes[b]}栋{code}"
            px, py, pw = placement[unit]
            unit_rows.append(
                (
                    spec.id,
                    first_f + f,
                    first_b + b,
                    code,
                    spec.kind,
                    Decimal(spec.area),
                    spec.desks,
                    spec.rent,
                    spec.basis,
                    spec.features,
                    px,
                    py,
                    pw,
                    Decimal(STRIP_DEPTH),
                    spec.status,
                    spec.bookable,
                    spec.buffer,
                    "",
                )
            )
    w.write(ft, ("id", "building_id", "level", "name", "plan_width", "plan_height"), floor_rows)
    unit_rows.sort()
    w.write(
        ut,
        (
            "id",
            "floor_id",
            "building_id",
            "code",
            "kind",
            "area_m2",
            "desk_count",
            "list_rent",
            "rent_basis",
            "features",
            "plan_x",
            "plan_y",
            "plan_w",
            "plan_h",
            "status",
            "bookable",
            "buffer_minutes",
            "notes",
        ),
        unit_rows,
    )
    for a in plan.allocations:
        if a.seq < EXTRA_SPACE:
            spec = premises.units[a.unit]
            a.tenant.alloc_label = spec.label + (
                " 开放工位" if spec.kind is UnitKind.OPEN_DESK else ""
            )
    return premises


def write_allocations(run: DemoRun, plan: SpacePlan, premises: Premises, policy_id: int) -> None:
    """Who has which unit from when to when, moves pointing back to what they ended."""
    alt = table_of(Allocation)
    first = run.writer.reserve(alt, len(plan.allocations))
    rows = []
    today = run.today
    for i, (unit, tid, amount, start, end, prev, _seq, t) in enumerate(plan.allocations):
        spec = premises.units[unit]
        desks = amount if spec.kind is UnitKind.OPEN_DESK else None
        rent = spec.rent * (desks if desks else spec.area)
        if end is None:
            status = AllocationStatus.ACTIVE
            # Current tenants sign up to their planned graduation; overdue ones run on.
            contract_end = t.planned if t.planned > today else None
        else:
            status = AllocationStatus.ENDED if end < today else AllocationStatus.ACTIVE
            contract_end = end
        rows.append(
            (
                first + i,
                spec.id,
                tid,
                desks,
                date_of(start),
                date_of(contract_end),
                rent,
                policy_id,
                None,
                status,
                None if prev is None else first + prev,
                "",
            )
        )
    # An allocation another one points back to was ended by a move.
    moved_ids = {r[10] for r in rows if r[10] is not None}
    rows = [(*r[:9], AllocationStatus.MOVED, *r[10:]) if r[0] in moved_ids else r for r in rows]
    run.writer.write(
        alt,
        (
            "id",
            "unit_id",
            "tenant_id",
            "desks",
            "start_date",
            "end_date",
            "monthly_rent",
            "subsidy_policy_id",
            "subsidy_percent_override",
            "status",
            "previous_id",
            "notes",
        ),
        rows,
    )
