"""The incubator's billing choices: days to pay, the payee on letters, account codes (科目) of
the finance export (a shared setting), and prices that hold from a date (the rates table)."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import settings as declared
from ...core.errors import NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import ChargeKind, PaymentMethod, RateKind
from ...db import Store
from ...models import BillingRate
from .. import settings as settings_service
from ..access import Action, requires

_t = Translator("errors")

RECEIVABLE = "receivable"
DEPOSIT = "deposit"

# What each line of the export is booked to (editable in Settings → Billing). Keys: the charge
# kinds, the payment methods, the receivable and the deposits held.
DEFAULT_ACCOUNT_CODES: dict[str, str] = {
    ChargeKind.RENT.value: "6001.01",  # 主营业务收入—租金
    ChargeKind.SUBSIDY.value: "6001.01",  # the subsidy lowers the rent income
    ChargeKind.PROPERTY_FEE.value: "6001.02",  # 主营业务收入—物业费
    ChargeKind.ELECTRICITY.value: "6051.01",  # 其他业务收入—电费
    ChargeKind.WATER.value: "6051.02",  # 其他业务收入—水费
    ChargeKind.ROOM_BOOKING.value: "6051.03",  # 其他业务收入—会议室
    ChargeKind.EQUIPMENT_BOOKING.value: "6051.04",  # 其他业务收入—设备使用
    ChargeKind.SERVICE_FEE.value: "6051.05",  # 其他业务收入—服务费
    PaymentMethod.BANK_TRANSFER.value: "1002",  # 银行存款
    PaymentMethod.CASH.value: "1001",  # 库存现金
    PaymentMethod.WECHAT.value: "1012",  # 其他货币资金
    PaymentMethod.ALIPAY.value: "1012",
    PaymentMethod.CHEQUE.value: "1002",
    RECEIVABLE: "1122",  # 应收账款
    # 其他应付款—押金: the deposits held, and what is paid from them ("deposit" is also the
    # value of PaymentMethod.DEPOSIT, so one code serves both, as it should)
    DEPOSIT: "2241",
}
CODE_MAX = 40


@dataclass(frozen=True)
class BillingRules:
    """Days a tenant has to pay a bill, days a reminder letter gives, who is paid, account codes."""

    due_days: int = 15
    reminder_days: int = 7
    payee: str = ""  # the name on the bank account, as on letters
    bank: str = ""
    bank_account: str = ""
    account_codes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ACCOUNT_CODES))

    def code(self, key: str) -> str:
        return self.account_codes.get(key) or DEFAULT_ACCOUNT_CODES.get(key, "")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: Any) -> BillingRules:
        base = cls()
        if not isinstance(value, dict):
            return base
        kwargs: dict[str, Any] = {}
        for name in ("due_days", "reminder_days"):
            if isinstance(value.get(name), int):
                kwargs[name] = value[name]
        for name in ("payee", "bank", "bank_account"):
            if isinstance(value.get(name), str):
                kwargs[name] = value[name]
        codes = value.get("account_codes")
        if isinstance(codes, dict):
            merged = dict(DEFAULT_ACCOUNT_CODES)
            merged.update({k: v for k, v in codes.items() if k in merged and isinstance(v, str)})
            kwargs["account_codes"] = merged
        return replace(base, **kwargs)


@dataclass(frozen=True)
class StoredBillingRules:
    rules: BillingRules
    version: int | None


def load_rules(db: Store) -> StoredBillingRules:
    got = settings_service.get(db, declared.BILLING)
    return StoredBillingRules(BillingRules.from_json(got.value), got.version)


def billing_rules(db: Store) -> BillingRules:
    return load_rules(db).rules


@requires(Action.BILLING)
def save_rules(db: Store, rules: BillingRules, expected_version: int | None) -> int:
    """Save the billing choices; days must be 0–365 and account codes short."""
    errors: dict[str, str] = {}
    for name in ("due_days", "reminder_days"):
        if not 0 <= getattr(rules, name) <= 365:
            errors[name] = _t(QT_TRANSLATE_NOOP("errors", "Give a number of days from 0 to 365."))
    for key, code in rules.account_codes.items():
        if key not in DEFAULT_ACCOUNT_CODES:
            raise ValueError(f"no account code is kept for {key!r}")
        if len(code.strip()) > CODE_MAX:
            errors[f"code:{key}"] = _t(
                QT_TRANSLATE_NOOP("errors", "Keep an account code under {n} characters."),
                n=CODE_MAX,
            )
    if errors:
        raise ValidationError(errors)
    clean = replace(
        rules,
        payee=rules.payee.strip(),
        bank=rules.bank.strip(),
        bank_account=rules.bank_account.strip(),
        account_codes={k: v.strip() for k, v in rules.account_codes.items()},
    )
    return settings_service.put(db, declared.BILLING, clean.to_json(), expected_version)


# --- rates from a date ------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    id: int
    version: int
    kind: RateKind
    valid_from: dt.date
    rate: Decimal
    notes: str


class Rates:
    """Every rate as it held on each day: 0 before a kind's first rate."""

    def __init__(self, rows: list[RateRow]) -> None:
        self._by_kind: dict[RateKind, tuple[list[dt.date], list[Decimal]]] = {}
        for r in sorted(rows, key=lambda r: (r.kind, r.valid_from)):
            days, values = self._by_kind.setdefault(r.kind, ([], []))
            days.append(r.valid_from)
            values.append(r.rate)

    def on(self, kind: RateKind, day: dt.date) -> Decimal:
        days, values = self._by_kind.get(kind, ([], []))
        i = bisect.bisect_right(days, day)
        return values[i - 1] if i else Decimal(0)


