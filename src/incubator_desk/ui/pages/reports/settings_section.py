"""Settings → Graduation and reports: the graduation rules, the report font and the logo on
report covers. The services check and store each; this section picks and shows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import ServiceError
from ....core.money import amount_text, parse_amount
from ....db import Database
from ....reports.dispatch import choose_report_font, font_in_use
from ....services import graduation as grad
from ....services import reporting
from ... import i18n, messages
from ...toolkit import ERROR_COLOUR, ErrorMessage, FieldErrors, attempt


class ReportSettings(QWidget):
    """Settings → Reports: graduation rules, the report font and the logo on report covers."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._version: int | None = None
        box = QVBoxLayout(self)

        self.rules_box = QGroupBox()
        form = QFormLayout(self.rules_box)
        self.high_tech = QCheckBox()
        self.investment = QCheckBox()
        self.investment_amount = QLineEdit()
        self.revenue = QCheckBox()
        self.revenue_amount = QLineEdit()
        self.listed = QCheckBox()
        self.min_criteria = QSpinBox()
        self.min_criteria.setRange(1, 4)
        self.admission = QSpinBox()
        self.incubation = QSpinBox()
        self.long_incubation = QSpinBox()
        for spin in (self.admission, self.incubation, self.long_incubation):
            spin.setRange(1, 240)
        for w in (self.min_criteria, self.admission, self.incubation, self.long_incubation):
            w.setFixedWidth(90)
        for edit in (self.investment_amount, self.revenue_amount):
            edit.setFixedWidth(160)
        self.criteria_error = QLabel()  # messages that name no field of the form
        self.errors = FieldErrors(self.criteria_error)
        self.labels: dict[str, QLabel] = {}

        def add(name: str, widget: QWidget, extra: QWidget | None = None) -> None:
            """A row captioned `name`; errors for `name` (the service's field) mark the
            amount when there is one, else the widget, and are shown beside them."""
            lab = QLabel()
            lab.setBuddy(widget)
            self.labels[name] = lab
            self.errors.add(name, extra or widget)
            row = QHBoxLayout()
            row.addWidget(widget)
            if extra is not None:
                row.addWidget(extra)
            row.addWidget(self.errors.message_label(name))
            row.addStretch(1)
            form.addRow(lab, row)

        add("high_tech", self.high_tech)
        add("investment_threshold", self.investment, self.investment_amount)
        add("revenue_threshold", self.revenue, self.revenue_amount)
        add("listed", self.listed)
        add("min_criteria", self.min_criteria)
        add("admission_max_months", self.admission)
        add("incubation_months", self.incubation)
        add("long_incubation_months", self.long_incubation)
        self.long_note = QLabel()
        self.long_note.setWordWrap(True)
        form.addRow("", self.long_note)
        form.addRow("", self.criteria_error)
        buttons = QHBoxLayout()
        self.defaults = QPushButton()
        self.revert = QPushButton()
        self.save = QPushButton()
        buttons.addWidget(self.defaults)
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        form.addRow(buttons)
        self.saved_note = QLabel()
        form.addRow("", self.saved_note)
        box.addWidget(self.rules_box)

        self.font_box = QGroupBox()
        ff = QFormLayout(self.font_box)
        self.font_in_use = QLabel()
        self.font_in_use.setWordWrap(True)
        self.font_in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_in_use_label = QLabel()
        ff.addRow(self.font_in_use_label, self.font_in_use)
        frow = QHBoxLayout()
        self.choose_font = QPushButton()
        self.auto_font = QPushButton()
        frow.addWidget(self.choose_font)
        frow.addWidget(self.auto_font)
        frow.addStretch(1)
        ff.addRow("", frow)
        self.logo_state = QLabel()
        self.logo_label = QLabel()
        ff.addRow(self.logo_label, self.logo_state)
        lrow = QHBoxLayout()
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        lrow.addWidget(self.choose_logo)
        lrow.addWidget(self.remove_logo)
        lrow.addStretch(1)
        ff.addRow("", lrow)
        box.addWidget(self.font_box)
        box.addStretch(1)

        self.save.clicked.connect(self.save_rules)
        self.revert.clicked.connect(self.refresh)
        self.defaults.clicked.connect(lambda: self._show_rules(grad.GraduationRules()))
        self.choose_font.clicked.connect(lambda: self.pick_font())
        self.auto_font.clicked.connect(self.use_automatic_font)
        self.choose_logo.clicked.connect(lambda: self.pick_logo())
        self.remove_logo.clicked.connect(self.clear_logo)
        for cb, edit in (
            (self.investment, self.investment_amount),
            (self.revenue, self.revenue_amount),
        ):
            cb.toggled.connect(edit.setEnabled)
            edit.editingFinished.connect(lambda e=edit: _tidy_amount(e))
        self.retranslate()
        self.refresh()

    @classmethod
    def section_title(cls) -> str:
        # Asked before any instance exists, so not self.tr(): the context is the class's own.
        return QCoreApplication.translate("ReportSettings", "Graduation and reports")

    # --- rules --------------------------------------------------------------------------------
    def refresh(self) -> None:
        stored = grad.load_rules(self.db)
        self._version = stored.version
        self._show_rules(stored.rules)
        self.errors.clear()
        self.saved_note.setText("")
        self._show_long_industries()
        self._show_font_and_logo()

    def _show_rules(self, r: grad.GraduationRules) -> None:
        self.high_tech.setChecked(r.high_tech_enabled)
        self.investment.setChecked(r.investment_enabled)
        self.investment_amount.setText(amount_text(r.investment_threshold))
        self.investment_amount.setEnabled(r.investment_enabled)
        self.revenue.setChecked(r.revenue_enabled)
        self.revenue_amount.setText(amount_text(r.revenue_threshold))
        self.revenue_amount.setEnabled(r.revenue_enabled)
        self.listed.setChecked(r.listed_enabled)
        self.min_criteria.setValue(r.min_criteria)
        self.admission.setValue(r.admission_max_months)
        self.incubation.setValue(r.incubation_months)
        self.long_incubation.setValue(r.long_incubation_months)

    def _amounts(self) -> tuple[Decimal, Decimal] | None:
        """The two thresholds as typed; None after marking the ones that are not amounts."""
        values: dict[str, Decimal] = {}
        bad: dict[str, str] = {}
        for name, edit in (
            ("investment_threshold", self.investment_amount),
            ("revenue_threshold", self.revenue_amount),
        ):
            try:
                value = parse_amount(edit.text())
            except ValueError:
                value = None
            if value is None:
                bad[name] = self.tr("Write an amount in yuan, e.g. 5,000,000.")
            else:
                values[name] = value
        if bad:
            self.errors.show(bad)
            return None
        return values["investment_threshold"], values["revenue_threshold"]

    def save_rules(self) -> bool:
        self.errors.clear()
        amounts = self._amounts()
        if amounts is None:
            return False
        r = grad.GraduationRules(
            high_tech_enabled=self.high_tech.isChecked(),
            investment_enabled=self.investment.isChecked(),
            investment_threshold=amounts[0],
            revenue_enabled=self.revenue.isChecked(),
            revenue_threshold=amounts[1],
            listed_enabled=self.listed.isChecked(),
            min_criteria=self.min_criteria.value(),
            admission_max_months=self.admission.value(),
            incubation_months=self.incubation.value(),
            long_incubation_months=self.long_incubation.value(),
        )
        version = attempt(self.errors, lambda: grad.save_rules(self.db, r, self._version))
        if version is None:
            return False
        self._version = version
        self.saved_note.setText(self.tr("Saved. Every report and list uses the new rules."))
        return True

    def _show_long_industries(self) -> None:
        chinese = i18n.current_language().startswith("zh")
        names = [
            zh if chinese or not en else en for zh, en in grad.long_incubation_industries(self.db)
        ]
        self.long_note.setText(
            self.tr("Industries with the longer limit (set in the industry list): %1").replace(
                "%1", ("、" if chinese else ", ").join(names) if names else self.tr("none")
            )
        )

    # --- font and logo ------------------------------------------------------------------------
    def _show_font_and_logo(self) -> None:
        try:
            in_use = font_in_use(self.db)
        except ServiceError as exc:  # no usable font: the message says how to get one
            self.font_in_use.setText(str(exc))
            self.font_in_use.setStyleSheet(f"color: {ERROR_COLOUR};")
        else:
            how = self.tr("chosen") if in_use.chosen else self.tr("found automatically")
            self.font_in_use.setText(f"{in_use.choice.describe()} ({how})")
            self.font_in_use.setStyleSheet("")
        logo = reporting.logo_name(self.db)
        self.logo_state.setText(logo if logo is not None else self.tr("none"))
        self.remove_logo.setEnabled(logo is not None)

    def pick_font(self, path: str = "") -> None:
        if not path:
            path = messages.open_file(
                self,
                self.tr("Choose a Chinese TrueType font"),
                "",
                self.tr("TrueType fonts (*.ttf *.ttc)"),
            )
        if path:
            self._change(self.tr("Report font"), lambda: choose_report_font(self.db, Path(path)))

    def use_automatic_font(self) -> None:
        self._change(self.tr("Report font"), lambda: choose_report_font(self.db, None))

    def pick_logo(self, path: str = "") -> None:
        if not path:
            path = messages.open_file(
                self,
                self.tr("Choose the logo"),
                "",
                self.tr("Images (*.png *.jpg *.jpeg)"),
            )
        if path:
            self._change(self.tr("Logo"), lambda: reporting.set_logo(self.db, Path(path)))

    def clear_logo(self) -> None:
        if messages.confirm(self, self.tr("Logo"), self.tr("Remove the logo from report covers?")):
            self._change(self.tr("Logo"), lambda: reporting.remove_logo(self.db))

    def _change(self, title: str, action: Callable[[], object]) -> None:
        """Run a service's change; its refusal is shown in a message box titled `title`."""
        attempt(ErrorMessage(self, title), action)
        self._show_font_and_logo()

    def retranslate(self) -> None:
        self.rules_box.setTitle(self.tr("Graduation rules"))
        texts = {
            "high_tech": self.tr("High and New Technology Enterprise"),
            "investment_threshold": self.tr("Cumulative investment over (¥)"),
            "revenue_threshold": self.tr("Revenue of two consecutive years over (¥)"),
            "listed": self.tr("Merged, acquired, listed or quoted"),
            "min_criteria": self.tr("Criteria needed (at least)"),
            "admission_max_months": self.tr("Admission within (months of founding)"),
            "incubation_months": self.tr("Incubation limit (months)"),
            "long_incubation_months": self.tr("Longer limit for flagged industries (months)"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for cb in (self.high_tech, self.investment, self.revenue, self.listed):
            cb.setText(self.tr("in use"))
        self.defaults.setText(self.tr("Restore the national defaults"))
        self.revert.setText(self.tr("Revert"))
        self.save.setText(self.tr("Save rules"))
        self.font_box.setTitle(self.tr("Report font and logo"))
        self.font_in_use_label.setText(self.tr("Font in reports:"))
        self.choose_font.setText(self.tr("Choose font…"))
        self.auto_font.setText(self.tr("Find automatically"))
        self.logo_label.setText(self.tr("Logo on covers:"))
        self.choose_logo.setText(self.tr("Choose logo…"))
        self.remove_logo.setText(self.tr("Remove logo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # These lines hold translated words too.
            self._show_font_and_logo()
            self._show_long_industries()
        super().changeEvent(event)


def _tidy_amount(edit: QLineEdit) -> None:
    """Show an amount as typed ("5000000") the way amounts are shown ("5,000,000.00")."""
    try:
        value = parse_amount(edit.text())
    except ValueError:
        return  # left as typed: saving says what is wrong with it
    if value is not None:
        edit.setText(amount_text(value))
