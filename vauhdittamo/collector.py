"""Python's cycle collector, kept from stalling the desk.

A collection runs in whichever thread happens to allocate, and holds the interpreter lock while it
walks the objects of the generation it collects: a full collection over a few hundred thousand objects
takes 50-100 ms on a laptop, and the UI thread waits that long for its next paint or key. Two measures
keep the walks short:

- :func:`paused` — bulk work in the background (an import, the duplicate search over every client)
  runs with the collector off: reference counting still frees what it drops, and the collector runs
  again when the last pause ends;
- :func:`settle_long_lived` — once the main window and its screens are built, what is alive then
  (modules, the screens' widgets) is collected once and frozen, so that later collections skip it;
  :func:`thaw` undoes that when the session's window is given up (sign-out);
- :func:`hold_full_collections` — the desktop app keeps the young generations' quick collections but
  makes the full ones itself, while nobody is typing (:func:`collect_at_rest`); a full collection
  would otherwise come at whatever moment the objects add up, in the middle of a screen's loading.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
_pauses = 0
_enable_after = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off while the block runs (in any thread); on again when the last pause ends, if it was on."""
    global _pauses, _enable_after
    with _lock:
        if _pauses == 0:
            _enable_after = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enable_after:
                gc.enable()


def pausing(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """*function* run with the collector :func:`paused`."""

    @functools.wraps(function)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with paused():
            return function(*args, **kwargs)

    return run


def settle_long_lived() -> None:
    """Collect once, then leave every object alive now out of later collections (they still free by refcount)."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let the collector look at the frozen objects again (what :func:`settle_long_lived` left out)."""
    gc.unfreeze()


FULL_AFTER = 1000
"""With :func:`hold_full_collections`, Python itself makes a full collection only after this many collections
of the middle generation (Python's default: 10): about seven million objects made without a rest."""


def hold_full_collections() -> None:
    """Full collections left to :func:`collect_at_rest` (Python still makes one after :data:`FULL_AFTER`)."""
    first, second, _third = gc.get_threshold()
    gc.set_threshold(first, second, FULL_AFTER)


def collect_at_rest() -> bool:
    """A full collection, if anything was collected young since the last one (``True`` when one was made)."""
    if gc.get_count()[2] == 0:
        return False
    gc.collect()
    return True
