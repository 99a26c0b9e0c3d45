"""The people on an outreach list: reading them, adding, changing, assigning and removing them.

An outreach worker reads only the entries assigned to them; a coordinator (who may manage outreach) reads
them all. The status of each comes from its attempts (:mod:`.status`). An entry that is a client shows the
client's name and contact details (it holds none itself); an erased entry shows none.

Two entries of one list are the same person when they have the same name in the same village (case and
accents aside) or the same phone number: adding such a person again is refused unless asked for (two
people of one name do live in one village), and an import reports the row instead of doubling it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    AttemptOutcome,
    AuditAction,
    Client,
    ContactChannel,
    EntryStatus,
    OutreachAttempt,
    OutreachEntry,
    StaffMember,
)
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.clients import search_clients
from vauhdittamo.services.outreach.lists import (
    ENTITY_ENTRY,
    ENTITY_LIST,
    live_list,
    open_list,
    outreach_workers,
    village_in,
)
from vauhdittamo.services.outreach.status import status_query, to_status_row
from vauhdittamo.services.permissions import Actor, Permission, record_denied, require, require_signed_in
from vauhdittamo.services.text import digits, fold
from vauhdittamo.timeutil import utcnow

T = TypeVar("T")

NAME_LIMIT = 100
ADDRESS_LIMIT = 200
MAX_ENTRIES = 5000  # people on one list
CANDIDATE_LIMIT = 300

MSG_ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "This person is no longer on the outreach list.")
MSG_NOT_ASSIGNED = QT_TRANSLATE_NOOP(
    "errors", "This person is assigned to another outreach worker. A coordinator can assign them to you."
)
MSG_ENTRY_ERASED = QT_TRANSLATE_NOOP(
    "errors", "This person's details were erased when the list ended; only the figures are kept."
)
MSG_ENTRY_IS_CLIENT = QT_TRANSLATE_NOOP("errors", "This person is a client: change their details on the client card.")
MSG_INVALID_ENTRY = QT_TRANSLATE_NOOP("errors", "Check the details: {count} field(s) need fixing.")
MSG_VILLAGE_NOT_ON_LIST = QT_TRANSLATE_NOOP(
    "errors", "{village} is not one of the list's villages ({villages}). Add it to the list first."
)
MSG_VILLAGE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Choose the village: one of {villages}.")
MSG_WORKER_NOT_FOUND = QT_TRANSLATE_NOOP(
    "errors", "Entries can be assigned only to active staff who record outreach work."
)
MSG_SAME_NAME = QT_TRANSLATE_NOOP("errors", "{name} of {village} is already on the list.")
MSG_SAME_PHONE = QT_TRANSLATE_NOOP("errors", "The phone number {phone} is already on the list ({name}).")
MSG_LIST_FULL = QT_TRANSLATE_NOOP(
    "errors", "An outreach list can hold at most {limit} people; this would make {count}."
)
MSG_CLIENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")


class InvalidEntry(AppError):
    """Several field errors at once, so that a form shows each next to its field."""

    template = MSG_INVALID_ENTRY

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(count=len(errors))


@dataclass(frozen=True, slots=True)
class EntryInput:
    """A person to reach as a form or a file gives them (all text)."""

    first_name: str = ""
    last_name: str = ""
    village: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True, slots=True)
class EntryData:
    """Checked details; ``village`` as the list spells it."""

    first_name: str
    last_name: str
    village: str
    phone: str
    address: str


def validate_entry(data: EntryInput, villages: Sequence[str]) -> EntryData:
    """Check every field against the rules of the client form; the village must be one of *villages*
    (an empty one is the list's only village, when it has one). Raises :class:`InvalidEntry`."""
    errors: list[ValidationError] = []

    def check(fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    first = check(v.required_line, data.first_name, "first_name", NAME_LIMIT)
    last = check(v.required_line, data.last_name, "last_name", NAME_LIMIT)
    typed = check(v.limited_line, data.village, "village", NAME_LIMIT)
    village: str | None = None
    listed = ", ".join(villages)
    if typed:
        village = village_in(villages, typed)
        if village is None:
            errors.append(ValidationError(MSG_VILLAGE_NOT_ON_LIST, field="village", village=typed, villages=listed))
    elif typed is not None:
        if len(villages) == 1:
            village = villages[0]
        else:
            errors.append(ValidationError(MSG_VILLAGE_REQUIRED, field="village", villages=listed))
    phone = check(v.optional_phone, data.phone)
    address = check(v.limited_line, data.address, "address", ADDRESS_LIMIT)
    if errors or first is None or last is None or village is None:
        raise InvalidEntry(errors)
    return EntryData(first, last, village, phone or "", address or "")


# --------------------------------------------------------------------------- the same person twice


def name_key(first_name: str, last_name: str, village: str) -> tuple[str, str, str] | None:
    """What "the same name in the same village" compares (``None`` for an entry without a name)."""
    if not (first_name.strip() and last_name.strip()):
        return None
    return fold(first_name), fold(last_name), fold(village)


def phone_key(phone: str) -> str | None:
    """What "the same phone number" compares: its digits, a Finnish ``+358`` as the leading ``0``."""
    found = digits(phone)
    if found.startswith("358") and phone.strip().startswith("+"):
        found = "0" + found[3:]
    return found if len(found) >= 5 else None


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """Someone already on a list, as the duplicate messages name them."""

    entry_id: str
    name: str
    village: str


@dataclass
class ListPeople:
    """The people already on a list, by name key and by phone key."""

    by_name: dict[tuple[str, str, str], KnownPerson]
    by_phone: dict[str, KnownPerson]
    client_ids: set[str]
    count: int

    def same_person(self, data: EntryData) -> ValidationError | None:
        """The refusal for *data* when someone on the list is the same person, else ``None``."""
        key = name_key(data.first_name, data.last_name, data.village)
        if key is not None and key in self.by_name:
            known = self.by_name[key]
            return ValidationError(MSG_SAME_NAME, field="last_name", name=known.name, village=known.village)
        phone = phone_key(data.phone)
        if phone is not None and phone in self.by_phone:
            known = self.by_phone[phone]
            return ValidationError(MSG_SAME_PHONE, field="phone", phone=data.phone, name=known.name)
        return None

    def add(self, entry_id: str, data: EntryData) -> None:
        known = KnownPerson(entry_id, f"{data.first_name} {data.last_name}", data.village)
        key = name_key(data.first_name, data.last_name, data.village)
        if key is not None:
            self.by_name.setdefault(key, known)
        phone = phone_key(data.phone)
        if phone is not None:
            self.by_phone.setdefault(phone, known)
        self.count += 1


def people_on_list(session: Session, list_id: str) -> ListPeople:
    """Everyone on the list now (clients by their client record's name and phone); erased entries count only."""
    require_signed_in(session)
    people = ListPeople({}, {}, set(), 0)
    for row in session.execute(
        select(
            OutreachEntry.id,
            OutreachEntry.first_name,
            OutreachEntry.last_name,
            OutreachEntry.phone,
            OutreachEntry.village,
            OutreachEntry.client_id,
            Client.first_name,
            Client.last_name,
            Client.phone,
        )
        .outerjoin(Client, Client.id == OutreachEntry.client_id)
        .where(OutreachEntry.list_id == list_id, OutreachEntry.deleted_at.is_(None))
        .order_by(OutreachEntry.id)
    ):
        entry_id, first, last, phone, village, client_id, c_first, c_last, c_phone = row
        if client_id is not None:
            people.client_ids.add(client_id)
            first, last, phone = c_first or "", c_last or "", c_phone or ""
        people.add(entry_id, EntryData(first, last, village, phone, ""))
    return people


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class EntryFilters:
    """Which entries of a list to show. *assigned_to*: one worker's (``""``: nobody's; ``None``: everyone's
    the reader may see). *due*: only those whose next try is today or earlier. *query*: words of the name,
    village, phone or address."""

    list_id: str
    village: str | None = None
    status: EntryStatus | None = None
    assigned_to: str | None = None
    due: bool = False
    query: str = ""


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One person on a list as the screen shows them (a client's details from the client record)."""

    entry_id: str
    list_id: str
    first_name: str
    last_name: str
    village: str
    phone: str
    address: str
    assigned_to_id: str | None
    assigned_name: str
    client_id: str | None
    status: EntryStatus
    attempts: int
    last_on: dt.date | None
    last_outcome: AttemptOutcome | None
    last_channel: ContactChannel | None
    next_try_on: dt.date | None
    erased: bool
    client_removed: bool = False  # the client was erased or removed since

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def is_due(self, today: dt.date) -> bool:
        return self.next_try_on is not None and self.next_try_on <= today

    def matches(self, words: Sequence[str]) -> bool:
        text = fold(f"{self.first_name} {self.last_name} {self.village} {self.address}")
        phone = digits(self.phone)
        return all(w in text or (w.isdigit() and w in phone) for w in words)


def _may_manage(actor: Actor) -> bool:
    return actor.may(Permission.MANAGE_OUTREACH)


def _rows(session: Session, *conditions: Any) -> list[EntryRow]:
    staff = aliased(StaffMember)
    query = (
        status_query(*conditions)
        .add_columns(
            OutreachEntry.first_name,
            OutreachEntry.last_name,
            OutreachEntry.phone,
            OutreachEntry.address,
            Client.first_name,
            Client.last_name,
            Client.phone,
            Client.address,
            Client.anonymised_at,
            Client.deleted_at,
            staff.display_name,
        )
        .outerjoin(Client, Client.id == OutreachEntry.client_id)
        .outerjoin(staff, staff.id == OutreachEntry.assigned_to_id)
    )
    rows = []
    for row in session.execute(query):
        state = to_status_row(row)
        first, last, phone, address = row[12:16]
        removed = False
        if state.client_id is not None:
            removed = row[20] is not None or row[21] is not None
            first, last, phone, address = ("", "", "", "") if removed else (row[16], row[17], row[18], row[19])
        rows.append(
            EntryRow(
                entry_id=state.entry_id,
                list_id=state.list_id,
                first_name=first or "",
                last_name=last or "",
                village=state.village,
                phone=phone or "",
                address=address or "",
                assigned_to_id=state.assigned_to_id,
                assigned_name=row[22] or "",
                client_id=state.client_id,
                status=state.status,
                attempts=state.attempts,
                last_on=state.last_on,
                last_outcome=state.last_outcome,
                last_channel=state.last_channel,
                next_try_on=state.next_try_on,
                erased=state.erased,
                client_removed=removed,
            )
        )
    return rows


def entry_rows(session: Session, filters: EntryFilters, today: dt.date) -> list[EntryRow]:
    """The list's entries meeting *filters*, by village (the list's order), last and first name.

    Without :attr:`Permission.MANAGE_OUTREACH` only the reader's own entries (whatever *assigned_to* says).
    """
    actor = require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_LIST, entity_id=filters.list_id)
    found = live_list(session, filters.list_id)
    conditions: list[Any] = [OutreachEntry.list_id == filters.list_id]
    if not _may_manage(actor):
        conditions.append(OutreachEntry.assigned_to_id == actor.staff_id)
    elif filters.assigned_to == "":
        conditions.append(OutreachEntry.assigned_to_id.is_(None))
    elif filters.assigned_to is not None:
        conditions.append(OutreachEntry.assigned_to_id == filters.assigned_to)
    if filters.village is not None:
        conditions.append(OutreachEntry.village == filters.village)
    rows = _rows(session, *conditions)
    words = fold(filters.query).split()
    rows = [
        r
        for r in rows
        if (filters.status is None or r.status is filters.status)
        and (not filters.due or r.is_due(today))
        and (not words or r.matches(words))
    ]
    order = {fold(name): index for index, name in enumerate(found.village_names)}
    rows.sort(
        key=lambda r: (
            order.get(fold(r.village), len(order)),
            fold(r.village),
            fold(r.last_name),
            fold(r.first_name),
            r.entry_id,
        )
    )
    return rows


def get_entry(session: Session, entry_id: str) -> EntryRow:
    """One entry, for the staff member who may work on it (see :func:`check_may_work_on`)."""
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_ENTRY, entity_id=entry_id)
    entry = live_entry(session, entry_id)
    check_may_work_on(session, entry)
    (row,) = _rows(session, OutreachEntry.id == entry_id)
    return row


def live_entry(session: Session, entry_id: str) -> OutreachEntry:
    """The live entry *entry_id*; :class:`AppError` when it is gone (the caller checks who may see it)."""
    require_signed_in(session)
    entry = session.get(OutreachEntry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise AppError(MSG_ENTRY_NOT_FOUND)
    return entry


def check_may_work_on(session: Session, entry: OutreachEntry) -> Actor:
    """The actor, who records outreach and may work on *entry*: it is assigned to them, or they manage outreach.

    Anyone else is refused (:class:`AppError`), and the refusal is recorded in the audit trail.
    """
    actor = require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_ENTRY, entity_id=entry.id)
    if _may_manage(actor) or (actor.staff_id is not None and entry.assigned_to_id == actor.staff_id):
        return actor
    record_denied(session, actor, Permission.MANAGE_OUTREACH, ENTITY_ENTRY, entry.id)
    raise AppError(MSG_NOT_ASSIGNED)


def list_villages(session: Session, list_id: str) -> list[str]:
    """The list's villages, in its order."""
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    return live_list(session, list_id).village_names


# --------------------------------------------------------------------------- adding and changing


def _check_room(session: Session, list_id: str, adding: int) -> None:
    count = len(
        session.scalars(
            select(OutreachEntry.id).where(OutreachEntry.list_id == list_id, OutreachEntry.deleted_at.is_(None))
        ).all()
    )
    if count + adding > MAX_ENTRIES:
        raise AppError(MSG_LIST_FULL, limit=MAX_ENTRIES, count=count + adding)


def check_worker(session: Session, staff_id: str | None) -> None:
    """Entries are assigned to nobody (``None``) or to an active staff member who records outreach."""
    require_signed_in(session)
    if staff_id is not None and all(w.staff_id != staff_id for w in outreach_workers(session)):
        raise ValidationError(MSG_WORKER_NOT_FOUND, field="assigned_to")


def add_entry(
    session: Session,
    list_id: str,
    data: EntryInput,
    *,
    assigned_to_id: str | None = None,
    allow_same: bool = False,
) -> OutreachEntry:
    """A new person on an open list. The same person again (see the module's notes) is refused
    (:class:`ValidationError`) unless *allow_same*."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = open_list(session, list_id)
    checked = validate_entry(data, found.village_names)
    check_worker(session, assigned_to_id)
    _check_room(session, list_id, 1)
    if not allow_same and (same := people_on_list(session, list_id).same_person(checked)) is not None:
        raise same
    entry = OutreachEntry(
        list_id=list_id,
        first_name=checked.first_name,
        last_name=checked.last_name,
        village=checked.village,
        phone=checked.phone,
        address=checked.address,
        assigned_to_id=assigned_to_id,
    )
    session.add(entry)
    session.flush()
    audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, list_id, f"added=1 entry={entry.id}")
    return entry


def update_entry(session: Session, entry_id: str, data: EntryInput) -> OutreachEntry:
    """Correct a person's details (a new phone number found while calling): by their worker or a coordinator."""
    entry = live_entry(session, entry_id)
    check_may_work_on(session, entry)
    found = open_list(session, entry.list_id)
    if entry.client_id is not None:
        raise AppError(MSG_ENTRY_IS_CLIENT)
    if entry.erased_at is not None:
        raise AppError(MSG_ENTRY_ERASED)
    checked = validate_entry(data, found.village_names)
    before = {name: getattr(entry, name) for name in ("first_name", "last_name", "village", "phone", "address")}
    entry.first_name, entry.last_name, entry.village = checked.first_name, checked.last_name, checked.village
    entry.phone, entry.address = checked.phone, checked.address
    session.flush()
    if changed := audit.changed_fields(before, entry):
        audit.record(
            session,
            AuditAction.OUTREACH_LIST_CHANGED,
            ENTITY_LIST,
            entry.list_id,
            f"entry={entry.id} fields=" + ",".join(changed),
        )
    return entry


def _entries(session: Session, entry_ids: Iterable[str]) -> list[OutreachEntry]:
    wanted = list(dict.fromkeys(entry_ids))
    found = {e.id: e for e in session.scalars(select(OutreachEntry).where(OutreachEntry.id.in_(wanted)))}
    if any(i not in found or found[i].deleted_at is not None for i in wanted):
        raise AppError(MSG_ENTRY_NOT_FOUND)
    return [found[i] for i in wanted]


def assign_entries(session: Session, entry_ids: Iterable[str], staff_id: str | None) -> int:
    """Assign the entries to *staff_id* (``None``: to nobody); returns how many changed. Open lists only."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_ENTRY)
    entries = _entries(session, entry_ids)
    check_worker(session, staff_id)
    changed: dict[str, int] = {}
    for entry in entries:
        open_list(session, entry.list_id)
        if entry.assigned_to_id != staff_id:
            entry.assigned_to_id = staff_id
            changed[entry.list_id] = changed.get(entry.list_id, 0) + 1
    session.flush()
    for list_id, count in changed.items():
        audit.record(
            session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, list_id, f"assigned={count} to={staff_id or '-'}"
        )
    return sum(changed.values())


def remove_entries(session: Session, entry_ids: Iterable[str]) -> int:
    """Take people off an open list (added by mistake): the entries and their attempts become tombstones
    holding nothing personal. Returns how many were removed."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_ENTRY)
    entries = _entries(session, entry_ids)
    now = utcnow()
    removed: dict[str, int] = {}
    for entry in entries:
        open_list(session, entry.list_id)
        entry.first_name = entry.last_name = entry.phone = entry.address = ""
        entry.deleted_at = now
        for attempt in session.scalars(
            select(OutreachAttempt).where(OutreachAttempt.entry_id == entry.id, OutreachAttempt.deleted_at.is_(None))
        ):
            attempt.note = ""
            attempt.deleted_at = now
        removed[entry.list_id] = removed.get(entry.list_id, 0) + 1
    session.flush()
    for list_id, count in removed.items():
        audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, list_id, f"removed={count}")
    return len(entries)


