"""The Reports screen's period choice without a window: the default, stepping, switching kinds, file names."""

from __future__ import annotations

import datetime as dt

import pytest

from vauhdittamo.services.reporting.period import Period, PeriodKind
from vauhdittamo.ui.reports.periods import (
    PeriodChoice,
    default_choice,
    file_name,
    project_period,
    step,
    switch_kind,
    whole_months,
)

TODAY = dt.date(2026, 11, 24)


def test_the_default_is_the_current_quarter() -> None:
    quarter = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert default_choice(TODAY) == PeriodChoice(PeriodKind.QUARTER, quarter)
    assert default_choice(dt.date(2027, 1, 1)).period == Period.quarter(2027, 1)


@pytest.mark.parametrize(
    ("choice", "direction", "expected"),
    [
        (PeriodChoice(PeriodKind.MONTH, Period.month(2026, 1)), -1, Period.month(2025, 12)),
        (PeriodChoice(PeriodKind.MONTH, Period.month(2026, 12)), 1, Period.month(2027, 1)),
        (PeriodChoice(PeriodKind.MONTH, Period.month(2024, 3)), -1, Period.month(2024, 2)),  # a leap February
        (PeriodChoice(PeriodKind.QUARTER, Period.quarter(2026, 1)), -1, Period.quarter(2025, 4)),
        (PeriodChoice(PeriodKind.QUARTER, Period.quarter(2026, 4)), 1, Period.quarter(2027, 1)),
        (PeriodChoice(PeriodKind.YEAR, Period.year(2026)), -1, Period.year(2025)),
        # A range of whole months steps by months; any other by its own length in days.
        (PeriodChoice(PeriodKind.RANGE, Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))), 1,
         Period(dt.date(2026, 7, 1), dt.date(2026, 12, 31))),
        (PeriodChoice(PeriodKind.RANGE, Period(dt.date(2026, 3, 1), dt.date(2026, 4, 30))), -1,
         Period(dt.date(2026, 1, 1), dt.date(2026, 2, 28))),
        (PeriodChoice(PeriodKind.RANGE, Period(dt.date(2026, 11, 10), dt.date(2026, 11, 16))), 1,
         Period(dt.date(2026, 11, 17), dt.date(2026, 11, 23))),
    ],
)
def test_stepping_keeps_the_kind(choice: PeriodChoice, direction: int, expected: Period) -> None:
    stepped = step(choice, direction)
    assert stepped == PeriodChoice(choice.kind, expected)
    assert step(stepped, -direction) == choice


def test_project_to_date_does_not_step() -> None:
    choice = PeriodChoice(PeriodKind.PROJECT, Period(dt.date(2025, 3, 1), TODAY))
    assert not choice.steps
    assert step(choice, 1) == choice


def test_whole_months() -> None:
    assert whole_months(Period.quarter(2026, 2)) == 3
    assert whole_months(Period(dt.date(2025, 12, 1), dt.date(2026, 1, 31))) == 2
    assert whole_months(Period(dt.date(2026, 1, 2), dt.date(2026, 1, 31))) is None
    assert whole_months(Period(dt.date(2026, 1, 1), dt.date(2026, 1, 30))) is None


def test_switching_kinds_keeps_the_day_in_view() -> None:
    current = default_choice(TODAY)  # Q4 2026 holds today
    assert switch_kind(current, PeriodKind.MONTH, TODAY).period == Period.month(2026, 11)
    assert switch_kind(current, PeriodKind.YEAR, TODAY).period == Period.year(2026)
    earlier = PeriodChoice(PeriodKind.QUARTER, Period.quarter(2025, 2))  # a past quarter: its last month
    assert switch_kind(earlier, PeriodKind.MONTH, TODAY).period == Period.month(2025, 6)
    assert switch_kind(earlier, PeriodKind.RANGE, TODAY) == PeriodChoice(PeriodKind.RANGE, earlier.period)
    # Project to date: from the project's start to today, or to its end when it has ended.
    started = (dt.date(2024, 9, 1), None)
    assert switch_kind(current, PeriodKind.PROJECT, TODAY, started).period == Period(dt.date(2024, 9, 1), TODAY)
    ended = (dt.date(2023, 1, 1), dt.date(2025, 12, 31))
    assert switch_kind(current, PeriodKind.PROJECT, TODAY, ended).period == Period(ended[0], dt.date(2025, 12, 31))
    assert switch_kind(current, PeriodKind.PROJECT, TODAY, None).period == current.period
    assert project_period(dt.date(2027, 1, 1), None, TODAY) == Period(dt.date(2027, 1, 1), dt.date(2027, 1, 1))


def test_default_file_names() -> None:
    assert file_name(default_choice(TODAY)) == "vauhdittamo-raportti-2026-Q4.xlsx"
    assert file_name(PeriodChoice(PeriodKind.MONTH, Period.month(2026, 3))) == "vauhdittamo-raportti-2026-03.xlsx"
    assert file_name(PeriodChoice(PeriodKind.YEAR, Period.year(2025))) == "vauhdittamo-raportti-2025.xlsx"
    ranged = PeriodChoice(PeriodKind.RANGE, Period(dt.date(2026, 1, 5), dt.date(2026, 2, 1)))
    assert file_name(ranged) == "vauhdittamo-raportti-2026-01-05_2026-02-01.xlsx"
