"""The main window: a sidebar of pages, File and Help menus, the open database in the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from .. import paths
from ..core.errors import DatabaseError, DatabaseLocationError
from . import extensions, icons, messages, opening, settings
from .backup_keeper import BackupKeeper
from .toolkit.access import name_controls

if TYPE_CHECKING:  # the database layer is imported only once the window is on screen
    from ..db import Database
    from .pages.base import Page

PAGE_ORDER = (
    "dashboard",
    "tenants",
    "spaces",
    "mentoring",
    "training",
    "funding",
    "billing",
    "reports",
    "statistics",
    "audit",
    "settings",
)
# The page of each sidebar entry, by module (relative to ui/) and class: imported when first shown.
PAGES = {
    "dashboard": (".pages.dashboard", "DashboardPage"),
    "tenants": (".pages.tenants", "TenantsPage"),
    "spaces": (".pages.spaces", "SpacesPage"),
    "mentoring": (".pages.mentoring", "MentoringPage"),
    "training": (".pages.training", "TrainingPage"),
    "funding": (".pages.funding", "FundingPage"),
    "billing": (".pages.billing", "BillingPage"),
    "reports": (".pages.reports", "ReportsPage"),
    "statistics": (".pages.statistics", "StatisticsPage"),
    "audit": (".pages.audit", "AuditPage"),
    "settings": (".pages.settings_page", "SettingsPage"),
}
DB_FILTER = opening.DB_FILTER
ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


def application_icon() -> QIcon:
    """The application's icon in every size tools/icons.py renders from its SVG."""
    icon = QIcon()
    for png in sorted(ICONS_DIR.glob("incubator-desk-*.png")):
        icon.addFile(str(png))
    return icon


def window_title(location: str) -> str:
    """The window's own title: the database's file name (or server address) and where it is.

    Qt appends the application's display name on the systems that show it in the title bar,
    so the name is not written here a second time.
    """
    path = Path(location)
    if path.name and path.parent != Path(".") and "://" not in location:
        return f"{path.name} ({path.parent})"
    return location


