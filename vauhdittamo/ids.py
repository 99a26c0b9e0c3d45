"""UUIDv7 keys made on the device (time-ordered, so indexes stay compact)."""

from __future__ import annotations

import os
import struct
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _next_stamp() -> tuple[int, int]:
    """The millisecond and counter of the next key (the caller holds ``_lock``)."""
    global _last_ms, _counter
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
    return ms, _counter


def _value(ms: int, counter: int, rand_b: int) -> int:
    return (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b & ((1 << 62) - 1)


def uuid7() -> uuid.UUID:
    """A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then random bits.

    Within one millisecond a 12-bit counter keeps keys made on this device in order.
    """
    with _lock:
        ms, counter = _next_stamp()
    return uuid.UUID(int=_value(ms, counter, int.from_bytes(os.urandom(8), "big")))


def new_id() -> str:
    """A new primary key: a UUIDv7 as its canonical 36-character text."""
    return str(uuid7())


def new_ids(count: int) -> list[str]:
    """*count* new primary keys, as *count* calls of :func:`new_id` would make them, in a third of the time
    (for bulk inserts: an import makes two for each of 50,000 clients)."""
    with _lock:
        stamps = [_next_stamp() for _ in range(count)]
    randoms = struct.unpack(f">{count}Q", os.urandom(8 * count))
    keys = []
    for (ms, counter), rand_b in zip(stamps, randoms, strict=True):
        time_hex = f"{ms & ((1 << 48) - 1):012x}"
        rand_hex = f"{0b10 << 62 | rand_b & ((1 << 62) - 1):016x}"
        keys.append(f"{time_hex[:8]}-{time_hex[8:]}-7{counter:03x}-{rand_hex[:4]}-{rand_hex[4:]}")
    return keys


_DERIVED_NAMESPACE = uuid.UUID("5b0f3c9e-6f1d-4c57-9a53-0d1f2a7b8c41")


def derived_id(*parts: str) -> str:
    """A key that every device derives alike from *parts* (a UUIDv5).

    Records that several devices may create independently for the same thing — a workshop session
    generated from the weekly schedule — get the same key everywhere, so synchronisation merges them.
    """
    return str(uuid.uuid5(_DERIVED_NAMESPACE, "\x1f".join(parts)))
