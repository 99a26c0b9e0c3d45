"""The longest the UI thread stalls on each screen at municipal scale, against the one-frame budget.

    uv run python benchmarks/ui_stalls.py                      # 50,000 clients (the front-desk benchmark's data)
    uv run python benchmarks/ui_stalls.py --db bench.sqlite3   # an existing (demo) database
    uv run python benchmarks/ui_stalls.py --screens Asiakkaat --why   # one screen; where each long stall went

The main window is made offscreen, signed in as an administrator, on a copy of the demo database that
``benchmarks/front_desk.py`` builds once and keeps in the system temporary folder (built here when it is
missing); the copy is deleted afterwards. Then, as a user would: every screen is opened, each of its tabs,
and in each a name is typed letter by letter into every text field (a key every 60 ms, as a quick typist),
and every drop-down box is moved to its next choice and back; between steps the benchmark waits until the
background jobs are done and the screen is quiet.

The measure: a heartbeat timer every millisecond in the UI thread; the longest gap between two beats is
the longest the screen could not paint or take a key. The tour is made three times (``--rounds``); per
screen it prints the median of the rounds' worst stalls (one stray hiccup of a shared machine does not
decide it) and the worst of all, next to the budget of one frame (16 ms), the step that caused it, and the
anchor: what Qt alone takes to show that screen and paint the window. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STARTED = time.time()  # for lining up --why's stall times with an outside profiler's
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# As on a desk after the first start, the screens' modules load from cached bytecode (PYTHONDONTWRITEBYTECODE,
# set in some shells, would have each import compile its source while it holds the UI thread).
sys.dont_write_bytecode = False

from figures import record  # noqa: E402
from front_desk import cached_database  # noqa: E402
from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTabWidget, QWidget  # noqa: E402
from sqlalchemy import event  # noqa: E402
from throwaway import THROWAWAY_KEY  # noqa: E402

from vauhdittamo import paths  # noqa: E402
from vauhdittamo.app import create_application  # noqa: E402
from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.models import StaffRole  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM, StaffActor  # noqa: E402
from vauhdittamo.services.staff import active_staff  # noqa: E402
from vauhdittamo.ui import tasks  # noqa: E402
from vauhdittamo.ui.context import AppContext  # noqa: E402
from vauhdittamo.ui.main_window import MainWindow  # noqa: E402

BUDGET_MS = 16.0
KEY_GAP_MS = 60
TYPED = "virtanen"


@dataclass
class Stall:
    ms: float = 0.0
    step: str = ""
    started_ns: int = 0


@dataclass
class Heartbeat:
    """Beats every millisecond in the UI thread; the longest gap per screen, and the step it fell in."""

    clock: QElapsedTimer = field(default_factory=QElapsedTimer)
    last_ns: int = 0
    screen: str = ""
    step: str = ""
    worst: dict[str, Stall] = field(default_factory=dict)  # of the whole run
    round_worst: dict[str, Stall] = field(default_factory=dict)  # of the round going on
    timer: QTimer = field(default_factory=QTimer)
    wall_start: float = 0.0  # time.time() when the clock started

    def start(self) -> None:
        self.clock.start()
        self.wall_start = time.time()
        self.last_ns = self.clock.nsecsElapsed()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = self.clock.nsecsElapsed()
        gap = (now - self.last_ns) / 1e6
        before, self.last_ns = self.last_ns, now
        if not self.screen:
            return
        for worst in (self.worst, self.round_worst):
            stall = worst.setdefault(self.screen, Stall())
            if gap > stall.ms:
                stall.ms, stall.step, stall.started_ns = gap, self.step, before

    def restart(self) -> None:
        """A new stretch begins (the benchmark's own waiting between screens is no stall)."""
        self.last_ns = self.clock.nsecsElapsed()


@dataclass(frozen=True)
class Sample:
    """Where the threads were, some milliseconds into a stall that began at ``gap_start_ns``."""

    gap_start_ns: int
    at_ms: float
    stacks: str


class Watchdog:
    """With ``--why``: samples every thread's Python stack while the UI thread has not beaten for a while.

    A thread of its own looks every millisecond; during a gap longer than half the budget it records where
    the UI thread is (a frame that called into Qt stands for the C++ work under it) and where the others
    are. No sample in a long stall means some thread held the interpreter lock all along (a collection,
    a long C call). The stall's times are printed too, in seconds after the start, for lining up with an
    outside profiler's timeline (``py-spy record --nonblocking --gil --format chrometrace``).
    """

    def __init__(self, beat: Heartbeat) -> None:
        self.beat = beat
        self.ui_thread = threading.get_ident()
        self.samples: list[Sample] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        own = threading.get_ident()
        while not self._stop.wait(0.001):
            last = self.beat.last_ns
            waited_ms = (self.beat.clock.nsecsElapsed() - last) / 1e6
            if not self.beat.screen or waited_ms < BUDGET_MS / 2:
                continue
            frames = sys._current_frames()
            frame = frames.pop(self.ui_thread, None)
            if frame is None:
                continue
            stacks = "".join(traceback.format_list(traceback.extract_stack(frame)[-8:]))
            for ident, other in frames.items():
                if ident != own:
                    stacks += "  -- meanwhile in another thread:\n" + "".join(
                        traceback.format_list(traceback.extract_stack(other)[-3:]))
            self.samples.append(Sample(last, waited_ms, stacks))

    def report(self) -> None:
        for screen, stall in self.beat.worst.items():
            if stall.ms <= BUDGET_MS:
                continue
            mine = [s for s in self.samples if s.gap_start_ns == stall.started_ns]
            began = self.beat.wall_start + stall.started_ns / 1e9 - STARTED
            print(f"\n--- {screen}, {stall.step}: {stall.ms:.1f} ms, from {began:.3f} s to "
                  f"{began + stall.ms / 1000:.3f} s after the start; sampled at ms: "
                  + (" ".join(f"{s.at_ms:.1f}" for s in mine) or "none"))
            counts: dict[str, int] = {}
            for sample in mine:
                counts[sample.stacks] = counts.get(sample.stacks, 0) + 1
            for stacks, count in sorted(counts.items(), key=lambda item: -item[1])[:4]:
                print(f"  {count} samples:\n{stacks}")


def settle(quiet_ms: int = 150, limit_s: float = 60.0) -> None:
    """Let the event loop run until no background job is left, then a little longer."""
    deadline = time.monotonic() + limit_s
    while tasks.running_jobs() and time.monotonic() < deadline:
        QTest.qWait(5)
    QTest.qWait(quiet_ms)
    while tasks.running_jobs() and time.monotonic() < deadline:
        QTest.qWait(5)
    QTest.qWait(50)


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def step(beat: Heartbeat, label: str, action: Callable[[], None]) -> None:
    beat.step = label
    action()
    settle()


def type_into(beat: Heartbeat, edit: QLineEdit, label: str) -> None:
    edit.setFocus()
    edit.clear()
    settle()
    beat.step = f"typing into {label}"
    for letter in TYPED:
        QTest.keyClick(edit, letter)
        QTest.qWait(KEY_GAP_MS)
    settle(quiet_ms=400)  # the filters' pause before they read
    step(beat, f"clearing {label}", edit.clear)
    settle(quiet_ms=400)


def name_of(widget: QWidget) -> str:
    return widget.accessibleName() or widget.toolTip() or widget.objectName() or type(widget).__name__


def exercise(beat: Heartbeat, root: QWidget, done: set[int]) -> None:
    """Type into every shown text field and move every shown drop-down box of *root* (not twice)."""
    for edit in root.findChildren(QLineEdit):
        if id(edit) in done or not shown(edit) or edit.echoMode() != QLineEdit.EchoMode.Normal:
            continue
        if isinstance(edit.parent(), QComboBox | QSpinBox):
            continue  # the editor inside a box
        done.add(id(edit))
        type_into(beat, edit, name_of(edit))
    for combo in root.findChildren(QComboBox):
        if id(combo) in done or not shown(combo) or combo.count() < 2 or combo.isEditable():
            continue
        done.add(id(combo))
        first = combo.currentIndex()
        step(beat, f"choosing in {name_of(combo)}", lambda c=combo, f=first: c.setCurrentIndex((f + 1) % c.count()))
        step(beat, f"choosing back in {name_of(combo)}", lambda c=combo, f=first: c.setCurrentIndex(f))
    for spin in root.findChildren(QSpinBox):
        if id(spin) in done or not shown(spin):
            continue
        done.add(id(spin))
        value = spin.value()
        step(beat, f"stepping {name_of(spin)}", spin.stepUp)
        step(beat, f"stepping back {name_of(spin)}", lambda s=spin, v=value: s.setValue(v))


def exercise_with_tabs(beat: Heartbeat, root: QWidget, done: set[int]) -> None:
    exercise(beat, root, done)
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in done or not tabs.isVisible():
            continue
        done.add(id(tabs))
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first or not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            step(beat, f"opening the tab {tabs.tabText(index)}", lambda t=tabs, i=index: t.setCurrentIndex(i))
            exercise_with_tabs(beat, root, done)
        step(beat, "back to the first tab", lambda t=tabs, f=first: t.setCurrentIndex(f))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: the cached demo database)")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--screens", nargs="*", default=None, help="only these screens (by their Finnish names)")
    parser.add_argument("--rounds", type=int, default=3, help="tours of every screen (the median is reported)")
    parser.add_argument("--why", action="store_true", help="sample the UI thread's stack during stalls and print it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vauhdittamo-stalls-"))
    try:
        paths.set_base_dir(work / "home")  # settings and logs of this run only
        os.environ[paths.HOME_ENV] = str(work / "home")
        source = args.db or cached_database(args.clients, args.weeks, rebuild=False)
        copy = work / "stalls.sqlite3"
        shutil.copyfile(source, copy)  # the screens may save a choice; the cached data stays as it is
        return run(copy, args.db is None, why=args.why, screens=args.screens, rounds_wanted=max(1, args.rounds))
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass
class DatabaseOnUiThread:
    """Database work the UI thread itself did (not its background jobs): per screen the most between two
    heartbeats (one stretch the screen could not paint), and its step."""

    beat: Heartbeat
    ui_thread: int = field(default_factory=threading.get_ident)
    longest: dict[str, Stall] = field(default_factory=dict)
    _began: float = 0.0
    _stretch_of: int = -1  # the heartbeat the stretch began after
    _stretch_ms: float = 0.0

    def watch(self, engine: Any) -> None:
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: Any) -> None:
        if threading.get_ident() == self.ui_thread:
            self._began = time.perf_counter()

    def _after(self, *_args: Any) -> None:
        if threading.get_ident() != self.ui_thread or not self.beat.screen:
            return
        if self._stretch_of != self.beat.last_ns:
            self._stretch_of, self._stretch_ms = self.beat.last_ns, 0.0
        self._stretch_ms += (time.perf_counter() - self._began) * 1000
        longest = self.longest.setdefault(self.beat.screen, Stall())
        if self._stretch_ms > longest.ms:
            longest.ms, longest.step = self._stretch_ms, self.beat.step


