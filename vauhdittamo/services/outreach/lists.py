"""Outreach lists: making and changing one, closing it, and every list with its counts.

A list has a name (unique among the live lists), its villages (at least one), a period and an optional
description. Closing a list ends the work on it: no attempt is recorded any more, and the entries that
never became clients are erased at once (:mod:`.purge`); the figures stay. A list also ends by itself
:data:`RETENTION_MONTHS` months after its last day (see :func:`erasure_due_on`). Closing cannot be undone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, OutreachEntry, OutreachList, StaffMember
from vauhdittamo.models.outreach import VILLAGE_SEPARATOR
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.outreach.status import Counts, StatusRow, status_rows
from vauhdittamo.services.permissions import Permission, acting_staff_id, require, require_signed_in
from vauhdittamo.services.text import fold
from vauhdittamo.timeutil import utcnow

ENTITY_LIST = "outreach_list"
ENTITY_ENTRY = "outreach_entry"

NAME_LIMIT = 200
DESCRIPTION_LIMIT = 2000
VILLAGE_LIMIT = 100
MAX_VILLAGES = 20
# Personal data of a list's people (those who never became clients) is kept this long after its last day.
RETENTION_MONTHS = 6

MSG_LIST_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The outreach list no longer exists.")
MSG_LIST_CLOSED = QT_TRANSLATE_NOOP("errors", "The outreach list “{name}” is closed: nothing more is recorded on it.")
MSG_NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "Another outreach list already has this name.")
MSG_VILLAGES_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "Name at least one village, for example Koli. Separate several with commas."
)
MSG_TOO_MANY_VILLAGES = QT_TRANSLATE_NOOP("errors", "A list can have at most {limit} villages.")
MSG_DATE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the period's first and last day.")
MSG_PERIOD = QT_TRANSLATE_NOOP("errors", "The period cannot end before it starts.")
MSG_VILLAGE_IN_USE = QT_TRANSLATE_NOOP(
    "errors", "{count} people on the list live in {village}; that village cannot be left out of the list."
)
MSG_UNKNOWN_LIST = QT_TRANSLATE_NOOP(
    "errors", "Unknown outreach list: {name}. Give the list's name or id as the app shows it."
)
MSG_AMBIGUOUS_LIST = QT_TRANSLATE_NOOP("errors", "{count} outreach lists are called {name}; give the id: {ids}.")

_VILLAGE_SPLIT = re.compile(r"[,;\n]")


@dataclass(frozen=True, slots=True)
class ListInput:
    """A list as its form gives it: *villages* as typed (separated by commas) or as a sequence."""

    name: str
    villages: str | Sequence[str]
    start_date: dt.date | None
    end_date: dt.date | None
    description: str = ""


@dataclass(frozen=True, slots=True)
class ListSummary:
    """A live list with its counts; ``mine``: entries assigned to the staff member reading."""

    list_id: str
    name: str
    villages: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date
    description: str
    closed_at: dt.datetime | None
    counts: Counts
    mine: int

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    @property
    def erasure_due_on(self) -> dt.date:
        return erasure_due_on(self.end_date)


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* *months* later (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def erasure_due_on(end_date: dt.date) -> dt.date:
    """The day a list's personal data is erased at the latest: :data:`RETENTION_MONTHS` after its last day."""
    return add_months(end_date, RETENTION_MONTHS)


def parse_villages(value: str | Sequence[str]) -> list[str]:
    """The villages named in *value* (comma-, semicolon- or line-separated text, or a sequence), once each.

    Each is checked like a place name; the same village written twice (any case or accents) counts once.
    """
    parts = _VILLAGE_SPLIT.split(value) if isinstance(value, str) else list(value)
    villages: list[str] = []
    seen: set[str] = set()
    for part in parts:
        if ";" in part or "," in part:  # a sequence's item holding a separator: split it too
            parts.extend(_VILLAGE_SPLIT.split(part))
            continue
        village = v.limited_line(part, "villages", VILLAGE_LIMIT)
        if village and fold(village) not in seen:
            seen.add(fold(village))
            villages.append(village)
    if not villages:
        raise ValidationError(MSG_VILLAGES_REQUIRED, field="villages")
    if len(villages) > MAX_VILLAGES:
        raise ValidationError(MSG_TOO_MANY_VILLAGES, field="villages", limit=MAX_VILLAGES)
    return villages


