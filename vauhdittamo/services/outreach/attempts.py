"""Contact attempts: recording one, "became a client", and an entry's history of attempts.

An attempt has a channel (phone, letter, home visit, village event), a day (not in the future), an
outcome, an optional short note and the next try's day (after the attempt; none after a final outcome:
declined, moved away, became a client). Attempts are recorded by the entry's own outreach worker or by a
coordinator, on an open list only, and are never edited: a mistake is removed (:func:`remove_attempt`) and
recorded again.

*Became a client* links the entry to a client record in the same step (:func:`became_client`): a new one
made from the entry's details (:func:`client_prefill` gives them to the new-client form) or an existing
one. The entry then holds no personal data of its own; the client record does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    FINAL_OUTCOMES,
    AttemptOutcome,
    Client,
    ContactChannel,
    OutreachAttempt,
    OutreachEntry,
    StaffMember,
)
from vauhdittamo.services import validation as v
from vauhdittamo.services.clients import ClientInput
from vauhdittamo.services.outreach.entries import (
    MSG_CLIENT_NOT_FOUND,
    MSG_ENTRY_ERASED,
    InvalidEntry,
    check_may_work_on,
    client_village_spellings,
    live_entry,
)
from vauhdittamo.services.outreach.lists import ENTITY_ENTRY, open_list
from vauhdittamo.services.permissions import Permission, acting_staff_id, require
from vauhdittamo.timeutil import local_today, utcnow

T = TypeVar("T")

NOTE_LIMIT = 1000

MSG_CHANNEL = QT_TRANSLATE_NOOP("errors", "Choose how the person was contacted.")
MSG_OUTCOME = QT_TRANSLATE_NOOP("errors", "Choose the outcome.")
MSG_DATE_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the day of the attempt.")
MSG_FUTURE = QT_TRANSLATE_NOOP("errors", "The attempt cannot be in the future.")
MSG_NEXT_TRY_AFTER = QT_TRANSLATE_NOOP("errors", "The next try must come after the attempt.")
MSG_NO_NEXT_TRY = QT_TRANSLATE_NOOP("errors", "After this outcome there is no next try; leave it empty.")
MSG_CLIENT_NEEDED = QT_TRANSLATE_NOOP(
    "errors", "Record “became a client” with the client: make the new client or choose the existing one."
)
MSG_OTHER_CLIENT = QT_TRANSLATE_NOOP("errors", "This person is already linked to another client record.")
MSG_CLIENT_ON_LIST = QT_TRANSLATE_NOOP(
    "errors", "This client is already on the list as another person. Record the attempt on that entry."
)
MSG_ATTEMPT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The attempt no longer exists.")
MSG_KEEP_BECAME_CLIENT = QT_TRANSLATE_NOOP("errors", "A “became a client” attempt stays: the person is a client now.")
MSG_NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors", "Only the staff member who recorded an attempt, or a coordinator, removes it."
)


@dataclass(frozen=True, slots=True)
class AttemptInput:
    """An attempt as its form gives it."""

    channel: ContactChannel | None
    attempted_on: dt.date | None
    outcome: AttemptOutcome | None
    note: str = ""
    next_try_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class _Checked:
    channel: ContactChannel
    attempted_on: dt.date
    outcome: AttemptOutcome
    note: str
    next_try_on: dt.date | None


def validate_attempt(data: AttemptInput, today: dt.date) -> _Checked:
    """Every field's problem at once (:class:`InvalidEntry`), or the checked attempt."""
    errors: list[ValidationError] = []

    def check(fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    if data.channel is None:
        errors.append(ValidationError(MSG_CHANNEL, field="channel"))
    if data.outcome is None:
        errors.append(ValidationError(MSG_OUTCOME, field="outcome"))
    if data.attempted_on is None:
        errors.append(ValidationError(MSG_DATE_REQUIRED, field="attempted_on"))
    elif data.attempted_on > today:
        errors.append(ValidationError(MSG_FUTURE, field="attempted_on"))
    if data.next_try_on is not None:
        if data.outcome in FINAL_OUTCOMES:
            errors.append(ValidationError(MSG_NO_NEXT_TRY, field="next_try_on"))
        elif data.attempted_on is not None and data.next_try_on <= data.attempted_on:
            errors.append(ValidationError(MSG_NEXT_TRY_AFTER, field="next_try_on"))
    note = check(v.limited_text, data.note, "note", NOTE_LIMIT)
    if errors or data.channel is None or data.outcome is None or data.attempted_on is None or note is None:
        raise InvalidEntry(errors)
    return _Checked(
        ContactChannel(data.channel), data.attempted_on, AttemptOutcome(data.outcome), note, data.next_try_on
    )


def _workable(session: Session, entry_id: str) -> OutreachEntry:
    """The entry, if the actor may record on it now: theirs (or they manage), its list open, not erased."""
    entry = live_entry(session, entry_id)
    check_may_work_on(session, entry)
    open_list(session, entry.list_id)
    if entry.erased_at is not None and entry.client_id is None:
        raise AppError(MSG_ENTRY_ERASED)
    return entry


def _add(session: Session, entry: OutreachEntry, checked: _Checked) -> OutreachAttempt:
    attempt = OutreachAttempt(
        entry_id=entry.id,
        channel=checked.channel,
        attempted_on=checked.attempted_on,
        outcome=checked.outcome,
        note=checked.note,
        next_try_on=checked.next_try_on,
        staff_id=acting_staff_id(session),
    )
    session.add(attempt)
    session.flush()
    return attempt


def record_attempt(
    session: Session, entry_id: str, data: AttemptInput, *, today: dt.date | None = None
) -> OutreachAttempt:
    """Record one attempt on an entry. "Became a client" needs the client: see :func:`became_client`
    (allowed here only for an entry that is a client already)."""
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_ENTRY, entity_id=entry_id)
    entry = _workable(session, entry_id)
    checked = validate_attempt(data, today or local_today())
    if checked.outcome is AttemptOutcome.BECAME_CLIENT and entry.client_id is None:
        raise AppError(MSG_CLIENT_NEEDED)
    return _add(session, entry, checked)


