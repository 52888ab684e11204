"""The tenant search index: its text held once, its answers those of a plain scan."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.models import Person, Tenant
from incubator_desk.services.demo import generate_demo
from incubator_desk.services.tenants.search import SearchIndex


def test_index_answers_as_a_scan_of_every_field(tmp_path: Path) -> None:
    db: Database = open_database(resolve_location(str(tmp_path / "search.sqlite")), create=True).db
    generate_demo(db, tenants=60, seed=5)
    with db.read() as s:
        fields: dict[int, list[str]] = {
            tid: [zh, en, code or ""]
            for tid, zh, en, code in s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.name_en, Tenant.credit_code).where(
                    Tenant.archived_at.is_(None)
                )
            )
        }
        for tid, name, phone in s.execute(
            select(Person.tenant_id, Person.name, Person.phone).where(Person.archived_at.is_(None))
        ):
            if tid in fields:
                fields[tid] += [name, phone]
    index = SearchIndex()
    index.refresh(db)
    assert len(index) == len(fields)
    assert isinstance(index.joined, str) and not hasattr(index, "text")

    def scan(text: str) -> list[int]:
        t = text.strip().lower()
        compact = "".join(t.split())
        return sorted(
            tid
            for tid, values in fields.items()
            if any(t in v.lower() for v in values) or compact in values[2].lower()
        )

    some = next(iter(fields.values()))
    queries = [some[0][2:5], some[1].split()[0], some[2][:8], some[2][3:9], "科技", "a", "x y"]
    queries += [f"{some[2][:4]} {some[2][4:8]}", some[-1][:6], "没有这个名字", some[0]]
    for q in queries:
        assert sorted(index.match(q)) == scan(q), q
    # typing on narrows the previous answer; it must still be the scan's
    word = some[1]
    for i in range(1, len(word) + 1):
        assert sorted(index.match(word[:i])) == scan(word[:i]), word[:i]
    db.dispose()
