"""Collection rounds end to end on a real database: start a round, fill workbooks as tenants
would (mistakes included), import the folder, see who is missing and what was rejected."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from incubator_desk.core import clock
from incubator_desk.core.errors import ValidationError
from incubator_desk.core.periods import Period, last_complete_quarter
from incubator_desk.core.vocabularies import PersonRole, ReturnStatus, Stage
from incubator_desk.db import Database
from incubator_desk.models import CollectionEntry, KpiSnapshot
from incubator_desk.services import collection as col
from incubator_desk.services import creditcode
from incubator_desk.services import tenants as svc
from incubator_desk.services.collection import FileOutcome
from incubator_desk.services.collection.workbook import COL_KEY, COL_VALUE, FORM_TITLE
from incubator_desk.services.importing import ImportCancelled

PERIOD = Period(*last_complete_quarter(clock.today()))
BEFORE = PERIOD.previous()
NAMES = (
    "深圳云帆科技有限公司",
    "星河/智能:科技*有限公司",
    "深圳蓝海生物医药有限公司",
    "Nova Robotics 深圳",
    "深圳乙方科技",
)


@pytest.fixture
def park(db: Database) -> dict[str, int]:
    """Five tenants in incubation with credit codes and contacts, one without a code, one
    graduated; last quarter's figures for the first."""
    rng = random.Random(7)
    ids: dict[str, int] = {}
    for i, name in enumerate(NAMES):
        code = creditcode.generate(rng)
        tid = svc.create_tenant(
            db,
            svc.TenantInput(
                name_zh=name,
                credit_code=code,
                founded_on=dt.date(2022, 1, 5),
                entry_date=dt.date(2023, 3, 1),
            ),
        )
        svc.save_person(
            db,
            tid,
            svc.PersonInput(
                name=f"联系人{i}",
                role=PersonRole.CONTACT,
                email=f"c{i}@example.cn",
                phone=f"1380000000{i}",
                is_primary_contact=True,
            ),
        )
        ids[name] = tid
    ids["no code"] = svc.create_tenant(
        db, svc.TenantInput(name_zh="无代码科技", entry_date=dt.date(2023, 3, 1))
    )
    ids["graduated"] = svc.create_tenant(
        db,
        svc.TenantInput(
            name_zh="已毕业科技",
            credit_code=creditcode.generate(rng),
            entry_date=dt.date(2021, 3, 1),
        ),
        stage=Stage.GRADUATED,
    )
    svc.save_figures(
        db,
        ids[NAMES[0]],
        BEFORE.year,
        BEFORE.quarter,
        {"staff_total": 10, "revenue": Decimal("1200000.00")},
    )
    return ids


def code_of(db: Database, tenant_id: int) -> str:
    code = svc.get_tenant(db, tenant_id).data.credit_code
    assert code
    return code


def form_cells(path: Path) -> tuple[openpyxl.Workbook, dict[str, str]]:
    """The workbook and each field key's input cell, found as the reading finds them."""
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM_TITLE]
    cells = {}
    for row in range(1, ws.max_row + 1):
        key = ws.cell(row, COL_KEY).value
        if isinstance(key, str):
            cells[key] = ws.cell(row, COL_VALUE).coordinate
    return wb, cells


def fill(source: Path, target: Path, values: dict[str, object]) -> Path:
    """Fill in a workbook as a tenant would, and save it under another name."""
    wb, cells = form_cells(source)
    ws = wb[FORM_TITLE]
    for key, value in values.items():
        ws[cells[key]] = value
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    return target


