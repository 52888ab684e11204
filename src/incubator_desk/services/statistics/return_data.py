"""The whole Torch return of a year: every tenant's row, the incubator table and the check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import cached_property
from typing import Any

from ...core.errors import NotFound
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.money import to_unit
from ...db import Database
from .check import Finding, check_return
from .fields import CHOICE_ZH, RETURN_UNIT, FieldKind
from .incubator import IncubatorTable, incubator_table
from .records import TenantReturn, tenant_returns

# A cell of the return: text, a count, an amount or area, a date, or nothing.
ReturnCell = str | int | Decimal | dt.date | None


@dataclass(frozen=True)
class TorchReturn:
    """The return of `year`: the incubator's (Chinese) name, the tenants' returns in the
    return's order, the incubator table, and what the check found."""

    year: int
    incubator: str
    returns: list[TenantReturn]
    table: IncubatorTable

    @property
    def rows(self) -> list[TenantReturn]:
        return self.returns

    @cached_property
    def findings(self) -> list[Finding]:
        """What the check finds (worked out when first asked: the export itself needs none)."""
        return check_return(self.returns, self.table, self.incubator)


def thousands(value: Decimal | None) -> Decimal | None:
    """Yuan to 千元, to one decimal place (the return's unit)."""
    return None if value is None else to_unit(Decimal(value), RETURN_UNIT, places=1)


def cell(kind: FieldKind, value: Any) -> ReturnCell:
    """A value as the return writes it: money in 千元, 是/否, choices in Chinese."""
    if value is None:
        return None
    if kind is FieldKind.MONEY:
        return thousands(value)
    if kind is FieldKind.BOOL:
        return "是" if value else "否"
    if kind is FieldKind.CHOICE:
        key = value.value if isinstance(value, Enum) else str(value)
        return CHOICE_ZH.get(key, key)
    if isinstance(value, Enum):
        return str(value.value)
    return value


def torch_return(db: Database, year: int) -> TorchReturn:
    """The return of `year`; NotFound when no tenant was in incubation that year."""
    from ..reporting.incubator import incubator_names

    returns = tenant_returns(db, year)
    if not returns:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No tenant was in incubation in {year}: nothing to export."
            ),
            year=year,
        )
    table = incubator_table(db, year, returns)
    zh, en = incubator_names(db)
    name = zh or en
    return TorchReturn(year, name, returns, table)
