"""A dialog that adds or changes one record through its service, and shows what is refused."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from ...db import Database
from ..toolkit import FieldErrors, attempt


class Versioned(Protocol):
    """A record as a service returns it: its id, and the version an edit must still match."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


D = TypeVar("D")  # what the form produces (a service's input dataclass)
V = TypeVar("V", bound=Versioned)  # the record edited (None: a new one)


class RecordDialog(QDialog, Generic[D, V]):
    """Adds a record with `create(db, data)`, or changes `record` with `update(db, id, version,
    data)`: the one save of every record dialog.

    A subclass builds its form, registering each field with `self.errors` under the name the
    service's ValidationError uses, and returns the form's content from `data()`. `save()`
    stores it; a refusal is shown next to its field (or in `errors.summary`) and the dialog
    stays open with everything typed; on success `saved_id` holds the record's id and the
    dialog is accepted.
    """

    def __init__(
        self,
        db: Database,
        record: V | None,
        create: Callable[[Database, D], int],
        update: Callable[[Database, int, int, D], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.record = record
        self._create = create
        self._update = update
        self.errors = FieldErrors()
        self.saved_id: int | None = None

    def data(self) -> D:
        raise NotImplementedError

    def form_problems(self) -> Mapping[str, str]:
        """What the form itself can tell is missing before asking the service (field → text)."""
        return {}

    def error_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        """Mark `widget` for `key`'s errors, with a row for the message under the field's row."""
        self.errors.add(key, widget)
        form.addRow("", self.errors.message_label(key))

    def save_buttons(self) -> QDialogButtonBox:
        """Save and Cancel, wired to `save()` and `reject()`."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def save(self) -> None:
        problems = self.form_problems()
        if problems:
            self.errors.show(problems)
            return
        saved = attempt(self.errors, self._store)
        if saved is not None:
            self.saved_id = saved
            self.accept()

    def _store(self) -> int:
        data = self.data()
        if self.record is None:
            return self._create(self.db, data)
        self._update(self.db, self.record.id, self.record.version, data)
        return self.record.id
