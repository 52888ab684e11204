"""Portfolio report (孵化器运营报告) for the incubator and one quarter or year."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ..core.vocabularies import ApplicationStatus, Stage
from ..services import reporting, statistics
from .base import (
    Lang,
    Styles,
    esc,
    key_values,
    money,
    number,
    percent,
    period_heading,
    section,
    spacer,
    table,
)
from .charts import bar_chart, hbar_chart
from .graduation import cover
from .progress import fig
from .writing import write_report

AGGREGATE_ROWS = (
    ("revenue", "Revenue"),
    ("net_profit", "Net profit"),
    ("rd_spend", "R&D spend"),
    ("taxes_paid", "Taxes paid"),
    ("export_value", "Export value"),
    ("staff_total", "Staff"),
    ("invention_applications", "Invention patent applications"),
    ("invention_grants", "Invention patents granted"),
    ("valid_invention_patents", "Valid invention patents"),
    ("software_copyrights", "Software copyrights"),
    ("tech_contracts_value", "Technology contracts (value)"),
)


def _evidence(r: statistics.CriterionResult, lang: Lang) -> str:
    """The evidence of a criterion in a line: the tenants it counts, or where it comes from."""
    names = r.reading.tenants
    if names:
        shown = "、".join(names[:3]) + ("…" if len(names) > 3 else "")
        return lang.t("{n} tenants: {names}", n=len(names), names=shown)
    return r.reading.detail_text(lang.t)


def assessment_section(st: Styles, lang: Lang, a: statistics.Assessment) -> list[Flowable]:
    """Each level of the self-assessment: every criterion's threshold, the incubator's value,
    met or not and the evidence; then the sources and what is uncertain."""
    t = lang.t
    verdicts = {True: t("reached"), False: t("not reached"), None: t("not known yet")}
    body: list[Flowable] = [
        Paragraph(
            esc(
                t(
                    "The incubator's {year} figures against the national thresholds (Settings).",
                    year=a.year,
                )
            ),
            st.small,
        )
    ]
    notes: dict[str, int] = {}
    for level in a.levels:
        body.append(spacer(2))
        body.append(
            Paragraph(
                esc(
                    t(
                        "{level}: {verdict}",
                        level=t(statistics.LEVEL_NAMES[level.level]),
                        verdict=verdicts[level.reached],
                    )
                ),
                st.h3,
            )
        )
        rows = []
        for r in level.results:
            c = r.criterion
            mark = ""
            if c.note:
                mark = "*" * notes.setdefault(c.note, len(notes) + 1)
            name = t(statistics.METRICS[c.metric].name) + mark
            if c.group:
                name += " " + t("(or the other of its pair)")
            rows.append(
                (
                    name,
                    statistics.format_threshold(c, t),
                    statistics.format_value(c.metric, r.reading.value, t),
                    "—" if r.met is None else (t("Yes") if r.met else t("No")),
                    _evidence(r, lang),
                )
            )
        body.append(
            table(
                st,
                [t("Criterion"), t("Threshold"), t("This incubator"), t("Met"), t("Evidence")],
                rows,
                [42, 20, 18, 9, 48],
                right=(2,),
                empty=t("No criterion of this level is in use."),
            )
        )
    sources = sorted({r.criterion.source for lv in a.levels for r in lv.results})
    body.append(spacer(2))
    for source in sources:
        body.append(Paragraph(esc(t("Source: {source}", source=source)), st.small))
    for note, n in notes.items():
        body.append(Paragraph(esc("*" * n + " " + t(note)), st.small))
    return section(st, t("8. Self-assessment against the national levels"), *body)


def story(data: reporting.PortfolioReportData, lang: Lang, st: Styles, font: str) -> list[Flowable]:
    t = lang.t
    out = cover(
        st,
        lang,
        data.incubator,
        t("Incubator Portfolio Report"),
        [data.period.label, f"{lang.date(data.period.start)} – {lang.date(data.period.end)}"],
    )
    occ = data.occupancy
    out += section(
        st,
        t("1. Summary"),
        key_values(
            st,
            [
                (t("Tenants in incubation"), number(data.open_tenants)),
                (t("Occupancy by area"), "—" if occ is None else f"{occ:.1%}"),
                (t("New entries"), number(data.entries)),
                (t("Graduations"), number(data.graduations)),
                (t("Exits"), number(data.exits)),
                (t("Tenants reporting figures"), number(data.tenants_reporting)),
            ],
        ),
    )
    out += section(
        st,
        t("2. Occupancy"),
        key_values(
            st,
            [
                (t("Lettable area (m²)"), number(data.lettable_area)),
                (t("Area let (m²)"), number(data.occupancy_area)),
                (t("Lettable units"), number(data.lettable_units)),
                (t("Units let"), number(data.occupied_units)),
            ],
        ),
    )
    stages = list(Stage)
    out += section(
        st,
        t("3. Tenants by stage and industry"),
        table(
            st,
            [t("Stage"), t("Tenants at the end of the period")],
            [(lang.stage(s), number(data.by_stage.get(s, 0))) for s in stages],
            [60, 40],
            right=(1,),
        ),
        spacer(3),
        hbar_chart(
            font,
            t("Tenants in incubation by industry"),
            [(zh if lang.zh else en, n) for zh, en, n in data.by_industry],
        ),
    )
    out += section(
        st,
        t("4. Graduations and exits"),
        table(
            st,
            [t("Date"), t("Company"), t("Credit code"), t("To")],
            [
                (lang.date(m.on), m.name, m.credit_code, lang.stage(m.to_stage))
                for m in data.movements
            ],
            [22, 60, 30, 14],
            empty=t("No graduations or exits in this period."),
        ),
    )
    f, b = data.figures, data.figures_before
    prev = data.period.previous()
    now_heading = period_heading(lang, data.period.label, f.quarters)
    prev_heading = period_heading(lang, prev.label, b.quarters)
    out += section(
        st,
        t("5. Aggregated figures"),
        table(
            st,
            [t("Figure"), now_heading, prev_heading, t("Growth")],
            [
                (
                    t(label),
                    fig(f.get(k), k),
                    fig(b.get(k), k),
                    percent(reporting.growth(f.get(k), b.get(k))),
                )
                for k, label in AGGREGATE_ROWS
            ],
            [44, 26, 26, 14],
            right=(1, 2, 3),
        ),
        Paragraph(
            esc(
                t(
                    "Quarters covered: {now} ({n} tenants reporting); {prev}.",
                    now=", ".join(f.quarters) or "—",
                    n=data.tenants_reporting,
                    prev=", ".join(b.quarters) or "—",
                )
            ),
            st.small,
        ),
        spacer(3),
        bar_chart(
            font,
            t("Revenue and R&D spend of all tenants"),
            [prev_heading, now_heading],
            [
                (t("Revenue"), [b.get("revenue"), f.get("revenue")]),
                (t("R&D spend"), [b.get("rd_spend"), f.get("rd_spend")]),
            ],
            zh=lang.zh,
            money=True,
        ),
    )
    a = data.activity
    out += section(
        st,
        t("6. Mentoring and training"),
        key_values(
            st,
            [
                (t("Mentoring sessions"), number(a.sessions)),
                (t("Mentoring hours"), number(a.mentoring_hours)),
                (t("Tenants mentored"), number(a.tenants_served)),
                (t("Trainings held"), number(a.events)),
                (t("Registrations"), number(a.registered)),
                (t("Attended"), number(a.attended)),
                (
                    t("Attendance rate"),
                    "—" if a.attendance_rate is None else f"{a.attendance_rate:.1%}",
                ),
            ],
        ),
    )
    order = [s for s in ApplicationStatus if s in data.pipeline]
    out += section(
        st,
        t("7. Fund pipeline and deployment"),
        table(
            st,
            [t("Status"), t("Applications"), t("Amount requested")],
            [
                (lang.status(s), number(data.pipeline[s][0]), money(data.pipeline[s][1]))
                for s in order
            ],
            [40, 20, 30],
            right=(1, 2),
            empty=t("No fund applications."),
        ),
        spacer(2),
        table(
            st,
            [t("Fund"), t("Paid out in the period")],
            [(name, money(amount)) for name, amount in data.deployed],
            [60, 30],
            right=(1,),
            empty=t("No money paid out in this period."),
        ),
    )
    out += assessment_section(st, lang, data.assessment)
    return out


def write(
    data: reporting.PortfolioReportData,
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the portfolio report of `data` to `out` in `font` (None: found automatically)."""
    write_report(
        lambda lang: lang.t("Incubator Portfolio Report") + f" · {data.period.label}",
        lambda lang: data.incubator.name(lang.code),
        lambda lang, st, font: story(data, lang, st, font),
        out,
        lang_code,
        font,
        progress,
    )


__all__ = ["story", "write"]
