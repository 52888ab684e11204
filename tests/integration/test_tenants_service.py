"""Tenant use cases, register filters, import and export on a real database (SQLite, PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from incubator_desk.core import clock
from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.periods import last_complete_quarter, period_text, previous_quarter
from incubator_desk.core.vocabularies import ExitReason, LookupCategory, Stage
from incubator_desk.db import Database
from incubator_desk.models import AuditEntry, InvestmentReceived, KpiSnapshot, StageChange, Tenant
from incubator_desk.services import creditcode, exporting
from incubator_desk.services import graduation as grad
from incubator_desk.services import importing as imp
from incubator_desk.services import tenants as svc
from incubator_desk.services.overview import Query

CODE_A = "914403001922038216"
CODE_B = "91440300708461136T"
TODAY = clock.today()


@pytest.fixture
def lists(db: Database) -> dict[str, int]:
    """The standard industries every database has (生物医药: the longer incubation period)."""
    by_code = {i.code: i for i in svc.lookups(db, LookupCategory.INDUSTRY)}
    assert by_code["biomedicine"].long_incubation and not by_code["it"].long_incubation
    return {"it": by_code["it"].id, "bio": by_code["biomedicine"].id}


def tenant(**kw: object) -> svc.TenantInput:
    base: dict[str, object] = {
        "name_zh": "深圳云帆科技有限公司",
        "credit_code": CODE_A.lower()[:9] + " " + CODE_A[9:],
        "founded_on": dt.date(2022, 1, 5),
        "entry_date": dt.date(2023, 3, 1),
    }
    base.update(kw)
    return svc.TenantInput(**base)


def test_create_edit_archive(db: Database, lists: dict[str, int]) -> None:
    tid = svc.create_tenant(db, tenant(industry_id=lists["bio"], tags=["硬科技"]))
    d = svc.get_tenant(db, tid)
    assert d.data.credit_code == CODE_A  # normalised
    assert d.data.planned_graduation_on == dt.date(2028, 3, 1)  # 60 months: long incubation
    assert d.data.tags == ["硬科技"]
    assert [c.to_stage for c in svc.stage_history(db, tid)] == [Stage.INCUBATING]

    data = d.data
    data.industry_id = lists["it"]
    version = svc.update_tenant(db, tid, data, d.version)
    d2 = svc.get_tenant(db, tid)
    assert d2.data.planned_graduation_on == dt.date(2027, 3, 1)  # the rule follows the industry
    with pytest.raises(ConflictError):
        svc.update_tenant(db, tid, data, d.version)  # stale
    svc.archive_tenant(db, tid, version)
    assert svc.tenant_register().count(db, Query()) == 0
    with db.read() as s:
        assert s.get(Tenant, tid) is not None  # nothing hard-deleted


def test_validation_messages(db: Database, lists: dict[str, int]) -> None:
    svc.create_tenant(db, tenant())
    with pytest.raises(ValidationError) as exc:
        svc.create_tenant(
            db,
            tenant(
                name_zh="",
                founded_on=dt.date(2024, 1, 1),
                entry_date=dt.date(2023, 1, 1),
                registered_capital=Decimal(-1),
            ),
        )
    fields = exc.value.fields
    assert set(fields) >= {"name_zh", "credit_code", "entry_date", "registered_capital"}
    assert "深圳云帆科技有限公司" in fields["credit_code"]  # names the other record
    with pytest.raises(ValidationError) as exc:
        svc.create_tenant(db, tenant(name_zh="😀公司", credit_code="914403001922038217"))
    assert set(exc.value.fields) == {"name_zh", "credit_code"}
    with pytest.raises(ValidationError) as exc:
        svc.create_tenant(db, tenant(credit_code="", name_zh="x" * 300))
    assert "name_zh" in exc.value.fields
    with pytest.raises(ValidationError):
        svc.create_tenant(db, tenant(credit_code="", entry_date=TODAY + dt.timedelta(days=3)))


def test_people_stage_and_figures(db: Database, lists: dict[str, int]) -> None:
    tid = svc.create_tenant(db, tenant())
    with pytest.raises(ValidationError) as exc:
        svc.save_person(db, tid, svc.PersonInput(name="张三", phone="abc", email="no"))
    assert set(exc.value.fields) == {"phone", "email"}
    pid = svc.save_person(
        db, tid, svc.PersonInput(name="张三", phone="+86 138 0013 8000", is_primary_contact=True)
    )
    assert [p.id for p in svc.people(db, tid)] == [pid]

    version = svc.get_tenant(db, tid).version
    with pytest.raises(ValidationError) as exc:
        svc.change_stage(db, tid, Stage.EXITED, TODAY, "", version)
    assert "exit_reason" in exc.value.fields
    version = svc.change_stage(db, tid, Stage.ACCELERATING, TODAY, "larger office", version)
    svc.change_stage(db, tid, Stage.EXITED, TODAY, "moved", version, ExitReason.MOVED_OUT)
    history = svc.stage_history(db, tid)
    assert [(c.from_stage, c.to_stage) for c in history][-2:] == [
        (Stage.INCUBATING, Stage.ACCELERATING),
        (Stage.ACCELERATING, Stage.EXITED),
    ]
    assert history[-1].reason == "moved" and history[-1].operator

    y, q = last_complete_quarter()
    py, pq = previous_quarter(y, q)
    svc.save_figures(db, tid, py, pq, {"staff_total": 5, "revenue": Decimal("1000.50")})
    with pytest.raises(ValidationError) as exc:
        svc.save_figures(db, tid, y, q, {"staff_total": 3, "staff_rd": 4, "revenue": Decimal(-1)})
    assert set(exc.value.fields) == {"staff_rd", "revenue"}
    with pytest.raises(ValidationError):
        svc.save_figures(db, tid, TODAY.year + 1, 1, {})
    svc.save_figures(db, tid, y, q, {"staff_total": 6, "net_profit": Decimal(-50)})
    now, before = svc.figures_for(db, tid, y, q)
    assert now is not None and before is not None
    assert now.values["staff_total"] == 6 and before.values["revenue"] == Decimal("1000.50")
    svc.add_investment(db, tid, y, q, "深创投", Decimal(2_000_000), "A")
    assert svc.figures_history(db, tid)[-1].investment == Decimal(2_000_000)


def test_register_filters_and_search(db: Database, lists: dict[str, int]) -> None:
    a = svc.create_tenant(db, tenant(industry_id=lists["it"], tags=["专精特新"]))
    svc.create_tenant(
        db,
        tenant(
            name_zh="深圳蓝海生物有限公司",
            name_en="Lanhai Bio",
            credit_code=CODE_B,
            industry_id=lists["bio"],
            founded_on=dt.date(2019, 1, 1),
            entry_date=dt.date(2019, 5, 1),
        ),
    )
    svc.save_person(db, a, svc.PersonInput(name="王小明", phone="13800138000"))
    reg = svc.tenant_register()

    def ids(**kw: object) -> list[int]:
        return [r[0] for r in reg.rows(db, Query(**kw))]

    assert ids(search="云帆") == [a]
    assert ids(search="lanhai") != [] and a not in ids(search="lanhai")
    assert ids(search="王小明") == [a]
    assert ids(search="0013800") == [a]
    assert ids(search=CODE_A[:6].lower()) == ids()  # both codes start alike
    for text in ("'; DROP TABLE tenants; --", '"', "100%", "_", "😀"):
        assert ids(search=text) == []
    assert ids(filters={"industry": lists["it"]}) == [a]
    assert ids(filters={"entry_year": 2019}) != [a]
    assert ids(filters={"tag": "专精特新"}) == [a]
    assert a not in ids(filters={"overdue": True})  # 2023 + 48 months is later than today
    assert len(ids(filters={"overdue": True})) == 1  # 2019 + 60 months is past
    assert set(ids(filters={"figures_missing": True})) == set(ids())
    y, q = last_complete_quarter()
    svc.save_figures(db, a, y, q, {"staff_total": 1})
    assert a not in ids(filters={"figures_missing": True})
    for key in reg.sortable:
        assert len(ids(sort_key=key)) == 2


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["2026年在孵企业统计表"])
    ws.merge_cells("A1:F1")
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_import_tenants_report_and_idempotence(
    db: Database, lists: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "在孵 企业.xlsx"
    write_xlsx(
        path,
        [
            [
                "企业名称",
                "统一社会信用代码",
                "成立日期",
                "入孵日期",
                "行业",
                "注册资本（万元）",
                "联系人",
                "电话",
                "高新技术企业",
                "阶段",
                "不认识的列",
            ],
            [
                "深圳云帆科技有限公司",
                CODE_A,
                dt.datetime(2021, 1, 5),
                "2022/3/1",
                "新一代信息技术",
                100,
                "张三",
                "13800138000",
                "是",
                "在孵",
                "x",
            ],
            [
                "坏公司",
                "914403001922038217",
                "2020-01-05",
                "2021-03-01",
                "生物医药",
                5,
                "",
                "",
                "否",
                "",
                "",
            ],
            ["重复公司", CODE_A, "2020-01-05", "2021-03-01", "", "", "", "", "", "", ""],
            [
                "日期颠倒公司",
                CODE_B,
                "2022-01-05",
                "2021-03-01",
                "火星产业",
                -3,
                "",
                "abc",
                "也许",
                "火星",
                "",
            ],
            [None, None, None, None, None, None, None, None, None, None, None],
        ],
    )
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    assert sheet.header_row == 2
    plan = imp.plan_import(db, imp.ImportKind.TENANTS, sheet)
    outcomes = {r.row: r.outcome for r in plan.reports}
    assert outcomes == {
        3: imp.Outcome.CREATED,
        4: imp.Outcome.REJECTED,
        5: imp.Outcome.REJECTED,
        6: imp.Outcome.REJECTED,
    }
    problems = {(r.row, p.column) for r in plan.reports for p in r.problems}
    assert (4, "统一社会信用代码") in problems
    assert (5, "统一社会信用代码") in problems  # the same code as row 3
    assert {
        (6, c) for c in ("行业", "注册资本（万元）", "电话", "高新技术企业", "阶段", "入孵日期")
    } <= problems
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == 0  # planning writes nothing
    imp.apply_import(db, plan)
    with db.read() as s:
        t = s.scalars(select(Tenant)).one()
        tid = t.id
        assert t.registered_capital == Decimal(1_000_000)
        assert t.high_tech_enterprise and t.industry_id == lists["it"]
        assert t.planned_graduation_on == dt.date(2026, 3, 1)
        assert s.scalar(select(func.count()).select_from(StageChange)) == 1
        assert s.scalar(select(func.count()).where(AuditEntry.action == "import")) == 1
    assert svc.people(db, tid)[0].data.phone == "13800138000"

    again = imp.plan_import(
        db, imp.ImportKind.TENANTS, imp.read_sheet(path, imp.ImportKind.TENANTS)
    )
    assert again.counts()[imp.Outcome.UNCHANGED] == 1 and again.writable == 0

    # An edit in the sheet updates the tenant: still one record
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["H3"] = "13900139000"
    ws["J3"] = "加速"
    wb.save(path)
    plan = imp.plan_import(db, imp.ImportKind.TENANTS, imp.read_sheet(path, imp.ImportKind.TENANTS))
    row3 = next(r for r in plan.reports if r.row == 3)
    assert row3.outcome == imp.Outcome.UPDATED and set(row3.changed) == {"phone", "stage"}
    imp.apply_import(db, plan)
    d = svc.get_tenant(db, tid)
    assert d.stage == Stage.ACCELERATING
    assert svc.people(db, tid)[0].data.phone == "13900139000"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == 1


def test_export_reimports_without_changes(
    db: Database, lists: dict[str, int], tmp_path: Path
) -> None:
    a = svc.create_tenant(db, tenant(name_en='=HYPERLINK("x")', tags=["专精特新", "硬科技"]))
    svc.save_person(db, a, svc.PersonInput(name="张三", phone="+86 138", is_primary_contact=True))
    y, q = last_complete_quarter()
    svc.save_figures(
        db,
        a,
        y,
        q,
        {"staff_total": 9, "revenue": Decimal("12.34"), "net_profit": Decimal(-7)},
        awards="-创新大赛",
    )
    svc.add_investment(db, a, y, q, "深创投", Decimal(500_000))
    for suffix in (".xlsx", ".csv"):
        tpath = tmp_path / f"导出 tenants{suffix}"
        fpath = tmp_path / f"导出 figures{suffix}"
        assert exporting.export_tenants(db, tpath).rows == 1
        assert exporting.export_figures(db, fpath).rows == 1
        if suffix == ".xlsx":
            ws = openpyxl.load_workbook(tpath).active
            assert ws is not None
            cells = [c.value for c in ws[2]]
            assert '\'=HYPERLINK("x")' in cells and "'+86 138" in cells
        else:
            text = fpath.read_text(encoding="utf-8-sig")
            assert "'-创新大赛" in text and ",-7," in text
        for kind, path in ((imp.ImportKind.TENANTS, tpath), (imp.ImportKind.FIGURES, fpath)):
            plan = imp.plan_import(db, kind, imp.read_sheet(path, kind))
            assert [r.outcome for r in plan.reports] == [imp.Outcome.UNCHANGED], imp.report_lines(
                plan
            )
    # The filter of the page applies to the export
    assert exporting.export_tenants(db, tmp_path / "none.csv", Query(search="没有")).rows == 0


def test_import_figures(db: Database, lists: dict[str, int], tmp_path: Path) -> None:
    a = svc.create_tenant(db, tenant())
    y, q = last_complete_quarter()
    period = period_text(y, q)
    path = tmp_path / "figures gbk.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "统一社会信用代码",
                "期间",
                "营业收入（万元）",
                "研发投入(千元)",
                "员工人数",
                "获得投资",
                "投资方",
            ]
        )
        w.writerow([CODE_A, period, "1.5", "20", "12", "3000000", "深创投"])
        w.writerow([CODE_B, period, "1", "1", "1", "", ""])  # no such tenant
        w.writerow([CODE_A, "2026Q9", "x", "-1", "1.5", "", ""])
        w.writerow([CODE_A, period, "1", "1", "1", "", ""])  # duplicate quarter
    plan = imp.plan_import(db, imp.ImportKind.FIGURES, imp.read_sheet(path, imp.ImportKind.FIGURES))
    assert [r.outcome for r in plan.reports] == [
        imp.Outcome.CREATED,
        imp.Outcome.REJECTED,
        imp.Outcome.REJECTED,
        imp.Outcome.REJECTED,
    ]
    bad = {p.column for p in plan.reports[2].problems}
    assert bad == {"期间", "营业收入（万元）", "研发投入(千元)", "员工人数"}
    imp.apply_import(db, plan)
    with db.read() as s:
        k = s.scalars(select(KpiSnapshot)).one()
        assert (k.revenue, k.rd_spend, k.staff_total) == (Decimal(15000), Decimal(20000), 12)
        inv = s.scalars(select(InvestmentReceived)).one()
        assert inv.amount == Decimal(3_000_000) and inv.investor == "深创投"
    again = imp.plan_import(
        db, imp.ImportKind.FIGURES, imp.read_sheet(path, imp.ImportKind.FIGURES)
    )
    assert again.counts()[imp.Outcome.UNCHANGED] == 1 and again.writable == 0
    assert a


def test_manual_mapping(db: Database, lists: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text(f"企业名称,编号,信用代码\n深圳云帆科技有限公司,7,{CODE_A}\n", encoding="utf-8")
    sheet = imp.read_sheet(path, imp.ImportKind.TENANTS)
    mapping = imp.auto_mapping(imp.ImportKind.TENANTS, sheet)
    assert mapping == {0: "name_zh", 2: "credit_code"}
    mapping[1] = "park_address"
    plan = imp.plan_import(db, imp.ImportKind.TENANTS, sheet, mapping)
    imp.apply_import(db, plan)
    assert (
        svc.get_tenant(db, svc.tenant_register().rows(db, Query())[0][0]).data.park_address == "7"
    )


def test_cancel_writes_nothing(db: Database, lists: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        f"企业名称,统一社会信用代码\n甲公司,{CODE_A}\n乙公司,{CODE_B}\n", encoding="utf-8"
    )
    plan = imp.plan_import(db, imp.ImportKind.TENANTS, imp.read_sheet(path, imp.ImportKind.TENANTS))
    with pytest.raises(imp.ImportCancelled):
        imp.apply_import(db, plan, cancelled=lambda: True)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Tenant)) == 0


def test_imported_and_created_tenants_follow_the_same_graduation_rule(
    db: Database, lists: dict[str, int], tmp_path: Path
) -> None:
    """The editable rule (36 months, 42 for long-incubation industries), never a fixed 48."""
    stored = grad.load_rules(db)
    rules = replace(stored.rules, incubation_months=36, long_incubation_months=42)
    grad.save_rules(db, rules, stored.version)
    entry = dt.date(2024, 3, 1)
    formed = svc.create_tenant(db, tenant(entry_date=entry))
    assert svc.get_tenant(db, formed).data.planned_graduation_on == dt.date(2027, 3, 1)

    rng = random.Random(36)
    plain, it, bio = (creditcode.generate(rng) for _ in range(3))
    path = tmp_path / "入孵.csv"
    header = ["企业名称", "统一社会信用代码", "入孵日期", "行业"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow(["无行业公司", plain, "2024-03-01", ""])
        w.writerow(["信息公司", it, "2024-03-01", "新一代信息技术"])
        w.writerow(["医药公司", bio, "2024-03-01", "生物医药"])
    plan = imp.run_import(db, imp.ImportKind.TENANTS, path)
    assert plan.counts()[imp.Outcome.CREATED] == 3

    def planned(code: str) -> dt.date | None:
        with db.read() as s:
            return s.scalar(select(Tenant.planned_graduation_on).where(Tenant.credit_code == code))

    assert planned(plain) == dt.date(2027, 3, 1)  # the same date as the form's
    assert planned(it) == dt.date(2027, 3, 1)
    assert planned(bio) == dt.date(2027, 9, 1)  # the longer limit of the industry

    # A later import that moves the entry date moves the planned graduation by the same rule.
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow(["无行业公司", plain, "2024-06-01", ""])
    plan = imp.run_import(db, imp.ImportKind.TENANTS, path)
    assert plan.counts()[imp.Outcome.UPDATED] == 1
    assert planned(plain) == dt.date(2027, 6, 1)
