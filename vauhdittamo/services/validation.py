"""Checks of user input at the edge, with plain messages that name the field to fix."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.fi import hetu

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.errors import ValidationError as AppValidationError

_FINNISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{5,20}$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:]?(\d{2}))?\s*$")

MSG_DATE_FORMAT = QT_TRANSLATE_NOOP("errors", "Write the date as 31.5.2001 or 2001-05-31.")
MSG_DATE_IMPOSSIBLE = QT_TRANSLATE_NOOP("errors", "There is no such date: {value}.")
MSG_HETU_CHECK = QT_TRANSLATE_NOOP(
    "errors", "The check character of the personal identity code is wrong; check the code."
)
MSG_HETU_DATE = QT_TRANSLATE_NOOP(
    "errors", "The personal identity code has an impossible date or century sign."
)
MSG_HETU_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "A personal identity code looks like 131052-308T: six digits, a century sign, three digits "
    "and a check character."
)
MSG_HETU_BIRTH_DATE = QT_TRANSLATE_NOOP(
    "errors", "The birth date does not match the personal identity code ({date})."
)
MSG_REQUIRED = QT_TRANSLATE_NOOP("errors", "This field is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("errors", "At most {limit} characters.")
MSG_EMAIL = QT_TRANSLATE_NOOP("errors", "This does not look like an email address.")
MSG_PHONE = QT_TRANSLATE_NOOP("errors", "Write the phone number with digits, for example 040 123 4567.")
MSG_FUTURE_BIRTH = QT_TRANSLATE_NOOP("errors", "The birth date cannot be in the future.")
MSG_TOO_OLD = QT_TRANSLATE_NOOP("errors", "The birth date is too far in the past.")
MSG_TIME_FORMAT = QT_TRANSLATE_NOOP("errors", "Write the time as 9.15 or 14.30.")
MSG_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "This text holds an invisible control character ({code}); remove it or type the text again."
)
MSG_DIRECTION_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "This text holds an invisible character that changes the direction of the text ({code}); "
    "remove it or type the text again."
)
MSG_ONE_LINE = QT_TRANSLATE_NOOP("errors", "Write this on one line, without line breaks or tabs.")
MSG_NOTHING_VISIBLE = QT_TRANSLATE_NOOP("errors", "This field has only invisible characters.")

# Never part of typed text: the C0 and C1 control characters (ESC, BEL, DEL ...) and the bidirectional
# embeddings, overrides and isolates, which change how the text around them is shown. Multi-line text
# (notes) may hold line breaks and tabs; single-line text (names, places, addresses) may not.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_NOT_IN_TEXT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")
_NOT_IN_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{_BIDI_CONTROLS}]")
_LINE_BREAKS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")
# Invisible characters no text needs: zero-width space, word joiner, byte order mark. Dropped anywhere.
_DROPPED = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# Zero-width (non-)joiners, direction marks and soft hyphens mean something only between letters:
# trimmed from the ends like spaces.
_EDGES = re.compile("^[\\s\u200c-\u200f\u00ad]+|[\\s\u200c-\u200f\u00ad]+$")
# Letters, digits, punctuation and symbols show; a fast test for the usual ones first.
_SURELY_VISIBLE = re.compile("[!-~\u00c0-\u024f]")
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")  # Hangul fillers, the blank Braille pattern


def parse_date(value: str, field: str | None = None) -> dt.date:
    """A date written as ISO ``2001-05-31`` or Finnish ``31.5.2001``."""
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _FINNISH_DATE.match(value)
        if not match:
            raise AppValidationError(MSG_DATE_FORMAT, field=field)
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise AppValidationError(MSG_DATE_IMPOSSIBLE, field=field, value=value.strip()) from None


def check_birth_date(value: dt.date, today: dt.date, field: str = "birth_date") -> dt.date:
    if value > today:
        raise AppValidationError(MSG_FUTURE_BIRTH, field=field)
    if value.year < today.year - 120:
        raise AppValidationError(MSG_TOO_OLD, field=field)
    return value


def normalise_personal_id(value: str, field: str = "personal_id") -> str:
    """A valid personal identity code in its compact upper-case form.

    Accepts the century signs of 2023 (``-YXWVU`` for the 1900s, ``ABCDEF`` for the 2000s)
    and the artificial/temporary individual numbers 900–999.
    """
    try:
        return str(hetu.validate(value.strip(), allow_temporary=True))
    except InvalidChecksum:
        raise AppValidationError(MSG_HETU_CHECK, field=field) from None
    except InvalidComponent:
        raise AppValidationError(MSG_HETU_DATE, field=field) from None
    except (InvalidFormat, InvalidLength, ValidationError):
        raise AppValidationError(MSG_HETU_FORMAT, field=field) from None


def birth_date_from_personal_id(code: str) -> dt.date:
    """The birth date a valid personal identity code encodes."""
    century = {"+": 1800}.get(code[6], 1900 if code[6] in "-YXWVU" else 2000)
    return dt.date(century + int(code[4:6]), int(code[2:4]), int(code[0:2]))


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"


def clean_text(value: str, field: str | None = None, *, single_line: bool = False) -> str:
    """*value* without surrounding spaces and invisible characters; refuses control characters.

    Zero-width spaces, word joiners and byte order marks are dropped; zero-width joiners, direction
    marks and soft hyphens are trimmed from the ends. Control characters (ESC, BEL ...) and the
    characters that reverse the direction of text are refused, and so are line breaks and tabs in
    *single_line* text. Text that is left with nothing visible is refused too.
    """
    if value.isprintable():  # the usual text: no control, format or separator characters besides spaces
        text = value.strip()
    else:
        text = _EDGES.sub("", value.translate(_DROPPED))
        found = (_NOT_IN_LINE if single_line else _NOT_IN_TEXT).search(text)
        if found is not None:
            char = found.group()
            if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
                raise AppValidationError(MSG_DIRECTION_CHARACTER, field=field, code=_code(char))
            if single_line and char in _LINE_BREAKS:
                raise AppValidationError(MSG_ONE_LINE, field=field)
            raise AppValidationError(MSG_CONTROL_CHARACTER, field=field, code=_code(char))
    if text and not _SURELY_VISIBLE.search(text) and not any(
        unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_LETTERS for ch in text
    ):
        raise AppValidationError(MSG_NOTHING_VISIBLE, field=field)
    return text


def required_text(value: str, field: str, limit: int, *, single_line: bool = False) -> str:
    """Text that must be there (see :func:`clean_text`), at most *limit* characters."""
    text = limited_text(value, field, limit, single_line=single_line)
    if not text:
        raise AppValidationError(MSG_REQUIRED, field=field)
    return text


def limited_text(value: str, field: str, limit: int, *, single_line: bool = False) -> str:
    """Text of at most *limit* characters, cleaned by :func:`clean_text` (may be empty)."""
    text = clean_text(value, field, single_line=single_line)
    if len(text) > limit:
        raise AppValidationError(MSG_TOO_LONG, field=field, limit=limit)
    return text


def required_line(value: str, field: str, limit: int) -> str:
    """:func:`required_text` on one line: a name."""
    return required_text(value, field, limit, single_line=True)


def limited_line(value: str, field: str, limit: int) -> str:
    """:func:`limited_text` on one line: a place, an address."""
    return limited_text(value, field, limit, single_line=True)


def optional_email(value: str, field: str = "email") -> str:
    text = limited_line(value, field, 254)
    if text and not _EMAIL.match(text):
        raise AppValidationError(MSG_EMAIL, field=field)
    return text


def optional_phone(value: str, field: str = "phone") -> str:
    text = limited_line(value, field, 40)
    if text and not _PHONE.match(text):
        raise AppValidationError(MSG_PHONE, field=field)
    return text


def parse_time(value: str, field: str | None = None) -> dt.time | None:
    """A wall-clock time written ``9.15``, ``9:15``, ``915`` or ``9``; empty text is ``None``."""
    if not value.strip():
        return None
    match = _TIME.match(value)
    if not match:
        raise AppValidationError(MSG_TIME_FORMAT, field=field)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise AppValidationError(MSG_TIME_FORMAT, field=field)
    return dt.time(hour, minute)
