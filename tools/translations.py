"""Refresh the .ts sources from the code (lupdate) and build the shipped .qm files (lrelease).

Usage: python tools/translations.py [--check]
--check fails when the code has strings the .ts files lack or translations are unfinished.

A text that moves to another context (a class renamed, code moved to another module) keeps
its translation: a new message whose English already has a translation somewhere in the file
is given that translation. Only really new English is left unfinished.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "incubator_desk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SRC / "resources" / "translations"
LOCALES = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in SRC.rglob("*.py") if "migrations" not in p.parts
    )


def unfinished(ts: Path) -> list[str]:
    """Sources of the messages in `ts` that still lack a translation."""
    out = []
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        texts = forms or [tr.text or "" if tr is not None else ""]
        if tr is None or tr.get("type") == "unfinished" or not all(t.strip() for t in texts):
            out.append(msg.findtext("source") or "")
    return out


def known_translations(ts: Path) -> dict[str, str]:
    """source -> its most frequent finished translation in `ts`, across every context."""
    votes: dict[str, Counter[str]] = {}
    for msg in ET.parse(ts).iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        if forms[0].strip():
            votes.setdefault(msg.findtext("source") or "", Counter())[forms[0]] += 1
    return {src: c.most_common(1)[0][0] for src, c in sorted(votes.items())}


def fill_moved(ts: Path, known: dict[str, str]) -> bool:
    """Give unfinished messages the translation their English has elsewhere (moved texts);
    True when any was given."""
    tree = ET.parse(ts)
    changed = False
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") != "unfinished" or msg.get("numerus") == "yes":
            continue
        if source in known:  # lupdate may have guessed a text of its own: unconfirmed
            tr.text = known[source]
            del tr.attrib["type"]
            changed = True
    if changed:
        ET.indent(tree, space="    ")
        with ts.open("wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
    return changed


def write_fallback(ts: Path, target: Path) -> None:
    """source -> translation, for texts asked for under another context than extracted.

    When one English text has several translations, the most frequent one is kept.
    """
    table = known_translations(ts)
    target.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main() -> int:
    check = "--check" in sys.argv
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    status = 0
    for loc in LOCALES:
        ts = TS_DIR / f"incubator_desk_{loc}.ts"
        if check:  # work on a copy: a check must not rewrite the sources
            tmp = Path(tempfile.mkdtemp()) / ts.name
            shutil.copy(ts, tmp)
            ts = tmp
        known = known_translations(ts)
        lupdate = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)]
        subprocess.run(lupdate, cwd=ROOT, check=True, capture_output=True)
        if fill_moved(ts, known):
            # Once more, so the file keeps lupdate's own layout and does not flip between two.
            subprocess.run(lupdate, cwd=ROOT, check=True, capture_output=True)
        missing = unfinished(ts)
        if missing:
            status = 1
            print(f"{ts.name}: {len(missing)} untranslated:")
            for text in missing:
                print(f"  {text!r}")
        if not check:
            write_fallback(ts, QM_DIR / ts.with_suffix(".json").name)
            subprocess.run(
                [
                    tool("pyside6-lrelease"),
                    str(ts),
                    "-qm",
                    str(QM_DIR / f"incubator_desk_{loc}.qm"),
                ],
                check=True,
                capture_output=True,
            )
    return status


if __name__ == "__main__":
    sys.exit(main())
