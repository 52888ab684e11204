"""A new office's first start: the incubator's name, logo and time zone, asked before anything.

`needs_setup` says whether a database is still blank (no tenant, the incubator never
named); `complete_setup` checks and saves the answers in one unit of work and starts using
the time zone at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ..core import clock
from ..core import settings as declared
from ..core.errors import ValidationError
from ..db import Database
from ..models import Tenant
from . import settings
from .access import Action, requires
from .reporting import incubator


@dataclass(frozen=True)
class Setup:
    name_zh: str
    name_en: str = ""
    time_zone: str = clock.DEFAULT_ZONE
    logo: Path | None = None  # a PNG or JPEG for report covers


def needs_setup(db: Database) -> bool:
    """True for a blank database: no tenant yet, and the incubator never named."""
    if settings.get(db, declared.INCUBATOR_NAME).version is not None:
        return False
    with db.read() as s:
        return not s.scalar(select(func.count()).select_from(Tenant))


@requires(Action.CHANGE_SETTINGS)
def complete_setup(db: Database, setup: Setup) -> None:
    """Save the incubator's name, time zone and logo (all or nothing); ValidationError names
    the fields ("name_zh", "time_zone", "logo") to correct."""
    name = {"zh": setup.name_zh.strip(), "en": setup.name_en.strip()}
    zone = setup.time_zone.strip()
    errors: dict[str, str] = {}
    for setting, value in ((declared.INCUBATOR_NAME, name), (declared.TIME_ZONE, zone)):
        try:
            setting.check(value)
        except ValidationError as exc:
            errors.update(exc.fields)
    logo = None
    if setup.logo is not None:
        try:
            logo = incubator.read_logo(setup.logo)
        except ValidationError as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    with db.uow(summary="first start: the incubator's name, time zone and logo") as uow:
        settings.put(uow, declared.INCUBATOR_NAME, name, None)
        settings.put(uow, declared.TIME_ZONE, zone, settings.get(uow, declared.TIME_ZONE).version)
        if logo is not None:
            settings.put(
                uow, declared.REPORT_LOGO, logo, settings.get(uow, declared.REPORT_LOGO).version
            )
        uow.commit()
    clock.set_zone(zone)
