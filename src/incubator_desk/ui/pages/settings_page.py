"""Settings: language and colours of the window, and the incubator's name kept in the database."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db import Database
from ...services import settings as app_settings
from ...services.access import Action
from .. import extensions, settings, theme
from ..toolkit import FieldErrors, attempt, guard
from ..widgets.time_zone import TimeZoneBox
from .base import Page


class SettingsPage(Page):
    """Signals:
    language_chosen(str): the operator picked a language ("system", "en", "zh_CN").
    time_zone_changed(): the park's time zone was changed (times on pages are to be redrawn).
    """

    key = "settings"
    language_chosen = Signal(str)
    time_zone_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.ui_box = QGroupBox()
        form = QFormLayout(self.ui_box)
        self.language = QComboBox()
        self.language_label = QLabel()
        form.addRow(self.language_label, self.language)
        self.scheme = QComboBox()
        for choice in theme.CHOICES:
            self.scheme.addItem("", choice)
        self.scheme.setCurrentIndex(max(self.scheme.findData(settings.COLOUR_SCHEME.get()), 0))
        self.scheme_label = QLabel()
        self.scheme_label.setBuddy(self.scheme)
        form.addRow(self.scheme_label, self.scheme)
        self.layout_.addWidget(self.ui_box)

        self.org_box = QGroupBox()
        org = QFormLayout(self.org_box)
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.name_zh_label = QLabel()
        self.name_en_label = QLabel()
        self.time_zone = TimeZoneBox()
        self.time_zone_label = QLabel()
        self.name_error = QLabel()
        self.name_errors = FieldErrors(
            self.name_error,
            {"name_zh": self.name_zh, "name_en": self.name_en, "time_zone": self.time_zone},
        )
        org.addRow(self.name_zh_label, self.name_zh)
        org.addRow(self.name_en_label, self.name_en)
        org.addRow(self.time_zone_label, self.time_zone)
        org.addRow("", self.name_error)
        buttons = QHBoxLayout()
        self.save = QPushButton()
        self.revert = QPushButton()
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        org.addRow(buttons)
        self.saved_note = QLabel()
        org.addRow("", self.saved_note)
        self.layout_.addWidget(self.org_box)
        guard(self.org_box, Action.CHANGE_SETTINGS)  # shared; the language is this computer's
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.ui_box, self.org_box):
            self.layout_.removeWidget(box)
            general_layout.addWidget(box)
        general_layout.addStretch(1)
        # Each area adds its own section (lists, policies, rules) as a further tab.
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.sections: list[QWidget] = []
        self.section_classes = extensions.settings_sections()
        for cls in self.section_classes:
            section = cls(db, self)
            # Shared settings are an administrator's (a section may say otherwise: billing is
            # finance's too, accounts are everyone's own password). Disabled, still readable.
            action = getattr(cls, "required_action", Action.CHANGE_SETTINGS)
            if action is not None:
                guard(section, action)
            self.sections.append(section)
            self.tabs.addTab(section, cls.section_title())
        self.layout_.addWidget(self.tabs, 1)

        self._name_version: int | None = None
        self._zone_version: int | None = None
        self.save.clicked.connect(self._save_name)
        self.revert.clicked.connect(self.refresh)
        for edit in (self.name_zh, self.name_en):
            edit.textEdited.connect(self._edited)
            edit.returnPressed.connect(self._save_name)
        self.time_zone.currentTextChanged.connect(lambda _text: self._edited())
        self.retranslate()
        self._select_language(settings.LANGUAGE.get())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.refresh()

    def _select_language(self, choice: str) -> None:
        index = self.language.findData(choice)
        self.language.setCurrentIndex(max(index, 0))

    def _language_changed(self) -> None:
        choice = self.language.currentData()
        if choice:
            self.language_chosen.emit(choice)

    def _scheme_changed(self) -> None:
        choice = self.scheme.currentData()
        settings.COLOUR_SCHEME.set(choice)
        theme.apply(choice)

    def set_database(self, db: Database) -> None:
        for section in self.sections:
            extensions.as_database_view(section).db = db
        super().set_database(db)

    def refresh(self) -> None:
        for section in self.sections:
            extensions.as_database_view(section).refresh()
        current = app_settings.get(self.db, app_settings.INCUBATOR_NAME)
        value = current.value or {}
        self.name_zh.setText(value.get("zh", ""))
        self.name_en.setText(value.get("en", ""))
        self._name_version = current.version
        zone = app_settings.get(self.db, app_settings.TIME_ZONE)
        self.time_zone.blockSignals(True)
        self.time_zone.set_zone(zone.value)
        self.time_zone.blockSignals(False)
        self._zone_version = zone.version
        self.name_errors.clear()
        self.saved_note.clear()
        self._set_dirty(False)

    def _edited(self) -> None:
        self.name_errors.clear()
        self.saved_note.clear()
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)

    def _save_name(self) -> None:
        zone = self.time_zone.zone()
        changed_zone = zone != app_settings.get(self.db, app_settings.TIME_ZONE).value

        def save() -> tuple[int, int | None]:
            name = app_settings.set_incubator_name(
                self.db, self.name_zh.text(), self.name_en.text(), self._name_version
            )
            if not changed_zone:
                return name, self._zone_version
            return name, app_settings.set_time_zone(self.db, zone, self._zone_version)

        versions = attempt(self.name_errors, save)
        if versions is None:
            return
        self._name_version, self._zone_version = versions
        if changed_zone:
            self.time_zone_changed.emit()
        self.saved_note.setText(self.tr("Saved."))
        self._set_dirty(False)

    def select_section(self, cls: type[QWidget]) -> QWidget | None:
        """Show the section of class `cls` (Statistics…); None if there is none."""
        for section in self.sections:
            if isinstance(section, cls):
                self.tabs.setCurrentWidget(section)
                return section
        return None

    def title_text(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("General"))
            for index, cls in enumerate(self.section_classes, start=1):
                self.tabs.setTabText(index, cls.section_title())
        self.ui_box.setTitle(self.tr("This computer"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_label.setBuddy(self.language)
        choice = self.language.currentData() or settings.LANGUAGE.get()
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("English", "en")
        self.language.addItem("中文（简体）", "zh_CN")
        self._select_language(choice)
        self.language.blockSignals(False)
        self.scheme_label.setText(self.tr("C&olours:"))
        for index, text in enumerate(
            (self.tr("Same as the system (light or dark)"), self.tr("Light"), self.tr("Dark"))
        ):
            self.scheme.setItemText(index, text)
        self.org_box.setTitle(self.tr("Incubator (shared by everyone using this database)"))
        self.name_zh_label.setText(self.tr("Name in &Chinese:"))
        self.name_zh_label.setBuddy(self.name_zh)
        self.name_en_label.setText(self.tr("Name in &English:"))
        self.name_en_label.setBuddy(self.name_en)
        self.time_zone_label.setText(self.tr("&Time zone:"))
        self.time_zone_label.setBuddy(self.time_zone)
        self.time_zone.setToolTip(
            self.tr("Every time in the window and the reports is shown in this zone.")
        )
        self.save.setText(self.tr("&Save"))
        self.revert.setText(self.tr("&Revert"))
        if self.saved_note.text():
            self.saved_note.setText(self.tr("Saved."))
