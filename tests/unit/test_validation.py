import datetime as dt

import pytest

from vauhdittamo.errors import ValidationError
from vauhdittamo.services.validation import (
    MSG_CONTROL_CHARACTER,
    MSG_DIRECTION_CHARACTER,
    MSG_NOTHING_VISIBLE,
    MSG_ONE_LINE,
    MSG_REQUIRED,
    birth_date_from_personal_id,
    limited_line,
    limited_text,
    normalise_personal_id,
    optional_email,
    optional_phone,
    parse_date,
    required_line,
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


# --------------------------------------------------------------------------- free text


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("  Aino ", "Aino"),
        ("\u200bAino\u200b", "Aino"),  # zero-width spaces dropped
        ("Ai\u200bno", "Aino"),
        ("\ufeffAino\u2060", "Aino"),  # byte order mark, word joiner
        ("\u200dAino\u200e", "Aino"),  # joiners and direction marks trimmed from the ends
        ("Mahsa\u200cZadeh", "Mahsa\u200cZadeh"),  # a zero-width non-joiner between letters stays
        ("Åsa-Maria O'Brien", "Åsa-Maria O'Brien"),
        ("Ωμέγα 李", "Ωμέγα 李"),
    ],
)
def test_names_are_cleaned_of_invisible_characters(text: str, cleaned: str) -> None:
    assert required_line(text, "first_name", 100) == cleaned


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\u200b\u200b", MSG_REQUIRED),  # only zero-width spaces: nothing left
        ("\u200c\u200d", MSG_REQUIRED),
        ("\n\n", MSG_REQUIRED),
        ("\u0301", MSG_NOTHING_VISIBLE),  # a lone combining accent
        ("\u3164", MSG_NOTHING_VISIBLE),  # a Hangul filler
        ("Aino\x1b[31m", MSG_CONTROL_CHARACTER),  # a terminal escape
        ("Aino\x07", MSG_CONTROL_CHARACTER),  # a bell
        ("Aino\x7f", MSG_CONTROL_CHARACTER),
        ("\u202eoniA", MSG_DIRECTION_CHARACTER),  # right-to-left override
        ("Aino\u2066x\u2069", MSG_DIRECTION_CHARACTER),  # an isolate
        ("Aino\nKorhonen", MSG_ONE_LINE),
        ("Aino\tKorhonen", MSG_ONE_LINE),
        ("Aino\u2028Korhonen", MSG_ONE_LINE),
    ],
)
def test_names_with_control_or_only_invisible_characters_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        required_line(text, "first_name", 100)
    assert caught.value.template == message
    assert caught.value.field == "first_name"


def test_the_refused_character_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        limited_line("Aino\x1b", "village", 100)
    assert "(U+001B)" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        limited_line("\u202eAino", "village", 100)
    assert "(U+202E)" in caught.value.message


def test_multi_line_text_keeps_its_line_breaks_but_not_control_characters() -> None:
    assert limited_text(" First line\nsecond\tline\r\n", "note", 4000) == "First line\nsecond\tline"
    assert limited_text("", "note", 4000) == "" and limited_text(" \u200b ", "note", 4000) == ""
    for bad in ("note\x1b]0;title\x07", "note\u202e"):
        with pytest.raises(ValidationError):
            limited_text(bad, "note", 4000)


def test_email_and_phone_refuse_control_characters() -> None:
    with pytest.raises(ValidationError):
        optional_email("aino\x1b@example.fi")
    with pytest.raises(ValidationError):
        optional_phone("040\x07 123")
    assert optional_email(" \u200baino@example.fi ") == "aino@example.fi"
