"""ISO 8601 weeks as coordinators type them (2026-W47), including week 53 and the turn of the year."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vauhdittamo.errors import ValidationError
from vauhdittamo.services.isoweek import IsoWeek, week_range, weeks_in_year


@pytest.mark.parametrize("text", ["2026-W47", "2026-w47", " 2026-W47 ", "2026-W47\n"])
def test_parse_accepts_upper_and_lower_case(text: str) -> None:
    week = IsoWeek.parse(text)
    assert (week.year, week.week) == (2026, 47)
    assert str(week) == "2026-W47"


def test_single_digit_week_is_written_with_two() -> None:
    assert str(IsoWeek.parse("2027-W1")) == "2027-W01"


@pytest.mark.parametrize(
    "text", ["last", "2026-47", "2026W47", "26-W47", "2026-W", "2026-W470", "", "W47", "2026-W4 7", "２０２６-W47"]
)
def test_parse_rejects_other_forms_and_says_what_is_expected(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        IsoWeek.parse(text)
    assert info.value.field == "week"
    assert "2026-W47" in info.value.message


@pytest.mark.parametrize(("text", "weeks"), [("2026-W54", 53), ("2025-W53", 52), ("2026-W00", 53), ("2027-W53", 52)])
def test_week_out_of_range_says_how_many_weeks_the_year_has(text: str, weeks: int) -> None:
    with pytest.raises(ValidationError) as info:
        IsoWeek.parse(text)
    assert info.value.field == "week"
    assert f"weeks 1 to {weeks}" in info.value.message
    assert text[:4] in info.value.message


def test_constructing_an_impossible_week_fails_too() -> None:
    with pytest.raises(ValidationError):
        IsoWeek(2025, 53)
    with pytest.raises(ValidationError):
        IsoWeek(0, 1)


@pytest.mark.parametrize(
    ("year", "weeks"), [(2015, 53), (2020, 53), (2021, 52), (2025, 52), (2026, 53), (2027, 52), (2032, 53), (2037, 53)]
)
def test_weeks_in_year(year: int, weeks: int) -> None:
    assert weeks_in_year(year) == weeks


def test_week_53_of_2026_runs_into_2027() -> None:
    week = IsoWeek.parse("2026-W53")
    assert week.monday == dt.date(2026, 12, 28)
    assert week.sunday == dt.date(2027, 1, 3)
    assert week.days() == tuple(dt.date(2026, 12, 28) + dt.timedelta(days=n) for n in range(7))
    assert IsoWeek.containing(dt.date(2026, 12, 31)) == week
    assert IsoWeek.containing(dt.date(2027, 1, 3)) == week
    assert IsoWeek.containing(dt.date(2027, 1, 4)) == IsoWeek(2027, 1)
    assert dt.date(2027, 1, 2) in week and dt.date(2027, 1, 4) not in week


def test_first_week_can_start_in_the_previous_year() -> None:
    week = IsoWeek(2026, 1)
    assert week.monday == dt.date(2025, 12, 29)
    assert IsoWeek.containing(dt.date(2025, 12, 29)) == week
    assert IsoWeek.containing(dt.date(2025, 12, 28)) == IsoWeek(2025, 52)


def test_previous_and_next_cross_the_year() -> None:
    assert IsoWeek(2026, 53).next() == IsoWeek(2027, 1)
    assert IsoWeek(2027, 1).previous() == IsoWeek(2026, 53)
    assert IsoWeek(2026, 1).previous() == IsoWeek(2025, 52)
    assert IsoWeek(2025, 52).next() == IsoWeek(2026, 1)
    assert IsoWeek(2026, 47).next() == IsoWeek(2026, 48)


def test_weeks_are_ordered_and_ranges_include_both_ends() -> None:
    assert IsoWeek(2026, 53) < IsoWeek(2027, 1) < IsoWeek(2027, 2)
    assert [str(w) for w in week_range(IsoWeek(2026, 52), IsoWeek(2027, 1))] == ["2026-W52", "2026-W53", "2027-W01"]
    assert list(week_range(IsoWeek(2027, 1), IsoWeek(2026, 52))) == []
    assert len(list(week_range(IsoWeek(2026, 1), IsoWeek(2026, 53)))) == 53


def test_datetimes_are_not_days_of_a_week() -> None:
    assert dt.datetime(2026, 11, 18, 12) not in IsoWeek(2026, 47)
    assert dt.date(2026, 11, 18) in IsoWeek(2026, 47)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_every_date_lies_in_its_week(day: dt.date) -> None:
    week = IsoWeek.containing(day)
    assert week.monday <= day <= week.sunday
    assert week.monday.weekday() == 0 and (week.sunday - week.monday).days == 6
    assert IsoWeek.parse(str(week)) == week
    assert week.next().monday == week.monday + dt.timedelta(days=7)
    assert week.previous().monday == week.monday - dt.timedelta(days=7)
