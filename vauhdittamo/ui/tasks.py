"""The one helper for background work: run a function off the UI thread, hand its outcome back.

Work functions never touch widgets; they open their own database session (SQLite connections
belong to one thread). The outcome, a result or an exception, reaches the UI thread through a
queued signal. ``background=False`` runs the same work synchronously, which keeps tests deterministic.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

RUN_IN_BACKGROUND = True
"""The default for new runners; tests set it to ``False``."""


@dataclass
class Outcome:
    """What a job hands back to the UI thread: a result, or the exception it raised."""

    job: int
    result: Any = None
    error: BaseException | None = None


def _outcome(job: int, work: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(job, result=work())
    except Exception as exc:  # handed to the UI thread, which shows it or re-raises a bug
        return Outcome(job, error=exc)


def _execute(job: int, work: Callable[[], Any], done: Any) -> None:
    done.emit(_outcome(job, work))


class ProgressRelay(QObject):
    """Carries a job's progress from the worker thread to the UI thread (a queued signal).

    Signals:
        progressed(float, str): the share done (0…1) and the stage ("" when the job has none).
    """

    progressed = Signal(float, str)

    def report(self, share: float, stage: str = "") -> None:
        """The progress callback to hand to the work function; safe to call from any thread."""
        self.progressed.emit(share, stage)


class TaskRunner(QObject):
    """Runs one piece of work after another for a screen; a newer job makes older results unwanted.

    Signals:
        finished(object): internal; carries an :class:`Outcome` to the UI thread.
    """

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None, background: bool | None = None) -> None:
        super().__init__(parent)
        self.background = RUN_IN_BACKGROUND if background is None else background
        self._job = 0
        self._handlers: dict[int, Callable[[Outcome], None]] = {}
        self.finished.connect(self._deliver)

    def run(self, work: Callable[[], Any], on_done: Callable[[Outcome], None]) -> int:
        """Run *work*; *on_done* gets its outcome in the UI thread. Returns the job number."""
        self._job += 1
        job = self._job
        self._handlers = {job: on_done}
        if self.background:
            QThreadPool.globalInstance().start(functools.partial(_execute, job, work, self.finished))
        else:  # called directly, so that an exception in *on_done* reaches the caller
            self._deliver(_outcome(job, work))
        return job

    def forget(self) -> None:
        """Drop the running job's result: it finishes, but nobody hears of it."""
        self._handlers.clear()

    @property
    def busy(self) -> bool:
        return bool(self._handlers)

    @Slot(object)
    def _deliver(self, outcome: Outcome) -> None:
        handler = self._handlers.pop(outcome.job, None)
        if handler is not None:  # None: a forgotten job finishing late
            handler(outcome)
