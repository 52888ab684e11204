"""Where a database keeps its attached files: a folder of its own, never shared with another.

A SQLite database `office.sqlite` keeps them in `office.sqlite-attachments/` beside it (named
like SQLite's own `-wal` and `-shm` companions), so they move, back up and archive with it.
A server database keeps them in the data folder, in a folder named for the server and
database. Earlier versions kept every database's files in one
shared folder (`attachments/` in the data folder); a file still only there is copied into
the database's own folder the first time it is asked for, and the shared copy is left alone
(another database may refer to it).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .. import paths
from .engine import DatabaseLocation

SUFFIX = "-attachments"
# File names are limited to 255 bytes on most file systems (ext4, NTFS counts 255 UTF-16
# units); 81 Chinese characters are 243 bytes in UTF-8. Stored names keep a prefix of the
# checksum and as much of the original name as fits well inside that.
MAX_NAME_BYTES = 180


def attachments_dir(location: DatabaseLocation) -> Path:
    """The folder of this database's attached files (not created here)."""
    path = location.sqlite_path
    if path is not None:
        return path.with_name(path.name + SUFFIX)
    url = location.url
    key = f"{url.host or ''}:{url.port or ''}/{url.database or ''}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in (url.database or "db"))
    return paths.data_dir() / "attachments-by-database" / f"{name}-{digest}"


def shared_legacy_dir() -> Path:
    """The folder earlier versions shared between every database (not created here)."""
    return paths.data_dir() / "attachments"


def stored_name(digest: str, original: str) -> str:
    """A file name for a stored copy: checksum prefix and the original name, cut to fit."""
    suffix = Path(original).suffix
    if len(suffix.encode()) > 20:
        suffix = ""
    stem = original[: len(original) - len(suffix)] if suffix else original
    budget = MAX_NAME_BYTES - len(digest[:12]) - 1 - len(suffix.encode())
    encoded = stem.encode()
    if len(encoded) > budget:
        stem = encoded[:budget].decode("utf-8", errors="ignore").rstrip()
    stem = stem.replace("/", "_").replace("\\", "_") or "file"
    return f"{digest[:12]}_{stem}{suffix}"


def resolve(location: DatabaseLocation, stored: str) -> Path:
    """The file a stored path names, in this database's own folder.

    Absolute paths (never written by this version) are taken as they are. A relative path
    found only in the shared folder of earlier versions is copied into this database's
    folder first; if that copy cannot be made, the shared file is returned.
    """
    rel = Path(stored)
    if rel.is_absolute():
        return rel
    own = attachments_dir(location) / rel
    if own.exists():
        return own
    legacy = shared_legacy_dir() / rel
    if not legacy.is_file():
        return own
    try:
        copy_file(legacy, own)
    except OSError:
        return legacy
    return own


def copy_file(source: Path, target: Path) -> None:
    """Copy so that `target` is either absent or complete, never half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".partial-", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
