"""A TrueType CJK font to embed in every PDF (no Qt).

ReportLab's built-in CID fonts (STSong-Light) are not embedded: viewers without the Adobe
CJK packs drop or substitute their text. So every report embeds a TrueType font with Chinese
glyphs, found on the machine (Windows, macOS and Linux candidates) or chosen in Settings.
Fonts with PostScript (CFF) outlines, such as Noto Sans CJK, cannot be embedded by ReportLab
and are skipped. If none is usable, `FontNotFound` says how to fix it: never a PDF with boxes.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import ServiceError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..services.reporting import FontChoice

ENV_VAR = "INCUBATOR_DESK_REPORT_FONT"  # path[:index]: use only this font (servers, tests)
FONT_NAME = "IDeskCJK"
SAMPLE = "孵化器毕业报告第页共¥"


class FontNotFound(ServiceError):
    """No usable Chinese TrueType font: the message says how to install or choose one."""

    context = "reports"


def _windows_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def candidates() -> list[FontChoice]:
    """Known TrueType-outline CJK fonts, most suitable first, for this platform."""
    out: list[FontChoice] = []
    if sys.platform.startswith("win"):
        for d in _windows_dirs():
            for name in ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf"):
                out.append(FontChoice(d / name))
    elif sys.platform == "darwin":
        # TrueType outlines (STHeiti, Songti, Arial Unicode); Hiragino/PingFang are checked
        # at load time and skipped when they are CFF-based.
        for p in (
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
            "/System/Library/Fonts/PingFang.ttc",
        ):
            out.append(FontChoice(Path(p)))
    for p in (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/arphic/ukai.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
    ):
        out.append(FontChoice(Path(p)))
    home = Path.home()
    for d in (home / ".fonts", home / ".local" / "share" / "fonts", home / "Library" / "Fonts"):
        for name in ("wqy-microhei.ttc", "msyh.ttc", "simsun.ttc"):
            out.append(FontChoice(d / name))
    return out


@dataclass(frozen=True)
class _Loaded:
    """A font file read once: the parsed font, or why it cannot be used."""

    stamp: tuple[int, int]  # size and modification time: a file replaced is read again
    font: Any  # reportlab TTFont, named for registration; None when unusable
    problem: str | None


# Reading a 5–20 MB font file takes ~100 ms: each file is read once per process, and the font
# read to check it is the one registered. Reports are made in worker threads, hence the lock.
_loaded: dict[FontChoice, _Loaded] = {}
_names: dict[FontChoice, str] = {}
_registered: set[FontChoice] = set()
_lock = threading.RLock()


def _load(choice: FontChoice) -> _Loaded | None:
    """The font file read (once while it is unchanged); None if there is no such file."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        st = choice.path.stat()
    except OSError:
        return None
    stamp = (st.st_size, st.st_mtime_ns)
    with _lock:
        known = _loaded.get(choice)
        if known is not None and known.stamp == stamp:
            return known
        name = _names.setdefault(choice, f"{FONT_NAME}{len(_names)}")
        font, problem = None, None
        try:
            font = TTFont(name, str(choice.path), subfontIndex=choice.subfont_index)
        except (TTFError, OSError, ValueError, IndexError) as exc:
            problem = f"{choice.path}: {exc}"
        else:
            cmap = font.face.charToGlyph
            missing = [ch for ch in SAMPLE if ord(ch) not in cmap]
            if missing:
                font, problem = None, f"{choice.path} has no Chinese glyphs ({''.join(missing)})"
        loaded = _Loaded(stamp, font, problem)
        _loaded[choice] = loaded
        _registered.discard(choice)
        return loaded


def check(choice: FontChoice) -> str | None:
    """Why `choice` cannot be used (English text), or None if it can."""
    loaded = _load(choice)
    if loaded is None:
        return f"{choice.path} does not exist"
    return loaded.problem


def _parse(text: str) -> FontChoice:
    head, _, tail = text.rpartition(":")
    path, index = (head, tail) if head and tail.isdigit() else (text, "")
    return FontChoice(Path(path), int(index) if index else 0)


def _not_found(tried: list[str]) -> FontNotFound:
    return FontNotFound(
        QT_TRANSLATE_NOOP(
            "reports",
            "No Chinese TrueType font could be found, so the report would show empty boxes. "
            "Install one (Linux: the package fonts-wqy-microhei; Windows and macOS ship "
            "Microsoft YaHei / STHeiti) or choose a .ttf/.ttc font with Chinese characters "
            "in Settings → Graduation and reports. Fonts with PostScript outlines such as "
            "Noto Sans CJK cannot be embedded.{details}",
        ),
        details=("\n" + "\n".join(tried)) if tried else "",
    )


def find_font(
    chosen: FontChoice | None = None, search: list[FontChoice] | None = None
) -> FontChoice:
    """The font to use: the one chosen (Settings or the environment), else the first usable
    candidate. Raises FontNotFound telling the user what to do."""
    tried: list[str] = []
    env = os.environ.get(ENV_VAR)
    if env:  # set for a server or a test: that font and no other
        chosen, search = _parse(env), []
    if chosen is not None:
        problem = check(chosen)
        if problem is None:
            return chosen
        tried.append(problem)
    for c in candidates() if search is None else search:
        if c.path.is_file():
            problem = check(c)
            if problem is None:
                return c
            tried.append(problem)
    raise _not_found(tried)


def register(choice: FontChoice) -> str:
    """Register `choice` with ReportLab (once) and return its font name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    with _lock:
        loaded = _load(choice)
        if loaded is None or loaded.font is None:
            raise _not_found([check(choice) or str(choice.path)])
        name = _names[choice]
        if choice in _registered:
            return name
        pdfmetrics.registerFont(loaded.font)
        # One face serves as regular, bold and italic: no synthetic faces that are not embedded.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        _registered.add(choice)
        return name


def report_font(chosen: FontChoice | None = None) -> str:
    """Find (the font chosen in Settings first), register and name the font for a report."""
    return register(find_font(chosen))


__all__ = [
    "ENV_VAR",
    "FontChoice",
    "FontNotFound",
    "candidates",
    "check",
    "find_font",
    "register",
    "report_font",
]
