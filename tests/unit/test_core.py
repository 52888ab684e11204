"""The core every layer shares: one grammar for periods, one way to show money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.money import (
    MoneyUnit,
    amount_text,
    from_unit,
    money,
    report_money,
    to_unit,
)
from incubator_desk.core.periods import (
    Period,
    PeriodError,
    add_months,
    month_starts,
    months_between,
)


@pytest.mark.parametrize(
    ("text", "year", "quarter"),
    [
        ("2026Q3", 2026, 3),
        ("2026 q1", 2026, 1),
        ("2026-3", 2026, 3),
        ("2026/4", 2026, 4),
        ("2026第2季度", 2026, 2),
        ("2026年第三季度", 2026, 3),
        ("2026年3季度", 2026, 3),
        ("2026四季度", 2026, 4),
        ("2026", 2026, None),
        ("2026年", 2026, None),
        (" 2025 Q1 ", 2025, 1),
    ],
)
def test_every_way_people_write_a_period_is_understood(
    text: str, year: int, quarter: int | None
) -> None:
    assert Period.parse(text) == Period(year, quarter)


@pytest.mark.parametrize(
    "text", ["", "x", "20263", "2026Q5", "2026-", "2026-13", "1800", "2026年第五季度", "Q3"]
)
def test_text_that_is_no_period_is_refused_with_a_field_message(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Period.parse(text)
    assert "2026Q3" in caught.value.fields["period"]
    assert isinstance(caught.value, ValueError)  # callers that parse numbers catch it too


def test_a_quarter_is_required_where_one_is_asked_for() -> None:
    assert Period.parse_quarter("2026第1季度") == Period(2026, 1)
    with pytest.raises(PeriodError):
        Period.parse_quarter("2026")


def test_period_bounds_and_previous() -> None:
    q = Period(2024, 1)
    assert (q.start, q.end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert q.previous() == Period(2023, 4)
    assert Period(2026).quarters == [(2026, 1), (2026, 2), (2026, 3), (2026, 4)]
    assert Period(2026).end == dt.date(2026, 12, 31)
    assert Period.of(dt.date(2026, 8, 15)).label == "2026Q3"


def test_month_arithmetic() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2026, 11, 15), -12) == dt.date(2025, 11, 15)
    assert months_between(dt.date(2026, 1, 15), dt.date(2026, 2, 14)) == 0
    assert months_between(dt.date(2026, 1, 15), dt.date(2026, 2, 15)) == 1
    assert months_between(dt.date(2026, 3, 1), dt.date(2026, 1, 1)) == 0
    assert month_starts(dt.date(2025, 11, 20), dt.date(2026, 2, 1)) == [
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    ]


def test_money_has_one_form_in_the_window_and_one_in_reports() -> None:
    assert money(Decimal("1234567.005")) == "¥1,234,567.01"
    assert money(Decimal("-12.5")) == "-¥12.50"
    assert money(None) == "—"
    assert report_money(Decimal("1234567.5")) == "¥1,234,568"
    assert report_money(Decimal("-0.4")) == "¥0"
    assert report_money(None) == "—"
    assert amount_text(Decimal("5000")) == "5,000.00"
    assert amount_text(None) == ""


def test_money_units() -> None:
    assert to_unit(Decimal("1234567"), MoneyUnit.THOUSAND) == Decimal("1234.57")
    assert to_unit(Decimal("1234567"), MoneyUnit.TEN_THOUSAND, 1) == Decimal("123.5")
    assert from_unit(Decimal("12.5"), MoneyUnit.TEN_THOUSAND) == Decimal("125000")
