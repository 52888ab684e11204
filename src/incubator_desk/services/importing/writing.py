"""Writing a checked plan in one unit of work, all its valid rows or none: `apply_import`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from ...core import clock
from ...core.errors import ConflictError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.periods import add_months, period_text
from ...core.vocabularies import AuditAction, LookupCategory, PersonRole, Stage
from ...db import Database, UnitOfWork
from ...db.audit import SKIPPED
from ...db.uow import STALE
from ...models import (
    InvestmentReceived,
    KpiSnapshot,
    LookupItem,
    Person,
    StageChange,
    Tag,
    Tenant,
    tenant_tags,
    utcnow,
)
from .. import graduation
from .. import tenants as svc
from ..access import Action, requires
from .columns import TENANT_DIRECT, TENANT_IDS, ImportKind
from .lists import PendingEntry, Unknown
from .plan import (
    STALE_ROW,
    Cancelled,
    FigureRow,
    ImportPlan,
    Outcome,
    Problem,
    Progress,
    TenantRow,
    check_cancelled,
    chunks,
)
from .planning import plan_import
from .reading import read_sheet

_t = Translator("import")


@requires(Action.EDIT_TENANTS)
def apply_import(
    db: Database,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[Outcome, int]:
    """Write the plan's valid rows in one unit of work (all of them, or none on any error).

    Each record written gets its own audit entry, and one more entry sums the import up; all
    of them share the unit of work's batch. A record someone changed (or created) since the
    plan was made is left as it is, and its row's outcome becomes STALE.
    """
    action = f"import {plan.kind.value} from {plan.sheet.path.name}"
    limits = _limits(db) if plan.kind == ImportKind.TENANTS else {}
    with db.uow(summary=action) as uow:
        write_plan(db, uow, plan, limits, progress, cancelled)
        uow.commit()
    svc.invalidate_search(db)
    return plan.counts()


def write_plan(
    db: Database,
    uow: UnitOfWork,
    plan: ImportPlan,
    limits: dict[int | None, int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    refuse_stale: bool = False,
) -> None:
    """Write the plan's valid rows inside the caller's unit of work, which commits (or not).

    A tenants plan needs the incubation `limits` read before the unit of work opened. Rows
    whose records changed since the plan are left (outcome STALE); with `refuse_stale` any
    such row refuses the whole plan instead, as a stale edit (one tenant's returned form).
    """
    if plan.kind == ImportKind.TENANTS:
        assert limits is not None, "read the limits before the unit of work opens"
        _write_tenants(db, uow, plan, limits, progress, cancelled)
    elif plan.kind == ImportKind.RETURNS:
        _write_returns(uow, plan, progress, cancelled)
    else:
        _write_figures(uow, plan, progress, cancelled)
    check_cancelled(cancelled)
    if refuse_stale and plan.counts()[Outcome.STALE]:
        raise ConflictError(STALE)
    summary = f"import {plan.kind.value} from {plan.sheet.path.name}: {plan.summary()}"
    counts = {f"rows_{o.value}": n for o, n in plan.counts().items() if n}
    uow.audit(
        AuditAction.IMPORT,
        plan.kind.value,
        None,
        summary[:500],
        plan.sheet.path.name,
        values=counts,
    )


def _limits(db: Database) -> dict[int | None, int]:
    """Incubation limit in months per industry (None: no industry), by the graduation rules.

    Read before the writing transaction opens.
    """
    rules = graduation.rules(db)
    with db.read() as s:
        ids = list(
            s.scalars(select(LookupItem.id).where(LookupItem.category == LookupCategory.INDUSTRY))
        )
    return {
        item_id: graduation.incubation_limit_months(db, item_id, rules) for item_id in (None, *ids)
    }


def _stale(row: TenantRow | FigureRow) -> None:
    row.report.outcome = Outcome.STALE
    row.report.changed = []
    row.report.problems.append(Problem("", _t(STALE_ROW)))


def _write_tenants(
    db: Database,
    uow: UnitOfWork,
    plan: ImportPlan,
    limits: dict[int | None, int],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    def planned(data: svc.TenantInput) -> dt.date | None:
        if data.planned_graduation_on:
            return data.planned_graduation_on
        if data.entry_date is None:
            return None
        months = limits.get(data.industry_id, limits[None])
        return add_months(data.entry_date, months)

    s = uow.session
    _resolve_lists(s, plan)
    tags: dict[str, Tag] = {}
    all_tags = sorted({t for p in plan._tenant_rows for t in p.data.tags})
    if all_tags:
        for names in chunks(all_tags):
            tags.update((t.name, t) for t in s.scalars(select(Tag).where(Tag.name.in_(names))))
        for name in all_tags:
            if name not in tags:
                tags[name] = Tag(name=name)
                s.add(tags[name])
        s.flush()  # the new tags get their ids
    creates = [p for p in plan._tenant_rows if p.existing_id is None]
    updates = [(p, p.existing_id) for p in plan._tenant_rows if p.existing_id is not None]
    total = len(plan._tenant_rows)
    arrived: set[str] = set()  # credit codes someone gave a tenant since the plan was made
    for codes in chunks([p.data.credit_code for p in creates]):
        found = s.scalars(select(Tenant.credit_code).where(Tenant.credit_code.in_(codes)))
        arrived.update(c or "" for c in found)
    for p in creates:
        if p.data.credit_code in arrived:
            _stale(p)
    creates = [p for p in creates if p.report.outcome is not Outcome.STALE]
    done = 0
    now = utcnow()
    today = clock.today()
    reason = _t(QT_TRANSLATE_NOOP("import", "Imported from {name}"), name=plan.sheet.path.name)
    reason = reason[:1000]
    for chunk in chunks(creates, 1000):
        check_cancelled(cancelled)
        rows = []
        for p in chunk:
            data = p.data
            rows.append(
                {
                    **{k: getattr(data, k) for k in TENANT_DIRECT},
                    "credit_code": data.credit_code,
                    "industry_id": data.industry_id,
                    "tech_field_id": data.tech_field_id,
                    "registration_type_id": data.registration_type_id,
                    "sector_id": data.sector_id,
                    "planned_graduation_on": planned(data),
                    "stage": p.stage or Stage.INCUBATING,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        ids = list(
            s.execute(
                insert(Tenant).returning(Tenant.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        uow.audit_records(
            AuditAction.CREATE,
            "tenants",
            (
                (tenant_id, row["name_zh"], tenant_id, _values(row, tags=p.data.tags))
                for p, tenant_id, row in zip(chunk, ids, rows, strict=True)
            ),
        )
        links: list[dict[str, Any]] = []
        people: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        for p, tenant_id in zip(chunk, ids, strict=True):
            data = p.data
            links += [{"tenant_id": tenant_id, "tag_id": tags[t].id} for t in data.tags]
            person = p.person
            if person is not None:
                people.append(
                    {
                        "tenant_id": tenant_id,
                        "name": person.name,
                        "phone": person.phone,
                        "email": person.email,
                        "role": PersonRole.CONTACT,
                        "is_primary_contact": True,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            changes.append(
                {
                    "tenant_id": tenant_id,
                    "from_stage": None,
                    "to_stage": p.stage or Stage.INCUBATING,
                    "changed_on": data.entry_date or today,
                    "reason": reason,
                    "operator_id": db.operator_id,
                    "recorded_at": now,
                }
            )
        if links:
            s.execute(insert(tenant_tags), links)
        if people:
            person_ids = s.execute(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), people
            ).scalars()
            uow.audit_records(
                AuditAction.CREATE,
                "people",
                (
                    (pid, row["name"], row["tenant_id"], _values(row))
                    for pid, row in zip(person_ids, people, strict=True)
                ),
            )
        s.execute(insert(StageChange), changes)
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    for update_chunk in chunks(updates, 500):
        check_cancelled(cancelled)
        # Locked until the import commits, so nobody changes them between check and write.
        loaded = {
            t.id: t
            for t in s.scalars(
                select(Tenant)
                .where(Tenant.id.in_([tenant_id for _p, tenant_id in update_chunk]))
                .options(selectinload(Tenant.tags), selectinload(Tenant.people))
                .with_for_update(of=Tenant)
                .execution_options(populate_existing=True)
            )
        }
        for p, tenant_id in update_chunk:
            t = loaded.get(tenant_id)
            if t is None or t.version != p.version:
                _stale(p)
                continue
            data = p.data
            changed = set(p.report.changed)
            for key in TENANT_DIRECT:
                if key in changed:
                    setattr(t, key, getattr(data, key))
            for key, attr in TENANT_IDS.items():
                if key in changed:
                    setattr(t, attr, getattr(data, attr))
            if changed & {"entry_date", "industry"} and "planned_graduation_on" not in changed:
                data.planned_graduation_on = None
                t.planned_graduation_on = planned(data)
            if "tags" in changed:
                t.tags = [tags[n] for n in data.tags]
            if "stage" in changed and (stage := p.stage) is not None:
                s.add(
                    StageChange(
                        tenant_id=t.id,
                        from_stage=t.stage,
                        to_stage=stage,
                        changed_on=today,
                        reason=reason,
                        operator_id=db.operator_id,
                    )
                )
                t.stage = stage
                if t.stage == Stage.GRADUATED and t.graduated_on is None:
                    t.graduated_on = today
            person = p.person
            if person is not None and changed & {"contact_name", "phone", "email"}:
                match = next(
                    (x for x in t.people if x.archived_at is None and x.name == person.name), None
                )
                if match is None:
                    s.add(
                        Person(
                            tenant_id=t.id,
                            name=person.name,
                            phone=person.phone,
                            email=person.email,
                            role=PersonRole.CONTACT,
                        )
                    )
                else:
                    if person.phone:
                        match.phone = person.phone
                    if person.email:
                        match.email = person.email
        s.flush()
        done += len(update_chunk)
        if progress is not None:
            progress(done, total)


def _resolve_lists(s: Session, plan: ImportPlan) -> None:
    """Add the new list values the rows use, remember the values mapped to entries, and give
    the rows the ids of the entries they now refer to."""
    note = _t(
        QT_TRANSLATE_NOOP("import", "Added by the import of {name}"), name=plan.sheet.path.name
    )
    ids: dict[PendingEntry, int] = {}
    for category, names in plan.additions().items():
        for key, item_id in svc.add_entries(s, category, names, note[:1000]).items():
            ids[PendingEntry(category, key)] = item_id
    for category, aliases in plan.mapped().items():
        svc.remember_aliases(s, category, aliases)
    for row in plan._tenant_rows:
        for attr, entry in row.pending.items():
            setattr(row.data, attr, ids[entry])


def _write_returns(
    uow: UnitOfWork, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    """Each row through the return's own use case, inside the import's unit of work."""
    from ..statistics import save_tenant_return

    total = len(plan._return_rows)
    for n, row in enumerate(plan._return_rows):
        if n % 100 == 0:
            check_cancelled(cancelled)
            if progress is not None:
                progress(n, total)
        save_tenant_return(uow, row.tenant_id, row.year, row.values)
    if progress is not None:
        progress(total, total)


def _values(row: dict[str, Any], **more: Any) -> dict[str, Any]:
    """A new record's values as its audit entry keeps them."""
    return {k: v for k, v in row.items() if k not in SKIPPED} | more


def _figures_arrived(s: Session, creates: list[FigureRow]) -> set[tuple[int, int, int]]:
    """The quarters of `creates` someone recorded since the plan was made."""
    wanted = {(p.tenant_id, p.year, p.quarter) for p in creates}
    found: set[tuple[int, int, int]] = set()
    for ids in chunks(sorted({p.tenant_id for p in creates})):
        found.update(
            (t, y, q)
            for t, y, q in s.execute(
                select(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter).where(
                    KpiSnapshot.tenant_id.in_(ids)
                )
            )
        )
    return wanted & found


def _write_figures(
    uow: UnitOfWork, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    s = uow.session
    total = len(plan._figure_rows)
    now = utcnow()
    creates = [p for p in plan._figure_rows if p.snapshot_id is None]
    arrived = _figures_arrived(s, creates)
    for p in creates:
        if (p.tenant_id, p.year, p.quarter) in arrived:
            _stale(p)
    creates = [p for p in creates if p.report.outcome is not Outcome.STALE]
    updates = [(p, p.snapshot_id) for p in plan._figure_rows if p.snapshot_id is not None]
    done = 0
    unnamed = _t(QT_TRANSLATE_NOOP("import", "(investor not named)"))
    for chunk in chunks(creates, 1000):
        check_cancelled(cancelled)
        rows = [
            {
                "tenant_id": p.tenant_id,
                "year": p.year,
                "quarter": p.quarter,
                "awards": "",
                "notes": "",
                **p.values,
                "created_at": now,
                "updated_at": now,
            }
            for p in chunk
        ]
        ids = s.execute(
            insert(KpiSnapshot).returning(KpiSnapshot.id, sort_by_parameter_order=True), rows
        ).scalars()
        uow.audit_records(
            AuditAction.CREATE,
            "kpi_snapshots",
            (
                (snap_id, period_text(row["year"], row["quarter"]), row["tenant_id"], _values(row))
                for snap_id, row in zip(ids, rows, strict=True)
            ),
        )
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    for update_chunk in chunks(updates, 500):
        check_cancelled(cancelled)
        loaded = {
            k.id: k
            for k in s.scalars(
                select(KpiSnapshot)
                .where(KpiSnapshot.id.in_([snapshot_id for _p, snapshot_id in update_chunk]))
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        }
        for p, snapshot_id in update_chunk:
            snap = loaded.get(snapshot_id)
            if snap is None or snap.version != p.version:
                _stale(p)
                continue
            for key in p.report.changed:
                if key in p.values:
                    setattr(
                        snap,
                        key,
                        p.values[key]
                        if p.values[key] is not None or key not in ("awards", "notes")
                        else "",
                    )
        s.flush()
        done += len(update_chunk)
        if progress is not None:
            progress(done, total)
    investments: list[dict[str, Any]] = []
    for p in plan._figure_rows:
        if p.investment is None or p.report.outcome is Outcome.STALE:
            continue
        amount, investor, round_ = p.investment
        investments.append(
            {
                "tenant_id": p.tenant_id,
                "year": p.year,
                "quarter": p.quarter,
                "amount": amount,
                "investor": (investor or unnamed)[:200],
                "round": round_[:40],
                "created_at": now,
                "updated_at": now,
            }
        )
    if investments:
        ids = s.execute(
            insert(InvestmentReceived).returning(
                InvestmentReceived.id, sort_by_parameter_order=True
            ),
            investments,
        ).scalars()
        uow.audit_records(
            AuditAction.CREATE,
            "investments_received",
            (
                (inv_id, row["investor"], row["tenant_id"], _values(row))
                for inv_id, row in zip(ids, investments, strict=True)
            ),
        )


@requires(Action.EDIT_TENANTS)
def run_import(
    db: Database,
    kind: ImportKind,
    path: str | Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    unknown: Unknown = Unknown.ADD,
) -> ImportPlan:
    """Read, plan and (unless dry_run) write: what the command line does."""
    sheet = read_sheet(path, kind)
    plan = plan_import(db, kind, sheet, progress=progress, unknown=unknown)
    if not dry_run and plan.writable:
        apply_import(db, plan, progress=progress)
    return plan
