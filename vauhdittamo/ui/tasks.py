"""The one helper for background work: run a function off the UI thread, hand its outcome back.

Work functions never touch widgets; they open their own database session (SQLite connections
belong to one thread). The outcome, a result or an exception, reaches the UI thread through a
queued signal. ``background=False`` runs the same work synchronously, which keeps tests deterministic.

Safe when the owner goes away: outcomes travel through one long-lived relay of this module, never
through an object the screen owns, so a worker never emits on a deleted object; a job whose runner
was deleted finishes and its outcome is dropped.

A job begins a few milliseconds after it is asked for (:data:`START_DELAY_MS`), once the step that
asked for it is painted; one cancelled or left without its screen before then never runs.

Cancelling is cooperative: a work function with a parameter named ``cancel`` gets the job's
:class:`CancelToken` and stops where it checks it (:meth:`CancelToken.check` raises
:class:`Cancelled`). A newer job of the same runner, :meth:`TaskRunner.forget` and
:meth:`TaskRunner.cancel` cancel the job they make unwanted. Sign-out and quit call :func:`cancel_all`
and :func:`wait_for_all`: every running job is asked to stop, no outcome is delivered any more, and
the caller waits (a while) for the workers to finish.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot

from vauhdittamo.errors import AppError

log = logging.getLogger(__name__)

RUN_IN_BACKGROUND = True
"""The default for new runners; tests set it to ``False``."""

START_DELAY_MS = 5
"""A job goes to its worker thread this much later: the step that asked for it (a screen opened, a filter
chosen) is painted first, without the job's Python competing with the paint for the interpreter lock
(measured: the worst stall per screen a few milliseconds shorter)."""


class Cancelled(Exception):  # noqa: N818 - the job was cancelled: not an error
    """A job stopped early because it was cancelled; its outcome says so (:attr:`Outcome.cancelled`)."""


class CancelToken:
    """A job's cancel flag: set from the UI thread, read by the worker. Safe from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the job was cancelled (call it between steps of the work)."""
        if self._event.is_set():
            raise Cancelled()


@dataclass
class Outcome:
    """What a job hands back to the UI thread: a result, or the exception it raised."""

    job: int
    result: Any = None
    error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    def nothing_to_show(self, show_error: Callable[[AppError], None]) -> bool:
        """``True`` when the job brought no result: it was cancelled, or it failed with an :class:`AppError`,
        which *show_error* gets. Any other exception is a bug and is raised again here, in the UI thread."""
        if self.cancelled:
            return True
        if self.error is None:
            return False
        if not isinstance(self.error, AppError):
            raise self.error
        show_error(self.error)
        return True


def _takes_cancel(work: Callable[..., Any]) -> bool:
    try:
        parameter = inspect.signature(work).parameters.get("cancel")
    except (TypeError, ValueError):  # a callable without a signature takes nothing
        return False
    return parameter is not None and parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)


def _outcome(job: int, work: Callable[..., Any], token: CancelToken) -> Outcome:
    try:
        return Outcome(job, result=work(cancel=token) if _takes_cancel(work) else work())
    except Exception as exc:  # handed to the UI thread, which shows it or re-raises a bug
        return Outcome(job, error=exc)


class _Job:
    """A job started in the background: whose it is, and whether anyone still wants its outcome."""

    def __init__(self, runner: TaskRunner, number: int) -> None:
        self.runner = runner
        self.number = number
        self.token = CancelToken()
        self.dropped = False  # set from the UI thread only
        self.started = False  # handed to a worker thread, or dropped before (UI thread only)
        self.begin: Callable[[], None] = lambda: None  # hands it to a worker thread now (see START_DELAY_MS)


class _Relay(QObject):
    """Carries outcomes from the workers to the UI thread; one for the whole application, never deleted.

    Signals:
        arrived(object, object): a job and its :class:`Outcome`.
    """

    arrived = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._arrive)

    @Slot(object, object)
    def _arrive(self, job: _Job, outcome: Outcome) -> None:
        if job.dropped or not shiboken6.isValid(job.runner):
            return  # cancelled, or its screen is gone: nobody hears of it
        job.runner._deliver(outcome)


_relay: _Relay | None = None
_running: set[_Job] = set()
_changed = threading.Condition()


