"""PDF reports and the Torch export read back: pdftotext text checked against the database,
pdffonts showing every font embedded, tables repeating their header rows across pages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_desk.core import clock
from incubator_desk.core.money import MoneyUnit, report_money, to_unit
from incubator_desk.core.vocabularies import OPEN_STAGES, Stage
from incubator_desk.db import Database
from incubator_desk.models import KpiSnapshot, Tenant
from incubator_desk.reports import fonts
from incubator_desk.reports.base import Lang, ReportMeta, Styles, build_pdf, money, table
from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.services.demo import generate_demo
from incubator_desk.services.funding import cumulative_investment

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def write(
    db: Database,
    out: Path,
    kind: ReportKind,
    tenant_id: int | None = None,
    period: reporting.Period | None = None,
    lang: str = "zh",
) -> int | None:
    """A report made as the window and the command line make it; the Torch return's rows."""
    return build_report(db, ReportRequest(kind, tenant_id, period, lang), out).rows


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_all_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows, "the PDF names no font"
    for row in rows:
        cols = row.split()
        assert cols[-5] == "yes", f"font not embedded: {row}"


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, tenants=40, seed=3)
    return db


def test_graduation_report_in_chinese_and_english(demo: Database, tmp_path: Path) -> None:
    g = grad.candidates(grad.evaluate_all(demo))[0]
    zh = tmp_path / "毕业 报告.pdf"
    write(demo, zh, ReportKind.GRADUATION, tenant_id=g.tenant_id, lang="zh")
    text = pdf_text(zh)
    assert g.name in flat(text) and g.credit_code in text
    assert "在孵企业毕业评估报告" in text
    assert re.search(r"第1页/共(\d+)页", flat(text))
    assert "负责人签字" in text and "盖章" in text
    total = cumulative_investment(demo, g.tenant_id).total
    assert money(total) in text
    for c in g.criteria:
        if c.key == "revenue" and c.figure is not None:
            assert report_money(c.figure) in text
    assert_all_fonts_embedded(zh)

    en = tmp_path / "graduation.pdf"
    write(demo, en, ReportKind.GRADUATION, tenant_id=g.tenant_id, lang="en")
    text = pdf_text(en)
    assert "Graduation Assessment Report" in text and "Page 1 of" in text
    assert "Werecommendthatitgraduate" in flat(text)
    assert_all_fonts_embedded(en)


def test_progress_report_figures_match_the_database(demo: Database, tmp_path: Path) -> None:
    with demo.read() as s:
        tid, year, quarter = s.execute(
            select(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter)
            .where(KpiSnapshot.revenue.is_not(None))
            .order_by(KpiSnapshot.year.desc(), KpiSnapshot.quarter.desc(), KpiSnapshot.tenant_id)
        ).first()
        revenue = s.scalar(
            select(KpiSnapshot.revenue).where(
                KpiSnapshot.tenant_id == tid,
                KpiSnapshot.year == year,
                KpiSnapshot.quarter == quarter,
            )
        )
        yearly = s.scalar(
            select(func.sum(KpiSnapshot.revenue)).where(
                KpiSnapshot.tenant_id == tid, KpiSnapshot.year == year
            )
        )
    out = tmp_path / "progress.pdf"
    write(
        demo,
        out,
        ReportKind.PROGRESS,
        tenant_id=tid,
        period=reporting.Period(year, quarter),
        lang="en",
    )
    text = pdf_text(out)
    assert f"{year}Q{quarter}" in text and money(revenue) in text
    # Mentoring hours are the mentoring area's figure, the same number in the report.
    from incubator_desk.services import activity_stats

    hours = sum(
        line.hours
        for line in activity_stats.mentoring_hours(demo, year, quarter).by_tenant
        if line.key == tid
    )
    m = re.search(r"Mentoring hours\s+([\d.,]+)", text)
    assert m and Decimal(m.group(1)) == Decimal(str(round(hours, 1)))
    assert_all_fonts_embedded(out)
    write(demo, out, ReportKind.PROGRESS, tenant_id=tid, period=reporting.Period(year), lang="zh")
    text = pdf_text(out)
    assert money(Decimal(yearly)) in text and "第1页" in flat(text)


