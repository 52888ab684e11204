"""Where each demo tenant sits at each stage: units of each kind and size, shared out over time."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from ...core.vocabularies import RentBasis, Stage, UnitKind, UnitStatus
from .run import DemoRun
from .tenant_lives import TenantLife
from .vocabulary import UnitSize

EXTRA_SPACE = 9  # allocation sequence number of a lab or workshop held beside the main space


@dataclass
class UnitSpec:
    """A unit before it is written; `id` and `label` are set when it is placed in a building."""

    kind: UnitKind
    area: int
    desks: int
    rent: int  # fen per basis unit
    basis: RentBasis
    features: list[str]
    bookable: bool = False
    buffer: int = 0
    status: UnitStatus = UnitStatus.AVAILABLE
    id: int = 0
    label: str = ""


class PlannedAllocation(NamedTuple):
    """A tenant's use of a unit; `unit` and `previous` are indexes into the plan's lists."""

    unit: int
    tenant_id: int
    amount: int  # desks in an open-desk area, else 1
    start: int
    end: int | None
    previous: int | None  # the allocation this one moved from
    seq: int  # the stage's number in the tenant's history, or EXTRA_SPACE
    tenant: TenantLife


@dataclass
class SpacePlan:
    """The units the park needs and who uses which when."""

    units: list[UnitSpec] = field(default_factory=list)
    allocations: list[PlannedAllocation] = field(default_factory=list)


class _Pool:
    """Units of one kind and size, handed out without overlap (desk areas by desk count)."""

    def __init__(self, make: Callable[[], UnitSpec], units: list[UnitSpec]) -> None:
        self._make = make
        self._units = units
        self.members: list[int] = []
        self._free: dict[int, int] = {}
        self._buckets: dict[int, list[int]] = {}
        self._ends: list[tuple[int, int, int]] = []

    def _push(self, unit: int) -> None:
        heapq.heappush(self._buckets.setdefault(self._free[unit], []), unit)

    def add(self) -> int:
        spec = self._make()
        self._units.append(spec)
        unit = len(self._units) - 1
        self.members.append(unit)
        self._free[unit] = spec.desks if spec.kind is UnitKind.OPEN_DESK else 1
        self._push(unit)
        return unit

    def take(self, start: int, until: int | None, amount: int) -> int:
        """A unit with `amount` free from `start`; it is busy until `until` (None: for good)."""
        ends = self._ends
        while ends and ends[0][0] < start:
            _, unit, freed = heapq.heappop(ends)
            self._free[unit] += freed
            self._push(unit)
        chosen = None
        # Best fit: the fullest unit that still has room, lowest index first.
        for level in sorted(k for k in self._buckets if k >= amount):
            bucket = self._buckets[level]
            while bucket:
                unit = heapq.heappop(bucket)
                if self._free[unit] == level:
                    chosen = unit
                    break
            if chosen is not None:
                break
        if chosen is None:
            chosen = self.add()  # its bucket entry goes stale below and is skipped later
        if self._free[chosen] < amount:
            raise RuntimeError("unit too small for the request")
        self._free[chosen] -= amount
        self._push(chosen)
        if until is not None:
            heapq.heappush(ends, (until, chosen, amount))
        return chosen


def _maker(run: DemoRun, size: UnitSize) -> Callable[[], UnitSpec]:
    """Makes a new unit of one kind and size class, with an area drawn at random."""
    kind, rent, basis, features = size.kind, size.list_rent * 100, size.rent_basis, size.features

    def make() -> UnitSpec:
        if kind is UnitKind.OPEN_DESK:
            desks = run.choice((16, 20, 24, 30))
            return UnitSpec(kind, desks * 6, desks, rent, basis, list(features))
        area = run.randint(size.min_m2, size.max_m2)
        return UnitSpec(kind, area, 0, rent, basis, list(features))

    return make


def plan_spaces(run: DemoRun, tenants: list[TenantLife]) -> SpacePlan:
    """Give every tenant space for each stage, reusing units and creating them as needed."""
    rnd = run.rng.random
    plan = SpacePlan()
    pools = {
        (s.kind, s.size): _Pool(_maker(run, s), plan.units) for s in run.words.premises.unit_sizes
    }
    requests = []  # (start, tenant id, seq, pool key, amount, end, link to previous)
    for t in tenants:
        spans = []
        for k, ev in enumerate(t.events):
            stage = ev[1]
            if stage in (Stage.GRADUATED, Stage.EXITED):
                continue
            nxt = t.events[k + 1][2] if k + 1 < len(t.events) else None
            spans.append((stage, ev[2], nxt))
        staff = 2 + int(rnd() * 6)
        for seq, (stage, start, nxt) in enumerate(spans):
            if stage is Stage.PRE_INCUBATION:
                key, amount = (UnitKind.OPEN_DESK, ""), 1 + int(rnd() * 4)
            elif stage is Stage.ACCELERATING:
                key, amount = (UnitKind.OFFICE, "l" if rnd() < 0.6 else "xl"), 1
            elif rnd() < 0.25:
                key, amount = (UnitKind.OPEN_DESK, ""), min(12, staff + int(rnd() * 3))
            else:
                size = "s" if rnd() < 0.5 else "m" if rnd() < 0.85 else "l"
                key, amount = (UnitKind.OFFICE, size), 1
            # A stage followed by another open stage ends the day before the move.
            end = nxt - 1 if nxt is not None and seq + 1 < len(spans) else t.end
            requests.append((start, t.id, seq, key, amount, end, seq > 0))
        lab_share = t.industry.lab_share
        if lab_share and rnd() < lab_share and spans:
            start = spans[0][1] + int(rnd() * 180)
            if start <= (t.end or run.today):
                kind = UnitKind.WORKSHOP if t.industry.code == "manufacturing" else UnitKind.LAB
                requests.append((start, t.id, EXTRA_SPACE, (kind, ""), 1, t.end, False))
    requests.sort(key=lambda r: (r[0], r[1], r[2]))
    by_id = {t.id: t for t in tenants}
    allocs = plan.allocations
    last: dict[int, int] = {}
    for start, tid, seq, key, amount, end, linked in requests:
        t = by_id[tid]
        # A vacated unit is refitted for a few days to weeks before the next tenant moves in.
        busy_until = None if end is None else end + int(rnd() * 21)
        unit = pools[key].take(start, busy_until, amount)
        prev = last.get(tid) if linked else None
        index = len(allocs)
        if seq < EXTRA_SPACE:
            last[tid] = index
        allocs.append(PlannedAllocation(unit, tid, amount, start, end, prev, seq, t))
    # Spare units so the park is not exactly full at its busiest; some are being refitted.
    for pool in pools.values():
        for _ in range(max(1, len(pool.members) // 10)):
            spare = plan.units[pool.add()]
            if rnd() < 0.15:
                spare.status = UnitStatus.MAINTENANCE
    return plan
