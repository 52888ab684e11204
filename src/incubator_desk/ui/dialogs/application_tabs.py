"""The tabs of an application's dialog after its details: reviews, the committee, the
tranches, the documents and the history."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ServiceError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.labels import label
from ...core.money import money
from ...core.vocabularies import CommitteeDecisionKind, DisbursementStatus
from ...db import Database
from ...services import funding as fs
from ...services.access import Action
from .. import i18n, messages, theme
from ..toolkit import (
    Column,
    ErrorMessage,
    RowsModel,
    apply_guards,
    attempt,
    display,
    guard,
    run_task,
)
from ..widgets.rows_view import rows_view
from .application_steps import CommitteeDialog, PayDialog, ReviewDialog, TrancheDialog

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


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ApplicationDialog", _KINDS.get(kind, kind))


def state_label(value: DisbursementStatus | CommitteeDecisionKind) -> str:
    return QCoreApplication.translate("ApplicationDialog", _STATES[value])


def open_path(path: Path) -> bool:
    """Open a file with the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _score_column(c: fs.Criterion, language: str) -> Column[fs.ReviewRow]:
    return Column(
        c.display(language),
        lambda r: fs.criterion_score(r.scores, c),
        right=True,
        text=_score_text,
    )


def _score_text(value: Decimal | None) -> str:
    """A score as it was given: 4, 4.5 (not 4.00)."""
    return "" if value is None else f"{value.normalize():f}"