def test_portfolio_report_figures_match_the_database(demo: Database, tmp_path: Path) -> None:
    period = reporting.last_complete_quarter()
    data = reporting.portfolio_report_data(demo, period)
    with demo.read() as s:
        revenue = s.scalar(
            select(func.sum(KpiSnapshot.revenue)).where(
                KpiSnapshot.year == period.year, KpiSnapshot.quarter == period.quarter
            )
        )
    assert data.figures.get("revenue") == Decimal(revenue)
    out = tmp_path / "portfolio.pdf"
    write(demo, out, ReportKind.PORTFOLIO, period=period, lang="en")
    text = pdf_text(out)
    assert "Incubator Portfolio Report" in text and money(Decimal(revenue)) in text
    assert "Self-assessment against the national levels" in text and "≥ 75.0%" in text
    national = data.assessment.levels[0]
    assert "National incubator (2018 conditions)" in text and national.results
    m = re.search(r"Tenantsinincubation(\d+)", flat(text))
    assert m and int(m.group(1)) == data.open_tenants
    m = re.search(r"Incubating\s+(\d+)", text)
    assert m and int(m.group(1)) == data.by_stage[Stage.INCUBATING]
    assert_all_fonts_embedded(out)


def test_portfolio_self_assessment_is_the_statistics_pages(demo: Database, tmp_path: Path) -> None:
    """Section 8 says what the Statistics page's self-assessment of the year says, for a year
    (sharing the year's mentoring and training figures) and for a quarter of it."""
    from incubator_desk.services import statistics

    year = reporting.last_complete_quarter().year
    for period in (reporting.Period(year), reporting.Period(year, 1)):
        data = reporting.portfolio_report_data(demo, period)
        shown = statistics.assess(demo, year)  # as the Statistics page reads it
        assert data.assessment == shown and data.assessment.to_json() == shown.to_json()
    out = tmp_path / "portfolio.pdf"
    write(demo, out, ReportKind.PORTFOLIO, period=reporting.Period(year), lang="en")
    text = flat(pdf_text(out))
    for level in shown.levels:
        assert flat(level.name) in text
        for r in level.results:
            assert flat(f"{r.threshold_text}{r.value_text}") in text


def test_no_data_and_unknown_period_are_clear_errors(demo: Database, tmp_path: Path) -> None:
    from incubator_desk.core.errors import NotFound, ValidationError

    with pytest.raises(NotFound, match="1999"):
        write(demo, tmp_path / "x.pdf", ReportKind.PORTFOLIO, period=reporting.Period(1999))
    with demo.read() as s:
        tid = s.scalar(select(Tenant.id).limit(1))
    with pytest.raises(NotFound, match="no figures recorded for 2001Q1"):
        write(
            demo,
            tmp_path / "x.pdf",
            ReportKind.PROGRESS,
            tenant_id=tid,
            period=reporting.Period(2001, 1),
        )
    with pytest.raises(ValidationError):
        reporting.Period.parse("2026Q5")
    assert not (tmp_path / "x.pdf").exists()


