"""Attendance (läsnäolo): the sheet of one workshop session and marking it.

The sheet lists the clients enrolled on the session's day and everybody already marked (drop-ins
included). One mark per client and session: marking again changes the mark, so two people marking
the same person make one mark, not two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.ids import derived_id
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    Client,
    CompetenceCertificate,
    Workshop,
    WorkshopEnrolment,
    WorkshopSession,
)
from vauhdittamo.models.client import age_group_for
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.workshops import MSG_UNKNOWN_CLIENT, enrolled_on, get_session
from vauhdittamo.timeutil import local_today, utcnow

MAX_HEAD_COUNT = 500

MSG_SESSION_CANCELLED = QT_TRANSLATE_NOOP("errors", "The session is cancelled; restore it before marking attendance.")
MSG_SESSION_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "The session is on {date}; attendance is marked on the day.")
MSG_TIME_ORDER = QT_TRANSLATE_NOOP("errors", "The time out must be after the time in.")
MSG_HEAD_COUNT = QT_TRANSLATE_NOOP("errors", "The head count must be between 0 and {limit}.")
MSG_TIMES_NEED_PRESENCE = QT_TRANSLATE_NOOP("errors", "Times in and out are recorded only for people present.")


@dataclass
class SheetRow:
    client_id: str
    name: str
    age_group: AgeGroup
    municipality: str
    village: str
    enrolled: bool
    drop_in: bool
    status: AttendanceStatus | None
    time_in: dt.time | None
    time_out: dt.time | None
    certificates: int  # earned in this workshop

    @property
    def marked(self) -> bool:
        return self.status is not None


@dataclass
class AttendanceSheet:
    session_id: str
    workshop_id: str
    workshop_name: str
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    note: str
    cancelled: bool
    cancel_reason: str
    capacity: int | None
    anonymous_count: int
    rows: list[SheetRow]

    @property
    def present(self) -> int:
        return sum(1 for r in self.rows if r.status == AttendanceStatus.PRESENT)

    @property
    def unmarked(self) -> int:
        return sum(1 for r in self.rows if r.status is None)

    @property
    def total_present(self) -> int:
        """Clients present and the anonymous head count."""
        return self.present + self.anonymous_count

    def row(self, client_id: str) -> SheetRow | None:
        return next((r for r in self.rows if r.client_id == client_id), None)


def load_sheet(session: Session, session_id: str) -> AttendanceSheet:
    require_signed_in(session)
    item = get_session(session, session_id)
    workshop = session.get(Workshop, item.workshop_id)
    assert workshop is not None
    day = item.session_date
    enrolled = set(
        session.scalars(
            select(WorkshopEnrolment.client_id).where(
                WorkshopEnrolment.workshop_id == item.workshop_id, *enrolled_on(day)
            )
        )
    )
    marks = {
        m.client_id: m
        for m in session.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == session_id, AttendanceMark.deleted_at.is_(None))
        )
    }
    certificates: dict[str, int] = {}
    for client_id in session.scalars(
        select(CompetenceCertificate.client_id).where(
            CompetenceCertificate.workshop_id == item.workshop_id, CompetenceCertificate.deleted_at.is_(None)
        )
    ):
        certificates[client_id] = certificates.get(client_id, 0) + 1
    clients = session.scalars(
        select(Client).where(Client.id.in_(enrolled | marks.keys()), Client.deleted_at.is_(None))
    )
    rows = []
    for client in clients:
        mark = marks.get(client.id)
        rows.append(
            SheetRow(
                client_id=client.id,
                name=f"{client.last_name}, {client.first_name}",
                age_group=age_group_for(client.birth_date, day),
                municipality=client.municipality,
                village=client.village,
                enrolled=client.id in enrolled,
                drop_in=mark.drop_in if mark else False,
                status=mark.status if mark else None,
                time_in=mark.time_in if mark else None,
                time_out=mark.time_out if mark else None,
                certificates=certificates.get(client.id, 0),
            )
        )
    rows.sort(key=lambda r: (not r.enrolled, r.name.casefold()))
    return AttendanceSheet(
        session_id=item.id,
        workshop_id=workshop.id,
        workshop_name=workshop.name,
        session_date=day,
        start_time=item.start_time,
        end_time=item.end_time,
        place=item.place,
        note=item.note,
        cancelled=item.cancelled,
        cancel_reason=item.cancel_reason,
        capacity=workshop.capacity,
        anonymous_count=item.anonymous_count,
        rows=rows,
    )


def _markable_session(session: Session, session_id: str, today: dt.date | None) -> WorkshopSession:
    item = get_session(session, session_id)
    if item.cancelled:
        raise ValidationError(MSG_SESSION_CANCELLED, field="session")
    if item.session_date > (today or local_today()):
        day = item.session_date
        raise ValidationError(MSG_SESSION_IN_FUTURE, field="session", date=f"{day.day}.{day.month}.{day.year}")
    return item


def mark(
    session: Session,
    session_id: str,
    client_id: str,
    status: AttendanceStatus,
    *,
    drop_in: bool | None = None,
    today: dt.date | None = None,
) -> AttendanceMark:
    """Mark a client present, absent or excused (again); a client not enrolled that day is a drop-in.

    The mark is the session's actor's.
    """
    actor = require(session, Permission.MARK_ATTENDANCE)
    item = _markable_session(session, session_id, today)
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
    row = session.scalar(
        select(AttendanceMark).where(AttendanceMark.session_id == session_id, AttendanceMark.client_id == client_id)
    )
    if drop_in is None:
        drop_in = (row.drop_in if row is not None and row.deleted_at is None else None) or not _is_enrolled(
            session, item, client_id
        )
    if row is None:
        # Keyed by session and client, so two laptops marking the same person make one mark when synced.
        row = AttendanceMark(
            id=derived_id("attendance_mark", session_id, client_id),
            session_id=session_id,
            client_id=client_id,
            status=status,
        )
        session.add(row)
    elif row.deleted_at is not None:  # marked, cleared and marked again: the same record comes back
        row.deleted_at = None
        row.time_in = row.time_out = None
    row.status = status
    row.drop_in = drop_in
    row.marked_by_id = actor.staff_id
    if status != AttendanceStatus.PRESENT:
        row.time_in = row.time_out = None
    session.flush()
    return row


def _is_enrolled(session: Session, item: WorkshopSession, client_id: str) -> bool:
    query = select(WorkshopEnrolment.id).where(
        WorkshopEnrolment.workshop_id == item.workshop_id,
        WorkshopEnrolment.client_id == client_id,
        *enrolled_on(item.session_date),
    )
    return session.scalar(query) is not None


def add_drop_in(
    session: Session, session_id: str, client_id: str, *, today: dt.date | None = None
) -> AttendanceMark:
    """Someone came without being enrolled (or was enrolled and is found by search): present."""
    return mark(session, session_id, client_id, AttendanceStatus.PRESENT, today=today)


def clear_mark(session: Session, session_id: str, client_id: str) -> None:
    """Undo a mark made by mistake."""
    require(session, Permission.MARK_ATTENDANCE)
    row = session.scalar(
        select(AttendanceMark).where(
            AttendanceMark.session_id == session_id,
            AttendanceMark.client_id == client_id,
            AttendanceMark.deleted_at.is_(None),
        )
    )
    if row is not None:
        row.deleted_at = utcnow()
        session.flush()


def mark_all_present(
    session: Session, session_id: str, *, today: dt.date | None = None
) -> int:
    """Mark every enrolled participant without a mark present; returns how many were marked."""
    require(session, Permission.MARK_ATTENDANCE)
    sheet = load_sheet(session, session_id)
    _markable_session(session, session_id, today)
    count = 0
    for row in sheet.rows:
        if row.status is None:
            mark(session, session_id, row.client_id, AttendanceStatus.PRESENT, today=today)
            count += 1
    return count


def set_times(
    session: Session, session_id: str, client_id: str, time_in: dt.time | None, time_out: dt.time | None
) -> None:
    """Record when a person present came and left (either may be left empty)."""
    require(session, Permission.MARK_ATTENDANCE)
    row = session.scalar(
        select(AttendanceMark).where(
            AttendanceMark.session_id == session_id,
            AttendanceMark.client_id == client_id,
            AttendanceMark.deleted_at.is_(None),
        )
    )
    if row is None or row.status != AttendanceStatus.PRESENT:
        raise ValidationError(MSG_TIMES_NEED_PRESENCE, field="time")
    if time_in is not None and time_out is not None and time_out <= time_in:
        raise ValidationError(MSG_TIME_ORDER, field="time_out")
    row.time_in, row.time_out = time_in, time_out
    session.flush()


def set_anonymous_count(session: Session, session_id: str, count: int, today: dt.date | None = None) -> None:
    """People who came without a client record."""
    require(session, Permission.MARK_ATTENDANCE)
    if not 0 <= count <= MAX_HEAD_COUNT:
        raise ValidationError(MSG_HEAD_COUNT, field="anonymous_count", limit=MAX_HEAD_COUNT)
    item = _markable_session(session, session_id, today) if count else get_session(session, session_id)
    item.anonymous_count = count
    session.flush()
