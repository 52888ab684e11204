"""The incubator as its reports show it: its name, and the logo on report covers (checked when
it is chosen, so a report never meets an image it cannot draw)."""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path

from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...db import Database
from .. import settings as settings_service

REPORT_LOGO = "report_logo"  # {"name": str, "data": base64 PNG/JPEG}
LOGO_MAX_BYTES = 2_000_000
LOGO_FORMATS = ("PNG", "JPEG")

_t = Translator("errors")


@dataclass(frozen=True)
class IncubatorInfo:
    name_zh: str
    name_en: str
    logo: bytes | None  # a PNG or JPEG that passed check_logo

    def name(self, lang: str) -> str:
        if lang == "zh":
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh


def incubator_names(db: Database) -> tuple[str, str]:
    """The incubator's name in Chinese and in English ("" where not given)."""
    name = settings_service.get(db, settings_service.INCUBATOR_NAME).value or {}
    return name.get("zh", ""), name.get("en", "")


def incubator_info(db: Database) -> IncubatorInfo:
    """Name and logo; a stored logo that cannot be drawn is refused with what to do."""
    zh, en = incubator_names(db)
    return IncubatorInfo(zh, en, stored_logo(db))


# --- the logo ---------------------------------------------------------------------------------


def check_logo(data: bytes) -> None:
    """Refuse what a report cannot draw on its cover: over 2 MB, or not a readable PNG/JPEG."""
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError(
            {"logo": _t(QT_TRANSLATE_NOOP("errors", "Choose an image under 2 MB."))}
        )
    not_an_image = _t(QT_TRANSLATE_NOOP("errors", "This file is not a PNG or JPEG image."))
    from PIL import Image  # only when a logo is chosen: Pillow costs memory at start-up

    try:
        with Image.open(io.BytesIO(data)) as img:
            kind = img.format
            img.load()  # decodes every pixel: a truncated or damaged file fails here
            width, height = img.size
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ValidationError({"logo": not_an_image}) from exc
    if kind not in LOGO_FORMATS or not width or not height:
        raise ValidationError({"logo": not_an_image})


def read_logo(path: Path) -> dict[str, str]:
    """The image at `path`, checked, as the logo setting stores it ({name, data: base64})."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            {
                "logo": _t(
                    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
                    path=str(path),
                    reason=exc.strerror or str(exc),
                )
            }
        ) from exc
    check_logo(data)
    return {"name": Path(path).name, "data": base64.b64encode(data).decode("ascii")}


def set_logo(db: Database, path: Path) -> str:
    """Check the image at `path` and store it as the logo on report covers; returns its name."""
    value = read_logo(path)
    settings_service.put(db, REPORT_LOGO, value, settings_service.get(db, REPORT_LOGO).version)
    return value["name"]


def remove_logo(db: Database) -> None:
    settings_service.put(db, REPORT_LOGO, None, settings_service.get(db, REPORT_LOGO).version)


def logo_name(db: Database) -> str | None:
    """The file name of the logo on report covers; None when there is none."""
    value = settings_service.get(db, REPORT_LOGO).value
    if isinstance(value, dict) and value.get("data"):
        return str(value.get("name") or "")
    return None


def stored_logo(db: Database) -> bytes | None:
    """The logo's image; a damaged stored one raises ValidationError saying what to do."""
    value = settings_service.get(db, REPORT_LOGO).value
    if not isinstance(value, dict) or not value.get("data"):
        return None
    try:
        data = base64.b64decode(value["data"], validate=True)
        check_logo(data)
    except (binascii.Error, ValidationError) as exc:
        raise ValidationError(
            {
                "logo": _t(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The logo saved for report covers ({name}) cannot be drawn: choose it "
                        "again or remove it in Settings → Graduation and reports.",
                    ),
                    name=str(value.get("name") or "?"),
                )
            }
        ) from exc
    return data
