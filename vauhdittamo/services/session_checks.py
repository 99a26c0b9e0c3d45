"""Cancelled workshop sessions that still have attendance: surfaced so that a coordinator decides.

A session cancelled on one laptop while another marked people present in it (both offline) meets after
the sync with no conflict: the marks are on other records than the cancellation. The funder's figures
leave cancelled sessions out (:mod:`vauhdittamo.services.attendance_export`), so those people's attendance
would silently vanish from them. :func:`cancelled_with_attendance` lists such sessions; a coordinator
either restores the session (it took place: the marks count) with :func:`restore_session`, or confirms
the cancellation with :func:`confirm_cancellation` (it did not take place: its marks and head count are
removed, on every laptop at the next sync).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from vauhdittamo.models import AttendanceMark, AttendanceStatus, Workshop, WorkshopSession
from vauhdittamo.services import workshops
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.timeutil import utcnow


@dataclass(frozen=True)
class CancelledWithAttendance:
    """A live, cancelled session of a live workshop that has attendance marks or a head count."""

    session_id: str
    workshop_id: str
    workshop_name: str
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    cancel_reason: str
    marks: int  # live attendance marks of any status
    present: int  # of them, present
    anonymous: int  # the anonymous head count


def _query(session_id: str | None = None) -> Select[WorkshopSession, str, Any, Any]:
    present = func.sum(case((AttendanceMark.status == AttendanceStatus.PRESENT, 1), else_=0))
    marks = (
        select(
            AttendanceMark.session_id.label("session_id"),
            func.count().label("marks"),
            present.label("present"),
        )
        .where(AttendanceMark.deleted_at.is_(None))
        .group_by(AttendanceMark.session_id)
        .subquery()
    )
    stmt = (
        select(WorkshopSession, Workshop.name, func.coalesce(marks.c.marks, 0), func.coalesce(marks.c.present, 0))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(marks, marks.c.session_id == WorkshopSession.id)
        .where(
            WorkshopSession.cancelled.is_(True),
            WorkshopSession.deleted_at.is_(None),
            Workshop.deleted_at.is_(None),
            (func.coalesce(marks.c.marks, 0) > 0) | (WorkshopSession.anonymous_count > 0),
        )
        .order_by(WorkshopSession.session_date.desc(), WorkshopSession.start_time, Workshop.name)
    )
    if session_id is not None:
        stmt = stmt.where(WorkshopSession.id == session_id)
    return stmt


def cancelled_with_attendance(session: Session) -> list[CancelledWithAttendance]:
    """Every cancelled session that has attendance marks or a head count, the newest first."""
    require_signed_in(session)
    return [
        CancelledWithAttendance(
            session_id=item.id,
            workshop_id=item.workshop_id,
            workshop_name=name,
            session_date=item.session_date,
            start_time=item.start_time,
            end_time=item.end_time,
            cancel_reason=item.cancel_reason,
            marks=int(marks),
            present=int(present),
            anonymous=item.anonymous_count,
        )
        for item, name, marks, present in session.execute(_query())
    ]


def attendance_of_cancelled(session: Session, session_id: str) -> CancelledWithAttendance | None:
    """The session when it is cancelled and still has attendance; ``None`` otherwise."""
    require_signed_in(session)
    row = session.execute(_query(session_id)).first()
    if row is None:
        return None
    item, name, marks, present = row
    return CancelledWithAttendance(
        session_id=item.id,
        workshop_id=item.workshop_id,
        workshop_name=name,
        session_date=item.session_date,
        start_time=item.start_time,
        end_time=item.end_time,
        cancel_reason=item.cancel_reason,
        marks=int(marks),
        present=int(present),
        anonymous=item.anonymous_count,
    )


def attendance_counts(session: Session, session_id: str) -> tuple[int, int, int]:
    """``(marks, present, anonymous)`` of a live session, cancelled or not: what cancelling it would drop."""
    require_signed_in(session)
    item = workshops.get_session(session, session_id)
    marks, present = session.execute(
        select(func.count(), func.coalesce(func.sum(case((AttendanceMark.status == AttendanceStatus.PRESENT, 1),
                                                            else_=0)), 0))
        .where(AttendanceMark.session_id == session_id, AttendanceMark.deleted_at.is_(None))
    ).one()
    return int(marks), int(present), item.anonymous_count


def restore_session(session: Session, session_id: str) -> None:
    """The session took place after all: it is no longer cancelled, and its marks count again."""
    require(session, Permission.MANAGE_WORKSHOPS)
    workshops.restore_session(session, session_id)


def confirm_cancellation(session: Session, session_id: str) -> int:
    """The session did not take place: remove its attendance marks and head count. Returns the marks removed.

    The removals sync like any change, so every laptop and the funder's figures agree.
    """
    require(session, Permission.MANAGE_WORKSHOPS)
    item = workshops.get_session(session, session_id)
    if not item.cancelled:
        return 0
    now = utcnow()
    marks = list(
        session.scalars(
            select(AttendanceMark).where(AttendanceMark.session_id == session_id, AttendanceMark.deleted_at.is_(None))
        )
    )
    for mark in marks:
        mark.deleted_at = now
    if item.anonymous_count:
        item.anonymous_count = 0
    session.flush()
    return len(marks)
