"""The UI toolkit: field errors in dialogs, background tasks, the rows table model."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import traceback
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QProgressBar, QTableView

from incubator_desk.core.errors import Cancelled, ConflictError, ServiceError, ValidationError
from incubator_desk.ui import messages
from incubator_desk.ui.toolkit import (
    ROW_ROLE,
    SORT_ROLE,
    Column,
    ErrorMessage,
    FieldErrors,
    RowsModel,
    TaskContext,
    attempt,
    install_exception_hook,
    report_unexpected,
    run_task,
)

# --- forms ------------------------------------------------------------------------------------


@pytest.fixture
def form(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QFormLayout(dialog)
    name, amount, email = QLineEdit(), QLineEdit(), QLineEdit()
    summary = QLabel()
    layout.addRow("Name", name)
    layout.addRow("Amount", amount)
    errors = FieldErrors(summary, {"name": name, "amount": amount})
    errors.add_row(layout, "email", QLabel("E-mail"), email)
    layout.addRow(summary)
    dialog.show()
    return dialog, errors, name, amount, email


def test_validation_errors_mark_their_fields_and_clear(form) -> None:
    dialog, errors, name, amount, _email = form
    errors.show(
        ValidationError(
            {"name": "Give a name.", "amount:2": "Not an amount.", "email": "Not an address."}
        )
    )
    assert errors.shown
    assert name.toolTip() == "Give a name." and "border" in name.styleSheet()
    assert amount.toolTip() == "Not an amount."  # "amount:2" finds the "amount" field
    # A field with a message label of its own shows its message there, the others in the summary.
    assert errors.labels["email"].isVisibleTo(dialog)
    assert errors.labels["email"].text() == "Not an address."
    assert errors.summary.isVisibleTo(dialog)
    assert errors.summary.text() == "Give a name.\nNot an amount."
    assert name.hasFocus() or not dialog.isActiveWindow()

    errors.clear()
    assert not errors.shown
    assert name.toolTip() == "" and name.styleSheet() == ""
    assert not errors.labels["email"].isVisibleTo(dialog)
    assert not errors.summary.isVisibleTo(dialog) and errors.summary.text() == ""


def test_other_service_errors_go_to_the_summary(form) -> None:
    dialog, errors, name, *_ = form
    errors.show(ConflictError("Unit 3-201 is taken."))
    assert errors.summary.text() == "Unit 3-201 is taken."
    assert errors.summary.isVisibleTo(dialog)
    assert name.toolTip() == ""
    # A field the form does not have still gets its message shown.
    errors.show(ValidationError({"founded_on": "Too early."}))
    assert errors.summary.text() == "Too early."


def test_attempt_returns_the_result_or_shows_the_error(form) -> None:
    _dialog, errors, name, *_ = form

    def fail() -> int:
        raise ValidationError({"name": "Give a name."})

    assert attempt(errors, fail) is None
    assert name.toolTip() == "Give a name."
    assert attempt(errors, lambda: 42) == 42
    assert not errors.shown  # cleared before the second try


def test_attempt_does_not_swallow_bugs(form) -> None:
    _dialog, errors, *_ = form
    with pytest.raises(ZeroDivisionError):
        attempt(errors, lambda: 1 / 0)


def test_error_message_opens_a_message_box(qtbot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: shown.append((title, text)))
    assert attempt(ErrorMessage(None, "Archive"), lambda: _raise(ServiceError("No."))) is None
    assert shown == [("Archive", "No.")]


def _raise(err: Exception) -> None:
    raise err


# --- tasks ------------------------------------------------------------------------------------


def test_task_reports_progress_then_its_result(qtbot) -> None:
    def job(ctx: TaskContext) -> str:
        for i in range(1, 4):
            ctx.progress(i, 3)
        return "done"

    seen: list[tuple[int, int]] = []
    results: list[object] = []
    bar = QProgressBar()
    qtbot.addWidget(bar)
    task = run_task(job, on_progress=lambda d, t: seen.append((d, t)), on_result=results.append)
    task.track(bar)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert results == ["done"]
    assert not task.running
    assert (bar.value(), bar.maximum()) == (3, 3)


def test_task_can_be_cancelled(qtbot) -> None:
    started = threading.Event()

    def job(ctx: TaskContext) -> str:
        started.set()
        for i in range(10_000):
            ctx.progress(i, 10_000)
            threading.Event().wait(0.001)
        return "not cancelled"

    results: list[object] = []
    task = run_task(job, on_result=results.append)
    assert started.wait(5)
    with qtbot.waitSignals([task.cancelled, task.finished], order="strict", timeout=5000):
        task.cancel()
    assert results == []
    assert task.wait(1000)


def test_a_cancellation_exception_of_the_caller_counts_as_cancelled(qtbot) -> None:
    class ImportStopped(ServiceError):
        pass

    task = run_task(lambda _ctx: _raise(ImportStopped("stopped")), cancelled_by=(ImportStopped,))
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass


def test_task_service_error_goes_to_on_error(qtbot, monkeypatch) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(messages, "crash", lambda _p, crash: boxes.append(crash.summary))
    errors: list[ServiceError] = []
    task = run_task(lambda _ctx: _raise(ConflictError("Taken.")), on_error=errors.append)
    with qtbot.waitSignals([task.failed, task.finished], timeout=5000):
        pass
    assert [str(e) for e in errors] == ["Taken."]
    assert boxes == []  # handled by on_error, not shown twice


def test_task_service_error_is_shown_when_nobody_handles_it(qtbot, monkeypatch) -> None:
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "error", lambda _p, title, text: boxes.append((title, text)))
    task = run_task(lambda _ctx: _raise(ConflictError("Taken.")), error_title="Export")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert boxes == [("Export", "Taken.")]


def test_task_bug_reaches_the_exception_hook_with_its_traceback(qtbot) -> None:
    def job(_ctx: TaskContext) -> None:
        raise KeyError("boom")

    results: list[object] = []
    with qtbot.captureExceptions() as caught:
        task = run_task(job, on_result=results.append)
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
    assert results == []
    assert len(caught) == 1
    kind, _exc, tb = caught[0]
    assert kind is KeyError and tb is not None
    assert "job" in {frame.name for frame in traceback.extract_tb(tb)}


def test_the_exception_hook_logs_and_shows(qtbot, monkeypatch, caplog) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(messages, "crash", lambda _p, crash: boxes.append(crash.summary))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_exception_hook()
    try:
        raise KeyError("boom")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="incubator_desk"):
            report_unexpected(exc)
    assert boxes and "KeyError" in boxes[0]
    assert caplog.records[-1].exc_info is not None


def test_cancelled_is_not_an_error() -> None:
    assert not issubclass(Cancelled, ServiceError)


# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Thing:
    name: str
    amount: Decimal | None
    since: dt.date


THINGS = [
    Thing("b", Decimal("20"), dt.date(2026, 3, 1)),
    Thing("a", None, dt.date(2025, 1, 1)),
    Thing("c", Decimal("5.5"), dt.date(2027, 6, 30)),
]


def columns(suffix: str = "") -> list[Column[Thing]]:
    return [
        Column("Name" + suffix, lambda t: t.name, tooltip=lambda t: f"thing {t.name}"),
        Column("Amount" + suffix, lambda t: t.amount, right=True),
        Column("Since" + suffix, lambda t: t.since, sort_key=lambda t: t.since.toordinal()),
    ]


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:
    model: RowsModel[Thing] = RowsModel(columns(), THINGS)
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_rows(THINGS[:1])
    qtmodeltester.check(model, force_py=True)


def test_rows_model_with_no_rows(qtmodeltester) -> None:
    model: RowsModel[Thing] = RowsModel(columns())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0 and model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.sort(0)
    model.set_rows([])
    assert model.row_at(model.index(0, 0)) is None
    empty: RowsModel[Thing] = RowsModel([])
    qtmodeltester.check(empty, force_py=True)


def test_rows_model_shows_values_and_roles() -> None:
    model: RowsModel[Thing] = RowsModel(columns(), THINGS)
    assert model.data(model.index(0, 1)) == "20.00"
    assert model.data(model.index(1, 1)) == ""  # None
    assert model.data(model.index(0, 2)) == "2026-03-01"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "thing b"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(2, 0), ROW_ROLE) is THINGS[2]
    assert model.row_at(model.index(2, 1)) is THINGS[2]
    assert model.index_of(THINGS[1]) == 1


def test_rows_model_sorts_itself_empty_values_last(qtbot) -> None:
    model: RowsModel[Thing] = RowsModel(columns(), THINGS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(0, 0))  # "b": the selection follows its row
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [t.name for t in model.rows()] == ["c", "b", "a"]
    assert model.row_at(view.currentIndex()) is THINGS[0]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [t.name for t in model.rows()] == ["b", "c", "a"]
    # New rows keep the order the person chose.
    model.set_rows([*THINGS, Thing("d", Decimal("100"), dt.date(2020, 1, 1))])
    assert [t.name for t in model.rows()] == ["d", "b", "c", "a"]
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert [t.name for t in model.rows()] == ["d", "a", "b", "c"]


def test_rows_model_under_a_sort_filter_proxy(qtmodeltester) -> None:
    model: RowsModel[Thing] = RowsModel(columns(), THINGS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == ["c", "b", "a"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == ["c", "b", "a"]  # None last
    proxy.setFilterKeyColumn(0)
    proxy.setFilterFixedString("c")
    assert proxy.rowCount() == 1
    assert model.row_at(proxy.index(0, 1)) is THINGS[2]
    qtmodeltester.check(proxy, force_py=True)


def test_rows_model_titles_retranslate(qtbot) -> None:
    language = {"suffix": ""}
    model: RowsModel[Thing] = RowsModel(lambda: columns(language["suffix"]), THINGS)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount"
    language["suffix"] = " (zh)"
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Amount (zh)"
