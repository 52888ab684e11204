"""Long work off the UI thread, one way: `run_task(job, on_result=...)` (after Picard's run_task).

    task = run_task(
        lambda ctx: importing.read(path, progress=ctx.progress, cancelled=ctx.cancelled),
        on_result=self.show_sheet,
        parent=self,
        error_title=self.tr("Import"),
    )
    task.track(self.progress_bar)            # or a QProgressDialog: its Cancel cancels the task
    self.cancel_button.clicked.connect(task.cancel)

- The job runs in a thread pool (the global one unless `pool=` is given) and gets a
  `TaskContext`: `ctx.progress(done, total)` reports progress and is a cancellation point
  (it raises `core.errors.Cancelled` once `task.cancel()` was called);
  `ctx.report_progress(done, total)` only reports (for jobs that stop at places of their own,
  e.g. after rolling back); `ctx.cancelled()` asks without raising; `ctx.check()` raises if
  cancelled. The job opens its own database
  session (it is given a Database, never a live unit of work of the UI thread).
- Every signal of the `Task` is emitted in the UI thread, in this order: any number of
  `progress(int done, int total)`, then one of `result(object)`, `failed(object)` (a
  ServiceError), `cancelled()`, then `finished()`. Connect them, or pass `on_result`,
  `on_progress`, `on_error`, `on_cancelled` to `run_task`, which connects them before the job
  can end. `qtbot.waitSignal(task.finished)` waits for a task in tests.
- A `ServiceError` goes to `on_error` when given, else it is shown in a message box titled
  `error_title` over `parent`. `Cancelled` (and the types in `cancelled_by`) end the task as
  cancelled, not failed. Any other exception is a bug: it is handed with its traceback to the
  exception hook (`failures.report_unexpected`), which logs and shows it; `finished` still
  follows so the dialog can re-enable its buttons.
- `task.wait(msecs)` blocks until the job has returned (closing a dialog whose task runs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ...core.errors import Cancelled, ServiceError
from .. import messages
from .failures import report_unexpected


class TaskContext:
    """What a running job can do: report progress, learn that it should stop."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    def progress(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled when the task was asked to stop."""
        self.check()
        self._relay.progress.emit(done, total)

    def report_progress(self, done: int, total: int) -> None:
        """Report progress only, for jobs that choose their own places to stop."""
        self._relay.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled


class _Relay(QObject):
    """Carries the worker thread's news to the Task in the UI thread (queued connections)."""

    progress = Signal(int, int)
    ended = Signal(str, object)  # "result" | "failed" | "cancelled" | "crashed", payload


class _Runnable(QRunnable):
    def __init__(
        self,
        job: Callable[[TaskContext], Any],
        relay: _Relay,
        stop: threading.Event,
        returned: threading.Event,
        cancelled_by: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task holds it until the job has returned
        self._job = job
        self._relay = relay
        self._stop = stop
        self._returned = returned
        self._cancelled_by: tuple[type[BaseException], ...] = (Cancelled, *cancelled_by)

    def run(self) -> None:
        try:
            result = self._job(TaskContext(self._relay, self._stop))
        except self._cancelled_by:
            self._tell("cancelled", None)
        except ServiceError as err:
            self._tell("failed", err)
        except Exception as exc:  # a bug: the UI thread logs it with its traceback and shows it
            self._tell("crashed", exc)
        else:
            self._tell("result", result)
        finally:
            self._returned.set()

    def _tell(self, kind: str, payload: object) -> None:
        """Send the outcome to the UI thread. When the Task awaiting it is gone (its page
        closed while the job ran, or the application quit) PySide refuses the emit with a
        RuntimeError: then nobody is told. (Asking shiboken6.isValid here instead would read
        the relay from this thread while the UI thread may be deleting it.)"""
        try:
            self._relay.ended.emit(kind, payload)
        except RuntimeError:
            return


class Task(QObject):
    """A job running in the thread pool. Made by `run_task`.

    Signals:
        progress(int, int): done and total, as the job reports them.
        result(object): the job's return value.
        failed(object): the ServiceError the job raised.
        cancelled(): the job stopped because `cancel()` was called.
        finished(): after any of the three above, or after an unexpected error.
    """

    progress = Signal(int, int)
    result = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        job: Callable[[TaskContext], Any],
        parent_widget: QWidget | None,
        error_title: str,
        cancelled_by: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._error_title = error_title
        self._show_errors = True
        self._stop = threading.Event()
        self._returned = threading.Event()
        self._running = True
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)
        self._relay.ended.connect(self._on_ended)
        self._runnable = _Runnable(job, self._relay, self._stop, self._returned, cancelled_by)

    # --- what callers use -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the job to stop at its next cancellation point."""
        self._stop.set()

    def is_cancelling(self) -> bool:
        return self._stop.is_set()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the job has returned (or `msecs` passed); True when it has."""
        return self._returned.wait(msecs / 1000)

    def track(self, widget: QProgressBar | QProgressDialog) -> None:
        """Show this task's progress in `widget`; a progress dialog's Cancel cancels it."""
        widget.setRange(0, 0)  # busy until the first report
        self.progress.connect(lambda done, total: _set_progress(widget, done, total))
        if isinstance(widget, QProgressDialog):
            widget.canceled.connect(self.cancel)
            self.finished.connect(lambda: _reset(widget))

    # --- the UI-thread side ------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        if self._running:
            self.progress.emit(done, total)

    def _on_ended(self, kind: str, payload: object) -> None:
        self._running = False
        _live.discard(self)
        try:
            if kind == "result":
                self.result.emit(payload)
            elif kind == "failed":
                assert isinstance(payload, ServiceError)
                self.failed.emit(payload)
                if self._show_errors:
                    self._show_error(payload)
            elif kind == "cancelled":
                self.cancelled.emit()
            else:
                assert isinstance(payload, BaseException)
                report_unexpected(payload)
        finally:
            self.finished.emit()

    def _show_error(self, err: ServiceError) -> None:
        parent = self._parent_widget
        if parent is not None and not shiboken6.isValid(parent):
            parent = None
        title = self._error_title or QCoreApplication.translate("Toolkit", "Could not finish")
        messages.error(parent, title, str(err))


def _set_progress(widget: QProgressBar | QProgressDialog, done: int, total: int) -> None:
    if not shiboken6.isValid(widget):
        return
    widget.setRange(0, max(total, 0))
    widget.setValue(min(done, total) if total > 0 else 0)


def _reset(widget: QProgressDialog) -> None:
    if shiboken6.isValid(widget):
        widget.reset()


# Tasks stay alive until they end even when the caller keeps no reference.
_live: set[Task] = set()


def run_task(
    job: Callable[[TaskContext], Any],
    *,
    on_result: Callable[[Any], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    on_error: Callable[[ServiceError], object] | None = None,
    on_cancelled: Callable[[], object] | None = None,
    parent: QWidget | None = None,
    error_title: str = "",
    cancelled_by: tuple[type[BaseException], ...] = (),
    pool: QThreadPool | None = None,
) -> Task:
    """Start `job(ctx)` in the thread pool and return its Task (see the module docstring)."""
    task = Task(job, parent, error_title, cancelled_by)
    if on_result is not None:
        task.result.connect(on_result)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_error is not None:
        task._show_errors = False
        task.failed.connect(on_error)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    _live.add(task)
    (pool or QThreadPool.globalInstance()).start(task._runnable)
    return task


__all__ = ["Task", "TaskContext", "run_task"]
