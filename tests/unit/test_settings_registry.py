"""Every setting is declared once: its key, type, default, scope and check."""

from __future__ import annotations

import pytest

from incubator_desk.core import settings
from incubator_desk.core.errors import ValidationError
from incubator_desk.core.settings import Scope, UnknownSetting


def test_keys_stored_by_earlier_versions_are_declared_in_their_scope() -> None:
    computer = {s.key for s in settings.all_settings(Scope.COMPUTER)}
    shared = {s.key for s in settings.all_settings(Scope.SHARED)}
    assert computer == {
        "ui/language",
        "ui/colour_scheme",
        "window/geometry",
        "window/state",
        "window/page",
        "database/last",
        "database/recent",
    }
    assert shared == {
        "incubator_name",
        "graduation_rules",
        "review_rubric",
        "report_font",
        "report_logo",
        "billing",
        "time_zone",
        "backup_folder",
        "backup_max_age_days",
        "self_assessment",
    }
    assert settings.table_header("tenants").key == "tables/tenants/header"


def test_an_undeclared_key_fails_loudly() -> None:
    with pytest.raises(UnknownSetting, match="report_fonts"):
        settings.declared("report_fonts")
    with pytest.raises(ValueError, match="declared twice"):
        settings.declare("ui/language", str, "en", Scope.COMPUTER)


def test_values_are_read_as_the_declared_type() -> None:
    # What QSettings' INI files and the database hand back.
    assert settings.RECENT_DATABASES.coerce("/one.sqlite") == ["/one.sqlite"]
    assert settings.RECENT_DATABASES.coerce(None) == []
    assert settings.LANGUAGE.coerce(3) == "system"  # unreadable: the default
    assert settings.REPORT_LOGO.coerce("junk") is None
    first = settings.INCUBATOR_NAME.coerce(None)
    first["zh"] = "changed"
    assert settings.INCUBATOR_NAME.coerce(None) == {"zh": "", "en": ""}  # defaults are copies


def test_values_are_checked_before_they_are_stored() -> None:
    with pytest.raises(TypeError):
        settings.LANGUAGE.check(["en"])
    with pytest.raises(ValueError):
        settings.LANGUAGE.check("fr")
    with pytest.raises(ValueError):
        settings.RECENT_DATABASES.check(["/a.sqlite", 3])
    with pytest.raises(ValidationError) as caught:
        settings.INCUBATOR_NAME.check({"zh": " ", "en": ""})
    assert set(caught.value.fields) == {"name_zh"}
    with pytest.raises(ValueError):
        settings.REPORT_LOGO.check({"name": "logo.png", "data": "not base64!"})
    assert settings.REPORT_LOGO.check(None) is None  # "no logo" is a value too
    assert settings.REPORT_FONT.check({"path": "/f.ttc", "subfont_index": 1})