class MainWindow(QMainWindow):
    """Signals:
    language_chosen(str): the operator chose a language in Settings.
    """

    language_chosen = Signal(str)

    def __init__(self, db: Database | None = None) -> None:
        """A window with no database shows its frame at once; `attach_database` fills it."""
        super().__init__()
        self.db: Database | None = None
        self.setWindowIcon(application_icon())
        self.setMinimumSize(QSize(720, 480))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, Page] = {}
        self.first_run: QDialog | None = None  # the first-start dialog, while it is open
        self._wanted = ""  # a page asked for while the database was being opened
        for key in PAGE_ORDER:
            item = QListWidgetItem(icons.icon(icons.PAGES[key]), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(180, 40))
            self.sidebar.addItem(item)
        self.loading: QLabel | None = QLabel()  # until the first page is shown
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)

        self.db_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setContentsMargins(0, 0, 16, 0)
        self.user_hint = ""  # a name to fill the sign-in dialog with (--user)
        self.admission: QDialog | None = None  # the sign-in dialog, while it is open
        self.backup_label = QLabel()
        self.backup_label.setContentsMargins(0, 0, 16, 0)  # apart from the database's path
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.backups = BackupKeeper(self, self.backup_label)
        self.backups.restored.connect(self._reload_after_restore)
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self._build_menus()
        self.retranslate()

        geometry = settings.WINDOW_GEOMETRY.get()
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        if db is not None:
            self.attach_database(db)

    def attach_database(self, db: Database) -> None:
        """Show `db` in the window once whoever is there has signed in, where it needs that.

        A database with accounts (and any server database) asks who is there first; one
        without accounts on a server asks for its first administrator. Cancelling leaves the
        window as it was, or closes it when it had nothing to show.
        """
        from ..services import accounts

        if db.operator_id == db.local_operator_id and accounts.sign_in_required(db):
            self._ask_who(db, lambda: self._attach(db))
            return
        self._attach(db)

    def _ask_who(self, db: Database, then: Callable[[], None]) -> None:
        from ..services import accounts
        from .dialogs.sign_in import FirstAdministratorDialog, SignInDialog

        dialog: QDialog
        if accounts.has_accounts(db):
            dialog = SignInDialog(db, self, self.user_hint)
        else:
            dialog = FirstAdministratorDialog(db, self, required=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(then)
        dialog.rejected.connect(lambda: self._not_admitted(db))
        dialog.destroyed.connect(self._admission_closed)
        self.admission = dialog
        dialog.open()

    def _admission_closed(self) -> None:
        self.admission = None

    def _not_admitted(self, db: Database) -> None:
        if self.db is not None and self.db is not db:
            db.dispose()  # another database stays open, as it was
            return
        # Nothing to show (the first database, or whoever signed out did not sign in again).
        QTimer.singleShot(0, self.close)

    def switch_user(self) -> None:
        """File → Sign out / switch user: the window shows nothing new until someone signs in."""
        from ..services import accounts

        if self.db is None:
            return
        accounts.sign_out(self.db)
        self.show_signed_in()
        db = self.db
        self._ask_who(db, self._signed_in_again)

    def _signed_in_again(self) -> None:
        assert self.db is not None
        for page in self.pages.values():
            page.set_database(self.db)  # reread what this person may see
        self.show_signed_in()

    def show_signed_in(self) -> None:
        """The status bar's who, and every guarded button enabled or not for their role."""
        if self.db is None:
            self.user_label.setText("")
            self.act_switch_user.setEnabled(False)
            return
        from ..core.labels import label
        from ..services.access import current
        from .toolkit.guards import apply_to

        who = current(self.db)
        if not who.active and who.is_local:
            text = self.tr("Not signed in")
        elif who.is_local:
            text = self.tr("No sign-in: local administrator")
        else:
            text = self.tr("Signed in: %1 (%2)").replace("%1", who.name())
            text = text.replace("%2", label(who.role))
        self.user_label.setText(text)
        self.act_switch_user.setEnabled(not who.is_local or not who.active)
        apply_to(self, who)

    def _attach(self, db: Database) -> None:
        from ..services.settings import use_time_zone

        use_time_zone(db)
        QTimer.singleShot(0, self._first_run)
        if self.db is not None:
            self._switch_database(db)
            self.show_signed_in()
            return
        self.db = db
        self._show_database()
        self.show_signed_in()
        self.backups.attach(db)
        for page in self.pages.values():  # shown while the database was being opened
            if not page.has_database():
                page.set_database(db)
        self.show_page(self._wanted or self.start_page())
        self._wanted = ""
        self._drop_loading()
        # Once the first page shows its data: every area's tenant tab and settings section must
        # exist. (Checking imports every page's module, so not before the first is filled in.)
        first = self.current_page()
        if first.is_filling():
            first.filled.connect(self._check_extensions, Qt.ConnectionType.SingleShotConnection)
        else:
            self._check_extensions()

    def _check_extensions(self) -> None:
        QTimer.singleShot(0, extensions.check)

    def _drop_loading(self) -> None:
        if self.loading is not None:
            self.stack.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None

    @staticmethod
    def start_page() -> str:
        """The page the window opens on: the one shown last, else the Dashboard."""
        start = settings.LAST_PAGE.get()
        return start if start in PAGE_ORDER else "dashboard"

    def show_first_figures(self, page: Page) -> None:
        """While the database is being opened: the Dashboard, reading its figures from the
        file (`DashboardPage(None, reader=…)`, db/direct.py). `attach_database` gives it the
        database."""
        page.open_page.connect(self.show_page)
        self.pages["dashboard"] = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._drop_loading()
        self.sidebar.setCurrentRow(PAGE_ORDER.index("dashboard"))

    # --- a first start ------------------------------------------------------------------------
    def _first_run(self) -> None:
        from ..services import first_run
        from .dialogs.first_run import FirstRunDialog

        if self.db is None or self.first_run is not None or not first_run.needs_setup(self.db):
            return
        dialog = FirstRunDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._started(dialog.start))
        dialog.destroyed.connect(self._first_run_closed)
        self.first_run = dialog
        dialog.open()

    def _first_run_closed(self) -> None:
        self.first_run = None

    def _started(self, start: object) -> None:
        from .dialogs.first_run import Start

        for page in self.pages.values():
            page.refresh()  # the incubator's name, the time zone
        if start == Start.IMPORT:
            from ..services.importing import ImportKind
            from .pages.tenants import TenantsPage

            self.show_page("tenants")
            tenants = self.page("tenants")
            assert isinstance(tenants, TenantsPage)
            tenants.import_file(ImportKind.TENANTS)
        elif start == Start.DEMO:
            self.open_demo()

    def _time_zone_changed(self) -> None:
        for key, page in self.pages.items():
            if key != "settings":
                page.refresh()

    def open_demo(self) -> None:
        """Switch to a freshly made demo database (never remembered as the last database)."""
        from .demo import make_demo

        self.attach_database(make_demo(self))

    def page(self, key: str) -> Page:
        """The page for `key`, built now if it has not been shown yet."""
        page = self.pages.get(key)
        if page is not None:
            return page
        assert self.db is not None
        module, name = PAGES[key]
        # Only the page shown is imported: the others cost nothing until their first visit.
        page_class: type[Page] = getattr(importlib.import_module(module, __package__), name)
        page = page_class(self.db)
        icons.decorate(key, page)
        page.open_page.connect(self.show_page)
        if key == "settings":
            from .pages.settings_page import SettingsPage

            assert isinstance(page, SettingsPage)
            page.language_chosen.connect(self.language_chosen)
            page.time_zone_changed.connect(self._time_zone_changed)
        self.pages[key] = page
        self.stack.addWidget(page)
        from .toolkit.guards import apply_guards

        apply_guards(page, self.db)
        return page

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.triggered.connect(self.new_database)
        self.act_open = QAction(self)
        self.act_open.setShortcut(QKeySequence.StandardKey.Open)
        self.act_open.triggered.connect(self.choose_database)
        self.act_back_up = QAction(self)
        self.act_back_up.triggered.connect(self.backups.back_up_now)
        self.act_restore = QAction(self)
        self.act_restore.triggered.connect(self.backups.restore)
        self.act_export = QAction(self)
        self.act_switch_user = QAction(self)
        self.act_switch_user.setEnabled(False)
        self.act_switch_user.triggered.connect(self.switch_user)
        self.act_export.triggered.connect(self.backups.export_everything)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_refresh = QAction(self)
        self.act_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.act_refresh.triggered.connect(self.refresh_current)
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(self._focus_search)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.close)
        self.file_menu.addAction(self.act_new)
        self.file_menu.addAction(self.act_open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_back_up)
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_switch_user)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for n, key in enumerate(PAGE_ORDER, start=1):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{n}"))
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.page_actions.append(act)
            self.view_menu.addAction(act)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_find)
        self.view_menu.addAction(self.act_refresh)

        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.act_about)
        for act, name in (
            (self.act_new, "plus"),
            (self.act_open, "folder-open"),
            (self.act_back_up, "database-export"),
            (self.act_restore, "database-import"),
            (self.act_export, "file-export"),
            (self.act_refresh, "refresh"),
            (self.act_find, "search"),
            (self.act_quit, "door-exit"),
            (self.act_about, "info-circle"),
        ):
            icons.set_icon(act, name)
        for act, key in zip(self.page_actions, PAGE_ORDER, strict=True):
            icons.set_icon(act, icons.PAGES[key])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.RECENT_DATABASES.get()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
            return
        for n, location in enumerate(recent, start=1):
            act = self.recent_menu.addAction(f"&{n} {location}")
            act.triggered.connect(lambda _=False, loc=location: self.open_location(loc))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.triggered.connect(lambda: settings.RECENT_DATABASES.set([]))

    # --- pages --------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        if self.db is None:  # shown once the database is open
            self._wanted = key if key != "dashboard" or "dashboard" not in self.pages else ""
            return
        index = PAGE_ORDER.index(key)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        name_controls(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)  # calls _on_sidebar, which only remembers it
        settings.LAST_PAGE.set(key)

    def _on_sidebar(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGE_ORDER[row])

    def current_page(self) -> Page:
        return cast("Page", self.stack.currentWidget())

    def refresh_current(self) -> None:
        if self.db is not None:
            self.current_page().refresh()

    def _focus_search(self) -> None:
        if self.db is None:
            return
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if focus is not None:
            focus()

    # --- databases ----------------------------------------------------------------------------
    def new_database(self) -> None:
        path = opening.new_database_path(self)
        if path:
            self.open_location(path, create=True)

    def choose_database(self) -> None:
        """File → Open: a database file, or an archive exported on another computer."""
        current = self.db.location.sqlite_path if self.db is not None else None
        start = str(current.parent if current is not None else paths.data_dir())
        path = opening.choose_file(self, start)
        if path:
            self.open_location(path)

    def _reload_after_restore(self) -> None:
        """Open the restored database afresh: pages reread it, an older one is upgraded."""
        if self.db is not None:
            self.open_location(self.db.location.display())

    def open_location(self, raw: str, create: bool = False) -> bool:
        """Open another database; on failure say why and keep the current one open."""
        from ..db import credentials
        from ..db.engine import location_from_string
        from .dialogs.server_password import open_database_asking

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = open_database_asking(self, location_from_string(raw), create=create)
        except (DatabaseError, DatabaseLocationError) as exc:
            QApplication.restoreOverrideCursor()
            messages.error(self, self.tr("Cannot open the database"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.attach_database(opened.db)
        settings.remember_database(credentials.remembered(opened.db.location))
        if opened.backup is not None:
            self.statusBar().showMessage(
                self.tr("Upgraded the database; the previous version was saved as %1").replace(
                    "%1", str(opened.backup)
                ),
                15000,
            )
        return True

    def _switch_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        for page in self.pages.values():
            page.set_database(db)
        if old is not None:
            old.dispose()
        self._show_database()
        self.backups.attach(db)

    def _show_database(self) -> None:
        if self.db is None:
            self.db_label.setText(self.tr("Opening the database…"))
            if self.loading is not None:
                self.loading.setText(self.tr("Opening the database…"))
            self.setWindowTitle("")  # Qt shows the application's display name alone
            return
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.location.display()))
        # Qt adds " — Incubator Desk" (the application's display name) itself.
        self.setWindowTitle(window_title(self.db.location.display()))

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog, about_facts

        dialog = AboutDialog(about_facts(self.db), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- text, closing ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.act_new.setText(self.tr("&New database…"))
        self.act_open.setText(self.tr("&Open database…"))
        self.act_back_up.setText(self.tr("&Back up now…"))
        self.act_restore.setText(self.tr("Restore from &backup…"))
        self.act_export.setText(self.tr("&Export everything…"))
        self.act_switch_user.setText(self.tr("Sign &out / switch user…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_find.setText(self.tr("&Find"))
        self.act_refresh.setText(self.tr("&Refresh"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About Incubator Desk"))
        names = {
            "dashboard": self.tr("Dashboard"),
            "tenants": self.tr("Tenants"),
            "spaces": self.tr("Spaces"),
            "mentoring": self.tr("Mentoring"),
            "training": self.tr("Training"),
            "funding": self.tr("Funding"),
            "billing": self.tr("Billing"),
            "reports": self.tr("Reports"),
            "statistics": self.tr("Statistics"),
            "audit": self.tr("Audit trail"),
            "settings": self.tr("Settings"),
        }
        for row, key in enumerate(PAGE_ORDER):
            self.sidebar.item(row).setText(names[key])
            self.page_actions[row].setText(names[key])
        self._show_database()
        self.show_signed_in()
        self.backups.show_status()
        if self.db is not None:  # after every widget has taken the new language
            QTimer.singleShot(0, lambda: name_controls(self.current_page()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Changes made in this window are backed up first; the window closes after that.
        if not self.backups.close_requested(self.close):
            event.ignore()
            return
        self.backups.stop()
        settings.WINDOW_GEOMETRY.set(bytes(self.saveGeometry().data()))
        super().closeEvent(event)
