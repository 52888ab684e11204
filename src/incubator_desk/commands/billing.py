"""`incubator-desk billing …`: bill a month, list arrears (and write the reminder letters),
a tenant's statement, a period's bills for printing, and the finance export."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import clock
from . import CliError, opened_database

if TYPE_CHECKING:
    from ..db import Database


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def _month(text: str) -> dt.date:
    from ..core.periods import PeriodError, parse_month

    try:
        return parse_month(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _year(text: str) -> int:
    if not text.isdigit() or not 1990 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year like 2026")
    return int(text)


def register(sub: Any) -> None:
    p = sub.add_parser("billing", help="bills, arrears, statements and the finance export")
    cmds = p.add_subparsers(dest="billing_command", metavar="COMMAND", required=True)

    run = cmds.add_parser(
        "run", help="bill a month (again: only what changed; nothing is billed twice)"
    )
    run.add_argument("--period", required=True, type=_month, metavar="YYYY-MM")
    run.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="issue date (default: today)")
    run.set_defaults(handler=run_billing)

    arr = cmds.add_parser("arrears", help="what each tenant owes, by days past due")
    arr.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="default: today")
    arr.add_argument(
        "--letters", type=Path, metavar="FILE.pdf", help="also write the reminder letters"
    )
    arr.add_argument("--lang", choices=("zh", "en"), default="zh", help="of the letters")
    arr.set_defaults(handler=run_arrears)

    st = cmds.add_parser("statement", help="a tenant's statement of account as PDF")
    st.add_argument("tenant", metavar="TENANT", help="the tenant's credit code or full name")
    st.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    st.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    st.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    st.add_argument("--lang", choices=("zh", "en"), default="zh")
    st.set_defaults(handler=run_statement)

    pr = cmds.add_parser("print", help="every bill of a month's periods in one PDF")
    pr.add_argument("--period", required=True, type=_month, metavar="YYYY-MM")
    pr.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    pr.add_argument("--lang", choices=("zh", "en"), default="zh")
    pr.set_defaults(handler=run_print)

    ex = cmds.add_parser("export", help="a year's bills, payments and balances with account codes")
    ex.add_argument("--year", required=True, type=_year)
    ex.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    ex.add_argument("--lang", choices=("zh", "en"), default="zh", help="of the headers")
    ex.set_defaults(handler=run_export)


def _check_out(path: Path, suffix: str) -> Path:
    path = path.expanduser()
    if path.suffix.lower() != suffix:
        raise CliError(f"{path}: give a file name ending in {suffix}.")
    if path.is_dir():
        raise CliError(f"{path} is a folder: give a file name ending in {suffix}.")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise CliError(f"Cannot write {path}: the folder {parent} does not exist.")
    return path


def _yuan(value: Any) -> str:
    return f"{value:,.2f}"


def run_billing(args: argparse.Namespace) -> int:
    from ..core.vocabularies import BillKind
    from ..services import billing

    with opened_database(args) as db:
        result = billing.run_billing(db, args.period, args.on)
    print(
        f"Billing {result.month:%Y-%m}, issued {result.issued_on.isoformat()}: "
        f"{result.tenants} tenant(s) looked at"
    )
    if not result.created:
        print("Nothing to bill: every charge was billed already.")
        return 0
    for b in result.created:
        period = f"{b.period_start:%Y-%m}"
        if b.period_end.month != b.period_start.month:
            period += f"..{b.period_end:%Y-%m}"
        print(f"{b.number}\t{b.kind.value}\t{period}\t{_yuan(b.total)}\t{b.tenant_name}")
    print(
        f"{result.count(BillKind.BILL)} bill(s), "
        f"{result.count(BillKind.ADJUSTMENT)} adjustment(s), "
        f"{result.count(BillKind.CREDIT_NOTE)} credit note(s); "
        f"total {_yuan(result.total)}"
    )
    return 0


def run_arrears(args: argparse.Namespace) -> int:
    from ..services import billing

    on = args.on or clock.today()
    letters = _check_out(args.letters, ".pdf") if args.letters is not None else None
    with opened_database(args) as db:
        rows = billing.ageing(db, on)
        written = _letters(db, on, letters, args.lang) if letters is not None else None
    print(f"Arrears on {on.isoformat()} (days past the due date)")
    heads = ("not due", "0-30", "31-60", "61-90", ">90", "balance", "deposit")
    print("tenant\t" + "\t".join(heads))
    for r in rows:
        figures = (r.not_due, *r.buckets, r.balance, r.deposit)
        print(f"{r.tenant_name}\t" + "\t".join(_yuan(v) for v in figures))
    late = [r for r in rows if r.overdue > 0]
    total = sum((r.overdue for r in late), Decimal(0))
    print(f"{len(late)} tenant(s) in arrears, {_yuan(total)} overdue")
    if written is not None:
        print(f"Wrote {written} reminder letter(s) to {letters}")
    return 0


def _letters(db: Database, on: dt.date, out: Path, lang: str) -> int:
    from ..reports.dispatch import build_reminders

    _content, count = build_reminders(db, on, None, lang, out)
    return count


def run_statement(args: argparse.Namespace) -> int:
    from ..reports.dispatch import build_statement
    from ..services import billing

    out = _check_out(args.out, ".pdf")
    end = args.end or clock.today()
    start = args.start or end.replace(month=1, day=1)
    if start > end:
        raise CliError("--from must not be after --to.")
    with opened_database(args) as db:
        tenant_id = billing.find_tenant(db, args.tenant)
        build_statement(db, tenant_id, start, end, args.lang, out)
    print(f"Wrote the statement {start.isoformat()} – {end.isoformat()} to {out}")
    return 0


def run_print(args: argparse.Namespace) -> int:
    from ..reports.dispatch import build_period_bills

    out = _check_out(args.out, ".pdf")
    with opened_database(args) as db:
        _content, count = build_period_bills(db, args.period, args.lang, out)
    print(f"Wrote {count} bill(s) of {args.period:%Y-%m} to {out}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..reports.dispatch import build_finance_export

    out = _check_out(args.out, ".xlsx")
    with opened_database(args) as db:
        _content, data = build_finance_export(db, args.year, args.lang, out)
    print(
        f"Wrote {len(data.bills)} bill(s), {len(data.lines)} line(s), "
        f"{len(data.payments)} payment(s) and {len(data.balances)} balance(s) of "
        f"{args.year} to {out}"
    )
    return 0
