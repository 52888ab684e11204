"""Progress report (企业发展报告) for one tenant and one quarter or year."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..core import clock
from ..services import reporting
from .base import (
    Lang,
    Styles,
    esc,
    key_values,
    money,
    note,
    number,
    percent,
    period_heading,
    section,
    spacer,
    table,
)
from .charts import bar_chart, line_chart
from .writing import write_report

FIGURE_ROWS = (
    ("revenue", "Revenue"),
    ("net_profit", "Net profit"),
    ("rd_spend", "R&D spend"),
    ("taxes_paid", "Taxes paid"),
    ("export_value", "Export value"),
    ("staff_total", "Staff"),
    ("staff_rd", "R&D staff"),
    ("invention_applications", "Invention patent applications"),
    ("invention_grants", "Invention patents granted"),
    ("valid_invention_patents", "Valid invention patents"),
    ("software_copyrights", "Software copyrights"),
)


def fig(value: Decimal | None, key: str) -> str:
    return money(value) if key in reporting.MONEY else number(value)


def quarter_span(quarters: tuple[str, ...]) -> str:
    """ "2024Q3" for one quarter, "2024Q3–2025Q2" for several, "—" for none."""
    if not quarters:
        return "—"
    return quarters[0] if len(quarters) == 1 else f"{quarters[0]}–{quarters[-1]}"


def _when(lang: Lang, at: dt.datetime) -> str:
    local = clock.park_time(at)
    return f"{lang.date(local.date())} {local:%H:%M}"


def story(data: reporting.ProgressReportData, lang: Lang, st: Styles, font: str) -> list[Flowable]:
    t, p = lang.t, data.profile
    out: list[Flowable] = [
        Paragraph(esc(t("Progress Report") + " · " + data.period.label), st.h1),
        key_values(
            st,
            [
                (t("Company"), p.name(lang.code)),
                (t("Credit code"), p.credit_code),
                (t("Industry"), p.industry(lang.code) or "—"),
                (t("Current stage"), lang.stage(p.stage)),
                (t("Entered the incubator"), lang.date(p.entry_date)),
                (t("Period"), f"{lang.date(data.period.start)} – {lang.date(data.period.end)}"),
            ],
        ),
    ]
    cur, prev, entry = data.current, data.before, data.entry
    entry_q = quarter_span(entry.quarters)
    # Growth since entry only when the entry quarters are before the period: a tenant that
    # entered during the period is compared with itself otherwise.
    comparable = not set(entry.quarters) & set(cur.quarters)
    rows = []
    for key, label in FIGURE_ROWS:
        a, b = cur.get(key), prev.get(key)
        rows.append(
            (
                t(label),
                fig(a, key),
                fig(b, key) if not prev.empty else "—",
                percent(reporting.growth(a, b)),
                fig(entry.get(key), key),
                percent(reporting.growth(a, entry.get(key))) if comparable else "—",
            )
        )
    body: list[Flowable] = [
        table(
            st,
            [
                t("Figure"),
                period_heading(lang, data.period.label, cur.quarters),
                period_heading(lang, data.previous.label, prev.quarters),
                t("Growth"),
                t("At entry ({q})", q=entry_q),
                t("Since entry"),
            ],
            rows,
            [34, 20, 20, 14, 22, 14],
            right=(1, 2, 3, 4, 5),
        ),
        Paragraph(
            esc(
                t(
                    "Quarters reported in {period}: {quarters}.",
                    period=data.period.label,
                    quarters=", ".join(cur.quarters),
                )
            ),
            st.small,
        ),
    ]
    if prev.empty:
        body.append(
            note(st, t("No figures were recorded for {period}.", period=data.previous.label))
        )
    out += section(st, t("1. Figures for the period"), *body)
    labels = [q.label for q in data.series]
    out += section(
        st,
        t("2. The last quarters"),
        bar_chart(
            font,
            t("Revenue and R&D spend by quarter"),
            labels,
            [
                (t("Revenue"), [q.revenue for q in data.series]),
                (t("R&D spend"), [q.rd_spend for q in data.series]),
            ],
            zh=lang.zh,
            money=True,
        ),
        line_chart(
            font,
            t("Staff by quarter"),
            labels,
            [(t("Staff"), [q.staff_total for q in data.series])],
            zh=lang.zh,
            height=48 * mm,
        ),
    )
    act = data.activity
    out += section(
        st,
        t("3. Mentoring"),
        key_values(
            st,
            [
                (t("Mentoring sessions"), number(act.sessions)),
                (t("Mentoring hours"), number(act.mentoring_hours)),
                (t("Events attended"), number(act.events)),
            ],
        ),
        spacer(2),
        table(
            st,
            [t("When"), t("Mentor"), t("Topic"), t("Hours"), t("Status")],
            [
                (
                    _when(lang, s.starts_at),
                    s.mentor,
                    s.topic,
                    number(s.hours),
                    t(s.status.value.capitalize()),
                )
                for s in data.sessions
            ],
            [26, 18, 44, 10, 14],
            right=(3,),
            empty=t("No mentoring sessions in this period."),
        ),
        Paragraph(esc(t("Open actions")), st.body),
        table(
            st,
            [t("Action"), t("Owner"), t("Due")],
            [(x.description, x.owner, lang.date(x.due_on)) for x in data.open_actions],
            [70, 20, 22],
            empty=t("No open actions."),
        ),
    )
    out += section(
        st,
        t("4. Events attended"),
        table(
            st,
            [t("When"), t("Event"), t("Kind")],
            [
                (_when(lang, e.starts_at), e.title, t(e.kind.replace("_", " ").capitalize()))
                for e in data.events
            ],
            [26, 66, 20],
            empty=t("No events attended in this period."),
        ),
    )
    out += section(
        st,
        t("5. Applications in the pipeline"),
        table(
            st,
            [t("Fund"), t("Requested"), t("Status"), t("Since")],
            [
                (x.fund, money(x.amount_requested), lang.status(x.status), lang.date(x.since))
                for x in data.pipeline
            ],
            [50, 24, 24, 24],
            right=(1,),
            empty=t("No applications in the pipeline."),
        ),
    )
    return out


def write(
    data: reporting.ProgressReportData,
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the progress report of `data` to `out` in `font` (None: found automatically)."""
    write_report(
        lambda lang: (
            lang.t("Progress Report") + f" · {data.profile.name(lang.code)} · {data.period.label}"
        ),
        lambda lang: data.incubator.name(lang.code),
        lambda lang, st, font: story(data, lang, st, font),
        out,
        lang_code,
        font,
        progress,
    )


__all__ = ["fig", "story", "write"]
