"""The audit trail people read: who, when, what, before → after; one entry per imported
record; an import over records changed since its preview; entries nobody can change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from incubator_desk.core import clock
from incubator_desk.core.errors import ConflictError
from incubator_desk.core.vocabularies import AuditAction, LookupCategory, Stage
from incubator_desk.db import Database
from incubator_desk.models import AuditEntry
from incubator_desk.services import audit, creditcode
from incubator_desk.services import importing as imp
from incubator_desk.services import tenants as svc

TODAY = dt.date(2026, 11, 30)
_rng = random.Random(7)


def _tenant(db: Database, name: str = "深圳云帆科技有限公司") -> int:
    data = svc.TenantInput(
        name_zh=name, credit_code=creditcode.generate(_rng), entry_date=dt.date(2026, 3, 1)
    )
    return svc.create_tenant(db, data, today=TODAY)


def _all(db: Database, q: audit.Query | None = None) -> list[tuple]:
    return audit.rows(db, q or audit.Query(sort_key="at", limit=100_000))


def _industry(db: Database, name: str) -> int:
    return next(r.id for r in svc.lookups(db, LookupCategory.INDUSTRY) if r.name_zh == name)


def test_an_edit_reads_as_who_when_what_and_before_after(db: Database) -> None:
    tid = _tenant(db)
    detail = svc.get_tenant(db, tid)
    industry = svc.lookups(db, LookupCategory.INDUSTRY)[0]
    data = dataclasses.replace(
        detail.data, registered_capital=Decimal("2000000"), industry_id=industry.id
    )
    svc.update_tenant(db, tid, data, detail.version, today=TODAY)

    q = audit.Query(filters={"tenant": tid}, sort_key="at", descending=True)
    newest = _all(db, q)[0]
    entry = audit.entry(db, newest[0])
    assert entry.operator == "Local operator" and entry.action is AuditAction.UPDATE
    assert entry.record == "深圳云帆科技有限公司" and entry.tenant == ""  # named already
    assert entry.what == "Changed Tenant 深圳云帆科技有限公司"
    assert abs(entry.at - clock.now()) < dt.timedelta(minutes=1)
    changes = {c.key: c for c in entry.changes}
    assert changes["registered_capital"].field == "Registered capital"
    assert (changes["registered_capital"].before, changes["registered_capital"].after) == (
        "",
        "¥2,000,000.00",
    )
    assert changes["industry_id"].field == "Industry"
    assert changes["industry_id"].after == industry.name_zh  # the name, not the id
    # the creation is the same tenant's history, with the values it was created with
    created = audit.entry(db, next(r[0] for r in _all(db, q) if r[3] == AuditAction.CREATE
                                   and r[4] == "tenants"))  # fmt: skip
    assert created.action is AuditAction.CREATE
    assert {c.key: c.after for c in created.changes}["stage"] == "Incubating"


def test_a_tenants_history_holds_its_figures_and_people(db: Database) -> None:
    tid, other = _tenant(db), _tenant(db, "深圳星河智能有限公司")
    svc.save_figures(db, tid, 2026, 2, {"staff_total": 9}, expected_version=svc.NO_FIGURES_YET,
                     today=TODAY)  # fmt: skip
    svc.save_person(db, tid, svc.PersonInput(name="张伟", phone="13800138000"))
    svc.save_figures(db, other, 2026, 2, {"staff_total": 3}, today=TODAY)
    history = _all(db, audit.Query(filters={"tenant": tid}, sort_key="at"))
    kinds = [(r[4], r[5]) for r in history]
    assert ("kpi_snapshots", "2026Q2") in kinds and ("people", "张伟") in kinds
    assert all(r[10] == tid for r in history)
    theirs = _all(db, audit.Query(filters={"tenant": other}))
    assert sorted(r[4] for r in theirs) == ["kpi_snapshots", "stage_changes", "tenants"]
    entered = svc.get_tenant(db, other).data.entry_date
    assert ("stage_changes", entered.isoformat()) in [(r[4], r[5]) for r in theirs]  # its day


def test_a_new_quarter_is_refused_when_someone_recorded_it_first(db: Database) -> None:
    tid = _tenant(db)
    svc.save_figures(db, tid, 2026, 1, {"staff_total": 11}, expected_version=svc.NO_FIGURES_YET,
                     today=TODAY)  # fmt: skip
    with pytest.raises(ConflictError, match="changed by someone else"):
        svc.save_figures(db, tid, 2026, 1, {"staff_total": 22},
                         expected_version=svc.NO_FIGURES_YET, today=TODAY)  # fmt: skip
    stored, _ = svc.figures_for(db, tid, 2026, 1)
    assert stored is not None and stored.values["staff_total"] == 11


def _sheet(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def _plan(db: Database, path: Path, kind: imp.ImportKind) -> imp.ImportPlan:
    return imp.plan_import(db, kind, imp.read_sheet(path, kind), today=TODAY)


def test_an_import_writes_one_entry_per_record_findable_as_one_action(
    db: Database, tmp_path: Path
) -> None:
    header = ["企业名称", "统一社会信用代码", "联系人", "入孵日期"]
    rows: list[list[object]] = [
        [f"深圳测试科技{i:03d}有限公司", creditcode.generate(_rng), f"联系人{i}", "2026-01-05"]
        for i in range(40)
    ]
    plan = _plan(db, _sheet(tmp_path / "在孵 名单.xlsx", header, rows), imp.ImportKind.TENANTS)
    before = len(_all(db))
    counts = imp.apply_import(db, plan)
    assert counts[imp.Outcome.CREATED] == 40
    entries = _all(db)[before:]
    tenants = [r for r in entries if r[4] == "tenants" and r[3] == AuditAction.CREATE]
    people = [r for r in entries if r[4] == "people"]
    summary = [r for r in entries if r[3] == AuditAction.IMPORT]
    assert len(tenants) == 40 and len(people) == 40 and len(summary) == 1
    assert "created 40" in summary[0][7] and summary[0][5] == "在孵 名单.xlsx"
    assert {r[5] for r in tenants} == {r[0] for r in rows}
    assert all(r[10] == r[8] for r in tenants)  # a tenant's entry is in its own history
    batches = {r[9] for r in entries}
    assert len(batches) == 1  # every entry of the import is one action
    (batch,) = batches
    assert len(_all(db, audit.Query(filters={"batch": batch}, limit=1000))) == 81
    detail = audit.entry(db, tenants[0][0])
    assert detail.batch_size == 81
    assert {c.key: c.after for c in detail.changes}["entry_date"] == "2026-01-05"


def test_an_import_leaves_records_changed_since_its_preview(db: Database, tmp_path: Path) -> None:
    a, b = _tenant(db, "深圳甲科技有限公司"), _tenant(db, "深圳乙科技有限公司")
    codes = {t: svc.get_tenant(db, t).data.credit_code for t in (a, b)}
    path = _sheet(
        tmp_path / "更新.xlsx",
        ["企业名称", "统一社会信用代码", "园区地址"],
        [["深圳甲科技有限公司", codes[a], "A栋 101"], ["深圳乙科技有限公司", codes[b], "B栋 202"]],
    )
    plan = _plan(db, path, imp.ImportKind.TENANTS)
    assert [r.outcome for r in plan.reports] == [imp.Outcome.UPDATED] * 2
    # someone edits tenant a between the preview and the import
    current = svc.get_tenant(db, a)
    svc.update_tenant(
        db, a, dataclasses.replace(current.data, park_address="C栋 303"), current.version,
        today=TODAY,
    )  # fmt: skip
    counts = imp.apply_import(db, plan)
    assert counts[imp.Outcome.STALE] == 1 and counts[imp.Outcome.UPDATED] == 1
    assert svc.get_tenant(db, a).data.park_address == "C栋 303"
    assert svc.get_tenant(db, b).data.park_address == "B栋 202"
    stale = plan.reports[0]
    assert stale.outcome is imp.Outcome.STALE and "after the preview" in stale.problems[0].message
    assert "changed since the preview 1" in plan.summary()
    lines = list(imp.report_lines(plan))
    assert "changed by someone else since the preview" in lines[0]


def test_a_figures_import_leaves_quarters_recorded_since_its_preview(
    db: Database, tmp_path: Path
) -> None:
    tid = _tenant(db)
    code = svc.get_tenant(db, tid).data.credit_code
    path = _sheet(
        tmp_path / "经营数据.xlsx",
        ["统一社会信用代码", "期间", "从业人员"],
        [[code, "2026Q1", 30], [code, "2026Q2", 31]],
    )
    svc.save_figures(db, tid, 2026, 1, {"staff_total": 5}, today=TODAY)
    plan = _plan(db, path, imp.ImportKind.FIGURES)
    assert [r.outcome for r in plan.reports] == [imp.Outcome.UPDATED, imp.Outcome.CREATED]
    q1, _ = svc.figures_for(db, tid, 2026, 1)
    assert q1 is not None
    svc.save_figures(db, tid, 2026, 1, {"staff_total": 6}, expected_version=q1.version,
                     today=TODAY)  # fmt: skip
    svc.save_figures(db, tid, 2026, 2, {"staff_total": 7}, expected_version=svc.NO_FIGURES_YET,
                     today=TODAY)  # fmt: skip
    counts = imp.apply_import(db, plan)
    assert counts[imp.Outcome.STALE] == 2
    assert [svc.figures_for(db, tid, 2026, q)[0].values["staff_total"] for q in (1, 2)] == [6, 7]


def test_the_database_refuses_to_change_or_remove_an_audit_entry(db: Database) -> None:
    _tenant(db)
    with db.read() as s:
        first = s.scalar(select(func.min(AuditEntry.id)))
    for statement in (
        "UPDATE audit_log SET summary = 'nothing happened' WHERE id = :id",
        "DELETE FROM audit_log WHERE id = :id",
    ):
        with (
            pytest.raises(DBAPIError, match="never changed or removed"),
            db.engine.begin() as conn,
        ):
            conn.execute(text(statement), {"id": first})
    with pytest.raises(ConflictError, match="never changed or removed"), db.uow() as uow:
        uow.session.get(AuditEntry, first).summary = "rewritten"  # type: ignore[union-attr]
        uow.commit()
    with db.read() as s:
        assert s.get(AuditEntry, first).summary != "rewritten"  # type: ignore[union-attr]


def test_archiving_restoring_and_deleting_only_ever_add_entries(db: Database) -> None:
    from incubator_desk.core.vocabularies import FundKind
    from incubator_desk.services import funding as fs

    tid = _tenant(db)
    pid = svc.save_person(db, tid, svc.PersonInput(name="李娜"))
    with db.read() as s:
        kept = {e.id: (e.summary, e.changes) for e in s.scalars(select(AuditEntry))}
    svc.archive_person(db, pid, svc.people(db, tid)[0].version)
    svc.archive_tenant(db, tid, svc.get_tenant(db, tid).version)
    svc.restore_tenant(db, tid, svc.get_tenant(db, tid).version)
    svc.change_stage(db, tid, Stage.GRADUATED, TODAY, "毕业", svc.get_tenant(db, tid).version,
                     today=TODAY)  # fmt: skip
    fund = fs.save_fund(db, fs.FundData("临时基金", FundKind.GRANT, Decimal(1000), 2026, None))
    fs.delete_fund(db, fund)
    with db.read() as s:
        now = {e.id: (e.summary, e.changes) for e in s.scalars(select(AuditEntry))}
    assert {k: now[k] for k in kept} == kept  # every earlier entry is still there, unchanged
    deleted = [r for r in _all(db) if r[3] == AuditAction.DELETE]
    assert [(r[4], r[5]) for r in deleted] == [("funds", "临时基金")]


def test_filters_by_person_area_record_and_park_days(db: Database) -> None:
    tid = _tenant(db)
    svc.save_figures(db, tid, 2026, 1, {"staff_total": 1}, today=TODAY)
    me = audit.operators(db)[0]
    assert me.name == "Local operator"
    everything = audit.count(db, audit.Query())
    assert audit.count(db, audit.Query(filters={"operator": me.id})) == everything
    assert audit.count(db, audit.Query(filters={"area": "tenants"})) == 3  # with its stage
    assert audit.count(db, audit.Query(filters={"area": "funding"})) == 0
    assert audit.count(db, audit.Query(filters={"record": "云帆"})) == 3
    assert audit.count(db, audit.Query(filters={"record": "2026Q1"})) == 1
    assert audit.count(db, audit.Query(search="staff_total")) == 1
    today = clock.today()
    assert audit.count(db, audit.Query(filters={"since": today, "until": today})) == everything
    tomorrow = today + dt.timedelta(days=1)
    assert audit.count(db, audit.Query(filters={"since": tomorrow})) == 0
    assert "tenants" in audit.entities(db)


def test_the_filtered_entries_export_to_a_spreadsheet(db: Database, tmp_path: Path) -> None:
    tid = _tenant(db)
    detail = svc.get_tenant(db, tid)
    svc.update_tenant(db, tid, dataclasses.replace(detail.data, park_address="A栋 1201"),
                      detail.version, today=TODAY)  # fmt: skip
    _tenant(db, "深圳星河智能有限公司")
    seen: list[tuple[int, int]] = []
    out = tmp_path / "审计 记录.xlsx"
    q = audit.Query(filters={"tenant": tid, "entity": "tenants"}, sort_key="at", descending=True)
    assert audit.export_audit(db, q, out, progress=lambda d, t: seen.append((d, t))) == 2
    assert seen[-1] == (2, 2)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    values = list(ws.values)
    assert values[0][:3] == ("When", "Who", "Action")
    assert values[1][2] == "Changed" and values[1][4] == "深圳云帆科技有限公司"
    assert values[1][6] == "Address in the park: — → A栋 1201"
    assert values[2][2] == "Created" and len(values) == 3


def test_accounts_are_audited_without_their_passwords(db: Database) -> None:
    from incubator_desk.core.vocabularies import OperatorRole
    from incubator_desk.services import accounts

    admin = accounts.create_account(db, "zhang.wei", "长城长城长城2026", OperatorRole.ADMINISTRATOR,
                                    "张伟")  # fmt: skip
    accounts.create_account(db, "li.na", "黄河黄河黄河2026", OperatorRole.MANAGER, "李娜")
    accounts.reset_password(db, "li.na", "长江长江长江2026")
    _tenant(db)  # made by 张伟, who signed in by creating the first account
    with db.read() as s:
        stored = [str(e.changes) for e in s.scalars(select(AuditEntry))]
    assert not any("argon2" in text for text in stored)
    q = audit.Query(filters={"entity": "operators"}, sort_key="at", limit=100)
    reset = audit.entry(db, _all(db, q)[-1][0])
    assert [(c.field, c.before, c.after) for c in reset.changes if c.key == "password_hash"] == [
        ("Password", "******", "******")
    ]
    mine = audit.count(db, audit.Query(filters={"operator": admin.id}))
    assert mine >= 4 and audit.entry(db, _all(db)[-1][0]).operator == "张伟"
