"""A tenant's statement of account (对账单) as PDF: the balance brought forward, each bill and
payment with the running balance, and what is open on the last day by age."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from ..core import clock
from ..core.money import money
from ..services import billing
from .base import Lang, ReportMeta, Styles, build_pdf, esc, key_values, section, spacer, table
from .bills import METHODS, payee_block, period_text
from .fonts import report_font

BUCKET_NAMES = ("0–30 days", "31–60 days", "61–90 days", "Over 90 days")


def entry_text(lang: Lang, entry: billing.StatementEntry) -> str:
    t = lang.t
    if entry.kind == "payment":
        how = t(METHODS[entry.method]) if entry.method is not None else ""
        return " · ".join(x for x in (t("Payment received"), how, entry.description) if x)
    names = {
        "bill": t("Bill"),
        "adjustment": t("Adjustment bill"),
        "credit_note": t("Credit note"),
    }
    return f"{names.get(entry.kind, entry.kind)} · {entry.description}"


def ageing_pairs(lang: Lang, pos: billing.AgeingRow) -> list[tuple[str, object]]:
    t = lang.t
    pairs: list[tuple[str, object]] = [(t("Not yet due"), money(pos.not_due))]
    pairs += [(t(name), money(v)) for name, v in zip(BUCKET_NAMES, pos.buckets, strict=True)]
    pairs += [
        (t("Paid ahead or credited"), money(pos.on_account)),
        (t("Deposit held"), money(pos.deposit)),
    ]
    return pairs


def story(doc: billing.StatementDocument, lang: Lang, st: Styles) -> list[Flowable]:
    t, s = lang.t, doc.statement
    out: list[Flowable] = [
        Paragraph(esc(t("Statement of account")), st.h1),
        key_values(
            st,
            [
                (t("Tenant"), doc.tenant.name(lang.code)),
                (t("Credit code"), doc.tenant.credit_code or "—"),
                (t("From"), lang.date(s.start)),
                (t("To"), lang.date(s.end)),
                (t("Balance brought forward"), money(s.opening)),
                (t("Balance on {date}", date=lang.date(s.end)), money(s.closing)),
            ],
        ),
        spacer(4),
        table(
            st,
            [t("Date"), t("Number"), t("Description"), t("Billed"), t("Paid"), t("Balance")],
            [
                (
                    lang.date(e.day),
                    e.reference,
                    entry_text(lang, e),
                    money(e.debit) if e.debit else "",
                    money(e.credit) if e.credit else "",
                    money(e.balance),
                )
                for e in s.entries
            ],
            [18, 22, 48, 20, 20, 22],
            right=(3, 4, 5),
            empty=t("Nothing billed or paid in this period."),
        ),
    ]
    pos = s.position
    out += section(
        st,
        t("Open bills on {date}", date=lang.date(s.end)),
        table(
            st,
            [t("Number"), t("Billing period"), t("Due on"), t("Left to pay"), t("Days overdue")],
            [
                (
                    b.number,
                    period_text(lang, b.period_start, b.period_end),
                    lang.date(b.due_on),
                    money(b.open),
                    str(b.days_overdue(s.end)) if b.days_overdue(s.end) else "—",
                )
                for b in pos.open_bills
            ],
            [26, 30, 22, 24, 18],
            right=(3, 4),
            empty=t("No open bills."),
        ),
        spacer(2),
        key_values(st, ageing_pairs(lang, pos)),
    )
    if s.closing > 0:
        out += payee_block(st, lang, doc.rules)
    return out


def write(
    doc: billing.StatementDocument,
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    font = font or report_font()
    lang = Lang(lang_code)
    meta = ReportMeta(
        f"{lang.t('Statement of account')} · {doc.tenant.name(lang.code)}",
        doc.incubator.name(lang.code),
        lang,
        font,
        clock.today(),
    )
    build_pdf(meta, story(doc, lang, Styles(font, lang.zh)), out, progress)


__all__ = ["BUCKET_NAMES", "ageing_pairs", "story", "write"]