# --------------------------------------------------------------------------- existing clients


@dataclass(frozen=True, slots=True)
class Candidate:
    """A client who could be put on a list."""

    client_id: str
    name: str
    village: str
    municipality: str
    birth_date: dt.date | None
    exited: bool
    on_list: bool


def client_village_spellings(session: Session, village: str) -> list[str]:
    """Every spelling of *village* the clients' records use (case and accents aside)."""
    require_signed_in(session)
    wanted = fold(village)
    return [
        name
        for name in session.scalars(select(Client.village).where(Client.village != "").distinct())
        if fold(name) == wanted
    ]


def candidates(session: Session, list_id: str, village: str, query: str = "") -> list[Candidate]:
    """Clients to add to the list: those of *village* (without *query*), or those *query* finds anywhere.

    Anonymised and removed clients are never offered; those already on the list are marked ``on_list``.
    """
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    live_list(session, list_id)
    if query.strip():
        found = [c for c in search_clients(session, query, limit=CANDIDATE_LIMIT) if c.anonymised_at is None]
    else:
        spellings = client_village_spellings(session, village)
        found = (
            list(
                session.scalars(
                    select(Client)
                    .where(Client.village.in_(spellings), Client.deleted_at.is_(None), Client.anonymised_at.is_(None))
                    .order_by(Client.last_name, Client.first_name, Client.id)
                    .limit(CANDIDATE_LIMIT)
                )
            )
            if spellings
            else []
        )
    on_list = set(
        session.scalars(
            select(OutreachEntry.client_id).where(
                OutreachEntry.list_id == list_id,
                OutreachEntry.deleted_at.is_(None),
                OutreachEntry.client_id.is_not(None),
            )
        )
    )
    return [
        Candidate(c.id, c.full_name, c.village, c.municipality, c.birth_date, c.exit_date is not None, c.id in on_list)
        for c in found
    ]


