"""Bulk inserts for the demo: plain tuples through each column's own bind processor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Connection, Table, func, insert, select, text
from sqlalchemy import column as sql_column
from sqlalchemy import table as sql_table

from ...models import AwareDateTime, Base, Money


def table_of(model: type[Base]) -> Table:
    """The Core table behind an ORM class."""
    return cast(Table, model.__table__)


@dataclass
class _Plan:
    """A compiled insert for one table and column order, and which columns need converting."""

    sql: str
    keys: list[str]
    positional: bool
    converters: list[tuple[int, Any, bool]]
    versioned: bool


def _convert_column(values: Sequence[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """Apply a bind processor once per distinct value (most columns repeat a few values)."""
    table = {value: proc(value) for value in dict.fromkeys(values)}
    return list(map(table.__getitem__, values))


class BulkWriter:
    """Bulk inserts through the dialect's own bind processors, without per-row ORM work.

    `session.execute(insert(table), dicts)` spends ~25 µs a row in SQLAlchemy's parameter
    processing, too slow for 50,000 tenants' history; here each column's bind processor runs
    once per distinct value and the driver's executemany gets plain tuples. Money columns are
    given as integer fen, which is exactly what the Money type stores.
    """

    def __init__(self, conn: Connection, stamp: dt.datetime) -> None:
        self.conn = conn
        self.dialect = conn.dialect
        self.stamp = stamp
        self.counts: dict[str, int] = {}
        self._plans: dict[tuple[str, tuple[str, ...]], _Plan] = {}
        self._next_id: dict[str, int] = {}
        stamp_type = AwareDateTime().dialect_impl(self.dialect)
        self._stamp = (stamp_type.bind_processor(self.dialect) or (lambda v: v))(stamp)

    def reserve(self, table: Table, n: int) -> int:
        """The first of `n` fresh primary keys for `table` (after any rows already there)."""
        first = self._next_id.get(table.name)
        if first is None:
            first = (self.conn.scalar(select(func.max(table.c.id))) or 0) + 1
        self._next_id[table.name] = first + n
        return first

    def _plan(self, table: Table, columns: tuple[str, ...]) -> _Plan:
        plan = self._plans.get((table.name, columns))
        if plan is not None:
            return plan
        versioned = "version" in table.c and "version" not in columns
        keys = list(columns) + (["version", "created_at", "updated_at"] if versioned else [])
        missing = [c.key for c in table.c if c.key not in keys]
        if missing or len(set(keys)) != len(keys) or not set(keys) <= set(table.c.keys()):
            raise ValueError(f"{table.name}: give every column once (missing {missing})")
        # An untyped copy of the table with the columns in our order: the statement then
        # binds plain values in the order the rows hold them.
        bare = sql_table(table.name, *(sql_column(k) for k in keys))
        compiled = insert(bare).compile(dialect=self.dialect)
        converters: list[tuple[int, Any, bool]] = []
        for i, key in enumerate(columns):
            col_type = table.c[key].type
            if isinstance(col_type, Money):
                continue
            proc = col_type.dialect_impl(self.dialect).bind_processor(self.dialect)
            if proc is not None:
                converters.append((i, proc, not isinstance(col_type, JSON)))
        plan = _Plan(compiled.string, keys, compiled.positional, converters, versioned)
        self._plans[(table.name, columns)] = plan
        return plan

    def write(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        plan = self._plan(table, tuple(columns))
        if len(rows[0]) != len(columns):
            raise ValueError(f"{table.name}: rows have {len(rows[0])} values, not {len(columns)}")
        tail = (1, self._stamp, self._stamp) if plan.versioned else ()
        params: list[Any]
        if plan.converters:
            cols: list[Sequence[Any]] = list(zip(*rows, strict=True))
            for i, proc, hashable in plan.converters:
                cols[i] = _convert_column(cols[i], proc) if hashable else list(map(proc, cols[i]))
            cols += [(value,) * len(rows) for value in tail]
            params = list(zip(*cols, strict=True))
        else:
            params = [row + tail for row in rows] if tail else rows
        if not plan.positional:
            params = [dict(zip(plan.keys, row, strict=True)) for row in params]
        self.conn.exec_driver_sql(plan.sql, params)
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def fix_sequences(self) -> None:
        """On PostgreSQL, move each serial sequence past the ids given explicitly."""
        if self.dialect.name != "postgresql":
            return
        for name in sorted(self._next_id):
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT MAX(id) FROM {name}))"
                )
            )
