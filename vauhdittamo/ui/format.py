"""Showing values the Finnish way (Helsinki time, d.m.yyyy, h.mm)."""

from __future__ import annotations

import datetime as dt

from vauhdittamo.timeutil import format_date, to_local

__all__ = ["format_date", "format_local_time", "format_time"]


def format_time(value: dt.time | None) -> str:
    return "" if value is None else f"{value.hour}.{value.minute:02d}"


def format_local_time(value: dt.datetime) -> str:
    """A stored UTC instant as Helsinki wall-clock time, ``9.05``."""
    local = to_local(value)
    return f"{local.hour}.{local.minute:02d}"

