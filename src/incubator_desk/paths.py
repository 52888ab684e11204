"""Per-user folders for data and backups (platformdirs; portable across OSes)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from . import APP_ID, ORG_NAME

# Tests and portable installs point everything at one folder with this variable.
DATA_DIR_ENV = "INCUBATOR_DESK_DATA_DIR"
DB_ENV = "INCUBATOR_DESK_DB"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_path(APP_ID, ORG_NAME, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "incubator-desk.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite"


def backup_dir() -> Path:
    """The default backups folder (made when the first backup is written into it)."""
    return data_dir() / "backups"
