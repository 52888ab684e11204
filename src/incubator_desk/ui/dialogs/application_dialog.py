"""An application in full: details, reviews, committee, disbursements, documents, history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServiceError
from ...core.labels import label
from ...core.money import amount_text, money
from ...core.vocabularies import (
    ApplicationStatus,
    CommitteeDecisionKind,
    DisbursementStatus,
    Instrument,
)
from ...db import Database
from ...services import funding as fs
from .. import i18n, messages
from ..qtmodels.register_model import display
from .application_steps import (
    CommitteeDialog,
    MoveDialog,
    PayDialog,
    ReviewDialog,
    TrancheDialog,
)
from .fund_forms import FieldErrors, read_money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def open_path(path: Path) -> bool:
    """Open a file with the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


_KINDS = {
    "business_plan": QT_TRANSLATE_NOOP("ApplicationDialog", "Business plan"),
    "financial_statements": QT_TRANSLATE_NOOP("ApplicationDialog", "Financial statements"),
    "agreement": QT_TRANSLATE_NOOP("ApplicationDialog", "Agreement"),
    "other": QT_TRANSLATE_NOOP("ApplicationDialog", "Other"),
}
_STATES = {
    DisbursementStatus.PLANNED: QT_TRANSLATE_NOOP("ApplicationDialog", "Planned"),
    DisbursementStatus.PAID: QT_TRANSLATE_NOOP("ApplicationDialog", "Paid"),
    DisbursementStatus.CANCELLED: QT_TRANSLATE_NOOP("ApplicationDialog", "Cancelled"),
    CommitteeDecisionKind.APPROVED: QT_TRANSLATE_NOOP("ApplicationDialog", "Approved"),
    CommitteeDecisionKind.REJECTED: QT_TRANSLATE_NOOP("ApplicationDialog", "Rejected"),
    CommitteeDecisionKind.DEFERRED: QT_TRANSLATE_NOOP("ApplicationDialog", "Deferred"),
}


def _score_text(value: object) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ApplicationDialog", str(_KINDS.get(kind, kind)))


def state_label(value: DisbursementStatus | CommitteeDecisionKind) -> str:
    return QCoreApplication.translate("ApplicationDialog", str(_STATES[value]))


