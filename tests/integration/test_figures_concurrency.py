"""A quarter's figures and an import cannot silently overwrite what someone else just saved.

Each operator is a process of its own (tests/integration/racing.py):
- two people enter a tenant's new quarter from the same empty form: one is saved, the other
  is refused as a stale edit, and the quarter holds exactly the first one's figures;
- an import previewed before someone edits a tenant, applied while they save: either the
  edit is refused (the import came first) or the import leaves the tenant as edited and says
  so, never both saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from incubator_desk.db import Database
from incubator_desk.services import creditcode
from incubator_desk.services import importing as imp
from incubator_desk.services import tenants as svc

from .racing import racers, run_races

TODAY = dt.date(2026, 11, 30)
YEAR, QUARTER = 2026, 3
STALE = "changed by someone else"
_rng = random.Random(14)
_names = itertools.count(1)


def _slow_reads() -> None:
    """In a racer: pause after reading a quarter's stored figures, and after an import has
    loaded the tenants it updates, as a busy server might."""
    import importlib
    import time

    figures = importlib.import_module("incubator_desk.services.tenants.figures")
    real = figures.stored_quarter

    def slow(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        time.sleep(0.3)  # the other racer reads the same empty quarter meanwhile, unless locked
        return found

    figures.stored_quarter = slow
    writing = importlib.import_module("incubator_desk.services.importing.writing")
    real_resolve = writing._resolve_lists

    def slow_resolve(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.2)  # lets the edit start within the import's transaction
        return real_resolve(*args, **kwargs)

    writing._resolve_lists = slow_resolve


def _tenant(db: Database) -> tuple[int, str]:
    code = creditcode.generate(_rng)
    data = svc.TenantInput(
        name_zh=f"深圳云帆科技有限公司{next(_names)}", credit_code=code, entry_date=TODAY
    )
    return svc.create_tenant(db, data, today=TODAY), code


def _enter(db: Database, tenant_id: int, staff: int, revenue: int | None) -> int:
    values = {"staff_total": staff, "revenue": None if revenue is None else Decimal(revenue)}
    return svc.save_figures(
        db, tenant_id, YEAR, QUARTER, values, expected_version=svc.NO_FIGURES_YET, today=TODAY
    )


def test_a_new_quarter_saved_twice_from_the_same_empty_form_keeps_the_first(
    db: Database, db_url: str
) -> None:
    with racers(db_url, setup=_slow_reads) as r:

        def race(_n: int) -> None:
            tenant_id, _code = _tenant(db)
            first, second = (11, 111), (22, None)
            results = r.race((_enter, (tenant_id, *first)), (_enter, (tenant_id, *second)))
            assert sorted(kind for kind, _ in results) == ["ok", "refused"], results
            refused = next(str(v) for kind, v in results if kind == "refused")
            assert STALE in refused, refused
            winner = first if results[0][0] == "ok" else second
            stored, _previous = svc.figures_for(db, tenant_id, YEAR, QUARTER)
            assert stored is not None and stored.version == 1
            saved = (stored.values["staff_total"], stored.values["revenue"])
            assert saved == (winner[0], None if winner[1] is None else Decimal(winner[1]))

        run_races(race)


def _sheet(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["企业名称", "统一社会信用代码", "园区地址"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _apply(db: Database, plan: imp.ImportPlan) -> list[str]:
    imp.apply_import(db, plan)
    return [r.outcome.value for r in plan.reports]


def _edit(db: Database, tenant_id: int, version: int, address: str) -> int:
    current = svc.get_tenant(db, tenant_id)
    data = dataclasses.replace(current.data, park_address=address)
    return svc.update_tenant(db, tenant_id, data, version, today=TODAY)


def test_an_import_and_an_edit_at_once_never_both_write_one_tenant(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    with racers(db_url, setup=_slow_reads) as r:

        def race(n: int) -> None:
            tenant_id, code = _tenant(db)
            name = svc.get_tenant(db, tenant_id).data.name_zh
            path = _sheet(tmp_path / f"名单 {n}.xlsx", [(name, code, "导入的地址")])
            sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
            plan = imp.plan_import(db, imp.ImportKind.TENANTS, sheet, today=TODAY)
            assert [x.outcome for x in plan.reports] == [imp.Outcome.UPDATED]
            version = svc.get_tenant(db, tenant_id).version
            (imported, outcomes), (edited, _) = r.race(
                (_apply, (plan,)), (_edit, (tenant_id, version, "编辑的地址"))
            )
            assert imported == "ok", outcomes
            address = svc.get_tenant(db, tenant_id).data.park_address
            if edited == "ok":  # the edit came first: the import left the tenant alone
                assert outcomes == ["stale"] and address == "编辑的地址"
            else:  # the import came first: the edit, made on the older version, was refused
                assert outcomes == ["updated"] and address == "导入的地址"

        run_races(race)