@dataclass(frozen=True, slots=True)
class AddedClients:
    added: int
    already_on_list: int


def add_clients(
    session: Session, list_id: str, client_ids: Iterable[str], village: str, *, assigned_to_id: str | None = None
) -> AddedClients:
    """Put existing clients on an open list, in *village* (one of the list's). Clients already on the list
    are skipped and counted. The entries hold no personal data: the client records do."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = open_list(session, list_id)
    spelled = village_in(found.village_names, village)
    if spelled is None:
        raise ValidationError(
            MSG_VILLAGE_NOT_ON_LIST, field="village", village=village, villages=", ".join(found.village_names)
        )
    check_worker(session, assigned_to_id)
    wanted = list(dict.fromkeys(client_ids))
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(wanted)))}
    if any(
        i not in clients or clients[i].deleted_at is not None or clients[i].anonymised_at is not None for i in wanted
    ):
        raise AppError(MSG_CLIENT_NOT_FOUND)
    present = people_on_list(session, list_id).client_ids
    new = [i for i in wanted if i not in present]
    _check_room(session, list_id, len(new))
    session.add_all(
        OutreachEntry(list_id=list_id, village=spelled, client_id=client_id, assigned_to_id=assigned_to_id)
        for client_id in new
    )
    session.flush()
    if new:
        audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, list_id, f"clients_added={len(new)}")
    return AddedClients(len(new), len(wanted) - len(new))