class ApplicationDialog(QDialog):
    """One application. A new one starts on the Details tab; the others open once saved.

    Signals:
        changed(): something was saved; the page reloads.
    """

    changed = Signal()

    def __init__(
        self,
        db: Database,
        app_id: int | None = None,
        parent: QWidget | None = None,
        tenant_id: int | None = None,
        fund_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.app_id = app_id
        self.detail: fs.ApplicationDetail | None = None
        self.resize(900, 620)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.header.setWordWrap(True)
        self.move_button = QToolButton()
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self)
        self.move_button.setMenu(self.move_menu)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.move_button)
        self.tabs = QTabWidget()
        self._build_details(tenant_id, fund_id)
        self._build_reviews()
        self._build_committee()
        self._build_disbursements()
        self._build_documents()
        self._build_history()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.reload()

    # -- details -----------------------------------------------------------------------------

    def _build_details(self, tenant_id: int | None, fund_id: int | None) -> None:
        w = QWidget()
        self.fund = QComboBox()
        self.tenant = QComboBox()
        self.tenant.setEditable(True)
        self.tenant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.tenant.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for fund_row in fs.funds(self.db):
            self.fund.addItem(fund_row.name, fund_row.id)
        for tid, name in fs.tenant_choices(self.db):
            self.tenant.addItem(name, tid)
        if fund_id is not None:
            self.fund.setCurrentIndex(self.fund.findData(fund_id))
        if tenant_id is not None:
            self.tenant.setCurrentIndex(self.tenant.findData(tenant_id))
        else:
            self.tenant.setCurrentIndex(-1)
        self.amount = QLineEdit()
        self.instrument = QComboBox()
        for i in Instrument:
            self.instrument.addItem(label(i), i.value)
        self.pre_money = QLineEdit()
        self.stake = QLineEdit()
        self.stake.setPlaceholderText(self.tr("Worked out from the amount and valuation"))
        self.use_of_funds = QPlainTextEdit()
        self.use_of_funds.setMaximumHeight(70)
        self.milestones = QPlainTextEdit()
        self.milestones.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("&Fund:"), self.fund)
        form.addRow(self.tr("&Tenant:"), self.tenant)
        form.addRow(self.tr("&Amount requested (¥):"), self.amount)
        form.addRow(self.tr("&Instrument:"), self.instrument)
        form.addRow(self.tr("&Pre-money valuation (¥):"), self.pre_money)
        form.addRow(self.tr("Resulting &stake (%):"), self.stake)
        form.addRow(self.tr("&Use of funds:"), self.use_of_funds)
        form.addRow(self.tr("&Milestones:"), self.milestones)
        self.details_error = QLabel()
        self.details_errors = FieldErrors(
            self.details_error,
            {
                "fund_id": self.fund,
                "tenant_id": self.tenant,
                "amount_requested": self.amount,
                "pre_money_valuation": self.pre_money,
                "stake_percent": self.stake,
            },
        )
        self.save_details = QPushButton(self.tr("&Save details"))
        self.save_details.setDefault(True)
        self.save_details.clicked.connect(self._save_details)
        self.fund.currentIndexChanged.connect(self._fund_changed)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        # A new amount or valuation means a new stake: let the service work it out again.
        self.amount.textEdited.connect(lambda _t: self.stake.clear())
        self.pre_money.textEdited.connect(lambda _t: self.stake.clear())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_details)
        lay = QVBoxLayout(w)
        lay.addLayout(form)
        lay.addWidget(self.details_error)
        lay.addStretch(1)
        lay.addLayout(row)
        self.tabs.addTab(w, self.tr("&Details"))
        if self.app_id is None:
            self._fund_changed()

    def _instrument_changed(self) -> None:
        """A valuation and a stake mean something only for equity and convertible notes."""
        investment = Instrument(self.instrument.currentData()) in fs.INVESTMENT_INSTRUMENTS
        editable = self.detail is None or self.detail.editable
        for w in (self.pre_money, self.stake):
            w.setEnabled(investment and editable)

    def _fund_changed(self) -> None:
        if self.app_id is not None:
            return
        for row in fs.funds(self.db):
            if row.id == self.fund.currentData():
                self.instrument.setCurrentIndex(self.instrument.findData(row.data.kind.value))

    def _details_data(self) -> fs.ApplicationData | None:
        errors: dict[str, str] = {}
        amount = read_money(self.amount, "amount_requested", errors)
        pre = read_money(self.pre_money, "pre_money_valuation", errors)
        stake = read_money(self.stake, "stake_percent", errors)
        tenant_id = self.tenant.currentData()
        if self.tenant.currentIndex() < 0 or self.tenant.currentText() != self.tenant.itemText(
            self.tenant.currentIndex()
        ):
            index = self.tenant.findText(self.tenant.currentText())
            tenant_id = self.tenant.itemData(index) if index >= 0 else None
        if tenant_id is None:
            errors["tenant_id"] = self.tr("Choose a tenant from the list.")
        if self.fund.currentData() is None:
            errors["fund_id"] = self.tr("Choose a fund.")
        if amount is None and "amount_requested" not in errors:
            errors["amount_requested"] = self.tr("Give the amount requested.")
        if errors:
            self.details_errors.show(errors)
            return None
        assert amount is not None and tenant_id is not None
        return fs.ApplicationData(
            fund_id=self.fund.currentData(),
            tenant_id=tenant_id,
            amount_requested=amount,
            instrument=Instrument(self.instrument.currentData()),
            pre_money_valuation=pre,
            stake_percent=stake,
            use_of_funds=self.use_of_funds.toPlainText(),
            milestones=self.milestones.toPlainText(),
        )

    def _save_details(self) -> None:
        data = self._details_data()
        if data is None:
            return
        try:
            if self.app_id is None:
                self.app_id = fs.create_application(self.db, data)
            else:
                assert self.detail is not None
                fs.update_application(self.db, self.app_id, data, self.detail.version)
        except ServiceError as err:
            self.details_errors.show(err)
            return
        self.details_errors.clear()
        self.changed.emit()
        self.reload()

    # -- reviews -----------------------------------------------------------------------------

    def _build_reviews(self) -> None:
        w = QWidget()
        self.rubric, _v = fs.rubric(self.db)
        lang = i18n.current_language()
        self.reviews = _table(
            [self.tr("Reviewer"), self.tr("Conflict")]
            + [c.display(lang) for c in self.rubric.criteria]
            + [self.tr("Weighted"), self.tr("Comment")]
        )
        self.review_summary = QLabel()
        self.add_review = QPushButton(self.tr("&Add review…"))
        self.edit_review = QPushButton(self.tr("&Edit review…"))
        self.delete_review = QPushButton(self.tr("De&lete review"))
        self.add_review.clicked.connect(lambda: self._review(None))
        self.edit_review.clicked.connect(self._edit_review)
        self.delete_review.clicked.connect(self._delete_review)
        self.reviews.doubleClicked.connect(self._edit_review)
        row = QHBoxLayout()
        for b in (self.add_review, self.edit_review, self.delete_review):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.review_summary)
        lay.addWidget(self.reviews, 1)
        lay.addLayout(row)
        self.tabs.addTab(w, self.tr("&Reviews"))

    def _selected_review(self) -> fs.ReviewRow | None:
        row = self.reviews.currentRow()
        if self.detail is None or row < 0 or row >= len(self.detail.reviews):
            return None
        return self.detail.reviews[row]

    def _review(self, review: fs.ReviewRow | None) -> None:
        assert self.app_id is not None
        dlg = ReviewDialog(self.db, self.app_id, review, self)
        if dlg.exec():
            self.changed.emit()
            self.reload()

    def _edit_review(self) -> None:
        review = self._selected_review()
        if review is not None:
            self._review(review)

    def _delete_review(self) -> None:
        review = self._selected_review()
        if review is None:
            return
        if not messages.confirm(
            self, self.tr("Delete review"),
            self.tr("Delete %1's review of this application?").replace("%1", review.reviewer),
        ):  # fmt: skip
            return
        self._call(lambda: fs.delete_review(self.db, review.id, review.version))

    # -- committee ---------------------------------------------------------------------------

    def _build_committee(self) -> None:
        w = QWidget()
        self.decisions = _table(
            [self.tr("Meeting"), self.tr("Members present"), self.tr("For"), self.tr("Against"),
             self.tr("Abstained"), self.tr("Decision"), self.tr("Amount (¥)"),
             self.tr("Conditions")]
        )  # fmt: skip
        self.record_decision = QPushButton(self.tr("&Record decision…"))
        self.record_decision.clicked.connect(lambda: self.committee(None))
        row = QHBoxLayout()
        row.addWidget(self.record_decision)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.decisions, 1)
        lay.addLayout(row)
        self.tabs.addTab(w, self.tr("&Committee"))

    def committee(self, decision: CommitteeDecisionKind | None) -> bool:
        if self.detail is None:
            return False
        dlg = CommitteeDialog(self.db, self.detail, decision, self)
        if dlg.exec():
            self.changed.emit()
            self.reload()
            return True
        return False

    # -- disbursements -----------------------------------------------------------------------

    def _build_disbursements(self) -> None:
        w = QWidget()
        self.money_summary = QLabel()
        self.tranches = _table(
            [self.tr("Tranche"), self.tr("Amount (¥)"), self.tr("Planned on"),
             self.tr("Paid on"), self.tr("Status"), self.tr("Milestone")]
        )  # fmt: skip
        self.add_tranche = QPushButton(self.tr("&Plan tranche…"))
        self.pay_tranche = QPushButton(self.tr("&Mark paid…"))
        self.cancel_tranche = QPushButton(self.tr("&Cancel tranche"))
        self.add_tranche.clicked.connect(self._add_tranche)
        self.pay_tranche.clicked.connect(self._pay_tranche)
        self.cancel_tranche.clicked.connect(self._cancel_tranche)
        row = QHBoxLayout()
        for b in (self.add_tranche, self.pay_tranche, self.cancel_tranche):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.money_summary)
        lay.addWidget(self.tranches, 1)
        lay.addLayout(row)
        self.tabs.addTab(w, self.tr("Dis&bursements"))

    def _selected_tranche(self) -> fs.TrancheRow | None:
        row = self.tranches.currentRow()
        if self.detail is None or row < 0 or row >= len(self.detail.tranches):
            return None
        return self.detail.tranches[row]

    def _add_tranche(self) -> None:
        if self.detail is not None and TrancheDialog(self.db, self.detail, self).exec():
            self.changed.emit()
            self.reload()

    def _pay_tranche(self) -> None:
        t = self._selected_tranche()
        if t is None:
            return
        dlg = PayDialog(t, self)
        if dlg.exec():
            self._call(lambda: fs.pay_tranche(self.db, t.id, dlg.date(), t.version))

    def _cancel_tranche(self) -> None:
        t = self._selected_tranche()
        if t is None:
            return
        if messages.confirm(
            self, self.tr("Cancel tranche"),
            self.tr("Cancel tranche %1 of %2?").replace("%1", str(t.tranche_no))
            .replace("%2", money(t.amount)),
        ):  # fmt: skip
            self._call(lambda: fs.cancel_tranche(self.db, t.id, t.version))

    # -- documents ---------------------------------------------------------------------------

    def _build_documents(self) -> None:
        w = QWidget()
        self.documents = _table(
            [self.tr("Kind"), self.tr("File"), self.tr("Size"), self.tr("Added"),
             self.tr("SHA-256"), self.tr("State")]
        )  # fmt: skip
        self.doc_kind = QComboBox()
        for k in fs.DOCUMENT_KINDS:
            self.doc_kind.addItem(kind_label(k), k)
        self.attach = QPushButton(self.tr("A&ttach file…"))
        self.open_doc = QPushButton(self.tr("&Open"))
        self.remove_doc = QPushButton(self.tr("Re&move"))
        self.attach.clicked.connect(self._attach)
        self.open_doc.clicked.connect(self._open_document)
        self.documents.doubleClicked.connect(self._open_document)
        self.remove_doc.clicked.connect(self._remove_document)
        row = QHBoxLayout()
        row.addWidget(self.doc_kind)
        for b in (self.attach, self.open_doc, self.remove_doc):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.documents, 1)
        lay.addLayout(row)
        self.tabs.addTab(w, self.tr("Doc&uments"))

    def _selected_document(self) -> fs.DocumentRow | None:
        row = self.documents.currentRow()
        if self.detail is None or row < 0 or row >= len(self.detail.documents):
            return None
        return self.detail.documents[row]

    def _attach(self) -> None:
        if self.app_id is None:
            return
        path = messages.open_file(
            self, self.tr("Attach a document"), str(Path.home()), self.tr("All files (*)")
        )
        if path:
            self._call(lambda: fs.attach_document(self.db, self.app_id or 0, path,
                                                  self.doc_kind.currentData()))  # fmt: skip

    def _open_document(self) -> None:
        doc = self._selected_document()
        if doc is None:
            return
        try:
            path = fs.document_file(self.db, doc.id)
        except ServiceError as err:
            messages.error(self, self.tr("Open document"), str(err))
            self.reload()
            return
        if not open_path(path):
            messages.error(
                self, self.tr("Open document"),
                self.tr("No program on this computer opens %1.").replace("%1", str(path)),
            )  # fmt: skip

    def _remove_document(self) -> None:
        doc = self._selected_document()
        if doc is None:
            return
        if messages.confirm(
            self, self.tr("Remove document"),
            self.tr("Remove %1 from this application? Its stored copy is deleted.")
            .replace("%1", doc.original_name),
        ):  # fmt: skip
            self._call(lambda: fs.remove_document(self.db, doc.id))

    # -- history -----------------------------------------------------------------------------

    def _build_history(self) -> None:
        self.history = QListWidget()
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.tabs.addTab(self.history, self.tr("&History"))

    # -- shared ------------------------------------------------------------------------------

    def _call(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ServiceError as err:
            messages.error(self, self.tr("Not saved"), str(err))
            self.reload()
            return False
        self.changed.emit()
        self.reload()
        return True

    def move_to(self, to: ApplicationStatus) -> bool:
        """Ask for a comment, then make the move; committee outcomes go through the
        committee's decision (the service says which)."""
        d = self.detail
        if d is None:
            return False
        try:
            plan = fs.plan_move(self.db, d.id, to, d.version)
        except ServiceError as err:
            messages.error(self, self.tr("Not saved"), str(err))
            self.reload()
            return False
        if plan is None:
            return False
        if plan.decision is not None:
            self.tabs.setCurrentIndex(2)
            return self.committee(plan.decision)
        dlg = MoveDialog(d.tenant, d.status, to, self)
        if not dlg.exec():
            return False
        return self._call(
            lambda: fs.move_application(self.db, d.id, to, dlg.comment.toPlainText(), d.version)
        )

    def reload(self) -> None:
        if self.app_id is None:
            self.setWindowTitle(self.tr("New application"))
            self.header.setText(self.tr("New application: fill in the details and save."))
            for i in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(i, False)
            self.move_button.setEnabled(False)
            self.move_button.setText(self.tr("Move to…"))
            return
        try:
            d = fs.application(self.db, self.app_id)
        except ServiceError as err:
            messages.error(self, self.tr("Application"), str(err))
            return
        self.detail = d
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        self.setWindowTitle(self.tr("Application no. %1").replace("%1", str(d.id)))
        self.header.setText(
            self.tr("%1 → %2 · %3 since %4")
            .replace("%1", d.tenant)
            .replace("%2", d.fund)
            .replace("%3", label(d.status))
            .replace("%4", display(d.status_since))
        )
        # Details
        editable = d.editable
        self.fund.setCurrentIndex(self.fund.findData(d.data.fund_id))
        self.tenant.setCurrentIndex(self.tenant.findData(d.data.tenant_id))
        self.fund.setEnabled(False)
        self.tenant.setEnabled(False)
        self.amount.setText(amount_text(d.data.amount_requested))
        self.instrument.setCurrentIndex(self.instrument.findData(d.data.instrument.value))
        self.pre_money.setText(amount_text(d.data.pre_money_valuation))
        self.stake.setText("" if d.data.stake_percent is None else f"{d.data.stake_percent:.2f}")
        self.use_of_funds.setPlainText(d.data.use_of_funds)
        self.milestones.setPlainText(d.data.milestones)
        for w in (self.amount, self.instrument, self.pre_money, self.stake, self.use_of_funds,
                  self.milestones, self.save_details):  # fmt: skip
            w.setEnabled(editable)
        self._instrument_changed()
        # Move menu
        self.move_menu.clear()
        for to in d.next_moves:
            action = self.move_menu.addAction(label(to))
            action.triggered.connect(lambda _=False, st=to: self.move_to(st))
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setEnabled(bool(d.next_moves))
        # Reviews
        rows = []
        for r in d.reviews:
            rows.append(
                [r.reviewer, self.tr("Yes") if r.conflict_of_interest else ""]
                + [_score_text(fs.criterion_score(r.scores, c)) for c in self.rubric.criteria]
                + [display(r.weighted), r.comment]
            )
        _fill(self.reviews, rows, set(range(2, 3 + len(self.rubric.criteria))))
        s = d.summary
        if s.average is None:
            text = self.tr("No scores yet.")
        else:
            text = (
                self.tr("Weighted score %1 from %2 reviewer(s); spread %3.")
                .replace("%1", f"{s.average}")
                .replace("%2", str(s.counted))
                .replace("%3", f"{s.spread}")
            )
        if s.conflicted:
            text += " " + self.tr("%1 reviewer(s) with a conflict of interest left out.").replace(
                "%1", str(s.conflicted)
            )
        self.review_summary.setText(text)
        open_ = not d.ended
        self.add_review.setEnabled(open_)
        self.edit_review.setEnabled(open_ and bool(d.reviews))
        self.delete_review.setEnabled(open_ and bool(d.reviews))
        # Committee
        _fill(
            self.decisions,
            [
                [display(x.meeting_date), "、".join(x.members_present), str(x.votes_for),
                 str(x.votes_against), str(x.abstentions), state_label(x.decision),
                 display(x.amount_approved), x.conditions]
                for x in d.decisions
            ],
            {2, 3, 4, 6},
        )  # fmt: skip
        self.record_decision.setEnabled(d.awaits_decision)
        # Disbursements
        self.money_summary.setText(
            self.tr("Requested %1 · approved %2 · scheduled %3 · paid %4")
            .replace("%1", money(d.data.amount_requested))
            .replace("%2", money(d.amount_approved))
            .replace("%3", money(d.scheduled))
            .replace("%4", money(d.paid))
        )
        _fill(
            self.tranches,
            [
                [str(t.tranche_no), display(t.amount), display(t.planned_on), display(t.paid_on),
                 state_label(t.status), t.milestone]
                for t in d.tranches
            ],
            {0, 1},
        )  # fmt: skip
        self.add_tranche.setEnabled(d.takes_tranches)
        # Documents
        _fill(
            self.documents,
            [
                [kind_label(x.kind), x.original_name, f"{x.size_bytes:,} B", display(x.added_at),
                 x.sha256[:16] + "…",
                 self.tr("On disk") if x.exists else self.tr("Missing from disk")]
                for x in d.documents
            ],
            {2},
        )  # fmt: skip
        # History (newest first)
        self.history.clear()
        for m in reversed(d.history):
            step = label(m.to_status) if m.from_status is None else (
                f"{label(m.from_status)} → {label(m.to_status)}"
            )  # fmt: skip
            text = f"●  {display(m.at)}   {step}   ({m.operator})"
            if m.comment:
                text += f"\n     {m.comment}"
            QListWidgetItem(text, self.history)
