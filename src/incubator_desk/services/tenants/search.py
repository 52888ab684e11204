"""Substring search over 50,000 tenants within a keystroke: an in-memory index of their text.

A LIKE '%text%' over names, codes and every contact cannot use an index, and costs a few
hundred milliseconds on 50,000 tenants. The register instead keeps the searchable text of
every tenant in memory (a few MB) and asks the database only for the matching ids.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import Database
from ...models import Person, Tenant

IN_LIMIT = 5000  # more matches than this: the search is not selective, let SQL filter
RECHECK_SECONDS = 10.0  # changes by another user show in searches within this delay


class SearchIndex:
    """The searchable text of every tenant, held once: one string, entries separated by "\\n".

    Entry i is `joined[starts[i]:ends[i]]`; its credit code (the last field, searched without
    spaces) starts at `code_starts[i]`. The lowered text is ~10 MB for 50,000 tenants; a list
    of per-tenant strings beside it would hold it twice.
    """

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.starts: list[int] = []  # lists, not arrays: read for every tenant at a keystroke
        self.ends: list[int] = []
        self.code_starts: list[int] = []
        self.joined = ""
        self.stamp: tuple[Any, ...] | None = None
        self.checked = 0.0
        self.lock = threading.Lock()
        self._last: tuple[str, Any, list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def _current_stamp(self, s: Session) -> tuple[Any, ...]:
        t = s.execute(select(func.count(Tenant.id), func.max(Tenant.updated_at))).one()
        p = s.execute(select(func.count(Person.id), func.max(Person.updated_at))).one()
        return (*t, *p)

    def refresh(self, db: Database, force: bool = False) -> None:
        with self.lock:  # the page warms the index in a worker thread
            self._refresh(db, force)

    def _refresh(self, db: Database, force: bool) -> None:
        now = time.monotonic()
        if not force and self.stamp is not None and now - self.checked < RECHECK_SECONDS:
            return
        with db.read() as s:
            stamp = self._current_stamp(s)
            self.checked = now
            if stamp == self.stamp and not force:
                return
            extra: dict[int, list[str]] = {}
            for tid, name, phone in s.execute(
                select(Person.tenant_id, Person.name, Person.phone).where(
                    Person.archived_at.is_(None)
                )
            ):
                extra.setdefault(tid, []).extend((name, phone))
            ids: list[int] = []
            starts: list[int] = []
            ends: list[int] = []
            code_starts: list[int] = []
            parts: list[str] = []
            at = 0
            for tid, zh, en, code in s.execute(
                select(Tenant.id, Tenant.name_zh, Tenant.name_en, Tenant.credit_code).where(
                    Tenant.archived_at.is_(None)
                )
            ):
                # \0 keeps a match from spanning two fields; the code is searched without spaces
                head = "\0".join((zh, en, *extra.pop(tid, ()), "")).lower()
                hay = head + (code or "").lower()
                ids.append(tid)
                starts.append(at)
                code_starts.append(at + len(head))
                at += len(hay)
                ends.append(at)
                parts.append(hay)
                at += 1
            joined = "\n".join(parts)  # "\n" never occurs inside a lowered entry
            del parts, extra
            self.ids, self.starts, self.ends, self.code_starts = ids, starts, ends, code_starts
            self.joined = joined
            self.stamp = stamp

    def match(self, text: str) -> list[int]:
        """Ids of the tenants whose names, contacts, phones or credit code contain `text`."""
        t = text.strip().lower()
        last = self._last
        if last is not None and last[1] == self.stamp and last[0] == t:
            return last[3]
        compact = "".join(t.split())
        joined, starts, ends, find = self.joined, self.starts, self.ends, self.joined.find
        if last is not None and last[1] == self.stamp and last[0] and last[0] in t:
            # Typing on: every match of the longer text is among the matches of the shorter.
            candidates: Iterable[int] | None = last[2]
        elif t == compact and joined.count(t) <= 20_000:
            candidates = None  # the scan finds exactly the tenants containing `t`
        else:
            candidates = range(len(starts))
        if candidates is None:
            positions = self._scan(t)
        elif t == compact and isinstance(candidates, range):  # every tenant, in order
            positions = [
                i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if find(t, a, b) >= 0
            ]
        elif t == compact:
            positions = [i for i in candidates if find(t, starts[i], ends[i]) >= 0]
        else:
            codes = self.code_starts
            positions = [
                i
                for i in candidates
                if find(t, starts[i], ends[i]) >= 0 or find(compact, codes[i], ends[i]) >= 0
            ]
        ids = self.ids
        found = [ids[i] for i in positions]
        self._last = (t, self.stamp, positions, found)
        return found

    def _scan(self, t: str) -> list[int]:
        """Tenants (positions) containing `t`, found by scanning the joined string."""
        joined, starts = self.joined, self.starts
        out: list[int] = []
        at = joined.find(t)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            out.append(i)
            at = joined.find(t, starts[i + 1] if i + 1 < len(starts) else len(joined))
        return out


_INDEXES: dict[int, SearchIndex] = {}


def search_index(db: Database) -> SearchIndex:
    index = _INDEXES.setdefault(id(db.engine), SearchIndex())
    index.refresh(db)
    return index


def invalidate_search(db: Database) -> None:
    """After a change: the next search reads the tenants again."""
    index = _INDEXES.get(id(db.engine))
    if index is not None:
        index.stamp = None
