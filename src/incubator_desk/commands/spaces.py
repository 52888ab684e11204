"""`incubator-desk occupancy` and `incubator-desk rent-roll`: space figures without the window."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..core import clock
from . import CliError, opened_database


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-30") from None


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11") from None


def register(sub: Any) -> None:
    p = sub.add_parser("occupancy", help="occupancy by site and building on a date")
    p.add_argument("--on", type=_day, default=None, metavar="YYYY-MM-DD", help="default: today")
    p.set_defaults(handler=run_occupancy)
    r = sub.add_parser("rent-roll", help="a month's rent roll, printed or saved as Excel")
    r.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    r.add_argument("--out", type=Path, default=None, metavar="FILE.xlsx")
    r.set_defaults(handler=run_rent_roll)


def run_occupancy(args: argparse.Namespace) -> int:
    from ..services import spaces

    on = args.on or clock.today()
    with opened_database(args) as db:
        rows = spaces.occupancy(db, on)
    print(f"Occupancy on {on.isoformat()}")
    print(
        f"{'site / building':<32}{'units':>7}{'held':>7}{'area m²':>11}{'by area':>9}{'by desk':>9}"
    )
    for r in rows:
        name = r.name if r.level == "building" else f"{r.name} (site)"
        area = "-" if r.area_share is None else f"{r.area_share * 100:.1f}%"
        desk = "-" if r.desk_share is None else f"{r.desk_share * 100:.1f}%"
        print(f"{name:<32}{r.units:>7}{r.occupied_units:>7}{r.area:>11,.0f}{area:>9}{desk:>9}")
    return 0


def run_rent_roll(args: argparse.Namespace) -> int:
    from ..services import spaces

    with opened_database(args) as db:
        roll = spaces.rent_roll(db, args.month)
    if args.out is not None:
        out: Path = args.out
        if out.suffix.lower() != ".xlsx":
            raise CliError(f"{out}: give a file name ending in .xlsx")
        spaces.export_rent_roll(roll, out)
        print(f"Rent roll for {roll.month:%Y-%m}: {len(roll.rows)} lines written to {out}")
        return 0
    print(f"Rent roll {roll.month:%Y-%m}")
    for r in roll.rows:
        print(
            f"{r.tenant_name}\t{r.unit_label}\t{r.days}\t{r.agreed_rent:.2f}"
            f"\t{r.subsidy_percent:g}%\t{r.rent_due:.2f}"
        )
    print(f"Total due {roll.total_due:,.2f}; subsidy {roll.total_subsidy:,.2f}")
    return 0