def test_torch_export_money_in_thousands(demo: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    year = reporting.last_complete_quarter().year
    out = tmp_path / "火炬 统计.xlsx"
    n = write(demo, out, ReportKind.TORCH, period=reporting.Period(year))
    ws = load_workbook(out).active
    header = [c.value for c in ws[3]]
    assert header[0] == "企业名称" and "总收入（千元）" in header
    col = header.index("总收入（千元）")
    code_col = header.index("统一社会信用代码")
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == n
    with demo.read() as s:
        sums = dict(
            s.execute(
                select(Tenant.credit_code, func.sum(KpiSnapshot.revenue))
                .join(KpiSnapshot, KpiSnapshot.tenant_id == Tenant.id)
                .where(KpiSnapshot.year == year)
                .group_by(Tenant.credit_code)
            ).all()
        )
    checked = 0
    for row in rows:
        if row[code_col] in sums and sums[row[code_col]] is not None:
            expected = to_unit(Decimal(sums[row[code_col]]), MoneyUnit.THOUSAND, places=1)
            assert Decimal(str(row[col])) == expected
            checked += 1
    assert checked > 5


def test_long_tables_repeat_their_header_rows(tmp_path: Path) -> None:
    font = fonts.report_font()
    st = Styles(font)
    rows = [(f"第{i}行", f"企业{i}", money(Decimal(i * 1000))) for i in range(150)]
    out = tmp_path / "long.pdf"
    meta = ReportMeta("测试", "孵化器", Lang("zh"), font, clock.today())
    build_pdf(meta, [table(st, ["序号", "名称", "金额"], rows, [20, 50, 30], right=(2,))], out)
    pages = pdf_text(out).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for page in pages:
        assert "序号" in page and "名称" in page
    assert_all_fonts_embedded(out)


def test_no_usable_font_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    cff = tmp_path / "NotoSansCJK.otf"
    cff.write_bytes(b"OTTO" + b"\0" * 100)
    with pytest.raises(fonts.FontNotFound) as err:
        fonts.find_font(fonts.FontChoice(cff), search=[fonts.FontChoice(tmp_path / "none.ttc")])
    message = str(err.value)
    assert "fonts-wqy-microhei" in message and "Settings" in message
    assert str(cff) in message


def test_dashboard_lists_match_the_overview_figures(demo: Database) -> None:
    from incubator_desk.services import overview as ov

    figures = ov.overview(demo)
    on = figures.on
    last = reporting.last_complete_quarter(on)
    with demo.uow() as uow:  # three tenants in incubation have not sent last quarter's figures
        late = uow.session.scalars(
            select(KpiSnapshot).where(
                KpiSnapshot.year == last.year,
                KpiSnapshot.quarter == last.quarter,
                KpiSnapshot.tenant_id.in_(
                    select(Tenant.id).where(Tenant.stage.in_(OPEN_STAGES)).limit(3)
                ),
            )
        ).all()
        for snapshot in late:
            uow.session.delete(snapshot)
        uow.commit()
    dash = reporting.dashboard(demo, on)
    assert dash.figures == figures
    assert len(reporting.allocations_ending(demo, on)) == figures.allocations_ending_60d
    assert len(reporting.sessions_this_week(demo, on)) == figures.sessions_this_week
    assert len(reporting.events_this_week(demo, on)) == dash.events_this_week
    assert dash.missing_quarter == last
    with demo.read() as s:
        have = set(
            s.scalars(
                select(KpiSnapshot.tenant_id).where(
                    KpiSnapshot.year == last.year, KpiSnapshot.quarter == last.quarter
                )
            )
        )
        in_incubation = s.execute(
            select(Tenant.id, Tenant.entry_date).where(
                Tenant.archived_at.is_(None), Tenant.stage.in_(OPEN_STAGES)
            )
        ).all()
    expected = {t for t, entry in in_incubation if entry and entry <= last.end and t not in have}
    assert {r.tenant_id for r in reporting.missing_figures(demo, on)} == expected
    assert dash.missing == len(expected) >= 3
    results = grad.evaluate_all(demo, on)
    summary = grad.summary(demo, on)
    assert summary.candidates == len(grad.candidates(results)) > 0
    assert summary.overdue == len(grad.overdue(results))
    data = reporting.portfolio_report_data(demo, reporting.last_complete_quarter())
    assert data.open_tenants == sum(n for s, n in data.by_stage.items() if s in (
        Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING))  # fmt: skip


def test_tenant_activity_agrees_with_the_mentoring_statistics(demo: Database) -> None:
    from incubator_desk.services import activity_stats

    year = reporting.last_complete_quarter().year
    by_tenant = activity_stats.events_attended_by_tenant(demo, year)
    hours = {x.key: x for x in activity_stats.mentoring_hours(demo, year).by_tenant}
    assert by_tenant
    for tid, n in list(by_tenant.items())[:8]:
        act = reporting.tenant_activity(demo, tid, [reporting.Period(year)])
        assert act is not None and act.events == n
        line = hours.get(tid)
        assert act.sessions == (line.sessions if line else 0)


def test_one_tenants_mentoring_is_its_line_of_the_statistics(demo: Database) -> None:
    """A report reads one tenant's hours alone; they are its line of the whole statistics."""
    from incubator_desk.services import activity_stats

    year = reporting.last_complete_quarter().year
    for quarter in (None, 1, 2, 3, 4):
        stats = activity_stats.mentoring_hours(demo, year, quarter)
        lines = {line.key: line for line in stats.by_tenant}
        with demo.read() as s:
            tenants = list(s.scalars(select(Tenant.id)))
        for tid in tenants:
            alone = activity_stats.tenant_mentoring(demo, tid, year, quarter)
            line = lines.get(tid)
            assert (alone.sessions, alone.hours) == (
                (line.sessions, line.hours) if line else (0, 0)
            )
        assert any(lines)


def test_portfolio_figures_add_up_each_tenants(demo: Database) -> None:
    """The portfolio's figures, added up by the database, are each tenant's figures added up."""
    from collections import defaultdict

    from incubator_desk.services.reporting import figures as fig
    from incubator_desk.services.reporting import portfolio_report

    last = reporting.last_complete_quarter()
    for period in (
        last,
        reporting.Period(last.year),
        reporting.Period(last.year - 1),
        last.previous(),
    ):
        with demo.read() as s:
            rows = s.execute(
                select(fig.SNAP)
                .join(Tenant, Tenant.id == KpiSnapshot.tenant_id)
                .where(Tenant.archived_at.is_(None))
                .order_by(KpiSnapshot.tenant_id, KpiSnapshot.year, KpiSnapshot.quarter)
            ).all()
        per_tenant = defaultdict(list)
        for r in rows:
            if (r.year, r.quarter) in period.quarters:
                per_tenant[r.tenant_id].append(r)
        expected: dict[str, Decimal | None] = {k: None for k in (*fig.FLOWS, *fig.STOCKS)}
        for snaps in per_tenant.values():
            for k, v in fig.figures_from(snaps).values.items():
                if v is not None:
                    expected[k] = (expected[k] or fig.ZERO) + v
        got, n = portfolio_report.portfolio_figures(demo, period)
        assert got.values == expected and n == len(per_tenant) > 0
        assert got.quarters == tuple(
            sorted({f"{r.year}Q{r.quarter}" for s in per_tenant.values() for r in s})
        )


def _image(path: Path, fmt: str = "PNG", size: tuple[int, int] = (120, 40)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (31, 78, 121)).save(path, fmt)
    return path


def test_the_logo_is_checked_when_chosen_and_drawn_on_the_cover(
    db: Database, tmp_path: Path
) -> None:
    from incubator_desk.core.errors import ValidationError
    from incubator_desk.services import settings as settings_service

    with db.uow() as uow:
        tenant = Tenant(name_zh="深圳云帆科技有限公司", entry_date=dt.date(2024, 1, 1))
        uow.session.add(tenant)
        uow.session.flush()
        tid = tenant.id
        uow.commit()

    text = tmp_path / "logo.png"
    text.write_text("not an image")
    gif = _image(tmp_path / "logo.gif", "GIF")
    png = _image(tmp_path / "徽标.png")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(png.read_bytes()[:-40])
    huge = tmp_path / "huge.png"
    huge.write_bytes(png.read_bytes() + b"\0" * reporting.LOGO_MAX_BYTES)
    for bad, why in (
        (text, "not a PNG or JPEG"),
        (gif, "not a PNG or JPEG"),
        (truncated, "not a PNG or JPEG"),
        (huge, "under 2 MB"),
        (tmp_path / "missing.png", "Cannot read"),
    ):
        with pytest.raises(ValidationError, match=why) as err:
            reporting.set_logo(db, bad)
        assert set(err.value.fields) == {"logo"}
        assert reporting.logo_name(db) is None  # nothing stored

    assert reporting.set_logo(db, png) == "徽标.png"
    assert reporting.logo_name(db) == "徽标.png"
    out = tmp_path / "graduation.pdf"
    write(db, out, ReportKind.GRADUATION, tenant_id=tid)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.splitlines()[2:]) == 1, images.stdout  # the logo, on the cover

    # A logo damaged where it is stored is reported, not left off the cover without a word.
    version = settings_service.get(db, reporting.REPORT_LOGO).version
    settings_service.put(
        db, reporting.REPORT_LOGO, {"name": "徽标.png", "data": "bm90IGFuIGltYWdl"}, version
    )
    with pytest.raises(ValidationError, match=r"徽标\.png.*Settings"):
        write(db, tmp_path / "again.pdf", ReportKind.GRADUATION, tenant_id=tid)
    assert not (tmp_path / "again.pdf").exists()
    reporting.remove_logo(db)
    assert reporting.logo_name(db) is None


