"""How the PDF reports read: round chart scales with a gridline above the tallest bar, units
named once in the chart titles, partial years said so, like compared with like, one date
style in a Chinese report, and a graduation report on few, full pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart

from incubator_desk.core.errors import ServiceError
from incubator_desk.db import Database
from incubator_desk.reports.base import Lang, period_heading, year_label
from incubator_desk.reports.charts import bar_chart, money_scale, nice_scale
from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.services.demo import generate_demo

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)


@pytest.mark.parametrize(
    ("top", "whole", "maximum", "step"),
    [
        (20_700_000, False, 25_000_000, 5_000_000),
        (227.3, False, 250, 50),
        (250, False, 300, 50),  # exactly on a gridline: one more above it
        (13, True, 15, 5),
        (3, True, 4, 1),
        (0.9, False, 1.0, 0.2),
        (0, True, 1, 1),
    ],
)
def test_axis_maximum_is_round_and_above_the_tallest_value(
    top: float, whole: bool, maximum: float, step: float
) -> None:
    got_max, got_step = nice_scale(top, whole=whole)
    assert (got_max, got_step) == pytest.approx((maximum, step))
    assert got_max > top


def test_money_charts_name_their_unit_in_the_title() -> None:
    assert money_scale(2_270_000, zh=True).unit == "万元"
    assert money_scale(320_000_000, zh=True).unit == "亿元"
    assert money_scale(2_270_000, zh=False).unit == "¥ million"
    d = bar_chart("Helvetica", "营业收入", ["2025"], [("营业收入", [2_270_000])], money=True)
    title = next(x for x in d.contents if hasattr(x, "text"))
    assert title.text == "营业收入（万元）"
    chart = next(x for x in d.contents if isinstance(x, VerticalBarChart))
    assert chart.data == [[227.0]] and chart.valueAxis.valueMax == 250


def test_a_partial_year_says_which_quarters_it_holds() -> None:
    zh, en = Lang("zh"), Lang("en")
    assert year_label(en, 2026, ("2026Q1", "2026Q2", "2026Q3")) == "2026 Q1–Q3"
    assert year_label(zh, 2026, ("2026Q1", "2026Q2", "2026Q3")) == "2026年1–3季度"
    assert year_label(en, 2025, tuple(f"2025Q{q}" for q in (1, 2, 3, 4))) == "2025"
    assert year_label(en, 2024, ("2024Q4",)) == "2024 Q4"
    assert period_heading(en, "2026Q3", ("2026Q3",)) == "2026Q3"
    assert period_heading(en, "2026", ("2026Q1", "2026Q1", "2026Q2")) == "2026 Q1–Q2"


def test_dates_in_values_follow_the_report_language() -> None:
    assert "2026年5月21日" in Lang("zh").t("Certified since {date}", date="2026-05-21")
    assert "2026-05-21" in Lang("en").t("Certified since {date}", date="2026-05-21")


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, tenants=40, seed=3)
    return db


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))  # type: ignore[union-attr]


@needs_poppler
def test_graduation_report_is_compact_with_one_date_style(demo: Database, tmp_path: Path) -> None:
    for g in grad.candidates(grad.evaluate_all(demo))[:3]:
        out = tmp_path / f"{g.tenant_id}.pdf"
        build_report(demo, ReportRequest(ReportKind.GRADUATION, g.tenant_id, None, "zh"), out)
        text = _text(out)
        assert _pages(out) <= 3  # a cover and two pages of content, signatures included
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "an ISO date in a Chinese report"
        # The chart's unit is in its title, the one the axis is drawn in.
        assert re.search(r"年度营业收入与研发投入（(万元|亿元|元)）", text)


@needs_poppler
def test_progress_report_compares_a_year_with_a_year_since_entry(
    demo: Database, tmp_path: Path
) -> None:
    year = reporting.last_complete_quarter().year - 1  # a whole year of figures
    candidates = grad.evaluate_all(demo)
    for g in candidates:
        try:
            data = reporting.progress_report_data(demo, g.tenant_id, reporting.Period(year))
        except ServiceError:  # no figures for that year
            continue
        if len(data.current.quarters) == 4 and not set(data.entry.quarters) & set(
            data.current.quarters
        ):
            break
    else:
        pytest.skip("no tenant with a full year after its first year")
    assert len(data.entry.quarters) == 4  # the first four quarters, not one
    revenue_now, revenue_entry = data.current.get("revenue"), data.entry.get("revenue")
    assert revenue_now is not None and revenue_entry is not None
    growth = reporting.growth(revenue_now, revenue_entry)
    assert growth is not None and abs(growth) < 20  # not a year's total over one quarter
    out = tmp_path / "progress.pdf"
    build_report(
        demo, ReportRequest(ReportKind.PROGRESS, g.tenant_id, reporting.Period(year), "en"), out
    )
    text = _text(out)
    first, last = data.entry.quarters[0], data.entry.quarters[-1]
    assert f"{first}–{last}" in re.sub(r"\s+", "", text)


def test_a_long_title_does_not_run_into_the_legend() -> None:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    title = "Revenue and R&D spend of all tenants"
    d = bar_chart(
        "Helvetica", title, ["2026Q2", "2026Q3"],
        [("Revenue", [15e6, 15.2e6]), ("R&D spend", [7e6, 7.2e6])],
        zh=False, width=170 * mm, money=True,
    )  # fmt: skip
    heading = next(x for x in d.contents if hasattr(x, "text"))
    legend = next(x for x in d.contents if isinstance(x, Legend))
    ends = heading.x + stringWidth(heading.text, "Helvetica", 9.5)
    assert legend.x >= ends or legend.y < heading.y  # beside it, or on the line below
