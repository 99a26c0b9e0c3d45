"""A hybrid logical clock: wall-clock milliseconds, a counter and the device, as one sortable string.

Every local edit takes :func:`tick`; every pulled edit is :func:`observe`-d, so an edit made after a
pull is always ordered after what was pulled, however wrong this computer's clock is. The last
value lives in the database (``local_setting``), so it survives restarts and clock resets.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from sqlalchemy import text

HLC_KEY = "sync_hlc"
ZERO = ""  # older than every clock
COUNTER_MAX = 0xFFFF  # four hex digits; at the top the clock moves one millisecond on instead of wrapping
CLOCK_PATTERN = r"^[0-9]{13}[0-9a-f]{4}[0-9a-f]{8}$"
HUB_TAG = "00000000"  # the hub's own writes (an erasure enforced, free text blanked)


def wall_ms() -> int:
    """This computer's clock in milliseconds (tests replace it to move the clock)."""
    return time.time_ns() // 1_000_000


def device_tag(device_id: str) -> str:
    """Eight hex digits standing for the device inside a clock value."""
    return hashlib.sha256(device_id.encode()).hexdigest()[:8]


def encode(ms: int, counter: int, tag: str) -> str:
    return f"{ms:013d}{counter:04x}{tag}"


def _after(ms: int, counter: int, tag: str) -> str:
    """The clock right after (*ms*, *counter*): the counter never wraps, the milliseconds move on instead."""
    if counter >= COUNTER_MAX:
        return encode(ms + 1, 0, tag)
    return encode(ms, counter + 1, tag)


def decode(value: str) -> tuple[int, int, str]:
    return int(value[:13]), int(value[13:17], 16), value[17:]


def same_device(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a[17:] == b[17:]


def _read(conn: Any) -> str:
    row = conn.execute(text("SELECT value FROM local_setting WHERE key = :k"), {"k": HLC_KEY}).first()
    return str(row[0]) if row and row[0] else ZERO


def _write(conn: Any, value: str) -> None:
    conn.execute(
        text("INSERT INTO local_setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v"),
        {"k": HLC_KEY, "v": value},
    )


def tick(conn: Any, device_id: str) -> str:
    """A new clock value for a local edit, later than every value this database has seen."""
    last = _read(conn)
    now = wall_ms()
    if last:
        ms, counter, _tag = decode(last)
        value = encode(now, 0, device_tag(device_id)) if now > ms else _after(ms, counter, device_tag(device_id))
    else:
        value = encode(now, 0, device_tag(device_id))
    _write(conn, value)
    return value


def observe(conn: Any, device_id: str, remote: str) -> None:
    """Move the clock past *remote*, a value seen in pulled changes."""
    if not remote:
        return
    last = _read(conn)
    if not last or remote[:17] > last[:17]:
        ms, counter, _tag = decode(remote)
        _write(conn, encode(ms, counter, device_tag(device_id)))
