"""Time helpers: everything is stored in UTC and shown in Europe/Helsinki."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def utcnow() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def to_local(value: dt.datetime) -> dt.datetime:
    """A stored UTC time in Helsinki time (naive values are taken to be UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(HELSINKI)


def local_today() -> dt.date:
    """Today's date in Helsinki."""
    return dt.datetime.now(HELSINKI).date()


def local_day_bounds_utc(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which a Helsinki calendar day starts and ends."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=HELSINKI)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def format_local(value: dt.datetime | None, with_time: bool = True) -> str:
    """A stored time as Finnish-style text in Helsinki time (``24.11.2026 klo 9.05`` style digits)."""
    if value is None:
        return ""
    local = to_local(value)
    day = f"{local.day}.{local.month}.{local.year}"
    return f"{day} {local.hour}.{local.minute:02d}" if with_time else day


def format_date(value: dt.date | None) -> str:
    """A date as Finnish short form, ``31.5.2001``."""
    return "" if value is None else f"{value.day}.{value.month}.{value.year}"


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Full years of age on *day*."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
