"""ISO 8601 weeks of Helsinki calendar dates (``2026-W47``): Monday to Sunday, week 1 holds 4 January."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.timeutil import local_today

MSG_WEEK_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "Give the week as a year and an ISO week number, for example 2026-W47 (not {value})."
)
MSG_WEEK_RANGE = QT_TRANSLATE_NOOP(
    "errors", "There is no week {week} in {year}: {year} has weeks 1 to {weeks} (ISO 8601)."
)

_WEEK = re.compile(r"^\s*(\d{4})-[Ww](\d{1,2})\s*$", re.ASCII)
# A margin of a year at both ends of what datetime holds, so that every week's days and neighbours exist.
MIN_YEAR = dt.MINYEAR + 1
MAX_YEAR = dt.MAXYEAR - 1


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December, which always lies in the year's last week."""
    return dt.date(year, 12, 28).isocalendar().week


@dataclass(frozen=True, order=True)
class IsoWeek:
    """One ISO week; ordered by year, then week. Invalid numbers raise :class:`ValidationError`."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(MSG_WEEK_FORMAT, field="week", value=f"{self.year:04d}-W{self.week:02d}")
        weeks = weeks_in_year(self.year)
        if not 1 <= self.week <= weeks:
            raise ValidationError(MSG_WEEK_RANGE, field="week", year=self.year, week=self.week, weeks=weeks)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """``2026-W47`` or ``2026-w47`` (also ``2026-W7``); anything else raises :class:`ValidationError`."""
        match = _WEEK.match(text)
        if not match:
            raise ValidationError(MSG_WEEK_FORMAT, field="week", value=text.strip() or '""')
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: dt.date) -> IsoWeek:
        """The week of a (Helsinki) calendar date."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def current(cls) -> IsoWeek:
        """This week in Helsinki."""
        return cls.containing(local_today())

    @property
    def monday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 7)

    def days(self) -> tuple[dt.date, ...]:
        """Monday to Sunday."""
        monday = self.monday
        return tuple(monday + dt.timedelta(days=n) for n in range(7))

    def previous(self) -> IsoWeek:
        return IsoWeek.containing(self.monday - dt.timedelta(days=7))

    def next(self) -> IsoWeek:
        return IsoWeek.containing(self.monday + dt.timedelta(days=7))

    def __contains__(self, day: object) -> bool:
        """A calendar date (not a datetime) of this week."""
        return isinstance(day, dt.date) and not isinstance(day, dt.datetime) and self.monday <= day <= self.sunday

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def week_range(first: IsoWeek, last: IsoWeek) -> Iterator[IsoWeek]:
    """Every week from *first* to *last*, both included (nothing when *last* is before *first*)."""
    week = first
    while week <= last:
        yield week
        if week == last:
            return
        week = week.next()
