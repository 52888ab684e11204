"""Shared settings in the database's settings table, read and written by their declaration."""

from __future__ import annotations

import pytest

from incubator_desk.core import settings as declared
from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.settings import UnknownSetting
from incubator_desk.db import Database
from incubator_desk.services import settings


def test_defaults_until_saved_then_versioned(db: Database) -> None:
    name = settings.get(db, declared.INCUBATOR_NAME)
    assert (name.value, name.version) == ({"zh": "", "en": ""}, None)
    assert settings.get(db, "report_logo").value is None
    assert settings.get(db, "graduation_rules").value == {}

    version = settings.set_incubator_name(db, " 前海孵化器 ", "", None)
    assert settings.get(db, "incubator_name").value == {"zh": "前海孵化器", "en": ""}
    with pytest.raises(ConflictError):
        settings.set_incubator_name(db, "别的", "", version + 1)  # a stale or foreign version
    with pytest.raises(ValidationError):
        settings.set_incubator_name(db, "", " ", version)


def test_only_declared_shared_settings_reach_the_database(db: Database) -> None:
    with pytest.raises(UnknownSetting):
        settings.get(db, "report_fonts")
    with pytest.raises(UnknownSetting):
        settings.put(db, "anything", {}, None)
    with pytest.raises(ValueError, match="this computer"):
        settings.get(db, declared.LANGUAGE)
    with pytest.raises(TypeError):
        settings.put(db, "report_font", "/fonts/a.ttc", None)
    settings.put(db, "report_font", {"path": "/fonts/a.ttc", "subfont_index": 0}, None)
    font = settings.get(db, "report_font")
    assert font.value == {"path": "/fonts/a.ttc", "subfont_index": 0}
    settings.put(db, "report_font", None, font.version)  # back to "found automatically"
    assert settings.get(db, "report_font").value is None
