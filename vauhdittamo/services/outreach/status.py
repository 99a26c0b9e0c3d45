"""Where each entry stands, derived from its attempts, and the counts made of it.

An entry's status (:func:`entry_status`):

* *became a client* once any live attempt says so (it stays, whatever a later attempt says: a try
  recorded offline on another laptop does not undo it);
* otherwise the outcome of the latest live attempt (by its date, then the order it was recorded in);
* *not tried* without attempts.

The next try is the latest attempt's, unless the status is final (declined, moved away, became a client).
Nothing of this is stored: two laptops recording attempts offline never disagree about a status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Subquery, case, func, select
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    FINAL_OUTCOMES,
    AttemptOutcome,
    ContactChannel,
    EntryStatus,
    OutreachAttempt,
    OutreachEntry,
)
from vauhdittamo.services.permissions import require_signed_in

FINAL_STATUSES = frozenset(EntryStatus(o.value) for o in FINAL_OUTCOMES)


def entry_status(latest: AttemptOutcome | None, became_client: bool) -> EntryStatus:
    """The status of an entry whose latest live attempt had *latest* (``None``: no attempts)."""
    if became_client:
        return EntryStatus.BECAME_CLIENT
    if latest is None:
        return EntryStatus.NOT_TRIED
    return EntryStatus(AttemptOutcome(latest).value)


@dataclass(frozen=True, slots=True)
class Counts:
    """How many entries are in each status (every entry in exactly one); ``total`` is their sum."""

    total: int = 0
    not_tried: int = 0
    not_reached: int = 0
    reached: int = 0
    declined: int = 0
    moved_away: int = 0
    became_clients: int = 0

    @classmethod
    def of(cls, statuses: Iterable[EntryStatus]) -> Counts:
        tally = dict.fromkeys(EntryStatus, 0)
        for status in statuses:
            tally[status] += 1
        return cls(
            total=sum(tally.values()),
            not_tried=tally[EntryStatus.NOT_TRIED],
            not_reached=tally[EntryStatus.NOT_REACHED],
            reached=tally[EntryStatus.REACHED],
            declined=tally[EntryStatus.DECLINED],
            moved_away=tally[EntryStatus.MOVED_AWAY],
            became_clients=tally[EntryStatus.BECAME_CLIENT],
        )

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def tried(self) -> int:
        return self.total - self.not_tried

    @property
    def reached_in_total(self) -> int:
        """People reached at all: reached, declined or became a client."""
        return self.reached + self.declined + self.became_clients

    @property
    def reached_share(self) -> float | None:
        """The share of the people reached at all, of everyone on the list (``None`` for none)."""
        return self.reached_in_total / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class StatusRow:
    """An entry's bookkeeping as the counts and the list need it (no personal data)."""

    entry_id: str
    list_id: str
    village: str
    assigned_to_id: str | None
    client_id: str | None
    status: EntryStatus
    attempts: int
    last_on: dt.date | None
    last_outcome: AttemptOutcome | None
    last_channel: ContactChannel | None
    next_try_on: dt.date | None
    erased: bool


def latest_attempts() -> Subquery:
    """Each entry's latest live attempt: ``entry_id, outcome, channel, attempted_on, next_try_on, became, tries``."""
    entry = OutreachAttempt.entry_id
    ranked = (
        select(
            OutreachAttempt.entry_id,
            OutreachAttempt.outcome,
            OutreachAttempt.channel,
            OutreachAttempt.attempted_on,
            OutreachAttempt.next_try_on,
            func.row_number()
            .over(
                partition_by=entry,
                order_by=(
                    OutreachAttempt.attempted_on.desc(),
                    OutreachAttempt.created_at.desc(),
                    OutreachAttempt.id.desc(),
                ),
            )
            .label("rank"),
            func.max(case((OutreachAttempt.outcome == AttemptOutcome.BECAME_CLIENT, 1), else_=0))
            .over(partition_by=entry)
            .label("became"),
            func.count().over(partition_by=entry).label("tries"),
        )
        .where(OutreachAttempt.deleted_at.is_(None))
        .subquery()
    )
    return (
        select(
            ranked.c.entry_id,
            ranked.c.outcome,
            ranked.c.channel,
            ranked.c.attempted_on,
            ranked.c.next_try_on,
            ranked.c.became,
            ranked.c.tries,
        )
        .where(ranked.c.rank == 1)
        .subquery("latest_attempt")
    )


def status_query(*conditions: ColumnElement[bool]) -> Any:
    """The live entries meeting *conditions*, each with its latest attempt (see :func:`status_rows`)."""
    latest = latest_attempts()
    return (
        select(
            OutreachEntry.id,
            OutreachEntry.list_id,
            OutreachEntry.village,
            OutreachEntry.assigned_to_id,
            OutreachEntry.client_id,
            OutreachEntry.erased_at,
            latest.c.outcome,
            latest.c.channel,
            latest.c.attempted_on,
            latest.c.next_try_on,
            latest.c.became,
            latest.c.tries,
        )
        .outerjoin(latest, latest.c.entry_id == OutreachEntry.id)
        .where(OutreachEntry.deleted_at.is_(None), *conditions)
    )


def to_status_row(row: Any) -> StatusRow:
    """A row of :func:`status_query` (its first twelve columns) as a :class:`StatusRow`."""
    status = entry_status(row[6], bool(row[10]))
    return StatusRow(
        entry_id=row[0],
        list_id=row[1],
        village=row[2],
        assigned_to_id=row[3],
        client_id=row[4],
        status=status,
        attempts=int(row[11] or 0),
        last_on=row[8],
        last_outcome=row[6],
        last_channel=row[7],
        next_try_on=None if status in FINAL_STATUSES else row[9],
        erased=row[5] is not None,
    )


def status_rows(session: Session, *conditions: ColumnElement[bool]) -> list[StatusRow]:
    """The live entries meeting *conditions* with their status (no personal data; the caller checks the rest)."""
    require_signed_in(session)
    return [to_status_row(row) for row in session.execute(status_query(*conditions))]
