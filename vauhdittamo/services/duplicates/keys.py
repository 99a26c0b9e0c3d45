"""What two client records are compared by: folded name parts, birth date, identity code, phone and email.

Names are folded as the search folds them (:func:`vauhdittamo.services.text.fold`: case and accents away,
so å and ä become a and ö becomes o), and split into their words at spaces and hyphens: *Korhonen-Virtanen*
is the two surnames ``korhonen`` and ``virtanen``. The letters as written are kept as well, to tell a name
typed without its ä and ö from the same name written alike.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from vauhdittamo.services.text import fold

# Hyphens and dashes join the parts of a double name; apostrophes and dots are left out (O'Brien, St. John).
_JOINERS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2212_/]+")
_DROPPED = re.compile(r"['\u2019\u02bc`.,]+")
_NON_DIGITS = re.compile(r"\D+")
_COUNTRY = "358"  # a Finnish number written with its country code is the same number as 0...
_PHONE_DIGITS = 6  # fewer digits than this do not name one phone


@lru_cache(maxsize=65_536)  # names repeat: at 50,000 clients, a few thousand distinct ones are folded once
def name_words(text: str) -> tuple[str, ...]:
    """The folded words of a name: ``"Korhonen-Virtanen"`` → ``("korhonen", "virtanen")``."""
    folded = fold(_JOINERS.sub(" ", _DROPPED.sub("", text or "")))
    return tuple(word for word in folded.split(" ") if word)


def letters(text: str) -> str:
    """The letters of *text* as written, lower-case (``"Hämäläinen"`` and ``"Hamalainen"`` differ here)."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalpha())


def phone_key(phone: str) -> str:
    """A phone number's digits in one national form (``+358 40 123 4567`` → ``0401234567``); ``""`` if too short."""
    number = _NON_DIGITS.sub("", phone or "")
    if number.startswith("00" + _COUNTRY):
        number = "0" + number[2 + len(_COUNTRY) :]
    elif number.startswith(_COUNTRY) and (phone or "").lstrip().startswith("+"):
        number = "0" + number[len(_COUNTRY) :]
    return number if len(number) >= _PHONE_DIGITS else ""


def email_key(email: str) -> str:
    return (email or "").strip().casefold()


def mask_personal_id(code: str | None) -> str:
    """An identity code with its individual number hidden: ``010190-123X`` → ``010190-***X`` (the birth part
    and the check character stay, enough to tell two codes apart at a glance)."""
    if not code:
        return ""
    if len(code) != 11:
        return "*" * len(code)
    return f"{code[:7]}***{code[10]}"


@dataclass(frozen=True, slots=True)
class Person:
    """One client record, or what is typed in the new-client form, as the matching compares it."""

    id: str
    first: tuple[str, ...]  # folded words of the first name(s)
    last: tuple[str, ...]  # folded words of the last name(s)
    full: str  # the folded words of both, as one text (what the fuzzy scorers compare)
    written: tuple[str, str]  # the first and the last name as written
    birth_date: dt.date | None = None
    personal_id: str | None = None
    phone: str = ""  # see :func:`phone_key`
    email: str = ""  # see :func:`email_key`

    @property
    def has_name(self) -> bool:
        return bool(self.first) and bool(self.last)


def person(
    client_id: str,
    first_name: str,
    last_name: str,
    birth_date: dt.date | None = None,
    personal_id: str | None = None,
    phone: str = "",
    email: str = "",
) -> Person:
    """A :class:`Person` from a client's fields."""
    first, last = name_words(first_name or ""), name_words(last_name or "")
    return Person(
        id=client_id,
        first=first,
        last=last,
        full=" ".join(first + last),
        written=(first_name or "", last_name or ""),
        birth_date=birth_date,
        personal_id=(personal_id or "").upper() or None,
        phone=phone_key(phone),
        email=email_key(email),
    )
