"""The small dialogs of an application's life: a pipeline move, a review, the committee's
decision, a tranche and its payment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.labels import label
from ...core.money import amount_text, money
from ...core.vocabularies import ApplicationStatus, CommitteeDecisionKind, OperatorRole
from ...db import Database
from ...services import funding as fs
from ...services.access import current
from .. import i18n
from ..toolkit import FieldErrors, attempt
from .fund_forms import read_money


def _date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    d = value or clock.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def _py_date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class MoveDialog(QDialog):
    """Asks for the comment of a pipeline move (the move itself is done by the caller)."""

    def __init__(
        self,
        tenant: str,
        frm: ApplicationStatus,
        to: ApplicationStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move application"))
        text = QLabel(
            self.tr("Move %1 from %2 to %3?").replace("%1", tenant)
            .replace("%2", label(frm)).replace("%3", label(to))
        )  # fmt: skip
        text.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment (why, what was decided)"))
        self.comment.setMaximumHeight(90)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.comment)
        lay.addWidget(_buttons(self, self.tr("&Move")))
        self.resize(420, 200)


class ReviewDialog(QDialog):
    """One reviewer's scores on the rubric's criteria."""

    def __init__(
        self,
        db: Database,
        app_id: int,
        review: fs.ReviewRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.app_id = app_id
        self.review = review
        self.rubric, _v = fs.rubric(db)
        self.setWindowTitle(self.tr("Review"))
        self.reviewer = QLineEdit()
        self.conflict = QCheckBox(self.tr("Conflict of interest (left out of the average)"))
        self.scores: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer:"), self.reviewer)
        form.addRow("", self.conflict)
        lang = i18n.current_language()
        scale = (
            self.tr("(%1–%2)")
            .replace("%1", str(self.rubric.scale_min))
            .replace("%2", str(self.rubric.scale_max))
        )
        for c in self.rubric.criteria:
            spin = QSpinBox()
            spin.setRange(self.rubric.scale_min, self.rubric.scale_max)
            spin.setSpecialValueText("")
            self.scores[c.key] = spin
            form.addRow(f"{c.display(lang)} {scale} ×{c.weight.normalize():f}", spin)
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(80)
        form.addRow(self.tr("&Comment:"), self.comment)
        self.error = QLabel()
        self.errors = FieldErrors(
            self.error,
            {"reviewer": self.reviewer, **{f"score:{k}": w for k, w in self.scores.items()}},
        )
        box = _buttons(self, self.tr("&Save"))
        box.accepted.disconnect()
        box.accepted.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)
        if review is not None:
            self.reviewer.setText(review.reviewer)
            self.conflict.setChecked(review.conflict_of_interest)
            self.comment.setPlainText(review.comment)
            for c in self.rubric.criteria:
                v = fs.criterion_score(review.scores, c)
                if v is not None:
                    self.scores[c.key].setValue(int(v))
        else:
            for spin in self.scores.values():
                spin.setValue((self.rubric.scale_min + self.rubric.scale_max) // 2)
        who = current(db)
        if who.role == OperatorRole.REVIEWER:  # a reviewer scores in their own name only
            self.reviewer.setText(who.display_name)
            self.reviewer.setReadOnly(True)
        self.saved_id: int | None = None

    def save(self) -> None:
        review = self.review
        self.saved_id = attempt(
            self.errors,
            lambda: fs.save_review(
                self.db,
                self.app_id,
                self.reviewer.text(),
                {k: s.value() for k, s in self.scores.items()},
                self.conflict.isChecked(),
                self.comment.toPlainText(),
                None if review is None else review.id,
                None if review is None else review.version,
            ),
        )
        if self.saved_id is not None:
            self.accept()


class CommitteeDialog(QDialog):
    """The committee's meeting: date, members present, votes, decision, amount, conditions."""

    def __init__(
        self,
        db: Database,
        detail: fs.ApplicationDetail,
        decision: CommitteeDecisionKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.detail = detail
        self.setWindowTitle(self.tr("Committee decision"))
        self.meeting = _date_edit()
        self.members = QLineEdit()
        self.members.setPlaceholderText(self.tr("Names separated by commas"))
        self.votes_for = QSpinBox()
        self.votes_against = QSpinBox()
        self.abstentions = QSpinBox()
        for s in (self.votes_for, self.votes_against, self.abstentions):
            s.setRange(0, 99)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("Approved"), CommitteeDecisionKind.APPROVED.value)
        self.decision.addItem(self.tr("Rejected"), CommitteeDecisionKind.REJECTED.value)
        self.decision.addItem(self.tr("Deferred"), CommitteeDecisionKind.DEFERRED.value)
        if decision is not None:
            self.decision.setCurrentIndex(self.decision.findData(decision.value))
        self.amount = QLineEdit(amount_text(detail.data.amount_requested))
        self.conditions = QPlainTextEdit()
        self.conditions.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Meeting &date:"), self.meeting)
        form.addRow(self.tr("&Members present:"), self.members)
        form.addRow(self.tr("Votes &for:"), self.votes_for)
        form.addRow(self.tr("Votes &against:"), self.votes_against)
        form.addRow(self.tr("A&bstentions:"), self.abstentions)
        form.addRow(self.tr("D&ecision:"), self.decision)
        form.addRow(self.tr("Amount a&pproved (¥):"), self.amount)
        form.addRow(self.tr("C&onditions:"), self.conditions)
        self.error = QLabel()
        self.errors = FieldErrors(
            self.error,
            {"votes": self.votes_for, "amount_approved": self.amount, "members": self.members},
        )
        box = _buttons(self, self.tr("&Record"))
        box.accepted.disconnect()
        box.accepted.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        self.resize(480, self.sizeHint().height())

    def _decision_changed(self) -> None:
        self.amount.setEnabled(
            CommitteeDecisionKind(self.decision.currentData()) is CommitteeDecisionKind.APPROVED
        )

    def save(self) -> None:
        errors: dict[str, str] = {}
        amount = read_money(self.amount, "amount_approved", errors)
        if errors:
            self.errors.show(errors)
            return
        members = [m for m in self.members.text().replace("，", ",").replace("、", ",").split(",")]
        decision_id = attempt(
            self.errors,
            lambda: fs.record_committee_decision(
                self.db,
                self.detail.id,
                _py_date(self.meeting),
                members,
                self.votes_for.value(),
                self.votes_against.value(),
                self.abstentions.value(),
                CommitteeDecisionKind(self.decision.currentData()),
                amount,
                self.conditions.toPlainText(),
                self.detail.version,
            ),
        )
        if decision_id is not None:
            self.accept()


