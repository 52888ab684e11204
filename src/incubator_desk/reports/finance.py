"""The finance export (.xlsx): a year's bills, their lines with account codes (科目), payments
and year-end balances, for the finance software; the account codes used on the last sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..core.vocabularies import BillStatus, PaymentStatus
from ..services import billing
from ..services.spreadsheets import Sheet, Workbook
from .base import Lang
from .bills import CHARGES, METHODS, TITLES
from .statements import BUCKET_NAMES

MONEY_FORMAT = "#,##0.00"
ACCOUNTS = {
    **{kind.value: name for kind, name in CHARGES.items()},
    **{method.value: name for method, name in METHODS.items()},
    "receivable": "Receivable",
    "deposit": "Deposits held",
}


def _sheet(
    wb: Workbook,
    lang: Lang,
    title: str,
    headers: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[Any]],
    money_columns: Sequence[int] = (),
) -> Sheet:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = wb.sheet(lang.t(title))
    sheet.append([lang.t(h) for h, _w in headers])
    for cell in sheet.ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for i, (_h, width) in enumerate(headers, start=1):
        sheet.ws.column_dimensions[get_column_letter(i)].width = width
    for col in money_columns:
        for (cell,) in sheet.ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = MONEY_FORMAT
    sheet.ws.freeze_panes = "A2"
    return sheet


def workbook_bytes(
    data: billing.FinanceData,
    lang_code: str = "zh",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    lang = Lang(lang_code)
    t = lang.t
    report = progress or (lambda _d, _o: None)
    wb = Workbook()
    status = {BillStatus.ISSUED: t("Issued"), BillStatus.CANCELLED: t("Cancelled")}
    _sheet(
        wb,
        lang,
        "Bills",
        [
            ("Number", 15), ("Kind", 12), ("Status", 8), ("Tenant", 30), ("Credit code", 21),
            ("Period from", 12), ("Period to", 12), ("Issued on", 12), ("Due on", 12),
            ("Total (¥)", 14), ("Left to pay (¥)", 14), ("Corrects bill", 15), ("Reason", 24),
        ],
        [
            (
                b.number, t(TITLES[b.kind]), status[b.status], b.tenant, b.credit_code,
                b.period_start, b.period_end, b.issued_on, b.due_on, b.total,
                b.open if b.status is BillStatus.ISSUED else None, b.corrects, b.cancel_reason,
            )
            for b in data.bills
        ],
        money_columns=(10, 11),
    )  # fmt: skip
    report(1, 5)
    _sheet(
        wb,
        lang,
        "Bill lines",
        [
            ("Number", 15), ("Issued on", 12), ("Tenant", 30), ("Item", 14), ("For", 20),
            ("From", 12), ("To", 12), ("Amount (¥)", 14), ("Debit account", 14),
            ("Credit account", 14),
        ],
        [
            (
                ln.number, ln.issued_on, ln.tenant, t(CHARGES[ln.kind]), ln.label,
                ln.service_from, ln.service_to, ln.amount, ln.debit, ln.credit,
            )
            for ln in data.lines
        ],
        money_columns=(8,),
    )  # fmt: skip
    report(2, 5)
    pay_status = {PaymentStatus.RECORDED: t("Recorded"), PaymentStatus.CANCELLED: t("Cancelled")}
    _sheet(
        wb,
        lang,
        "Payments",
        [
            ("Number", 15), ("Received on", 12), ("Tenant", 30), ("Amount (¥)", 14),
            ("Method", 12), ("Reference", 22), ("Invoice number", 16), ("Bills paid", 30),
            ("Status", 8), ("Debit account", 14), ("Credit account", 14),
        ],
        [
            (
                p.payment.number, p.payment.received_on, p.payment.tenant_name,
                p.payment.amount, t(METHODS[p.payment.method]), p.payment.reference,
                p.payment.invoice_number, p.payment.bills, pay_status[p.payment.status],
                p.debit, p.credit,
            )
            for p in data.payments
        ],
        money_columns=(4,),
    )  # fmt: skip
    report(3, 5)
    _sheet(
        wb,
        lang,
        "Balances",
        [
            ("Tenant", 30), ("Credit code", 21), ("Not yet due (¥)", 14),
            *((f"{name} (¥)", 14) for name in BUCKET_NAMES),
            ("Paid ahead or credited (¥)", 16), ("Balance (¥)", 14), ("Deposit held (¥)", 14),
        ],
        [
            (
                r.tenant_name, r.credit_code, r.not_due, *r.buckets, r.on_account, r.balance,
                r.deposit,
            )
            for r in data.balances
        ],
        money_columns=tuple(range(3, 11)),
    )  # fmt: skip
    report(4, 5)
    _sheet(
        wb,
        lang,
        "Account codes",
        [("What", 24), ("Account code", 16)],
        [(t(ACCOUNTS.get(key, key)), code) for key, code in data.codes],
    )
    report(5, 5)
    return wb.to_bytes()


__all__ = ["ACCOUNTS", "METHODS", "workbook_bytes"]
