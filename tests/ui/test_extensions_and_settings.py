"""Tabs and settings sections registered by the areas; this computer's settings in QSettings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from incubator_desk.core import settings as declared
from incubator_desk.ui import extensions, settings
from incubator_desk.ui.extensions import Entry, ExtensionError


def test_every_registered_tab_and_section_exists() -> None:
    extensions.check()
    extensions.load_all()
    titles = [cls.tab_title() for cls in extensions.tenant_tabs()]
    assert titles == [
        "Spaces",
        "Mentoring",
        "Training",
        "Funding",
        "Graduation",
        "Statistics return",
        "Billing",
        "History",
    ]
    sections = [cls.section_title() for cls in extensions.settings_sections()]
    assert sections == [
        "Tenant lists",
        "Rent subsidy",
        "Funding review",
        "Graduation and reports",
        "Statistics",
        "Billing",
        "Backups",
        "Accounts",
    ]
    assert [f.__name__ for f in extensions.tenant_flags()] == ["arrears_flag"]


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        (Entry("incubator_desk.ui.pages.nowhere", "NowhereTab"), "does not exist"),
        (Entry("incubator_desk.ui.pages.mentoring", "MentoringSettings"), "no widget class"),
        (Entry("incubator_desk.ui.pages.tenants", "svc"), "no widget class"),
        (Entry("incubator_desk.ui.pages.tenants", "LookupDialog"), "lacks section_title"),
    ],
)
def test_a_registration_naming_something_missing_fails_loudly(entry: Entry, says: str) -> None:
    with pytest.raises(ExtensionError, match=says):
        extensions.settings_sections((*extensions.SETTINGS_SECTIONS, entry))


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        (Entry("incubator_desk.ui.pages.nowhere", "NowhereTab"), "does not exist"),
        (Entry("incubator_desk.ui.nowhere.at_all", "NowhereTab"), "does not exist"),
        (Entry("incubator_desk.ui.pages.mentoring", "MentoringSettings"), "has no"),
    ],
)
def test_the_start_up_check_finds_a_missing_entry_without_importing(
    entry: Entry, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(extensions, "TENANT_FLAGS", (*extensions.TENANT_FLAGS, entry))
    with pytest.raises(ExtensionError, match=says):
        extensions.check()
    for module in ("incubator_desk.ui.pages.reports", "incubator_desk.ui.pages.spaces"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    extensions.TENANT_FLAGS = extensions.TENANT_FLAGS[:-1]
    extensions.check()
    assert "incubator_desk.ui.pages.reports" not in sys.modules  # read, not imported


def test_a_flag_naming_something_missing_fails_loudly() -> None:
    with pytest.raises(ExtensionError, match="no function"):
        extensions.tenant_flags((Entry("incubator_desk.ui.pages.billing", "BillingPage"),))


def test_computer_settings_round_trip_through_qsettings() -> None:
    assert settings.LANGUAGE.get() == "system"
    settings.LANGUAGE.set("zh_CN")
    assert settings.LANGUAGE.get() == "zh_CN"
    with pytest.raises(ValueError):
        settings.LANGUAGE.set("fr")
    settings.RECENT_DATABASES.set(["/only.sqlite"])  # INI files keep one item as plain text
    assert settings.RECENT_DATABASES.get() == ["/only.sqlite"]
    settings.remember_database("/two.sqlite")
    assert settings.RECENT_DATABASES.get() == ["/two.sqlite", "/only.sqlite"]
    assert settings.LAST_DATABASE.get() == "/two.sqlite"
    state = settings.header_state("tenants")
    assert state.get() == b""
    state.set(b"\x00\x01header")
    assert settings.qsettings().value(state.key) == QByteArray(b"\x00\x01header")
    assert state.get() == b"\x00\x01header"


def test_shared_settings_are_not_kept_on_this_computer() -> None:
    with pytest.raises(ValueError, match="database"):
        settings.Local(declared.INCUBATOR_NAME)