def test_the_font_file_is_read_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading a CJK font takes ~100 ms: checking, finding and registering it read it once."""
    from reportlab.pdfbase import ttfonts

    copy = tmp_path / "copy.ttc"
    shutil.copyfile(fonts.find_font().path, copy)
    choice = fonts.FontChoice(copy, fonts.find_font().subfont_index)
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    reads: list[str] = []

    class Counted(ttfonts.TTFont):
        def __init__(self, name: str, filename: str, **kwargs: object) -> None:
            reads.append(filename)
            super().__init__(name, filename, **kwargs)

    monkeypatch.setattr(ttfonts, "TTFont", Counted)
    assert fonts.check(choice) is None
    assert fonts.find_font(choice) == choice
    name = fonts.report_font(choice)
    assert fonts.report_font(choice) == name and fonts.check(choice) is None
    assert reads == [str(copy)]
    copy.write_bytes(b"replaced by something that is not a font")
    assert fonts.check(choice) is not None  # a changed file is read again


def test_portfolio_activity_totals_are_the_statistics_totals(demo: Database) -> None:
    """The portfolio reads only totals; they are the mentoring and training statistics' own."""
    from incubator_desk.services import activity_stats as st
    from incubator_desk.services.overview import occupancy, overview

    year = reporting.last_complete_quarter().year
    for y in (year - 1, year):
        events = st.event_attendance(demo, y)
        for quarter in (None, 1, 2, 3, 4):
            hours = st.mentoring_hours(demo, y, quarter)
            totals = st.mentoring_totals(demo, y, quarter)
            assert (totals.total_hours, totals.sessions, totals.tenants_served) == (
                hours.total_hours,
                hours.sessions,
                hours.tenants_served,
            )
            mine = [q for q in events if quarter is None or q.quarter == quarter]
            ev = st.event_totals(demo, y, quarter)
            assert (ev.events, ev.registered, ev.attended) == (
                sum(q.events for q in mine),
                sum(q.registered for q in mine),
                sum(q.attended for q in mine),
            )
    assert any(st.mentoring_totals(demo, y).sessions for y in (year - 1, year))
    on = clock.today()
    o, occ = overview(demo, on), occupancy(demo, on)
    assert (occ.lettable_units, occ.occupied_units, occ.lettable_area, occ.occupied_area) == (
        o.lettable_units,
        o.occupied_units,
        o.lettable_area,
        o.occupied_area,
    )
    assert occ.occupancy_by_area == o.occupancy_by_area


