"""Billing rules that need no database: rounding, rates by day, periods, ageing buckets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.money import to_fen
from incubator_desk.core.periods import parse_month
from incubator_desk.core.vocabularies import BillingCycle, RateKind
from incubator_desk.services.billing import BillingRules, billing_period, bucket_of
from incubator_desk.services.billing.rules import RateRow, Rates
from incubator_desk.services.spaces import month_rent

D = dt.date


def test_a_month_as_people_type_it() -> None:
    assert (
        parse_month("2026-11")
        == parse_month("2026年11月")
        == parse_month("2026/11")
        == D(2026, 11, 1)
    )
    for wrong in ("2026-13", "202611", "2026Q4", ""):
        with pytest.raises(ValidationError, match="is not a month"):
            parse_month(wrong)


def test_to_the_fen_half_up_once() -> None:
    assert to_fen(Decimal("666.665")) == Decimal("666.67")
    assert to_fen(Decimal("0.005")) == Decimal("0.01")
    assert to_fen(Decimal("-2.345")) == Decimal("-2.35")
    assert to_fen(Decimal("1.2349")) == Decimal("1.23")


def test_a_rate_holds_from_its_day_until_the_next() -> None:
    rows = [
        RateRow(1, 1, RateKind.PROPERTY_FEE, D(2026, 1, 1), Decimal("10"), ""),
        RateRow(2, 1, RateKind.PROPERTY_FEE, D(2026, 7, 1), Decimal("12"), ""),
    ]
    rates = Rates(rows)
    assert rates.on(RateKind.PROPERTY_FEE, D(2025, 12, 31)) == 0
    assert rates.on(RateKind.PROPERTY_FEE, D(2026, 6, 30)) == Decimal("10")
    assert rates.on(RateKind.PROPERTY_FEE, D(2026, 7, 1)) == Decimal("12")
    assert rates.on(RateKind.WATER, D(2026, 7, 1)) == 0


def test_billing_periods() -> None:
    assert billing_period(D(2026, 11, 17), BillingCycle.MONTHLY).start == D(2026, 11, 1)
    assert billing_period(D(2026, 2, 3), BillingCycle.MONTHLY).end == D(2026, 2, 28)
    q = billing_period(D(2026, 11, 1), BillingCycle.QUARTERLY)
    assert (q.start, q.end) == (D(2026, 10, 1), D(2026, 12, 31))


def test_ageing_buckets_count_days_past_the_due_date() -> None:
    assert [bucket_of(d) for d in (1, 30, 31, 60, 61, 90, 91, 400)] == [0, 0, 1, 1, 2, 2, 3, 3]


def test_month_rent_steps_the_subsidy_by_day() -> None:
    steps = [
        {"from_month": 0, "to_month": 12, "percent": 100},
        {"from_month": 12, "to_month": 24, "percent": 50},
    ]
    rent = month_rent(
        D(2026, 11, 1), D(2025, 11, 15), None, Decimal(9000), Decimal(9000), steps, None,
        D(2025, 11, 15),
    )  # fmt: skip
    assert rent is not None
    assert [(s.start.day, s.end.day, s.value) for s in rent.subsidy_spans] == [
        (1, 14, Decimal(100)),
        (15, 30, Decimal(50)),
    ]
    assert (rent.agreed_rent, rent.subsidy, rent.rent_due) == (
        Decimal("9000.00"),
        Decimal("6600.00"),
        Decimal("2400.00"),
    )
    assert month_rent(D(2026, 11, 1), D(2026, 12, 1), None, 1, 1, None, None, D(2026, 1, 1)) is None


def test_stored_rules_keep_unknown_account_keys_out() -> None:
    rules = BillingRules.from_json(
        {"due_days": 10, "account_codes": {"rent": "6001.99", "nonsense": "1"}, "payee": 3}
    )
    assert rules.due_days == 10 and rules.payee == ""
    assert rules.code("rent") == "6001.99" and "nonsense" not in rules.account_codes
    assert rules.code("receivable") == "1122"
