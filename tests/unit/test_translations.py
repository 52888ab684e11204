"""The Chinese translation is complete, keeps every placeholder, and matches the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")
ACCELERATOR = re.compile(r"(?:^|[^\w&])&\w")


def messages(ts: Path):  # type: ignore[no-untyped-def]
    for ctx in ET.parse(ts).iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_the_same_placeholders(ts: Path) -> None:
    problems = []
    for context, msg in messages(ts):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{context}: untranslated {source!r}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ in {source!r} -> {form!r}")
            # "R&D" holds a literal ampersand; "&Save" and "Add &file" mark an accelerator.
            if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
                problems.append(f"{context}: the keyboard accelerator was lost in {form!r}")
    assert not problems, "\n".join(problems)


def test_the_translation_sources_cover_every_string_in_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_built_translations_are_shipped_in_the_package() -> None:
    from incubator_desk.ui.i18n import TRANSLATIONS_DIR

    for ts in TS_FILES:
        qm = TRANSLATIONS_DIR / ts.with_suffix(".qm").name
        assert qm.exists(), f"{qm.name} is missing: run python tools/translations.py"
        assert qm.stat().st_mtime >= 0 and qm.stat().st_size > 1000
