"""What the billing documents print: bills (one, or a period's batch), statements, reminder
letters (催缴通知书), and the finance export's bills, lines, payments and balances. Plain data
for reports/; every figure comes from the same functions the window shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from ...core.vocabularies import BillKind, BillStatus, ChargeKind, PaymentStatus
from ...db import Database
from ...models import Bill, BillLine, Tenant
from ..reporting import IncubatorInfo, incubator_info
from .bills import BillDetail, BillRow, bill_detail, bill_rows
from .ledger import ZERO
from .payments import PaymentRow, list_payments
from .receivables import AgeingRow, OpenBill, Statement, ageing, statement, tenant_position
from .rules import DEFAULT_ACCOUNT_CODES, BillingRules, billing_rules


@dataclass(frozen=True)
class Party:
    """The tenant a document is addressed to."""

    tenant_id: int
    name_zh: str
    name_en: str
    credit_code: str
    address: str

    def name(self, lang: str) -> str:
        return (self.name_zh or self.name_en) if lang == "zh" else (self.name_en or self.name_zh)


@dataclass(frozen=True)
class BillDocument:
    incubator: IncubatorInfo
    rules: BillingRules
    tenant: Party
    detail: BillDetail

    @property
    def subsidy(self) -> Decimal:
        """The rent subsidy this bill carries (a positive amount)."""
        return -sum((ln.amount for ln in self.detail.lines if ln.kind is ChargeKind.SUBSIDY), ZERO)


def _party(db: Database, tenant_id: int) -> Party:
    with db.read() as s:
        t = s.get(Tenant, tenant_id)
        if t is None:
            return Party(tenant_id, "", "", "", "")
        return Party(t.id, t.name_zh, t.name_en, t.credit_code or "", t.park_address)


def bill_documents(db: Database, bill_ids: list[int]) -> list[BillDocument]:
    """The bills to print, in the order given."""
    info, rules = incubator_info(db), billing_rules(db)
    parties: dict[int, Party] = {}
    out = []
    for row in bill_rows(db, bill_ids):
        if row.tenant_id not in parties:
            parties[row.tenant_id] = _party(db, row.tenant_id)
        out.append(BillDocument(info, rules, parties[row.tenant_id], bill_detail(db, row.id)))
    return out


def period_bill_ids(db: Database, month: dt.date) -> list[int]:
    """The bills issued for the periods holding `month`, not cancelled, by tenant and number:
    what the period's batch print holds."""
    first = month.replace(day=1)
    with db.read() as s:
        return list(
            s.scalars(
                select(Bill.id)
                .join(Tenant, Tenant.id == Bill.tenant_id)
                .where(
                    Bill.status == BillStatus.ISSUED,
                    Bill.period_start <= first,
                    Bill.period_end >= first,
                )
                .order_by(Tenant.name_zh, Bill.number)
            )
        )


@dataclass(frozen=True)
class StatementDocument:
    incubator: IncubatorInfo
    rules: BillingRules
    tenant: Party
    statement: Statement


def statement_document(
    db: Database, tenant_id: int, start: dt.date, end: dt.date
) -> StatementDocument:
    return StatementDocument(
        incubator_info(db),
        billing_rules(db),
        _party(db, tenant_id),
        statement(db, tenant_id, start, end),
    )


@dataclass(frozen=True)
class ReminderLetter:
    """A 催缴通知书: the overdue bills of one tenant on a day, and the day to pay by."""

    incubator: IncubatorInfo
    rules: BillingRules
    tenant: Party
    on: dt.date
    pay_by: dt.date
    overdue: list[OpenBill]
    position: AgeingRow

    @property
    def total(self) -> Decimal:
        return sum((b.open for b in self.overdue), ZERO)


def reminder_letters(
    db: Database, on: dt.date, tenant_ids: list[int] | None = None
) -> list[ReminderLetter]:
    """A letter for each tenant with bills past due on `on` (those of `tenant_ids` if given),
    the most overdue first."""
    info, rules = incubator_info(db), billing_rules(db)
    if tenant_ids is None:
        positions = ageing(db, on, only_overdue=True)
    else:
        positions = [tenant_position(db, t, on) for t in tenant_ids]
    out = []
    for pos in positions:
        late = [b for b in pos.open_bills if b.days_overdue(on) > 0]
        if not late:
            continue
        out.append(
            ReminderLetter(
                info,
                rules,
                _party(db, pos.tenant_id),
                on,
                on + dt.timedelta(days=rules.reminder_days),
                late,
                pos,
            )
        )
    return out


