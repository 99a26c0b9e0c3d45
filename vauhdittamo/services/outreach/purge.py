"""Erasing what reaching people needed, once it is needed no more; the figures stay true.

An entry that never became a client (``client_id`` empty) holds a name, a phone number and an address
only for reaching the person. They are erased, and so are the notes of its attempts:

* when the list is closed (:func:`vauhdittamo.services.outreach.lists.close_list`, at once), and
* at the latest :data:`~vauhdittamo.services.outreach.lists.RETENTION_MONTHS` months after the list's last
  day (:func:`purge_due`): the list is then closed by the system too.

What stays is what the progress figures count: the entry's village, its worker and its attempts' channel,
date, outcome and next try; the entry is marked ``erased_at``. Entries linked to a client keep their link
and their attempts' notes (the client record and its retention cover them).

:func:`purge_due` is run by the app whenever the outreach screen reads its lists (in the background), by
``vauhdittamo outreach purge`` on the command line, and it can be run at any time: it is idempotent, and
it also erases again what a laptop that was offline wrote later into an erased entry (the erasure then
reaches every laptop by synchronisation). Each list's erasure is one audit entry (``OUTREACH_ERASED``,
with counts only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, literal, or_, select, text, update
from sqlalchemy.orm import Session

from vauhdittamo.models import AuditAction, OutreachAttempt, OutreachEntry, OutreachList, UTCDateTime
from vauhdittamo.services import audit
from vauhdittamo.services.outreach.lists import ENTITY_LIST, erasure_due_on
from vauhdittamo.services.permissions import Permission, acting_staff_id, require
from vauhdittamo.timeutil import local_today, utcnow

PERSONAL_FIELDS = ("first_name", "last_name", "phone", "address")


@dataclass
class ErasureReport:
    """What an erasure did: lists erased (and of them closed now by the retention), entries and notes erased."""

    lists: int = 0
    lists_closed: int = 0
    entries: int = 0
    notes: int = 0

    def add(self, other: ErasureReport) -> None:
        self.lists += other.lists
        self.lists_closed += other.lists_closed
        self.entries += other.entries
        self.notes += other.notes


def _entries_to_erase(list_id: str) -> list[ColumnElement[bool]]:
    """A list's entries (removed ones too) without a client that still hold something personal."""
    return [
        OutreachEntry.list_id == list_id,
        OutreachEntry.client_id.is_(None),
        or_(OutreachEntry.erased_at.is_(None), *(getattr(OutreachEntry, f) != "" for f in PERSONAL_FIELDS)),
    ]


def _notes_to_erase(list_id: str) -> list[ColumnElement[bool]]:
    """The notes of the attempts on a list's entries without a client."""
    unlinked = select(OutreachEntry.id).where(OutreachEntry.list_id == list_id, OutreachEntry.client_id.is_(None))
    return [OutreachAttempt.entry_id.in_(unlinked.scalar_subquery()), OutreachAttempt.note != ""]


def erase_list(session: Session, found: OutreachList, *, reason: str, now: dt.datetime | None = None) -> ErasureReport:
    """Erase the personal data of *found*'s entries that never became clients (see the module's notes).

    Writes nothing when nothing is left to erase. The caller has checked the permission and closed the list.
    """
    require(session, Permission.RECORD_OUTREACH, entity_type=ENTITY_LIST, entity_id=found.id)
    entries = session.scalar(select(func.count()).select_from(OutreachEntry).where(*_entries_to_erase(found.id)))
    notes = session.scalar(select(func.count()).select_from(OutreachAttempt).where(*_notes_to_erase(found.id)))
    report = ErasureReport(entries=int(entries or 0), notes=int(notes or 0))
    if not report.entries and not report.notes:
        return report
    now = now or utcnow()
    if session.get_bind().dialect.name == "sqlite":
        # Freed space is overwritten with zeros, so erased text does not linger in the file's free pages.
        session.execute(text("PRAGMA secure_delete = ON"))
    stamp: dict[str, Any] = {"updated_at": now, "updated_by_id": acting_staff_id(session)}
    if report.entries:
        session.execute(
            update(OutreachEntry)
            .where(*_entries_to_erase(found.id))
            .values(
                dict.fromkeys(PERSONAL_FIELDS, "")
                | {"erased_at": func.coalesce(OutreachEntry.erased_at, literal(now, UTCDateTime()))}
                | stamp
            )
            .execution_options(synchronize_session="fetch")
        )
    if report.notes:
        session.execute(
            update(OutreachAttempt)
            .where(*_notes_to_erase(found.id))
            .values({"note": ""} | stamp)
            .execution_options(synchronize_session="fetch")
        )
    session.flush()
    report.lists = 1
    audit.record(
        session,
        AuditAction.OUTREACH_ERASED,
        ENTITY_LIST,
        found.id,
        f"reason={reason} entries={report.entries} notes={report.notes}",
    )
    return report


def purge_due(session: Session, today: dt.date | None = None) -> ErasureReport:
    """Close the lists whose retention period has ended, and erase what closed lists still hold.

    The retention ends :data:`~vauhdittamo.services.outreach.lists.RETENTION_MONTHS` months after a list's
    last day (on that day). Idempotent; writes nothing when nothing is due.
    """
    require(session, Permission.RECORD_OUTREACH)
    today = today or local_today()
    report = ErasureReport()
    for found in session.scalars(
        select(OutreachList).where(OutreachList.deleted_at.is_(None)).order_by(OutreachList.id)
    ):
        reason = "closed"
        if found.closed_at is None:
            if today < erasure_due_on(found.end_date):
                continue
            found.closed_at = utcnow()
            found.closed_by_id = None  # closed by the retention rule, not by anyone
            session.flush()
            audit.record(session, AuditAction.OUTREACH_LIST_CHANGED, ENTITY_LIST, found.id, "closed retention")
            report.lists_closed += 1
            reason = "retention"
        report.add(erase_list(session, found, reason=reason))
    return report
