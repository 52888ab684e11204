"""Reminder letters (催缴通知书) as PDF: to each tenant in arrears, its overdue bills, the total
and the day to pay by, signed for the incubator; one letter a page in a batch."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..core import clock
from ..core.money import money
from ..services import billing
from .base import Lang, PartStart, ReportMeta, Styles, build_pdf, esc, key_values, spacer, table
from .bills import payee_block, period_text
from .fonts import report_font


def letter(doc: billing.ReminderLetter, lang: Lang, st: Styles) -> list[Flowable]:
    t = lang.t
    centred = ParagraphStyle("letter_title", parent=st.h1, alignment=TA_CENTER, fontSize=18)
    right = ParagraphStyle("letter_sign", parent=st.body, alignment=TA_RIGHT)
    tenant = doc.tenant.name(lang.code)
    out: list[Flowable] = [
        Paragraph(esc(t("Payment reminder")), centred),
        spacer(4),
        Paragraph(esc(t("To: {tenant}", tenant=tenant)), st.body),
        spacer(2),
        Paragraph(
            esc(
                t(
                    "According to our records, on {date} the following bills of yours are past "
                    "their due date and not paid, {total} in all:",
                    date=lang.date(doc.on),
                    total=money(doc.total),
                )
            ),
            st.body,
        ),
        spacer(2),
        table(
            st,
            [
                t("Number"),
                t("Billing period"),
                t("Due on"),
                t("Days overdue"),
                t("Left to pay"),
            ],
            [
                (
                    b.number,
                    period_text(lang, b.period_start, b.period_end),
                    lang.date(b.due_on),
                    str(b.days_overdue(doc.on)),
                    money(b.open),
                )
                for b in doc.overdue
            ],
            [28, 32, 24, 18, 26],
            right=(3, 4),
        ),
        spacer(2),
        key_values(st, [(t("Total overdue"), money(doc.total))], cols=1),
        spacer(3),
        Paragraph(
            esc(
                t(
                    "Please pay {total} by {date}, quoting the bill numbers. If you have paid "
                    "in the meantime, please let us know the payment's reference and disregard "
                    "this letter.",
                    total=money(doc.total),
                    date=lang.date(doc.pay_by),
                )
            ),
            st.body,
        ),
    ]
    out += payee_block(st, lang, doc.rules)
    if doc.position.deposit:
        out.append(spacer(2))
        out.append(
            Paragraph(
                esc(t("Your deposit held: {amount}.", amount=money(doc.position.deposit))),
                st.small,
            )
        )
    out += [
        spacer(12),
        Paragraph(esc(doc.incubator.name(lang.code)), right),
        Paragraph(esc(t("Seal:")) + "&nbsp;" * 24, right),
        Paragraph(esc(lang.date(doc.on)), right),
    ]
    return out


def write_letters(
    docs: Sequence[billing.ReminderLetter],
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """One PDF of letters, each starting a page and numbering its own pages."""
    font = font or report_font()
    lang = Lang(lang_code)
    st = Styles(font, lang.zh)
    story: list[Flowable] = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story.append(PartStart(doc.tenant.tenant_id))
        story += letter(doc, lang, st)
    if not story:
        story.append(Paragraph(esc(lang.t("No tenant is in arrears.")), st.body))
    incubator = docs[0].incubator.name(lang.code) if docs else ""
    meta = ReportMeta(lang.t("Payment reminder"), incubator, lang, font, clock.today())
    build_pdf(meta, story, out, progress)


__all__ = ["letter", "write_letters"]