def test_portfolio_stocks_keep_a_tenants_last_recorded_value(db: Database) -> None:
    """A stock left empty in a later quarter counts with the tenant's earlier value; a tenant
    archived or another year's quarter does not count."""
    from incubator_desk.services.reporting import portfolio_report

    with db.uow() as uow:
        a = Tenant(name_zh="甲科技有限公司", entry_date=dt.date(2024, 1, 1))
        b = Tenant(name_zh="乙科技有限公司", entry_date=dt.date(2024, 1, 1))
        gone = Tenant(name_zh="丙科技有限公司", entry_date=dt.date(2024, 1, 1))
        uow.session.add_all([a, b, gone])
        uow.session.flush()
        snaps = [
            (a.id, 2025, 1, 10, 3, Decimal("100.50")),
            (a.id, 2025, 2, None, 4, Decimal("20")),  # staff_total not recorded this quarter
            (b.id, 2025, 3, 7, None, None),
            (b.id, 2024, 4, 99, 99, Decimal("999")),  # the year before
            (gone.id, 2025, 2, 50, 50, Decimal("50")),
        ]
        for tid, year, quarter, staff, rd, revenue in snaps:
            uow.session.add(
                KpiSnapshot(
                    tenant_id=tid,
                    year=year,
                    quarter=quarter,
                    staff_total=staff,
                    staff_rd=rd,
                    revenue=revenue,
                )
            )
        gone.archived_at = clock.now()
        uow.commit()
    got, n = portfolio_report.portfolio_figures(db, reporting.Period(2025))
    assert n == 2
    assert got.get("staff_total") == Decimal(17)  # a's 10 from Q1, b's 7
    assert got.get("staff_rd") == Decimal(4)  # a's Q2; b recorded none
    assert got.get("revenue") == Decimal("120.50")
    assert got.get("staff_phd") is None
    assert got.quarters == ("2025Q1", "2025Q2", "2025Q3")
    q2, n2 = portfolio_report.portfolio_figures(db, reporting.Period(2025, 2))
    assert n2 == 1 and q2.get("staff_total") is None and q2.get("staff_rd") == Decimal(4)
