"""A list's progress: how many people were reached, declined, became clients ... per village and per worker.

Every live entry counts once, in its status (:mod:`.status`), also after its personal data was erased: the
figures of a closed list stay what they were. Attempts count per channel and outcome (what works: a call,
a letter, a home visit or a village event). No figure names a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.models import AttemptOutcome, ContactChannel, OutreachAttempt, OutreachEntry, StaffMember
from vauhdittamo.services.outreach.lists import ENTITY_LIST, live_list
from vauhdittamo.services.outreach.status import Counts, StatusRow, status_rows
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.services.text import fold


@dataclass(frozen=True, slots=True)
class ProgressLine:
    """The counts of one village or one worker. ``key``: the village, or the staff id (``""``: nobody yet)."""

    key: str
    label: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class ChannelLine:
    """The attempts made one way, and how many of them ended in each outcome."""

    channel: ContactChannel
    attempts: int
    outcomes: dict[AttemptOutcome, int]


@dataclass(frozen=True, slots=True)
class ProgressFigures:
    list_id: str
    name: str
    villages: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date
    closed_at: dt.datetime | None
    by_village: tuple[ProgressLine, ...]  # the list's villages in its order (every one, also without people)
    by_worker: tuple[ProgressLine, ...]  # by name; the unassigned last
    by_channel: tuple[ChannelLine, ...]  # every channel, in the usual order
    total: Counts

    @property
    def attempts(self) -> int:
        return sum(line.attempts for line in self.by_channel)


def _group(rows: Iterable[StatusRow], key_of: str) -> dict[str, Counts]:
    groups: dict[str, list[StatusRow]] = {}
    for row in rows:
        groups.setdefault(getattr(row, key_of) or "", []).append(row)
    return {key: Counts.of(r.status for r in members) for key, members in groups.items()}


def progress(session: Session, list_id: str) -> ProgressFigures:
    """The progress figures of the list *list_id* (everyone who records outreach sees them: no names)."""
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = live_list(session, list_id)
    rows = status_rows(session, OutreachEntry.list_id == list_id)
    villages = _group(rows, "village")
    order = found.village_names
    listed = {fold(v) for v in order}
    by_village = [ProgressLine(v, v, villages.get(v, Counts())) for v in order]
    by_village += [
        ProgressLine(v, v, counts)
        for v, counts in sorted(villages.items(), key=lambda i: fold(i[0]))
        if fold(v) not in listed
    ]
    workers = _group(rows, "assigned_to_id")
    names = (
        dict(
            session.execute(
                select(StaffMember.id, StaffMember.display_name).where(StaffMember.id.in_([k for k in workers if k]))
            ).all()
        )
        if workers
        else {}
    )
    by_worker = sorted(
        (ProgressLine(key, names.get(key, ""), counts) for key, counts in workers.items()),
        key=lambda line: (line.key == "", fold(line.label), line.key),
    )
    tallies: dict[ContactChannel, dict[AttemptOutcome, int]] = {
        c: dict.fromkeys(AttemptOutcome, 0) for c in ContactChannel
    }
    for channel, outcome, count in session.execute(
        select(OutreachAttempt.channel, OutreachAttempt.outcome, func.count())
        .join(OutreachEntry, OutreachEntry.id == OutreachAttempt.entry_id)
        .where(
            OutreachEntry.list_id == list_id, OutreachEntry.deleted_at.is_(None), OutreachAttempt.deleted_at.is_(None)
        )
        .group_by(OutreachAttempt.channel, OutreachAttempt.outcome)
    ):
        tallies[channel][outcome] = int(count)
    by_channel = tuple(ChannelLine(c, sum(t.values()), t) for c, t in tallies.items())
    return ProgressFigures(
        list_id=found.id,
        name=found.name,
        villages=tuple(order),
        start_date=found.start_date,
        end_date=found.end_date,
        closed_at=found.closed_at,
        by_village=tuple(by_village),
        by_worker=tuple(by_worker),
        by_channel=by_channel,
        total=Counts.of(r.status for r in rows),
    )
