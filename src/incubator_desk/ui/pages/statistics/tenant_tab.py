"""The tenant window's Statistics tab: a year's return as the Torch Center asks for it, every
field of `services.statistics.FIELDS` in the return's groups, with its message beside it."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core.money import MoneyUnit
from ....db import Database
from ....services import reporting, statistics
from ... import messages
from ...toolkit import ERROR_COLOUR, FieldErrors, attempt, display

FieldKind = statistics.FieldKind
Group = statistics.Group


def shown(f: statistics.StatField, value: Any) -> str:
    """A value as the tab shows and takes it: money in 千元, as typed."""
    if value is None or value == "":
        return ""
    if f.kind is FieldKind.MONEY:
        k = (Decimal(value) / 1000).normalize()
        return f"{k:f}"
    if f.kind is FieldKind.BOOL:
        if value:
            return QCoreApplication.translate("TenantStatisticsTab", "Yes")
        return QCoreApplication.translate("TenantStatisticsTab", "No")
    if f.kind is FieldKind.CHOICE:
        return f.choice_label(value.value if isinstance(value, Enum) else str(value))
    return display(value)


class TenantStatisticsTab(QWidget):
    """A tenant's return for a year: entered fields editable, the tenant record's shown; what
    the check finds listed above; money in 千元 as the return writes it."""

    def __init__(self, db: Database, tenant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.tenant_id = db, tenant_id
        self.current: statistics.TenantReturn | None = None
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(1990, 2200)
        self.year.setValue(reporting.last_complete_quarter().year)
        self.year_label.setBuddy(self.year)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setStyleSheet("color: #9a6700;")
        self.errors = FieldErrors()
        self.edits: dict[str, QWidget] = {}
        self.shown_values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.groups: dict[Group, QGroupBox] = {}
        self.no_founder = QLabel()
        self.no_founder.setWordWrap(True)
        holder = QWidget()
        columns = QHBoxLayout(holder)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        for side in (left, right):
            columns.addLayout(side, 1)
        # The company's record, qualifications and founder on the left; the year's figures right.
        placement = {
            Group.IDENTITY: left,
            Group.QUALIFICATIONS: left,
            Group.FOUNDER: left,
            Group.MONEY: right,
            Group.STAFF: right,
            Group.IP: right,
            Group.TECHNOLOGY: right,
        }
        for group in Group:
            box = self.groups[group] = QGroupBox()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            if group is Group.FOUNDER:
                form.addRow(self.no_founder)
            for f in statistics.FIELDS:
                if f.group is not group:
                    continue
                caption = self.captions[f.key] = QLabel()
                if f.editable:
                    widget = self._editor(f)
                    self.edits[f.key] = widget
                    self.errors.add_row(form, f.key, caption, widget)
                else:
                    value = self.shown_values[f.key] = QLabel()
                    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    form.addRow(caption, value)
            placement[group].addWidget(box)
        for side in (left, right):
            side.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.save_button = QPushButton()
        self.revert = QPushButton()
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.errors.summary, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.revert)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.findings)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)
        self.dirty = False
        self.shown_year = self.year.value()
        self.year.valueChanged.connect(self._year_changed)
        for widget in self.edits.values():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.clicked.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert.clicked.connect(self.refresh)
        self.retranslate()
        self.refresh()

    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("TenantStatisticsTab", "Statistics return")

    def _editor(self, f: statistics.StatField) -> QWidget:
        if f.kind is FieldKind.BOOL:
            return QCheckBox()
        if f.kind is FieldKind.CHOICE:
            combo = QComboBox()
            combo.addItem("", None)
            for value in f.choices:
                combo.addItem(f.choice_label(value), value)
            return combo
        edit = QLineEdit()
        if f.kind in (FieldKind.INT, FieldKind.MONEY, FieldKind.AREA):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        elif f.kind is FieldKind.DATE:
            edit.setPlaceholderText("2026-03-31")
        else:
            edit.setMaxLength(f.max_length)
        return edit

    # --- reading and showing -------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self.status.setText(self.tr("Not saved yet."))

    def _year_changed(self, year: int) -> None:
        """Another year: its return is shown, unless the person keeps the unsaved edits."""
        if self.dirty and not messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to the %1 return?").replace("%1", str(self.shown_year)),
        ):
            self.year.blockSignals(True)
            self.year.setValue(self.shown_year)
            self.year.blockSignals(False)
            return
        self.refresh()

    def refresh(self) -> None:
        self.dirty = False
        self.shown_year = self.year.value()
        self.errors.clear()
        self.status.clear()
        found = attempt(
            self.errors,
            lambda: statistics.tenant_return(self.db, self.tenant_id, self.year.value()),
        )
        self.current = found
        if found is None:
            return
        for key, lab in self.shown_values.items():
            f = statistics.field(key)
            lab.setText(shown(f, found.values.get(key)) or "—")
        for key, widget in self.edits.items():
            f = statistics.field(key)
            entered = found.entered(key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(found.values.get(key)))
            elif isinstance(widget, QComboBox):
                value = found.values.get(key)
                raw = value.value if isinstance(value, Enum) else value
                widget.setCurrentIndex(max(widget.findData(raw), 0) if raw else 0)
                widget.setEnabled(f.source is not statistics.Source.FOUNDER or found.has_founder)
            elif isinstance(widget, QLineEdit):
                widget.setText(shown(f, entered))
                derived = found.values.get(key) if key in found.derived else None
                widget.setPlaceholderText(
                    self.tr("from the quarterly figures: %1").replace("%1", shown(f, derived))
                    if derived is not None
                    else ("2026-03-31" if f.kind is FieldKind.DATE else "")
                )
        self.no_founder.setVisible(not found.has_founder)
        self._show_findings()

    def _show_findings(self) -> None:
        if self.current is None:
            return
        findings = statistics.check_tenant(self.current)
        if not findings:
            self.findings.setText(self.tr("The check finds nothing to fix in this year's return."))
            self.findings.setStyleSheet("color: #1a7f37;")
            return
        self.findings.setStyleSheet("color: #9a6700;")
        lines = [self.tr("To fix before the return is sent (%n):", "", len(findings))]
        lines += [f"• {f.message}" for f in findings]
        self.findings.setText("\n".join(lines))

    # --- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """What the fields hold, as typed (money in 千元)."""
        out: dict[str, object] = {}
        for key, widget in self.edits.items():
            if isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                if widget.isEnabled():
                    out[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def save(self) -> bool:
        current = self.current
        version = current.version if current is not None else None
        year = self.year.value()
        saved = attempt(
            self.errors,
            lambda: statistics.save_tenant_return(
                self.db,
                self.tenant_id,
                year,
                self.values(),
                unit=MoneyUnit.THOUSAND,
                expected_version=version,
            ),
        )
        if saved is None:
            self.status.setText("")
            return False
        self.refresh()
        self.status.setText(self.tr("Saved the %1 return.").replace("%1", str(year)))
        return True

    # --- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        for group, box in self.groups.items():
            box.setTitle(QCoreApplication.translate("statistics", statistics.GROUP_LABELS[group]))
        for key, caption in self.captions.items():
            f = statistics.field(key)
            # "R&D": a caption with a buddy would take the & for a shortcut
            name = f.label().replace("&", "&&")
            caption.setText(
                self.tr("%1 (%2):").replace("%1", name).replace("%2", f.unit)
                if f.unit
                else self.tr("%1:").replace("%1", name)
            )
            caption.setToolTip(f.heading())
            if not f.editable:
                caption.setToolTip(
                    f.heading() + "\n" + self.tr("Kept in the tenant's profile and records.")
                )
        self.no_founder.setText(
            self.tr(
                "No founder is recorded: add one under People to give the founder's type and sex."
            )
        )
        self.no_founder.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.save_button.setText(self.tr("&Save return"))
        self.revert.setText(self.tr("Re&vert"))
        if self.current is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["TenantStatisticsTab", "shown"]