def bare_switch_ms(window: MainWindow, index: int, runs: int = 5) -> float:
    """The anchor: showing screen *index* and painting the window, with its data already there and no job run.

    What Qt itself takes for the step "opening the screen" on this machine (the screen's widgets shown and
    laid out, the whole window painted); the shortest of *runs*, each from the screen before it.
    """
    stack = window.stack
    other = (index - 1) % stack.count()
    times = []
    for _ in range(runs):
        stack.setCurrentIndex(other)
        window.repaint()
        settle(quiet_ms=20)
        started = time.perf_counter()
        stack.setCurrentIndex(index)
        window.repaint()
        times.append((time.perf_counter() - started) * 1000)
    stack.setCurrentIndex(index)
    return min(times)


def run(path: Path, throwaway: bool, why: bool = False, screens: list[str] | None = None,
        rounds_wanted: int = 3) -> int:
    app = create_application(language="fi")
    db = open_database(path, key=THROWAWAY_KEY) if throwaway else open_database(path)
    with db.session(SYSTEM) as session:
        admin = next(m for m in active_staff(session) if m.role is StaffRole.ADMIN)
        context = AppContext(db=db, actor=StaffActor(admin.id, admin.role), staff_name=admin.display_name)
    beat = Heartbeat()
    beat.start()
    on_ui_thread = DatabaseOnUiThread(beat)
    on_ui_thread.watch(db.engine)
    watchdog = Watchdog(beat) if why else None
    if watchdog is not None:
        watchdog.start()
    started = time.perf_counter()
    window = MainWindow(context)
    window.resize(1366, 800)
    window.show()
    app.processEvents()
    print(f"main window made and shown: {(time.perf_counter() - started) * 1000:.0f} ms (not counted below)")
    settle()
    deadline = time.monotonic() + 60
    while not window.is_warm() and time.monotonic() < deadline:  # the screens built while the desk is idle
        QTest.qWait(10)
    print(f"screens built in the idle time after start: {(time.perf_counter() - started) * 1000:.0f} ms "
          "(not counted below)")
    settle()
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    order = list(range(1, len(names))) + [0]  # the front desk last: it opened first, before the heartbeat
    if screens:
        order = [i for i in order if names[i] in screens]
    bare: dict[int, float] = {}
    rounds: dict[int, list[Stall]] = {index: [] for index in order}
    for _round in range(rounds_wanted):
        for index in order:
            beat.restart()
            beat.screen = names[index]
            beat.round_worst = {}
            step(beat, "opening the screen", lambda i=index: window.navigation.setCurrentRow(i))
            exercise_with_tabs(beat, window.pages[index], set())
            beat.screen = ""
            rounds[index].append(beat.round_worst.get(names[index], Stall()))
            bare[index] = min(bare.get(index, 1e9), bare_switch_ms(window, index))
    print(f"\nworst UI-thread stall per screen (budget {BUDGET_MS:.0f} ms: one frame); heartbeat every 1 ms;")
    print(f"  the median of {rounds_wanted} rounds' worst (a round opens every screen and works every control),")
    print("  the worst of all rounds, and the anchor: the screen shown and the window painted by Qt alone")
    print("  (its data loaded, no job running), the fastest of 5 per round")
    for index in sorted(order):
        worst = sorted(rounds[index], key=lambda stall: stall.ms)
        typical, highest = worst[len(worst) // 2], worst[-1]
        verdict = "ok" if typical.ms <= BUDGET_MS else "OVER"
        print(f"  {names[index]:<16} {typical.ms:7.1f} ms  {verdict:<4}  worst {highest.ms:6.1f} ms  "
              f"anchor {bare[index]:5.1f} ms  {typical.step}")
        record(f"worst UI-thread stall, {names[index]}, median of {rounds_wanted} rounds ({typical.step})",
               typical.ms, "ms", target=f"≤ {BUDGET_MS:.0f} ms", anchor="the screen shown and painted by Qt alone",
               anchor_value=bare[index])
    slowest = max(on_ui_thread.longest.items(), key=lambda item: item[1].ms, default=("", Stall()))
    if slowest[0]:
        print(f"\nthe most database work the UI thread itself did without a paint in between: {slowest[1].ms:.1f} ms "
              f"({slowest[0]}, {slowest[1].step}); the other screens read only in the background")
    else:
        print("\nthe UI thread itself did no database work: every screen reads in the background")
    for screen, work in sorted(on_ui_thread.longest.items()):
        print(f"  {screen:<16} {work.ms:6.1f} ms  {work.step}")
    record("UI-thread database work without a paint in between, every screen", slowest[1].ms, "ms",
           target=f"≤ {BUDGET_MS:.0f} ms")
    if watchdog is not None:
        watchdog.stop()
        watchdog.report()
    window.close()
    tasks.cancel_all()
    tasks.wait_for_all(10_000)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