# --- the finance export -----------------------------------------------------------------------


@dataclass(frozen=True)
class ExportBill:
    number: str
    kind: BillKind
    status: BillStatus
    tenant: str
    credit_code: str
    period_start: dt.date
    period_end: dt.date
    issued_on: dt.date
    due_on: dt.date
    total: Decimal
    open: Decimal
    corrects: str
    cancel_reason: str


@dataclass(frozen=True)
class ExportLine:
    number: str
    issued_on: dt.date
    tenant: str
    kind: ChargeKind
    label: str
    service_from: dt.date
    service_to: dt.date
    amount: Decimal
    debit: str  # account codes: the receivable against the charge's income
    credit: str


@dataclass(frozen=True)
class ExportPayment:
    payment: PaymentRow
    debit: str  # the payment method's account against the receivable
    credit: str


@dataclass(frozen=True)
class FinanceData:
    year: int
    incubator: IncubatorInfo
    rules: BillingRules
    bills: list[ExportBill]
    lines: list[ExportLine]
    payments: list[ExportPayment]
    balances: list[AgeingRow]  # on the last day of the year
    codes: list[tuple[str, str]]  # (what, account code), in the rules' order


def finance_data(db: Database, year: int) -> FinanceData:
    """Bills, their lines with account codes, payments and year-end balances of `year`.

    Cancelled bills and payments are listed (with their reason) but carry no lines."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    rules = billing_rules(db)
    receivable = rules.code("receivable")
    rows = _bills_issued(db, start, end)
    with db.read() as s:
        names = {
            t.id: (t.name_zh or t.name_en, t.credit_code or "")
            for t in s.scalars(select(Tenant).where(Tenant.id.in_({r.tenant_id for r in rows})))
        }
        lines = [
            ExportLine(
                number,
                issued,
                names.get(tenant_id, ("", ""))[0],
                ln.kind,
                ln.label,
                ln.service_from,
                ln.service_to,
                ln.amount,
                receivable,
                rules.code(ln.kind.value),
            )
            for number, issued, tenant_id, ln in s.execute(
                select(Bill.number, Bill.issued_on, Bill.tenant_id, BillLine)
                .join(BillLine, BillLine.bill_id == Bill.id)
                .where(Bill.status == BillStatus.ISSUED, Bill.issued_on.between(start, end))
                .order_by(Bill.issued_on, Bill.number, BillLine.position)
            )
        ]
    bills = [
        ExportBill(
            r.number,
            r.kind,
            r.status,
            r.tenant_name,
            names.get(r.tenant_id, ("", ""))[1],
            r.period_start,
            r.period_end,
            r.issued_on,
            r.due_on,
            r.total,
            r.open,
            r.corrects,
            r.cancel_reason,
        )
        for r in sorted(rows, key=lambda r: (r.issued_on, r.number))
    ]
    payments = [
        ExportPayment(
            p,
            rules.code(p.method.value) if p.status is PaymentStatus.RECORDED else "",
            receivable if p.status is PaymentStatus.RECORDED else "",
        )
        for p in sorted(list_payments(db, start, end), key=lambda p: (p.received_on, p.number))
    ]
    balances = sorted(ageing(db, end), key=lambda r: r.tenant_name)
    codes = [(key, rules.code(key)) for key in DEFAULT_ACCOUNT_CODES]
    return FinanceData(year, incubator_info(db), rules, bills, lines, payments, balances, codes)


def _bills_issued(db: Database, start: dt.date, end: dt.date) -> list[BillRow]:
    with db.read() as s:
        ids = list(
            s.scalars(select(Bill.id).where(Bill.issued_on.between(start, end)).order_by(Bill.id))
        )
    return bill_rows(db, ids)


__all__ = [
    "BillDocument",
    "ExportBill",
    "ExportLine",
    "ExportPayment",
    "FinanceData",
    "Party",
    "ReminderLetter",
    "StatementDocument",
    "bill_documents",
    "finance_data",
    "period_bill_ids",
    "reminder_letters",
    "statement_document",
]
