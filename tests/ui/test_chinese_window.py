"""In Chinese, no text on any page or tab is left in English where a translation exists.

The .ts file can be complete while the window still shows English: PySide's tr() looks a
text up under the runtime class name, so a string extracted under one context and asked
for under another silently stays English. This test looks at what is actually shown.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from incubator_desk.ui import i18n
from incubator_desk.ui.main_window import PAGE_ORDER, MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "incubator_desk_zh_CN.ts"


def english_sources() -> set[str]:
    """Sources whose translation differs from them (so seeing them means a failed lookup)."""
    out = set()
    for msg in ET.parse(TS).iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        text = (tr.text or "") if tr is not None else ""
        if source and text.strip() and text != source and any(c.isalpha() for c in source):
            out.add(source.replace("&", ""))
    return out


PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def english_patterns() -> list[re.Pattern[str]]:
    """Sources with placeholders, as patterns of the text they produce once filled in."""
    out = []
    for source in english_sources():
        if not PLACEHOLDER.search(source):
            continue
        words = re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub(" ", source))
        if len(words) < 2:  # "%1 (%2)" and the like say nothing about the language
            continue
        parts = PLACEHOLDER.split(source)
        out.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
    return out


def is_english(text: str, exact: set[str], patterns: list[re.Pattern[str]]) -> bool:
    return text in exact or any(p.fullmatch(text) for p in patterns)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
        if isinstance(w, QGroupBox):
            found.append((name, w.title()))
        if isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a Qt-internal model that keeps columnCount private
                columns = 0
            found += [
                (name, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(columns)
            ]
    return [(n, t.replace("&", "")) for n, t in found if t]


def test_every_page_and_tab_is_in_chinese(qtbot, window: MainWindow) -> None:
    window.show_page("settings")  # built in English first: switching must retranslate it
    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "仪表盘", timeout=2000)
    qtbot.wait(20)
    english = english_sources()
    patterns = english_patterns()
    leftovers: set[str] = set()
    for key in PAGE_ORDER:
        window.show_page(key)
        page = window.page(key)
        tab_widgets = [page, *page.findChildren(QTabWidget)]
        for tabs in tab_widgets:
            if isinstance(tabs, QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    qtbot.wait(5)
                    leftovers |= {
                        f"{key}: {name} {text!r}"
                        for name, text in shown_texts(page)
                        if is_english(text, english, patterns)
                    }
        leftovers |= {
            f"{key}: {name} {text!r}"
            for name, text in shown_texts(page)
            if is_english(text, english, patterns)
        }
    leftovers |= {
        f"window: {n} {t!r}" for n, t in shown_texts(window) if is_english(t, english, patterns)
    }
    assert not leftovers, "English left in the Chinese window:\n" + "\n".join(sorted(leftovers))


def chinese_translations() -> set[str]:
    out = set()
    for msg in ET.parse(TS).iter("message"):
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
        text = forms[0] if forms else ((tr.text or "") if tr is not None else "")
        source = msg.findtext("source") or ""
        if text.strip() and text != source and not PLACEHOLDER.search(text):
            out.add(re.sub(r"\(&\w\)", "", text).replace("&", ""))
    return out


def test_switching_back_to_english_leaves_no_chinese(qtbot, window: MainWindow) -> None:
    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "仪表盘", timeout=2000)
    for key in PAGE_ORDER:  # every page built while the window is in Chinese
        window.show_page(key)
    i18n.install("en")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Dashboard", timeout=2000)
    qtbot.wait(20)
    chinese = chinese_translations()
    leftovers: set[str] = set()
    for key in PAGE_ORDER:
        window.show_page(key)
        page = window.page(key)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(5)
                leftovers |= {
                    f"{key}: {n} {t!r}"
                    for n, t in shown_texts(page)
                    if re.sub(r"\(\w\)", "", t) in chinese
                }
    assert not leftovers, "Chinese left in the English window:\n" + "\n".join(sorted(leftovers))
