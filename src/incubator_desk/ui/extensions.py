"""Places where one area's widgets appear inside another's: tenant detail tabs, settings.

Each entry names a module and a class. A class that does not exist (yet) is left out, so an
area adds its tab or settings section by defining the class, without editing shared files.

- A tenant tab is a QWidget built as `cls(db, tenant_id, parent)`, with a class method
  `tab_title() -> str` (translated) and a `refresh()` method.
- A settings section is a QWidget built as `cls(db, parent)`, with a class method
  `section_title() -> str` (translated) and a `refresh()` method.
"""

from __future__ import annotations

import importlib
from typing import Any

TENANT_TABS: tuple[tuple[str, str], ...] = (
    ("incubator_desk.ui.pages.spaces", "TenantSpacesTab"),
    ("incubator_desk.ui.pages.mentoring", "TenantMentoringTab"),
    ("incubator_desk.ui.pages.training", "TenantTrainingTab"),
    ("incubator_desk.ui.pages.funding", "TenantFundingTab"),
    ("incubator_desk.ui.pages.reports", "TenantGraduationTab"),
)

SETTINGS_SECTIONS: tuple[tuple[str, str], ...] = (
    ("incubator_desk.ui.pages.tenants", "TenantListsSettings"),
    ("incubator_desk.ui.pages.spaces", "SpaceSettings"),
    ("incubator_desk.ui.pages.mentoring", "MentoringSettings"),
    ("incubator_desk.ui.pages.funding", "FundingSettings"),
    ("incubator_desk.ui.pages.reports", "ReportSettings"),
)


def load(entries: tuple[tuple[str, str], ...]) -> list[Any]:
    """The classes named in `entries` that exist, in order."""
    found = []
    for module_name, class_name in entries:
        module = importlib.import_module(module_name)
        cls = getattr(module, class_name, None)
        if cls is not None:
            found.append(cls)
    return found
