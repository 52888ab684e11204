"""Documents attached to an application: a copy kept in the database's own attachments folder
(db/attachments.py), checked against the SHA-256 recorded when it was attached."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ...core.errors import ConflictError, NotFound, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...db import Database, Store, attachments
from ...models import ApplicationDocument, FundApplication
from ..access import Action, requires

_t = Translator("funding")


DOCUMENT_KINDS = ("business_plan", "financial_statements", "agreement", "other")


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    original_name: str
    path: Path
    sha256: str
    size_bytes: int
    added_at: dt.datetime

    @property
    def exists(self) -> bool:
        return self.path.is_file()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def stored_path(db: Store, stored: str) -> Path:
    """Where a stored copy is: paths are kept relative to the database's attachments folder
    (a copy still in the folder earlier versions shared is brought over on first use)."""
    return attachments.resolve(db.location, stored)


@requires(Action.FUNDING)
def attach_document(db: Store, app_id: int, source: Path | str, kind: str = "other") -> int:
    """Copy a file into the application's own folder and record its checksum. (Should the
    caller's transaction roll back later, the copy stays behind, unrecorded: harmless, and
    attaching the same file again reuses it.)"""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(
            {
                "file": _t(
                    QT_TRANSLATE_NOOP("funding", "The file {path} does not exist."),
                    path=str(source),
                )
            }
        )
    if kind not in DOCUMENT_KINDS:
        kind = "other"
    digest = _sha256(source)
    rel = Path("applications") / str(app_id) / attachments.stored_name(digest, source.name)
    target = attachments.attachments_dir(db.location) / rel
    copied = False
    try:
        with db.uow(summary=f"document for application {app_id}") as uow:
            uow.get(FundApplication, app_id)
            if not target.exists():
                attachments.copy_file(source, target)
                copied = True
            doc = ApplicationDocument(
                application_id=app_id,
                kind=kind,
                original_name=source.name,
                stored_path=rel.as_posix(),
                sha256=digest,
                size_bytes=source.stat().st_size,
            )
            uow.session.add(doc)
            uow.commit()
            return doc.id
    except BaseException:
        if copied:
            target.unlink(missing_ok=True)
        raise


def document_file(db: Store, doc_id: int) -> Path:
    """The stored copy of a document, checked: refused clearly if gone or changed."""
    with db.read() as s:
        doc = s.get(ApplicationDocument, doc_id)
        if doc is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        path = stored_path(db, doc.stored_path)
        if not path.is_file():
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stored copy of {name} is no longer at {path}. Attach the file again.",
                ),
                name=doc.original_name,
                path=str(path),
            )
        if _sha256(path) != doc.sha256:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The stored copy of {name} at {path} was changed after it was attached "
                    "(its checksum differs).",
                ),
                name=doc.original_name,
                path=str(path),
            )
        return path


@requires(Action.FUNDING)
def remove_document(db: Database, doc_id: int) -> None:
    """Forget a document and delete its stored copy unless another record shares it. Its own
    transaction (a Database, not a caller's unit of work): the file is deleted only once the
    removal is committed."""
    with db.uow(summary="remove document") as uow:
        doc = uow.get(ApplicationDocument, doc_id)
        path = attachments.attachments_dir(db.location) / doc.stored_path
        shared = uow.session.scalar(
            select(func.count())
            .select_from(ApplicationDocument)
            .where(ApplicationDocument.stored_path == doc.stored_path)
        )
        uow.session.delete(doc)
        uow.commit()
    if shared == 1 and not Path(doc.stored_path).is_absolute():
        # Only the database's own copy: one left in the folder earlier versions shared
        # may belong to another database too.
        path.unlink(missing_ok=True)