def _rate_rows(s: Session) -> list[RateRow]:
    return [
        RateRow(r.id, r.version, r.kind, r.valid_from, Decimal(r.rate), r.notes)
        for r in s.scalars(select(BillingRate).order_by(BillingRate.kind, BillingRate.valid_from))
    ]


def list_rates(db: Store) -> list[RateRow]:
    with db.read() as s:
        return _rate_rows(s)


def read_rates(s: Session) -> Rates:
    return Rates(_rate_rows(s))


@requires(Action.BILLING)
def save_rate(
    db: Store,
    kind: RateKind,
    valid_from: dt.date,
    rate: Decimal,
    notes: str = "",
    rate_id: int | None = None,
    expected_version: int | None = None,
) -> int:
    """A price from `valid_from` on (a new row), or a correction of an existing one.

    A correction changes what months already billed should have cost: the next billing run
    bills the difference as adjustments or credit notes."""
    try:
        rate = Decimal(rate)
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValidationError(
            {"rate": _t(QT_TRANSLATE_NOOP("errors", "Give the price as a number."))}
        ) from exc
    if not rate.is_finite() or rate < 0:
        raise ValidationError(
            {"rate": _t(QT_TRANSLATE_NOOP("errors", "A price cannot be negative."))}
        )
    if rate != rate.quantize(Decimal("0.0001")):
        raise ValidationError(
            {"rate": _t(QT_TRANSLATE_NOOP("errors", "Give the price to at most 4 decimals."))}
        )
    with db.uow(summary="save billing rate") as uow:
        s = uow.session
        clash = s.scalar(
            select(BillingRate).where(
                BillingRate.kind == kind, BillingRate.valid_from == valid_from
            )
        )
        if rate_id is None:
            if clash is not None:
                row = uow.get(BillingRate, clash.id, expected_version)
            else:
                row = BillingRate(kind=kind, valid_from=valid_from)
                s.add(row)
        else:
            row = uow.get(BillingRate, rate_id, expected_version)
            if clash is not None and clash.id != rate_id:
                raise ValidationError(
                    {
                        "valid_from": _t(
                            QT_TRANSLATE_NOOP("errors", "A price from {day} is already set."),
                            day=valid_from.isoformat(),
                        )
                    }
                )
            row.kind, row.valid_from = kind, valid_from
        row.rate, row.notes = rate, notes.strip()
        uow.commit()
        return row.id


@requires(Action.BILLING)
def remove_rate(db: Store, rate_id: int, expected_version: int | None = None) -> None:
    """Remove a price entered by mistake (the earlier price then holds on)."""
    with db.uow(summary="remove billing rate") as uow:
        row = uow.session.get(BillingRate, rate_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This price no longer exists."))
        uow.get(BillingRate, rate_id, expected_version)
        uow.session.delete(row)
        uow.commit()


__all__ = [
    "DEFAULT_ACCOUNT_CODES",
    "DEPOSIT",
    "RECEIVABLE",
    "BillingRules",
    "RateRow",
    "Rates",
    "StoredBillingRules",
    "billing_rules",
    "list_rates",
    "load_rules",
    "read_rates",
    "remove_rate",
    "save_rate",
    "save_rules",
]
