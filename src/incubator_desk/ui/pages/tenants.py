"""Tenants page: the tenant register with filters, create/edit/archive, import and export.

Also the Settings section for the lists tenants use (industries, technology fields,
registration types, GB/T 4754 sections): edit, other names, merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...core.periods import last_complete_quarter, period_text
from ...core.vocabularies import LookupCategory, Stage
from ...db import Database
from ...services import exporting
from ...services import tenants as svc
from ...services.access import Action
from ...services.importing import ImportKind
from .. import messages
from ..dialogs.import_wizard import ImportDialog
from ..dialogs.tenant_detail import TenantDetailDialog
from ..dialogs.tenant_form import NewTenantDialog, confirm_archive
from ..i18n import name_language
from ..qtmodels.register_model import column as _col
from ..toolkit import (
    Column,
    ErrorMessage,
    FieldErrors,
    RowsModel,
    Task,
    attempt,
    log,
    rows_view,
    run_task,
    succeeded,
)
from ..toolkit.access import name_filter
from ..toolkit.guards import guard
from .register_page import RegisterPage

WARM_DELAY_MS = 400

_t = Translator("TenantListsSettings")


class TenantsPage(RegisterPage):
    """The tenant register. Double-click or Enter opens a tenant; Insert creates one."""

    key = "tenants"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        columns = [
            _col("name_zh", QT_TRANSLATE_NOOP("Columns", "Name (Chinese)"), width=240),
            _col("name_en", QT_TRANSLATE_NOOP("Columns", "Name (English)"), width=260),
            _col("credit_code", QT_TRANSLATE_NOOP("Columns", "Credit code"), width=170),
            _col("stage", QT_TRANSLATE_NOOP("Columns", "Stage"), width=110),
            _col(
                "industry",
                QT_TRANSLATE_NOOP("Columns", "Industry"),
                width=130,
                fmt=lambda v: self._industry_names.get(v, ""),
            ),
            _col("entry_date", QT_TRANSLATE_NOOP("Columns", "Entry date"), width=100),
            _col(
                "planned_graduation_on",
                QT_TRANSLATE_NOOP("Columns", "Planned graduation"),
                width=120,
            ),
            _col("contact", QT_TRANSLATE_NOOP("Columns", "Contact")),
            _col("phone", QT_TRANSLATE_NOOP("Columns", "Phone")),
            _col("high_tech_enterprise", QT_TRANSLATE_NOOP("Columns", "HTE"), width=50),
        ]
        self._industry_names: dict[int, str] = {}
        super().__init__(
            db,
            svc.tenant_register(),
            columns,
            filter_name="stage",
            filter_options=lambda: (
                [("", self.tr("All stages"))] + [(s.value, label(s)) for s in Stage]
            ),
            sort_column=5,  # newest entries first
            descending=True,
            parent=parent,
        )
        # A second row: the other filters, then the actions.
        bar = QHBoxLayout()
        self.industry = QComboBox()
        self.industry.setMinimumContentsLength(14)
        self.entry_year = QComboBox()
        self.tag = QComboBox()
        self.tag.setMinimumContentsLength(10)
        self.overdue = QCheckBox()
        self.figures_missing = QCheckBox()
        for w in (self.industry, self.entry_year, self.tag, self.overdue, self.figures_missing):
            bar.addWidget(w)
        bar.addStretch(1)
        self.new_button = QPushButton()
        guard(self.new_button, Action.EDIT_TENANTS)
        self.open_button = QPushButton()
        self.archive_button = QPushButton()
        self.import_button = QPushButton()
        guard(self.import_button, Action.EDIT_TENANTS)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_tenants = QAction(self)
        self.export_figures = QAction(self)
        self.export_menu.addAction(self.export_tenants)
        self.export_menu.addAction(self.export_figures)
        self.export_button.setMenu(self.export_menu)
        for b in (self.new_button, self.open_button, self.archive_button, self.import_button):
            bar.addWidget(b)
        bar.addWidget(self.export_button)
        self.layout_.insertLayout(2, bar)

        for combo in (self.industry, self.entry_year, self.tag):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.figures_missing.toggled.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_tenant)
        self.open_button.clicked.connect(self.open_current)
        self.archive_button.clicked.connect(self.archive_current)
        self.import_button.clicked.connect(lambda: self.import_file(ImportKind.TENANTS))
        self.export_tenants.triggered.connect(lambda: self.export("tenants"))
        self.export_figures.triggered.connect(lambda: self.export("figures"))
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        # Keys on the table itself (Return in the search box still applies the search).
        self.table.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.new_tenant)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_tenant)
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self.import_file(ImportKind.TENANTS))
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export("tenants"))
        self._worker: Task | None = None
        self.retranslate()
        self._enable()
        # After the first screen is painted: the index read holds the interpreter for a moment.
        QTimer.singleShot(WARM_DELAY_MS, self._warm_search)

    def _warm_search(self) -> None:
        """Read the search index in the background, so the first keystroke is instant too."""
        db = self.db
        run_task(
            lambda _ctx: svc.search_index(db),
            on_error=lambda err: log.warning("search index not read ahead: %s", err),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.table and isinstance(event, QKeyEvent) and pressed:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.archive_current()
                return True
        return super().eventFilter(watched, event)

    # --- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        if not hasattr(self, "industry"):
            return
        lang = name_language()
        industries = svc.lookups(self.db, LookupCategory.INDUSTRY, include_inactive=True)
        self._industry_names = {i.id: i.name(lang) for i in industries}
        for combo, items in (
            (
                self.industry,
                [("", self.tr("All industries"))]
                + [(i.id, i.name(lang)) for i in industries if i.active],
            ),
            (
                self.entry_year,
                [("", self.tr("Any entry year"))] + [(y, str(y)) for y in svc.entry_years(self.db)],
            ),
            (
                self.tag,
                [("", self.tr("Any tag"))] + [(t, t) for t in svc.all_tags(self.db)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def current_filters(self) -> dict[str, Any]:
        filters: dict[str, Any] = {}
        if self.filter.currentData():
            filters["stage"] = self.filter.currentData()
        if not hasattr(self, "industry"):
            return filters
        for key, combo in (
            ("industry", self.industry),
            ("entry_year", self.entry_year),
            ("tag", self.tag),
        ):
            if combo.currentData() not in (None, ""):
                filters[key] = combo.currentData()
        if self.overdue.isChecked():
            filters["overdue"] = True
        if self.figures_missing.isChecked():
            filters["figures_missing"] = True
        return filters

    def _apply_filter(self) -> None:
        self.model.set_query(filters=self.current_filters())
        self._update_count()

    # --- actions ---------------------------------------------------------------------------
    def _enable(self) -> None:
        if not hasattr(self, "open_button"):
            return
        has = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(has)
        self.archive_button.setEnabled(has)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            index = self.table.currentIndex()
            if not index.isValid():
                return None
            return self.model.row_id(index.row())
        return self.model.row_id(rows[0].row())

    def new_tenant(self) -> None:
        dlg = NewTenantDialog(self.db, self)
        if dlg.exec() and dlg.tenant_id is not None:
            self.refresh()
            self.open_tenant(dlg.tenant_id)

    def open_current(self) -> None:
        tenant_id = self.current_id()
        if tenant_id is not None:
            self.open_tenant(tenant_id)

    def open_tenant(self, tenant_id: int) -> TenantDetailDialog:
        dlg = TenantDetailDialog(self.db, tenant_id, self)
        dlg.changed.connect(self.refresh)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def archive_current(self) -> None:
        tenant_id = self.current_id()
        if tenant_id is None:
            return
        errors = ErrorMessage(self, self.tr("Archive tenant"))
        detail = attempt(errors, lambda: svc.get_tenant(self.db, tenant_id))
        if detail is None or not confirm_archive(self, detail.data.name_zh):
            return
        succeeded(errors, lambda: svc.archive_tenant(self.db, tenant_id, detail.version))
        self.refresh()

    def import_file(self, kind: ImportKind, path: str = "") -> ImportDialog:
        dlg = ImportDialog(self.db, kind, path, self)
        dlg.imported.connect(self.refresh)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        if not path:
            dlg._choose()
        return dlg

    def export(self, what: str, path: str = "") -> None:
        if self._worker is not None:
            return
        if not path:
            default = "tenants.xlsx" if what == "tenants" else "figures.xlsx"
            path = messages.save_file(
                self,
                self.tr("Export tenants") if what == "tenants" else self.tr("Export figures"),
                str(Path.home() / default),
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
            )
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        query = self.model.query
        lang = name_language()
        db = self.db
        func = exporting.export_tenants if what == "tenants" else exporting.export_figures
        self._worker = run_task(
            lambda ctx: func(db, path, query, lang, ctx.progress),
            on_result=self._exported,
            parent=self,
            error_title=self.tr("Export"),
        )
        self._worker.finished.connect(self._export_ended)
        self.export_button.setEnabled(False)
        self.count.setText(self.tr("Exporting…"))

    def _exported(self, result: exporting.ExportResult) -> None:
        messages.info(
            self,
            self.tr("Export"),
            self.tr("Exported %n row(s) to {path}.", "", result.rows).format(path=result.path),
        )

    def _export_ended(self) -> None:
        self._worker = None
        self.export_button.setEnabled(True)
        self._update_count()

    def refresh(self) -> None:
        self._fill_filters()
        super().refresh()
        QTimer.singleShot(WARM_DELAY_MS, self._warm_search)

    # --- text ------------------------------------------------------------------------------
    def title_text(self) -> str:
        return self.tr("Tenants")

    def search_placeholder(self) -> str:
        return self.tr("Search by name, credit code, contact or phone…")

    def filter_title(self) -> str:
        return self.tr("Stage")

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "new_button"):
            return
        self._fill_filters()
        name_filter(self.industry, self.tr("Industry"))
        name_filter(self.entry_year, self.tr("Entry year"))
        name_filter(self.tag, self.tr("Tag"))
        self.overdue.setText(self.tr("&Overdue"))
        self.overdue.setToolTip(self.tr("Still incubating beyond the planned graduation date"))
        self.figures_missing.setText(self.tr("&Figures missing"))
        y, q = last_complete_quarter()
        self.figures_missing.setToolTip(
            self.tr("No figures recorded for {period}").format(period=period_text(y, q))
        )
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("New tenant (Insert)"))
        self.open_button.setText(self.tr("O&pen"))
        self.archive_button.setText(self.tr("&Archive…"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import tenants or quarterly figures (Ctrl+I)"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_tenants.setText(self.tr("This list of tenants…"))
        self.export_figures.setText(self.tr("Quarterly figures of this list…"))


# --- Settings: the lists tenants use ----------------------------------------------------------


class LookupDialog(QDialog):
    """An entry of a list: code, names, other names imports recognise, use."""

    def __init__(
        self,
        db: Database,
        category: LookupCategory,
        row: svc.LookupRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.category, self.row = db, category, row
        self.setWindowTitle(self.tr("Edit entry") if row else self.tr("New entry"))
        self.errors = FieldErrors()
        self.code = QLineEdit(row.code if row else "")
        self.name_zh = QLineEdit(row.name_zh if row else "")
        self.name_en = QLineEdit(row.name_en if row else "")
        self.aliases = QPlainTextEdit("\n".join(row.aliases) if row else "")
        self.aliases.setPlaceholderText(self.tr("One per line, e.g. 生物产业"))
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(90)
        self.long_incubation = QCheckBox(self.tr("Longer incubation period (60 months)"))
        self.long_incubation.setChecked(bool(row and row.long_incubation))
        self.long_incubation.setVisible(category == LookupCategory.INDUSTRY)
        self.active = QCheckBox(self.tr("In use (offered in forms)"))
        self.active.setChecked(row.active if row else True)
        form = QFormLayout()
        for key, caption in (
            ("code", self.tr("&Code:")),
            ("name_zh", self.tr("Name (&Chinese):")),
            ("name_en", self.tr("Name (&English):")),
            ("aliases", self.tr("&Other names:")),
        ):
            self.errors.add_row(form, key, QLabel(caption), getattr(self, key))
        if row is not None and row.notes:
            source = QLabel(row.notes)
            source.setWordWrap(True)
            form.addRow(self.tr("Source:"), source)
        form.addRow("", self.long_incubation)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _save(self) -> None:
        saved = attempt(
            self.errors,
            lambda: svc.save_lookup(
                self.db,
                self.category,
                self.code.text(),
                self.name_zh.text(),
                self.name_en.text(),
                long_incubation=self.long_incubation.isChecked(),
                active=self.active.isChecked(),
                item_id=self.row.id if self.row else None,
                expected_version=self.row.version if self.row else None,
                aliases=self.aliases.toPlainText().splitlines(),
            ),
        )
        if saved is not None:
            self.accept()


class MergeDialog(QDialog):
    """Merge an entry into another of the same list: its tenants move to the entry kept."""

    def __init__(
        self,
        db: Database,
        row: svc.LookupRow,
        others: list[svc.LookupRow],
        tenants: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.row = db, row
        self.setWindowTitle(self.tr("Merge entries"))
        lang = name_language()
        self.into = QComboBox()
        for other in others:
            self.into.addItem(f"{other.name(lang)} ({other.code})", other.id)
        self.errors = ErrorMessage(self, self.tr("Merge entries"))
        explain = QLabel(
            self.tr(
                "Merge “%1” into the entry chosen below: its %n tenant(s) then have that "
                "entry, and “%1” is kept as another name of it, so imports still recognise it. "
                "“%1” itself is removed.",
                "",
                tenants,
            ).replace("%1", row.name(lang))
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        caption = QLabel(self.tr("&Keep:"))
        caption.setBuddy(self.into)
        form.addRow(caption, self.into)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setEnabled(bool(others))
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _merge(self) -> None:
        keep = self.into.currentData()
        if keep is None:
            return
        if succeeded(
            self.errors,
            lambda: svc.merge_lookups(self.db, keep, self.row.id, None, self.row.version),
        ):
            self.accept()


class TenantListsSettings(QWidget):
    """Settings section: industries, technology fields, registration types and GB/T 4754
    sections; entries are edited, given other names and merged."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.used: dict[int, int] = {}
        self.category = QComboBox()
        self.model: RowsModel[svc.LookupRow] = RowsModel(self._columns, parent=self)
        self.table = rows_view(self.model)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.add = QPushButton()
        self.edit = QPushButton()
        self.merge = QPushButton()
        self.caption = QLabel()
        self.caption.setBuddy(self.category)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.category)
        top.addStretch(1)
        top.addWidget(self.add)
        top.addWidget(self.edit)
        top.addWidget(self.merge)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.category.currentIndexChanged.connect(self.refresh)
        self.add.clicked.connect(lambda: self._open(None))
        self.edit.clicked.connect(self._edit)
        self.merge.clicked.connect(lambda: self.merge_current())
        self.table.doubleClicked.connect(lambda _i: self._edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()

    @classmethod
    def section_title(cls) -> str:
        return _t(QT_TRANSLATE_NOOP("TenantListsSettings", "Tenant lists"))

    def _columns(self) -> list[Column[svc.LookupRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code, tooltip=lambda r: r.code, width=120),
            Column(self.tr("Chinese"), lambda r: r.name_zh, tooltip=lambda r: r.notes),
            Column(self.tr("English"), lambda r: r.name_en, tooltip=lambda r: r.notes),
            Column(
                self.tr("Other names"),
                lambda r: "; ".join(r.aliases),
                tooltip=lambda r: "\n".join(r.aliases),
            ),
            Column(self.tr("Tenants"), lambda r: self.used.get(r.id, 0), right=True, width=70),
            Column(self.tr("60 months"), lambda r: r.long_incubation, width=90),
            Column(self.tr("In use"), lambda r: r.active, width=70),
        ]

    @property
    def rows(self) -> list[svc.LookupRow]:
        return self.model.rows()

    def retranslate(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for cat, text in (
            (LookupCategory.INDUSTRY, self.tr("Industries (strategic emerging)")),
            (LookupCategory.TECH_FIELD, self.tr("Technology fields")),
            (LookupCategory.REGISTRATION_TYPE, self.tr("Registration types")),
            (LookupCategory.SECTOR, self.tr("Sectors (GB/T 4754)")),
        ):
            self.category.addItem(text, cat)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)
        self.caption.setText(self.tr("&List:"))
        self.add.setText(self.tr("&Add…"))
        self.edit.setText(self.tr("&Edit…"))
        self.merge.setText(self.tr("&Merge into…"))
        self.merge.setToolTip(
            self.tr("Merge the selected entry into another: its tenants move to the one kept")
        )
        self.model.retranslate()
        self.note.setText(
            self.tr(
                "Every database starts with the standard lists. Entries in use are not deleted: "
                "untick “In use” to stop offering one, or merge two entries that mean the same. "
                "Imports match a sheet's values against the code, both names and the other "
                "names."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        if self.category.currentData() is None:
            return
        category = LookupCategory(self.category.currentData())
        self.used = svc.usage(self.db, category)
        self.model.set_rows(svc.lookups(self.db, category, include_inactive=True))
        self.table.setColumnHidden(5, category != LookupCategory.INDUSTRY)
        self._enable()

    def _current(self) -> svc.LookupRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0]) if selected else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.edit.setEnabled(chosen)
        self.merge.setEnabled(chosen and len(self.rows) > 1)

    def _edit(self) -> None:
        row = self._current()
        if row is not None:
            self._open(row)

    def _open(self, row: svc.LookupRow | None) -> None:
        dlg = LookupDialog(self.db, LookupCategory(self.category.currentData()), row, self)
        if dlg.exec():
            self.refresh()

    def merge_dialog(self) -> MergeDialog | None:
        row = self._current()
        if row is None:
            return None
        others = [r for r in self.rows if r.id != row.id]
        return MergeDialog(self.db, row, others, self.used.get(row.id, 0), self)

    def merge_current(self) -> None:
        dlg = self.merge_dialog()
        if dlg is not None and dlg.exec():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["TenantListsSettings", "TenantsPage"]