@dataclass(frozen=True, slots=True)
class _Checked:
    name: str
    villages: list[str]
    start_date: dt.date
    end_date: dt.date
    description: str


def _validate(data: ListInput) -> _Checked:
    name = v.required_line(data.name, "name", NAME_LIMIT)
    villages = parse_villages(data.villages)
    if data.start_date is None:
        raise ValidationError(MSG_DATE_REQUIRED, field="start_date")
    if data.end_date is None:
        raise ValidationError(MSG_DATE_REQUIRED, field="end_date")
    if data.end_date < data.start_date:
        raise ValidationError(MSG_PERIOD, field="end_date")
    description = v.limited_text(data.description, "description", DESCRIPTION_LIMIT)
    return _Checked(name, villages, data.start_date, data.end_date, description)


def _name_taken(session: Session, name: str, other_than: str | None) -> bool:
    wanted = fold(name)
    return any(
        fold(found) == wanted
        for found in session.scalars(
            select(OutreachList.name).where(OutreachList.deleted_at.is_(None), OutreachList.id != (other_than or ""))
        )
    )


def live_list(session: Session, list_id: str) -> OutreachList:
    """The live list *list_id*; :class:`AppError` when it no longer exists."""
    require_signed_in(session)
    found = session.get(OutreachList, list_id)
    if found is None or found.deleted_at is not None:
        raise AppError(MSG_LIST_NOT_FOUND)
    return found


def open_list(session: Session, list_id: str) -> OutreachList:
    """The live list *list_id* that is still open; :class:`AppError` when it is closed or gone."""
    found = live_list(session, list_id)
    if found.closed_at is not None:
        raise AppError(MSG_LIST_CLOSED, name=found.name)
    return found


def village_in(villages: Iterable[str], village: str) -> str | None:
    """*village* as the list spells it, when it is one of *villages* (case and accents aside)."""
    wanted = fold(village)
    return next((known for known in villages if fold(known) == wanted), None)


def create_list(session: Session, data: ListInput) -> OutreachList:
    """A new, open list."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST)
    checked = _validate(data)
    if _name_taken(session, checked.name, None):
        raise ValidationError(MSG_NAME_TAKEN, field="name")
    made = OutreachList(
        name=checked.name,
        villages=VILLAGE_SEPARATOR.join(checked.villages),
        start_date=checked.start_date,
        end_date=checked.end_date,
        description=checked.description,
    )
    session.add(made)
    session.flush()
    audit.record(
        session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, made.id, f"created villages={len(checked.villages)}"
    )
    return made


_FIELDS = ("name", "villages", "start_date", "end_date", "description")


def change_list(session: Session, list_id: str, data: ListInput) -> OutreachList:
    """Change an open list. A village that people on the list live in cannot be left out."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = open_list(session, list_id)
    checked = _validate(data)
    if _name_taken(session, checked.name, list_id):
        raise ValidationError(MSG_NAME_TAKEN, field="name")
    used: dict[str, int] = {}
    for village in session.scalars(
        select(OutreachEntry.village).where(OutreachEntry.list_id == list_id, OutreachEntry.deleted_at.is_(None))
    ):
        used[village] = used.get(village, 0) + 1
    for village, count in sorted(used.items()):
        if village and village_in(checked.villages, village) is None:
            raise ValidationError(MSG_VILLAGE_IN_USE, field="villages", village=village, count=count)
    before = {name: getattr(found, name) for name in _FIELDS}
    found.name = checked.name
    found.villages = VILLAGE_SEPARATOR.join(checked.villages)
    found.start_date, found.end_date = checked.start_date, checked.end_date
    found.description = checked.description
    session.flush()
    if changed := audit.changed_fields(before, found):
        audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, found.id, "fields=" + ",".join(changed))
    return found