class TrancheDialog(QDialog):
    """Plan a tranche (or record one already paid)."""

    def __init__(
        self, db: Database, detail: fs.ApplicationDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.detail = detail
        self.setWindowTitle(self.tr("Tranche"))
        left = (detail.amount_approved or Decimal(0)) - detail.scheduled
        self.amount = QLineEdit(amount_text(left if left > 0 else None))
        self.planned = _date_edit()
        self.milestone = QLineEdit()
        self.paid = QCheckBox(self.tr("Already paid on:"))
        self.paid_on = _date_edit()
        self.paid_on.setEnabled(False)
        self.paid.toggled.connect(self.paid_on.setEnabled)
        if not detail.takes_payments:
            self.paid.setEnabled(False)
            self.paid.setToolTip(self.tr("Money is paid only after the agreement is signed."))
        form = QFormLayout()
        form.addRow(self.tr("&Amount (¥):"), self.amount)
        form.addRow(self.tr("&Planned on:"), self.planned)
        form.addRow(self.tr("&Milestone it depends on:"), self.milestone)
        form.addRow(self.paid, self.paid_on)
        self.error = QLabel()
        self.errors = FieldErrors(self.error, {"amount": self.amount})
        box = _buttons(self, self.tr("&Save"))
        box.accepted.disconnect()
        box.accepted.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr("Approved %1, already scheduled %2.")
                .replace("%1", money(detail.amount_approved or 0))
                .replace("%2", money(detail.scheduled))
            )
        )
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        errors: dict[str, str] = {}
        amount = read_money(self.amount, "amount", errors)
        if amount is None and not errors:
            errors["amount"] = self.tr("Give the tranche's amount.")
        if errors or amount is None:
            self.errors.show(errors)
            return
        tranche_id = attempt(
            self.errors,
            lambda: fs.add_tranche(
                self.db,
                self.detail.id,
                amount,
                _py_date(self.planned),
                self.milestone.text(),
                _py_date(self.paid_on) if self.paid.isChecked() else None,
            ),
        )
        if tranche_id is not None:
            self.accept()


class PayDialog(QDialog):
    """The date a planned tranche was paid."""

    def __init__(self, tranche: fs.TrancheRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tranche paid"))
        self.paid_on = _date_edit()
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("Tranche %1: %2").replace("%1", str(tranche.tranche_no))
                .replace("%2", money(tranche.amount))
            )
        )  # fmt: skip
        form.addRow(self.tr("&Paid on:"), self.paid_on)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, self.tr("&Mark paid")))

    def date(self) -> dt.date:
        return _py_date(self.paid_on)
