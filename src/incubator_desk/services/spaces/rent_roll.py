"""The rent roll: what each tenant owes for a month, and its Excel workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.vocabularies import AllocationStatus
from ...db import Store
from ...models import Allocation, Building, SubsidyPolicy, Tenant, Unit
from ..spreadsheets import Formula, Workbook
from .allocations import list_rent_for
from .rent import month_bounds, month_rent

_t = Translator("spaces")


@dataclass(frozen=True)
class RentRollRow:
    tenant_id: int
    tenant_name: str
    allocation_id: int
    unit_label: str
    desks: int | None
    days: int
    list_rent: Decimal
    agreed_rent: Decimal
    subsidy_percent: Decimal  # on the first day held; the subsidy may step within the month
    subsidy: Decimal
    rent_due: Decimal


@dataclass(frozen=True)
class RentRoll:
    month: dt.date
    rows: list[RentRollRow]

    @property
    def total_due(self) -> Decimal:
        return sum((r.rent_due for r in self.rows), Decimal(0))

    @property
    def total_subsidy(self) -> Decimal:
        return sum((r.subsidy for r in self.rows), Decimal(0))


def rent_roll(db: Store, month: dt.date) -> RentRoll:
    """What each tenant owes for a month: list rent, agreed rent, subsidy and rent due,
    pro rata by day for allocations that start or end within the month, the subsidy by the
    policy in force on each day (see `rent.month_rent`, which the bills read too)."""
    first, last = month_bounds(month)
    with db.read() as s:
        policies = {p.id: p.steps for p in s.scalars(select(SubsidyPolicy))}
        q = (
            select(
                Allocation, Unit, Building.code, Tenant.name_zh, Tenant.name_en, Tenant.entry_date
            )
            .join(Unit, Unit.id == Allocation.unit_id)
            .join(Building, Building.id == Unit.building_id)
            .join(Tenant, Tenant.id == Allocation.tenant_id)
            .where(
                Allocation.status != AllocationStatus.CANCELLED,
                Allocation.start_date <= last,
                or_(Allocation.end_date.is_(None), Allocation.end_date >= first),
            )
            .order_by(Tenant.name_zh, Building.code, Unit.code)
        )
        rows = []
        for a, u, bcode, zh, en, entry in s.execute(q):
            rent = month_rent(
                first,
                a.start_date,
                a.end_date,
                list_rent_for(u, a.desks),
                a.monthly_rent,
                policies.get(a.subsidy_policy_id) if a.subsidy_policy_id else None,
                a.subsidy_percent_override,
                entry or a.start_date,
            )
            if rent is None:
                continue
            rows.append(
                RentRollRow(
                    a.tenant_id,
                    zh or en,
                    a.id,
                    f"{bcode}-{u.code}",
                    a.desks,
                    rent.days,
                    rent.list_rent,
                    rent.agreed_rent,
                    rent.subsidy_percent,
                    rent.subsidy,
                    rent.rent_due,
                )
            )
    return RentRoll(first, rows)


HEADERS = (
    QT_TRANSLATE_NOOP("spaces", "Tenant"),
    QT_TRANSLATE_NOOP("spaces", "Unit"),
    QT_TRANSLATE_NOOP("spaces", "Desks"),
    QT_TRANSLATE_NOOP("spaces", "Days"),
    QT_TRANSLATE_NOOP("spaces", "List rent (¥)"),
    QT_TRANSLATE_NOOP("spaces", "Agreed rent (¥)"),
    QT_TRANSLATE_NOOP("spaces", "Subsidy %"),
    QT_TRANSLATE_NOOP("spaces", "Subsidy (¥)"),
    QT_TRANSLATE_NOOP("spaces", "Rent due (¥)"),
)
WIDTHS = (34, 12, 8, 8, 16, 16, 10, 16, 16)
MONEY_FORMAT = "#,##0.00"


def export_rent_roll(
    roll: RentRoll,
    path: Path,
    title: str = "",
    cancelled: Callable[[], bool] | None = None,
) -> bool:
    """Write the rent roll to an Excel workbook (headers translated, money as numbers).

    The file appears whole or not at all. Returns False (writing nothing) if `cancelled()`
    turned true meanwhile; a ServiceError when the place cannot be written."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headers = [_t(h) for h in HEADERS]
    wb = Workbook()
    sheet = wb.sheet(roll.month.strftime("%Y-%m"))
    ws = sheet.ws
    heading = title or _t(
        QT_TRANSLATE_NOOP("spaces", "Rent roll {month}"), month=roll.month.strftime("%Y-%m")
    )
    sheet.append([heading])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    sheet.append(headers)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in roll.rows:
        sheet.append(
            [
                r.tenant_name,
                r.unit_label,
                r.desks,
                r.days,
                r.list_rent,
                r.agreed_rent,
                float(r.subsidy_percent),
                r.subsidy,
                r.rent_due,
            ]
        )
    n = ws.max_row
    sheet.append(
        [
            _t(QT_TRANSLATE_NOOP("spaces", "Total")),
            None,
            None,
            None,
            Formula(f"=SUM(E3:E{n})"),
            Formula(f"=SUM(F3:F{n})"),
            None,
            Formula(f"=SUM(H3:H{n})"),
            Formula(f"=SUM(I3:I{n})"),
        ]
    )
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=3, min_col=5, max_col=9):
        for cell in row:
            if cell.column != 7:
                cell.number_format = MONEY_FORMAT
    for i, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    return wb.save(Path(path), cancelled)