def became_client(
    session: Session,
    entry_id: str,
    client_id: str | None,
    data: AttemptInput,
    *,
    today: dt.date | None = None,
) -> OutreachAttempt:
    """Record that the entry's person became a client, linked to *client_id* (new or existing).

    The entry's own name, phone and address are emptied: the client record holds them. An entry that is a
    client already keeps its client (*client_id* ``None`` or the same one).
    """
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_ENTRY, entity_id=entry_id)
    entry = _workable(session, entry_id)
    checked = validate_attempt(
        AttemptInput(data.channel, data.attempted_on, AttemptOutcome.BECAME_CLIENT, data.note, None),
        today or local_today(),
    )
    if entry.client_id is not None:
        if client_id not in (None, entry.client_id):
            raise AppError(MSG_OTHER_CLIENT)
    else:
        if client_id is None:
            raise AppError(MSG_CLIENT_NEEDED)
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None or client.anonymised_at is not None:
            raise AppError(MSG_CLIENT_NOT_FOUND)
        elsewhere = session.scalar(
            select(OutreachEntry.id).where(
                OutreachEntry.list_id == entry.list_id,
                OutreachEntry.client_id == client_id,
                OutreachEntry.deleted_at.is_(None),
                OutreachEntry.id != entry.id,
            )
        )
        if elsewhere is not None:
            raise AppError(MSG_CLIENT_ON_LIST)
        entry.client_id = client_id
        entry.first_name = entry.last_name = entry.phone = entry.address = ""
    return _add(session, entry, checked)


def remove_attempt(session: Session, attempt_id: str) -> None:
    """Remove an attempt recorded by mistake (a tombstone, its note emptied): by whoever recorded it or
    a coordinator, on an open list. A "became a client" attempt stays."""
    actor = require(session, Permission.RECORD_OUTREACH, entity_type="outreach_attempt", entity_id=attempt_id)
    attempt = session.get(OutreachAttempt, attempt_id)
    if attempt is None or attempt.deleted_at is not None:
        raise AppError(MSG_ATTEMPT_NOT_FOUND)
    _workable(session, attempt.entry_id)
    if attempt.outcome is AttemptOutcome.BECAME_CLIENT:
        raise AppError(MSG_KEEP_BECAME_CLIENT)
    if not actor.may(Permission.MANAGE_OUTREACH) and attempt.staff_id != actor.staff_id:
        raise AppError(MSG_NOT_YOURS)
    attempt.note = ""
    attempt.deleted_at = utcnow()
    session.flush()


@dataclass(frozen=True, slots=True)
class AttemptRow:
    """One attempt as the history shows it (``recorded_at`` UTC)."""

    attempt_id: str
    attempted_on: dt.date
    channel: ContactChannel
    outcome: AttemptOutcome
    note: str
    next_try_on: dt.date | None
    staff_id: str | None
    staff_name: str
    recorded_at: dt.datetime


def attempts_of(session: Session, entry_id: str) -> list[AttemptRow]:
    """The entry's live attempts, the latest first (for whoever may work on the entry)."""
    entry = live_entry(session, entry_id)
    check_may_work_on(session, entry)
    staff = aliased(StaffMember)
    return [
        AttemptRow(
            a.id, a.attempted_on, a.channel, a.outcome, a.note, a.next_try_on, a.staff_id, name or "", a.created_at
        )
        for a, name in session.execute(
            select(OutreachAttempt, staff.display_name)
            .outerjoin(staff, staff.id == OutreachAttempt.staff_id)
            .where(OutreachAttempt.entry_id == entry_id, OutreachAttempt.deleted_at.is_(None))
            .order_by(OutreachAttempt.attempted_on.desc(), OutreachAttempt.created_at.desc(), OutreachAttempt.id.desc())
        )
    ]


def client_prefill(session: Session, entry_id: str) -> ClientInput:
    """The new-client form's details from an entry: name, village, phone, address, and the municipality
    most of the village's clients live in (empty when none is known)."""
    entry = live_entry(session, entry_id)
    check_may_work_on(session, entry)
    if entry.erased_at is not None and entry.client_id is None:
        raise AppError(MSG_ENTRY_ERASED)
    spellings = client_village_spellings(session, entry.village)
    most = (
        session.execute(
            select(Client.municipality, func.count())
            .where(Client.village.in_(spellings), Client.municipality != "", Client.deleted_at.is_(None))
            .group_by(Client.municipality)
            .order_by(func.count().desc(), Client.municipality)
            .limit(1)
        ).first()
        if spellings
        else None
    )
    municipality = most[0] if most is not None else ""
    return ClientInput(
        first_name=entry.first_name,
        last_name=entry.last_name,
        village=entry.village,
        municipality=municipality,
        phone=entry.phone,
        address=entry.address,
    )
