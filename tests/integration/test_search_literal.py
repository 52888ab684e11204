"""Search boxes take % and _ literally: "50%" finds "50%", "_" never matches everything.

Every LIKE search goes through services/text_search; this runs the tenant register, the
training people picker, the funding pipeline search and a register of the overview (the
events list) with % and _ typed, and checks no other module builds a LIKE itself.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from incubator_desk.core.vocabularies import EventKind, FundKind, Instrument
from incubator_desk.db import Database
from incubator_desk.models import Fund, FundApplication, Person, Tenant, TrainingEvent
from incubator_desk.services import funding, training
from incubator_desk.services import overview as ov
from incubator_desk.services import tenants as svc

SRC = Path(__file__).resolve().parents[2] / "src" / "incubator_desk"
NAMES = ["增长50%科技", "A_1 实验室", "普通科技公司", "反斜杠\\公司"]


def setup(db: Database) -> None:
    with db.uow() as uow:
        s = uow.session
        fund = Fund(
            name="天使 100% 基金", kind=FundKind.EQUITY, total_size=Decimal(10**7), start_year=2025
        )
        s.add(fund)
        for n, name in enumerate(NAMES):
            t = Tenant(name_zh=name, entry_date=dt.date(2025, 1, 1))
            s.add(t)
            s.flush()
            s.add(Person(tenant_id=t.id, name=f"联系人{n}", phone=f"1380000000{n}"))
            s.add(
                FundApplication(
                    fund_id=fund.id,
                    tenant_id=t.id,
                    amount_requested=Decimal(100_000),
                    instrument=Instrument.EQUITY,
                )
            )
        start = dt.datetime(2026, 3, 1, 2, tzinfo=dt.UTC)
        for title in ("路演_第1期", "100%干货分享", "政策宣讲"):
            s.add(
                TrainingEvent(
                    title=title,
                    kind=EventKind.TRAINING,
                    starts_at=start,
                    ends_at=start + dt.timedelta(hours=1),
                    capacity=10,
                )
            )
        uow.commit()


def tenants_found(db: Database, text: str) -> int:
    return svc.count(db, ov.Query(search=text))


def test_percent_and_underscore_are_literal_everywhere(db: Database) -> None:
    setup(db)
    assert tenants_found(db, "%") == 1 and tenants_found(db, "50%") == 1
    assert tenants_found(db, "_") == 1 and tenants_found(db, "A_1") == 1
    assert tenants_found(db, "\\") == 1
    assert tenants_found(db, "科技") == 2

    people = {c.tenant for c in training.people_choices(db, "%")}
    assert people == {"增长50%科技"}
    assert {c.tenant for c in training.people_choices(db, "_")} == {"A_1 实验室"}

    def cards(text: str) -> int:
        return sum(funding.card_counts(db, funding.CardFilter(search=text)).values())

    assert cards("%") == 4  # the fund's name has a % sign: every card is its
    assert cards("_") == 1 and cards("50%") == 1 and cards("100%") == 4 and cards("1_0") == 0

    events = ov.event_register()
    assert events.count(db, ov.Query(search="_")) == 1
    assert events.count(db, ov.Query(search="%")) == 1


def test_no_search_builds_a_like_itself() -> None:
    like = re.compile(r"\.i?like\(|\bnot_i?like\(")
    found = sorted(
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if like.search(p.read_text("utf-8"))
    )
    assert found == ["services/text_search.py"]
