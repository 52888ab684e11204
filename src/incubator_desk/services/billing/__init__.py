"""Billing and receivables: bills made from allocations and other charges, payments, deposits,
arrears, statements and the finance export.

- `rules`: days to pay, payee, account codes (a shared setting); dated rates (物业费, utilities,
  meeting-room hours). `terms`: a tenant billed monthly or quarterly.
- `meters`, `fees`: meter readings per unit; one-off service fees.
- `charges`: what each tenant should pay for whole months (rent and subsidy as the rent roll
  has them, property fee, utilities, paid bookings, fees), each charge keyed by its source.
- `runs`: the month's billing run, which bills only differences, so it can run again.
- `bills`, `payments`, `deposits`: reading and cancelling bills; payments spread over bills;
  deposits received, used and returned. `ledger`: what is open and the rule that settles it.
- `receivables`: ageing, statements, the Dashboard's overdue money and a tenant's arrears.
- `numbering`: the locks billing takes and the numbers it gives.

Each use case takes a `Store` (the database, or the caller's unit of work to join).
"""

from __future__ import annotations

from .bills import (
    BillDetail,
    BillRow,
    LineRow,
    SettlementRow,
    bill_detail,
    bill_rows,
    cancel_bill,
    list_bills,
)
from .charges import Charge, charges_between
from .deposits import (
    DepositMoveRow,
    ExitSettlement,
    apply_deposit,
    deposit_held,
    deposit_moves,
    receive_deposit,
    return_deposit,
    settle_deposit_at_exit,
)
from .documents import (
    BillDocument,
    ExportBill,
    ExportLine,
    ExportPayment,
    FinanceData,
    Party,
    ReminderLetter,
    StatementDocument,
    bill_documents,
    finance_data,
    period_bill_ids,
    reminder_letters,
    statement_document,
)
from .fees import FeeRow, add_fee, cancel_fee, list_fees
from .meters import ReadingRow, list_readings, metered_units, remove_reading, save_reading
from .payments import (
    PaymentInput,
    PaymentRow,
    cancel_payment,
    list_payments,
    open_bills,
    record_payment,
)
from .receivables import (
    BUCKETS,
    AgeingRow,
    OpenBill,
    OverdueSummary,
    Statement,
    StatementEntry,
    ageing,
    bucket_of,
    overdue_summary,
    statement,
    tenant_position,
)
from .rules import (
    DEFAULT_ACCOUNT_CODES,
    BillingRules,
    RateRow,
    StoredBillingRules,
    billing_rules,
    list_rates,
    load_rules,
    remove_rate,
    save_rate,
    save_rules,
)
from .runs import LOOKBACK_MONTHS, CreatedBill, Period, RunResult, billing_period, run_billing
from .terms import Terms, find_tenant, save_terms, tenant_terms

__all__ = [
    "BUCKETS",
    "DEFAULT_ACCOUNT_CODES",
    "LOOKBACK_MONTHS",
    "AgeingRow",
    "BillDetail",
    "BillDocument",
    "BillRow",
    "BillingRules",
    "Charge",
    "CreatedBill",
    "DepositMoveRow",
    "ExitSettlement",
    "ExportBill",
    "ExportLine",
    "ExportPayment",
    "FeeRow",
    "FinanceData",
    "LineRow",
    "OpenBill",
    "OverdueSummary",
    "Party",
    "PaymentInput",
    "PaymentRow",
    "Period",
    "RateRow",
    "ReadingRow",
    "ReminderLetter",
    "RunResult",
    "SettlementRow",
    "Statement",
    "StatementDocument",
    "StatementEntry",
    "StoredBillingRules",
    "Terms",
    "add_fee",
    "ageing",
    "apply_deposit",
    "bill_detail",
    "bill_documents",
    "bill_rows",
    "billing_period",
    "billing_rules",
    "bucket_of",
    "cancel_bill",
    "cancel_fee",
    "cancel_payment",
    "charges_between",
    "deposit_held",
    "deposit_moves",
    "finance_data",
    "find_tenant",
    "list_bills",
    "list_fees",
    "list_payments",
    "list_rates",
    "list_readings",
    "load_rules",
    "metered_units",
    "open_bills",
    "overdue_summary",
    "period_bill_ids",
    "receive_deposit",
    "record_payment",
    "reminder_letters",
    "remove_rate",
    "remove_reading",
    "return_deposit",
    "run_billing",
    "save_rate",
    "save_reading",
    "save_rules",
    "save_terms",
    "settle_deposit_at_exit",
    "statement",
    "statement_document",
    "tenant_position",
    "tenant_terms",
]
