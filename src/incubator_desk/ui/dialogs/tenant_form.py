"""The tenant form (profile fields with their errors beside them) and the small tenant dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.errors import ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.labels import label
from ...core.money import amount_text, parse_amount
from ...core.periods import add_months, period_text
from ...core.vocabularies import (
    ExitReason,
    FounderType,
    ListingStatus,
    LookupCategory,
    PersonRole,
    Sex,
    Stage,
)
from ...db import Database
from ...services import graduation
from ...services import tenants as svc
from ...services.statistics import CHOICE_EN
from .. import messages
from ..i18n import name_language
from ..toolkit import FieldErrors, attempt

_t = Translator("TenantForm")

NO_DATE = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date that may be empty: the minimum date stands for "none" and shows as "—"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        d = self.date()
        if d == NO_DATE:
            return None
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Showing "—" the edit has no sections to step through, and Qt's date edit then
        # keeps the focus on Tab: a keyboard user could not leave an empty date.
        if self.date() == NO_DATE:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def fill_lookup(
    combo: QComboBox, db: Database, category: LookupCategory, with_code: bool = False
) -> None:
    """The entries of a list in use, named in the window's language (and coded: "I 信息…")."""
    current = combo.currentData()
    combo.clear()
    combo.addItem("—", None)
    lang = name_language()
    for item in svc.lookups(db, category):
        combo.addItem(f"{item.code} {item.name(lang)}" if with_code else item.name(lang), item.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class TenantForm(QWidget):
    """Every profile field of a tenant, with an error label under each.

    Signals:
        edited(): the user changed a field.
    """

    edited = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.errors = FieldErrors()
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.credit_code = QLineEdit()
        self.credit_code.setPlaceholderText("91440300MA5XXXXXXX")
        self.founded_on = DateField()
        self.registered_capital = QLineEdit()
        self.registered_capital.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.industry = QComboBox()
        self.tech_field = QComboBox()
        self.registration_type = QComboBox()
        self.sector = QComboBox()
        self.park_address = QLineEdit()
        self.entry_date = DateField()
        self.planned_graduation_on = DateField()
        self.rule_note = QLabel()
        self.rule_note.setStyleSheet("color: palette(placeholder-text);")
        self.high_tech_enterprise = QCheckBox()
        self.high_tech_since = DateField()
        self.listing_status = QComboBox()
        for status in ListingStatus:
            self.listing_status.addItem(label(status), status)
        self.listing_date = DateField()
        self.tags = QLineEdit()
        self.tags.setCompleter(QCompleter(svc.all_tags(db), self.tags))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        self.captions: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, form in (
            ("name_zh", left),
            ("name_en", left),
            ("credit_code", left),
            ("founded_on", left),
            ("registered_capital", left),
            ("industry_id", left),
            ("tech_field_id", left),
            ("registration_type_id", left),
            ("sector_id", left),
            ("park_address", left),
            ("entry_date", right),
            ("planned_graduation_on", right),
            ("high_tech_enterprise", right),
            ("high_tech_since", right),
            ("listing_status", right),
            ("listing_date", right),
            ("tags", right),
            ("notes", right),
        ):
            widget = getattr(self, key.removesuffix("_id"))
            caption = QLabel()
            caption.setBuddy(widget)
            self.captions[key] = caption
            self.errors.add_row(form, key, caption, widget)
            if key == "planned_graduation_on":
                form.addRow("", self.rule_note)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addSpacing(16)
        row.addLayout(right, 1)
        for edit in (
            self.name_zh,
            self.name_en,
            self.credit_code,
            self.registered_capital,
            self.park_address,
            self.tags,
        ):
            edit.textEdited.connect(self.edited)
        for w in (
            self.founded_on,
            self.entry_date,
            self.planned_graduation_on,
            self.high_tech_since,
            self.listing_date,
        ):
            w.dateChanged.connect(self.edited)
        for combo in (
            self.industry,
            self.tech_field,
            self.registration_type,
            self.sector,
            self.listing_status,
        ):
            combo.activated.connect(self.edited)
        self.high_tech_enterprise.toggled.connect(self._high_tech)
        self.high_tech_enterprise.toggled.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        self.entry_date.dateChanged.connect(self._rule_hint)
        self.industry.currentIndexChanged.connect(self._rule_hint)
        self.retranslate()
        self._high_tech(False)

    def _high_tech(self, on: bool) -> None:
        self.high_tech_since.setEnabled(on)

    def _rule_hint(self) -> None:
        entry = self.entry_date.value()
        if entry is None:
            self.rule_note.setText(self.tr("Left empty: computed from the entry date."))
            return
        months = graduation.incubation_limit_months(self.db, self.industry.currentData())
        self.rule_note.setText(
            self.tr("By the incubation-period rule ({months} months): {date}").format(
                months=months, date=add_months(entry, months).isoformat()
            )
        )

    def retranslate(self) -> None:
        texts = {
            "name_zh": self.tr("Name (&Chinese):"),
            "name_en": self.tr("Name (&English):"),
            "credit_code": self.tr("Credit &code:"),
            "founded_on": self.tr("&Founded on:"),
            "registered_capital": self.tr("Registered capital (¥):"),
            "industry_id": self.tr("&Industry:"),
            "tech_field_id": self.tr("Technology field:"),
            "registration_type_id": self.tr("Registration type:"),
            "sector_id": self.tr("Sector (GB/T 4754):"),
            "park_address": self.tr("Address in the park:"),
            "entry_date": self.tr("E&ntry date:"),
            "planned_graduation_on": self.tr("Planned graduation:"),
            "high_tech_enterprise": self.tr("High-Tech Enterprise:"),
            "high_tech_since": self.tr("Certified on:"),
            "listing_status": self.tr("Listing status:"),
            "listing_date": self.tr("Listed on:"),
            "tags": self.tr("&Tags:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. 专精特新, 硬科技"))
        self.high_tech_enterprise.setText(self.tr("certified"))
        self.registered_capital.setPlaceholderText(self.tr("in yuan, e.g. 1000000"))
        fill_lookup(self.industry, self.db, LookupCategory.INDUSTRY)
        fill_lookup(self.tech_field, self.db, LookupCategory.TECH_FIELD)
        fill_lookup(self.registration_type, self.db, LookupCategory.REGISTRATION_TYPE)
        fill_lookup(self.sector, self.db, LookupCategory.SECTOR, with_code=True)
        for i in range(self.listing_status.count()):
            self.listing_status.setItemText(i, label(self.listing_status.itemData(i)))
        self._rule_hint()

    def set_data(self, data: svc.TenantInput) -> None:
        for w in self.findChildren(QWidget):
            w.blockSignals(True)
        try:
            self.name_zh.setText(data.name_zh)
            self.name_en.setText(data.name_en)
            self.credit_code.setText(data.credit_code)
            self.founded_on.set_value(data.founded_on)
            cap = data.registered_capital
            self.registered_capital.setText(amount_text(cap))
            for combo, value in (
                (self.industry, data.industry_id),
                (self.tech_field, data.tech_field_id),
                (self.registration_type, data.registration_type_id),
                (self.sector, data.sector_id),
                (self.listing_status, data.listing_status),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0))
            self.park_address.setText(data.park_address)
            self.entry_date.set_value(data.entry_date)
            self.planned_graduation_on.set_value(data.planned_graduation_on)
            self.high_tech_enterprise.setChecked(data.high_tech_enterprise)
            self.high_tech_since.set_value(data.high_tech_since)
            self.listing_date.set_value(data.listing_date)
            self.tags.setText(", ".join(data.tags))
            self.notes.setPlainText(data.notes)
        finally:
            for w in self.findChildren(QWidget):
                w.blockSignals(False)
        self._high_tech(data.high_tech_enterprise)
        self._rule_hint()
        self.errors.clear()

    def data(self) -> svc.TenantInput:
        """The entered values; raises ValidationError for what cannot even be read."""
        try:
            capital = parse_amount(self.registered_capital.text())
        except ValueError:
            raise ValidationError(
                {"registered_capital": self.tr("Enter an amount in yuan, such as 1000000.")}
            ) from None
        return svc.TenantInput(
            name_zh=self.name_zh.text(),
            name_en=self.name_en.text(),
            credit_code=self.credit_code.text(),
            founded_on=self.founded_on.value(),
            registered_capital=capital,
            industry_id=self.industry.currentData(),
            tech_field_id=self.tech_field.currentData(),
            registration_type_id=self.registration_type.currentData(),
            sector_id=self.sector.currentData(),
            park_address=self.park_address.text(),
            entry_date=self.entry_date.value(),
            planned_graduation_on=self.planned_graduation_on.value(),
            high_tech_enterprise=self.high_tech_enterprise.isChecked(),
            high_tech_since=self.high_tech_since.value(),
            listing_status=ListingStatus(self.listing_status.currentData()),
            listing_date=self.listing_date.value(),
            tags=svc.split_tags(self.tags.text()),
            notes=self.notes.toPlainText(),
        )


