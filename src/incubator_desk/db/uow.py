"""The database handle and its unit of work: one short session per user action.

A unit of work commits once, rolls back on any error, and writes an audit entry for every
record it created, changed or deleted, naming the operator.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, event, insert, inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..core.errors import ConflictError, ConnectionLost, NotFound, ServiceError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.labels import LOCAL_OPERATOR_NAME
from ..core.vocabularies import AuditAction, OperatorRole
from ..models import AuditEntry, Base, Operator, utcnow
from .audit import changes, describe, plain, snapshot
from .engine import WRITE_OPTION, DatabaseLocation

LOCAL_OPERATOR = "local"
M = TypeVar("M", bound=Base)

STALE = QT_TRANSLATE_NOOP(
    "errors",
    "This record was changed by someone else after you opened it. "
    "Reload it and make your change again.",
)
GONE = QT_TRANSLATE_NOOP(
    "errors", "This record no longer exists. It may have been removed by someone else."
)
LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "The database is busy: another program is saving to it. Nothing was saved, and what you "
    "entered is kept: try again in a moment.",
)
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "database",
    "The connection to the database server was lost ({detail}). Nothing was saved; what you "
    "entered is kept. Try again: the next attempt connects again.",
)
INTEGRITY = QT_TRANSLATE_NOOP(
    "errors", "The change was refused by the database: {detail}. Nothing was saved."
)


@dataclass
class UnitOfWork:
    """One open writing transaction.

    Use cases compose through it: a use case written as ``with db.uow(...) as uow: …;
    uow.commit()`` runs in its own transaction when given the `Database`, and inside the
    caller's when given the caller's `UnitOfWork` (``uow.uow()`` joins the open transaction,
    and the joined `commit()` only flushes). So one user action that books a room and saves a
    session calls both use cases on one unit of work, and nothing is written unless all of it is.
    """

    session: Session
    operator_id: int
    summary: str = ""
    _extra: list[AuditEntry] = field(default_factory=list)
    committed: bool = False
    database: Database | None = None
    outer: UnitOfWork | None = None
    # Every audit entry of this user action carries it, so an import of 3,000 tenants is
    # still found as one action; a joined unit of work shares its caller's.
    batch: str = field(default_factory=lambda: uuid.uuid4().hex)
    # ...and the same moment: the entries of one action are read as made at once.
    at: dt.datetime = field(default_factory=utcnow)

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.session.get_bind().dialect.name

    @property
    def location(self) -> DatabaseLocation:
        """Where the database of this transaction is (for files kept beside it)."""
        assert self.database is not None, "a unit of work comes from a Database"
        return self.database.location

    def audit(
        self,
        action: AuditAction,
        entity: str,
        entity_id: int | None,
        summary: str,
        record_name: str = "",
        tenant_id: int | None = None,
        values: dict[str, Any] | None = None,
    ) -> None:
        """Record an action that is more than a row change (an import, a generation…), with
        the figures it wants to show field by field (an import's row counts)."""
        self._extra.append(
            AuditEntry(
                action=action,
                entity=entity,
                entity_id=entity_id,
                summary=summary,
                record_name=record_name,
                tenant_id=tenant_id,
                changes={k: plain(v) for k, v in values.items()} if values else None,
            )
        )

    def audit_records(
        self,
        action: AuditAction,
        entity: str,
        records: Iterable[tuple[int | None, str, int | None, dict[str, Any]]],
    ) -> None:
        """One entry per record written in bulk (an import's rows), in one statement.

        Each record is (id, name, tenant id, changes): for a new record its values, for a
        changed one {column: [before, after]}. The entries join this action's batch.
        """
        rows = [
            {
                "at": self.at,
                "operator_id": self.operator_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "summary": self.summary[:500],
                "changes": {k: plain(v) for k, v in values.items()},
                "batch": self.batch,
                "record_name": name[:200],
                "tenant_id": tenant_id,
            }
            for entity_id, name, tenant_id, values in records
        ]
        if rows:
            self.session.execute(insert(AuditEntry), rows)

    def get(self, model: type[M], ident: Any, expected_version: int | None = None) -> M:
        """Load a record to change it; refuse if it is gone or was changed since it was read."""
        obj = self.session.get(model, ident)
        if obj is None:
            raise NotFound(GONE)
        if expected_version is not None and getattr(obj, "version", None) != expected_version:
            raise ConflictError(STALE)
        return obj

    def lock(self, model: type[M], ident: Any, expected_version: int | None = None) -> M:
        """Like `get`, and hold the row until this unit of work ends.

        For a rule that sums or limits something (a fund's budget, the tranches of an
        approval, desks in a unit): lock the row the sum belongs to before summing, so two
        operators saving at once are serialised and the second sees the first one's rows. On
        PostgreSQL this is SELECT … FOR UPDATE; SQLite ignores it, and there the writing unit
        of work already holds the write lock (BEGIN IMMEDIATE).
        """
        mapper = inspect(model)
        key = mapper.primary_key[0]
        obj = self.session.scalars(
            select(model)
            .where(key == ident)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).one_or_none()
        if obj is None:
            raise NotFound(GONE)
        if expected_version is not None and getattr(obj, "version", None) != expected_version:
            raise ConflictError(STALE)
        return obj

    @contextmanager
    def uow(self, summary: str = "") -> Iterator[UnitOfWork]:
        """Join this transaction: the caller's `commit()` decides, a joined one only flushes."""
        yield UnitOfWork(
            self.session,
            self.operator_id,
            self.summary or summary,
            self._extra,
            database=self.database,
            outer=self,
            batch=self.batch,
            at=self.at,
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Reads inside this transaction see its own uncommitted changes."""
        yield self.session

    def commit(self) -> None:
        s = self.session
        s.flush()  # ids for new rows; raises on stale versions before we write audit rows
        if self.outer is not None:
            self.committed = True
            return
        # Audit rows are collected on flush by the session listener below.
        pending: list[AuditEntry] = s.info.pop("audit", [])
        pending += self._extra
        for entry in pending:
            entry.operator_id = self.operator_id
            entry.batch = self.batch
            entry.at = self.at
            if (obj := entry.__dict__.pop("_target", None)) is not None:
                entry.entity_id = getattr(obj, "id", None)
                entry.changes = snapshot(obj)  # after the flush, with defaults applied
                entry.record_name, entry.tenant_id = describe(obj)
            if not entry.summary:
                entry.summary = self.summary[:500]
        s.add_all(pending)
        s.commit()
        self.committed = True
        if self.database is not None:
            self.database.commits += 1


def _collect_audit(session: Session, _ctx: Any, _instances: Any) -> None:
    entries: list[AuditEntry] = session.info.setdefault("audit", [])
    for obj in session.new:
        if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
            continue
        entry = AuditEntry(action=AuditAction.CREATE, entity=obj.__tablename__)
        entry.__dict__["_target"] = obj  # id and defaults known only after the flush
        entries.append(entry)
    for obj in session.dirty:
        if not isinstance(obj, Base) or not session.is_modified(obj):
            continue
        changed = changes(obj)
        if changed:
            name, tenant_id = describe(obj)
            entries.append(
                AuditEntry(
                    action=AuditAction.UPDATE,
                    entity=obj.__tablename__,
                    entity_id=getattr(obj, "id", None),
                    changes=changed,
                    record_name=name,
                    tenant_id=tenant_id,
                )
            )
    for obj in session.deleted:
        if isinstance(obj, Base):
            name, tenant_id = describe(obj)
            entries.append(
                AuditEntry(
                    action=AuditAction.DELETE,
                    entity=obj.__tablename__,
                    entity_id=getattr(obj, "id", None),
                    changes=snapshot(obj),
                    record_name=name,
                    tenant_id=tenant_id,
                )
            )


class Database:
    """An open database: its location, engine and the operator on whose behalf changes are made."""

    def __init__(self, location: DatabaseLocation, engine: Engine) -> None:
        self.location = location
        self.engine = engine
        self.commits = 0  # changes saved through this handle (the window backs up after any)
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self.local_operator_id = self._ensure_local_operator()
        # Changes are made on behalf of this operator: the automatic local one until someone
        # signs in (services/accounts.py decides when signing in is needed).
        self.operator_id = self.local_operator_id

    def act_as(self, operator_id: int | None) -> None:
        """Make changes on behalf of this operator from now on (None: the local operator)."""
        self.operator_id = self.local_operator_id if operator_id is None else operator_id

    def _ensure_local_operator(self) -> int:
        # Read first: opening a database must not take the write lock (another program may
        # be writing, and reading commands must work then); write only when it is missing.
        query = select(Operator.id).where(Operator.username == LOCAL_OPERATOR)
        with Session(self.engine) as s:
            op_id = s.scalar(query)
            if op_id is not None:
                return op_id
        with Session(self._write_engine) as s:
            op_id = s.scalar(query)
            if op_id is not None:
                return op_id
            op = Operator(
                username=LOCAL_OPERATOR,
                display_name=LOCAL_OPERATOR_NAME,
                role=OperatorRole.ADMINISTRATOR,
            )
            s.add(op)
            try:
                s.commit()
                return op.id
            except IntegrityError:
                # Another copy of the application, opening the same new server database at
                # this moment, created it first (SQLite's BEGIN IMMEDIATE rules this out).
                s.rollback()
                op_id = s.scalar(query)
                assert op_id is not None
                return op_id

    @contextmanager
    def uow(self, summary: str = "") -> Iterator[UnitOfWork]:
        """A writing unit of work. Call `commit()` once at the end; anything else rolls back."""
        session = Session(self._write_engine, expire_on_commit=False, autoflush=True)
        event.listen(session, "before_flush", _collect_audit)
        uow = UnitOfWork(session, self.operator_id, summary, database=self)
        try:
            yield uow
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(STALE) from exc
        except OperationalError as exc:
            _rollback_quietly(session)
            if "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower():
                raise ConflictError(LOCKED) from exc
            if exc.connection_invalidated:
                raise connection_lost(exc) from exc
            raise
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError(INTEGRITY, detail=str(exc.orig).splitlines()[0]) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            if not uow.committed:
                _rollback_quietly(session)
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (deferred transaction; nothing is committed)."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except OperationalError as exc:
            if exc.connection_invalidated:
                raise connection_lost(exc) from exc
            raise
        finally:
            _rollback_quietly(session)
            session.close()

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    def dispose(self) -> None:
        self.engine.dispose()


def connection_lost(exc: OperationalError) -> ConnectionLost:
    """The message for a server connection that dropped (the pool has already discarded it,
    so the next unit of work or read connects again)."""
    detail = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else "?"
    return ConnectionLost(CONNECTION_LOST, detail=detail)


def _rollback_quietly(session: Session) -> None:
    # After a dropped connection the rollback itself fails; the pool has discarded the
    # connection already, and the error the person sees is the first one.
    try:
        session.rollback()
    except OperationalError:
        session.invalidate()


Store = Database | UnitOfWork
"""What a use case runs against: the database (its own transaction) or the caller's unit of
work (joining it). Both offer `uow()` and `read()`."""

__all__ = ["Database", "ServiceError", "Store", "UnitOfWork"]
