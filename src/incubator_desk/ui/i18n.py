"""Loading Qt translators (ours and Qt's own) and switching language at run time."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import i18n as service_i18n

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")


class FallbackTranslator(QTranslator):
    """Answers with a text's translation from any context when its own context has none.

    PySide's tr() looks a text up under the runtime class name, which differs from the
    context lupdate recorded when a method is inherited; Qt asks this translator last, so
    it only ever fills such gaps. The table is built from the .ts by tools/translations.py.
    """

    def __init__(self, table: dict[str, str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt takes an empty string as the translation and shows nothing,
        # where a miss must leave the text as written.
        return self._table.get(source) or None

    def isEmpty(self) -> bool:
        return not self._table


_installed: list[QTranslator] = []
_current = "en"


def resolve_language(choice: str) -> str:
    """ "system" follows the system locale: Chinese locales get Chinese, others English."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> str:
    """Install the translators for `language` ("system", "en" or "zh_CN"); returns the one used."""
    app = QCoreApplication.instance()
    assert app is not None
    lang = resolve_language(language)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang != "en":
        table = TRANSLATIONS_DIR / f"incubator_desk_{lang}.json"
        if table.exists():
            fallback = FallbackTranslator(json.loads(table.read_text(encoding="utf-8")), app)
            app.installTranslator(fallback)  # installed first, so asked last
            _installed.append(fallback)
        ours = QTranslator(app)
        if ours.load(f"incubator_desk_{lang}", str(TRANSLATIONS_DIR)):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
    service_i18n.set_translator(QCoreApplication.translate)
    global _current
    _current = lang
    return lang


def current_language() -> str:
    return _current


def name_language() -> str:
    """ "zh" or "en": which name of a bilingual record (an industry, a fund) to show."""
    return "zh" if _current.startswith("zh") else "en"


def report_language() -> str:
    """The report language that matches the window's: "zh" in the Chinese window, else "en"."""
    return "zh" if _current.startswith("zh") else "en"