class NewTenantDialog(QDialog):
    """Create a tenant: the profile form and its starting stage."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tenant_id: int | None = None
        self.setWindowTitle(self.tr("New tenant"))
        self.form = TenantForm(db, self)
        self.stage = QComboBox()
        for stage in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING):
            self.stage.addItem(label(stage), stage)
        self.stage.setCurrentIndex(1)
        top = QHBoxLayout()
        self.stage_caption = QLabel(self.tr("Starting &stage:"))
        self.stage_caption.setBuddy(self.stage)
        top.addWidget(self.stage_caption)
        top.addWidget(self.stage)
        top.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(top)
        layout.addWidget(self.form.errors.summary)
        layout.addWidget(self.buttons)
        self.form.entry_date.set_value(clock.today())
        self.form.name_zh.setFocus()
        self.resize(1040, self.sizeHint().height())

    def _save(self) -> None:
        stage = Stage(self.stage.currentData())
        self.tenant_id = attempt(
            self.form.errors, lambda: svc.create_tenant(self.db, self.form.data(), stage)
        )
        if self.tenant_id is None:
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        self.accept()


def _choice(value: FounderType | Sex) -> str:
    """A founder type or sex in the user's language (the statistics return's wording)."""
    return QCoreApplication.translate("statistics", CHOICE_EN[value])


class PersonDialog(QDialog):
    """Add or edit one founder or contact."""

    def __init__(
        self,
        db: Database,
        tenant_id: int,
        row: svc.PersonRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.tenant_id, self.row = db, tenant_id, row
        self.setWindowTitle(self.tr("Edit person") if row else self.tr("Add person"))
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in PersonRole:
            self.role.addItem(label(role), role)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        # The founder's background and sex, as the statistics return classifies them
        self.founder_type = QComboBox()
        self.founder_type.addItem("", None)
        for kind in FounderType:
            self.founder_type.addItem(_choice(kind), kind)
        self.sex = QComboBox()
        self.sex.addItem("", None)
        for sex in Sex:
            self.sex.addItem(_choice(sex), sex)
        self.flags = {
            "is_primary_contact": QCheckBox(self.tr("Primary contact")),
            "student_founder": QCheckBox(self.tr("Student founder (大学生创业)")),
            "returnee": QCheckBox(self.tr("Returnee (留学人员)")),
            "serial_entrepreneur": QCheckBox(self.tr("Serial entrepreneur")),
            "talent_programme": QCheckBox(self.tr("Talent-programme hire")),
        }
        form = QFormLayout()
        for key, caption in (
            ("name", self.tr("&Name:")),
            ("role", self.tr("&Role:")),
            ("phone", self.tr("&Phone:")),
            ("email", self.tr("&E-mail:")),
            ("founder_type", self.tr("&Founder type:")),
            ("sex", self.tr("Se&x:")),
        ):
            lab = QLabel(caption)
            lab.setBuddy(getattr(self, key))
            self.errors.add_row(form, key, lab, getattr(self, key))
        for box in self.flags.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        layout.addWidget(buttons)
        if row is not None:
            d = row.data
            self.name.setText(d.name)
            self.role.setCurrentIndex(max(self.role.findData(d.role), 0))
            self.phone.setText(d.phone)
            self.email.setText(d.email)
            self.founder_type.setCurrentIndex(max(self.founder_type.findData(d.founder_type), 0))
            self.sex.setCurrentIndex(max(self.sex.findData(d.sex), 0))
            for key, box in self.flags.items():
                box.setChecked(bool(getattr(d, key)))
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        data = svc.PersonInput(
            name=self.name.text(),
            role=PersonRole(self.role.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
            founder_type=self.founder_type.currentData(),
            sex=self.sex.currentData(),
            **{key: box.isChecked() for key, box in self.flags.items()},
        )
        saved = attempt(
            self.errors,
            lambda: svc.save_person(
                self.db,
                self.tenant_id,
                data,
                self.row.id if self.row else None,
                self.row.version if self.row else None,
            ),
        )
        if saved is not None:
            self.accept()


class StageDialog(QDialog):
    """Record a move along the incubation chain: stage, date, reason."""

    def __init__(
        self,
        db: Database,
        tenant_id: int,
        current: Stage,
        version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.tenant_id, self.version = db, tenant_id, version
        self.setWindowTitle(self.tr("Change stage"))
        self.errors = FieldErrors()
        self.stage = QComboBox()
        for stage in Stage:
            if stage != current:
                self.stage.addItem(label(stage), stage)
        self.changed_on = DateField()
        self.changed_on.set_value(clock.today())
        self.exit_reason = QComboBox()
        self.exit_reason.addItem("—", None)
        for reason in ExitReason:
            self.exit_reason.addItem(label(reason), reason)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        form = QFormLayout()
        for key, caption, widget in (
            ("stage", self.tr("New &stage:"), self.stage),
            ("changed_on", self.tr("&Date:"), self.changed_on),
            (
                "exit_reason",
                self.tr("E&xit reason:"),
                self.exit_reason,
            ),
            ("reason", self.tr("&Why:"), self.reason),
        ):
            lab = QLabel(caption)
            lab.setBuddy(widget)
            self.errors.add_row(form, key, lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        layout.addWidget(buttons)
        self.stage.currentIndexChanged.connect(self._exit_enabled)
        self._exit_enabled()
        self.resize(440, self.sizeHint().height())

    def _exit_enabled(self) -> None:
        self.exit_reason.setEnabled(self.stage.currentData() == Stage.EXITED.value)

    def _save(self) -> None:
        on = self.changed_on.value()
        reason = self.exit_reason.currentData()
        if on is None:
            self.errors.show(
                ValidationError({"changed_on": self.tr("Give the date of the change.")})
            )
            return
        changed = attempt(
            self.errors,
            lambda: svc.change_stage(
                self.db,
                self.tenant_id,
                Stage(self.stage.currentData()),
                on,
                self.reason.toPlainText(),
                self.version,
                ExitReason(reason) if reason else None,
            ),
        )
        if changed is not None:
            self.accept()


class InvestmentDialog(QDialog):
    """Record outside investment received in one quarter: investor, amount, round."""

    def __init__(
        self, db: Database, tenant_id: int, year: int, quarter: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tenant_id, self.year, self.quarter = db, tenant_id, year, quarter
        self.setWindowTitle(
            self.tr("Investment received in {period}").format(period=period_text(year, quarter))
        )
        self.errors = FieldErrors()
        self.investor = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(self.tr("in yuan, e.g. 1000000"))
        self.round = QLineEdit()
        self.round.setPlaceholderText(self.tr("e.g. angel, A, B"))
        form = QFormLayout()
        for key, caption in (
            ("investor", self.tr("&Investor:")),
            ("amount", self.tr("&Amount (¥):")),
            ("round", self.tr("&Round:")),
        ):
            lab = QLabel(caption)
            lab.setBuddy(getattr(self, key))
            self.errors.add_row(form, key, lab, getattr(self, key))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.summary)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        try:
            amount = parse_amount(self.amount.text())
        except ValueError:
            amount = None
        if amount is None:
            self.errors.show(
                ValidationError({"amount": self.tr("Enter an amount in yuan, such as 1000000.")})
            )
            return
        added = attempt(
            self.errors,
            lambda: svc.add_investment(
                self.db,
                self.tenant_id,
                self.year,
                self.quarter,
                self.investor.text(),
                amount,
                self.round.text(),
            ),
        )
        if added is not None:
            self.accept()


def confirm_archive(parent: QWidget, name: str) -> bool:
    return messages.confirm(
        parent,
        _t(QT_TRANSLATE_NOOP("TenantForm", "Archive tenant")),
        _t(
            QT_TRANSLATE_NOOP(
                "TenantForm",
                "Archive “{name}”? It leaves the register but nothing is deleted: its history, "
                "spaces and figures stay on record.",
            ),
            name=name,
        ),
    )
