"""`incubator-desk demo`: fill a database with realistic demo data."""

from __future__ import annotations

import argparse
from typing import Any

from . import opened_database, positive, progress_printer


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="fill the database with realistic demo data")
    p.add_argument("--tenants", type=positive, default=300, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--force", action="store_true", help="add demo data even if the database has tenants"
    )
    p.add_argument(
        "--books",
        action="store_true",
        help="also bill the last three months and record payments (seconds per hundred tenants)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..services.demo import generate_demo

    with opened_database(args, create=True) as db:
        summary = generate_demo(
            db,
            tenants=args.tenants,
            seed=args.seed,
            force=args.force,
            progress=progress_printer(),
            books=args.books,
        )
        print(f"Demo data written to {db.location.display()}:")
        for name, count in summary.as_rows():
            print(f"  {name:<28} {count:>9,}")
    return 0
