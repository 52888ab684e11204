"""The one file format for backups and for moving to another computer: a checked zip archive.

    manifest.json          what it is, when and from where, counts, and every member's
                           size and SHA-256
    database.sqlite        a consistent copy of the database (integrity-checked when taken)
    attachments/<stored>   the files the database refers to, under the paths its rows store

An archive is written to a hidden `.partial` file in the target folder and renamed into place
only when complete, so a crash or a pulled plug leaves either the old state or a whole file.
Reading trusts nothing in the file: every name must stay inside its folder, every size is
checked against the free space before anything is written, and every member's checksum is
verified while it is unpacked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .. import __version__
from ..core import clock
from ..core.errors import ArchiveError, DatabaseDamaged
from ..core.i18n import QT_TRANSLATE_NOOP
from .snapshot import Counts, Snapshot

Progress = Callable[[int, int], object]

FORMAT = "incubator-desk-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
ATTACHMENTS = "attachments"
SUFFIX = ".zip"
PARTIAL = ".partial"
MAX_MANIFEST_BYTES = 16 << 20
CHUNK = 1 << 20
# Fast deflate: a database shrinks to about a quarter at level 1, and level 6 takes 2.7 times
# as long for a further seventh (benchmarks/bench_backup.py).
COMPRESS_LEVEL = 1

NOT_ARCHIVE = QT_TRANSLATE_NOOP(
    "database", "{path} is not an Incubator Desk backup or archive ({detail})."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "database",
    "{path} is damaged and cannot be used ({detail}). Choose another backup.",
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "database",
    "{path} was written by a newer version of Incubator Desk (archive format {version}). "
    "Install the newer version to open it.",
)
UNSAFE = QT_TRANSLATE_NOOP(
    "database",
    "{path} was refused: it holds a file named {name!r}, which would be written outside "
    "its own folder.",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "database",
    "{path} was refused: it would unpack to {size} MB, but only {free} MB are free in {folder}.",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP("database", "{path} could not be written: {detail}")


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    kind: str
    created: dt.datetime  # UTC
    app_version: str
    revision: str | None
    source: str
    counts: Counts
    audit_high: int
    members: tuple[Member, ...]
    missing: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return sum(m.size for m in self.members)

    def attachments(self) -> list[Member]:
        return [m for m in self.members if m.name.startswith(ATTACHMENTS + "/")]

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kind": self.kind,
            "created": self.created.isoformat(),
            "app_version": self.app_version,
            "schema_revision": self.revision,
            "source": self.source,
            "counts": self.counts.as_dict(),
            "audit_high": self.audit_high,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
            "missing": list(self.missing),
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode()

    @classmethod
    def from_json(cls, path: Path, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ArchiveError(NOT_ARCHIVE, path=path, detail="no Incubator Desk manifest")
            version = int(data.get("format_version", 0))
            if version > FORMAT_VERSION:
                raise ArchiveError(NEWER_FORMAT, path=path, version=version)
            created = dt.datetime.fromisoformat(data["created"])
            if created.tzinfo is None:
                created = created.replace(tzinfo=dt.UTC)
            members = tuple(
                Member(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in data["members"]
            )
            return cls(
                kind=str(data.get("kind", "")),
                created=created,
                app_version=str(data.get("app_version", "")),
                revision=data.get("schema_revision"),
                source=str(data.get("source", "")),
                counts=Counts.from_dict(data.get("counts")),
                audit_high=int(data.get("audit_high") or 0),
                members=members,
                missing=tuple(str(m) for m in data.get("missing", [])),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DatabaseDamaged(
                DAMAGED, path=path, detail=f"its manifest is unreadable: {exc}"
            ) from exc


def _zip_time(moment: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = clock.park_time(moment)
    return (local.year, local.month, local.day, local.hour, local.minute, local.second)


def partial_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{PARTIAL}")


def write(
    target: Path,
    snapshot: Snapshot,
    *,
    kind: str,
    source: str,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Manifest:
    """Write `snapshot` (database copy and files) as an archive at `target`, all or nothing."""
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    inputs = [(DATABASE, snapshot.path)] + [
        (f"{ATTACHMENTS}/{stored}", file) for stored, file in snapshot.files
    ]
    total = sum(file.stat().st_size for _, file in inputs) or 1
    done = 0
    partial = partial_path(target)
    members: list[Member] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            open(partial, "wb") as raw,
            zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as zf,
        ):
            for name, file in inputs:
                info = zipfile.ZipInfo(name, _zip_time(created))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.file_size = file.stat().st_size
                digest = hashlib.sha256()
                with file.open("rb") as src, zf.open(info, "w", force_zip64=True) as out:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                members.append(Member(name, info.file_size, digest.hexdigest()))
            manifest = Manifest(
                kind=kind,
                created=created,
                app_version=__version__,
                revision=snapshot.contents.revision,
                source=source,
                counts=snapshot.contents.counts,
                audit_high=snapshot.contents.audit_high,
                members=tuple(members),
                missing=tuple(snapshot.missing),
            )
            zf.writestr(zipfile.ZipInfo(MANIFEST, _zip_time(created)), manifest.to_json())
            zf.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, target)
        _sync_folder(target.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveError(CANNOT_WRITE, path=target, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); folders cannot be opened for syncing on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise ArchiveError(NOT_ARCHIVE, path=path, detail=exc.strerror or str(exc)) from exc
    if magic[:2] != b"PK":
        raise ArchiveError(NOT_ARCHIVE, path=path, detail="not a zip file")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DatabaseDamaged(DAMAGED, path=path, detail=str(exc)) from exc


def is_archive(path: Path) -> bool:
    """Whether `path` looks like a zip file (the format is checked when it is read)."""
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def holds_manifest(path: Path) -> bool:
    """Whether `path` is a zip file with a manifest: a backup or an archive, not a workbook."""
    if not is_archive(path):
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return MANIFEST in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _safe_name(path: Path, name: str) -> None:
    parts = PurePosixPath(name).parts
    if (
        not name
        or "\\" in name
        or name.startswith("/")
        or ".." in parts
        or any(":" in p for p in parts)
        or (name != DATABASE and (len(parts) < 2 or parts[0] != ATTACHMENTS))
    ):
        raise ArchiveError(UNSAFE, path=path, name=name)


def _checked_manifest(path: Path, zf: zipfile.ZipFile) -> Manifest:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise ArchiveError(NOT_ARCHIVE, path=path, detail="it has no manifest") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ArchiveError(NOT_ARCHIVE, path=path, detail="its manifest is too large")
    try:
        raw = zf.read(MANIFEST)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DatabaseDamaged(DAMAGED, path=path, detail=str(exc)) from exc
    manifest = Manifest.from_json(path, raw)
    names = [m.name for m in manifest.members]
    for name in names:
        _safe_name(path, name)
    if DATABASE not in names:
        raise ArchiveError(NOT_ARCHIVE, path=path, detail="it holds no database")
    in_zip = [i.filename for i in zf.infolist() if i.filename != MANIFEST]
    if len(set(names)) != len(names) or sorted(in_zip) != sorted(names):
        raise DatabaseDamaged(DAMAGED, path=path, detail="its files do not match its manifest")
    for m in manifest.members:
        if zf.getinfo(m.name).file_size != m.size:
            raise DatabaseDamaged(DAMAGED, path=path, detail=f"{m.name} has the wrong size")
    return manifest


def read_manifest(path: Path) -> Manifest:
    """The manifest, with its names and sizes checked against the zip (fast: no unpacking)."""
    with _open_zip(path) as zf:
        return _checked_manifest(path, zf)


def _copy_member(
    path: Path, zf: zipfile.ZipFile, member: Member, out: IO[bytes] | None, tick: Progress
) -> None:
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(member.name) as src:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > member.size:
                    break
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
                tick(len(chunk), 0)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise DatabaseDamaged(DAMAGED, path=path, detail=f"{member.name}: {exc}") from exc
    if size != member.size or digest.hexdigest() != member.sha256:
        raise DatabaseDamaged(
            DAMAGED, path=path, detail=f"the checksum of {member.name} does not match"
        )


def verify(path: Path, progress: Progress | None = None) -> Manifest:
    """Read every member and check its size and checksum."""
    with _open_zip(path) as zf:
        manifest = _checked_manifest(path, zf)
        tick = _ticker(manifest.size, progress)
        for member in manifest.members:
            _copy_member(path, zf, member, None, tick)
    return manifest


def extract(
    path: Path,
    into: Path,
    progress: Progress | None = None,
    only: Iterable[str] | None = None,
) -> Manifest:
    """Unpack into the (new, empty) folder `into`, checking every name, size and checksum."""
    with _open_zip(path) as zf:
        manifest = _checked_manifest(path, zf)
        wanted = [m for m in manifest.members if only is None or m.name in set(only)]
        need = sum(m.size for m in wanted)
        into.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(into).free
        if need > free:
            raise ArchiveError(TOO_BIG, path=path, size=need >> 20, free=free >> 20, folder=into)
        tick = _ticker(need, progress)
        for member in wanted:
            target = into.joinpath(*PurePosixPath(member.name).parts)
            if into.resolve() not in target.resolve().parents:
                raise ArchiveError(UNSAFE, path=path, name=member.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as out:
                _copy_member(path, zf, member, out, tick)
    return manifest


def _ticker(total: int, progress: Progress | None) -> Progress:
    state = {"done": 0}

    def tick(n: int, _unused: int) -> None:
        state["done"] += n
        if progress:
            progress(state["done"], max(total, 1))

    return tick
