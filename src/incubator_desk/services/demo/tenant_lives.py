"""Each demo tenant's story, decided before any row is written: name, dates, stages, graduation."""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import select

from ...core.periods import add_months
from ...core.vocabularies import ExitReason, ListingStatus, Stage
from ...models import Person, Tenant
from .. import creditcode
from .names import company_name
from .run import DemoRun
from .vocabulary import ExitPath, GraduationPath, Industry
from .writer import table_of

# (from stage, to stage, day, reason, exit reason): one row of the stage history
StageEvent = tuple[Stage | None, Stage, int, str, ExitReason | None]

CAPITALS = (1, 1, 3, 5, 5, 10, 10, 20, 50, 100, 200, 500)  # registered capital, 万元


class TenantLife:
    """A tenant's life in the incubator; days are ordinals, money is in fen."""

    __slots__ = (
        "alloc_label",
        "capital",
        "code",
        "end",
        "entry",
        "events",
        "exit_reason",
        "founded",
        "graduated",
        "graduation",
        "hte",
        "id",
        "industry",
        "listing",
        "name_en",
        "name_zh",
        "people",
        "person_first",
        "planned",
        "regtype",
        "returnee",
        "stage",
        "trade",
    )

    alloc_label: str  # where it sits, for the tenant's park address
    capital: int
    code: str
    end: int | None  # the day it graduated or left
    entry: int
    events: list[StageEvent]
    exit_reason: ExitReason | None
    founded: int
    graduated: int | None
    graduation: GraduationPath | None
    hte: int | None  # high-tech enterprise since
    id: int
    industry: Industry
    listing: tuple[ListingStatus, int | None]
    name_en: str
    name_zh: str
    people: list[str]  # names, filled in when the people are written
    person_first: int  # id of its first person
    planned: int  # planned graduation
    regtype: str
    returnee: bool  # its founder studied abroad
    stage: Stage
    trade: str  # trade-name pinyin, for e-mail domains

    def __init__(self) -> None:
        self.alloc_label = ""
        self.hte = None
        self.graduated = None
        self.listing = (ListingStatus.NONE, None)
        self.exit_reason = None
        self.graduation = None
        self.end = None
        self.people = []
        self.returnee = False

    @property
    def path(self) -> str | None:
        """How it graduated ("hte", "revenue"…), None if it has not."""
        return None if self.graduation is None else self.graduation.path


def plan_tenants(run: DemoRun) -> list[TenantLife]:
    """Every tenant's story, with ids reserved for the tenants and their people."""
    rng = run.rng
    rnd = rng.random
    words = run.words.companies
    tt = table_of(Tenant)
    used_codes = {c for (c,) in run.conn.execute(select(tt.c.credit_code)) if c}
    used_names: set[str] = set()
    for zh, en in run.conn.execute(select(tt.c.name_zh, tt.c.name_en)):
        used_names.add(zh)
        used_names.add(en)
    pick_industry = run.picker(words.industries, [i.weight for i in words.industries])
    pick_regtype = run.picker(
        words.registration_types, [r.weight for r in words.registration_types]
    )
    pick_exit = run.picker(words.exit_paths, [e.weight for e in words.exit_paths])
    pick_grad = run.picker(words.graduation_paths, [g.weight for g in words.graduation_paths])
    span = run.today - run.start
    today = run.today
    first_id = run.writer.reserve(tt, run.n)
    first_person = person_id = run.writer.reserve(table_of(Person), 0)
    tenants = []
    for i in range(run.n):
        t = TenantLife()
        t.id = first_id + i
        ind = pick_industry()
        t.industry = ind
        t.regtype = pick_regtype().code
        # Companies housed today mostly arrived recently: entry density rises over time.
        t.entry = run.start + int(span * rnd() ** 0.6)
        t.founded = t.entry - int(rnd() * 720)
        t.capital = CAPITALS[int(rnd() * len(CAPITALS))] * 1_000_000  # fen: 万元 × 100
        t.code = creditcode.generate(rng)
        while t.code in used_codes:
            t.code = creditcode.generate(rng)
        used_codes.add(t.code)
        t.name_zh, t.name_en, t.trade = company_name(
            rnd, words.descriptors[ind.code], words.trade_syllables, used_names
        )
        limit_months = 60 if ind.long_incubation else 48
        # The rule the tenant form applies: the 29 February of a leap year, four years on.
        t.planned = add_months(dt.date.fromordinal(t.entry), limit_months).toordinal()
        _life(rng, t, limit_months, pick_exit, pick_grad, today)
        n_people = 1 + (rnd() < 0.7) + (rnd() < 0.3)
        t.person_first = person_id
        person_id += n_people
        t.people = [""] * n_people
        tenants.append(t)
    run.writer.reserve(table_of(Person), person_id - first_person)
    return tenants


