"""The background task helper: owners that go away mid-job, cancelling, and waiting at sign-out and quit."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vauhdittamo.app import stop_background_work
from vauhdittamo.ui import tasks
from vauhdittamo.ui.tasks import CancelToken, Outcome, ProgressRelay, TaskRunner

WAIT_MS = 10_000  # a generous bound for a worker to finish; never reached when things work


@pytest.fixture
def worker_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Exceptions raised in worker threads (PySide hands them to ``sys.excepthook``)."""
    errors: list[BaseException] = []

    def hook(_type: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        errors.append(value)

    monkeypatch.setattr(sys, "excepthook", hook)
    yield errors
    tasks.cancel_all()
    assert tasks.wait_for_all(WAIT_MS)


def _finish(qtbot: QtBot) -> None:
    """Every worker done and every outcome it sent delivered."""
    assert tasks.wait_for_all(WAIT_MS)
    qtbot.wait(1)
    QCoreApplication.processEvents()


def test_a_job_outcome_and_its_exception_reach_on_done(qtbot: QtBot, worker_errors: list[BaseException]) -> None:
    runner = TaskRunner(background=True)
    outcomes: list[Outcome] = []
    runner.run(lambda: 42, outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert (outcomes[0].result, outcomes[0].error) == (42, None)

    def broken() -> None:
        raise ValueError("the file is broken")

    runner.run(broken, outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=WAIT_MS)
    assert isinstance(outcomes[1].error, ValueError) and not outcomes[1].cancelled
    assert not runner.busy and worker_errors == []


class Screen(QWidget):
    """A screen as the pages are: its runner and progress relay, its own methods hearing them."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks = TaskRunner(self, background=True)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self.show_progress)
        self.heard: list[object] = []

    def show_progress(self, share: float, _stage: str) -> None:
        self.heard.append(share)
        self.setWindowTitle(f"{share:.0%}")

    def done(self, outcome: Outcome) -> None:
        self.heard.append(outcome)
        self.setWindowTitle("done")


def test_the_owner_deleted_mid_job_raises_nothing_and_hears_nothing(
    qtbot: QtBot, worker_errors: list[BaseException]
) -> None:
    screen = Screen()
    started, release = threading.Event(), threading.Event()
    report = screen.relay.report

    def work() -> str:
        started.set()
        release.wait(WAIT_MS / 1000)
        report(0.5, "")
        return "done"

    screen.tasks.run(work, screen.done)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)  # the event loop begins it
    shiboken6.delete(screen)  # the screen closes while its job runs
    assert not shiboken6.isValid(screen.tasks)
    release.set()
    _finish(qtbot)
    assert worker_errors == []
    assert screen.heard == []


def test_a_newer_job_cancels_the_older_one(qtbot: QtBot, worker_errors: list[BaseException]) -> None:
    runner = TaskRunner(background=True)
    tokens: list[CancelToken] = []
    started = threading.Event()

    def slow(cancel: CancelToken) -> str:
        tokens.append(cancel)
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.001)
        cancel.check()
        return "never"

    outcomes: list[Outcome] = []
    runner.run(slow, outcomes.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)  # the event loop begins it
    runner.run(lambda: "newer", outcomes.append)
    _finish(qtbot)
    assert tokens[0].cancelled
    assert [o.result for o in outcomes] == ["newer"]


def test_cancel_all_stops_the_jobs_that_check_and_drops_every_outcome(
    qtbot: QtBot, worker_errors: list[BaseException]
) -> None:
    release = threading.Event()
    cancelled: list[bool] = []
    heard: list[Outcome] = []

    def checking(cancel: CancelToken) -> None:
        while not cancel.cancelled:
            threading.Event().wait(0.001)
        cancelled.append(True)
        cancel.check()

    checking_runner, plain_runner = TaskRunner(background=True), TaskRunner(background=True)
    checking_runner.run(checking, heard.append)
    plain_runner.run(lambda: release.wait(WAIT_MS / 1000), heard.append)  # does not check: runs to its end
    assert tasks.running_jobs() == 2
    qtbot.wait(tasks.START_DELAY_MS * 4)  # both begun
    tasks.cancel_all()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=WAIT_MS)
    assert not tasks.wait_for_all(0)  # the plain job still runs
    release.set()
    _finish(qtbot)
    assert tasks.running_jobs() == 0
    assert heard == []  # nobody hears of a job cancelled at sign-out or quit
    assert worker_errors == []


def test_quitting_waits_for_the_running_jobs(qtbot: QtBot, worker_errors: list[BaseException]) -> None:
    began, finished = threading.Event(), threading.Event()

    def work(cancel: CancelToken) -> None:
        began.set()
        while not cancel.cancelled:
            threading.Event().wait(0.001)
        finished.set()

    TaskRunner(background=True).run(work, lambda _outcome: None)
    qtbot.waitUntil(began.is_set, timeout=WAIT_MS)
    assert stop_background_work(WAIT_MS)
    assert finished.is_set() and tasks.running_jobs() == 0


def test_a_job_cancelled_before_it_began_never_runs(qtbot: QtBot, worker_errors: list[BaseException]) -> None:
    ran: list[str] = []
    heard: list[Outcome] = []
    runner = TaskRunner(background=True)
    runner.run(lambda: ran.append("replaced"), heard.append)
    runner.run(lambda: ran.append("newer") or "newer", heard.append)  # in the same turn of the event loop
    screen = Screen()
    screen.tasks.run(lambda: ran.append("screen gone"), screen.done)
    shiboken6.delete(screen)
    assert tasks.running_jobs() == 3
    _finish(qtbot)
    assert ran == ["newer"] and [o.result for o in heard] == ["newer"]

    TaskRunner(background=True).run(lambda: ran.append("quit"), heard.append)
    tasks.cancel_all()  # quitting before it began: nothing to wait for
    assert tasks.running_jobs() == 0
    _finish(qtbot)
    assert ran == ["newer"] and len(heard) == 1


def test_a_job_begins_after_the_step_that_asked_for_it_is_painted(qtbot: QtBot) -> None:
    began = threading.Event()
    heard: list[Outcome] = []
    TaskRunner(background=True).run(began.set, heard.append)
    assert not began.wait(0.05), "not in the same turn of the event loop"
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=WAIT_MS)
    assert began.is_set()


def test_forgetting_a_job_cancels_it_and_drops_its_outcome(qtbot: QtBot, worker_errors: list[BaseException]) -> None:
    runner = TaskRunner(background=True)
    heard: list[Outcome] = []
    started = threading.Event()
    tokens: list[CancelToken] = []

    def work(cancel: CancelToken) -> None:
        tokens.append(cancel)
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.001)

    runner.run(work, heard.append)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)  # the event loop begins it and runner.busy
    runner.forget()
    _finish(qtbot)
    assert tokens[0].cancelled and heard == [] and not runner.busy


def test_synchronous_runners_pass_the_token_too() -> None:
    runner = TaskRunner(background=False)
    outcomes: list[Outcome] = []
    runner.run(lambda cancel: isinstance(cancel, CancelToken), outcomes.append)
    runner.run(lambda: "no token", outcomes.append)
    assert [o.result for o in outcomes] == [True, "no token"]


def test_a_job_finishing_after_the_application_is_gone_raises_nothing(
    qtbot: QtBot, worker_errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()

    def work() -> int:
        started.set()
        release.wait(WAIT_MS / 1000)
        return 1

    TaskRunner(background=True).run(work, lambda _outcome: None)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    shiboken6.delete(tasks._the_relay())  # what the application's end does to it
    monkeypatch.setattr(tasks, "_relay", None)  # the next job makes a new one
    release.set()
    assert tasks.wait_for_all(WAIT_MS)
    assert worker_errors == []


def test_an_outcome_says_whether_there_is_a_result_to_show() -> None:
    from vauhdittamo.errors import AppError
    from vauhdittamo.ui.tasks import Cancelled

    shown: list[AppError] = []
    assert not Outcome(1, result=[]).nothing_to_show(shown.append)
    assert Outcome(2, error=Cancelled()).nothing_to_show(shown.append) and shown == []
    handled = AppError("The database is locked.")
    assert Outcome(3, error=handled).nothing_to_show(shown.append) and shown == [handled]
    with pytest.raises(KeyError):  # a bug is not shown as a message: it is raised in the UI thread
        Outcome(4, error=KeyError("id")).nothing_to_show(shown.append)
    assert shown == [handled]
