"""UUIDv7 keys made on the device (time-ordered, so indexes stay compact)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits.

    Within one millisecond a 12-bit counter keeps keys made on this device in order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # leave room to count up
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def new_id() -> str:
    """A new primary key: a UUIDv7 as its canonical 36-character text."""
    return str(uuid7())


_DERIVED_NAMESPACE = uuid.UUID("5b0f3c9e-6f1d-4c57-9a53-0d1f2a7b8c41")


def derived_id(*parts: str) -> str:
    """A key that every device derives alike from *parts* (a UUIDv5).

    Records that several devices may create independently for the same thing — a workshop session
    generated from the weekly schedule — get the same key everywhere, so synchronisation merges them.
    """
    return str(uuid.uuid5(_DERIVED_NAMESPACE, "\x1f".join(parts)))
