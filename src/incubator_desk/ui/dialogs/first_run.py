"""The first start on a new database: the incubator's name, logo and time zone, then a choice
between importing the office's own spreadsheet and looking at the demo first."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...db import Database
from ...services import first_run
from .. import messages
from ..toolkit import FieldErrors, succeeded
from ..widgets.time_zone import TimeZoneBox

LOGO_PREVIEW = 56


class Start(StrEnum):
    """What the person chose to do once the incubator is set up."""

    IMPORT = "import"
    DEMO = "demo"
    EMPTY = "empty"


class FirstRunDialog(QDialog):
    """Page 1 asks for the name, logo and time zone and saves them; page 2 offers the import,
    the demo or an empty register. `start` holds the choice once the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.start: Start | None = None
        self.logo: Path | None = None
        self.pages = QStackedWidget()

        # --- page 1: the incubator ------------------------------------------------------------
        about = QWidget()
        self.welcome = QLabel()
        self.welcome.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.time_zone = TimeZoneBox()
        self.time_zone_note = QLabel()
        self.time_zone_note.setWordWrap(True)
        self.time_zone_note.setObjectName("cardDetail")
        self.time_zone_note.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_name = QLabel()
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_zh_label = QLabel()
        self.name_en_label = QLabel()
        self.logo_label = QLabel()
        self.time_zone_label = QLabel()
        self.errors.add_row(form, "name_zh", self.name_zh_label, self.name_zh)
        self.errors.add_row(form, "name_en", self.name_en_label, self.name_en)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, "logo", self.logo_label, logo_box)
        self.errors.add_row(form, "time_zone", self.time_zone_label, self.time_zone)
        form.addRow("", self.time_zone_note)
        self.go_on = QPushButton()
        self.go_on.setDefault(True)
        self.later = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later)
        buttons.addWidget(self.go_on)
        page1 = QVBoxLayout(about)
        page1.addWidget(self.welcome)
        page1.addWidget(self.intro)
        page1.addSpacing(8)
        page1.addLayout(form)
        page1.addWidget(self.errors.summary)
        page1.addStretch(1)
        page1.addLayout(buttons)
        self.pages.addWidget(about)

        # --- page 2: how to start -------------------------------------------------------------
        choose = QWidget()
        self.ready = QLabel()
        self.ready.setObjectName("pageTitle")
        self.ready_note = QLabel()
        self.ready_note.setWordWrap(True)
        self.import_button = QCommandLinkButton()
        self.demo_button = QCommandLinkButton()
        self.empty_button = QCommandLinkButton()
        page2 = QVBoxLayout(choose)
        page2.addWidget(self.ready)
        page2.addWidget(self.ready_note)
        page2.addSpacing(8)
        for button in (self.import_button, self.demo_button, self.empty_button):
            page2.addWidget(button)
        page2.addStretch(1)
        self.pages.addWidget(choose)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.choose_logo.clicked.connect(lambda: self.pick_logo())
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self.go_on.clicked.connect(self.save)
        self.later.clicked.connect(self.reject)
        self.import_button.clicked.connect(lambda: self.finish(Start.IMPORT))
        self.demo_button.clicked.connect(lambda: self.finish(Start.DEMO))
        self.empty_button.clicked.connect(lambda: self.finish(Start.EMPTY))
        self.set_logo(None)
        self.retranslate()
        self.resize(640, 440)
        self.name_zh.setFocus()

    # --- page 1 -------------------------------------------------------------------------------
    def pick_logo(self, path: str = "") -> None:
        path = path or messages.open_file(
            self,
            self.tr("Choose the logo for report covers"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path | None) -> None:
        self.logo = path
        self.errors.clear()
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText("—")
        else:
            # Scaled to the screen's pixels, not the layout's, so it is sharp at 150 or 200 %.
            ratio = self.logo_preview.devicePixelRatioF()
            side = round((LOGO_PREVIEW - 4) * ratio)
            shown = pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            shown.setDevicePixelRatio(ratio)
            self.logo_preview.setPixmap(shown)
        self.remove_logo.setEnabled(path is not None)
        self._show_logo_name()

    def _show_logo_name(self) -> None:
        self.logo_name.setText(
            self.logo.name if self.logo is not None else self.tr("None (optional)")
        )

    def save(self) -> None:
        setup = first_run.Setup(
            self.name_zh.text(), self.name_en.text(), self.time_zone.zone(), self.logo
        )
        if not succeeded(self.errors, lambda: first_run.complete_setup(self.db, setup)):
            return
        self.retranslate()  # the zone chosen, in the next page's note
        self.pages.setCurrentIndex(1)
        self.import_button.setFocus()

    # --- page 2 -------------------------------------------------------------------------------
    def finish(self, start: Start) -> None:
        self.start = start
        self.accept()

    # --- text ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Incubator Desk"))
        self.welcome.setText(self.tr("Welcome to Incubator Desk"))
        self.intro.setText(
            self.tr(
                "This database is new. Tell us about your incubator: its name and logo "
                "appear on reports and returns, and every time (sessions, events, bookings) "
                "is shown in its time zone, on screen and in PDF reports alike. Everything "
                "can be changed later in Settings."
            )
        )
        self.name_zh_label.setText(self.tr("Name in &Chinese:"))
        self.name_zh_label.setBuddy(self.name_zh)
        self.name_zh.setPlaceholderText(self.tr("e.g. 南山科技创业孵化器"))
        self.name_en_label.setText(self.tr("Name in &English:"))
        self.name_en_label.setBuddy(self.name_en)
        self.name_en.setPlaceholderText(self.tr("optional"))
        self.logo_label.setText(self.tr("Logo:"))
        self.choose_logo.setText(self.tr("C&hoose…"))
        self.remove_logo.setText(self.tr("Re&move"))
        self._show_logo_name()
        self.time_zone_label.setText(self.tr("&Time zone:"))
        self.time_zone_label.setBuddy(self.time_zone)
        self.time_zone_note.setText(
            self.tr("Times are shown in this zone whatever this computer is set to.")
        )
        self.go_on.setText(self.tr("&Continue"))
        self.later.setText(self.tr("&Later"))
        self.ready.setText(self.tr("How would you like to start?"))
        self.ready_note.setText(
            self.tr("Your incubator is set up. The time zone is %1.").replace(
                "%1", clock.zone().key
            )
        )
        self.import_button.setText(self.tr("Import tenants from Excel…"))
        self.import_button.setDescription(
            self.tr(
                "Read your own spreadsheet (.xlsx or .csv, UTF-8 or GBK, Chinese headers). "
                "You see a report for every row before anything is saved."
            )
        )
        self.demo_button.setText(self.tr("Open the demo instead"))
        self.demo_button.setDescription(
            self.tr(
                "Look around first with 300 made-up tenants, in a separate demo database. "
                "This database stays as it is."
            )
        )
        self.empty_button.setText(self.tr("Start with an empty register"))
        self.empty_button.setDescription(
            self.tr("Add tenants one by one; you can import a spreadsheet later from Tenants.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