def test_start_writes_a_workbook_per_tenant(db: Database, park: dict[str, int], tmp_path: Path):
    out = tmp_path / "第3季度 发出"
    result = col.start_round(db, PERIOD, out)
    assert len(result.written) == 5
    assert result.skipped == [("无代码科技", result.skipped[0][1])]
    assert "credit code" in result.skipped[0][1]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(result.written)
    # Windows-forbidden characters gone, Chinese kept, the credit code in the name
    star = code_of(db, park[NAMES[1]])
    assert f"星河智能科技有限公司_{star}_{PERIOD.label}.xlsx" in names
    assert all(not set(n) & set('<>:"/\\|?*') for n in names)

    first = out / col.file_name(NAMES[0], code_of(db, park[NAMES[0]]), PERIOD)
    wb, cells = form_cells(first)
    ws = wb[FORM_TITLE]
    text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert NAMES[0] in text and code_of(db, park[NAMES[0]]) in text
    assert ws.protection.sheet and not ws.protection.password
    assert ws.column_dimensions["G"].hidden
    # last quarter's figures beside the empty cells: revenue in 万元
    revenue_row = ws[cells["revenue"]].row
    assert ws.cell(revenue_row, COL_VALUE - 1).value == 120
    assert ws[cells["revenue"]].value is None
    assert not ws[cells["revenue"]].protection.locked
    assert ws.cell(revenue_row, 2).protection.locked
    kinds = {dv.type for dv in ws.data_validations.dataValidation}
    assert {"whole", "decimal", "list", "textLength"} <= kinds
    whole = next(dv for dv in ws.data_validations.dataValidation if dv.type == "whole")
    assert cells["staff_total"] in str(whole.sqref) and whole.formula1 == "0"
    marker = wb["_round"]
    assert marker.sheet_state == "veryHidden"
    assert {marker.cell(r, 1).value: marker.cell(r, 2).value for r in range(1, 7)}["period"] == (
        PERIOD.label
    )
    assert "填报说明 Instructions" in wb.sheetnames

    status = col.round_status(db, PERIOD)
    assert status.counts()["sent"] == 5 and status.counts()["missing"] == 5
    assert {e.email for e in status.entries} == {f"c{i}@example.cn" for i in range(5)}


