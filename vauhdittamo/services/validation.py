"""Checks of user input at the edge, with plain messages that name the field to fix."""

from __future__ import annotations

import datetime as dt
import re

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


def required_text(value: str, field: str, limit: int) -> str:
    text = value.strip()
    if not text:
        raise AppValidationError(MSG_REQUIRED, field=field)
    return limited_text(text, field, limit)


def limited_text(value: str, field: str, limit: int) -> str:
    text = value.strip()
    if len(text) > limit:
        raise AppValidationError(MSG_TOO_LONG, field=field, limit=limit)
    return text


def optional_email(value: str, field: str = "email") -> str:
    text = limited_text(value, field, 254)
    if text and not _EMAIL.match(text):
        raise AppValidationError(MSG_EMAIL, field=field)
    return text


def optional_phone(value: str, field: str = "phone") -> str:
    text = limited_text(value, field, 40)
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