def _the_relay() -> _Relay:
    """The relay, made on first use in the UI thread (the thread its deliveries run in)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None and _relay.thread() is not app.thread():
            _relay.moveToThread(app.thread())
    return _relay


def _execute(job: _Job, work: Callable[..., Any], relay: _Relay) -> None:
    try:
        outcome = _outcome(job.number, work, job.token)
        if shiboken6.isValid(relay):  # gone only when the application itself is (a job left running at exit)
            try:
                relay.arrived.emit(job, outcome)
            except RuntimeError:  # deleted between the check and the emit: nobody to hear of it
                log.debug("a background job finished after the application was gone")
    finally:
        _finished(job)


def _start(job: _Job, work: Callable[..., Any], relay: _Relay) -> None:
    """Hand *job* to a worker thread, unless it was cancelled while it waited to start."""
    if job.started:
        return
    job.started = True
    if job.token.cancelled or not shiboken6.isValid(job.runner):
        _finished(job)  # cancelled, or its screen went away, before it began: it never runs
        return
    QThreadPool.globalInstance().start(functools.partial(_execute, job, work, relay))


def _finished(job: _Job) -> None:
    with _changed:
        _running.discard(job)
        _changed.notify_all()


def running_jobs() -> int:
    """How many background jobs are still working."""
    with _changed:
        return len(_running)


def cancel_all() -> None:
    """Ask every running job to stop and drop the outcomes not yet delivered (sign-out, quit)."""
    with _changed:
        jobs = list(_running)
    for job in jobs:
        job.dropped = True
        job.token.cancel()
        if not job.started:
            job.begin()  # cancelled before it began: it never runs, nothing to wait for


def wait_for_all(timeout_ms: int) -> bool:
    """Wait up to *timeout_ms* for every background job to finish; ``True`` when none is left running."""
    deadline = time.monotonic() + timeout_ms / 1000
    with _changed:
        waiting = [job for job in _running if not job.started]
    for job in waiting:  # asked for, not yet begun: begins now
        job.begin()
    with _changed:
        while _running:
            left = deadline - time.monotonic()
            if left <= 0:
                log.warning("%d background job(s) still running after %d ms", len(_running), timeout_ms)
                return False
            _changed.wait(left)
    return True


class ProgressRelay(QObject):
    """Carries a job's progress from the worker thread to the UI thread (a queued signal).

    Never parented (*parent* is accepted and not used): the worker holds on to it, so a report after
    its screen is gone emits on a live object that nobody listens to any more.

    Signals:
        progressed(float, str): the share done (0…1) and the stage ("" when the job has none).
    """

    progressed = Signal(float, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__()

    def report(self, share: float, stage: str = "") -> None:
        """The progress callback to hand to the work function; safe to call from any thread."""
        if shiboken6.isValid(self):
            self.progressed.emit(share, stage)


class TaskRunner(QObject):
    """Runs one piece of work after another for a screen; a newer job makes older results unwanted.

    Deleting the runner (or the screen that owns it) while a job runs is safe: the job finishes and
    its outcome is dropped.
    """

    def __init__(self, parent: QObject | None = None, background: bool | None = None) -> None:
        super().__init__(parent)
        self.background = RUN_IN_BACKGROUND if background is None else background
        self._job = 0
        self._handlers: dict[int, Callable[[Outcome], None]] = {}
        self._current: _Job | None = None

    def run(self, work: Callable[..., Any], on_done: Callable[[Outcome], None]) -> int:
        """Run *work*; *on_done* gets its outcome in the UI thread. Returns the job number.

        *work* takes no arguments, or a keyword argument ``cancel`` (the job's :class:`CancelToken`).
        An older job still running is cancelled and its outcome dropped.
        """
        self._cancel_current()
        self._job += 1
        job = _Job(self, self._job)
        self._handlers = {job.number: on_done}
        if self.background:
            relay = _the_relay()
            self._current = job
            with _changed:
                _running.add(job)
            job.begin = functools.partial(_start, job, work, relay)
            QTimer.singleShot(START_DELAY_MS, job.begin)
        else:  # called directly, so that an exception in *on_done* reaches the caller
            self._deliver(_outcome(job.number, work, job.token))
        return job.number

    def forget(self) -> None:
        """Drop the running job's result: it is asked to stop, and nobody hears of it."""
        self._handlers.clear()
        self._cancel_current()

    def cancel(self) -> None:
        """Cancel the running job (the same as :meth:`forget`)."""
        self.forget()

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    def _cancel_current(self) -> None:
        if self._current is not None:
            self._current.token.cancel()
            self._current = None

    def _deliver(self, outcome: Outcome) -> None:
        if self._current is not None and self._current.number == outcome.job:
            self._current = None
        handler = self._handlers.pop(outcome.job, None)
        if handler is not None:  # None: a forgotten job finishing late
            handler(outcome)