def test_round_trip_with_mistakes(db: Database, park: dict[str, int], tmp_path: Path):
    out, back = tmp_path / "out", tmp_path / "回收 returned"
    col.start_round(db, PERIOD, out)
    col.start_round(db, BEFORE, tmp_path / "before")  # another round, for a stray file
    files = {name: out / col.file_name(name, code_of(db, park[name]), PERIOD) for name in NAMES}
    a, b, c, d, _e = NAMES
    # A: right, under a name of its own
    fill(files[a], back / "our figures.xlsx", {"staff_total": 12, "revenue": 150.5})
    # B: text in a number cell, a negative head count, a formula, an absurd amount
    fill(
        files[b],
        back / "b.xlsx",
        {
            "staff_total": "about 10",
            "staff_rd": -3,
            "revenue": "=1+1",
            "export_value": 1e20,
        },
    )
    # C: figures already entered for the period that the file contradicts
    svc.save_figures(db, park[c], PERIOD.year, PERIOD.quarter, {"revenue": Decimal("500000")})
    fill(files[c], back / "c.xlsx", {"revenue": 80, "staff_total": 5})
    # D: a credit code typed over with another company's (the marker says whose it was)
    wrong = fill(files[d], back / "d.xlsx", {"staff_total": 3})
    wb = openpyxl.load_workbook(wrong)
    wb[FORM_TITLE]["D4"] = "914403001922038216"
    wb.save(wrong)
    # D again, from last quarter's round
    stray = tmp_path / "before" / col.file_name(d, code_of(db, park[d]), BEFORE)
    fill(stray, back / "old.xlsx", {"staff_total": 2})
    # hostile files: an .xls renamed, text named .xlsx, a word-processor zip
    (back / "renamed.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (back / "notes.xlsx").write_text("not a workbook", encoding="utf-8")
    with zipfile.ZipFile(back / "letter.docx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (back / "~$our figures.xlsx").write_bytes(b"lock")  # Excel's lock file: ignored
    # a control character, which XML cannot hold, in a text cell of E's file
    ctrl = fill(files[NAMES[4]], back / "ctrl.xlsx", {"awards": "CTRL-HERE", "staff_total": 1})
    _rewrite(ctrl, "xl/worksheets/sheet1.xml", b"CTRL-HERE", b"&#7;")

    result = col.import_returns(db, [back], PERIOD)
    by_name = {r.path.name: r for r in result.files}
    assert "~$our figures.xlsx" not in by_name
    assert by_name["our figures.xlsx"].outcome == FileOutcome.ACCEPTED
    rejected = by_name["b.xlsx"]
    assert rejected.outcome == FileOutcome.REJECTED
    problems = {p.field: p for p in rejected.problems}
    assert set(problems) >= {"员工人数", "研发人员", "营业收入", "出口额"}
    assert "about 10" in problems["员工人数"].message
    assert "formula" in problems["营业收入"].message
    assert problems["营业收入"].cell.startswith("E")
    assert by_name["c.xlsx"].outcome == FileOutcome.CONFLICT
    assert "500,000.00" in by_name["c.xlsx"].problems[0].message
    assert by_name["d.xlsx"].outcome == FileOutcome.NOT_MATCHED
    assert "914403001922038216" in by_name["d.xlsx"].message
    assert by_name["old.xlsx"].outcome == FileOutcome.NOT_MATCHED
    assert BEFORE.label in by_name["old.xlsx"].message
    for name in ("renamed.xlsx", "notes.xlsx", "letter.docx", "ctrl.xlsx"):
        assert by_name[name].outcome == FileOutcome.UNREADABLE, name
    assert ".xls" in by_name["renamed.xlsx"].message

    # what was saved: A whole, B nothing at all, C left as it was
    def figures(name: str) -> tuple[Decimal | None, int | None] | None:
        with db.read() as s:
            return s.execute(
                select(KpiSnapshot.revenue, KpiSnapshot.staff_total).where(
                    KpiSnapshot.tenant_id == park[name],
                    KpiSnapshot.year == PERIOD.year,
                    KpiSnapshot.quarter == PERIOD.quarter,
                )
            ).one_or_none()

    assert figures(a) == (Decimal("1505000.00"), 12)
    assert figures(b) is None
    assert figures(c) == (Decimal("500000.00"), None)

    status = col.round_status(db, PERIOD)
    by_tenant = {e.name: e for e in status.entries}
    assert by_tenant[a].status == ReturnStatus.ACCEPTED and by_tenant[a].returned_file == (
        "our figures.xlsx"
    )
    assert by_tenant[b].status == ReturnStatus.REJECTED and "about 10" in by_tenant[b].why
    assert by_tenant[c].status == ReturnStatus.CONFLICT
    assert [e.name for e in col.missing(status)] == sorted([d, NAMES[4]])
    counts = status.counts()
    assert (counts["sent"], counts["returned"], counts["accepted"], counts["missing"]) == (
        5,
        3,
        1,
        2,
    )

    # the tenant fixes B's file; C's figures are replaced when asked to overwrite
    fill(files[b], back / "b.xlsx", {"staff_total": 10, "staff_rd": 3, "revenue": 20})
    again = col.import_returns(db, [back / "b.xlsx", back / "c.xlsx"], PERIOD, overwrite=True)
    assert [r.outcome for r in again.files] == [FileOutcome.ACCEPTED, FileOutcome.ACCEPTED]
    assert figures(c) == (Decimal("800000.00"), 5)
    # the same folder again: A is unchanged and stays accepted
    third = col.import_returns(db, [back / "our figures.xlsx"], PERIOD)
    assert third.files[0].outcome == FileOutcome.UNCHANGED
    assert col.round_status(db, PERIOD).counts()["accepted"] == 3


def test_reminders(db: Database, park: dict[str, int], tmp_path: Path):
    col.start_round(db, PERIOD, tmp_path / "out")
    status = col.round_status(db)
    late = col.missing(status)
    link = col.mailto_link(late, "请报送数据")
    assert link.startswith("mailto:?bcc=") and "c0@example.cn" in link and "c4@example.cn" in link
    assert "subject=%E8%AF%B7" in link
    csv_path = tmp_path / "催报 list.csv"
    assert col.write_reminders(csv_path, late) == 5
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "c3@example.cn" in raw.decode("utf-8-sig")
    assert col.reminder_text(late).splitlines()[0].split("\t")[0] == "企业名称"


def test_blank_returns_duplicates_and_hostile_sizes(
    db: Database, park: dict[str, int], tmp_path: Path
):
    out = tmp_path / "out"
    col.start_round(db, PERIOD, out)
    # the folder the blank workbooks were written to, imported by mistake: nothing happens
    blank = col.import_returns(db, [out], PERIOD)
    assert {r.outcome for r in blank.files} == {FileOutcome.BLANK}
    assert col.round_status(db, PERIOD).counts()["missing"] == 5
    first = out / col.file_name(NAMES[0], code_of(db, park[NAMES[0]]), PERIOD)
    back = tmp_path / "back"
    older = fill(first, back / "first try.xlsx", {"staff_total": 1})
    newer = fill(first, back / "second try.xlsx", {"staff_total": 2})
    stamp = older.stat().st_mtime
    os.utime(older, (stamp - 60, stamp - 60))
    # a sheet declaring the largest size Excel allows: only the form's rows are read
    huge = back / "huge.xlsx"
    shutil.copy(newer, huge)
    sheet = "xl/worksheets/sheet1.xml"
    _rewrite(huge, sheet, rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>')
    far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    _rewrite(huge, sheet, rb"</sheetData>", far)
    result = col.import_returns(db, [older, huge], PERIOD)
    outcomes = {r.path.name: r.outcome for r in result.files}
    assert outcomes == {"huge.xlsx": FileOutcome.ACCEPTED, "first try.xlsx": FileOutcome.DUPLICATE}


def _rewrite(path: Path, member: str, pattern: bytes, replacement: bytes) -> None:
    """Change a part of a workbook as a hostile or damaged file would have it."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts[member]
    parts[member] = re.sub(pattern, replacement, xml, count=1)
    assert parts[member] != xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_refusals(db: Database, park: dict[str, int], tmp_path: Path):
    future = PERIOD.previous()
    with pytest.raises(ValidationError) as err:
        col.start_round(db, f"{clock.today().year + 1}Q1", tmp_path)
    assert "period" in err.value.fields
    with pytest.raises(ValidationError) as err:
        col.start_round(db, PERIOD, "")
    assert "folder" in err.value.fields
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(ValidationError):
        col.start_round(db, future, a_file)
    with pytest.raises(col.RoundNotFound):
        col.import_returns(db, [tmp_path], PERIOD)
    with db.read() as s:
        assert s.scalar(select(CollectionEntry.id)) is None


def test_annual_return_round(db: Database, park: dict[str, int], tmp_path: Path):
    """The annual return's fields, from the statistics return's own list, asked for a year."""
    from incubator_desk.services import statistics as stats

    year = clock.today().year - 1
    a, b = NAMES[0], NAMES[1]
    svc.save_person(
        db, park[a], svc.PersonInput(name="创始人甲", role=PersonRole.FOUNDER, email="f@a.cn")
    )
    out = tmp_path / f"{year} 年报"
    result = col.start_round(db, str(year), out)
    assert len(result.written) == 5 and all(n.endswith(f"_{year}.xlsx") for n in result.written)
    first = out / col.file_name(a, code_of(db, park[a]), Period(year))
    wb, cells = form_cells(first)
    ws = wb[FORM_TITLE]
    assert set(cells) - {"_credit_code", "_period", "_name"} == {
        f.key for f in stats.EDITABLE_FIELDS
    }
    labels = [str(ws.cell(r, 2).value) for r in range(1, ws.max_row + 1)]
    assert any(label.startswith("纳税人类型") for label in labels)
    assert ws.cell(ws[cells["revenue"]].row, 3).value == "千元"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any(cells["taxpayer_type"] in str(dv.sqref) for dv in lists)
    assert any(dv.formula1 == '"是,否"' and cells["high_tech"] in str(dv.sqref) for dv in lists)

    back = tmp_path / "back"
    fill(
        first,
        back / "a.xlsx",
        {
            "taxpayer_type": "一般纳税人",
            "high_tech": "是",
            "revenue": 1500,
            "staff_total": 20,
            "staff_phd": 2,
            "founder_sex": "女",
        },
    )
    second = out / col.file_name(b, code_of(db, park[b]), Period(year))
    fill(
        second,
        back / "b.xlsx",
        {"staff_total": 20, "staff_phd": 30, "taxpayer_type": "个体户", "industry_code": "65"},
    )
    imported = col.import_returns(db, [back], str(year))
    by_name = {r.path.name: r for r in imported.files}
    assert by_name["a.xlsx"].outcome == FileOutcome.ACCEPTED, by_name["a.xlsx"].problems
    saved = stats.tenant_return(db, park[a], year)
    assert saved.values["revenue"] == Decimal("1500000.00")
    assert saved.values["taxpayer_type"] == "general" and saved.values["founder_sex"] == "female"
    assert saved.values["high_tech"] is True
    rejected = by_name["b.xlsx"]
    assert rejected.outcome == FileOutcome.REJECTED
    assert {p.cell for p in rejected.problems} == {
        cells["staff_phd"],
        cells["taxpayer_type"],
        cells["industry_code"],
    }
    assert stats.tenant_return(db, park[b], year).entered("staff_total") is None

    # a corrected figure for A meets the one already saved: a conflict until overwriting
    fill(first, back / "a.xlsx", {"revenue": 1600, "staff_total": 20})
    again = col.import_returns(db, [back / "a.xlsx"], str(year))
    assert again.files[0].outcome == FileOutcome.CONFLICT
    assert "1,500,000.00" in again.files[0].problems[0].message
    forced = col.import_returns(db, [back / "a.xlsx"], str(year), overwrite=True)
    assert forced.files[0].outcome == FileOutcome.ACCEPTED
    assert stats.tenant_return(db, park[a], year).values["revenue"] == Decimal("1600000.00")
    status = col.round_status(db, str(year))
    assert status.round.kind.value == "annual" and status.counts()["missing"] == 3


def test_starting_again_keeps_answers_and_a_cancelled_start_leaves_nothing(
    db: Database, park: dict[str, int], tmp_path: Path
):
    out = tmp_path / "out"
    first = col.start_round(db, PERIOD, out)
    answered = out / first.written[0]
    fill(answered, answered, {"staff_total": 6})  # the answer saved over the file it came in
    late = svc.create_tenant(
        db,
        svc.TenantInput(
            name_zh="后来科技",
            credit_code=creditcode.generate(random.Random(99)),
            entry_date=dt.date(2024, 1, 2),
        ),
    )
    again = col.start_round(db, PERIOD, out)
    assert answered.name not in again.written and len(again.written) == 5
    assert any("kept" in why for _name, why in again.skipped)
    assert form_cells(answered)[0][FORM_TITLE][form_cells(answered)[1]["staff_total"]].value == 6
    assert late in {e.tenant_id for e in col.round_status(db, PERIOD).entries}

    # a start cancelled half-way: the files it made are gone, no round was recorded
    other = tmp_path / "cancelled"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(ImportCancelled):
        col.start_round(db, BEFORE, other, cancelled=cancelled)
    assert calls > 3 and other.is_dir() and list(other.iterdir()) == []
    with pytest.raises(col.RoundNotFound):
        col.round_status(db, BEFORE)


def test_a_file_saved_by_someone_else_meanwhile_is_not_saved_and_the_rest_go_on(
    db: Database, park: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Another operator enters the same quarter's figures between the check and the save."""
    from incubator_desk.services.collection import kinds

    out, back = tmp_path / "out", tmp_path / "back"
    col.start_round(db, PERIOD, out)
    a, b = NAMES[0], NAMES[2]
    for name in (a, b):
        fill(out / col.file_name(name, code_of(db, park[name]), PERIOD), back / f"{name}.xlsx",
             {"staff_total": 5})  # fmt: skip
    check = kinds.Quarterly.check

    def check_then_someone_saves(self, db_, answer, today):  # type: ignore[no-untyped-def]
        checked = check(self, db_, answer, today)
        if answer.tenant_id == park[a]:
            svc.save_figures(db, park[a], PERIOD.year, PERIOD.quarter, {"staff_total": 7})
        return checked

    monkeypatch.setattr(kinds.Quarterly, "check", check_then_someone_saves)
    result = col.import_returns(db, [back], PERIOD)
    by_name = {r.path.stem: r for r in result.files}
    assert by_name[a].outcome == FileOutcome.REJECTED
    assert "could not be saved" in by_name[a].message
    assert by_name[b].outcome == FileOutcome.ACCEPTED
    assert svc.figures_for(db, park[a], PERIOD.year, PERIOD.quarter or 0)[0].values[
        "staff_total"
    ] == 7  # fmt: skip
    statuses = {e.name: e.status for e in col.round_status(db, PERIOD).entries}
    assert statuses[a] == ReturnStatus.SENT and statuses[b] == ReturnStatus.ACCEPTED


def test_a_credit_code_corrected_after_sending_still_matches(
    db: Database, park: dict[str, int], tmp_path: Path
):
    """The file carries the code it was sent with; the tenant's code was corrected since."""
    out = tmp_path / "out"
    col.start_round(db, PERIOD, out)
    name = NAMES[3]
    sent = out / col.file_name(name, code_of(db, park[name]), PERIOD)
    fill(sent, tmp_path / "back" / "x.xlsx", {"staff_total": 3})
    detail = svc.get_tenant(db, park[name])
    corrected = creditcode.generate(random.Random(1234))
    data = detail.data
    data.credit_code = corrected
    svc.update_tenant(db, park[name], data, detail.version)
    result = col.import_returns(db, [tmp_path / "back"], PERIOD)
    assert result.files[0].outcome == FileOutcome.ACCEPTED, result.files[0].problems
    found = svc.figures_for(db, park[name], PERIOD.year, PERIOD.quarter or 0)[0]
    assert found is not None and found.values["staff_total"] == 3


def test_files_without_their_marker_are_matched_by_credit_code_alone(
    db: Database, park: dict[str, int], tmp_path: Path
):
    """The marker sheet deleted (a tenant copied the form): the credit code decides."""
    out, back = tmp_path / "out", tmp_path / "back"
    col.start_round(db, PERIOD, out)
    sent = out / col.file_name(NAMES[0], code_of(db, park[NAMES[0]]), PERIOD)

    def without_marker(target: Path, code: str | None) -> None:
        fill(sent, target, {"staff_total": 4})
        wb = openpyxl.load_workbook(target)
        del wb["_round"]
        if code is not None:
            wb[FORM_TITLE]["D4"] = code
        wb.save(target)

    without_marker(back / "own.xlsx", None)
    without_marker(back / "graduate.xlsx", code_of(db, park["graduated"]))
    without_marker(back / "stranger.xlsx", "914403001922038216")
    result = {r.path.name: r for r in col.import_returns(db, [back], PERIOD).files}
    assert result["own.xlsx"].outcome == FileOutcome.ACCEPTED
    assert result["graduate.xlsx"].outcome == FileOutcome.NOT_MATCHED
    assert "已毕业科技" in result["graduate.xlsx"].message
    assert "was not sent a workbook" in result["graduate.xlsx"].message
    assert result["stranger.xlsx"].outcome == FileOutcome.NOT_MATCHED
    assert "No tenant has the credit code" in result["stranger.xlsx"].message
