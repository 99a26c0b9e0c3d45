"""Whether two client records may be one person, why (in plain words) and how alike their names are.

The rules, the first that applies deciding:

1. **The same identity code**: a possible duplicate, whatever the names say.
2. **Two different identity codes**: two people, never a duplicate.
3. **Both birth dates known**: a different birth date is another person (a mistyped birth date is not
   looked for: it would list every namesake born the same month). The same birth date with names alike
   (strongly or similar, see below) is a possible duplicate.
4. **A birth date missing on either side**: the names must be strongly alike, and the records must share
   a phone number or an email address. Strongly alike names alone are only a *hint* shown while a new
   client is typed in (staff ask the person in front of them); the coordinator's list leaves such pairs
   out, as a name alone is shared by too many people (at 50,000 clients, every common Finnish name is).

So a common first name with another surname never matches, nor do namesakes with two different birth dates.

**Names** are compared part by part (first names with first names, last names with last names, and also
crosswise, for a first and last name swapped), on folded words (å, ä → a, ö → o; see :mod:`.keys`):

* *equal* (the same words, in any order);
* *part*: one holds every word of the other and more — a double surname (Korhonen-Virtanen / Korhonen) or
  several first names (Anna Maria / Anna);
* *one letter off*: one letter added, left out or changed (Virtane / Virtanen, Mati / Matti), or two
  neighbouring letters the wrong way round (Matit / Matti) — Levenshtein and OSA distance 1;
* *similar*: ``fuzz.ratio`` of at least :data:`SIMILAR_PART` (80: about one letter in five may differ —
  Matti / Mattias 83, Johanna / Hanna 83 — while two names of different people stay below — Niemi /
  Nieminen 77, Mika / Mikko 67, Jukka / Jouko 60), or each word of a double name one letter off a word of
  the other;
* otherwise *different*. First names that differ only in their first letter (Jari / Kari, Sanna / Hanna)
  are different: siblings, twins among them, are often named so.

The names are **strongly alike** when one part is equal and the other equal, a part, or one letter off
(or both equal with å/ä/ö written differently); **similar** when both parts are at least similar. The
**score** shown is ``fuzz.token_sort_ratio`` of the two folded full names (100: the same words), or 100
for the same identity code.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.services.duplicates.keys import Person, letters

SIMILAR_PART = 80  # fuzz.ratio of two name parts called similar (see the module's docstring)
# The cheap first pass over a block of records (rapidfuzz.process, in C): fuzz.token_set_ratio below this
# never passes the rules above (the least alike pair they take, two parts each barely similar, scores 60).
PREFILTER = 50

TRANSLATION_CONTEXT = "duplicates"


class Reason(enum.StrEnum):
    SAME_ID = "same_id"
    SAME_BIRTH_DATE = "same_birth_date"
    SAME_PHONE = "same_phone"
    SAME_EMAIL = "same_email"
    NO_BIRTH_DATE = "no_birth_date"
    SAME_NAME = "same_name"
    ACCENTS = "accents"
    ONE_LETTER = "one_letter"
    TRANSPOSED = "transposed"
    SWAPPED = "swapped"
    DOUBLE_SURNAME = "double_surname"
    MORE_FIRST_NAMES = "more_first_names"
    SIMILAR_NAME = "similar_name"
    DIFFERENT_NAME = "different_name"


REASON_TEXTS: dict[Reason, str] = {
    Reason.SAME_ID: QT_TRANSLATE_NOOP("duplicates", "same identity code"),
    Reason.SAME_BIRTH_DATE: QT_TRANSLATE_NOOP("duplicates", "same birth date"),
    Reason.SAME_PHONE: QT_TRANSLATE_NOOP("duplicates", "same phone number"),
    Reason.SAME_EMAIL: QT_TRANSLATE_NOOP("duplicates", "same email address"),
    Reason.NO_BIRTH_DATE: QT_TRANSLATE_NOOP("duplicates", "no birth date to compare"),
    Reason.SAME_NAME: QT_TRANSLATE_NOOP("duplicates", "same name"),
    Reason.ACCENTS: QT_TRANSLATE_NOOP("duplicates", "å, ä or ö typed as a or o"),
    Reason.ONE_LETTER: QT_TRANSLATE_NOOP("duplicates", "name one letter off"),
    Reason.TRANSPOSED: QT_TRANSLATE_NOOP("duplicates", "two letters of the name the wrong way round"),
    Reason.SWAPPED: QT_TRANSLATE_NOOP("duplicates", "first and last name swapped"),
    Reason.DOUBLE_SURNAME: QT_TRANSLATE_NOOP("duplicates", "one has a double surname"),
    Reason.MORE_FIRST_NAMES: QT_TRANSLATE_NOOP("duplicates", "one has more first names"),
    Reason.SIMILAR_NAME: QT_TRANSLATE_NOOP("duplicates", "similar name"),
    Reason.DIFFERENT_NAME: QT_TRANSLATE_NOOP("duplicates", "different name"),
}


def reason_text(reasons: tuple[Reason, ...], translate: Callable[[str, str], str] | None = None) -> str:
    """The reasons in words, the first with a capital: ``"Same birth date, name one letter off"``."""
    words = [translate(TRANSLATION_CONTEXT, REASON_TEXTS[r]) if translate else REASON_TEXTS[r] for r in reasons]
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


class Tier(enum.IntEnum):
    """How strong the evidence is (the lists show the strongest first)."""

    SAME_ID = 1
    BIRTH_DATE_STRONG = 2  # the same birth date, names strongly alike
    BIRTH_DATE_SIMILAR = 3  # the same birth date, similar names
    CONTACT = 4  # a birth date missing; names strongly alike and the same phone or email
    NAME_ONLY = 5  # a birth date missing; names strongly alike, nothing else: a hint while typing only


@dataclass(frozen=True, slots=True)
class Match:
    tier: Tier
    score: int  # 0…100
    reasons: tuple[Reason, ...]

    @property
    def listed(self) -> bool:
        """Strong enough for the possible-duplicates list (and the warning before saving)."""
        return self.tier < Tier.NAME_ONLY

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        return reason_text(self.reasons, translate)


# How alike two name parts are, and what each costs (see _level).
_EQUAL, _SUBSET, _ONE_LETTER, _TRANSPOSED, _SIMILAR_PART, _DIFFERENT = range(6)
_COST = (0, 1, 1, 1, 2, 9)
_STRONG, _SIMILAR, _NONE = 2, 1, 0


def _one_off(a: str, b: str) -> bool:
    return OSA.distance(a, b, score_cutoff=1) <= 1


def _compare_part(a: tuple[str, ...], b: tuple[str, ...], first_names: bool) -> int:
    """How alike two name parts are (each a tuple of folded words): ``_EQUAL`` … ``_DIFFERENT``."""
    if a == b:
        return _EQUAL if a else _DIFFERENT
    if not a or not b:
        return _DIFFERENT
    if len(a) > 1 or len(b) > 1:
        set_a, set_b = set(a), set(b)
        if set_a == set_b:
            return _EQUAL
        if set_a < set_b or set_b < set_a:
            return _SUBSET
    text_a, text_b = " ".join(a), " ".join(b)
    if first_names and len(text_a) == len(text_b) and text_a[1:] == text_b[1:]:
        return _DIFFERENT  # Jari / Kari
    if Levenshtein.distance(text_a, text_b, score_cutoff=1) <= 1:
        return _ONE_LETTER
    if _one_off(text_a, text_b):
        return _TRANSPOSED
    if fuzz.ratio(text_a, text_b, score_cutoff=SIMILAR_PART):
        return _SIMILAR_PART
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) > 1 and all(any(_one_off(w, x) for x in long_) for w in short):
        return _SIMILAR_PART  # Korhonen-Virtanen / Virtane
    return _DIFFERENT


def _level(first: int, last: int) -> int:
    if first == _DIFFERENT or last == _DIFFERENT:
        return _NONE
    return _STRONG if _COST[first] + _COST[last] <= 1 else _SIMILAR


def _orientation(
    a_first: tuple[str, ...],
    a_last: tuple[str, ...],
    b_first: tuple[str, ...],
    b_last: tuple[str, ...],
    first_names: bool,
) -> tuple[int, int, int]:
    """The level and both parts' likeness of one way of pairing the parts (the last skipped when the first
    is already different)."""
    first = _compare_part(a_first, b_first, first_names)
    if first == _DIFFERENT:
        return _NONE, first, _DIFFERENT
    last = _compare_part(a_last, b_last, False)
    return _level(first, last), first, last


_PART_REASON = {_ONE_LETTER: Reason.ONE_LETTER, _TRANSPOSED: Reason.TRANSPOSED, _SIMILAR_PART: Reason.SIMILAR_NAME}


def _letters_differ(a: Person, b: Person, swapped: bool) -> bool:
    """Whether the names, alike when folded, are written with other letters (å, ä, ö typed as a, o)."""
    b_first, b_last = b.written[::-1] if swapped else b.written
    return (letters(a.written[0]), letters(a.written[1])) != (letters(b_first), letters(b_last))


def name_likeness(a: Person, b: Person) -> tuple[int, tuple[Reason, ...]]:
    """How alike the two names are (2 strongly, 1 similar, 0 not) and why, in :class:`Reason` words."""
    if not a.has_name or not b.has_name:
        return _NONE, ()
    level, first, last = _orientation(a.first, a.last, b.first, b.last, True)
    swapped = False
    if level < _STRONG:
        crossed = _orientation(a.first, a.last, b.last, b.first, False)
        if crossed[0] > level:
            (level, first, last), swapped = crossed, True
    if level == _NONE:
        return _NONE, ()
    reasons: list[Reason] = [Reason.SWAPPED] if swapped else []
    if first == last == _EQUAL:
        if _letters_differ(a, b, swapped):
            reasons.append(Reason.ACCENTS)
        elif not swapped:
            reasons.append(Reason.SAME_NAME)
        return level, tuple(reasons)
    for index, part in enumerate((first, last)):
        if part == _SUBSET:
            reasons.append(Reason.MORE_FIRST_NAMES if index == 0 else Reason.DOUBLE_SURNAME)
        elif part in _PART_REASON:
            reasons.append(_PART_REASON[part] if level == _STRONG else Reason.SIMILAR_NAME)
    return level, tuple(dict.fromkeys(reasons))


def name_score(a: Person, b: Person) -> int:
    return round(fuzz.token_sort_ratio(a.full, b.full))


def compare(a: Person, b: Person) -> Match | None:
    """A :class:`Match` when *a* and *b* may be one person (see the module's rules), else ``None``."""
    same_id = bool(a.personal_id) and a.personal_id == b.personal_id
    if not same_id and a.personal_id and b.personal_id:
        return None
    both_born = a.birth_date is not None and b.birth_date is not None
    if not same_id and both_born and a.birth_date != b.birth_date:
        return None
    level, name_reasons = name_likeness(a, b)
    contact: list[Reason] = []
    if a.phone and a.phone == b.phone:
        contact.append(Reason.SAME_PHONE)
    if a.email and a.email == b.email:
        contact.append(Reason.SAME_EMAIL)
    if same_id:
        return Match(Tier.SAME_ID, 100, (Reason.SAME_ID, *(name_reasons or (Reason.DIFFERENT_NAME,)), *contact))
    if both_born:
        if level == _NONE:
            return None
        tier = Tier.BIRTH_DATE_STRONG if level == _STRONG else Tier.BIRTH_DATE_SIMILAR
        return Match(tier, name_score(a, b), (Reason.SAME_BIRTH_DATE, *name_reasons, *contact))
    if level < _STRONG:
        return None
    if contact:
        return Match(Tier.CONTACT, name_score(a, b), (*name_reasons, *contact))
    return Match(Tier.NAME_ONLY, name_score(a, b), (*name_reasons, Reason.NO_BIRTH_DATE))


def prefilter_score(a: Person, b: Person) -> float:
    """The cheap first pass's score of two records (see :data:`PREFILTER`)."""
    return fuzz.token_set_ratio(a.full, b.full)
