import datetime as dt

import pytest

from vauhdittamo.errors import ValidationError
from vauhdittamo.services.validation import (
    birth_date_from_personal_id,
    normalise_personal_id,
    optional_email,
    parse_date,
)


@pytest.mark.parametrize(
    ("code", "birth"),
    [
        ("131052-308T", dt.date(1952, 10, 13)),
        ("131052Y308T", dt.date(1952, 10, 13)),  # 2023 century signs for the 1900s: Y X W V U
        ("131052U308T", dt.date(1952, 10, 13)),
        ("010594Y9032", dt.date(1994, 5, 1)),  # artificial individual number 903
    ],
)
def test_valid_personal_identity_codes(code: str, birth: dt.date) -> None:
    assert normalise_personal_id(code) == code
    assert birth_date_from_personal_id(code) == birth


def test_2000s_century_signs_a_to_f() -> None:
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("010105901") % 31]
    for sign in "ABCDEF":
        code = f"010105{sign}901{check}"
        assert normalise_personal_id(code) == code
        assert birth_date_from_personal_id(code) == dt.date(2005, 1, 1)


def test_personal_id_is_normalised_to_upper_case() -> None:
    assert normalise_personal_id(" 131052-308t ") == "131052-308T"


def test_wrong_check_character_says_so() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_personal_id("131052-308A")
    assert "check character" in caught.value.message
    assert caught.value.field == "personal_id"


def test_impossible_date_in_personal_id() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_personal_id("310252-308T")
    assert "impossible date" in caught.value.message


def test_garbage_personal_id_explains_the_format() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_personal_id("12345")
    assert "131052-308T" in caught.value.message


@pytest.mark.parametrize(("text", "day"), [("2001-05-31", dt.date(2001, 5, 31)), ("31.5.2001", dt.date(2001, 5, 31)),
                                           ("01.02.1999", dt.date(1999, 2, 1))])
def test_dates_in_iso_and_finnish_form(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31.2.2001", "2001-02-30", "0.1.2000"])
def test_impossible_dates_are_named(text: str) -> None:
    with pytest.raises(ValidationError, match="no such date"):
        parse_date(text, field="birth_date")


def test_unreadable_date_shows_the_format() -> None:
    with pytest.raises(ValidationError, match="31.5.2001"):
        parse_date("May 31st")


def test_email_check() -> None:
    assert optional_email("") == ""
    assert optional_email(" a@b.fi ") == "a@b.fi"
    with pytest.raises(ValidationError):
        optional_email("not-an-address")
