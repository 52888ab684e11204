"""The tenant form (profile fields with their errors beside them) and the small tenant dialogs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

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

from ...core.errors import ServiceError, ValidationError
from ...core.labels import label
from ...core.periods import add_months, period_text
from ...core.vocabularies import ExitReason, ListingStatus, LookupCategory, PersonRole, Stage
from ...db import Database
from ...services import graduation
from ...services import tenants as svc
from .. import messages

# lupdate reads calls named `translate`: the explicit context matches the one used at run time.
translate = QCoreApplication.translate

NO_DATE = QDate(1900, 1, 1)


def tr(text: str) -> str:
    return translate("TenantForm", text)


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


def error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("fieldError")
    lab.setStyleSheet("color: #b3261e;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


class FieldErrors:
    """Error labels under form fields, keyed like the service's ValidationError fields."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.general = error_label()

    def add(self, form: QFormLayout, key: str, caption: QLabel, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        lab = error_label()
        box.addWidget(lab)
        self.labels[key] = lab
        form.addRow(caption, box)

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.hide()
        self.general.hide()

    def show(self, exc: ServiceError) -> None:
        self.clear()
        if isinstance(exc, ValidationError) and exc.fields:
            rest = []
            for key, message in exc.fields.items():
                lab = self.labels.get(key)
                if lab is None:
                    rest.append(message)
                else:
                    lab.setText(message)
                    lab.show()
            if rest:
                self.general.setText("\n".join(rest))
                self.general.show()
        else:
            self.general.setText(str(exc))
            self.general.show()


def parse_money(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").replace("¥", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError({}, "") from None


def fill_lookup(combo: QComboBox, db: Database, category: LookupCategory, lang: str) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem("—", None)
    for item in svc.lookups(db, category):
        combo.addItem(item.name(lang), item.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))


def ui_lang() -> str:
    from ..i18n import current_language

    return "zh" if current_language().startswith("zh") else "en"


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
            self.errors.add(form, key, caption, widget)
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
        for combo in (self.industry, self.tech_field, self.registration_type, self.listing_status):
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
            self.rule_note.setText(
                translate("TenantForm", "Left empty: computed from the entry date.")
            )
            return
        months = graduation.incubation_limit_months(self.db, self.industry.currentData())
        self.rule_note.setText(
            translate(
                "TenantForm", "By the incubation-period rule ({months} months): {date}"
            ).format(months=months, date=add_months(entry, months).isoformat())
        )

    def retranslate(self) -> None:
        texts = {
            "name_zh": translate("TenantForm", "Name (&Chinese):"),
            "name_en": translate("TenantForm", "Name (&English):"),
            "credit_code": translate("TenantForm", "Credit &code:"),
            "founded_on": translate("TenantForm", "&Founded on:"),
            "registered_capital": translate("TenantForm", "Registered capital (¥):"),
            "industry_id": translate("TenantForm", "&Industry:"),
            "tech_field_id": translate("TenantForm", "Technology field:"),
            "registration_type_id": translate("TenantForm", "Registration type:"),
            "park_address": translate("TenantForm", "Address in the park:"),
            "entry_date": translate("TenantForm", "E&ntry date:"),
            "planned_graduation_on": translate("TenantForm", "Planned graduation:"),
            "high_tech_enterprise": translate("TenantForm", "High-Tech Enterprise:"),
            "high_tech_since": translate("TenantForm", "Certified on:"),
            "listing_status": translate("TenantForm", "Listing status:"),
            "listing_date": translate("TenantForm", "Listed on:"),
            "tags": translate("TenantForm", "&Tags:"),
            "notes": translate("TenantForm", "Notes:"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.tags.setPlaceholderText(
            translate("TenantForm", "Separated by commas, e.g. 专精特新, 硬科技")
        )
        self.high_tech_enterprise.setText(translate("TenantForm", "certified"))
        self.registered_capital.setPlaceholderText(translate("TenantForm", "in yuan, e.g. 1000000"))
        lang = ui_lang()
        fill_lookup(self.industry, self.db, LookupCategory.INDUSTRY, lang)
        fill_lookup(self.tech_field, self.db, LookupCategory.TECH_FIELD, lang)
        fill_lookup(self.registration_type, self.db, LookupCategory.REGISTRATION_TYPE, lang)
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
            self.registered_capital.setText("" if cap is None else f"{cap:,.2f}")
            for combo, value in (
                (self.industry, data.industry_id),
                (self.tech_field, data.tech_field_id),
                (self.registration_type, data.registration_type_id),
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
            capital = parse_money(self.registered_capital.text())
        except ValidationError:
            raise ValidationError(
                {
                    "registered_capital": translate(
                        "TenantForm", "Enter an amount in yuan, such as 1000000."
                    )
                }
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
        self.setWindowTitle(translate("TenantForm", "New tenant"))
        self.form = TenantForm(db, self)
        self.stage = QComboBox()
        for stage in (Stage.PRE_INCUBATION, Stage.INCUBATING, Stage.ACCELERATING):
            self.stage.addItem(label(stage), stage)
        self.stage.setCurrentIndex(1)
        top = QHBoxLayout()
        self.stage_caption = QLabel(translate("TenantForm", "Starting &stage:"))
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
        layout.addWidget(self.form.errors.general)
        layout.addWidget(self.buttons)
        self.form.entry_date.set_value(dt.date.today())
        self.form.name_zh.setFocus()
        self.resize(1040, self.sizeHint().height())

    def _save(self) -> None:
        try:
            data = self.form.data()
            self.tenant_id = svc.create_tenant(self.db, data, Stage(self.stage.currentData()))
        except ServiceError as exc:
            self.form.errors.show(exc)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        self.accept()


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
        self.setWindowTitle(
            translate("TenantForm", "Edit person") if row else translate("TenantForm", "Add person")
        )
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in PersonRole:
            self.role.addItem(label(role), role)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.flags = {
            "is_primary_contact": QCheckBox(translate("TenantForm", "Primary contact")),
            "student_founder": QCheckBox(translate("TenantForm", "Student founder (大学生创业)")),
            "returnee": QCheckBox(translate("TenantForm", "Returnee (留学人员)")),
            "serial_entrepreneur": QCheckBox(translate("TenantForm", "Serial entrepreneur")),
            "talent_programme": QCheckBox(translate("TenantForm", "Talent-programme hire")),
        }
        form = QFormLayout()
        for key, caption in (
            ("name", translate("TenantForm", "&Name:")),
            ("role", translate("TenantForm", "&Role:")),
            ("phone", translate("TenantForm", "&Phone:")),
            ("email", translate("TenantForm", "&E-mail:")),
        ):
            lab = QLabel(caption)
            lab.setBuddy(getattr(self, key))
            self.errors.add(form, key, lab, getattr(self, key))
        for box in self.flags.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        if row is not None:
            d = row.data
            self.name.setText(d.name)
            self.role.setCurrentIndex(max(self.role.findData(d.role), 0))
            self.phone.setText(d.phone)
            self.email.setText(d.email)
            for key, box in self.flags.items():
                box.setChecked(bool(getattr(d, key)))
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        data = svc.PersonInput(
            name=self.name.text(),
            role=PersonRole(self.role.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
            **{key: box.isChecked() for key, box in self.flags.items()},
        )
        try:
            svc.save_person(
                self.db,
                self.tenant_id,
                data,
                self.row.id if self.row else None,
                self.row.version if self.row else None,
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
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
        self.setWindowTitle(translate("TenantForm", "Change stage"))
        self.errors = FieldErrors()
        self.stage = QComboBox()
        for stage in Stage:
            if stage != current:
                self.stage.addItem(label(stage), stage)
        self.changed_on = DateField()
        self.changed_on.set_value(dt.date.today())
        self.exit_reason = QComboBox()
        self.exit_reason.addItem("—", None)
        for reason in ExitReason:
            self.exit_reason.addItem(label(reason), reason)
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        form = QFormLayout()
        for key, caption, widget in (
            ("stage", translate("TenantForm", "New &stage:"), self.stage),
            ("changed_on", translate("TenantForm", "&Date:"), self.changed_on),
            (
                "exit_reason",
                translate("TenantForm", "E&xit reason:"),
                self.exit_reason,
            ),
            ("reason", translate("TenantForm", "&Why:"), self.reason),
        ):
            lab = QLabel(caption)
            lab.setBuddy(widget)
            self.errors.add(form, key, lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
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
                ValidationError(
                    {"changed_on": translate("TenantForm", "Give the date of the change.")}
                )
            )
            return
        try:
            svc.change_stage(
                self.db,
                self.tenant_id,
                Stage(self.stage.currentData()),
                on,
                self.reason.toPlainText(),
                self.version,
                ExitReason(reason) if reason else None,
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()


class InvestmentDialog(QDialog):
    """Record outside investment received in one quarter: investor, amount, round."""

    def __init__(
        self, db: Database, tenant_id: int, year: int, quarter: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.tenant_id, self.year, self.quarter = db, tenant_id, year, quarter
        self.setWindowTitle(
            translate("TenantForm", "Investment received in {period}").format(
                period=period_text(year, quarter)
            )
        )
        self.errors = FieldErrors()
        self.investor = QLineEdit()
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(translate("TenantForm", "in yuan, e.g. 1000000"))
        self.round = QLineEdit()
        self.round.setPlaceholderText(translate("TenantForm", "e.g. angel, A, B"))
        form = QFormLayout()
        for key, caption in (
            ("investor", translate("TenantForm", "&Investor:")),
            ("amount", translate("TenantForm", "&Amount (¥):")),
            ("round", translate("TenantForm", "&Round:")),
        ):
            lab = QLabel(caption)
            lab.setBuddy(getattr(self, key))
            self.errors.add(form, key, lab, getattr(self, key))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _save(self) -> None:
        try:
            amount = parse_money(self.amount.text())
        except ValidationError:
            amount = None
        if amount is None:
            self.errors.show(
                ValidationError(
                    {"amount": translate("TenantForm", "Enter an amount in yuan, such as 1000000.")}
                )
            )
            return
        try:
            svc.add_investment(
                self.db,
                self.tenant_id,
                self.year,
                self.quarter,
                self.investor.text(),
                amount,
                self.round.text(),
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()


def confirm_archive(parent: QWidget, name: str) -> bool:
    return messages.confirm(
        parent,
        translate("TenantForm", "Archive tenant"),
        translate(
            "TenantForm",
            "Archive “{name}”? It leaves the register but nothing is deleted: its history, "
            "spaces and figures stay on record.",
        ).format(name=name),
    )
