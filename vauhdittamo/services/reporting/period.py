"""A report's period and filters, validated where they enter (the screen, the command line)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError

MSG_PERIOD_ORDER = QT_TRANSLATE_NOOP(
    "errors", "The period cannot end ({end}) before it starts ({start}). Swap the dates."
)
MSG_PERIOD_LONG = QT_TRANSLATE_NOOP("errors", "A report covers at most {years} years. Choose a shorter period.")
MSG_DATE_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "Give the date as year-month-day, for example 2026-10-01 (not {value})."
)

MAX_YEARS = 20


class PeriodKind(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    PROJECT = "project"  # project to date
    RANGE = "range"  # any range


@dataclass(frozen=True)
class Period:
    """Calendar days *start* … *end*, both included (Helsinki dates)."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(MSG_PERIOD_ORDER, field="end", start=self.start.isoformat(), end=self.end.isoformat())
        if (self.end - self.start).days > MAX_YEARS * 366:
            raise ValidationError(MSG_PERIOD_LONG, field="start", years=MAX_YEARS)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, following - dt.timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first_month = 3 * (quarter - 1) + 1
        return cls(cls.month(year, first_month).start, cls.month(year, first_month + 2).end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """From ``YYYY-MM-DD`` texts (the command line); bad input raises :class:`ValidationError`."""
        return cls(parse_day(start, "start"), parse_day(end, "end"))

    def months(self) -> list[dt.date]:
        """The first day of every calendar month the period touches, in order."""
        result = []
        current = self.start.replace(day=1)
        while current <= self.end:
            result.append(current)
            current = dt.date(current.year + (current.month == 12), current.month % 12 + 1, 1)
        return result

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def parse_day(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(MSG_DATE_FORMAT, field=field, value=text.strip()[:40] or '""') from None


@dataclass(frozen=True)
class ReportFilters:
    """Whose work a report covers; ``None`` is everyone.

    Any filter but *workshop_id* narrows to clients: anonymous visits and head counts are then left out
    (they have no municipality, coach or project). *workshop_id* narrows attendance to that workshop's
    sessions (its anonymous head counts included) and everything else to the clients marked present in it
    during the period.
    """

    project_id: str | None = None
    municipality: str | None = None
    village: str | None = None
    workshop_id: str | None = None
    coach_id: str | None = None

    @property
    def narrows_clients(self) -> bool:
        return any((self.project_id, self.municipality, self.village, self.coach_id))

    @property
    def is_empty(self) -> bool:
        return not (self.narrows_clients or self.workshop_id)