def _life(
    rng: random.Random,
    t: TenantLife,
    limit_months: int,
    pick_exit: Callable[[], ExitPath],
    pick_grad: Callable[[], GraduationPath],
    today: int,
) -> None:
    """The stage history: (from, to, day, reason, exit reason) rows, and where it ends."""
    rnd = rng.random
    events: list[StageEvent] = []
    day = t.entry
    if rnd() < 0.28:
        stage = Stage.PRE_INCUBATION
        events.append((None, stage, day, "入驻创业苗圃", None))
        nxt = day + 150 + int(rnd() * 240)
        if nxt <= today:
            if rnd() < 0.22:
                t.exit_reason = ExitReason.FAILED
                events.append((stage, Stage.EXITED, nxt, "项目终止，退出苗圃", t.exit_reason))
                stage, t.end = Stage.EXITED, nxt
            else:
                events.append((stage, Stage.INCUBATING, nxt, "通过入孵评审，转入孵化器", None))
                stage, day = Stage.INCUBATING, nxt
    else:
        stage = Stage.INCUBATING
        events.append((None, stage, day, "签订入孵协议，入驻孵化器", None))
    limit_days = limit_months * 30
    if stage is Stage.INCUBATING:
        u = rnd()
        if u < 0.38:
            late = day + 500 + int(rnd() * (limit_days - 500))
            _graduate(rng, t, events, stage, late, pick_grad, today)
        elif u < 0.62:
            _exit(t, events, stage, day + 180 + int(rnd() * 900), pick_exit, today)
        elif u < 0.84:
            acc = day + 365 + int(rnd() * 540)
            if acc <= today:
                events.append((stage, Stage.ACCELERATING, acc, "营收快速增长，转入加速器", None))
                later = acc + 300 + int(rnd() * 500)
                if rnd() < 0.75:
                    _graduate(rng, t, events, Stage.ACCELERATING, later, pick_grad, today)
                else:
                    _exit(t, events, Stage.ACCELERATING, later, pick_exit, today)
        else:
            # Overstays its incubation period, then graduates late.
            late = day + limit_days + 60 + int(rnd() * 400)
            _graduate(rng, t, events, stage, late, pick_grad, today)
    t.events = events
    t.stage = events[-1][1]
    if t.hte is None and rnd() < 0.25:
        until = t.end if t.end is not None else today
        since = t.entry + 540 + int(rnd() * 700)
        if since <= until:
            t.hte = since


def _graduate(
    rng: random.Random,
    t: TenantLife,
    events: list[StageEvent],
    stage: Stage,
    day: int,
    pick_grad: Callable[[], GraduationPath],
    today: int,
) -> None:
    if day > today:
        return
    graduation = pick_grad()
    t.graduation = graduation
    t.graduated = t.end = day
    if graduation.path == "hte":
        t.hte = max(t.entry + 200, day - 30 - int(rng.random() * 300))
    elif graduation.path == "acquired":
        t.listing = (ListingStatus.ACQUIRED, day)
    elif graduation.path == "quoted":
        t.listing = (ListingStatus.QUOTED, day - int(rng.random() * 60))
    events.append((stage, Stage.GRADUATED, day, graduation.text, None))


def _exit(
    t: TenantLife,
    events: list[StageEvent],
    stage: Stage,
    day: int,
    pick_exit: Callable[[], ExitPath],
    today: int,
) -> None:
    if day > today:
        return
    leaving = pick_exit()
    t.exit_reason = leaving.reason
    t.end = day
    if leaving.reason is ExitReason.MERGED:
        t.listing = (ListingStatus.MERGED, day)
    events.append((stage, Stage.EXITED, day, leaving.text, leaving.reason))


class Residents:
    """Finds a tenant housed on a given day, by sampling (for bookings and registrations)."""

    def __init__(self, tenants: list[TenantLife], rng: random.Random) -> None:
        self._rnd = rng.random
        self._by_entry = sorted(tenants, key=lambda t: (t.entry, t.id))
        self._entries = [t.entry for t in self._by_entry]

    def on(self, day: int) -> TenantLife | None:
        """A tenant housed on `day`, or None after a dozen misses."""
        hi = bisect.bisect_right(self._entries, day)
        if hi == 0:
            return None
        for _ in range(12):
            t = self._by_entry[int(self._rnd() * hi)]
            if t.end is None or t.end >= day:
                return t
        return None
