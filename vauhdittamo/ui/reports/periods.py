"""The Reports screen's period choice without any window: defaults, stepping and switching kinds, file names.

A choice is a :class:`PeriodKind` with its :class:`Period`; stepping keeps the kind (a month steps by a
month, a range by its own length), switching the kind keeps the day the user was looking at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vauhdittamo.services.reporting.period import Period, PeriodKind

STEPPING_KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR, PeriodKind.RANGE)


@dataclass(frozen=True)
class PeriodChoice:
    kind: PeriodKind
    period: Period

    @property
    def steps(self) -> bool:
        """Whether previous / next mean anything (not for "project to date")."""
        return self.kind in STEPPING_KINDS


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def period_of(kind: PeriodKind, anchor: dt.date) -> Period:
    """The month, quarter or year holding *anchor*."""
    if kind is PeriodKind.MONTH:
        return Period.month(anchor.year, anchor.month)
    if kind is PeriodKind.QUARTER:
        return Period.quarter(anchor.year, quarter_of(anchor))
    if kind is PeriodKind.YEAR:
        return Period.year(anchor.year)
    raise ValueError(f"{kind} is not a calendar period")


def default_choice(today: dt.date) -> PeriodChoice:
    """The current quarter (give *today* in Helsinki time)."""
    return PeriodChoice(PeriodKind.QUARTER, period_of(PeriodKind.QUARTER, today))


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month *months* after *day*'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    return add_months(day, 1) - dt.timedelta(days=1)


def whole_months(period: Period) -> int | None:
    """How many calendar months *period* covers when it starts on a 1st and ends on a month's last day."""
    if period.start.day != 1 or period.end != _month_end(period.end):
        return None
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1


def step(choice: PeriodChoice, direction: int) -> PeriodChoice:
    """The previous (*direction* −1) or next (+1) period of the same kind; "project to date" stays."""
    period = choice.period
    if choice.kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        months = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[choice.kind]
        return PeriodChoice(choice.kind, period_of(choice.kind, add_months(period.start, months * direction)))
    if choice.kind is PeriodKind.RANGE:
        length = whole_months(period)
        if length is not None:  # 1.1.–30.6. steps to 1.7.–31.12., not by 181 days
            start = add_months(period.start, length * direction)
            return PeriodChoice(choice.kind, Period(start, _month_end(add_months(start, length - 1))))
        shift = dt.timedelta(days=period.days * direction)
        return PeriodChoice(choice.kind, Period(period.start + shift, period.end + shift))
    return choice


def project_period(start: dt.date, end: dt.date | None, today: dt.date) -> Period:
    """From the project's start to today, or to its end when it has ended (a future project: its first day)."""
    last = today if end is None else min(today, end)
    return Period(start, max(start, last))


def switch_kind(
    choice: PeriodChoice, kind: PeriodKind, today: dt.date, project_span: tuple[dt.date, dt.date | None] | None = None
) -> PeriodChoice:
    """*kind* around the day the user was looking at (today when the shown period holds it, else its last day).

    *project_span* is the chosen project's start and end (for "project to date"); without one the period
    stays as it is.
    """
    period = choice.period
    if kind is PeriodKind.RANGE:
        return PeriodChoice(kind, period)
    if kind is PeriodKind.PROJECT:
        if project_span is None:
            return PeriodChoice(kind, period)
        return PeriodChoice(kind, project_period(project_span[0], project_span[1], today))
    anchor = max(period.start, min(today, period.end))
    return PeriodChoice(kind, period_of(kind, anchor))


def file_name(choice: PeriodChoice) -> str:
    """The workbook's default name: ``vauhdittamo-raportti-2026-Q4.xlsx`` and the like."""
    period = choice.period
    if choice.kind is PeriodKind.MONTH:
        tail = f"{period.start:%Y-%m}"
    elif choice.kind is PeriodKind.QUARTER:
        tail = f"{period.start.year}-Q{quarter_of(period.start)}"
    elif choice.kind is PeriodKind.YEAR:
        tail = f"{period.start.year}"
    else:
        tail = f"{period.start.isoformat()}_{period.end.isoformat()}"
    return f"vauhdittamo-raportti-{tail}.xlsx"


def month_key(first_day: dt.date) -> str:
    """The figures' key of a month: ``"2026-10"``."""
    return f"{first_day:%Y-%m}"
