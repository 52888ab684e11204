"""Graduation report (毕业评估报告) for one tenant."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from ..services import reporting
from ..services.graduation import CRITERION_NAMES
from .base import (
    Lang,
    Styles,
    esc,
    half_width,
    key_values,
    money,
    note,
    number,
    section,
    side_by_side,
    spacer,
    table,
    year_label,
)
from .charts import bar_chart
from .writing import write_report

FIGURE_ROWS = (
    ("revenue", "Revenue"),
    ("net_profit", "Net profit"),
    ("rd_spend", "R&D spend"),
    ("taxes_paid", "Taxes paid"),
    ("staff_total", "Staff"),
    ("staff_rd", "R&D staff"),
    ("invention_applications", "Invention patent applications"),
    ("valid_invention_patents", "Valid invention patents"),
    ("software_copyrights", "Software copyrights"),
)


def _fig(value: Decimal | None, key: str) -> str:
    return money(value) if key in reporting.MONEY else number(value)


def cover(
    st: Styles, lang: Lang, incubator: reporting.IncubatorInfo, title: str, lines: list[str]
) -> list[Flowable]:
    out: list[Flowable] = [spacer(30)]
    if incubator.logo:  # checked by the service when it was chosen and when it is read
        img = Image(io.BytesIO(incubator.logo))
        ratio = img.imageWidth / max(img.imageHeight, 1)
        img.drawHeight = 28 * mm
        img.drawWidth = min(28 * mm * ratio, 120 * mm)
        out += [img, spacer(8)]
    out.append(Paragraph(esc(incubator.name(lang.code) or lang.t("Incubator")), st.subtitle))
    out += [spacer(18), Paragraph(esc(title), st.title), spacer(10)]
    out += [Paragraph(esc(x), st.subtitle) for x in lines]
    out += [PageBreak()]
    return out


def signature_block(st: Styles, lang: Lang) -> Flowable:
    """Signature and date on lines at the left, the seal's box at the right, its word in the
    middle of the box: the layout of a signed and stamped Chinese form."""
    t = lang.t
    seal = ParagraphStyle("seal", parent=st.small, alignment=TA_CENTER, textColor="#888888")
    date_hint = ParagraphStyle("dateHint", parent=st.body, alignment=TA_RIGHT)
    cells = [
        [
            Paragraph(esc(t("Person in charge (signature):")), st.body),
            "",
            "",
            Paragraph(esc(t("(seal)")), seal),  # a spanned cell holds its text in its first
        ],
        [
            Paragraph(esc(t("Date:")), st.body),
            Paragraph(esc(t("year  month  day")), date_hint) if lang.zh else "",
            "",
            "",
        ],
    ]
    t_ = Table(
        cells,
        colWidths=[38 * mm, 62 * mm, 26 * mm, 44 * mm],
        rowHeights=[22 * mm, 22 * mm],
    )
    t_.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.font),
                ("VALIGN", (0, 0), (1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, "#000000"),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, "#000000"),
                ("SPAN", (3, 0), (3, 1)),
                ("BOX", (3, 0), (3, 1), 0.6, "#888888"),
                ("VALIGN", (3, 0), (3, 1), "MIDDLE"),
                ("ALIGN", (3, 0), (3, 1), "CENTER"),
            ]
        )
    )
    return t_


def story(
    data: reporting.GraduationReportData, lang: Lang, st: Styles, font: str
) -> list[Flowable]:
    p = data.profile
    g = data.graduation
    t = lang.t
    out = cover(
        st,
        lang,
        data.incubator,
        t("Graduation Assessment Report"),
        [p.name(lang.code), p.credit_code, lang.date(data.on)],
    )
    # 1. company profile
    out += section(
        st,
        t("1. Company profile"),
        key_values(
            st,
            [
                (t("Company"), p.name_zh),
                (t("English name"), p.name_en or "—"),
                (t("Credit code"), p.credit_code),
                (t("Founded"), lang.date(p.founded_on)),
                (t("Industry"), p.industry(lang.code) or "—"),
                (
                    t("Technology field"),
                    (p.tech_field_en if not lang.zh else p.tech_field_zh) or "—",
                ),
                (t("Registered capital"), money(p.registered_capital)),
                (t("Founders"), "、".join(p.founders) if lang.zh else ", ".join(p.founders) or "—"),
                (t("Entered the incubator"), lang.date(p.entry_date)),
                (t("Current stage"), lang.stage(p.stage)),
                (t("High-Tech Enterprise"), t("Yes") if p.high_tech else t("No")),
                (t("Address in the park"), p.address or "—"),
            ],
        ),
    )
    # 2. timeline
    out += section(
        st,
        t("2. Incubation timeline"),
        table(
            st,
            [t("Date"), t("From"), t("To"), t("Reason")],
            [
                (lang.date(s.on), lang.stage(s.from_stage), lang.stage(s.to_stage), s.reason)
                for s in data.stages
            ],
            [24, 20, 20, 60],
            empty=t("No stage changes recorded."),
        ),
        spacer(3),
        table(
            st,
            [t("Space"), t("Area (m²)"), t("Desks"), t("From"), t("Until")],
            [
                (
                    f"{s.building}-{s.unit}",
                    number(s.area_m2),
                    number(s.desks) if s.desks else "—",
                    lang.date(s.start),
                    lang.date(s.end) if s.end else t("open-ended"),
                )
                for s in data.spaces
            ],
            [30, 18, 14, 26, 26],
            right=(1, 2),
            empty=t("No spaces allocated."),
        ),
    )
    # 3. figures entry vs now
    entry_q = data.entry.quarters[0] if data.entry.quarters else "—"
    latest_q = data.latest.quarters[-1] if data.latest.quarters else "—"
    body: list[Flowable] = []
    if data.entry.empty:
        body.append(note(st, t("No quarterly figures have been recorded for this tenant.")))
    else:
        body.append(
            table(
                st,
                [t("Figure"), t("At entry ({q})", q=entry_q), t("Latest ({q})", q=latest_q)],
                [
                    (t(label), _fig(data.entry.get(k), k), _fig(data.latest.get(k), k))
                    for k, label in FIGURE_ROWS
                ],
                [50, 30, 30],
                right=(1, 2),
            )
        )
        years = data.years
        labels = [year_label(lang, y.year, y.quarters) for y in years]
        partial = [y for y in years if len(set(y.quarters)) < 4]
        body += [
            spacer(3),
            side_by_side(
                font,
                bar_chart(
                    font,
                    t("Annual revenue and R&D spend"),
                    labels,
                    [
                        (t("Revenue"), [y.revenue for y in years]),
                        (t("R&D spend"), [y.rd_spend for y in years]),
                    ],
                    zh=lang.zh,
                    width=half_width(),
                    money=True,
                ),
                bar_chart(
                    font,
                    t("Staff at the end of each year"),
                    labels,
                    [(t("Staff"), [y.staff_total for y in years])],
                    zh=lang.zh,
                    width=half_width(),
                ),
            ),
        ]
        if partial and len(years) > 1:
            body.append(
                Paragraph(
                    esc(
                        "  ".join(
                            t(
                                "{year}: figures for {quarters} only, beside full years.",
                                year=y.year,
                                quarters=year_label(lang, y.year, y.quarters)
                                .removeprefix(f"{y.year}年")
                                .removeprefix(f"{y.year} "),
                            )
                            for y in partial
                        )
                    ),
                    st.small,
                )
            )
    out += section(st, t("3. Figures at entry and now"), *body)
    # 4. funding
    f = data.funding
    fund_body: list[Flowable] = [
        key_values(
            st,
            [
                (t("Outside investment"), money(f.outside)),
                (t("From the incubator's funds"), money(f.from_funds)),
                (t("Cumulative investment"), money(f.total)),
            ],
        ),
        spacer(2),
        table(
            st,
            [t("Date"), t("Source"), t("Amount")],
            [(lang.date(x.on), x.source, money(x.amount)) for x in f.lines],
            [24, 70, 26],
            right=(2,),
            empty=t("No investment recorded."),
        ),
    ]
    if f.applications:
        fund_body += [
            spacer(2),
            table(
                st,
                [t("Fund"), t("Requested"), t("Approved"), t("Status"), t("Since")],
                [
                    (
                        a.fund,
                        money(a.amount_requested),
                        money(a.amount_approved),
                        lang.status(a.status),
                        lang.date(a.since),
                    )
                    for a in f.applications
                ],
                [40, 22, 22, 22, 22],
                right=(1, 2),
            ),
        ]
    out += section(st, t("4. Funding received"), *fund_body)
    # 5. mentoring and training
    a = data.activity
    out += section(
        st,
        t("5. Mentoring and training"),
        key_values(
            st,
            [
                (t("Mentoring sessions"), number(a.sessions)),
                (t("Mentoring hours"), number(a.mentoring_hours)),
                (t("Events attended"), number(a.events)),
            ],
        ),
    )
    # 6. criteria
    r = data.rules
    out += section(
        st,
        t("6. Graduation criteria"),
        Paragraph(
            esc(
                t(
                    "A tenant may graduate when it meets at least {n} of the criteria in use.",
                    n=r.min_criteria,
                )
            ),
            st.body,
        ),
        spacer(2),
        table(
            st,
            [t("Criterion"), t("Met"), t("Evidence")],
            [
                (
                    t(reporting_name(c.key)) + ("" if c.enabled else t(" (not in use)")),
                    t("Yes") if c.met else t("No"),
                    lang.t(c.template, **c.params),
                )
                for c in g.criteria
            ],
            [38, 12, 70],
        ),
        spacer(2),
        key_values(
            st,
            [
                (t("Months in incubation"), number(g.months_in_incubation)),
                (t("Incubation limit"), t("{n} months", n=g.limit_months)),
                (t("Limit reached on"), lang.date(g.limit_date)),
                (t("Overdue"), t("Yes") if g.overdue else t("No")),
                (
                    t("Admitted within {n} months of founding", n=r.admission_max_months),
                    "—"
                    if g.admitted_within_limit is None
                    else (t("Yes") if g.admitted_within_limit else t("No")),
                ),
                (t("Criteria met"), f"{g.criteria_met} / {len(r.enabled())}"),
            ],
        ),
    )
    # 7. recommendation, kept on one page with the signature and seal blocks
    out.append(
        KeepTogether(
            [
                Paragraph(esc(t("7. Recommendation")), st.h2),
                Paragraph(esc(recommendation(data, lang)), st.body),
                spacer(6),
                signature_block(st, lang),
            ]
        )
    )
    return out


def reporting_name(key: str) -> str:
    return CRITERION_NAMES[key]


def recommendation(data: reporting.GraduationReportData, lang: Lang) -> str:
    g, t = data.graduation, lang.t
    met = [t(reporting_name(c.key)) for c in g.criteria if c.enabled and c.met]
    joined = "、".join(met) if lang.zh else "; ".join(met)
    if g.stage.value == "graduated":
        return t("The company graduated on {date}.", date=lang.date(data.profile.graduated_on))
    if g.stage.value == "exited":
        return t("The company has left the incubator; no graduation is proposed.")
    if g.eligible:
        return t(
            "The company meets {n} graduation criteria ({names}). We recommend that it "
            "graduate from the incubator.",
            n=g.criteria_met,
            names=joined,
        )
    if g.overdue:
        return t(
            "The company does not yet meet the graduation criteria and has passed its "
            "incubation limit of {n} months: the incubator should decide whether it leaves "
            "or is granted an extension.",
            n=g.limit_months,
        )
    remaining = ""
    if g.limit_date is not None:
        remaining = lang.date(g.limit_date)
    return t(
        "The company does not yet meet the graduation criteria; it continues its incubation "
        "(limit reached on {date}).",
        date=remaining or "—",
    )


def write(
    data: reporting.GraduationReportData,
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the graduation report of `data` to `out` in `font` (None: found automatically)."""
    write_report(
        lambda lang: lang.t("Graduation Assessment Report") + " · " + data.profile.name(lang.code),
        lambda lang: data.incubator.name(lang.code),
        lambda lang, st, font: story(data, lang, st, font),
        out,
        lang_code,
        font,
        progress,
    )


__all__ = ["cover", "recommendation", "story", "write"]