class ApplicationTab(QWidget):
    """What the tabs after the details share: the application shown, and how an action's
    outcome reaches the dialog.

    Signals:
        saved(): something was saved; the dialog reloads and tells the page.
        refused(): a change was refused; the dialog reloads what it shows.
    """

    saved = Signal()
    refused = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: fs.ApplicationDetail | None = None

    def load(self, detail: fs.ApplicationDetail) -> None:
        self.detail = detail

    def act(self, title: str, action: Callable[[], object]) -> bool:
        """Run `action`; a refusal is shown in a message box titled `title`."""

        def run() -> bool:
            action()
            return True

        if attempt(ErrorMessage(self, title), run) is None:
            self.refused.emit()
            return False
        self.saved.emit()
        return True

    def buttons(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row


class ApplicationReviewsTab(ApplicationTab):
    """The reviewers' scores on the rubric, their weighted mean and the spread."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.rubric, _v = fs.rubric(db)
        self.model: RowsModel[fs.ReviewRow] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.summary = QLabel()
        self.add_review = QPushButton(self.tr("&Add review…"))
        self.edit_review = QPushButton(self.tr("&Edit review…"))
        self.delete_review = QPushButton(self.tr("De&lete review"))
        self.add_review.clicked.connect(lambda: self._review(None))
        self.edit_review.clicked.connect(self._edit_review)
        self.delete_review.clicked.connect(self._delete_review)
        self.view.doubleClicked.connect(lambda _i: self._edit_review())
        self.warning = QLabel()
        theme.set_text_tone(self.warning, theme.Tone.WARN)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        # Reviewers' accounts: a reviewer sees and scores only what is assigned to them.
        self.reviewers_label = QLabel()
        self.reviewers_label.setWordWrap(True)
        self.assign = QPushButton(self.tr("Assign a re&viewer…"))
        self.unassign = QPushButton(self.tr("&Take back…"))
        for button in (self.assign, self.unassign):
            guard(button, Action.FUNDING)
        self.assign.clicked.connect(self._assign)
        self.unassign.clicked.connect(self._unassign)
        self.assigned: list[fs.AssignedReviewer] = []
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.warning)
        lay.addWidget(self.view, 1)
        lay.addLayout(self.buttons(self.add_review, self.edit_review, self.delete_review))
        lay.addWidget(self.reviewers_label)
        lay.addLayout(self.buttons(self.assign, self.unassign))
        apply_guards(self, db)

    def _columns(self) -> list[Column[fs.ReviewRow]]:
        lang = i18n.current_language()
        scores = [_score_column(c, lang) for c in self.rubric.criteria]
        return [
            Column(self.tr("Reviewer"), lambda r: r.reviewer),
            Column(
                self.tr("Conflict"),
                lambda r: r.conflict_of_interest,
                text=lambda conflict: self.tr("Yes") if conflict else "",
            ),
            *scores,
            Column(self.tr("Weighted"), lambda r: r.weighted, right=True),
            Column(self.tr("Criteria scored"), self._scored_text),
            Column(self.tr("Comment"), lambda r: r.comment),
        ]

    def _scored_text(self, r: fs.ReviewRow) -> str:
        total = len(self.rubric.criteria)
        if r.weighted is None:
            return ""
        text = self.tr("%1 of %2").replace("%1", str(total - r.unscored)).replace("%2", str(total))
        return text + " ⚠" if r.incomplete else text

    def load(self, detail: fs.ApplicationDetail) -> None:
        super().load(detail)
        self.model.set_rows(detail.reviews)
        s = detail.summary
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
        self.warning.setVisible(bool(s.incomplete))
        self.warning.setText(
            self.tr(
                "⚠ %n review(s) leave criteria unscored: their weighted score is over the "
                "criteria scored only, so it may not compare with the others.",
                "",
                s.incomplete,
            )
        )
        self.summary.setText(text)
        self.assigned = fs.reviewers(self.db, detail.id)
        if self.assigned:
            names = ", ".join(r.display_name + (" ✓" if r.submitted else "") for r in self.assigned)
            self.reviewers_label.setText(
                self.tr("Assigned to review (✓ submitted): %1").replace("%1", names)
            )
        else:
            self.reviewers_label.setText(self.tr("No reviewer's account is assigned."))
        open_ = not detail.ended
        self.add_review.setEnabled(open_)
        self.edit_review.setEnabled(open_ and bool(detail.reviews))
        self.delete_review.setEnabled(open_ and bool(detail.reviews))

    def _selected(self) -> fs.ReviewRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _review(self, review: fs.ReviewRow | None) -> None:
        if self.detail is not None and ReviewDialog(self.db, self.detail.id, review, self).exec():
            self.saved.emit()

    def _edit_review(self) -> None:
        review = self._selected()
        if review is not None:
            self._review(review)

    def _delete_review(self) -> None:
        review = self._selected()
        if review is None:
            return
        if messages.confirm(
            self, self.tr("Delete review"),
            self.tr("Delete %1's review of this application?").replace("%1", review.reviewer),
        ):  # fmt: skip
            self.act(
                self.tr("Not saved"),
                lambda: fs.delete_review(self.db, review.id, review.version),
            )

    def _assign(self) -> None:
        if self.detail is None:
            return
        taken = {r.username for r in self.assigned}
        free = [(u, d) for u, d in fs.reviewer_accounts(self.db) if u not in taken]
        if not free:
            messages.info(
                self,
                self.tr("Assign a reviewer"),
                self.tr(
                    "There is no other active account with the reviewer role. An administrator "
                    "adds reviewers in Settings → Accounts."
                ),
            )
            return
        picked = messages.choose(
            self,
            self.tr("Assign a reviewer"),
            self.tr("Reviewer:"),
            [f"{d} ({u})" for u, d in free],
        )
        if picked is not None:
            app_id, username = self.detail.id, free[picked][0]
            self.act(self.tr("Not saved"), lambda: fs.assign_reviewer(self.db, app_id, username))

    def _unassign(self) -> None:
        if not self.assigned:
            return
        picked = messages.choose(
            self,
            self.tr("Take back an application"),
            self.tr("Reviewer:"),
            [r.display_name for r in self.assigned],
        )
        if picked is not None:
            assignment = self.assigned[picked].assignment_id
            self.act(self.tr("Not saved"), lambda: fs.unassign_reviewer(self.db, assignment))


class ApplicationCommitteeTab(ApplicationTab):
    """The investment committee's meetings on the application, and its decision."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model: RowsModel[fs.DecisionRow] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.record_decision = QPushButton(self.tr("&Record decision…"))
        self.record_decision.clicked.connect(lambda: self.record(None))
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(self.buttons(self.record_decision))

    def _columns(self) -> list[Column[fs.DecisionRow]]:
        return [
            Column(self.tr("Meeting"), lambda x: x.meeting_date),
            Column(self.tr("Members present"), lambda x: "、".join(x.members_present)),
            Column(self.tr("For"), lambda x: x.votes_for, right=True),
            Column(self.tr("Against"), lambda x: x.votes_against, right=True),
            Column(self.tr("Abstained"), lambda x: x.abstentions, right=True),
            Column(self.tr("Decision"), lambda x: x.decision, text=state_label),
            Column(self.tr("Amount (¥)"), lambda x: x.amount_approved, right=True, text=money),
            Column(self.tr("Conditions"), lambda x: x.conditions),
        ]

    def load(self, detail: fs.ApplicationDetail) -> None:
        super().load(detail)
        self.model.set_rows(detail.decisions)
        self.record_decision.setEnabled(detail.awaits_decision)

    def record(self, decision: CommitteeDecisionKind | None) -> bool:
        """The committee's decision (of the given kind, if the move asked for one)."""
        if self.detail is None:
            return False
        if CommitteeDialog(self.db, self.detail, decision, self).exec():
            self.saved.emit()
            return True
        return False


class ApplicationTranchesTab(ApplicationTab):
    """The money: requested, approved, scheduled and paid, tranche by tranche."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.money_summary = QLabel()
        self.model: RowsModel[fs.TrancheRow] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.add_tranche = QPushButton(self.tr("&Plan tranche…"))
        self.pay_tranche = QPushButton(self.tr("&Mark paid…"))
        self.cancel_tranche = QPushButton(self.tr("&Cancel tranche"))
        self.add_tranche.clicked.connect(self._add)
        self.pay_tranche.clicked.connect(self._pay)
        self.cancel_tranche.clicked.connect(self._cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(self.money_summary)
        lay.addWidget(self.view, 1)
        lay.addLayout(self.buttons(self.add_tranche, self.pay_tranche, self.cancel_tranche))

    def _columns(self) -> list[Column[fs.TrancheRow]]:
        return [
            Column(self.tr("Tranche"), lambda t: t.tranche_no, right=True),
            Column(self.tr("Amount (¥)"), lambda t: t.amount, right=True, text=money),
            Column(self.tr("Planned on"), lambda t: t.planned_on),
            Column(self.tr("Paid on"), lambda t: t.paid_on),
            Column(self.tr("Status"), lambda t: t.status, text=state_label),
            Column(self.tr("Milestone"), lambda t: t.milestone),
        ]

    def load(self, detail: fs.ApplicationDetail) -> None:
        super().load(detail)
        self.money_summary.setText(
            self.tr("Requested %1 · approved %2 · scheduled %3 · paid %4")
            .replace("%1", money(detail.data.amount_requested))
            .replace("%2", money(detail.amount_approved))
            .replace("%3", money(detail.scheduled))
            .replace("%4", money(detail.paid))
        )
        self.model.set_rows(detail.tranches)
        self.add_tranche.setEnabled(detail.takes_tranches)

    def _selected(self) -> fs.TrancheRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _add(self) -> None:
        if self.detail is not None and TrancheDialog(self.db, self.detail, self).exec():
            self.saved.emit()

    def _pay(self) -> None:
        t = self._selected()
        if t is None:
            return
        dlg = PayDialog(t, self)
        if dlg.exec():
            paid_on = dlg.date()
            self.act(
                self.tr("Not saved"), lambda: fs.pay_tranche(self.db, t.id, paid_on, t.version)
            )

    def _cancel(self) -> None:
        t = self._selected()
        if t is None:
            return
        if messages.confirm(
            self, self.tr("Cancel tranche"),
            self.tr("Cancel tranche %1 of %2?").replace("%1", str(t.tranche_no))
            .replace("%2", money(t.amount)),
        ):  # fmt: skip
            self.act(self.tr("Not saved"), lambda: fs.cancel_tranche(self.db, t.id, t.version))


class ApplicationDocumentsTab(ApplicationTab):
    """Files attached to the application: copied, checksummed, opened, removed.

    Copying and checksumming run in the background: a business plan can be large."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model: RowsModel[fs.DocumentRow] = RowsModel(self._columns, parent=self)
        self.view = rows_view(self.model)
        self.kind = QComboBox()
        for k in fs.DOCUMENT_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.attach = QPushButton(self.tr("A&ttach file…"))
        self.open_doc = QPushButton(self.tr("&Open"))
        self.remove_doc = QPushButton(self.tr("Re&move"))
        self.attach.clicked.connect(self._attach)
        self.open_doc.clicked.connect(self._open)
        self.view.doubleClicked.connect(lambda _i: self._open())
        self.remove_doc.clicked.connect(self._remove)
        row = self.buttons(self.attach, self.open_doc, self.remove_doc)
        row.insertWidget(0, self.kind)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)

    def _columns(self) -> list[Column[fs.DocumentRow]]:
        return [
            Column(self.tr("Kind"), lambda x: x.kind, text=kind_label),
            Column(self.tr("File"), lambda x: x.original_name),
            Column(self.tr("Size"), lambda x: x.size_bytes, right=True, text=lambda n: f"{n:,} B"),
            Column(self.tr("Added"), lambda x: x.added_at),
            Column(self.tr("SHA-256"), lambda x: x.sha256[:16] + "…", tooltip=lambda x: x.sha256),
            Column(self.tr("State"), lambda x: x.exists, text=self._state_text),
        ]

    def _state_text(self, on_disk: bool) -> str:
        return self.tr("On disk") if on_disk else self.tr("Missing from disk")

    def load(self, detail: fs.ApplicationDetail) -> None:
        super().load(detail)
        self.model.set_rows(detail.documents)

    def _selected(self) -> fs.DocumentRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _attach(self) -> None:
        if self.detail is None:
            return
        path = messages.open_file(
            self, self.tr("Attach a document"), str(Path.home()), self.tr("All files (*)")
        )
        if not path:
            return
        db, app_id, kind = self.db, self.detail.id, self.kind.currentData()
        self.attach.setEnabled(False)
        task = run_task(
            lambda _ctx: fs.attach_document(db, app_id, path, kind),
            parent=self,
            error_title=self.tr("Not saved"),
        )
        task.result.connect(self._attached)
        task.failed.connect(self._refused)
        task.finished.connect(self._attach_finished)

    def _attached(self, _doc_id: object) -> None:
        self.saved.emit()

    def _refused(self, _err: ServiceError) -> None:
        self.refused.emit()

    def _attach_finished(self) -> None:
        self.attach.setEnabled(True)

    def _open(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        db, doc_id = self.db, doc.id
        task = run_task(
            lambda _ctx: fs.document_file(db, doc_id),  # checks the checksum: reads the file
            parent=self,
            error_title=self.tr("Open document"),
        )
        task.result.connect(self._open_checked)
        task.failed.connect(self._refused)

    def _open_checked(self, path: Path) -> None:
        if not open_path(path):
            messages.error(
                self, self.tr("Open document"),
                self.tr("No program on this computer opens %1.").replace("%1", str(path)),
            )  # fmt: skip

    def _remove(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        if messages.confirm(
            self, self.tr("Remove document"),
            self.tr("Remove %1 from this application? Its stored copy is deleted.")
            .replace("%1", doc.original_name),
        ):  # fmt: skip
            self.act(self.tr("Not saved"), lambda: fs.remove_document(self.db, doc.id))


class ApplicationHistoryTab(QListWidget):
    """Every move of the application, newest first, with who made it and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)

    def load(self, detail: fs.ApplicationDetail) -> None:
        self.clear()
        for m in reversed(detail.history):
            step = label(m.to_status) if m.from_status is None else (
                f"{label(m.from_status)} → {label(m.to_status)}"
            )  # fmt: skip
            text = f"●  {display(m.at)}   {step}   ({m.operator})"
            if m.comment:
                text += f"\n     {m.comment}"
            QListWidgetItem(text, self)
