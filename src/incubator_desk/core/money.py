"""Money: one way to show it in the window, one in reports, and the 千元/万元 units of forms.

Amounts are exact Decimal yuan everywhere (the database stores fen). The window shows
``¥12,345.67``; reports show whole yuan, ``¥12,346``; both show "—" for an amount that was
not recorded, which is not the same thing as ¥0.

Rounding to the fen happens in one place, `to_fen`: half up (0.005 → 0.01), the rule of
Chinese invoices. A charge is worked out exactly and rounded once; totals add rounded amounts.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

MISSING = "—"
FEN = Decimal("0.01")
_CENT = FEN
_YUAN = Decimal(1)


class MoneyUnit(Enum):
    """The units money is written in on forms and returns: value is yuan per unit."""

    YUAN = 1
    THOUSAND = 1000  # 千元, the Torch return
    TEN_THOUSAND = 10000  # 万元, most spreadsheets and application forms

    @property
    def factor(self) -> Decimal:
        return Decimal(self.value)


def to_fen(amount: Decimal | int) -> Decimal:
    """`amount` rounded to the fen, half up: the one rounding rule for money that is kept."""
    return Decimal(amount).quantize(FEN, ROUND_HALF_UP)


def _signed(amount: Decimal, digits: str) -> str:
    amount = amount.copy_abs() if amount.is_zero() else amount  # no "¥-0"
    return f"-¥{-amount:{digits}}" if amount < 0 else f"¥{amount:{digits}}"


def money(value: Decimal | int | float | None) -> str:
    """The window's way: ``¥12,345.67``; "—" when not recorded."""
    if value is None:
        return MISSING
    return _signed(Decimal(str(value)).quantize(_CENT, ROUND_HALF_UP), ",.2f")


def report_money(value: Decimal | int | float | None) -> str:
    """The reports' way: whole yuan, ``¥12,346``; "—" when not recorded."""
    if value is None:
        return MISSING
    amount = value if isinstance(value, Decimal) else Decimal(str(value))
    return _signed(amount.quantize(_YUAN, ROUND_HALF_UP), ",")


def amount_text(value: Decimal | None) -> str:
    """An amount as typed into a field: ``12,345.67`` without the sign; "" when empty."""
    return "" if value is None else f"{value:,.2f}"


def parse_amount(text: str) -> Decimal | None:
    """An amount as typed: "1,234.5", "¥1 234.50", "1，234" → Decimal; "" → None.

    Raises ValueError for anything that is not a finite number.
    """
    raw = text.replace(",", "").replace("，", "").replace("¥", "").replace(" ", "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(raw) from exc
    if not value.is_finite():
        raise ValueError(raw)
    return value


def to_unit(yuan: Decimal, unit: MoneyUnit, places: int = 2) -> Decimal:
    """`yuan` expressed in `unit`, rounded half up to `places` decimals."""
    return (yuan / unit.factor).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def from_unit(amount: Decimal, unit: MoneyUnit) -> Decimal:
    """An amount written in `unit`, in yuan."""
    return amount * unit.factor