def close_list(session: Session, list_id: str) -> int:
    """Close an open list and erase its entries that never became clients; returns how many were erased."""
    from vauhdittamo.services.outreach.purge import erase_list

    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = open_list(session, list_id)
    found.closed_at = utcnow()
    found.closed_by_id = acting_staff_id(session)
    session.flush()
    audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, found.id, "closed")
    return erase_list(session, found, reason="closed").entries


def list_summaries(session: Session, *, include_closed: bool = True) -> list[ListSummary]:
    """The live lists with their counts: open ones first, then the latest period first."""
    actor = require(session, Permission.RECORD_OUTREACH)
    lists = list(session.scalars(select(OutreachList).where(OutreachList.deleted_at.is_(None))))
    if not include_closed:
        lists = [found for found in lists if found.closed_at is None]
    ids = [found.id for found in lists]
    statuses: dict[str, list[StatusRow]] = {list_id: [] for list_id in ids}
    for row in status_rows(session, OutreachEntry.list_id.in_(ids)) if ids else []:
        statuses[row.list_id].append(row)
    summaries = [
        ListSummary(
            list_id=found.id,
            name=found.name,
            villages=tuple(found.village_names),
            start_date=found.start_date,
            end_date=found.end_date,
            description=found.description,
            closed_at=found.closed_at,
            counts=Counts.of(row.status for row in statuses[found.id]),
            mine=sum(1 for row in statuses[found.id] if actor.staff_id and row.assigned_to_id == actor.staff_id),
        )
        for found in lists
    ]
    summaries.sort(key=lambda s: (s.is_closed, -s.start_date.toordinal(), fold(s.name), s.list_id))
    return summaries


def get_list(session: Session, list_id: str) -> ListSummary:
    """One live list with its counts."""
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    live_list(session, list_id)
    return next(s for s in list_summaries(session) if s.list_id == list_id)


def resolve_list(session: Session, name_or_id: str) -> str:
    """The id of the live list given by id or by name (case and accents aside); :class:`ValidationError`
    for an unknown name or one that several lists share."""
    require(session, Permission.RECORD_OUTREACH)
    text = name_or_id.strip()
    live = list(session.execute(select(OutreachList.id, OutreachList.name).where(OutreachList.deleted_at.is_(None))))
    if any(list_id == text for list_id, _ in live):
        return text
    matches = sorted(list_id for list_id, name in live if fold(name) == fold(text))
    if not matches:
        raise ValidationError(MSG_UNKNOWN_LIST, field="list", name=text or '""')
    if len(matches) > 1:
        raise ValidationError(MSG_AMBIGUOUS_LIST, field="list", name=text, count=len(matches), ids=", ".join(matches))
    return matches[0]


@dataclass(frozen=True, slots=True)
class Worker:
    """A staff member outreach entries can be assigned to."""

    staff_id: str
    name: str


def outreach_workers(session: Session) -> list[Worker]:
    """The active staff whose role records contact attempts (outreach workers, coaches, coordinators,
    administrators), by name."""
    from vauhdittamo.services.permissions import ROLE_PERMISSIONS

    require(session, Permission.RECORD_OUTREACH)
    roles = [role for role, granted in ROLE_PERMISSIONS.items() if Permission.RECORD_OUTREACH in granted]
    return [
        Worker(staff_id, name)
        for staff_id, name in session.execute(
            select(StaffMember.id, StaffMember.display_name)
            .where(StaffMember.active.is_(True), StaffMember.deleted_at.is_(None), StaffMember.role.in_(roles))
            .order_by(StaffMember.display_name, StaffMember.id)
        )
    ]
