"""Fixtures for the window tests: a small demo database and a main window in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.services.demo import generate_demo


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(resolve_location(str(tmp_path / "window.sqlite")), create=True).db
    generate_demo(db, tenants=40, seed=3)
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, demo_db: Database):
    from incubator_desk.app import build_window, make_application
    from incubator_desk.ui import i18n

    make_application()
    i18n.install("en")
    win = build_window(demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    i18n.install("en")
