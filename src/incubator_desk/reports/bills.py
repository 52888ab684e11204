"""Bills as PDF (账单): one bill, or a period's bills in one file for printing, each numbering
its own pages. Money to the fen, as billed (not the reports' whole yuan)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph

from ..core import clock
from ..core.money import money
from ..core.vocabularies import BillKind, BillStatus, ChargeKind, PaymentMethod
from ..services import billing
from .base import (
    KeepTogether,
    Lang,
    PartStart,
    ReportMeta,
    Styles,
    build_pdf,
    esc,
    key_values,
    note,
    spacer,
    table,
)
from .fonts import report_font

TITLES = {
    BillKind.BILL: "Bill",
    BillKind.ADJUSTMENT: "Adjustment bill",
    BillKind.CREDIT_NOTE: "Credit note",
}
CHARGES = {
    ChargeKind.RENT: "Rent",
    ChargeKind.SUBSIDY: "Rent subsidy",
    ChargeKind.PROPERTY_FEE: "Property fee",
    ChargeKind.ELECTRICITY: "Electricity",
    ChargeKind.WATER: "Water",
    ChargeKind.ROOM_BOOKING: "Meeting room",
    ChargeKind.EQUIPMENT_BOOKING: "Equipment",
    ChargeKind.SERVICE_FEE: "Service fee",
}
METHODS = {
    PaymentMethod.BANK_TRANSFER: "Bank transfer",
    PaymentMethod.CASH: "Cash",
    PaymentMethod.WECHAT: "WeChat Pay",
    PaymentMethod.ALIPAY: "Alipay",
    PaymentMethod.CHEQUE: "Cheque",
    PaymentMethod.DEPOSIT: "From the deposit",
}
UNITS = {ChargeKind.ELECTRICITY: "kWh", ChargeKind.WATER: "m³"}


def period_text(lang: Lang, start: dt.date, end: dt.date) -> str:
    """A billing period: "2026-11", or "2026-10 – 2026-12" for a quarter."""
    if (start.year, start.month) == (end.year, end.month):
        return lang.t("{year}-{month:02d}", year=start.year, month=start.month)
    return f"{start:%Y-%m} – {end:%Y-%m}"


def _num(value: Any) -> str:
    d = Decimal(str(value)).normalize()
    return f"{d:,f}"


def _days(lang: Lang, line: billing.LineRow) -> str:
    return lang.t(
        "{start} – {end}, {days}/{of} days",
        start=f"{line.service_from:%m-%d}",
        end=f"{line.service_to:%m-%d}",
        days=line.detail.get("days", ""),
        of=line.detail.get("of", ""),
    )


def line_details(lang: Lang, line: billing.LineRow) -> str:
    """How a line's amount was worked out, in the document's language."""
    t, d, kind = lang.t, line.detail, line.kind
    if line.withdrawn:
        text = t("no longer charged")
    elif kind is ChargeKind.RENT:
        text = _days(lang, line) + " × " + t("{rent} a month", rent=money(line.unit_price))
    elif kind is ChargeKind.SUBSIDY:
        parts = [
            t(
                "{start} – {end} at {percent} %",
                start=sp["from"][5:],
                end=sp["to"][5:],
                percent=_num(sp["value"]),
            )
            for sp in d.get("spans", [])
        ]
        text = _semi(lang).join(parts)
    elif kind is ChargeKind.PROPERTY_FEE:
        text = _days(lang, line) + _comma(lang) + t("{area} m²", area=_num(line.quantity or 0))
        if line.unit_price is not None:
            text += " × " + t("{rate} per m² and month", rate=money(line.unit_price))
        else:
            text += _comma(lang) + t("at the rates in force each day")
    elif kind in UNITS:
        text = t(
            "meter {a} → {b} ({start} – {end})",
            a=_num(d.get("from_value", 0)),
            b=_num(d.get("to_value", 0)),
            start=f"{line.service_from:%m-%d}",
            end=f"{line.service_to:%m-%d}",
        )
        if d.get("desks"):
            text += _semi(lang) + t("{n} of {total} desks", n=d["desks"], total=d["desk_count"])
        text += _semi(lang) + f"{_num(line.quantity or 0)} {UNITS[kind]} × {money(line.unit_price)}"
    elif kind in (ChargeKind.ROOM_BOOKING, ChargeKind.EQUIPMENT_BOOKING):
        text = t(
            "{starts}–{ends}: {hours} h × {rate}",
            starts=d.get("starts", ""),
            ends=d.get("ends", ""),
            hours=_num(line.quantity or 0),
            rate=money(line.unit_price),
        )
    else:
        text = lang.date(line.service_from)
    if line.previous_amount is not None:
        text += _semi(lang) + t(
            "now {now}, billed before {before}",
            now=money(line.previous_amount + line.amount),
            before=money(line.previous_amount),
        )
    return text


def _comma(lang: Lang) -> str:
    return "，" if lang.zh else ", "


def _semi(lang: Lang) -> str:
    return "；" if lang.zh else "; "


def line_item(lang: Lang, line: billing.LineRow) -> str:
    return f"{lang.t(CHARGES[line.kind])} {line.label}".strip()


def payee_block(st: Styles, lang: Lang, rules: billing.BillingRules) -> list[Flowable]:
    """Where to pay, when the incubator has said (Settings → Billing)."""
    pairs = [
        (lang.t("Payee"), rules.payee),
        (lang.t("Bank"), rules.bank),
        (lang.t("Account"), rules.bank_account),
    ]
    pairs = [(k, v) for k, v in pairs if v]
    return [spacer(3), key_values(st, pairs, cols=1)] if pairs else []


def bill_story(doc: billing.BillDocument, lang: Lang, st: Styles) -> list[Flowable]:
    t = lang.t
    bill, detail = doc.detail.bill, doc.detail
    heading = f"{t(TITLES[bill.kind])} · {bill.number}"
    pairs: list[tuple[str, object]] = [
        (t("Tenant"), doc.tenant.name(lang.code)),
        (t("Credit code"), doc.tenant.credit_code or "—"),
        (t("Address in the park"), doc.tenant.address or "—"),
        (t("Billing period"), period_text(lang, bill.period_start, bill.period_end)),
        (t("Issued on"), lang.date(bill.issued_on)),
        (t("Due on"), lang.date(bill.due_on)),
    ]
    if bill.corrects:
        pairs.append((t("Corrects bill"), bill.corrects))
    out: list[Flowable] = [Paragraph(esc(heading), st.h1), key_values(st, pairs), spacer(4)]
    rows = [(line_item(lang, ln), line_details(lang, ln), money(ln.amount)) for ln in detail.lines]
    out.append(table(st, [t("Item"), t("Details"), t("Amount")], rows, [36, 100, 24], right=(2,)))
    totals: list[tuple[str, object]] = [(t("Total"), money(bill.total))]
    if doc.subsidy:
        totals.append((t("Of which rent subsidy"), money(-doc.subsidy)))
    if bill.kind is not BillKind.CREDIT_NOTE:
        totals += [(t("Paid"), money(bill.paid)), (t("Left to pay"), money(bill.open))]
    out += [spacer(2), key_values(st, totals, cols=2)]
    if bill.status is BillStatus.CANCELLED:
        out.append(note(st, t("Cancelled: {reason}", reason=bill.cancel_reason)))
    elif bill.kind is BillKind.CREDIT_NOTE:
        out.append(
            note(st, t("This credit note lowers what you owe; it is used against your bills."))
        )
    elif bill.open > 0:
        out.append(spacer(2))
        out.append(
            Paragraph(
                esc(
                    t(
                        "Please pay {amount} by {date}, quoting the bill number {number}.",
                        amount=money(bill.open),
                        date=lang.date(bill.due_on),
                        number=bill.number,
                    )
                ),
                st.body,
            )
        )
        out += payee_block(st, lang, doc.rules)
    if doc.subsidy:
        out.append(spacer(2))
        out.append(
            Paragraph(
                esc(
                    t(
                        "The rent subsidy is the incubator's support under its subsidy policy; "
                        "it is shown so that you see the rent in full."
                    )
                ),
                st.small,
            )
        )
    return [KeepTogether(out[:2]), *out[2:]]


def write_bills(
    docs: Sequence[billing.BillDocument],
    out: Path | io.BytesIO,
    lang_code: str = "zh",
    font: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    title: str = "",
) -> None:
    """One PDF holding `docs`, each bill starting a page and numbering its own pages."""
    font = font or report_font()
    lang = Lang(lang_code)
    st = Styles(font, lang.zh)
    story: list[Flowable] = []
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story.append(PartStart(doc.detail.bill.number))
        story += bill_story(doc, lang, st)
    if not story:
        story.append(Paragraph(esc(lang.t("No bills.")), st.body))
    first = docs[0] if docs else None
    incubator = first.incubator.name(lang.code) if first else ""
    if not title:
        title = (
            f"{lang.t(TITLES[first.detail.bill.kind])} · {first.detail.bill.number}"
            if first is not None and len(docs) == 1
            else lang.t("Bills")
        )
    meta = ReportMeta(title, incubator, lang, font, clock.today())
    build_pdf(meta, story, out, progress)


__all__ = [
    "CHARGES",
    "METHODS",
    "TITLES",
    "line_details",
    "line_item",
    "payee_block",
    "period_text",
    "write_bills",
]
