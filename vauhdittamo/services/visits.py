"""Logging guidance visits and reading the day's visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AgeGroup, Client, GuidanceVisit, VisitChannel, VisitTopic
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.topics import check_codes
from vauhdittamo.timeutil import format_date, local_day_bounds_utc, local_today, to_local, utcnow

MSG_DURATION = QT_TRANSLATE_NOOP("errors", "The duration must be between 1 and 480 minutes.")
MSG_UNKNOWN_CLIENT = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")


@dataclass
class VisitCounts:
    total: int = 0
    anonymous: int = 0
    under_30: int = 0
    age_30_plus: int = 0


def log_visit(
    session: Session,
    *,
    client_id: str | None,
    staff_id: str | None,
    topics: Iterable[VisitTopic | str] = (),
    channel: VisitChannel = VisitChannel.WALK_IN,
    duration_minutes: int = 10,
    note: str = "",
    next_step: str = "",
    next_step_date: dt.date | None = None,
    visited_at: dt.datetime | None = None,
    age_group: AgeGroup | None = None,
) -> GuidanceVisit:
    """Record a visit; without *client_id* it is anonymous (an age group may still be told)."""
    require(session, Permission.LOG_VISITS)
    if not 1 <= duration_minutes <= 480:
        raise ValidationError(MSG_DURATION, field="duration_minutes")
    visited_at = visited_at or utcnow()
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
        age_group = client.age_group(to_local(visited_at).date())
    visit = GuidanceVisit(
        client_id=client_id,
        staff_id=staff_id,
        visited_at=visited_at,
        channel=channel,
        topics=check_codes(session, topics),
        duration_minutes=duration_minutes,
        note=v.limited_text(note, "note", 4000),
        next_step=v.limited_text(next_step, "next_step", 400),
        next_step_date=next_step_date,
        age_group=age_group or AgeGroup.UNKNOWN,
    )
    session.add(visit)
    session.flush()
    return visit


def visits_on(session: Session, day: dt.date | None = None, staff_id: str | None = None) -> list[GuidanceVisit]:
    """The live visits of a Helsinki calendar day, newest first."""
    require_signed_in(session)
    start, end = local_day_bounds_utc(day or local_today())
    stmt = select(GuidanceVisit).where(
        GuidanceVisit.deleted_at.is_(None), GuidanceVisit.visited_at >= start, GuidanceVisit.visited_at < end
    )
    if staff_id is not None:
        stmt = stmt.where(GuidanceVisit.staff_id == staff_id)
    return list(session.scalars(stmt.order_by(GuidanceVisit.visited_at.desc())))


def visit_counts(session: Session, day: dt.date | None = None) -> VisitCounts:
    """Visits of a day at a glance: total, anonymous, under 30 and 30 and over."""
    require_signed_in(session)
    start, end = local_day_bounds_utc(day or local_today())
    rows = session.execute(
        select(GuidanceVisit.age_group, GuidanceVisit.client_id.is_(None), func.count())
        .where(
            GuidanceVisit.deleted_at.is_(None),
            GuidanceVisit.visited_at >= start,
            GuidanceVisit.visited_at < end,
        )
        .group_by(GuidanceVisit.age_group, GuidanceVisit.client_id.is_(None))
    )
    counts = VisitCounts()
    for age_group, anonymous, n in rows:
        counts.total += n
        if anonymous:
            counts.anonymous += n
        if age_group == AgeGroup.UNDER_30:
            counts.under_30 += n
        elif age_group == AgeGroup.AGE_30_PLUS:
            counts.age_30_plus += n
    return counts


MSG_VISIT_GONE = QT_TRANSLATE_NOOP("errors", "The visit no longer exists.")
MSG_NOT_SAME_DAY = QT_TRANSLATE_NOOP(
    "errors", "A visit can be changed or removed only on the day it was logged ({date})."
)
MSG_NOT_ANONYMOUS = QT_TRANSLATE_NOOP("errors", "The visit is already attached to a client.")


def _live_visit(session: Session, visit_id: str) -> GuidanceVisit:
    visit = session.get(GuidanceVisit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise AppError(MSG_VISIT_GONE)
    return visit


def _same_day_only(visit: GuidanceVisit, today: dt.date | None) -> None:
    logged_on = to_local(visit.created_at).date()
    if logged_on != (today or local_today()):
        raise AppError(MSG_NOT_SAME_DAY, date=format_date(logged_on))


def is_editable(visit_created_at: dt.datetime, today: dt.date | None = None) -> bool:
    """A mistaken visit can be edited or removed on the (Helsinki) day it was logged."""
    return to_local(visit_created_at).date() == (today or local_today())


def update_visit(
    session: Session,
    visit_id: str,
    *,
    topics: Iterable[VisitTopic | str],
    channel: VisitChannel,
    duration_minutes: int,
    note: str = "",
    next_step: str = "",
    next_step_date: dt.date | None = None,
    age_group: AgeGroup | None = None,
    today: dt.date | None = None,
) -> GuidanceVisit:
    """Correct a visit logged today (the age group only of an anonymous visit: a client's comes from them)."""
    require(session, Permission.LOG_VISITS)
    visit = _live_visit(session, visit_id)
    _same_day_only(visit, today)
    if not 1 <= duration_minutes <= 480:
        raise ValidationError(MSG_DURATION, field="duration_minutes")
    visit.topics = check_codes(session, topics)
    visit.channel = channel
    visit.duration_minutes = duration_minutes
    visit.note = v.limited_text(note, "note", 4000)
    visit.next_step = v.limited_text(next_step, "next_step", 400)
    visit.next_step_date = next_step_date
    if age_group is not None and visit.client_id is None:
        visit.age_group = age_group
    session.flush()
    return visit


def delete_visit(session: Session, visit_id: str, today: dt.date | None = None) -> None:
    """Remove a visit logged by mistake today (a tombstone: synchronised rows are never deleted)."""
    require(session, Permission.LOG_VISITS)
    visit = _live_visit(session, visit_id)
    _same_day_only(visit, today)
    visit.deleted_at = utcnow()
    session.flush()


def attach_to_client(session: Session, visit_id: str, client_id: str) -> GuidanceVisit:
    """Give an anonymous visit to the client who came back and wants a record of it."""
    require(session, Permission.LOG_VISITS)
    visit = _live_visit(session, visit_id)
    if visit.client_id is not None:
        raise AppError(MSG_NOT_ANONYMOUS)
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
    visit.client_id = client_id
    visit.age_group = client.age_group(to_local(visit.visited_at).date())
    session.flush()
    return visit


def mark_follow_up_done(session: Session, visit_id: str) -> None:
    """The next step agreed at a visit has been taken care of."""
    require(session, Permission.LOG_VISITS)
    visit = _live_visit(session, visit_id)
    visit.next_step_done = True
    session.flush()


def anonymous_visits(session: Session, since: dt.date, until: dt.date | None = None) -> list[GuidanceVisit]:
    """Live anonymous visits from *since* to *until* (Helsinki days, inclusive), newest first."""
    require_signed_in(session)
    start, _ = local_day_bounds_utc(since)
    _, end = local_day_bounds_utc(until or local_today())
    return list(
        session.scalars(
            select(GuidanceVisit)
            .where(
                GuidanceVisit.deleted_at.is_(None),
                GuidanceVisit.client_id.is_(None),
                GuidanceVisit.visited_at >= start,
                GuidanceVisit.visited_at < end,
            )
            .order_by(GuidanceVisit.visited_at.desc())
        )
    )


def get_visit(session: Session, visit_id: str) -> GuidanceVisit:
    """A live visit, for showing or correcting it."""
    require_signed_in(session)
    return _live_visit(session, visit_id)


@dataclass(frozen=True)
class VisitRecord:
    """One live visit as the correction dialog shows it (times in UTC)."""

    visit_id: str
    client_id: str | None
    visited_at: dt.datetime
    editable: bool  # logged today (Helsinki time): may still be corrected or removed
    topics: tuple[str, ...]  # topic codes
    channel: VisitChannel
    duration_minutes: int
    note: str
    next_step: str
    next_step_date: dt.date | None
    age_group: AgeGroup


def visit_record(session: Session, visit_id: str, today: dt.date | None = None) -> VisitRecord:
    """A live visit as plain data, for showing or correcting it."""
    require_signed_in(session)
    visit = _live_visit(session, visit_id)
    return VisitRecord(
        visit_id=visit.id,
        client_id=visit.client_id,
        visited_at=visit.visited_at,
        editable=is_editable(visit.created_at, today),
        topics=tuple(visit.topic_list),
        channel=visit.channel,
        duration_minutes=visit.duration_minutes,
        note=visit.note,
        next_step=visit.next_step,
        next_step_date=visit.next_step_date,
        age_group=visit.age_group,
    )
