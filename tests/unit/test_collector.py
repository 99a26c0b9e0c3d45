"""The cycle collector paused during bulk work, and the session's long-lived objects left out of collections."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from vauhdittamo import collector


@pytest.fixture(autouse=True)
def collector_as_found() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_a_pause_turns_the_collector_off_and_back_on() -> None:
    gc.enable()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested: the inner end does not turn it on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_end_with_the_last() -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector.paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled(), "the other thread's pause still runs"
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_pausing_wraps_a_function_and_passes_exceptions_on() -> None:
    gc.enable()

    @collector.pausing
    def broken() -> None:
        assert not gc.isenabled()
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        broken()
    assert gc.isenabled()


def test_long_lived_objects_are_frozen_until_thawed() -> None:
    kept = [[n] for n in range(1000)]  # alive now: the screens of a session, say
    collector.settle_long_lived()
    assert gc.get_freeze_count() >= len(kept)
    collector.thaw()
    assert gc.get_freeze_count() == 0


def test_full_collections_are_held_for_a_rest() -> None:
    before = gc.get_threshold()
    try:
        collector.hold_full_collections()
        assert gc.get_threshold() == (before[0], before[1], collector.FULL_AFTER)
        gc.collect()
        assert not collector.collect_at_rest(), "nothing collected young since: no full collection"
        gc.collect(1)
        assert collector.collect_at_rest()
        assert gc.get_count()[2] == 0
    finally:
        gc.set_threshold(*before)
