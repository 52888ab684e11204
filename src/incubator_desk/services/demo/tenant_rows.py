"""Writes the demo tenants: people, stage history, tags, quarterly figures, investments."""

from __future__ import annotations

from typing import Any

from ...core.vocabularies import PersonRole, Stage
from ...models import InvestmentReceived, KpiSnapshot, Person, StageChange, Tenant, tenant_tags
from .figures import Figures
from .lookups import Lists
from .returns import founder_profile, tenant_profile
from .run import DemoRun, at, date_of
from .tenant_lives import TenantLife
from .writer import table_of

TENANT_CHUNK = 2000  # tenants written per batch of inserts


def write_tenants(run: DemoRun, tenants: list[TenantLife], lists: Lists) -> None:
    """Every tenant's rows, a chunk of tenants at a time; ticks progress once per tenant."""
    w = run.writer
    rng = run.rng
    rnd = rng.random
    tt, pt, st = table_of(Tenant), table_of(Person), table_of(StageChange)
    kt, it = table_of(KpiSnapshot), table_of(InvestmentReceived)
    lookup = lists.lookup
    names = run.names
    figures = Figures(run)
    tenant_cols = (
        "id", "name_zh", "name_en", "credit_code", "founded_on", "registered_capital",
        "industry_id", "tech_field_id", "registration_type_id", "sector_id", "park_address",
        "entry_date", "planned_graduation_on", "stage", "exit_reason", "graduated_on",
        "high_tech_enterprise", "high_tech_since", "listing_status", "listing_date",
        "national_projects", "notes", "archived_at", "taxpayer_type", "industry_code",
    )  # fmt: skip
    person_cols = (
        "id", "tenant_id", "name", "role", "phone", "email", "is_primary_contact",
        "student_founder", "returnee", "serial_entrepreneur", "talent_programme",
        "archived_at", "founder_type", "sex",
    )  # fmt: skip
    stage_cols = (
        "id", "tenant_id", "from_stage", "to_stage", "changed_on", "reason", "exit_reason",
        "graduation_criteria", "operator_id", "recorded_at",
    )  # fmt: skip
    kpi_cols = (
        "id", "tenant_id", "year", "quarter", "staff_total", "staff_rd", "staff_phd",
        "staff_master", "staff_bachelor", "staff_college", "staff_returnees",
        "fresh_graduates_hired", "revenue", "net_profit", "export_value", "rd_spend",
        "taxes_paid", "invention_applications", "invention_grants", "utility_models",
        "designs", "software_copyrights", "valid_invention_patents", "ic_layouts",
        "tech_contracts_count", "tech_contracts_value", "awards", "notes",
    )  # fmt: skip
    inv_cols = (
        "id",
        "tenant_id",
        "year",
        "quarter",
        "investor",
        "amount",
        "round",
        "received_on",
    )
    roles_after = (PersonRole.CO_FOUNDER, PersonRole.CONTACT, PersonRole.FINANCE)
    tlds = (".com", ".cn", ".com.cn", "tech.com")
    for c0 in range(0, run.n, TENANT_CHUNK):
        chunk = tenants[c0 : c0 + TENANT_CHUNK]
        trows: list[tuple[Any, ...]] = []
        prows: list[tuple[Any, ...]] = []
        srows: list[tuple[Any, ...]] = []
        tags: list[tuple[int, int]] = []
        krows: list[tuple[Any, ...]] = []
        irows: list[tuple[Any, ...]] = []
        n_stage = sum(len(t.events) for t in chunk)
        stage_id = w.reserve(st, n_stage)
        for t in chunk:
            ind = t.industry
            hte = t.hte
            trows.append((
                t.id, t.name_zh, t.name_en, t.code, date_of(t.founded), t.capital,
                lookup[("industry", ind.code)], lookup[("tech_field", ind.tech_field)],
                lookup[("registration_type", t.regtype)], lookup.get(("sector", ind.sector)),
                t.alloc_label, date_of(t.entry),
                date_of(t.planned), t.stage, t.exit_reason, date_of(t.graduated), hte is not None,
                date_of(hte), t.listing[0], date_of(t.listing[1]),
                1 if rnd() < 0.05 else 0, "", None,
                *tenant_profile(run.seed, t.id, ind.code),
            ))  # fmt: skip
            domain = t.trade + run.choice(tlds)
            for k in range(len(t.people)):
                name, given_py, sur_py = names.name()
                t.people[k] = name
                returnee = rnd() < 0.12
                if k == 0:
                    t.returnee = returnee
                role = PersonRole.FOUNDER if k == 0 else roles_after[int(rnd() * 3)]
                phone, email = names.mobile(), f"{given_py}.{sur_py}@{domain}"
                student, serial = k < 2 and rnd() < 0.15, k == 0 and rnd() < 0.15
                talent = k == 0 and rnd() < 0.05
                founder = (
                    founder_profile(run.seed, t.id, student, returnee, serial)
                    if k == 0
                    else (None, None)
                )
                prows.append((
                    t.person_first + k, t.id, name, role, phone, email, k == 0,
                    student, returnee, serial, talent, None, *founder,
                ))  # fmt: skip
            for frm, to, day, reason, exit_reason in t.events:
                criteria = (
                    [t.graduation.criterion]
                    if to == Stage.GRADUATED and t.graduation is not None
                    else None
                )
                srows.append((
                    stage_id, t.id, frm, to, date_of(day), reason, exit_reason, criteria,
                    run.operator_id, at(day, 600),
                ))  # fmt: skip
                stage_id += 1
            n_tags = int(rnd() * 2.4)
            if n_tags:
                for tag in sorted(set(rng.sample(lists.tag_ids, n_tags))):
                    tags.append((t.id, tag))
            figures.add(t, krows, irows)
        w.write(tt, tenant_cols, trows)
        w.write(pt, person_cols, prows)
        w.write(st, stage_cols, srows)
        w.write(tenant_tags, ("tenant_id", "tag_id"), tags)
        first_k = w.reserve(kt, len(krows))
        # Snapshot ids were numbered from 0 within the chunk; shift them into place.
        krows = [(first_k + r[0], *r[1:]) for r in krows]
        w.write(kt, kpi_cols, krows)
        first_i = w.reserve(it, len(irows))
        irows = [(first_i + k, *r) for k, r in enumerate(irows)]
        w.write(it, inv_cols, irows)
        run.tick(len(chunk))
