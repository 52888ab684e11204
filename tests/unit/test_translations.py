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


def messages(ts: Path):
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
    """The shipped .qm and .json answer with the translations of the .ts as it stands: a
    .qm built from an older .ts, or not rebuilt after a change, fails here."""
    import json

    from PySide6.QtCore import QTranslator

    from incubator_desk.ui.i18n import TRANSLATIONS_DIR

    for ts in TS_FILES:
        qm = TRANSLATIONS_DIR / ts.with_suffix(".qm").name
        table_file = TRANSLATIONS_DIR / ts.with_suffix(".json").name
        assert qm.exists(), f"{qm.name} is missing: run python tools/translations.py"
        assert table_file.exists(), f"{table_file.name} is missing: run tools/translations.py"
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm.name} cannot be loaded"
        table = json.loads(table_file.read_text(encoding="utf-8"))
        stale, checked = [], 0
        for context, msg in messages(ts):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes" or tr is None or tr.get("type") is not None:
                continue
            source, expected = msg.findtext("source") or "", tr.text or ""
            got = translator.translate(context or "", source, msg.findtext("comment"))
            if got != expected:
                stale.append(f"{context}: {source!r} -> {got!r}, the .ts says {expected!r}")
            checked += 1
        assert checked > 1000 and not stale, "rebuild with tools/translations.py:\n" + "\n".join(
            stale[:20]
        )
        # A known text in the table every context falls back on (tr() under a subclass's name).
        assert table["Report ready: %1 page(s)."] == "报告已生成：共 %1 页。"
        assert table["Cancel"] == "取消"
