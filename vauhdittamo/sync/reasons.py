"""Why a change was refused or held back, in words the Sync screen translates.

A reason is stored as its English template, followed by ``\\x1f`` and its parameters as JSON when it has
any (``"{column} is missing\\x1f{"column": "first_name"}"``): the screen translates the template (context
``"sync"``) and fills in the parameters, naming tables and columns in the user's words. The hub writes
its reasons in the same form (see :mod:`.hub_sql`); every template of both sides is listed here.
"""

from __future__ import annotations

import json
from typing import Any

from vauhdittamo.errors import QT_TRANSLATE_NOOP

SEPARATOR = "\x1f"

# The row itself
NOT_A_CHANGE = QT_TRANSLATE_NOOP("sync", "the change is not a record")
UNKNOWN_TABLE = QT_TRANSLATE_NOOP("sync", "unknown table {table}")
NOT_A_RECORD = QT_TRANSLATE_NOOP("sync", "the row is not a record")
BAD_ID = QT_TRANSLATE_NOOP("sync", "the row's id is missing or does not match")
NO_ID = QT_TRANSLATE_NOOP("sync", "the row is not a record with its id")
# Its fields
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("sync", "unknown column {column}")
MISSING = QT_TRANSLATE_NOOP("sync", "{column} is missing")
EMPTY = QT_TRANSLATE_NOOP("sync", "{column} is empty")
NOT_TEXT = QT_TRANSLATE_NOOP("sync", "{column} is not text")
NUL = QT_TRANSLATE_NOOP("sync", "{column} holds a NUL character")
TOO_LONG = QT_TRANSLATE_NOOP("sync", "{column} is longer than {limit} characters")
NOT_ALLOWED = QT_TRANSLATE_NOOP("sync", "{column} is not one of the allowed values")
NOT_NUMBER = QT_TRANSLATE_NOOP("sync", "{column} is not a whole number in range")
NOT_YES_NO = QT_TRANSLATE_NOOP("sync", "{column} is not a yes/no value")
NOT_DATE = QT_TRANSLATE_NOOP("sync", "{column} is not a date")
NOT_TIME = QT_TRANSLATE_NOOP("sync", "{column} is not a time of day")
NOT_DATETIME = QT_TRANSLATE_NOOP("sync", "{column} is not a date and time")
NOT_VALID = QT_TRANSLATE_NOOP("sync", "{column} is not valid")
# Its clocks
NO_CLOCKS = QT_TRANSLATE_NOOP("sync", "the field clocks are missing")
CLOCK_COLUMN = QT_TRANSLATE_NOOP("sync", "a clock names an unknown column")
CLOCK_PAIR = QT_TRANSLATE_NOOP("sync", "a field clock is not a pair of clocks")
CLOCK_MALFORMED = QT_TRANSLATE_NOOP("sync", "a field clock is malformed")
CLOCK_AHEAD_OF_HUB = QT_TRANSLATE_NOOP(
    "sync", "a field clock is ahead of the hub's clock by more than the allowed skew"
)
CLOCK_AHEAD_HERE = QT_TRANSLATE_NOOP(
    "sync", "a field clock is ahead of this computer's clock by more than the allowed skew"
)
# The hub's rules
STAFF_NEW = QT_TRANSLATE_NOOP("sync", "staff accounts are added only through a staff administrator's hub login")
STAFF_PRIVILEGED = QT_TRANSLATE_NOOP(
    "sync",
    "a staff member's role, active state and password change only through a staff administrator's hub login",
)
OUT_OF_SCOPE = QT_TRANSLATE_NOOP("sync", "the record is about a client outside this hub login's scope")
AUDIT_CHANGED = QT_TRANSLATE_NOOP("sync", "the audit trail is never changed")
# This computer's rules
NOT_ADMIN = QT_TRANSLATE_NOOP(
    "sync", "a staff account's role, active state or password changed by a login that is not an administrator's"
)
NO_PARENT = QT_TRANSLATE_NOOP("sync", "it refers to a {table} record that is not on this computer")
REFUSED_HERE = QT_TRANSLATE_NOOP("sync", "this computer's database refused it: {reason}")

TEMPLATES = frozenset(
    value for name, value in globals().items() if name.isupper() and isinstance(value, str) and name != "SEPARATOR"
)


def reason(template: str, **params: Any) -> str:
    """A reason to store: *template* (one of :data:`TEMPLATES`) and its parameters."""
    if not params:
        return template
    return template + SEPARATOR + json.dumps(params, ensure_ascii=False, separators=(",", ":"))


def split(text: str) -> tuple[str, dict[str, Any]]:
    """The template and parameters of a stored reason (a reason of an older version: the text itself)."""
    template, _sep, raw = text.partition(SEPARATOR)
    if not raw:
        return template, {}
    try:
        params = json.loads(raw)
    except ValueError:
        return template, {}
    return template, params if isinstance(params, dict) else {}


def plain(text: str) -> str:
    """A stored reason in English with its parameters filled in (for logs and the command line)."""
    template, params = split(text)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
