"""What a synchronised row may hold, and which rows belong to which client — shared by laptop and hub.

The same rules are checked twice: by the hub when a laptop pushes (they are written into the hub's
``hub_column`` / ``hub_table`` catalogue at ``hub init``) and by each laptop when it pulls.

* :func:`column_rules` — kind, size, nullability and allowed values of each synchronised column;
* :func:`check_row` — the first broken rule of one received row, in plain words, or ``None``;
* :data:`CLIENT_LINKS` — how a table's rows lead to a client (scoped laptops, erasure);
* :data:`ERASED_CLIENT` / :data:`CLIENT_FREE_TEXT` — what an erased client's record and its free texts
  hold for good;
* :data:`STAFF_PRIVILEGED` — the columns of a staff account that only administrators change.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text, Time
from sqlalchemy.types import TypeDecorator

from vauhdittamo.sync import reasons as R
from vauhdittamo.sync.hlc import CLOCK_PATTERN

TEXT_LIMIT = 20_000  # characters of a free-text column without a declared length
INT_RANGE = range(-(2**31), 2**31)  # INTEGER, as in the hub's reporting views
ID_LIMIT = 36

ANONYMISED_FIRST_NAME = "Anonymised"

# A client erased or anonymised keeps these values for good (the same as services.retention writes).
ERASED_CLIENT: dict[str, Any] = {
    "first_name": ANONYMISED_FIRST_NAME,
    "last_name": "",
    "birth_date": None,
    "personal_id": None,
    "phone": "",
    "email": "",
    "address": "",
    "village": "",
    "search_key": "",
    "personal_coach_id": None,
}

# Free text written about a client, blanked when the client is erased (and whenever written later).
CLIENT_FREE_TEXT: dict[str, tuple[str, ...]] = {
    "client_note": ("text",),
    "consent": ("note",),
    "guidance_visit": ("note", "next_step"),
    "referral": ("reason", "note", "consent_override_reason"),
    "referral_event": ("note",),
    "path_goal": ("title", "description"),
    "path_step": ("title",),
    "competence_certificate": ("note",),
    "outreach_attempt": ("note",),
}

# How rows of a table lead to their client: ("self",) the client itself; ("column", c) the column c;
# ("parent", table, c) through the parent row named by column c; ("entity",) an audit entry about a
# client; ("conflict",) a conflict about a row; ("outreach", c) an outreach entry: the client of column c
# once linked, else the entry itself (a person to reach, scoped by village and worker like a client).
# Tables not listed are shared by everyone.
CLIENT_LINKS: dict[str, tuple[str, ...]] = {
    "client": ("self",),
    "client_note": ("column", "client_id"),
    "consent": ("column", "client_id"),
    "guidance_visit": ("column", "client_id"),
    "referral": ("column", "client_id"),
    "path_goal": ("column", "client_id"),
    "competence_certificate": ("column", "client_id"),
    "workshop_enrolment": ("column", "client_id"),
    "attendance_mark": ("column", "client_id"),
    "project_participant": ("column", "client_id"),
    "referral_event": ("parent", "referral", "referral_id"),
    "path_step": ("parent", "path_goal", "goal_id"),
    "duplicate_dismissal": ("column", "first_client_id"),  # a pair: linked by its first client
    "outreach_entry": ("outreach", "client_id"),  # its client once linked, else the entry itself
    "outreach_attempt": ("parent", "outreach_entry", "entry_id"),
    "audit_entry": ("entity",),
    "sync_conflict": ("conflict",),
}

STAFF_TABLE = "staff_member"
STAFF_PRIVILEGED = ("role", "active", "password_hash", "password_set_at")
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "updated_by_id", "device_id"})


@dataclass(frozen=True)
class ColumnRule:
    name: str
    kind: str  # text, int, bool, date, time, datetime
    max_length: int | None
    nullable: bool
    choices: tuple[str, ...] | None


def _kind(column_type: Any) -> tuple[str, int | None, tuple[str, ...] | None]:
    impl = column_type.impl if isinstance(column_type, TypeDecorator) else column_type
    if isinstance(impl, Enum):
        return "text", impl.length, tuple(impl.enums)
    if isinstance(impl, Text):
        return "text", TEXT_LIMIT, None
    if isinstance(impl, String):
        return "text", impl.length or TEXT_LIMIT, None
    if isinstance(impl, Boolean):
        return "bool", None, None
    if isinstance(impl, Integer):
        return "int", None, None
    if isinstance(impl, DateTime):
        return "datetime", None, None
    if isinstance(impl, Date):
        return "date", None, None
    if isinstance(impl, Time):
        return "time", None, None
    raise TypeError(f"no sync rule for the column type {column_type!r}")


@cache
def column_rules(table_name: str) -> dict[str, ColumnRule]:
    """The rules of every synchronised column of *table_name*."""
    from vauhdittamo.sync.outbox import synced_columns, synced_tables

    table = synced_tables()[table_name]
    rules = {}
    for name in synced_columns(table_name):
        column = table.columns[name]
        kind, length, choices = _kind(column.type)
        rules[name] = ColumnRule(name, kind, length, bool(column.nullable) and not column.primary_key, choices)
    return rules


_PATTERNS = {
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "time": re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"),
    "datetime": re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"),
}
_CLOCK = re.compile(CLOCK_PATTERN)
_NOT_KIND = {"date": R.NOT_DATE, "time": R.NOT_TIME, "datetime": R.NOT_DATETIME}


def _value_problem(rule: ColumnRule, value: Any) -> str | None:
    if value is None:
        return None if rule.nullable else R.reason(R.EMPTY, column=rule.name)
    if rule.kind == "text":
        if not isinstance(value, str):
            return R.reason(R.NOT_TEXT, column=rule.name)
        if "\x00" in value:  # PostgreSQL text cannot hold it: the hub would refuse the whole batch
            return R.reason(R.NUL, column=rule.name)
        if rule.max_length is not None and len(value) > rule.max_length:
            return R.reason(R.TOO_LONG, column=rule.name, limit=rule.max_length)
        if rule.choices is not None and value not in rule.choices:
            return R.reason(R.NOT_ALLOWED, column=rule.name)
        return None
    if rule.kind in ("int", "bool"):
        if isinstance(value, bool) or (
            isinstance(value, int) and (value in (0, 1) or (rule.kind == "int" and value in INT_RANGE))
        ):
            return None
        return R.reason(R.NOT_NUMBER if rule.kind == "int" else R.NOT_YES_NO, column=rule.name)
    if not isinstance(value, str) or not _PATTERNS[rule.kind].match(value):
        return R.reason(_NOT_KIND[rule.kind], column=rule.name)
    try:
        if rule.kind == "date":
            dt.date.fromisoformat(value)
        elif rule.kind == "datetime":
            dt.datetime.fromisoformat(value)
        else:
            dt.time.fromisoformat(value)
    except ValueError:
        return R.reason(_NOT_KIND[rule.kind], column=rule.name)
    return None


def check_clocks(clocks: Any, table_name: str) -> str | None:
    """The first problem of a row's field clocks ``{"column" | "*": [clock, base]}``, or ``None``."""
    if not isinstance(clocks, dict) or not clocks:
        return R.NO_CLOCKS
    rules = column_rules(table_name)
    for column, pair in clocks.items():
        if column != "*" and column not in rules:
            return R.CLOCK_COLUMN
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            return R.CLOCK_PAIR
        if not _CLOCK.match(pair[0]) or (pair[1] and not _CLOCK.match(pair[1])):
            return R.CLOCK_MALFORMED
    return None


def check_row(table_name: str, row_id: Any, data: Any, clocks: Any) -> str | None:
    """The first broken rule of a received row (a :mod:`.reasons` text, for the quarantine), or ``None``."""
    from vauhdittamo.sync.outbox import synced_tables

    if table_name not in synced_tables():
        return R.reason(R.UNKNOWN_TABLE, table=str(table_name)[:60])
    if not isinstance(data, dict):
        return R.NOT_A_RECORD
    if not isinstance(row_id, str) or not row_id or len(row_id) > ID_LIMIT or data.get("id") != row_id:
        return R.BAD_ID
    rules = column_rules(table_name)
    unknown = [c for c in data if c not in rules]
    if unknown:
        return R.reason(R.UNKNOWN_COLUMN, column=unknown[0][:60])
    for name, rule in rules.items():
        if name not in data:
            return R.reason(R.MISSING, column=name)
        problem = _value_problem(rule, data[name])
        if problem:
            return problem
    return check_clocks(clocks, table_name)
