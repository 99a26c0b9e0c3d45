"""The near-duplicate rules on realistic Finnish names: what is one person, what is two, and why in words."""

from __future__ import annotations

import datetime as dt

import pytest

from vauhdittamo.services.duplicates import Reason, Tier, compare, mask_personal_id, person, reason_text
from vauhdittamo.services.duplicates.keys import name_words, phone_key
from vauhdittamo.services.duplicates.matching import PREFILTER, prefilter_score
from vauhdittamo.services.duplicates.pairs import matching_pairs

BORN = dt.date(1988, 6, 24)
OTHER_DAY = dt.date(1988, 6, 25)
HETU = "240688-9312"  # artificial individual number (900–999), valid check character
OTHER_HETU = "240688-921R"

Record = tuple[str, str, dt.date | None]

# (record, other record, expected tier, expected reasons)
ALIKE: list[tuple[Record, Record, Tier, tuple[Reason, ...]]] = [
    (
        ("Matti", "Virtane", BORN),
        ("Matti", "Virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER),
    ),
    (
        ("Mati", "Virtanen", BORN),
        ("Matti", "Virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER),
    ),
    (
        ("Matit", "Virtanen", BORN),
        ("Matti", "Virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.TRANSPOSED),
    ),
    (
        ("Virtanen", "Matti", BORN),
        ("Matti", "Virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.SWAPPED),
    ),
    (
        ("Anna", "Korhonen-Virtanen", BORN),
        ("Anna", "Korhonen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.DOUBLE_SURNAME),
    ),
    (
        ("Anna", "Korhonen Virtanen", BORN),
        ("Anna", "Virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.DOUBLE_SURNAME),
    ),
    (
        ("Anna Maria", "Korhonen", BORN),
        ("Anna", "Korhonen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.MORE_FIRST_NAMES),
    ),
    (
        ("Aino", "Hämäläinen", BORN),
        ("Aino", "Hamalainen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.ACCENTS),
    ),
    (
        ("Björn", "Söderström", BORN),
        ("Bjorn", "Soderstrom", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.ACCENTS),
    ),
    (("Åsa", "Åberg", BORN), ("ASA", "ABERG", BORN), Tier.BIRTH_DATE_STRONG, (Reason.SAME_BIRTH_DATE, Reason.ACCENTS)),
    (
        ("Juha", "Virtanen", BORN),
        ("JUHA", "virtanen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME),
    ),
    (
        ("Matti", "Virtanen", BORN),
        ("Mattias", "Virtanen", BORN),
        Tier.BIRTH_DATE_SIMILAR,
        (Reason.SAME_BIRTH_DATE, Reason.SIMILAR_NAME),
    ),
    (
        ("Johanna", "Mäkelä", BORN),
        ("Hanna", "Mäkelä", BORN),
        Tier.BIRTH_DATE_SIMILAR,
        (Reason.SAME_BIRTH_DATE, Reason.SIMILAR_NAME),
    ),
    (
        ("Kärkkäinen", "Mati", BORN),
        ("Matti", "Karkkainen", BORN),
        Tier.BIRTH_DATE_STRONG,
        (Reason.SAME_BIRTH_DATE, Reason.SWAPPED, Reason.ONE_LETTER),
    ),
    (
        ("Kärkkäinen", "Matti", BORN),
        ("Mattias", "Karkkainen", BORN),
        Tier.BIRTH_DATE_SIMILAR,
        (Reason.SAME_BIRTH_DATE, Reason.SWAPPED, Reason.SIMILAR_NAME),
    ),
    (
        ("Ana", "Korhonen-Virtanen", BORN),
        ("Anna", "Virtane", BORN),
        Tier.BIRTH_DATE_SIMILAR,
        (Reason.SAME_BIRTH_DATE, Reason.SIMILAR_NAME),
    ),
]

# (record, other record, why they are two people)
APART: list[tuple[Record, Record, str]] = [
    (("Anna", "Korhonen", None), ("Anna", "Virtanen", None), "a common first name alone"),
    (("Anna", "Korhonen", BORN), ("Anna", "Virtanen", OTHER_DAY), "a common first name, birth dates differ"),
    (("Anna", "Korhonen", BORN), ("Anna", "Virtanen", BORN), "the same birth date, another surname"),
    (("Matti", "Virtanen", BORN), ("Matti", "Virtanen", OTHER_DAY), "namesakes born on other days"),
    (("Jari", "Virtanen", BORN), ("Kari", "Virtanen", BORN), "twins named alike"),
    (("Sanna", "Mäkinen", BORN), ("Hanna", "Mäkinen", BORN), "twins named alike"),
    (("Jukka", "Virtanen", BORN), ("Jouko", "Virtanen", BORN), "brothers"),
    (("Mika", "Virtanen", BORN), ("Mikko", "Virtanen", BORN), "brothers"),
    (("Anna", "Niemi", BORN), ("Anna", "Nieminen", BORN), "two surnames of their own"),
    (("Aino", "Mäkelä", BORN), ("Aino", "Mäkinen", BORN), "two surnames of their own"),
    (("Matti", "Virtane", None), ("Matti", "Virtanen", None), "a name alone, no birth date, nothing shared"),
]


def _person(record: Record, client_id: str = "", **extra: str) -> object:
    first, last, born = record
    return person(client_id, first, last, born, **extra)


@pytest.mark.parametrize(("one", "other", "tier", "reasons"), ALIKE)
def test_one_person_written_two_ways_is_found_with_its_reason(
    one: Record, other: Record, tier: Tier, reasons: tuple[Reason, ...]
) -> None:
    for a, b in ((one, other), (other, one)):
        match = compare(person("a", *a), person("b", *b))
        assert match is not None, (a, b)
        assert (match.tier, match.reasons) == (tier, reasons)
        assert match.listed
        # The cheap first pass of the lists never drops a pair the rules take.
        assert prefilter_score(person("a", *a), person("b", *b)) >= PREFILTER


@pytest.mark.parametrize(("one", "other", "why"), APART)
def test_two_people_are_not_taken_for_one(one: Record, other: Record, why: str) -> None:
    match = compare(person("a", *one), person("b", *other))
    assert match is None or not match.listed, why


def test_the_same_identity_code_matches_whatever_the_names() -> None:
    match = compare(
        person("a", "Pekka", "Järvinen", personal_id=HETU), person("b", "Liisa", "Korhonen", personal_id=HETU.lower())
    )
    assert match is not None
    assert (match.tier, match.score, match.reasons) == (Tier.SAME_ID, 100, (Reason.SAME_ID, Reason.DIFFERENT_NAME))
    typo = compare(
        person("a", "Jari", "Nevalainen", personal_id=HETU), person("b", "Jarri", "Nevalainen", personal_id=HETU)
    )
    assert typo is not None and typo.reasons == (Reason.SAME_ID, Reason.ONE_LETTER)


def test_two_different_identity_codes_are_two_people_even_with_one_name_and_birth_date() -> None:
    assert (
        compare(person("a", "Matti", "Virtanen", BORN, HETU), person("b", "Matti", "Virtanen", BORN, OTHER_HETU))
        is None
    )


def test_without_a_birth_date_a_strong_name_needs_the_same_phone_or_email() -> None:
    plain = compare(person("a", "Matti", "Virtane"), person("b", "Matti", "Virtanen", BORN))
    assert plain is not None and plain.tier is Tier.NAME_ONLY and not plain.listed
    assert plain.reasons == (Reason.ONE_LETTER, Reason.NO_BIRTH_DATE)
    phone = compare(
        person("a", "Matti", "Virtane", phone="+358 40 123 4567"),
        person("b", "Matti", "Virtanen", BORN, phone="040-1234567"),
    )
    assert phone is not None and phone.listed and phone.tier is Tier.CONTACT
    assert phone.reasons == (Reason.ONE_LETTER, Reason.SAME_PHONE)
    email = compare(
        person("a", "Virtanen", "Matti", email=" Matti.Virtanen@Example.fi"),
        person("b", "Matti", "Virtanen", email="matti.virtanen@example.fi"),
    )
    assert email is not None and email.reasons == (Reason.SWAPPED, Reason.SAME_EMAIL)
    # A similar name (not strongly alike) with the same phone is a family's shared phone, not one person.
    assert (
        compare(
            person("a", "Mattias", "Virtanen", phone="0401234567"), person("b", "Matti", "Virtanen", phone="0401234567")
        )
        is None
    )


def test_reasons_read_as_plain_words_and_are_translated() -> None:
    match = compare(person("a", "Matti", "Virtane", BORN), person("b", "Matti", "Virtanen", BORN))
    assert match is not None
    assert match.text() == "Same birth date, name one letter off"
    finnish = {"same birth date": "sama syntymäaika", "name one letter off": "nimessä yksi kirjain eri"}
    assert reason_text(match.reasons, lambda context, text: finnish[text] if context == "duplicates" else text) == (
        "Sama syntymäaika, nimessä yksi kirjain eri"
    )
    swapped = compare(person("a", "Virtanen", "Matti", BORN), person("b", "Matti", "Virtanen", BORN))
    assert swapped is not None and swapped.text() == "Same birth date, first and last name swapped"


def test_scores_follow_the_names() -> None:
    def score(a: Record, b: Record) -> int:
        match = compare(person("a", *a), person("b", *b))
        assert match is not None
        return match.score

    assert score(("Aino", "Hämäläinen", BORN), ("Aino", "Hamalainen", BORN)) == 100
    assert score(("Virtanen", "Matti", BORN), ("Matti", "Virtanen", BORN)) == 100
    assert 90 <= score(("Matti", "Virtane", BORN), ("Matti", "Virtanen", BORN)) < 100
    assert score(("Matti", "Virtanen", BORN), ("Mattias", "Virtanen", BORN)) < score(
        ("Matti", "Virtane", BORN), ("Matti", "Virtanen", BORN)
    )


def test_names_fold_into_words() -> None:
    assert name_words("Korhonen-Virtanen") == ("korhonen", "virtanen")
    assert name_words("  Anna  Maria ") == ("anna", "maria")
    assert name_words("Hämäläinen") == ("hamalainen",)
    assert name_words("Söderström–Åberg") == ("soderstrom", "aberg")
    assert name_words("O'Brien") == ("obrien",)


def test_phone_numbers_and_identity_codes_as_compared_and_shown() -> None:
    assert phone_key("+358 40 123 4567") == phone_key("040 123 4567") == phone_key("00358401234567") == "0401234567"
    assert phone_key("123") == ""
    assert mask_personal_id("010190-123X") == "010190-***X"
    assert mask_personal_id(None) == mask_personal_id("") == ""


def test_the_list_compares_records_that_share_a_birth_date_code_phone_or_email() -> None:
    people = [
        person("1", "Matti", "Virtanen", BORN),
        person("2", "Matti", "Virtane", BORN),  # 1: one letter off
        person("3", "Matti", "Virtanen", OTHER_DAY),  # a namesake
        person("4", "Liisa", "Korhonen", personal_id=HETU),
        person("5", "Lisa", "Korhonen-Aho", personal_id=HETU),  # 4: the same code
        person("6", "Aino", "Hämäläinen", phone="040 555 1234"),
        person("7", "Aino", "Hamalainen", phone="0405551234"),  # 6: ä typed as a, the same phone
        person("8", "Aino", "Hamalainen"),  # no birth date, nothing shared: not listed
        person("9", "Kari", "Virtanen", BORN),  # 1 and 2: a twin
    ]
    found = {(people[i].id, people[j].id): m.reasons for i, j, m in matching_pairs(people)}
    assert found == {
        ("1", "2"): (Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER),
        ("4", "5"): (Reason.SAME_ID, Reason.SIMILAR_NAME, Reason.DOUBLE_SURNAME),
        ("6", "7"): (Reason.ACCENTS, Reason.SAME_PHONE),
    }


def test_the_list_can_be_cancelled() -> None:
    class Stop(Exception):
        pass

    def cancel() -> None:
        raise Stop

    with pytest.raises(Stop):
        matching_pairs([person("1", "A", "B", BORN), person("2", "A", "B", BORN)], cancel)
